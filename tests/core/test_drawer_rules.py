"""The drawer's arithmetic (kronos_core/drawer.py): a count of notes and coins adds up, a count
that is not one is refused, and the expected cash of a day is the issue's formula (float + cash
taken - change - cash refunded + cash in - cash out), here computed again independently from a
day's story: what each payer handed over and got back, what refunds took, what was put in and
taken out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.drawer import (
    DENOMINATIONS,
    CashFigures,
    CashPayment,
    cash_figures,
    count_problems,
    count_total,
    difference,
)


def test_the_notes_and_coins_are_brazils_from_r200_to_5_centavos() -> None:
    assert DENOMINATIONS == (20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 25, 10, 5)
    assert list(DENOMINATIONS) == sorted(DENOMINATIONS, reverse=True)


def test_a_count_adds_its_notes_and_coins() -> None:
    # two R$100, three R$20, one R$2, four R$0,25, seven R$0,05: R$263,35
    assert count_total({10000: 2, 2000: 3, 200: 1, 25: 4, 5: 7}) == 26_335
    assert count_total({}) == 0
    assert count_total({5000: 0}) == 0


def test_a_count_that_is_not_a_count_is_not_totalled() -> None:
    assert count_problems({5000: -1}) == ["negative"]
    assert count_problems({300: 1}) == ["unknown_denomination"]  # there is no R$3 note
    assert count_problems({300: -1, 100: 2}) == ["negative", "unknown_denomination"]
    assert count_problems({1: 1}) == ["unknown_denomination"]  # no 1-centavo coin in circulation
    for grid in ({5000: -1}, {300: 1}):
        with pytest.raises(ValueError, match="cannot be totalled"):
            count_total(grid)


grids = st.dictionaries(st.sampled_from(DENOMINATIONS), st.integers(0, 500))


@given(grids, grids)
def test_counting_two_piles_is_counting_them_together(a: dict[int, int], b: dict[int, int]) -> None:
    together = {value: a.get(value, 0) + b.get(value, 0) for value in set(a) | set(b)}
    assert count_total(together) == count_total(a) + count_total(b)
    assert count_problems(together) == []


def test_difference_is_what_the_count_found_above_the_expected() -> None:
    assert difference(10_000, 10_500) == -500  # short
    assert difference(10_500, 10_000) == 500  # over
    assert difference(0, 0) == 0


def test_a_day_in_the_drawer() -> None:
    """Float R$200; a client pays R$150 with R$200 (R$50 change); another pays R$80 + R$20 tip
    exactly; a refund of R$30 in cash; R$50 put in (suprimento), R$100 taken out (sangria)."""
    figures = cash_figures(
        20_000,
        [
            CashPayment(15_000, 0, 20_000, refund=False),
            CashPayment(8_000, 2_000, None, refund=False),
            CashPayment(-3_000, 0, None, refund=True),
        ],
        [("in", 5_000), ("out", 10_000)],
    )
    assert figures == CashFigures(20_000, 30_000, 5_000, 3_000, 5_000, 10_000)
    assert figures.expected == 20_000 + 30_000 - 5_000 - 3_000 + 5_000 - 10_000 == 37_000


def test_a_movement_is_in_or_out() -> None:
    with pytest.raises(ValueError, match="'in' or 'out'"):
        cash_figures(0, [], [("sideways", 100)])


# A day's story, told independently of the module: each sale's money as handed over.
sales = st.lists(
    st.tuples(st.integers(0, 100_000), st.integers(0, 10_000), st.integers(0, 50_000) | st.none()),
    max_size=30,
)  # (amount, tip, what the payer handed over above amount + tip: None = exactly, not typed)
refunds = st.lists(st.integers(1, 50_000), max_size=5)
movements = st.lists(st.tuples(st.sampled_from(["in", "out"]), st.integers(1, 100_000)), max_size=10)


@given(st.integers(0, 100_000), sales, refunds, movements)
def test_the_expected_cash_is_what_went_in_less_what_came_out(
    opening_float: int,
    sold: list[tuple[int, int, int | None]],
    refunded: list[int],
    moved: list[tuple[str, int]],
) -> None:
    payments = [
        CashPayment(amount, tip, None if over is None else amount + tip + over, refund=False)
        for amount, tip, over in sold
    ]
    payments += [CashPayment(-amount, 0, None, refund=True) for amount in refunded]
    figures = cash_figures(opening_float, payments, moved)

    # The drawer, note by note: the float; each payer hands over and takes their change back;
    # each refund leaves; movements come and go.
    drawer = opening_float
    for amount, tip, over in sold:
        handed = amount + tip + (over or 0)
        drawer += handed
        drawer -= handed - amount - tip
    drawer -= sum(refunded)
    drawer += sum(amount for kind, amount in moved if kind == "in")
    drawer -= sum(amount for kind, amount in moved if kind == "out")
    assert figures.expected == drawer

    assert figures.change == sum(over or 0 for _, _, over in sold)
    assert figures.cash_refunded == sum(refunded)
    assert min(figures.cash_taken, figures.change, figures.cash_refunded, figures.cash_in, figures.cash_out) >= 0


@given(st.integers(0, 100_000), sales, movements)
def test_the_order_of_the_days_events_does_not_matter(
    opening_float: int, sold: list[tuple[int, int, int | None]], moved: list[tuple[str, int]]
) -> None:
    payments = [CashPayment(a, t, None if o is None else a + t + o, refund=False) for a, t, o in sold]
    forward = cash_figures(opening_float, payments, moved)
    assert cash_figures(opening_float, reversed(payments), reversed(moved)) == forward
