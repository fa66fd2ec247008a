"""Deposits through the desk's ops (kronos_desktop/ops/deposits.py) on a real desk file: taken
with their money in one transaction (a payment that does not match writes neither), their ledger
as the client record reads it, forfeited, given back with their money, moved, rescheduled; the
calendar's badge follows."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kronos_core.ids import uuid7
from kronos_core.schema import deposit, payment
from kronos_core.ticket import DraftPayment
from kronos_desktop.ops import checkout as ops
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox
from kronos_desktop.store.queries import checkout as q
from kronos_desktop.store.queries.checkout import DepositRow
from tests.desktop.checkout_rows import AT, DAY, Counter, count, open_counter

POLICY = "O sinal vale por 6 meses e não é devolvido em caso de falta."


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[tuple[LocalStore, Counter]]:
    store, c = open_counter(tmp_path / "data")
    yield store, c
    store.close()


def take(store: LocalStore, c: Counter, money: DraftPayment, amount: int = 20_000) -> uuid.UUID:
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": c.client_id, "appointment_id": c.appointment_id, "amount": amount,
        "policy_text": POLICY, "acknowledged": True, "business_date": DAY, "taken_at": AT,
    }  # fmt: skip
    deposit_ops.take_deposit(args, money).write(store)
    return deposit_id


def ledger(store: LocalStore, client_id: uuid.UUID) -> list[DepositRow]:
    with store.read_engine.connect() as conn:
        return q.client_deposits(conn, client_id)


def badge(store: LocalStore, c: Counter) -> bool:
    with store.read_engine.connect() as conn:
        return c.appointment_id in q.deposits_paid(conn, [c.appointment_id])


def test_a_deposit_and_its_money_are_taken_together(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    assert not badge(store, c)
    before = count(store, outbox)
    money = DraftPayment(uuid7(), "debit", 20_000, card_brand="elo", auth_code="998877")
    deposit_id = take(store, c, money)
    with store.read_engine.connect() as conn:
        written = conn.execute(select(outbox.c.name).where(outbox.c.seq > before).order_by(outbox.c.seq)).scalars()
        assert list(written) == ["deposit.take", "payment.record"]
        paid = conn.execute(select(payment.c.deposit_id, payment.c.sale_id, payment.c.card_brand)).one()
    assert tuple(paid) == (deposit_id, None, "elo")
    (row,) = ledger(store, c.client_id)
    assert (row.status, row.amount, row.policy_text, row.artist_name) == ("held", 20_000, POLICY, "Rafa Lima")
    assert row.payment_ids == (money.payment_id,)
    assert [e.kind for e in row.entries] == ["taken"]
    assert badge(store, c)  # the calendar block shows "deposit paid"
    with store.read_engine.connect() as conn:
        assert [d.id for d in q.held_deposits(conn, c.client_id)] == [deposit_id]


@pytest.mark.parametrize(
    ("money", "problems"),
    [
        (DraftPayment(uuid.UUID(int=1), "pix", 15_000), ["amount_mismatch"]),
        (DraftPayment(uuid.UUID(int=2), "credit", 20_000, card_brand=None, instalments=1), ["card_fields"]),
        (DraftPayment(uuid.UUID(int=3), "pix", 20_000, tip=500), ["tip_on_deposit"]),
    ],
)
def test_money_that_does_not_match_writes_no_deposit(
    counter: tuple[LocalStore, Counter], money: DraftPayment, problems: list[str]
) -> None:
    store, c = counter
    before = count(store, outbox)
    with pytest.raises(ops.CheckoutRefused) as refused:
        take(store, c, money)
    assert (refused.value.code, refused.value.problems) == ("deposit_payment", problems)
    assert (count(store, deposit), count(store, payment), count(store, outbox)) == (0, 0, before)
    assert not badge(store, c)


def test_a_forfeited_deposit_keeps_its_ledger_and_loses_the_badge(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    deposit_id = take(store, c, DraftPayment(uuid7(), "pix", 20_000))
    deposit_ops.forfeit_deposit(deposit_id, "no_show", business_date=DAY, note="Não veio").write(store)
    (row,) = ledger(store, c.client_id)
    assert (row.status, row.forfeit_reason) == ("forfeited", "no_show")
    assert row.forfeit_artist_share + row.forfeit_studio_share == 20_000
    assert [e.kind for e in row.entries] == ["taken", "forfeited"]
    assert not badge(store, c)


def test_a_refunded_deposit_gives_its_money_back(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    money = DraftPayment(uuid7(), "pix", 20_000)
    deposit_id = take(store, c, money)
    before = count(store, outbox)
    deposit_ops.refund_deposit(deposit_id, "Estúdio remarcou", business_date=DAY).write(store)
    with store.read_engine.connect() as conn:
        written = conn.execute(select(outbox.c.name).where(outbox.c.seq > before).order_by(outbox.c.seq)).scalars()
        assert list(written) == ["deposit.refund", "payment.refund"]
        back = conn.execute(
            select(payment.c.amount, payment.c.reason).where(payment.c.refund_of == money.payment_id)
        ).one()
    assert tuple(back) == (-20_000, "Estúdio remarcou")
    (row,) = ledger(store, c.client_id)
    assert (row.status, [e.kind for e in row.entries]) == ("refunded", ["taken", "refunded"])


def test_a_moved_deposit_holds_the_new_booking(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    deposit_id = take(store, c, DraftPayment(uuid7(), "pix", 20_000))
    later = uuid7()
    store.apply(
        "appointment.book",
        {"appointment_id": later, "client_id": c.client_id, "artist_id": c.artist_id, "kind": "session",
         "starts_at": AT.replace(day=18), "ends_at": AT.replace(day=18, hour=21)},
    )  # fmt: skip
    deposit_ops.count_reschedule(deposit_id, business_date=DAY).write(store)
    new_id = uuid7()
    deposit_ops.transfer_deposit(deposit_id, business_date=DAY, appointment_id=later, new_deposit_id=new_id).write(
        store
    )
    rows = {r.id: r for r in ledger(store, c.client_id)}
    assert (rows[deposit_id].status, rows[deposit_id].reschedules) == ("transferred", 1)
    assert [e.kind for e in rows[deposit_id].entries] == ["taken", "rescheduled", "transferred"]
    assert (rows[new_id].status, rows[new_id].transferred_from, rows[new_id].amount) == ("held", deposit_id, 20_000)
    with store.read_engine.connect() as conn:
        assert q.deposits_paid(conn, [c.appointment_id, later]) == {later}
