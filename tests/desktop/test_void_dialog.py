"""Voiding a closed sale from the Caixa's day list (ui/checkout/void_dialog.py through
sale_actions.install_sale_actions on the real CheckoutView) on a real desk file: the dialog lists
each payment with what it still holds and the total to refund, a reason is required, the sale
becomes void and every payment is refunded, the day's figures drop by exactly that; the actions
follow the chosen sale and the role (a receptionist cannot, told why); a reprint after a refund
shows the refund. In English (the messages are asserted in the source language)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kronos_core import instants
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ops import checkout as ops
from kronos_desktop.ui.checkout.receipt_dialog import ReceiptDialog
from kronos_desktop.ui.checkout.refund_dialog import RefundDialog
from kronos_desktop.ui.checkout.sale_actions import SaleActions, install_sale_actions
from kronos_desktop.ui.checkout.view import CheckoutView, SalesModel
from kronos_desktop.ui.checkout.void_dialog import VoidDialog
from kronos_desktop.ui.common import fmt
from tests.desktop.checkout_rows import DAY
from tests.desktop.reads import settle
from tests.desktop.receipt_sales import Closed, amount_after, money_value, pdf_pages
from tests.desktop.test_accessibility import unnamed
from tests.desktop.test_refund_dialog import NOT_FOR_RECEPTIONISTS, db_rows, sold

__all__ = ["sold"]  # the fixture, shared with the refund dialog's tests
pytestmark = pytest.mark.usefixtures("shown")  # a message box is recorded, never left waiting


@pytest.fixture
def language() -> str:
    return "en"


def caixa(qtbot: QtBot, desk: Desk) -> tuple[CheckoutView, SaleActions]:
    view = CheckoutView(desk.ctx)
    installed = getattr(view, "sale_actions", None)  # the view installs them itself once it does
    actions = installed if isinstance(installed, SaleActions) else install_sale_actions(view)
    qtbot.addWidget(view)
    view.resize(1024, 560)
    view.show()
    qtbot.waitExposed(view)
    view.navigator.set_day(DAY)
    settle(qtbot, desk.ctx)
    return view, actions


def received_shown(view: CheckoutView) -> int:
    """What the day's headline says was received (net of refunds, when the view shows that)."""
    values = view.summary_panel.values
    label = values.get("net") or values["received_total"]
    return money_value(label.text())


def opened_void(qtbot: QtBot, actions: SaleActions) -> VoidDialog:
    dialog = actions.open_void()
    assert isinstance(dialog, VoidDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10_000)
    return dialog


@pytest.fixture
def on_the_sales_day() -> Iterator[None]:
    """The desk's clock at 16:00 in São Paulo on the sale's day: a void's refunds are the day's
    it is done on, and the test reads that day (DAY is fixed; the suite runs on any date)."""
    saved = instants.clock_offset()
    at = dt.datetime.combine(DAY, dt.time(16), tzinfo=ZoneInfo("America/Sao_Paulo"))
    instants.set_clock_offset(at - dt.datetime.now(dt.UTC))
    yield
    instants.set_clock_offset(saved)


@pytest.mark.usefixtures("on_the_sales_day")
def test_a_void_refunds_every_payment_and_the_day_shows_it(qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]) -> None:
    desk, closed, _ = sold
    ops.refund_payment(closed.card_id, 10_000, reason="Pomada devolvida", business_date=DAY).write(desk.store)
    view, actions = caixa(qtbot, desk)
    received_before = received_shown(view)
    assert view.summary_panel.values["sales_count"].text() == "1"
    assert not actions.void.isEnabled()
    assert actions.void.toolTip() == "Choose a sale in the list first."
    view.table.selectRow(0)
    for action in (actions.receipt, actions.refund, actions.void):
        assert action.isEnabled(), action.objectName()
    assert [a.objectName() for a in view.table.actions()] == ["saleReceiptAction", "saleRefundAction", "saleVoidAction"]

    dialog = opened_void(qtbot, actions)
    assert not unnamed(dialog), "every control has a name a screen reader says"
    assert dialog.primary_button() is None, "Enter never voids"
    assert dialog.sale_label.text() == "A-000001 · Ana Souza · R$810.00"
    assert dialog.payments.text().splitlines() == [
        "Credit card · Visa · 3x: R$320.00",  # R$ 420 less the R$ 100 given back already
        "Pix: R$100.00",
        "Cash: R$110.00",  # what went to the ticket, not the R$ 150 handed over
    ]
    assert dialog.total.text() == "R$530.00"
    assert dialog.rest.text().splitlines() == [  # why R$ 530 of a R$ 810 sale
        "The deposit applied (R$200.00) is not refunded: it goes back to Ana Souza's held deposits.",
        "R$100.00 was refunded earlier.",
    ]
    dialog.void_button.click()
    assert dialog.reason_problem.text() == "Say why: the owner reads it later."
    qtbot.wait(200)
    assert db_rows(desk, "SELECT status FROM sale WHERE id = ?", closed.sale_id.hex) == [{"status": "closed"}]

    dialog.reason.setText("Lançada na cliente errada")
    with qtbot.waitSignal(dialog.acted, timeout=10_000):
        dialog.void_button.click()
    (sale,) = db_rows(desk, "SELECT status, void_reason FROM sale WHERE id = ?", closed.sale_id.hex)
    assert sale == {"status": "void", "void_reason": "Lançada na cliente errada"}
    held = db_rows(
        desk,
        "SELECT p.id, p.amount + p.tip + COALESCE((SELECT SUM(r.amount) FROM payment r WHERE r.refund_of = p.id), 0)"
        " AS left FROM payment p WHERE p.sale_id = ? AND p.refund_of IS NULL",
        closed.sale_id.hex,
    )
    assert [r["left"] for r in held] == [0, 0, 0], "every payment given back whole"
    deposit = db_rows(desk, "SELECT status FROM deposit WHERE id = ?", closed.deposit_id.hex)
    assert deposit == [{"status": "held"}], "the deposit is the client's again, as the dialog said"

    qtbot.waitUntil(lambda: view.summary is not None and view.summary.sales_count == 0, timeout=10_000)
    assert view.summary_panel.values["sales_count"].text() == "0"
    assert view.summary_panel.values["sales_total"].text() == fmt.money_text(0)
    assert received_before - received_shown(view) == 53_000, "the day's takings drop by what was refunded"
    assert view.model.index(0, SalesModel.Col.STATUS).data() == "Void"
    view.table.selectRow(0)
    cancelled = "This sale was cancelled already: its payments were refunded."
    for action in (actions.refund, actions.void):
        assert not action.isEnabled()
        assert action.toolTip() == cancelled
    assert actions.receipt.isEnabled(), "its receipt (saying VOID) can still be printed"


def test_a_receptionist_cannot_refund_or_void(qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]) -> None:
    desk, closed, receptionist = sold
    desk.store.set_member(receptionist)
    desk.ctx.who.set(receptionist, Role.RECEPTIONIST, "Bia Reis")
    view, actions = caixa(qtbot, desk)
    view.table.selectRow(0)
    assert actions.receipt.isEnabled()
    for action in (actions.refund, actions.void):
        assert not action.isEnabled()
        assert action.toolTip() == NOT_FOR_RECEPTIONISTS
    assert actions.open_void() is None
    assert actions.open_refund() is None

    dialog = VoidDialog(desk.ctx, closed.sale_id)  # even opened some other way
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    assert dialog.notice.text() == NOT_FOR_RECEPTIONISTS
    assert not dialog.void_button.isEnabled()
    dialog.reason.setText("Teste")
    dialog.submit()
    qtbot.wait(200)
    assert db_rows(desk, "SELECT status FROM sale WHERE id = ?", closed.sale_id.hex) == [{"status": "closed"}]
    dialog.hide()

    owner = closed_owner(desk)
    desk.store.set_member(owner)
    desk.ctx.who.set(owner, Role.OWNER, "Marina Costa")  # the owner steps up
    settle(qtbot, desk.ctx)  # the day is read again for her
    view.table.selectRow(0)
    assert actions.void.isEnabled()
    assert actions.refund.isEnabled()


def open_now(actions: SaleActions) -> object:
    return actions.dialog


def closed_owner(desk: Desk) -> uuid.UUID:
    return uuid.UUID(db_rows(desk, "SELECT id FROM staff WHERE display_name = 'Marina Costa'")[0]["id"])


def test_the_shortcuts_open_the_receipt_and_a_reprint_shows_the_refund(
    qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID], tmp_path: Path
) -> None:
    desk, _closed, _ = sold
    view, actions = caixa(qtbot, desk)
    view.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    view.table.selectRow(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # type: ignore[no-untyped-call]
    refund = open_now(actions)
    assert isinstance(refund, RefundDialog), "Ctrl+Shift+R: Refund payment…"
    qtbot.waitUntil(lambda: refund.detail is not None, timeout=10_000)
    refund.reason.setText("Desconto esquecido")
    refund.amount.setText("50")  # of the card, chosen first
    with qtbot.waitSignal(refund.acted, timeout=10_000):
        refund.refund_button.click()
    settle(qtbot, desk.ctx)
    assert open_now(actions) is None, "the refund dialog closed"
    view.table.selectRow(0)  # the day was read again
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    view.table.setFocus()

    qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    receipt = open_now(actions)
    assert isinstance(receipt, ReceiptDialog)
    qtbot.waitUntil(lambda: receipt.detail is not None, timeout=10_000)
    with qtbot.waitSignal(receipt.saved, timeout=10_000):
        receipt.save_pdf(tmp_path / "again.pdf")
    _sizes, text = pdf_pages(tmp_path / "again.pdf")
    assert "Refunds" in text
    assert amount_after(text, "Refunded") == -5_000
    receipt.hide()


def test_enter_in_the_reason_never_voids_the_mnemonic_does(qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]) -> None:
    """Voiding cannot be taken back: Enter in the reason (what a person presses after typing it)
    leaves the dialog as it was and the sale closed; Alt+V (the button's underlined letter) voids."""
    desk, closed, _ = sold
    dialog = VoidDialog(desk.ctx, closed.sale_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    assert dialog.void_button.text() == "&Void sale"
    assert not dialog.void_button.isDefault()
    qtbot.keyClicks(dialog.reason, "cliente errado")  # type: ignore[no-untyped-call]
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(dialog.reason, key)  # type: ignore[no-untyped-call]
    qtbot.wait(300)
    assert dialog.isVisible()
    assert dialog.reason.text() == "cliente errado"
    assert db_rows(desk, "SELECT status FROM sale WHERE id = ?", closed.sale_id.hex) == [{"status": "closed"}]
    assert db_rows(desk, "SELECT COUNT(*) AS n FROM payment WHERE refund_of IS NOT NULL") == [{"n": 0}]
    with qtbot.waitSignal(dialog.acted, timeout=10_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # type: ignore[no-untyped-call]
    assert db_rows(desk, "SELECT status FROM sale WHERE id = ?", closed.sale_id.hex) == [{"status": "void"}]
