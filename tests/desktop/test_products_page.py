"""Studio → Products (ui/settings/products_page.py) on the demo desk: the owner adds a product
through the dialog and it is listed with its SKU and price; a name left empty or a price that is
not an amount is said at the field with nothing saved; a SKU another product on sale uses is a
warning at the field, yet saves, and the list flags both; an edit changes the price; deactivating
takes it off the list (back with "Show inactive", and Reactivate); a receptionist sees the list
read-only, told why. In English (the messages are asserted in the source language)."""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ui.settings.product_dialog import ProductDialog
from kronos_desktop.ui.settings.products_page import FLAGGED, ProductsModel, ProductsPage
from kronos_desktop.ui.settings.section import StudioSection
from tests.desktop.column_fit import clipped_cells, clipped_headers, scrolls_sideways, the_look
from tests.desktop.reads import settle
from tests.desktop.test_accessibility import unnamed

Col = ProductsModel.Col


@pytest.fixture
def language() -> str:
    return "en"


def db_rows(desk: Desk, sql: str, *params: Any) -> list[dict[str, Any]]:
    conn = sqlite3.connect(desk.store.path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def open_page(qtbot: QtBot, desk: Desk, staff_id: uuid.UUID, role: Role) -> ProductsPage:
    desk.store.set_member(staff_id)  # what the lock does
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


def saved_by_dialog(qtbot: QtBot, desk: Desk, dialog: ProductDialog) -> uuid.UUID:
    found: list[uuid.UUID] = []
    dialog.saved.connect(found.append)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    settle(qtbot, desk.ctx)
    return found[0]


def add(desk: Desk, demo: DemoStudio, name: str, sku: str | None, price: int) -> uuid.UUID:
    product_id = uuid7()
    desk.store.apply(
        "product.save", {"product_id": product_id, "name": name, "sku": sku, "price": price}, staff_id=demo.owner_id
    )
    return product_id


def test_the_owner_adds_a_product_and_it_is_listed(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
    assert not page.notice.isVisible()
    assert not unnamed(page), "every control has a name a screen reader says"
    dialog = page.open_add()
    assert dialog is not None
    assert not unnamed(dialog)

    dialog.price.setText("abc")
    dialog.save_button.click()
    assert dialog.name_problem.text() == "Give the product a name."
    dialog.name.setText("Pomada cicatrizante 50 g")
    dialog.save_button.click()
    assert "Not an amount" in dialog.price.message.text()
    assert db_rows(desk, "SELECT * FROM product WHERE name LIKE 'Pomada cicatrizante 50%'") == [], "nothing saved"

    dialog.sku.setText("POM-50")
    dialog.price.setText("1,234.5")
    product_id = saved_by_dialog(qtbot, desk, dialog)
    (row,) = db_rows(desk, "SELECT * FROM product WHERE id = ?", product_id.hex)
    assert (row["name"], row["sku"], row["price"], row["active"]) == ("Pomada cicatrizante 50 g", "POM-50", 123_450, 1)
    assert shown(page, product_id, Col.NAME) == "Pomada cicatrizante 50 g"
    assert shown(page, product_id, Col.SKU) == "POM-50"
    assert shown(page, product_id, Col.PRICE) == "R$1,234.50"
    assert page.selected_id() == product_id, "the new product is chosen"

    # Edit: the price changes, nothing else.
    edit = page.open_edit()
    assert edit is not None
    assert edit.price.text() == "1,234.50"
    edit.price.setText("99")
    saved_by_dialog(qtbot, desk, edit)
    assert db_rows(desk, "SELECT price, sku FROM product WHERE id = ?", product_id.hex) == [
        {"price": 9_900, "sku": "POM-50"}
    ]
    assert shown(page, product_id, Col.PRICE) == "R$99.00"


def test_a_sku_already_used_is_a_warning_not_a_refusal(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    first = add(desk, demo, "Sabonete neutro", "SAB-1", 1_500)
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
    dialog = page.open_add()
    assert dialog is not None
    dialog.name.setText("Sabonete de glicerina")
    dialog.price.setText("18")
    dialog.sku.setText(" sab-1 ")
    assert dialog.sku_warning.isVisible()
    assert dialog.sku_warning.text().startswith("Sabonete neutro already uses this SKU.")
    dialog.sku.setText("SAB-2")
    assert not dialog.sku_warning.isVisible()
    dialog.sku.setText("SAB-1")
    second = saved_by_dialog(qtbot, desk, dialog)  # saved all the same
    assert {r["id"] for r in db_rows(desk, "SELECT id FROM product WHERE sku = 'SAB-1'")} == {first.hex, second.hex}
    for product_id in (first, second):
        assert shown(page, product_id, Col.SKU, Qt.ItemDataRole.ForegroundRole).color() == FLAGGED
        assert shown(page, product_id, Col.SKU, Qt.ItemDataRole.ToolTipRole) == "Another product on sale has this SKU."

    # A product taken off sale no longer shares it.
    page.select(first)
    page.active_button.click()
    qtbot.waitUntil(lambda: page.model.find_row(first) < 0, timeout=10_000)  # off the list
    settle(qtbot, desk.ctx)
    assert shown(page, second, Col.SKU, Qt.ItemDataRole.ToolTipRole) is None
    page.show_inactive.setChecked(True)
    assert shown(page, first, Col.NAME) == "Sabonete neutro (inactive)"
    page.select(first)
    assert page.active_button.text() == "Reactivate"
    edit = page.open_edit()
    assert edit is not None
    assert edit.sku_warning.text().startswith("Sabonete de glicerina already uses this SKU."), "not itself"
    edit.reject()
    page.active_button.click()
    qtbot.waitUntil(lambda: shown(page, first, Col.NAME) == "Sabonete neutro", timeout=10_000)
    assert db_rows(desk, "SELECT active FROM product WHERE id = ?", first.hex) == [{"active": 1}]


def test_a_receptionist_sees_the_list_read_only_told_why(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    product_id = add(desk, demo, "Filme protetor", "FIL-10", 2_500)
    page = open_page(qtbot, desk, demo.receptionist_id, Role.RECEPTIONIST)
    assert shown(page, product_id, Col.NAME) == "Filme protetor"
    reason = "Only owners and managers keep the list of products. You can see it."
    assert page.notice.isVisible()
    assert page.notice.text() == reason
    page.select(product_id)
    for button in (page.add_button, page.edit_button, page.active_button):
        assert not button.isEnabled()
        assert button.toolTip() == reason
    assert page.open_add() is None
    assert page.open_edit() is None
    page.toggle_active()
    settle(qtbot, desk.ctx)
    assert db_rows(desk, "SELECT active FROM product WHERE id = ?", product_id.hex) == [{"active": 1}]

    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Owner")  # the owner steps up: the page follows
    assert not page.notice.isVisible()
    assert page.add_button.isEnabled()
    assert page.edit_button.isEnabled()


def test_the_studio_section_has_a_products_tab(qtbot: QtBot, desk: Desk) -> None:
    section = StudioSection(desk.ctx)
    qtbot.addWidget(section)
    section.show_tab("products")
    assert section.tabs.currentWidget() is section.products_page
    assert section.tabs.tabText(section.tabs.currentIndex()) == "Products"
    assert section.current_tab() == "products"
    settle(qtbot, desk.ctx)


def test_the_list_reads_whole_in_the_studio_section_at_1024x600(qtbot: QtBot, desk: Desk, demo: DemoStudio) -> None:
    add(desk, demo, "Pomada cicatrizante para tatuagem recém-feita, bisnaga de 50 g", "POM-CICATRIZ-50G", 123_456)
    add(desk, demo, "Filme", None, 500)
    with the_look():
        page = open_page(qtbot, desk, demo.owner_id, Role.OWNER)
        page.resize(824, 540)  # the Studio section's room on a 1024x600 screen
        qtbot.wait(50)
        assert clipped_cells(page.table, [Col.SKU, Col.PRICE]) == [], "the SKU and the price read whole"
        assert clipped_headers(page.table) == [], "every header reads whole"
        assert not scrolls_sideways(page.table)
