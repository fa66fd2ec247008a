"""The ticket in the Caixa on a real desk (the demo studio's SQLite file): a new ticket with a
service typed and a product found by its SKU, totals as the lines change, the draft kept on the
desk and listed in "Open tickets (n)", reopened as it was, a ticket from a completed booking,
Del and Discard (which asks first), and the way back to the day's sales."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from kronos_core.demo import DemoStudio
from kronos_desktop.app import Desk
from kronos_desktop.store.queries import checkout as checkout_q
from kronos_desktop.ui.checkout.ticket_line_dialog import ServiceLineDialog
from kronos_desktop.ui.checkout.ticket_lines import TicketLinesModel
from kronos_desktop.ui.checkout.view import CheckoutView
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"  # the words as written in the code; pt_BR's come with the translations


def saved(qtbot: Any, desk: Desk) -> list[checkout_q.DraftSummary]:
    """The desk's open tickets once the page's pause and the writer are done."""
    qtbot.wait(450)
    qtbot.waitUntil(lambda: not desk.ctx.runner.busy, timeout=10_000)
    with desk.store.read_engine.connect() as conn:
        return checkout_q.drafts(conn)


def the_dialog(kind: type[QDialog]) -> Any:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind), dialog
    return dialog


def type_into(widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)


def add_service(qtbot: Any, caixa: CheckoutView, description: str, price: str) -> ServiceLineDialog:
    """The service line dialog, filled in and Enter pressed (it stays open when refused)."""
    caixa.ticket_page.add_service.click()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ServiceLineDialog), dialog
    type_into(dialog.description, description)
    type_into(dialog.price, price)
    QTest.keyClick(dialog.price, Qt.Key.Key_Return)  # Enter saves the line
    return dialog


@pytest.fixture
def caixa(qtbot: Any, window: MainWindow, desk: Desk) -> CheckoutView:
    window.show_section("checkout")
    settle(qtbot, desk.ctx)
    return window.checkout


def test_new_ticket_lines_and_totals_kept_as_a_draft(qtbot: Any, desk: Desk, caixa: CheckoutView) -> None:
    assert caixa.open_button.text() == "Open tickets (0)"
    caixa.navigator.setFocus()
    QTest.keyClick(caixa.navigator, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N in the Caixa
    settle(qtbot, desk.ctx)
    page = caixa.ticket_page
    assert caixa.showing_ticket()
    assert page.empty.isVisibleTo(page)
    assert not page.charge_button.isEnabled()

    dialog = add_service(qtbot, caixa, "Fine line, forearm", "1.234,5")  # pt-BR's way, on an English desk
    assert dialog.isVisible()  # refused at the field, nothing added
    assert dialog.price.message.text() == "Not an amount: type it like 1,234.56."
    assert page.model.rowCount() == 0
    type_into(dialog.price, "1,234.5")
    QTest.keyClick(dialog.price, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.model.rowCount() == 1
    assert page.totals_panel.values["due"].text() == "R$1,234.50"
    assert page.charge_button.text() == "Charge R$1,234.50"
    assert page.charge_button.isEnabled()

    drafts = saved(qtbot, desk)
    assert [(d.lines, d.total) for d in drafts] == [(1, 123_450)]
    settle(qtbot, desk.ctx)
    assert caixa.open_button.text() == "Open tickets (1)"


def test_models_pass_qt_checks(qtmodeltester: Any, demo: DemoStudio, translated: str) -> None:
    from kronos_core.ticket import DraftLine

    model = TicketLinesModel()
    lines = [
        DraftLine(uuid.uuid4(), "service", "Session", demo.artist_ids[0], None, 1, 80_000, 5_000, None, "friend"),
        DraftLine(uuid.uuid4(), "product", "Balm", None, uuid.uuid4(), 2, 4_500, 0, 1_000, "promo"),
    ]
    model.set_lines(lines, {demo.artist_ids[0]: "Ana"}, "BRL")
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    assert model.index(0, TicketLinesModel.Col.TOTAL).data() == "R$750.00"
    assert model.index(1, TicketLinesModel.Col.DISCOUNT).data(Qt.ItemDataRole.ToolTipRole) == "Discount: 10 % · promo"
