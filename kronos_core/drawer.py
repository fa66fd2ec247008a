"""The cash drawer's arithmetic (issue 16): a count of notes and coins, and what the drawer should
hold at the end of a day.

Money is integer centavos. The expected cash is the issue's formula, literally::

    expected = opening float + cash taken - change - cash refunded + cash in - cash out

where *cash taken* is what the payers handed over (a payment's ``cash_tendered``, or its amount
and tip when none was typed), *change* what went back to them (tendered above amount and tip),
*cash refunded* the money refunds took out in cash, and *cash in* / *cash out* the day's
suprimentos and sangrias. No Qt, no desk: the desk's queries feed it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# R$200, R$100, R$50, R$20, R$10, R$5, R$2 notes; R$1, R$0,50, R$0,25, R$0,10, R$0,05 coins.
DENOMINATIONS: tuple[int, ...] = (20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 25, 10, 5)


def count_problems(grid: Mapping[int, int]) -> list[str]:
    """What is wrong with a count (each code once, in this order): ``negative`` (a quantity
    below 0), ``unknown_denomination`` (a value that is no Brazilian note or coin)."""
    problems: list[str] = []
    if any(quantity < 0 for quantity in grid.values()):
        problems.append("negative")
    if any(value not in DENOMINATIONS for value in grid):
        problems.append("unknown_denomination")
    return problems


def count_total(grid: Mapping[int, int]) -> int:
    """The centavos a count holds (Σ value × quantity); a count with a problem raises ValueError."""
    problems = count_problems(grid)
    if problems:
        raise ValueError(f"the count cannot be totalled: {', '.join(problems)}")
    return sum(value * quantity for value, quantity in grid.items())


@dataclass(frozen=True)
class CashPayment:
    """A cash payment (or a cash refund: ``refund`` True, its ``amount`` negative) of the day."""

    amount: int
    tip: int
    cash_tendered: int | None
    refund: bool


@dataclass(frozen=True)
class CashFigures:
    """The day's cash, each part (centavos, all ≥ 0 but the expected total)."""

    opening_float: int
    cash_taken: int  # handed over by payers: cash_tendered, or amount + tip
    change: int  # given back to them: tendered above amount + tip
    cash_refunded: int  # taken out by refunds in cash
    cash_in: int  # suprimentos
    cash_out: int  # sangrias

    @property
    def expected(self) -> int:
        return self.opening_float + self.cash_taken - self.change - self.cash_refunded + self.cash_in - self.cash_out


def cash_figures(
    opening_float: int, payments: Iterable[CashPayment], movements: Iterable[tuple[str, int]]
) -> CashFigures:
    """The figures of a day from its opening float, its cash payments and refunds, and its
    movements (``("in" | "out", amount)``)."""
    taken = change = refunded = 0
    for paid in payments:
        if paid.refund:
            refunded += -paid.amount
            continue
        due = paid.amount + paid.tip
        tendered = due if paid.cash_tendered is None else paid.cash_tendered
        taken += tendered
        change += max(0, tendered - due)
    cash_in = cash_out = 0
    for kind, amount in movements:
        if kind == "in":
            cash_in += amount
        elif kind == "out":
            cash_out += amount
        else:
            raise ValueError(f"a cash movement is 'in' or 'out', not {kind!r}")
    return CashFigures(opening_float, taken, change, refunded, cash_in, cash_out)


def difference(counted: int, expected: int) -> int:
    """What the count found above (positive) or below (negative) what was expected."""
    return counted - expected
