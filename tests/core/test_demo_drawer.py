"""The demo studio's drawer, gift vouchers and stock (issue 16), as the Caixa shows them: every
past day of the drawer closed with a count that reconciles (the expected cash recomputed here
with plain SQL from the day's payments and movements), today's day open; vouchers sold and spent
but never below zero; each product's stock the sum of its movements, sold ones matching the
tickets' lines, one product low. On a real SQLite file."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, func, select, text

from kronos_core.demo import DemoSize, DemoStudio, generate_demo
from kronos_core.demo.drawer import FLOAT, grid_for
from kronos_core.demo.products import LOW_SKU, LOW_STOCK_AT
from kronos_core.drawer import DENOMINATIONS
from kronos_core.schema import (
    APPEND_ONLY_TABLES,
    TABLES_BY_NAME,
    cash_count,
    cash_drawer,
    cash_session,
    metadata,
    payment,
    product,
    sale,
    sale_line,
    stock_movement,
)
from kronos_core.stock import is_low
from tests.core.dbs import sqlite_engine
from tests.core.test_demo import TODAY

SIZE = DemoSize(clients=300, past_days=120, future_days=7)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, DemoStudio]]:
    engine = sqlite_engine(Path(tmp_path_factory.mktemp("demo")) / "desk.sqlite")
    with engine.begin() as conn:
        metadata.create_all(conn)
    with engine.begin() as conn:
        made = generate_demo(conn, size=SIZE, today=TODAY)
    yield engine, made
    engine.dispose()


@pytest.fixture
def conn(demo: tuple[Engine, DemoStudio]) -> Iterator[Connection]:
    with demo[0].connect() as connection:
        yield connection


def rows(conn: Connection, sql: str, **params: object) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(text(sql), params).mappings()]


# The expected cash of a day, by the issue's formula, in SQL alone: float + cash taken - change
# - cash refunded + cash in - cash out (cash taken: what was handed over).
EXPECTED = """
SELECT s.id AS session_id, s.business_date AS day, s.opening_float
  + COALESCE((SELECT SUM(COALESCE(p.cash_tendered, p.amount + p.tip)) FROM payment p
              WHERE p.method = 'cash' AND p.refund_of IS NULL AND p.business_date = s.business_date
                AND p.studio_id = s.studio_id AND p.deleted = 0), 0)
  - COALESCE((SELECT SUM(MAX(0, COALESCE(p.cash_tendered, p.amount + p.tip) - p.amount - p.tip)) FROM payment p
              WHERE p.method = 'cash' AND p.refund_of IS NULL AND p.business_date = s.business_date
                AND p.studio_id = s.studio_id AND p.deleted = 0), 0)
  - COALESCE((SELECT SUM(-p.amount) FROM payment p
              WHERE p.method = 'cash' AND p.refund_of IS NOT NULL AND p.business_date = s.business_date
                AND p.studio_id = s.studio_id AND p.deleted = 0), 0)
  + COALESCE((SELECT SUM(m.amount) FROM cash_movement m WHERE m.session_id = s.id AND m.kind = 'in'), 0)
  - COALESCE((SELECT SUM(m.amount) FROM cash_movement m WHERE m.session_id = s.id AND m.kind = 'out'), 0)
  AS expected
FROM cash_session s
"""


def test_the_studio_has_one_drawer_for_every_desk(conn: Connection) -> None:
    (drawer,) = conn.execute(select(cash_drawer)).mappings().all()
    assert (drawer["name"], drawer["device_id"], drawer["active"]) == ("Caixa", None, True)


def test_every_past_day_that_took_cash_is_closed_and_today_is_open(conn: Connection) -> None:
    sessions = {r["business_date"]: r for r in conn.execute(select(cash_session)).mappings()}
    assert len(sessions) > 60
    cash_days = set(conn.execute(text("SELECT DISTINCT business_date FROM payment WHERE method = 'cash'")).scalars())
    assert {dt.date.fromisoformat(str(d)) for d in cash_days if str(d) <= TODAY.isoformat()} <= set(sessions)
    assert sessions[TODAY]["status"] == "open"
    assert sessions[TODAY]["closed_at"] is None
    past = [s for day, s in sessions.items() if day < TODAY]
    assert all(s["status"] == "closed" and s["closed_at"] is not None for s in past)
    assert {s["opening_float"] for s in sessions.values()} == {FLOAT}
    counts = rows(conn, "SELECT session_id, count(*) AS n FROM cash_count GROUP BY session_id")
    assert len(counts) == len(past)
    assert all(c["n"] == 1 for c in counts)


def test_each_close_counted_the_cash_the_day_should_hold(conn: Connection) -> None:
    expected = {r["session_id"]: r["expected"] for r in rows(conn, EXPECTED)}
    closes = rows(conn, "SELECT session_id, grid, counted, expected, difference, note, counted_at FROM cash_count")
    off = 0
    for close in closes:
        assert close["expected"] == expected[close["session_id"]]
        grid = {int(k): v for k, v in json.loads(str(close["grid"])).items()}
        assert set(grid) <= set(DENOMINATIONS)
        assert all(isinstance(q, int) and q > 0 for q in grid.values())
        assert close["counted"] == sum(value * q for value, q in grid.items())
        assert close["difference"] == close["counted"] - close["expected"]
        if close["difference"]:
            off += 1
            assert close["note"], "a count that differs says why"
            assert abs(close["difference"]) <= 1_000
        else:
            assert close["note"] is None
    assert 1 <= off <= len(closes) // 5, "a few days are a little off, most are exact"


def test_the_close_lists_every_payment_of_its_day_and_comes_after_them(conn: Connection) -> None:
    """As a desk's close does (kronos_core.drawer_close): every payment of the day, any method,
    its ids and its money per method; all taken before the count, so none reads as late."""
    c, s, p = cash_count.c, cash_session.c, payment.c
    closes = conn.execute(
        select(c.payment_ids, c.totals, c.counted_at, s.business_date).join_from(cash_count, cash_session)
    ).all()
    paid = conn.execute(select(p.id, p.method, p.amount, p.tip, p.business_date, p.received_at)).all()
    methods = set()
    for close in closes:
        day = [r for r in paid if r.business_date == close.business_date]
        assert sorted(close.payment_ids) == sorted(str(r.id) for r in day)
        assert all(r.received_at < close.counted_at for r in day)
        money: dict[str, int] = {}
        for r in day:
            money[r.method] = money.get(r.method, 0) + r.amount + r.tip
        assert close.totals == money
        methods |= set(money)
    assert {"cash", "credit", "debit", "pix"} <= methods, "the closes count card and PIX, not only cash"


def test_suprimentos_and_sangrias_have_reasons_and_a_sangria_never_empties_the_drawer(conn: Connection) -> None:
    moves = rows(conn, "SELECT kind, amount, reason FROM cash_movement")
    assert {"in", "out"} <= {m["kind"] for m in moves}
    assert all(m["reason"] and m["amount"] > 0 for m in moves)
    expected = rows(conn, EXPECTED)
    assert all(e["expected"] >= 0 for e in expected)


def test_vouchers_are_sold_paid_and_spent_but_never_below_zero(conn: Connection) -> None:
    vouchers = rows(
        conn,
        "SELECT v.id, v.code, v.amount, v.sold_on, v.expires_on,"
        " (SELECT SUM(p.amount) FROM payment p WHERE p.for_voucher_id = v.id) AS paid,"
        " (SELECT COALESCE(SUM(p.amount + p.tip), 0) FROM payment p WHERE p.voucher_id = v.id) AS spent,"
        " (SELECT COUNT(*) FROM payment p WHERE p.voucher_id = v.id) AS uses"
        " FROM voucher v",
    )
    assert 6 <= len(vouchers) <= 10
    assert all(v["paid"] == v["amount"] for v in vouchers), "each voucher's money was taken"
    balances = [v["amount"] - v["spent"] for v in vouchers]
    assert min(balances) >= 0, "no demo voucher is overdrawn"
    assert any(v["uses"] and b > 0 for v, b in zip(vouchers, balances, strict=True)), "one spent in part"
    assert any(v["uses"] and b == 0 for v, b in zip(vouchers, balances, strict=True)), "one spent in full"
    assert any(not v["uses"] for v in vouchers), "one not spent yet"
    spent = rows(
        conn,
        "SELECT p.method, p.business_date, v.sold_on, v.expires_on, p.sale_id FROM payment p"
        " JOIN voucher v ON v.id = p.voucher_id",
    )
    for redemption in spent:
        assert redemption["method"] == "voucher"
        assert redemption["sale_id"] is not None
        assert str(redemption["sold_on"]) < str(redemption["business_date"]) < TODAY.isoformat()
        assert redemption["expires_on"] is None or str(redemption["business_date"]) <= str(redemption["expires_on"])
    assert (
        conn.execute(text("SELECT COUNT(*) FROM payment WHERE method = 'voucher' AND voucher_id IS NULL")).scalar() == 0
    )


def test_stock_is_the_sum_of_its_movements_and_one_product_is_low(conn: Connection) -> None:
    m, line = stock_movement.c, sale_line.c
    levels: dict[object, int] = dict(
        conn.execute(select(m.product_id, func.sum(m.quantity)).group_by(m.product_id)).all()
    )
    sold_lines: dict[object, int] = dict(
        conn.execute(
            select(line.product_id, func.sum(line.quantity))
            .join_from(sale_line, sale)
            .where(line.product_id.is_not(None), sale.c.status == "closed")
            .group_by(line.product_id)
        ).all()
    )
    sold = select(m.product_id, -func.sum(m.quantity)).where(m.kind == "sold").group_by(m.product_id)
    assert dict(conn.execute(sold).all()) == sold_lines, "every product sold left the stock"
    kinds = set(conn.execute(select(m.kind).distinct()).scalars())
    assert {"received", "sold", "counted", "adjusted"} <= kinds
    unexplained = select(func.count()).where(m.kind.in_(["adjusted", "counted"]), m.reason.is_(None))
    assert conn.execute(unexplained).scalar_one() == 0
    on_sale = conn.execute(select(product.c.id, product.c.sku, product.c.low_stock_level).where(product.c.active)).all()
    assert all(p.id in levels for p in on_sale), "every product on sale was received"
    low = {p.sku for p in on_sale if is_low(levels[p.id], LOW_STOCK_AT.get(p.sku))}
    assert low == {LOW_SKU}
    assert all(levels[p.id] > 0 for p in on_sale), "low, never out"
    if any(p.low_stock_level is not None for p in on_sale):  # once product.save takes the mark
        assert {p.sku for p in on_sale if is_low(levels[p.id], p.low_stock_level)} == {LOW_SKU}


def test_the_demo_holds_rows_of_issue_16_s_append_only_tables(conn: Connection) -> None:
    """The desk's append-only triggers are tried on the demo's rows (tests/store): the drawer's
    movements and counts, the stock's movements, and the money around them."""
    for name in ("cash_movement", "cash_count", "stock_movement", "payment", "audit_event"):
        assert name in APPEND_ONLY_TABLES
        table = TABLES_BY_NAME[name]
        assert conn.execute(select(func.count()).select_from(table)).scalar_one() > 0, name


def test_a_count_grid_is_made_of_notes_and_coins() -> None:
    for total in (0, 5, 20_000, 171_235, 1_234_565):
        grid = {int(k): q for k, q in grid_for(total).items()}
        assert sum(v * q for v, q in grid.items()) == total
        assert set(grid) <= set(DENOMINATIONS)
    with pytest.raises(ValueError, match="no count holds 7"):
        grid_for(7)
