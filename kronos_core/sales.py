"""A recorded sale's line amounts and totals: pure functions on integer centavos.

A line's total is quantity × unit price − discount. At close each line is split between the
artist and the studio by the commission rule in force on the business date: the artist gets
``total × rate ÷ 10 000`` by the checkout's one rounding rule (half up to the centavo,
:func:`kronos_core.ticket.percent_of`), the studio the rest, so the two always add up to the
total and no centavo is made or lost. The ticket's own rules (ticket discounts, card fees, tips,
deposits, payments) are :mod:`kronos_core.ticket`'s.
"""

from __future__ import annotations

from dataclasses import dataclass

from kronos_core.ticket import BPS as BPS
from kronos_core.ticket import percent_of


@dataclass(frozen=True)
class LineAmounts:
    total: int
    artist_share: int
    studio_share: int


def line_total(quantity: int, unit_price: int, discount: int) -> int:
    if quantity <= 0:
        raise ValueError("quantity must be at least 1")
    if unit_price < 0 or discount < 0:
        raise ValueError("prices and discounts cannot be negative")
    gross = quantity * unit_price
    if discount > gross:
        raise ValueError("the discount is larger than the line")
    return gross - discount


def split(total: int, rate_bps: int | None) -> tuple[int, int]:
    """(artist share, studio share) of a line total; no rule means the studio keeps it all."""
    if rate_bps is None:
        return 0, total
    if not 0 <= rate_bps <= BPS:
        raise ValueError("a commission rate is between 0 and 100%")
    artist = percent_of(total, rate_bps)
    return artist, total - artist


def line_amounts(quantity: int, unit_price: int, discount: int, rate_bps: int | None) -> LineAmounts:
    total = line_total(quantity, unit_price, discount)
    artist, studio = split(total, rate_bps)
    return LineAmounts(total, artist, studio)


@dataclass(frozen=True)
class SaleTotals:
    subtotal: int
    discount_total: int
    total: int


def sale_totals(lines: list[tuple[int, int, int]]) -> SaleTotals:
    """Totals from (quantity, unit price, discount) lines: always recomputed, never typed in."""
    subtotal = sum(q * p for q, p, _ in lines)
    discount = sum(d for _, _, d in lines)
    return SaleTotals(subtotal, discount, sum(line_total(q, p, d) for q, p, d in lines))
