"""The checkout's reads on a real desk file (kronos_desktop/store/queries/checkout*.py): what each
artist earned on a day, the calendar's deposit-paid badge (a booking's own deposit or its
project's), a client's deposits with those of the records merged into theirs, the product list,
and what a ticket opened from a booking starts with."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronos_core.ids import uuid7
from kronos_core.ticket import DraftLine, DraftPayment, DraftTip
from kronos_desktop.ops import checkout as ops
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import checkout as q
from tests.desktop.checkout_rows import AT, DAY, Counter, card_and_cash, open_counter, ticket_for


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[tuple[LocalStore, Counter]]:
    store, c = open_counter(tmp_path / "data")
    yield store, c
    store.close()


def take(store: LocalStore, c: Counter, **where: object) -> uuid.UUID:
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": where.pop("client_id", c.client_id), "amount": 10_000,
        "policy_text": "Sinal.", "acknowledged": True, "business_date": DAY, "taken_at": AT, **where,
    }  # fmt: skip
    deposit_ops.take_deposit(args, DraftPayment(uuid7(), "pix", 10_000)).write(store)
    return deposit_id


def test_each_artist_earns_their_lines_share_and_tips_share(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    bia = uuid7()
    store.apply("staff.add", {"staff_id": bia, "display_name": "Bia Nunes", "role": "artist"})
    store.apply(
        "commission.set",
        {"rule_id": uuid7(), "staff_id": bia, "rate_bps": 4000, "tip_share_bps": 10_000, "effective_from": DAY},
    )
    first = ticket_for(c)  # Rafa's session: R$ 800 less 10 % less its part of the ticket's R$ 10
    first.payments = card_and_cash(81_000, 2_000)
    ops.close_ticket(first, business_date=DAY, closed_at=AT).write(store)
    second = ticket_for(c, appointment_id=None, ticket_discount_amount=0, tips=[DraftTip(uuid7(), bia, 1_000)])
    second.lines = [DraftLine(uuid7(), "service", "Flash", bia, None, 1, 30_000)]
    second.payments = [DraftPayment(uuid7(), "pix", 30_000, tip=1_000)]
    ops.close_ticket(second, business_date=DAY, closed_at=AT).write(store)
    other_day = ticket_for(c, appointment_id=None, ticket_discount_amount=0, tips=[])
    other_day.lines = [DraftLine(uuid7(), "service", "Flash", bia, None, 1, 50_000)]
    other_day.payments = [DraftPayment(uuid7(), "pix", 50_000)]
    ops.close_ticket(other_day, business_date=DAY + dt.timedelta(days=1), closed_at=AT).write(store)

    with store.read_engine.connect() as conn:
        earned = q.artist_earnings(conn, c.studio_id, DAY)
        rafa_alone = q.artist_earnings(conn, c.studio_id, DAY, artist_id=c.artist_id)
    bia_row, rafa_row = earned
    assert (bia_row.artist_name, bia_row.lines_total, bia_row.lines_share) == ("Bia Nunes", 30_000, 12_000)
    assert (bia_row.tips, bia_row.tips_share, bia_row.earned) == (1_000, 1_000, 13_000)
    # R$ 720 after the line's 10 %, less R$ 8,78 of the ticket's R$ 10 (spread over 720 : 100); half.
    assert (rafa_row.artist_name, rafa_row.lines_total, rafa_row.lines_share) == ("Rafa Lima", 71_122, 35_561)
    assert (rafa_row.tips, rafa_row.tips_share, rafa_row.earned) == (2_000, 1_600, 37_161)
    assert rafa_alone == [rafa_row]


def test_the_badge_shows_a_bookings_deposit_and_its_projects(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    project_id, first, second, other = uuid7(), uuid7(), uuid7(), uuid7()
    store.apply("project.create", {"project_id": project_id, "client_id": c.client_id, "title": "Costas fechadas"})
    for n, appointment_id in enumerate((first, second, other), start=8):
        store.apply(
            "appointment.book",
            {"appointment_id": appointment_id, "client_id": c.client_id, "artist_id": c.artist_id, "kind": "session",
             "starts_at": AT.replace(day=n), "ends_at": AT.replace(day=n, hour=21),
             "project_id": project_id if appointment_id != other else None},
        )  # fmt: skip
    asked = [c.appointment_id, first, second, other]
    with store.read_engine.connect() as conn:
        assert q.deposits_paid(conn, asked) == set()
    take(store, c, appointment_id=c.appointment_id)
    take(store, c, project_id=project_id)  # for the project: each of its sessions shows it
    with store.read_engine.connect() as conn:
        assert q.deposits_paid(conn, asked) == {c.appointment_id, first, second}


def test_a_clients_deposits_include_those_of_records_merged_into_theirs(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    twin = uuid7()
    store.apply("client.create", {"client_id": twin, "full_name": "Ana Souza Lima"})
    forfeited = take(store, c, client_id=twin)
    deposit_ops.forfeit_deposit(forfeited, "no_show", business_date=DAY).write(store)
    held = take(store, c, client_id=twin)
    store.apply("client.merge", {"keep_id": c.client_id, "merged_id": twin})
    with store.read_engine.connect() as conn:
        everything = {d.id: d for d in q.client_deposits(conn, c.client_id)}
        offered = [d.id for d in q.held_deposits(conn, c.client_id)]
    assert set(everything) == {forfeited, held}
    assert everything[forfeited].via_merged  # still the merged record's: closed history keeps its client
    assert [e.kind for e in everything[forfeited].entries] == ["taken", "forfeited"]
    assert offered == [held]  # the merge moved the held one to the kept client


def test_products_by_name_and_the_inactive_on_request(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    cream, soap, old = uuid7(), uuid7(), uuid7()
    ops.save_product(cream, name="Pomada cicatrizante", sku="POM-01", price=5_000).write(store)
    ops.save_product(soap, name=" Espuma de limpeza ", sku="", price=3_500).write(store)
    ops.save_product(old, name="Filme plástico", sku=None, price=1_000, active=False).write(store)
    with store.read_engine.connect() as conn:
        sold = q.products(conn, c.studio_id)
        every = q.products(conn, c.studio_id, active_only=False)
    assert [(p.name, p.sku, p.price) for p in sold] == [
        ("Espuma de limpeza", None, 3_500),
        ("Pomada cicatrizante", "POM-01", 5_000),
    ]
    assert [p.name for p in every] == ["Espuma de limpeza", "Filme plástico", "Pomada cicatrizante"]


def test_a_ticket_from_a_booking_starts_with_its_client_alerts_and_deposits(
    counter: tuple[LocalStore, Counter],
) -> None:
    store, c = counter
    own = take(store, c, appointment_id=c.appointment_id)
    elsewhere = take(store, c)  # held for no booking: offered, not the booking's
    with store.read_engine.connect() as conn:
        context = q.ticket_context(conn, c.appointment_id)
        assert q.ticket_context(conn, uuid7()) is None
    assert context is not None
    assert (context.client_name, context.artist_name, context.kind, context.minutes) == (
        "Ana Souza", "Rafa Lima", "session", 150)  # fmt: skip
    assert context.health_alerts == [("allergies", "Látex")]
    assert (context.document_type, context.document_number) == ("cpf", "52998224725")
    assert [d.id for d in context.deposits] == [own]
    assert {d.id for d in context.held} == {own, elsewhere}


@pytest.mark.parametrize(("applies_to", "applied_at_session"), [("last", 2), ("first", 0)])
def test_a_projects_deposit_is_offered_at_the_session_the_policy_says(
    counter: tuple[LocalStore, Counter], applies_to: str, applied_at_session: int
) -> None:
    """The studio's policy applies a project's deposit at its first or at its last session: the
    ticket of that session applies it, the others say which session it waits for; a booking's own
    deposit is applied at its own ticket whatever the policy; a cancelled session does not count."""
    store, c = counter
    store.apply("studio.update", {"deposit_applies_to": applies_to})
    project_id = uuid7()
    sessions = [uuid7() for _ in range(4)]
    store.apply("project.create", {"project_id": project_id, "client_id": c.client_id, "title": "Fechamento"})
    for n, appointment_id in enumerate(sessions, start=8):
        store.apply(
            "appointment.book",
            {"appointment_id": appointment_id, "client_id": c.client_id, "artist_id": c.artist_id, "kind": "session",
             "starts_at": AT.replace(day=n), "ends_at": AT.replace(day=n, hour=21), "project_id": project_id},
        )  # fmt: skip
    store.apply("appointment.cancel", {"appointment_id": sessions[3], "reason": "mudou de ideia", "cancelled_at": AT})
    for_project = take(store, c, project_id=project_id)
    own = take(store, c, appointment_id=sessions[1])
    with store.read_engine.connect() as conn:
        contexts = [q.ticket_context(conn, s) for s in sessions[:3]]
    for n, context in enumerate(contexts):
        assert context is not None
        if n == applied_at_session:
            assert for_project in context.applies_here
            assert not context.waits_for
        else:
            assert for_project not in context.applies_here
            assert context.waits_for == {for_project: applies_to}
    middle = contexts[1]
    assert middle is not None
    assert own in middle.applies_here


def test_a_deposits_ledger_says_how_it_was_paid_and_given_back(counter: tuple[LocalStore, Counter]) -> None:
    """The "taken" entry carries the deposit's payment (method, brand, instalments, NSU or PIX
    end-to-end id), the "refunded" entry its refund; the other entries carry none."""
    store, c = counter
    by_card, by_pix = uuid7(), uuid7()
    base = {"client_id": c.client_id, "amount": 30_000, "policy_text": "Sinal.", "acknowledged": True,
            "business_date": DAY, "taken_at": AT}  # fmt: skip
    card = DraftPayment(uuid7(), "credit", 30_000, card_brand="visa", instalments=3, auth_code="004512")
    deposit_ops.take_deposit({**base, "deposit_id": by_card}, card).write(store)
    pix = DraftPayment(uuid7(), "pix", 30_000, pix_e2e_id="E18236120202612041850s0123456789")
    deposit_ops.take_deposit({**base, "deposit_id": by_pix}, pix).write(store)
    deposit_ops.refund_deposit(by_pix, "O estúdio cancelou", business_date=DAY).write(store)
    deposit_ops.forfeit_deposit(by_card, "reschedules", business_date=DAY).write(store)
    with store.read_engine.connect() as conn:
        found = {d.id: d for d in q.client_deposits(conn, c.client_id)}

    taken, forfeited = found[by_card].entries
    assert taken.kind == "taken"
    assert [(m.method, m.card_brand, m.instalments, m.auth_code, m.amount) for m in taken.money] == [
        ("credit", "visa", 3, "004512", 30_000)
    ]
    assert forfeited.money == ()
    taken, refunded = found[by_pix].entries
    assert [(m.method, m.pix_e2e_id, m.refund_of) for m in taken.money] == [
        ("pix", "E18236120202612041850s0123456789", None)
    ]
    assert [(m.method, m.amount, m.refund_of) for m in refunded.money] == [("pix", -30_000, pix.payment_id)]
    assert found[by_pix].payment_ids == (pix.payment_id,)  # the refund is not money taken
