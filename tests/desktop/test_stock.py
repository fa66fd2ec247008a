"""The stock of the checkout's products (issue 16), on real desk files, in English:

- goods received through Studio → Products' Receive… raise the level the list shows;
- a ticket closed with a product line (ops.checkout, as tests/desktop/checkout_rows.py closes one)
  takes it down, the product's movements say "Sold" with the receipt's number; its void puts it back;
- Adjust… needs a reason and a quantity other than 0, said in the dialog with nothing recorded;
- Stock count records only the differences (a product counted as the desk knows it, and one left
  empty, record nothing); a count below 0 is said in the dialog with nothing recorded;
- a product at or below its low-stock mark is marked "low" in the list (an icon and a colour with
  the word) and in the ticket's product picker, which still adds it (a sale is never refused);
- a receptionist may receive stock, not adjust or count it.

What is recorded is counted with SQL on the desk's file."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.ticket import DraftLine, DraftPayment
from kronos_desktop.app import Desk
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.ops import stock as stock_ops
from kronos_desktop.store.queries.stock import movements, stock_rows
from kronos_desktop.ui.checkout.ticket_line_dialog import STOCK_ROLE, ProductDialog
from kronos_desktop.ui.checkout.view import CheckoutView
from kronos_desktop.ui.settings.product_dialog import StockMovementsDialog
from kronos_desktop.ui.settings.products_page import ProductsModel, ProductsPage
from kronos_desktop.ui.settings.stock_dialogs import StockCountDialog, StockMoveDialog, kind_word
from tests.desktop.checkout_rows import DAY, open_counter, ticket_for
from tests.desktop.reads import settle
from tests.desktop.test_accessibility import unnamed
from tests.desktop.test_ticket_flow import caixa, modal

__all__ = ["caixa"]
Col = ProductsModel.Col


@pytest.fixture
def language() -> str:
    return "en"


def moves(path: Path, product_id: uuid.UUID) -> list[tuple[str, int, str | None]]:
    """(kind, quantity, reason) of a product's stock movements, oldest first, read with SQL."""
    conn = sqlite3.connect(path)
    try:
        sql = "SELECT kind, quantity, reason FROM stock_movement WHERE product_id = ? ORDER BY moved_at, id"
        return [tuple(r) for r in conn.execute(sql, (product_id.hex,))]
    finally:
        conn.close()


def add_product(desk: Desk, demo: DemoStudio, name: str, *, received: int = 0, low_at: int | None = None) -> uuid.UUID:
    """A product of the owner's, with ``received`` on the shelf and its low-stock mark."""
    product_id = uuid7()
    args: dict[str, Any] = {"product_id": product_id, "name": name, "sku": None, "price": 3_000}
    if low_at is not None:
        args["low_stock_level"] = low_at
    desk.store.apply("product.save", args, staff_id=demo.owner_id)
    if received:
        stock_ops.receive(product_id, received, staff_id=demo.owner_id).write(desk.store)
    return product_id


def open_page(qtbot: QtBot, desk: Desk, staff_id: uuid.UUID, role: Role) -> ProductsPage:
    desk.store.set_member(staff_id)
    desk.ctx.who.set(staff_id, role, "Someone")
    page = ProductsPage(desk.ctx)
    qtbot.addWidget(page)
    page.resize(1024, 560)
    page.show()
    settle(qtbot, desk.ctx)
    return page


def shown(page: ProductsPage, product_id: uuid.UUID, column: Col, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    at = page.model.find_row(product_id)
    assert at >= 0, "the product is listed"
    return page.model.index(at, column).data(role)


def moved(qtbot: QtBot, desk: Desk, dialog: StockMoveDialog | StockCountDialog) -> None:
    with qtbot.waitSignal(dialog.moved, timeout=10_000):
        dialog.ok_button.click()
    settle(qtbot, desk.ctx)


def test_received_stock_shows_in_the_list(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    product_id = add_product(desk, demo, "Pomada de teste")
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
    assert shown(page, product_id, Col.STOCK) == "0 · out of stock"
    page.select(product_id)
    dialog = page.open_receive()
    assert isinstance(dialog, StockMoveDialog)
    assert not unnamed(dialog)
    dialog.quantity.setValue(0)
    dialog.ok_button.click()
    assert dialog.problem.text() == "Type how many arrived: at least 1."
    assert moves(desk.store.path, product_id) == [], "nothing recorded"
    dialog.quantity.setValue(12)
    dialog.reason.setText("NF 4521, Dermaclean")
    moved(qtbot, desk, dialog)
    assert moves(desk.store.path, product_id) == [("received", 12, "NF 4521, Dermaclean")]
    assert shown(page, product_id, Col.STOCK) == "12"
    assert page.selected_id() == product_id


def test_a_ticket_closed_with_the_product_takes_it_down(tmp_path: Path, translated: str) -> None:
    store, c = open_counter(tmp_path)
    product_id = uuid7()
    store.apply("product.save", {"product_id": product_id, "name": "Pomada cicatrizante", "price": 5_000})
    stock_ops.receive(product_id, 5).write(store)
    draft = ticket_for(c, ticket_discount_amount=0, ticket_discount_reason="", tips=[])
    draft.lines = [DraftLine(uuid7(), "product", "Pomada cicatrizante", None, product_id, 2, 5_000)]
    draft.payments = [DraftPayment(uuid7(), "cash", 10_000, 0, cash_tendered=10_000)]
    applied = checkout_ops.close_ticket(draft, business_date=DAY).write(store)
    with store.read_engine.connect() as conn:
        (row,) = [r for r in stock_rows(conn, c.studio_id) if r.product_id == product_id]
        ledger = movements(conn, product_id)
    assert row.level == 3, "5 received, 2 sold"
    assert [(m.kind, m.quantity) for m in ledger] == [("sold", -2), ("received", 5)]
    assert ledger[0].sale_number is not None
    assert ledger[0].sale_number.startswith("A-")
    assert moves(store.path, product_id)[-1] == ("sold", -2, None)
    assert checkout_ops.sale_of(applied) == draft.ticket_id
    assert "stock_movement" in applied.changed, "the products page reads its stock again"

    checkout_ops.void_sale(draft.ticket_id, "lançada errada", business_date=DAY).write(store)
    with store.read_engine.connect() as conn:
        (row,) = [r for r in stock_rows(conn, c.studio_id) if r.product_id == product_id]
        back = movements(conn, product_id)[0]
    assert row.level == 5, "a void puts them back"
    assert (kind_word(back.kind), back.quantity) == ("Returned (sale cancelled)", 2)
    store.close()


def test_an_adjustment_needs_a_reason_and_a_quantity(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    product_id = add_product(desk, demo, "Sabonete de teste", received=10)
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
    page.select(product_id)
    dialog = page.open_adjust()
    assert isinstance(dialog, StockMoveDialog)
    dialog.reason.setText("a jar broke")
    dialog.ok_button.click()
    assert dialog.problem.text() == "Type how many to add (e.g. 2) or take off (e.g. -2): 0 changes nothing."
    dialog.quantity.setValue(-1)
    assert dialog.after.text() == "9 in stock"
    dialog.reason.setText("   ")
    dialog.ok_button.click()
    assert dialog.problem.text() == "Say why the stock changes: the reason is required."
    assert moves(desk.store.path, product_id) == [("received", 10, None)], "nothing recorded"
    dialog.reason.setText("a jar broke")
    moved(qtbot, desk, dialog)
    assert moves(desk.store.path, product_id)[-1] == ("adjusted", -1, "a jar broke")
    assert shown(page, product_id, Col.STOCK) == "9"

    page.select(product_id)
    ledger = page.open_movements()
    assert isinstance(ledger, StockMovementsDialog)
    settle(qtbot, desk.ctx)
    rows = [[ledger.model.index(r, c).data() for c in range(1, 5)] for r in range(ledger.model.rowCount())]
    assert [row[:3] for row in rows] == [["Adjusted", "-1", "a jar broke"], ["Received", "+10", ""]]
    assert all(row[3] for row in rows), "who moved it"
    assert "stock 9" in ledger.heading.text()


def test_a_count_records_only_the_differences(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    fewer = add_product(desk, demo, "Contagem A", received=10)
    same = add_product(desk, demo, "Contagem B", received=4)
    skipped = add_product(desk, demo, "Contagem C", received=7)
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
    dialog = page.open_count()
    assert isinstance(dialog, StockCountDialog)
    assert not unnamed(dialog)
    field = {row.product_id: dialog.fields[at] for at, row in enumerate(dialog.rows)}
    known = {row.product_id: dialog._item(at, dialog.KNOWN).text() for at, row in enumerate(dialog.rows)}
    assert (known[fewer], known[same], known[skipped]) == ("10", "4", "7")

    field[fewer].setText("-3")
    dialog.ok_button.click()
    assert dialog.problem.text() == ("A count cannot be below 0 (Contagem A): type what is on the shelf, 0 or more.")
    field[same].setText("4")
    dialog.ok_button.click()
    assert "below 0" in dialog.problem.text()
    assert [len(moves(desk.store.path, p)) for p in (fewer, same, skipped)] == [1, 1, 1], "nothing recorded"

    field[fewer].setText("8")
    at = next(i for i, row in enumerate(dialog.rows) if row.product_id == fewer)
    assert dialog._item(at, dialog.DIFFERENCE).text() == "-2"
    assert dialog.summary.text() == "2 products counted · 1 to correct"
    moved(qtbot, desk, dialog)
    assert moves(desk.store.path, fewer)[-1] == ("counted", -2, "Stock count")
    assert len(moves(desk.store.path, same)) == 1, "counted as known: nothing recorded"
    assert len(moves(desk.store.path, skipped)) == 1, "left empty: not counted"
    assert shown(page, fewer, Col.STOCK) == "8"


def test_a_count_that_matches_records_nothing(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    product_id = add_product(desk, demo, "Contagem D", received=3)
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
    dialog = page.open_count()
    assert dialog is not None
    dialog.ok_button.click()
    assert dialog.problem.text() == "Type what you counted for at least one product."
    at = next(i for i, row in enumerate(dialog.rows) if row.product_id == product_id)
    dialog.fields[at].setText("3")
    dialog.ok_button.click()
    assert dialog.problem.text() == "Every count matches the stock: there is nothing to record."
    assert len(moves(desk.store.path, product_id)) == 1


def test_low_stock_is_marked_in_words_in_the_list_and_the_picker(
    qtbot: QtBot, desk: Desk, demo: DemoStudio, caixa: CheckoutView
) -> None:
    low = add_product(desk, demo, "Filme protetor teste", received=2, low_at=3)
    fine = add_product(desk, demo, "Hidratante teste", received=9, low_at=3)
    out = add_product(desk, demo, "Protetor solar teste", received=0, low_at=3)
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
    assert shown(page, low, Col.STOCK) == "2 · low"
    assert shown(page, low, Col.LOW_AT) == "3"
    assert shown(page, low, Col.STOCK, Qt.ItemDataRole.DecorationRole) is not None, "an icon"
    assert "low-stock mark (3)" in shown(page, low, Col.STOCK, Qt.ItemDataRole.ToolTipRole)
    assert shown(page, fine, Col.STOCK) == "9"
    assert shown(page, fine, Col.STOCK, Qt.ItemDataRole.DecorationRole) is None
    assert shown(page, out, Col.STOCK) == "0 · out of stock"
    assert page.low_label.isVisible()
    assert "running low or out of stock" in page.low_label.text()

    caixa.new_button.click()
    settle(qtbot, desk.ctx)
    caixa.ticket_page.add_product.click()
    picker = modal(ProductDialog)
    settle(qtbot, desk.ctx)
    picker.search.setText("teste")
    said = {
        picker.results.item(i).text(): picker.results.item(i).data(STOCK_ROLE) for i in range(picker.results.count())
    }
    assert said == {
        "Filme protetor teste": "2 in stock · low",
        "Hidratante teste": "9 in stock",
        "Protetor solar teste": "Out of stock",
    }
    picker.results.setCurrentRow(2)
    assert picker.stock_note.isVisible()
    assert "The sale still goes through" in picker.stock_note.text()
    picker.ok_button.click()
    assert picker.result_line is not None, "never refused"
    assert picker.result_line.product_id == out


def test_a_receptionist_receives_but_does_not_adjust_or_count(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    product_id = add_product(desk, demo, "Boné teste", received=1)
    page = open_page(qtbot, desk, demo.receptionist_id, Role.RECEPTIONIST)
    page.select(product_id)
    assert page.receive_button.isEnabled()
    assert not page.adjust_button.isEnabled()
    assert not page.count_button.isEnabled()
    assert page.adjust_button.toolTip() == "Only owners and managers correct the stock."
    assert page.open_adjust() is None
    assert page.open_count() is None
    dialog = page.open_receive()
    assert dialog is not None
    dialog.quantity.setValue(2)
    moved(qtbot, desk, dialog)
    assert moves(desk.store.path, product_id)[-1] == ("received", 2, None)


def test_the_product_dialog_saves_the_low_stock_mark(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    product_id = add_product(desk, demo, "Marca teste", received=5)
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
    page.select(product_id)
    dialog = page.open_edit()
    assert dialog is not None
    assert dialog.low_at.isVisibleTo(dialog)
    dialog.low_at.setText("-2")
    dialog.save_button.click()
    assert dialog.low_at_problem.text() == "Type a whole number, 0 or more, or leave it empty for no warning."
    dialog.low_at.setText("5")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    settle(qtbot, desk.ctx)
    assert shown(page, product_id, Col.LOW_AT) == "5"
    assert shown(page, product_id, Col.STOCK) == "5 · low"
