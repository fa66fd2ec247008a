"""The demo studio's counter, as the Caixa shows it: products on sale, tickets that sold them,
ticket discounts, tips, card payments with their fees, and deposits held on upcoming bookings
(the calendar's "deposit paid" badge, the Deposits tab). On a real SQLite file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, select

from kronos_core.demo import DemoSize, DemoStudio, generate_demo
from kronos_core.schema import (
    appointment,
    deposit,
    deposit_entry,
    metadata,
    payment,
    product,
    sale,
    sale_line,
    sale_tip,
    studio,
)
from kronos_desktop.store.queries.checkout_deposits import deposits_paid, products
from tests.core.dbs import sqlite_engine
from tests.core.test_demo import NOW, TODAY


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, DemoStudio]]:
    engine = sqlite_engine(Path(tmp_path_factory.mktemp("demo")) / "desk.sqlite")
    with engine.begin() as conn:
        metadata.create_all(conn)
    with engine.begin() as conn:
        demo = generate_demo(conn, size=DemoSize.small(), today=TODAY)
    yield engine, demo
    engine.dispose()


@pytest.fixture
def conn(small: tuple[Engine, DemoStudio]) -> Iterator[Connection]:
    with small[0].connect() as connection:
        yield connection


def test_the_studio_sells_products_and_one_is_off_sale(conn: Connection, small: tuple[Engine, DemoStudio]) -> None:
    on_sale = products(conn, small[1].studio_id)
    every = products(conn, small[1].studio_id, active_only=False)
    assert 8 <= len(on_sale) <= 12
    assert len(every) == len(on_sale) + 1
    assert any("Pomada cicatrizante" in p.name for p in on_sale)
    assert any("piercing" in p.name for p in on_sale)
    for p in every:
        assert p.sku
        assert p.price > 0
        assert p.price % 10 == 0
    assert len({p.sku for p in every}) == len(every)


def test_sales_sell_products_with_discounts_and_tips(conn: Connection) -> None:
    sold = conn.execute(
        select(sale_line.c.product_id, sale_line.c.description, product.c.name, product.c.active).join(
            product, product.c.id == sale_line.c.product_id
        )
    ).all()
    assert len(sold) > 5
    assert all(line.description == line.name and line.active for line in sold)
    unnamed = select(sale_line.c.id).where(sale_line.c.kind == "product", sale_line.c.product_id.is_(None))
    assert conn.execute(unnamed).first() is None
    discounted = conn.execute(
        select(sale.c.ticket_discount, sale.c.ticket_discount_reason).where(sale.c.ticket_discount > 0)
    ).all()
    assert discounted
    assert all(reason for _, reason in discounted)
    tipped = conn.execute(select(sale.c.id, sale.c.tip_total).where(sale.c.tip_total > 0)).all()
    assert tipped
    for sale_id, tip_total in tipped:
        tips = conn.execute(select(sale_tip.c.amount).where(sale_tip.c.sale_id == sale_id)).scalars().all()
        paid = conn.execute(select(payment.c.tip).where(payment.c.sale_id == sale_id)).scalars().all()
        assert sum(tips) == tip_total == sum(paid)


def test_card_payments_carry_the_studios_rates(conn: Connection) -> None:
    settings = conn.execute(
        select(studio.c.card_fee_debit_bps, studio.c.card_fee_credit_bps, studio.c.card_instalments_max)
    ).one()
    assert tuple(settings) == (199, 349, 12)
    cards = conn.execute(
        select(payment.c.method, payment.c.amount, payment.c.card_brand, payment.c.instalments, payment.c.card_fee)
        .where(payment.c.method.in_(("credit", "debit")))
    ).all()  # fmt: skip
    assert cards
    for method, amount, brand, instalments, fee in cards:
        assert brand
        assert fee == (amount * (349 if method == "credit" else 199) + 5_000) // 10_000
        assert (1 <= instalments <= 12) if method == "credit" else instalments is None
    for sale_id, fee_total in conn.execute(select(sale.c.id, sale.c.card_fee_total)):
        fees = conn.execute(select(payment.c.card_fee).where(payment.c.sale_id == sale_id)).scalars().all()
        assert sum(fees) == fee_total


def test_upcoming_bookings_hold_paid_deposits(conn: Connection) -> None:
    held = conn.execute(
        select(deposit.c.id, deposit.c.amount, deposit.c.appointment_id, deposit.c.client_id, deposit.c.policy_text)
        .where(deposit.c.status == "held")
    ).all()  # fmt: skip
    assert len(held) >= 3
    assert conn.execute(select(deposit.c.id).where(deposit.c.status != "held")).first() is None
    for d in held:
        booking = conn.execute(select(appointment).where(appointment.c.id == d.appointment_id)).one()
        assert booking.starts_at.replace(tzinfo=dt.UTC) > NOW
        assert booking.status in ("booked", "confirmed", "checked_in")
        assert booking.client_id == d.client_id
        assert booking.kind == "session"
        assert d.policy_text
        money = conn.execute(select(payment).where(payment.c.deposit_id == d.id)).one()
        assert money.method in ("pix", "cash")
        assert money.amount == d.amount
        assert money.sale_id is None
        assert money.business_date < TODAY
        ledger = select(deposit_entry.c.kind, deposit_entry.c.amount).where(deposit_entry.c.deposit_id == d.id)
        taken = conn.execute(ledger)
        assert [tuple(e) for e in taken] == [("taken", d.amount)]
    assert deposits_paid(conn, [d.appointment_id for d in held]) == {d.appointment_id for d in held}
