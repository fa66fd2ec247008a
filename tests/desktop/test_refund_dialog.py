"""Refunding one payment of a closed sale (ui/checkout/refund_dialog.py) on a real desk file: the
payments that hold money offered with their method, the amount up to what the payment still holds
(above it: said at the field, nothing recorded), a reason required, the refund a new negative
payment pointing back with its reason and who did it; what is left the next time; a receptionist
cannot (the dialog and the Caixa's action say why); a reprint after the refund shows it. In
English (the messages are asserted in the source language)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ui.checkout.refund_dialog import RefundDialog, index_of
from tests.desktop.checkout_rows import open_counter
from tests.desktop.reads import settle
from tests.desktop.receipt_sales import Closed, close_full_ticket
from tests.desktop.test_accessibility import unnamed

pytestmark = pytest.mark.usefixtures("shown")  # a message box is recorded, never left waiting

NOT_FOR_RECEPTIONISTS = "Not for your role (Receptionist): only Owner, Manager can do this."


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def sold(tmp_path: Path, translated: str) -> Iterator[tuple[Desk, Closed, uuid.UUID]]:
    """Ana's R$ 810 ticket closed at Marina's desk (close_full_ticket: a Visa 3x R$ 400 + R$ 20
    tip, PIX R$ 100, cash R$ 110), and Bia, a receptionist; Marina (owner) at the desk."""
    store, c = open_counter(tmp_path / "data")
    closed = close_full_ticket(store, c)
    receptionist = uuid7()
    store.apply("staff.add", {"staff_id": receptionist, "display_name": "Bia Reis", "role": "receptionist"})
    desk = Desk(store, translated)
    desk.store.set_member(c.owner_id)
    desk.ctx.who.set(c.owner_id, Role.OWNER, "Marina Costa")
    yield desk, closed, receptionist
    desk.close()


def db_rows(desk: Desk, sql: str, *params: Any) -> list[dict[str, Any]]:
    conn = sqlite3.connect(desk.store.path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def refunds_of(desk: Desk, payment_id: uuid.UUID) -> list[dict[str, Any]]:
    return db_rows(
        desk, "SELECT amount, reason, method, taken_by FROM payment WHERE refund_of = ? ORDER BY received_at",
        payment_id.hex,
    )  # fmt: skip


def opened(qtbot: QtBot, desk: Desk, sale_id: uuid.UUID, payment_id: uuid.UUID | None = None) -> RefundDialog:
    dialog = RefundDialog(desk.ctx, sale_id, payment_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


def test_a_refund_above_what_the_payment_holds_is_refused_at_the_field(
    qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]
) -> None:
    desk, closed, _ = sold
    dialog = opened(qtbot, desk, closed.sale_id, closed.card_id)
    assert not unnamed(dialog), "every control has a name a screen reader says"
    assert dialog.primary_button() is None, "Enter never refunds"
    assert dialog.sale_label.text() == "A-000001 · R$810.00"
    assert dialog.payment.count() == 3, "the card, the PIX and the cash (the deposit's was not this sale's)"
    assert dialog.method.text() == "Credit card · Visa · 3x"
    assert dialog.holds.text() == "It took R$420.00; R$420.00 can still be refunded."
    assert dialog.amount.value() == 42_000, "the whole payment (its tip included) is offered"
    assert dialog.refund_button.isEnabled()

    dialog.amount.setText("420.01")
    assert dialog.amount.message.text() == "At most R$420.00 of this payment can be refunded."
    dialog.reason.setText("Charged twice")
    dialog.refund_button.click()
    qtbot.wait(200)
    assert refunds_of(desk, closed.card_id) == [], "nothing recorded"
    assert dialog.isVisible()

    dialog.amount.setText("100")
    assert not dialog.amount.message.isVisible()
    dialog.reason.setText("  ")
    dialog.refund_button.click()
    assert dialog.reason_problem.text() == "Say why: the owner reads it later."
    qtbot.wait(200)
    assert refunds_of(desk, closed.card_id) == [], "nothing recorded without a reason"

    dialog.reason.setText("Cliente   desistiu da pomada")
    with qtbot.waitSignal(dialog.acted, timeout=10_000):
        dialog.refund_button.click()
    owner = db_rows(desk, "SELECT id FROM staff WHERE display_name = 'Marina Costa'")[0]["id"]
    assert refunds_of(desk, closed.card_id) == [
        {"amount": -10_000, "reason": "Cliente desistiu da pomada", "method": "credit", "taken_by": owner}
    ]
    assert db_rows(desk, "SELECT COUNT(*) AS n FROM audit_event WHERE action = 'payment.refund'") == [{"n": 1}]
    settle(qtbot, desk.ctx)

    again = opened(qtbot, desk, closed.sale_id, closed.card_id)
    assert again.holds.text() == "It took R$420.00, R$100.00 refunded already; R$320.00 can still be refunded."
    assert again.amount.value() == 32_000
    again.amount.setText("320.01")
    assert again.amount.message.text() == "At most R$320.00 of this payment can be refunded."


def test_the_cash_payment_can_be_chosen_and_given_back_whole(
    qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]
) -> None:
    desk, closed, _ = sold
    dialog = opened(qtbot, desk, closed.sale_id)
    dialog.payment.setCurrentIndex(index_of(dialog.payment, closed.cash_id))
    assert dialog.method.text() == "Cash"
    assert dialog.amount.value() == 11_000, "what went to the ticket, never the change"
    dialog.reason.setText("Serviço não realizado")
    with qtbot.waitSignal(dialog.acted, timeout=10_000):
        dialog.refund_button.click()
    assert [r["amount"] for r in refunds_of(desk, closed.cash_id)] == [-11_000]
    settle(qtbot, desk.ctx)
    again = opened(qtbot, desk, closed.sale_id)
    assert index_of(again.payment, closed.cash_id) < 0, "a payment given back whole is no longer offered"
    assert again.payment.count() == 2


def test_a_receptionist_cannot_refund(qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]) -> None:
    desk, closed, receptionist = sold
    desk.store.set_member(receptionist)
    desk.ctx.who.set(receptionist, Role.RECEPTIONIST, "Bia Reis")
    dialog = opened(qtbot, desk, closed.sale_id, closed.card_id)
    assert dialog.notice.isVisible()
    assert dialog.notice.text() == NOT_FOR_RECEPTIONISTS
    assert not dialog.refund_button.isEnabled()
    assert dialog.refund_button.toolTip() == NOT_FOR_RECEPTIONISTS
    dialog.reason.setText("Quero devolver")
    dialog.submit()  # even asked directly, nothing is sent
    qtbot.wait(200)
    assert refunds_of(desk, closed.card_id) == []


def test_enter_never_refunds_the_mnemonic_does(qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]) -> None:
    """A refund cannot be taken back: Enter in the amount or the reason leaves the dialog as it
    was and nothing recorded; Alt+R (the button's underlined letter) refunds."""
    desk, closed, _ = sold
    dialog = opened(qtbot, desk, closed.sale_id, closed.card_id)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    assert dialog.refund_button.text() == "&Refund"
    assert not dialog.refund_button.isDefault()
    dialog.amount.setFocus()
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "100")  # type: ignore[no-untyped-call]
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    qtbot.keyClicks(dialog.reason, "cobrado a mais")  # type: ignore[no-untyped-call]
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    qtbot.wait(300)
    assert dialog.isVisible()
    assert (dialog.amount.value(), dialog.reason.text()) == (10_000, "cobrado a mais")
    assert refunds_of(desk, closed.card_id) == [], "Enter recorded nothing"
    with qtbot.waitSignal(dialog.acted, timeout=10_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # type: ignore[no-untyped-call]
    assert [r["amount"] for r in refunds_of(desk, closed.card_id)] == [-10_000]


def test_the_fields_stay_put_while_messages_come_and_go(qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]) -> None:
    """A message under Amount or Reason appearing or going never moves the fields below it: a
    click aimed at Reason lands in Reason (it used to jump up 18 px under the pointer)."""
    desk, closed, _ = sold
    dialog = opened(qtbot, desk, closed.sale_id, closed.card_id)
    qtbot.wait(50)

    def where() -> list[int]:
        return [w.mapTo(dialog, w.rect().topLeft()).y() for w in (dialog.reason, dialog.refund_button)]

    before = where()
    dialog.amount.setText("600")
    dialog.refund_button.click()  # too much, no reason: both messages shown
    qtbot.wait(50)
    assert dialog.amount.message.isVisible()
    assert dialog.reason_problem.isVisible()
    assert where() == before
    dialog.amount.setText("100")
    dialog.reason.setText("cobrado a mais")
    qtbot.wait(50)
    assert not dialog.amount.message.isVisible()
    assert not dialog.reason_problem.isVisible()
    assert where() == before
