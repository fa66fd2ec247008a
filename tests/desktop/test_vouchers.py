"""Gift vouchers at the desk on a real desk file: one sold in its dialog (its money, its code, its
card's words); one paying part of a ticket in the payment dialog (the code typed however, its
balance shown, the amount capped at it) and what it holds after; a code that does not exist, a
voucher spent, an amount above the balance: a clear message and nothing written (counted with
SQL), at the field and again at the close. In English (the words as written in the code)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kronos_core import ticket
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.roles import Role
from kronos_core.ticket import DraftPayment
from kronos_core.vouchers import is_code
from kronos_desktop.app import Desk
from kronos_desktop.ops import checkout as ops
from kronos_desktop.ops import vouchers as voucher_ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import checkout_tickets
from kronos_desktop.store.queries.vouchers import VoucherState, voucher_by_code, vouchers
from kronos_desktop.ui.checkout.payment_dialog import PaymentDialog
from kronos_desktop.ui.checkout.voucher_card import VoucherCardDialog, card_lines, card_of
from kronos_desktop.ui.checkout.voucher_dialog import VoucherDialog
from kronos_desktop.ui.checkout.vouchers_page import VouchersModel, VouchersPage
from kronos_desktop.ui.common import fmt
from tests.desktop.checkout_rows import DAY, Counter, open_counter, ticket_for
from tests.desktop.reads import settle
from tests.desktop.test_accessibility import unnamed

pytestmark = pytest.mark.usefixtures("shown")


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def counter(tmp_path: Path, translated: str) -> Iterator[tuple[Desk, Counter]]:
    """Marina (owner) at the counter of "Estúdio Agulha", Ana's booking with Rafa (see checkout_rows)."""
    store, c = open_counter(tmp_path / "data")
    desk = Desk(store, translated)
    desk.store.set_member(c.owner_id)
    desk.ctx.who.set(c.owner_id, Role.OWNER, "Marina Costa")
    yield desk, c
    desk.close()


def sql(desk: Desk, query: str, *params: Any) -> list[dict[str, Any]]:
    conn = sqlite3.connect(desk.store.path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(query, params)]
    finally:
        conn.close()


def written(desk: Desk) -> dict[str, int]:
    """How many sales, payments and outbox entries the file holds."""
    return {
        table: sql(desk, f"SELECT COUNT(*) AS n FROM {table}")[0]["n"]
        for table in ("sale", "payment", "outbox", "voucher")
    }


def sell(
    store: LocalStore,
    amount: int,
    *,
    recipient: str = "Maria Lima",
    sold_on: dt.date = DAY,
    expires_on: dt.date | None = None,
    code: str | None = None,
) -> str:
    """A voucher sold by PIX (a new code drawn unless ``code``); its code."""
    args = {"code": code, "voucher_id": uuid7(), "amount": amount, "sold_on": sold_on, "recipient_name": recipient,
            "buyer_name": "João Lima", "expires_on": expires_on}  # fmt: skip
    applied = voucher_ops.sell_voucher(args, [DraftPayment(uuid7(), "pix", amount)]).write(store)
    return str(applied.args.code)  # type: ignore[attr-defined]


def state(store: LocalStore, studio_id: uuid.UUID, code: str) -> VoucherState:
    with store.read_engine.connect() as conn:
        found = voucher_by_code(conn, studio_id, code)
    assert found is not None
    return found


def paid_with(c: Counter, voucher_id: uuid.UUID, from_voucher: int) -> ticket.TicketDraft:
    """Ana's R$ 810 ticket with Rafa's R$ 20 tip: ``from_voucher`` of it from the voucher, the rest
    and the tip in cash."""
    draft = ticket_for(c)
    rest = 81_000 - from_voucher
    draft.payments = [
        DraftPayment(uuid7(), "voucher", from_voucher, voucher_id=voucher_id),
        DraftPayment(uuid7(), "cash", rest, 2_000, cash_tendered=rest + 2_000),
    ]
    return draft


def test_a_voucher_sold_in_its_dialog_records_its_money_and_prints_its_card(
    qtbot: QtBot, counter: tuple[Desk, Counter]
) -> None:
    desk, c = counter
    dialog = VoucherDialog(desk.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, desk.ctx)
    assert unnamed(dialog) == [], "every control has a name a screen reader says"
    assert dialog.primary_button() is dialog.sell_button
    dialog.amount.setText("150.00")
    dialog.buyer.setText("João Lima")
    dialog.recipient.setText("Maria Lima")
    dialog.expires.setChecked(True)
    dialog.expiry.setDate(fmt.qdate(dt.date(2027, 12, 31)))
    dialog.money.received.setText("200")
    dialog.money.received.editingFinished.emit()
    assert dialog.money.change.text() == "Change: R$50.00"
    with qtbot.waitSignal(dialog.sold, timeout=10_000):
        dialog.sell_button.click()

    [row] = sql(desk, "SELECT id, code, amount, buyer_name, recipient_name, expires_on FROM voucher")
    assert is_code(row["code"]), row["code"]
    assert (row["amount"], row["buyer_name"], row["recipient_name"]) == (15_000, "João Lima", "Maria Lima")
    assert row["expires_on"] == "2027-12-31"
    money = sql(desk, "SELECT method, amount, cash_tendered, for_voucher_id, sale_id FROM payment")
    assert money == [
        {"method": "cash", "amount": 15_000, "cash_tendered": 20_000, "for_voucher_id": row["id"], "sale_id": None}
    ]

    sold = state(desk.store, c.studio_id, row["code"])
    assert (sold.balance, sold.overdrawn) == (15_000, False)
    assert card_lines(card_of(sold, "Estúdio Agulha", "BRL")) == [
        ("studio", "Estúdio Agulha"),
        ("title", "Gift voucher"),
        ("code", row["code"]),
        ("value", "R$150.00"),
        ("text", "For Maria Lima"),
        ("muted", "From João Lima"),
        ("text", "Valid until 12/31/2027"),
        ("small", f"Show this code at the counter. Sold on {fmt.date_text(dialog.today)}."),
    ]


def test_a_voucher_pays_part_of_a_ticket_and_keeps_the_rest(qtbot: QtBot, counter: tuple[Desk, Counter]) -> None:
    desk, c = counter
    code = sell(desk.store, 60_000, code="K7QX-M4P9")  # 4: the debit card's key elsewhere
    voucher = state(desk.store, c.studio_id, code)
    draft = ticket_for(c)
    dialog = PaymentDialog(desk.ctx, draft, ticket.totals(draft, {}), {c.artist_id: "Rafa Lima"})
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, desk.ctx)
    assert dialog.left_label.text() == "Left to pay R$830.00"

    dialog.form.method_buttons["voucher"].click()
    typed = code.lower().replace("-", " ")  # as someone reads it off the card
    QTest.keyClicks(
        dialog.form.voucher.code, typed
    )  # its digits stay in the field (keys 1..6 choose a method elsewhere)
    assert dialog.form.method() == "voucher"
    qtbot.waitUntil(lambda: dialog.form.voucher.state() is not None, timeout=10_000)
    assert dialog.form.voucher.status.text() == "Balance R$600.00 · for Maria Lima"
    assert dialog.form.voucher.code.text() == code, "shown as printed on the card"
    assert unnamed(dialog) == []
    assert dialog.form.amount.value() == 60_000, "what is left, capped at what the voucher holds"

    dialog.form.amount.setText("600.01")
    dialog.form.add_button.click()
    assert dialog.form.voucher.problem.text() == f"The voucher {code} holds R$600.00: the amount cannot be more."
    assert dialog.draft.payments == [], "nothing taken"

    dialog.form.amount.setText("500.00")
    dialog.form.add_button.click()
    [taken] = dialog.draft.payments
    assert (taken.method, taken.amount, taken.voucher_id) == ("voucher", 50_000, voucher.id)
    assert dialog.left_label.text() == "Left to pay R$330.00"
    qtbot.waitUntil(lambda: not desk.ctx.runner.busy, timeout=10_000)
    with desk.store.read_engine.connect() as conn:
        kept = checkout_tickets.draft(conn, draft.ticket_id)
    assert kept is not None
    assert kept.payments == [taken], "the ticket kept on the desk knows the voucher (after a restart too)"
    dialog.form.method_buttons["voucher"].click()
    dialog.form.voucher.code.setText(code)
    dialog.form.voucher.code.textEdited.emit(code)
    qtbot.waitUntil(lambda: dialog.form.voucher.state() is not None, timeout=10_000)
    assert dialog.form.voucher.status.text() == "Balance R$100.00 · for Maria Lima", "this ticket's R$500 counted"

    dialog.form.method_buttons["cash"].click()
    dialog.form.amount.setText("330.00")
    dialog.form.add_button.click()
    with qtbot.waitSignal(dialog.closed, timeout=10_000):
        dialog.close_button.click()
    after = state(desk.store, c.studio_id, code)
    assert after.balance == 10_000
    assert [(r.amount, r.sale_number) for r in after.redemptions] == [(50_000, "A-000001")]
    assert sql(desk, "SELECT method, amount, voucher_id FROM payment WHERE voucher_id IS NOT NULL") == [
        {"method": "voucher", "amount": 50_000, "voucher_id": voucher.id.hex}
    ]


def test_unknown_spent_and_over_balance_codes_are_refused_at_the_field(
    qtbot: QtBot, counter: tuple[Desk, Counter]
) -> None:
    desk, c = counter
    spent_code = sell(desk.store, 10_000)
    ops.close_ticket(paid_with(c, state(desk.store, c.studio_id, spent_code).id, 10_000), business_date=DAY).write(
        desk.store
    )
    draft = ticket_for(c, appointment_id=None)
    dialog = PaymentDialog(desk.ctx, draft, ticket.totals(draft, {}), {c.artist_id: "Rafa Lima"})
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, desk.ctx)
    before = written(desk)
    field = dialog.form.voucher
    dialog.form.method_buttons["voucher"].click()

    for typed, said in (
        ("ZZZZ-ZZZZ", "No voucher has the code ZZZZ-ZZZZ: check it on the card."),
        (spent_code, f"The voucher {spent_code} is spent: nothing is left on it."),
    ):
        field.code.setText(typed)
        field.code.textEdited.emit(typed)
        qtbot.waitUntil(lambda: not field.looking(), timeout=10_000)
        assert field.problem.text() == said
        dialog.form.amount.setText("50.00")
        dialog.form.add_button.click()
        assert field.problem.text() == said
        assert dialog.draft.payments == [], "nothing taken"
    settle(qtbot, desk.ctx)
    assert written(desk) == before, "nothing written"


@pytest.mark.parametrize(
    ("case", "problem"),
    [("unknown", "voucher_unknown"), ("spent", "voucher_spent"), ("over", "voucher_over_balance")],
)
def test_the_close_refuses_a_voucher_that_does_not_hold_it_with_nothing_written(
    counter: tuple[Desk, Counter], case: str, problem: str
) -> None:
    desk, c = counter
    code = sell(desk.store, 30_000)
    voucher_id = state(desk.store, c.studio_id, code).id
    if case == "spent":  # another ticket spent it all (on another desk: the field did not see it)
        ops.close_ticket(paid_with(c, voucher_id, 30_000), business_date=DAY).write(desk.store)
    draft = paid_with(c, uuid7() if case == "unknown" else voucher_id, 30_001 if case == "over" else 20_000)
    ops.write_draft(desk.store, draft)
    before = written(desk)
    with pytest.raises(MutationError) as refused:
        ops.close_ticket(draft, business_date=DAY).write(desk.store)
    assert refused.value.code == problem
    assert written(desk) == before, "no sale, no payment, nothing to sync"
    assert sql(desk, "SELECT COUNT(*) AS n FROM ticket_draft WHERE id = ?", draft.ticket_id.hex) == [{"n": 1}]


def test_an_expired_voucher_is_refused_and_the_list_shows_it_and_an_overdrawn_one(
    qtbot: QtBot, counter: tuple[Desk, Counter]
) -> None:
    desk, c = counter
    old = sell(
        desk.store, 20_000, recipient="Bia", sold_on=DAY - dt.timedelta(days=60), expires_on=DAY - dt.timedelta(days=1)
    )
    fresh = sell(desk.store, 40_000, recipient="Caio")
    draft = paid_with(c, state(desk.store, c.studio_id, old).id, 10_000)
    with pytest.raises(MutationError) as refused:
        ops.close_ticket(draft, business_date=DAY).write(desk.store)
    assert refused.value.code == "voucher_expired"

    overdrawn = {"payment_id": uuid7(), "method": "voucher", "amount": 50_000, "business_date": DAY,
                 "received_at": dt.datetime(2026, 12, 4, 19, tzinfo=dt.UTC),
                 "voucher_id": state(desk.store, c.studio_id, fresh).id}  # fmt: skip
    desk.store.apply("payment.record", overdrawn)  # as two offline desks would: money is never refused

    page = VouchersPage(desk.ctx)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    settle(qtbot, desk.ctx)
    with desk.store.read_engine.connect() as conn:
        assert {v.code for v in vouchers(conn, c.studio_id)} == {old, fresh}
    assert page.model.rowCount() == 2
    assert unnamed(page) == []
    balances = {page.model.row_at(r).code: page.model.balance_text(page.model.row_at(r)) for r in range(2)}
    assert balances == {old: "R$200.00 · expired", fresh: "-R$100.00 · overdrawn"}
    assert "1 overdrawn" in page.summary.text()
    at = page.model.index(page.model.find_row(state(desk.store, c.studio_id, fresh).id), VouchersModel.Col.BALANCE)
    assert page.model.data(at, Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e", "overdrawn in red"
    page.search.setText(fresh.lower().replace("-", ""))
    assert [v.code for v in page.shown()] == [fresh]
    assert page.chosen() is not None, "one found: chosen"
    assert page.card_button.isEnabled()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]  # Enter: its card
    card = page.findChild(VoucherCardDialog)
    assert card is not None
    qtbot.waitUntil(lambda: fresh in card.status.text(), timeout=10_000)
    card.reject()
    page.search.setText("QQQQ")
    assert page.no_match.isVisible(), "said under the search, where the code was typed"
    assert page.no_match.text() == "No voucher has a code like QQQQ."
    assert page.no_match.geometry().bottom() < page.table.geometry().top()
    page.search.setText(fresh)
    assert not page.no_match.isVisible()

    page.search.clear()
    args = {"voucher_id": uuid7(), "amount": 5_000, "sold_on": DAY, "recipient_name": "Davi"}
    desk.ctx.runner.run(voucher_ops.sell_voucher(args, [DraftPayment(uuid7(), "pix", 5_000)]))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)  # sold at this desk: in the list at once
    with qtbot.waitSignal(page.back, timeout=1_000):
        page.back_button.click()


def test_enter_never_sells_an_unfinished_voucher_and_esc_asks_first(
    qtbot: QtBot, counter: tuple[Desk, Counter], shown: list[tuple[str, str, str]]
) -> None:
    desk, _c = counter
    dialog = VoucherDialog(desk.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, desk.ctx)
    QTest.keyClicks(dialog.recipient, "Maria Lima")
    QTest.keyClick(dialog.recipient, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.amount.message.text() == "Type an amount."
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert [name for name, _text, _detail in shown] == ["discardTypedConfirm"]
    assert dialog.isVisible(), "kept: the person did not say Discard"
    assert dialog.recipient.text() == "Maria Lima"
    settle(qtbot, desk.ctx)
    assert written(desk)["voucher"] == 0


def test_a_voucher_spent_elsewhere_meanwhile_stops_the_close_with_words(
    qtbot: QtBot, counter: tuple[Desk, Counter]
) -> None:
    desk, c = counter
    code = sell(desk.store, 30_000)
    voucher_id = state(desk.store, c.studio_id, code).id
    draft = paid_with(c, voucher_id, 20_000)  # taken on this ticket while the voucher held R$ 300
    ops.write_draft(desk.store, draft)
    other = paid_with(c, voucher_id, 30_000)
    other.appointment_id = None
    ops.close_ticket(other, business_date=DAY).write(desk.store)  # another ticket spent it all meanwhile
    dialog = PaymentDialog(desk.ctx, draft, ticket.totals(draft, {}), {c.artist_id: "Rafa Lima"})
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, desk.ctx)
    before = written(desk)
    assert dialog.close_button.isEnabled()
    dialog.close_button.click()
    qtbot.waitUntil(dialog.form_error.isVisible, timeout=10_000)
    assert dialog.form_error.text() == (
        f"The ticket is not closed: The voucher {code} is spent: nothing is left on it."
    )
    assert dialog.isVisible()
    settle(qtbot, desk.ctx)
    assert written(desk) == before, "nothing written"


def test_the_card_opens_at_its_full_size_and_fits_a_1024x600_screen(
    qtbot: QtBot, counter: tuple[Desk, Counter]
) -> None:
    desk, c = counter
    code = sell(desk.store, 30_000)
    card = VoucherCardDialog(desk.ctx, state(desk.store, c.studio_id, code).id)
    qtbot.addWidget(card)
    before = card.sizeHint()  # what the dialog is placed with, before the card is read
    with qtbot.waitSignal(card.loaded, timeout=10_000):
        card.show()
    assert card.status.text() == f"Voucher {code}: print it, or save it to send."
    after = card.sizeHint()
    assert after.height() <= before.height() + 4, "the dialog grew once the card was read (it went off the screen)"
    assert after.width() <= before.width() + 4
    assert after.height() <= 520, "the card, its words and its buttons fit 600 px less the taskbar"


def test_cash_short_of_the_voucher_is_said_whole_under_received(qtbot: QtBot, counter: tuple[Desk, Counter]) -> None:
    desk, _c = counter
    dialog = VoucherDialog(desk.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, desk.ctx)
    dialog.amount.setText("100.00")
    dialog.money.received.setText("50")
    dialog.sell_button.click()  # a hurried sale: less cash than the voucher
    message = dialog.money.received.message
    qtbot.waitUntil(message.isVisible)
    assert message.text() == "Less than the voucher: the buyer hands over at least R$100.00."
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))
    below = dialog.sell_button.mapTo(dialog, dialog.sell_button.rect().topLeft()).y()
    assert message.mapTo(dialog, message.rect().bottomLeft()).y() < below, "the words end above the buttons"
    assert sql(desk, "SELECT id FROM voucher") == []
