"""The Caixa's day page with the ticket around it, on the demo studio's real desk file: the
chosen sale's actions (Receipt…, Refund payment…, Void sale…) in the list's context menu, in the
header's Sale menu and on their keys, each disabled with its reason for a role that may not; the
day's figures under the sales, the list still showing several rows at 1024x600; a draft kept
reads only the open tickets, never the day again."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.ticket import DraftLine, DraftPayment, TicketDraft
from kronos_desktop.app import Desk
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.store.queries import checkout as checkout_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.ui.checkout.receipt_dialog import ReceiptDialog
from kronos_desktop.ui.checkout.refund_dialog import RefundDialog
from kronos_desktop.ui.checkout.view import CheckoutView
from kronos_desktop.ui.checkout.void_dialog import VoidDialog
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import select_row
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"  # the words as written in the code; pt_BR's come with the translations


def close_sale(desk: Desk, total: int, method: str = "cash") -> uuid.UUID:
    """A retail ticket of ``total`` closed today on the desk, paid at once (what the payment dialog does)."""
    draft = TicketDraft(
        ticket_id=uuid7(),
        client_id=None,
        appointment_id=None,
        lines=[DraftLine(uuid7(), "service", "Flash, ankle", None, None, 1, total)],
        payments=[DraftPayment(uuid7(), method, total)],  # type: ignore[arg-type]
    )
    checkout_ops.close_ticket(draft, business_date=desk.ctx.today()).write(desk.store)
    desk.hub.notify({"sale": {draft.ticket_id}, "payment": set()})
    return draft.ticket_id


@pytest.fixture
def caixa(qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio) -> CheckoutView:
    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Owner")
    window.show_section("checkout")
    settle(qtbot, desk.ctx)
    return window.checkout


def modal_of(qtbot: Any, kind: type[QDialog]) -> Any:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


def test_the_chosen_sales_actions_in_its_menu_the_header_and_on_keys(
    qtbot: Any, desk: Desk, window: MainWindow, caixa: CheckoutView, demo: DemoStudio
) -> None:
    sale_id = close_sale(desk, 12_000)
    settle(qtbot, desk.ctx)
    actions = caixa.sale_actions
    caixa.table.clearSelection()
    assert not actions.receipt.isEnabled()
    assert actions.receipt.toolTip() == "Choose a sale in the list first."
    assert select_row(caixa.table, caixa.model, sale_id)
    names = ["saleReceiptAction", "saleRefundAction", "saleVoidAction"]
    assert [a.objectName() for a in caixa.table.actions()] == names  # the list's context menu
    assert caixa.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    menu = caixa.sale_button.menu()
    assert menu is not None
    assert [a.objectName() for a in menu.actions()] == names  # the header's Sale menu
    assert all(a.isEnabled() for a in menu.actions())

    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    caixa.table.setFocus()
    QTest.keyClick(caixa.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Ctrl+R: its receipt
    receipt = modal_of(qtbot, ReceiptDialog)
    assert receipt.sale_id == sale_id
    receipt.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)

    menu.actions()[1].trigger()  # Refund payment…, from the header's menu
    refund = modal_of(qtbot, RefundDialog)
    refund.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    caixa.table.setFocus()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(caixa.table, Qt.Key.Key_Delete, shift_ctrl)  # Ctrl+Shift+Del: Void sale…
    void = modal_of(qtbot, VoidDialog)
    void.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)

    desk.ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "Reception")  # may not refund nor void
    settle(qtbot, desk.ctx)
    assert select_row(caixa.table, caixa.model, sale_id)
    assert actions.receipt.isEnabled()
    for action in (actions.refund, actions.void):
        assert not action.isEnabled()
        assert action.toolTip().startswith("Not for your role (Receptionist)")


def test_the_days_figures_under_the_sales_at_1024x600(
    qtbot: Any, desk: Desk, window: MainWindow, caixa: CheckoutView
) -> None:
    for amount in (10_000, 20_000, 30_000, 40_000, 50_000, 60_000):
        close_sale(desk, amount, "pix" if amount > 30_000 else "cash")
    window.resize(1024, 600)
    qtbot.wait(50)
    settle(qtbot, desk.ctx)
    with desk.store.read_engine.connect() as conn:
        studio = desk_q.here(conn).studio_id
        assert studio is not None
        figures = checkout_q.day_figures(conn, studio, caixa.day())
    assert figures.sales_count >= 6
    assert caixa.figures.figures == figures
    assert caixa.figures.isVisible()
    assert caixa.summary_panel.values["net"].text() == fmt.money_text(figures.net, "BRL")  # net of refunds
    visible = caixa.table.viewport().rect()
    index = caixa.model.index
    rows = sum(1 for row in range(caixa.model.rowCount()) if visible.contains(caixa.table.visualRect(index(row, 0))))
    assert rows >= 5, rows  # the sales still read at a glance
    top = caixa.figures.mapTo(window, QPoint(0, 0))
    assert top.y() + 40 < window.height()  # the figures start in sight


def test_a_draft_kept_reads_only_the_open_tickets(qtbot: Any, desk: Desk, caixa: CheckoutView) -> None:
    days: list[object] = []
    read_day = caixa.read_day

    def counted(conn: Any, day: Any, asker: Any) -> Any:
        days.append(day)
        return read_day(conn, day, asker)

    caixa.read_day = counted  # type: ignore[method-assign]
    draft = TicketDraft(uuid7(), None, None, [DraftLine(uuid7(), "service", "Flash", None, None, 1, 9_000)])
    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        desk.ctx.runner.run(checkout_ops.save_draft(draft))
    qtbot.waitUntil(lambda: caixa.open_button.text() == "Open tickets (1)", timeout=10_000)
    settle(qtbot, desk.ctx)
    assert days == []  # the day's sales were not read again
    (action,) = caixa.open_menu.actions()
    assert action.text().startswith("No client · R$90.00")
    close_sale(desk, 5_000)  # a sale: the day is read again (its open tickets with it)
    settle(qtbot, desk.ctx)
    assert days == [caixa.day()]
