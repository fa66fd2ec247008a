"""The drawer opens by itself when cash moves (ui/checkout/auto_kick.py), on the demo studio's desk
in its main window: a ticket charged in cash through the payment dialog sends python-escpos's
Dummy printer exactly the ESC/POS pulse, once; a card-only ticket sends nothing; a cash out
(sangria) from the drawer's strip and a gift voucher sold for cash send it; a desk without a
drawer printer, or with "Open the drawer when cash is taken" turned off on the settings page,
sends nothing and says nothing; a printer that is off says so in the status bar, and the sale is
stored; a close the desk refuses opens nothing. In English.

The desk's settings file is the test's own (``KRONOS_CONFIG_DIR``); the printer the settings name
is never reached: the kicker's ``make_printer`` hands the Dummy (a boundary we do not own)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from escpos.constants import CD_KICK_2  # type: ignore[import-untyped]
from escpos.printer import Dummy  # type: ignore[import-untyped]
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from sqlalchemy import func, select

from kronos_core.ids import uuid7
from kronos_core.schema import cash_movement, payment, sale
from kronos_core.ticket import DraftLine, DraftPayment, TicketDraft
from kronos_desktop.app import Desk
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.settings import open_settings
from kronos_desktop.ui.checkout.auto_kick import ON_CASH_KEY
from kronos_desktop.ui.checkout.drawer_dialogs import CashMoveDialog
from kronos_desktop.ui.checkout.payment_dialog import PaymentDialog
from kronos_desktop.ui.checkout.receipt_dialog import ReceiptDialog
from kronos_desktop.ui.checkout.ticket_line_dialog import ServiceLineDialog
from kronos_desktop.ui.checkout.view import CheckoutView
from kronos_desktop.ui.checkout.voucher_dialog import VoucherDialog
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.settings.drawer_printer_page import DrawerPrinterPage
from tests.desktop.reads import settle

pytestmark = pytest.mark.usefixtures("shown")
PULSE = b"\x1bp\x00" + bytes([50, 50])  # ESC p 0, then the on and off times python-escpos sends
PRINTER = "network:192.168.0.50"  # what the settings name (the Dummy stands in for it)
FAILED = "The drawer did not open: its printer did not answer. Nothing was lost."


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QSettings:
    """This test's own settings file: no drawer printer until a test sets one."""
    monkeypatch.setenv("KRONOS_CONFIG_DIR", str(tmp_path / "config"))
    return open_settings()


@pytest.fixture
def caixa(qtbot: Any, window: MainWindow, desk: Desk, settings: QSettings) -> CheckoutView:
    window.show_section("checkout")
    settle(qtbot, desk.ctx)
    return window.checkout


class PrinterOff:
    """A printer that does not answer (as python-escpos raises when the device is not there)."""

    def cashdraw(self, _pin: int) -> None:
        raise OSError("[Errno 113] No route to host")

    def close(self) -> None:
        pass


def with_printer(settings: QSettings, caixa: CheckoutView, device: Any, value: str = PRINTER) -> None:
    settings.setValue("drawer/printer", value)
    settings.sync()
    caixa.auto_kick.kicker.make_printer = lambda: device


def modal(kind: type[QDialog]) -> Any:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind), dialog
    return dialog


def type_into(widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)


def charge(qtbot: Any, desk: Desk, caixa: CheckoutView, method: str) -> None:
    """A R$ 120 ticket rung up and charged through the payment dialog: in cash (R$ 150 handed
    over, R$ 30 change) or by credit card; closed, its receipt offered and closed."""
    caixa.new_button.click()
    settle(qtbot, desk.ctx)
    caixa.ticket_page.add_service.click()
    line = modal(ServiceLineDialog)
    type_into(line.description, "Flash, ankle")
    type_into(line.price, "120")
    line.ok_button.click()
    page = caixa.ticket_page
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter: Charge
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PaymentDialog), timeout=5000)
    dialog = modal(PaymentDialog)
    settle(qtbot, desk.ctx)
    QTest.mouseClick(dialog.form.method_buttons[method], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    if method == "cash":
        type_into(dialog.form.received, "150")
        QTest.keyClick(dialog.form.received, Qt.Key.Key_Return)  # adds the payment
    else:
        dialog.form.brand.setCurrentIndex(dialog.form.brand.findData("visa"))
        QTest.keyClicks(dialog.form.auth_code, "654321")
        QTest.mouseClick(dialog.form.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.close_button.isEnabled, timeout=5000)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not caixa.showing_ticket(), timeout=10_000)
    settle(qtbot, desk.ctx)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReceiptDialog), timeout=5000)
    modal(ReceiptDialog).close_button.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)


def quiet(qtbot: Any, desk: Desk, caixa: CheckoutView) -> None:
    """Everything written and read, and a kick, had one started, done."""
    qtbot.waitUntil(lambda: not desk.ctx.runner.busy, timeout=10_000)
    settle(qtbot, desk.ctx)
    qtbot.wait(300)  # a kick would have gone out by now (the Dummy answers at once)
    qtbot.waitUntil(lambda: not caixa.auto_kick.kicker.busy, timeout=10_000)


def count(desk: Desk, table: Any, *where: Any) -> int:
    with desk.store.read_engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def test_a_ticket_paid_in_cash_opens_the_drawer_once(
    qtbot: Any, desk: Desk, window: MainWindow, caixa: CheckoutView, settings: QSettings
) -> None:
    printer = Dummy()
    with_printer(settings, caixa, printer)
    cash_before = count(desk, payment, payment.c.method == "cash")
    with qtbot.waitSignal(caixa.auto_kick.kicker.kicked, timeout=10_000):
        charge(qtbot, desk, caixa, "cash")
    quiet(qtbot, desk, caixa)
    assert count(desk, payment, payment.c.method == "cash") == cash_before + 1
    assert printer.output == PULSE == CD_KICK_2, "exactly one pulse"
    assert window.statusBar().currentMessage() == ""


def test_a_ticket_paid_by_card_only_leaves_the_drawer_shut(
    qtbot: Any, desk: Desk, caixa: CheckoutView, settings: QSettings
) -> None:
    printer = Dummy()
    with_printer(settings, caixa, printer)
    sales_before = count(desk, sale)
    charge(qtbot, desk, caixa, "credit")
    quiet(qtbot, desk, caixa)
    assert count(desk, sale) == sales_before + 1
    assert printer.output == b""


def test_a_cash_out_opens_the_drawer(qtbot: Any, desk: Desk, caixa: CheckoutView, settings: QSettings) -> None:
    printer = Dummy()
    with_printer(settings, caixa, printer)
    panel = caixa.drawer_panel
    qtbot.waitUntil(lambda: panel.buttons["cash_out"].isVisible(), timeout=10_000)  # the demo opened its today
    QTest.mouseClick(panel.buttons["cash_out"], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, CashMoveDialog)
    type_into(dialog.amount, "20.00")
    type_into(dialog.reason, "Paid the cleaner")
    with qtbot.waitSignal(caixa.auto_kick.kicker.kicked, timeout=10_000):
        QTest.mouseClick(dialog.findChild(QPushButton, "cashMoveButton"), Qt.MouseButton.LeftButton)
    quiet(qtbot, desk, caixa)
    assert count(desk, cash_movement, cash_movement.c.reason == "Paid the cleaner") == 1
    assert printer.output == PULSE


def test_a_gift_voucher_sold_for_cash_opens_the_drawer(
    qtbot: Any, desk: Desk, caixa: CheckoutView, settings: QSettings
) -> None:
    printer = Dummy()
    with_printer(settings, caixa, printer)
    sold_for_cash = (payment.c.for_voucher_id.is_not(None), payment.c.method == "cash")
    before = count(desk, payment, *sold_for_cash)
    dialog = VoucherDialog(desk.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, desk.ctx)
    dialog.amount.setText("150.00")
    dialog.buyer.setText("João Lima")
    dialog.money.received.setText("200")  # cash is the money's first method: R$ 50 change
    dialog.money.received.editingFinished.emit()
    with qtbot.waitSignal(caixa.auto_kick.kicker.kicked, timeout=10_000):
        dialog.sell_button.click()
    quiet(qtbot, desk, caixa)
    assert count(desk, payment, *sold_for_cash) == before + 1
    assert printer.output == PULSE


def test_without_a_drawer_printer_nothing_is_sent_nor_said(
    qtbot: Any, desk: Desk, window: MainWindow, caixa: CheckoutView, settings: QSettings
) -> None:
    printer = Dummy()
    with_printer(settings, caixa, printer, value="")  # "None (open the drawer with its key)"
    charge(qtbot, desk, caixa, "cash")
    quiet(qtbot, desk, caixa)
    assert printer.output == b""
    assert window.statusBar().currentMessage() == ""
    assert not caixa.drawer_panel.message.isVisible()


def test_turned_off_on_the_settings_page_nothing_is_sent(
    qtbot: Any, desk: Desk, caixa: CheckoutView, settings: QSettings
) -> None:
    printer = Dummy()
    with_printer(settings, caixa, printer)
    page = DrawerPrinterPage(open_settings())
    qtbot.addWidget(page)
    page.show()
    assert page.on_cash.isVisible(), "beside the printer once one is set"
    assert page.on_cash.isChecked(), "on by default"
    page.on_cash.click()
    page.save_button.click()
    assert open_settings().value(ON_CASH_KEY) in (False, "false")
    charge(qtbot, desk, caixa, "cash")
    quiet(qtbot, desk, caixa)
    assert printer.output == b""


def test_a_printer_that_is_off_is_said_in_the_status_bar_and_the_sale_is_stored(
    qtbot: Any, desk: Desk, window: MainWindow, caixa: CheckoutView, settings: QSettings
) -> None:
    with_printer(settings, caixa, PrinterOff())
    sales_before = count(desk, sale)
    with qtbot.waitSignal(caixa.auto_kick.kicker.failed, timeout=10_000):
        charge(qtbot, desk, caixa, "cash")
    quiet(qtbot, desk, caixa)
    assert window.statusBar().currentMessage() == FAILED
    assert count(desk, sale) == sales_before + 1
    assert not caixa.showing_ticket(), "the ticket closed as ever"


def test_a_refused_close_opens_nothing(qtbot: Any, desk: Desk, caixa: CheckoutView, settings: QSettings) -> None:
    printer = Dummy()
    with_printer(settings, caixa, printer)
    draft = TicketDraft(ticket_id=uuid7(), client_id=None, appointment_id=None,
                        lines=[DraftLine(uuid7(), "product", "Pomada cicatrizante", None, None, 1, 4_500)])  # fmt: skip
    draft.payments = [DraftPayment(uuid7(), "cash", 2_000, 0, cash_tendered=2_000)]  # R$ 25 short
    refused: list[BaseException] = []
    op = checkout_ops.close_ticket(draft, business_date=desk.ctx.today()).failure(refused.append)
    desk.ctx.runner.run(op)
    qtbot.waitUntil(lambda: bool(refused), timeout=10_000)
    quiet(qtbot, desk, caixa)
    assert isinstance(refused[0], checkout_ops.CheckoutRefused)
    assert count(desk, sale, sale.c.id == draft.ticket_id) == 0
    assert printer.output == b""
