"""The Caixa's day list as a receptionist reads it (ui/checkout/day_sales.py over
store/queries/checkout.sales) on a real desk file: a sale paid partly by a deposit, partly
refunded later, is paid (no red, no "still to receive"); its Payments say what each method holds
with the tip, the deposit and what went back in words; a voided sale says what was taken and that
it was all given back, never a negative or a "R$ 0,00" as if nothing was paid. In English."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kronos_desktop.app import Desk
from kronos_desktop.ops import checkout as ops
from kronos_desktop.ui.checkout.view import SalesModel
from tests.desktop.checkout_rows import DAY
from tests.desktop.receipt_sales import Closed
from tests.desktop.test_refund_dialog import sold
from tests.desktop.test_void_dialog import caixa

__all__ = ["sold"]
pytestmark = pytest.mark.usefixtures("shown")
RED = "#b3261e"


@pytest.fixture
def language() -> str:
    return "en"


def payments_cell(view: object, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    model = view.model  # type: ignore[attr-defined]
    return model.index(0, SalesModel.Col.PAYMENTS).data(role)


def is_red(view: object) -> bool:
    brush = payments_cell(view, Qt.ItemDataRole.ForegroundRole)
    return brush is not None and brush.color().name() == RED  # type: ignore[attr-defined]


def test_a_sale_paid_partly_by_a_deposit_and_refunded_later_reads_paid(
    qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]
) -> None:
    desk, closed, _ = sold  # R$ 810: R$ 200 deposit, Visa R$ 400 + R$ 20 tip, PIX R$ 100, cash R$ 110
    ops.refund_payment(closed.card_id, 10_000, reason="Pomada devolvida", business_date=DAY).write(desk.store)
    view, _ = caixa(qtbot, desk)
    assert payments_cell(view) == (
        "Cash R$110.00 · Credit card R$320.00 · Pix R$100.00 · deposit R$200.00 · R$100.00 refunded"
    )
    assert not is_red(view), "paid in full: nothing is still to receive"
    assert payments_cell(view, Qt.ItemDataRole.ToolTipRole) == "Paid in full; R$100.00 given back later."


def test_a_voided_sale_says_what_was_taken_and_that_it_went_back(
    qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]
) -> None:
    desk, closed, _ = sold
    ops.void_sale(closed.sale_id, reason="Cliente errada", business_date=DAY).write(desk.store)
    view, _ = caixa(qtbot, desk)
    text = str(payments_cell(view))
    assert text == "Cash R$110.00 · Credit card R$420.00 · Pix R$100.00 · all refunded"
    assert "-" not in text
    assert "R$0.00" not in text
    assert not is_red(view)
    assert payments_cell(view, Qt.ItemDataRole.ToolTipRole) == "Cancelled: every payment was given back."


def test_the_sale_stays_chosen_after_a_refund(qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]) -> None:
    desk, closed, _ = sold
    view, actions = caixa(qtbot, desk)
    view.table.selectRow(0)
    view.table.setFocus()
    ops.refund_payment(closed.card_id, 10_000, reason="Pomada devolvida", business_date=DAY).write(desk.store)
    desk.hub.notify({"payment": set()})
    qtbot.waitUntil(lambda: "refunded" in str(payments_cell(view)), timeout=10_000)
    chosen = view.table.selectionModel().selectedRows()
    assert [i.data(SalesModel.RowRole).id for i in chosen] == [closed.sale_id]
    assert actions.void.isEnabled(), "Ctrl+Shift+Del still acts on it"


def test_the_days_figures_take_the_room_the_few_sales_leave(qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]) -> None:
    desk, _closed, _ = sold
    view, _ = caixa(qtbot, desk)  # one sale: the list needs a few rows, the figures the rest
    view.resize(1280, 680)
    row = view.table.verticalHeader().defaultSectionSize()

    def figures_fit() -> bool:
        empty_under_rows = view.table.viewport().height() - view.model.rowCount() * row
        return view.figures.height() >= view.figures.sizeHint().height() or empty_under_rows <= 4 * row

    qtbot.waitUntil(figures_fit, timeout=3_000)  # "no strip of figures under an empty list"
    assert view.table.viewport().height() >= 3 * row, "the sales keep rows in sight"


def test_the_days_figures_say_a_method_all_refunded(qtbot: QtBot, sold: tuple[Desk, Closed, uuid.UUID]) -> None:
    desk, closed, _ = sold
    ops.void_sale(closed.sale_id, reason="Cliente errada", business_date=DAY).write(desk.store)
    view, _ = caixa(qtbot, desk)
    captions = {label.text() for label in view.figures.findChildren(QLabel)}
    assert "Credit card · all refunded" in captions, "not a bare 'Credit card R$0.00' as if nothing was paid"
    assert "Cash · all refunded" in captions  # (Pix keeps the deposit taken by PIX: held again)
