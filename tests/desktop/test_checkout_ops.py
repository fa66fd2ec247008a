"""Closing a ticket on a real desk file (kronos_desktop/ops/checkout.py): the receipt number, the
sale and each payment in one transaction, the draft gone; it reads back as everything the
receipt prints. A ticket that may not close, or a batch one mutation of which is refused, writes
nothing at all and keeps its draft and the number. Refunds and voids give money back as new
negative payments pointing at what they refund."""

from __future__ import annotations

import uuid
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.schema import deposit, payment, sale, sync_conflict
from kronos_core.ticket import DraftLine, DraftPayment
from kronos_desktop.ops import checkout as ops
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox, replica, ticket_draft
from kronos_desktop.store.queries import checkout as q
from kronos_desktop.store.queries.checkout import SaleDetail
from tests.desktop.checkout_rows import AT, DAY, Counter, card_and_cash, count, open_counter, ticket_for

SP = zoneinfo.ZoneInfo("America/Sao_Paulo")


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[tuple[LocalStore, Counter]]:
    store, c = open_counter(tmp_path / "data")
    yield store, c
    store.close()


def take_deposit(store: LocalStore, c: Counter, amount: int = 20_000) -> uuid.UUID:
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": c.client_id, "appointment_id": c.appointment_id, "amount": amount,
        "policy_text": "O sinal vale por 6 meses.", "acknowledged": True, "business_date": DAY,
    }  # fmt: skip
    money = DraftPayment(uuid7(), "pix", amount, pix_e2e_id="E00000000202612041530abcdef")
    deposit_ops.take_deposit(args, money).write(store)
    return deposit_id


def detail(store: LocalStore, sale_id: uuid.UUID) -> SaleDetail:
    with store.read_engine.connect() as conn:
        found = q.sale_detail(conn, sale_id)
    assert found is not None
    return found


def test_a_closed_ticket_reads_back_as_its_receipt(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    deposit_id = take_deposit(store, c)
    draft = ticket_for(c, deposit_ids=[deposit_id])
    draft.payments = card_and_cash(81_000 - 20_000, 2_000)
    ops.save_draft(draft).write(store)
    before = count(store, outbox)

    applied = ops.close_ticket(draft, business_date=DAY, closed_at=AT).write(store)

    sale_id = ops.sale_of(applied)
    assert sale_id == draft.ticket_id
    assert applied.changed["ticket_draft"] == {draft.ticket_id}
    with store.read_engine.connect() as conn:
        written = conn.execute(select(outbox.c.name).where(outbox.c.seq > before).order_by(outbox.c.seq)).scalars()
        assert list(written) == ["sale.record", "payment.record", "payment.record"]
        assert q.draft(conn, draft.ticket_id) is None  # the open ticket is gone with the close
        assert conn.execute(select(deposit.c.status).where(deposit.c.id == deposit_id)).scalar() == "applied"
    r = detail(store, sale_id)
    assert (r.number, r.status, r.business_date) == ("A-000001", "closed", DAY)
    assert (r.studio_name, r.studio_city, r.receipt_footer) == (
        "Estúdio Agulha",
        "São Paulo",
        "Obrigado e volte sempre!",
    )
    assert r.closed_at_local is not None
    assert (r.closed_at_local.hour, r.closed_at_local.minute, r.zone_name) == (15, 30, "America/Sao_Paulo")
    assert r.made_by == "Marina Costa"
    assert (r.client_name, r.fiscal_document, r.fiscal_name) == ("Ana Souza", "52998224725", "Ana Souza")
    assert (r.fiscal_address, r.service_description) == ("Rua Augusta, 100, São Paulo", "Tatuagem")
    session, cream = r.lines
    assert (session.description, session.artist_name, session.gross, session.own_discount) == (
        "Fechamento braço", "Rafa Lima", 80_000, 8_000)  # fmt: skip
    assert (session.discount_bps, session.discount_reason) == (1_000, "Retorno")
    assert (cream.quantity, cream.unit_price, cream.artist_name, cream.own_discount) == (2, 5_000, None, 0)
    assert session.ticket_discount_share + cream.ticket_discount_share == 1_000
    assert (r.subtotal, r.line_discounts, r.ticket_discount, r.ticket_discount_reason) == (
        90_000,
        8_000,
        1_000,
        "Amiga",
    )
    assert (r.total, r.deposit_applied, r.due, r.paid) == (81_000, 20_000, 61_000, 61_000)
    assert [(d.id, d.amount) for d in r.deposits] == [(deposit_id, 20_000)]
    assert r.tips_by_artist() == {"Rafa Lima": 2_000}
    assert (r.tips[0].artist_share, r.tips[0].studio_share) == (1_600, 400)  # Rafa keeps 80 % of tips
    card, cash = r.payments
    assert (card.method, card.card_brand, card.instalments, card.auth_code) == ("credit", "visa", 3, "123456")
    assert (card.amount, card.tip, card.card_fee, card.taken_by_name) == (40_000, 2_000, 1_260, "Marina Costa")
    assert (cash.method, cash.amount, cash.cash_tendered, cash.change) == ("cash", 21_000, 25_000, 4_000)
    assert (r.change, r.card_fee_total, r.refunded) == (4_000, 1_260, 0)

    second = ticket_for(c, appointment_id=None, tips=[])
    second.payments = [DraftPayment(uuid7(), "pix", 81_000)]
    closed = ops.close_ticket(second, business_date=DAY, closed_at=AT).write(store)
    assert detail(store, ops.sale_of(closed)).number == "A-000002"


def _nothing_written(store: LocalStore, draft_id: uuid.UUID, outbox_before: int) -> None:
    assert count(store, sale) == 0
    assert count(store, payment) == 0
    assert count(store, outbox) == outbox_before
    assert count(store, ticket_draft, ticket_draft.c.id == draft_id) == 1
    with store.read_engine.connect() as conn:
        assert conn.execute(select(replica.c.sale_counter)).scalar_one() == 0  # no number spent


def test_a_ticket_that_may_not_close_writes_nothing_and_keeps_its_draft(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    draft = ticket_for(c)
    draft.payments = [DraftPayment(uuid7(), "credit", 40_000, 2_000, card_brand=None, instalments=1)]
    ops.save_draft(draft).write(store)
    before = count(store, outbox)
    with pytest.raises(ops.CheckoutRefused) as refused:
        ops.close_ticket(draft, business_date=DAY, closed_at=AT).write(store)
    assert refused.value.code == "ticket_cannot_close"
    assert refused.value.problems == ["unpaid", "card_fields"]  # R$ 410 short; a card without its brand
    _nothing_written(store, draft.ticket_id, before)


def test_a_refused_mutation_rolls_the_whole_close_back(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    stranger = uuid7()  # an artist this desk does not know
    draft = ticket_for(c, tips=[])
    draft.lines = [DraftLine(uuid7(), "service", "Flash", stranger, None, 1, 30_000)]
    draft.ticket_discount_amount = 0
    draft.payments = [DraftPayment(uuid7(), "pix", 30_000)]
    ops.save_draft(draft).write(store)
    before = count(store, outbox)
    with pytest.raises(MutationError):
        ops.close_ticket(draft, business_date=DAY, closed_at=AT).write(store)
    _nothing_written(store, draft.ticket_id, before)


def _closed(store: LocalStore, c: Counter) -> SaleDetail:
    draft = ticket_for(c)
    draft.payments = card_and_cash(81_000, 2_000)
    applied = ops.close_ticket(draft, business_date=DAY, closed_at=AT).write(store)
    return detail(store, ops.sale_of(applied))


def test_a_refund_is_a_new_negative_payment_with_its_reason(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    closed = _closed(store, c)
    cash = closed.payments[1]
    ops.refund_payment(cash.id, 5_000, reason="Pomada devolvida", business_date=DAY).write(store)
    after = detail(store, closed.id)
    cash_after = after.payments[1]
    assert [(x.amount, x.reason, x.by_name) for x in cash_after.refunds] == [
        (5_000, "Pomada devolvida", "Marina Costa")
    ]
    assert cash_after.amount == 41_000  # the payment itself is never edited
    assert cash_after.refundable == 36_000
    assert after.refunded == 5_000


def test_a_void_refunds_what_each_payment_still_holds(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    closed = _closed(store, c)
    card, cash = closed.payments
    ops.refund_payment(cash.id, 1_000, reason="Troco a mais", business_date=DAY).write(store)
    before = count(store, outbox)
    ops.void_sale(closed.id, "Cliente desistiu", business_date=DAY).write(store)
    with store.read_engine.connect() as conn:
        written = conn.execute(select(outbox.c.name).where(outbox.c.seq > before).order_by(outbox.c.seq)).scalars()
        assert list(written) == ["sale.void", "payment.refund", "payment.refund"]
    voided = detail(store, closed.id)
    assert (voided.status, voided.void_reason, voided.voided_by) == ("void", "Cliente desistiu", "Marina Costa")
    card_after, cash_after = voided.payments
    assert [x.amount for x in card_after.refunds] == [card.amount + card.tip]
    assert [x.amount for x in cash_after.refunds] == [1_000, cash.amount - 1_000]
    assert (card_after.refundable, cash_after.refundable) == (0, 0)
    assert voided.total == 81_000  # the sale itself keeps what it was
    assert count(store, sync_conflict) == 0  # nothing refunded beyond what was taken


def test_a_ticket_closed_twice_is_one_sale(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    draft = ticket_for(c)
    draft.payments = card_and_cash(81_000, 2_000)
    ops.close_ticket(draft, business_date=DAY, closed_at=AT).write(store)
    before = count(store, outbox)
    with pytest.raises(MutationError):  # a second Close (a double click, a retry): the same sale's id
        ops.close_ticket(draft, business_date=DAY, closed_at=AT).write(store)
    assert (count(store, sale), count(store, payment), count(store, outbox)) == (1, 2, before)
    with store.read_engine.connect() as conn:
        assert conn.execute(select(replica.c.sale_counter)).scalar_one() == 1  # no number spent on it
