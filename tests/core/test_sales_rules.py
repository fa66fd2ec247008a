"""The money rules of a ticket (kronos_core.sales): no centavo is made or lost."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import ValidationError

from kronos_core.ids import uuid7
from kronos_core.mutations.sales import SaleLineArgs
from kronos_core.sales import BPS, line_amounts, line_total, sale_totals, split
from kronos_core.schema import metadata, sale, sale_line
from tests.core.dbs import sqlite_engine
from tests.core.harness import Desk

totals = st.integers(min_value=0, max_value=10**12)
rates = st.integers(min_value=0, max_value=BPS)
quantities = st.integers(min_value=1, max_value=10_000)
prices = st.integers(min_value=0, max_value=10**8)


@st.composite
def lines(draw: st.DrawFn) -> tuple[int, int, int]:
    quantity, price = draw(quantities), draw(prices)
    discount = draw(st.integers(min_value=0, max_value=quantity * price))
    return quantity, price, discount


@given(total=totals, rate=rates)
def test_split_adds_up_and_stays_within_the_total(total: int, rate: int) -> None:
    artist, studio = split(total, rate)
    assert artist + studio == total
    assert 0 <= artist <= total
    assert 0 <= studio <= total
    assert artist == (total * rate + BPS // 2) // BPS  # half up to the centavo (kronos_core.ticket.percent_of)


@given(total=totals, low=rates, high=rates)
def test_a_higher_rate_never_pays_the_artist_less(total: int, low: int, high: int) -> None:
    low, high = min(low, high), max(low, high)
    assert split(total, low)[0] <= split(total, high)[0]


@given(total=totals)
def test_without_a_rule_the_studio_keeps_everything(total: int) -> None:
    assert split(total, None) == (0, total)
    assert split(total, 0) == (0, total)
    assert split(total, BPS) == (total, 0)


@pytest.mark.parametrize("rate", [-1, BPS + 1])
def test_rates_outside_0_to_100_percent_are_refused(rate: int) -> None:
    with pytest.raises(ValueError, match="between 0 and 100%"):
        split(1_000, rate)


@given(line=lines(), rate=st.none() | rates)
def test_line_amounts_are_consistent(line: tuple[int, int, int], rate: int | None) -> None:
    quantity, price, discount = line
    amounts = line_amounts(quantity, price, discount, rate)
    assert amounts.total == quantity * price - discount
    assert amounts.total >= 0
    assert amounts.artist_share + amounts.studio_share == amounts.total
    assert 0 <= amounts.artist_share <= amounts.total


@given(items=st.lists(lines(), min_size=1, max_size=20))
def test_sale_totals_equal_the_sum_of_the_lines(items: list[tuple[int, int, int]]) -> None:
    result = sale_totals(items)
    assert result.total == sum(line_total(q, p, d) for q, p, d in items)
    assert result.subtotal - result.discount_total == result.total
    assert result.subtotal == sum(q * p for q, p, _ in items)
    assert 0 <= result.total <= result.subtotal


@given(quantity=quantities, price=prices, extra=st.integers(min_value=1, max_value=10**6))
def test_a_discount_larger_than_the_line_is_refused(quantity: int, price: int, extra: int) -> None:
    discount = quantity * price + extra
    assume(discount <= 10**12)  # beyond it the field's own cap answers first
    with pytest.raises(ValueError, match="larger than the line"):
        line_total(quantity, price, discount)
    with pytest.raises(ValueError, match="larger than the line"):
        sale_totals([(1, 100, 0), (quantity, price, discount)])
    with pytest.raises(ValidationError, match="larger than the line"):
        SaleLineArgs(line_id=uuid7(), description="x", quantity=quantity, unit_price=price, discount=discount)


@pytest.mark.parametrize(("quantity", "price", "discount"), [(0, 100, 0), (-1, 100, 0), (1, -1, 0), (1, 100, -1)])
def test_impossible_lines_are_refused(quantity: int, price: int, discount: int) -> None:
    with pytest.raises(ValueError, match=r"quantity|negative"):
        line_total(quantity, price, discount)


def test_recorded_sales_keep_the_money_rules_on_a_real_sqlite_file(tmp_path: Path) -> None:
    """Random tickets through sale.record: the stored totals and shares obey the rules."""
    engine = sqlite_engine(tmp_path / "sales.sqlite3")
    metadata.create_all(engine)
    desk = Desk(engine).setup()
    artists = [desk.add_staff("artist") for _ in range(3)]
    for artist, rate in zip(artists, (0, 3_333, 10_000), strict=True):
        desk.run(
            "commission.set",
            {"rule_id": str(uuid7()), "staff_id": str(artist), "rate_bps": rate, "effective_from": "2026-01-01"},
        )

    @given(items=st.lists(st.tuples(lines(), st.sampled_from([None, *artists])), min_size=1, max_size=8))
    def record(items: list[tuple[tuple[int, int, int], uuid.UUID | None]]) -> None:
        sale_id = uuid7()
        desk.run(
            "sale.record",
            {
                "sale_id": str(sale_id),
                "number": sale_id.hex,
                "business_date": "2026-03-10",
                "closed_at": dt.datetime(2026, 3, 10, 21, tzinfo=dt.UTC).isoformat(),
                "lines": [
                    {
                        "line_id": str(uuid7()),
                        "description": "Sessão",
                        "quantity": q,
                        "unit_price": p,
                        "discount": d,
                        **({"artist_id": str(a)} if a else {}),
                    }
                    for (q, p, d), a in items
                ],
            },
        )
        stored = desk.one(sale, sale_id)
        stored_lines = desk.rows(sale_line, sale_id=sale_id)
        assert stored["total"] == sum(ln["total"] for ln in stored_lines)
        assert stored["total"] == sale_totals([q_p_d for q_p_d, _ in items]).total
        for ln in stored_lines:
            assert ln["artist_share"] + ln["studio_share"] == ln["total"]
            assert 0 <= ln["artist_share"] <= ln["total"]
            if ln["artist_id"] is None:
                assert ln["artist_share"] == 0

    try:
        record()
    finally:
        engine.dispose()
