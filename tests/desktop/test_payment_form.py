"""The payment dialog's form as a receptionist meets it (a real desk, the demo studio's SQLite
file): once the ticket is paid in full the payment's fields and "Add payment" give way so that
"Close ticket" is the one main button; a payment taken back brings them back. Digits typed
where the amount waits go into the amount (the method keys 1..5 act only outside text)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from shiboken6 import isValid
from sqlalchemy import select

from kronos_core import ticket
from kronos_core.demo import DemoStudio
from kronos_core.schema import sale, staff
from kronos_desktop.app import Desk
from kronos_desktop.ui.checkout.payment_dialog import PaymentDialog
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def open_dialog(qtbot: Any, desk: Desk, demo: DemoStudio, window: MainWindow) -> Any:
    """The dialog opened over the desk's window as the ticket page opens it (``open()``)."""
    with desk.store.read_engine.connect() as conn:
        names = dict(conn.execute(select(staff.c.id, staff.c.display_name)).all())
    artists = {a: names[a] for a in demo.artist_ids}
    made: list[PaymentDialog] = []

    def make(price: int = 150_000) -> PaymentDialog:
        lines = [ticket.DraftLine(uuid.uuid4(), "service", "Fechamento de braço", demo.artist_ids[0], None, 1, price)]
        draft = ticket.TicketDraft(ticket_id=uuid.uuid4(), client_id=None, appointment_id=None, lines=lines)
        dialog = PaymentDialog(desk.ctx, draft, ticket.totals(draft, {}), artists, window)
        made.append(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        settle(qtbot, desk.ctx)
        return dialog

    yield make
    qtbot.waitUntil(lambda: not desk.ctx.runner.busy, timeout=10_000)
    for dialog in made:
        if not isValid(dialog):  # gone with the window
            continue
        dialog.done(0)
        dialog.deleteLater()


def main_buttons(dialog: PaymentDialog) -> list[str]:
    """The primary (filled) buttons a person sees."""
    return [
        b.objectName() for b in dialog.findChildren(QPushButton) if b.isVisible() and b.property("kind") == "primary"
    ]


def test_paid_in_full_leaves_close_ticket_the_one_main_button(qtbot: Any, desk: Desk, open_dialog: Any) -> None:
    dialog: PaymentDialog = open_dialog()
    assert sorted(main_buttons(dialog)) == ["paymentAdd", "paymentCloseTicket"]
    assert dialog.form.amount.isVisible()
    QTest.keyClick(dialog.form.amount, Qt.Key.Key_Return)  # cash, the whole bill
    assert dialog.left_label.text() == "Paid in full"
    assert main_buttons(dialog) == ["paymentCloseTicket"]
    assert not dialog.form.amount.isVisible()
    assert not dialog.form.add_button.isVisible()
    assert not any(b.isEnabled() for b in dialog.form.method_buttons.values())
    assert dialog.form.paid_note.isVisible()
    assert dialog.form.paid_note.text().startswith("Nothing is left to pay")
    assert QApplication.focusWidget() is dialog.close_button
    QTest.keyClick(dialog.close_button, Qt.Key.Key_Return)  # Enter never records the sale
    QTest.keyClick(dialog, Qt.Key.Key_3)  # nor does a method key open the form again
    assert dialog.isVisible()
    assert dialog.form.method() == "cash"
    assert not dialog.form.amount.isVisible()
    with desk.store.read_engine.connect() as conn:
        assert conn.execute(select(sale.c.id).where(sale.c.id == dialog.draft.ticket_id)).first() is None

    dialog.rows.table.selectRow(0)
    dialog.rows.remove_button.click()  # the payment taken back: the form is there again
    assert dialog.left_label.text() == "Left to pay R$1,500.00"
    assert dialog.form.amount.isVisible()
    assert dialog.form.amount.text() == "1,500.00"
    assert all(b.isEnabled() for b in dialog.form.method_buttons.values())
    assert not dialog.form.paid_note.isVisible()
    assert sorted(main_buttons(dialog)) == ["paymentAdd", "paymentCloseTicket"]


def test_a_tip_after_paid_in_full_opens_the_form_for_it(qtbot: Any, open_dialog: Any) -> None:
    dialog: PaymentDialog = open_dialog()
    QTest.keyClick(dialog.form.amount, Qt.Key.Key_Return)
    assert not dialog.form.amount.isVisible()
    dialog.tips.amount.setFocus()
    QTest.keyClicks(dialog.tips.amount, "50")
    QTest.keyClick(dialog.tips.amount, Qt.Key.Key_Return)  # adds the tip
    assert dialog.left_label.text() == "Left to pay R$50.00"
    assert dialog.form.amount.isVisible()
    assert dialog.form.amount.text() == "50.00"


def test_digits_typed_on_opening_go_into_the_amount(qtbot: Any, open_dialog: Any) -> None:
    dialog: PaymentDialog = open_dialog()
    focused = QApplication.focusWidget()
    assert focused is dialog.form.amount
    QTest.keyClicks(focused, "200")  # as typed on the keyboard: to what has the focus
    assert dialog.form.amount.text() == "200"
    assert dialog.form.method() == "cash"  # "2" chose no method
    dialog.form.method_buttons["cash"].setFocus()
    QTest.keyClick(dialog.form.method_buttons["cash"], Qt.Key.Key_2)  # outside a text field: a method key
    assert dialog.form.method() == "credit"
    assert QApplication.focusWidget() is dialog.form.amount
