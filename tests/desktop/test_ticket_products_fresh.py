"""A ticket left open while a manager adds a product in Settings → Products: back on the same
ticket, "+ Product" offers it (the ticket page reads the studio's products again when the product
table changes, shown or not). On the demo desk file, in English."""

from __future__ import annotations

from typing import Any

import pytest

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_desktop.app import Desk
from kronos_desktop.ui.checkout.discount_dialog import DiscountDialog
from kronos_desktop.ui.checkout.ticket_line_dialog import ProductDialog, ServiceLineDialog
from kronos_desktop.ui.checkout.ticket_page_view import NARROW
from kronos_desktop.ui.checkout.view import CheckoutView
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle
from tests.desktop.test_ticket_flow import caixa, modal, new_ticket_with, type_into

__all__ = ["caixa"]


@pytest.fixture
def language() -> str:
    return "en"


def test_a_product_added_while_a_ticket_is_open_is_offered_on_it(
    qtbot: Any, desk: Desk, window: MainWindow, caixa: CheckoutView, demo: DemoStudio
) -> None:
    caixa.new_button.click()
    settle(qtbot, desk.ctx)
    page = caixa.ticket_page
    before = {p.name for p in page.setup.products} if page.setup is not None else set()
    assert "Pomada cicatrizante 50 g" not in before
    window.show_section("agenda")  # the manager goes to Settings; the ticket stays open
    product_id = uuid7()
    args = {"product_id": product_id, "name": "Pomada cicatrizante 50 g", "sku": "POM-50", "price": 4_590}
    desk.store.apply("product.save", args, staff_id=demo.owner_id)
    desk.hub.notify({"product": {product_id}})
    settle(qtbot, desk.ctx)
    window.show_section("checkout")
    assert caixa.showing_ticket()
    page.add_product.click()
    dialog = modal(ProductDialog)
    found = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert any(text.startswith("Pomada cicatrizante 50 g · POM-50") for text in found), found
    dialog.reject()


def test_at_1024_a_long_description_never_hides_the_lines_artist(
    qtbot: Any, desk: Desk, window: MainWindow, caixa: CheckoutView
) -> None:
    window.resize(1024, 600)
    caixa.new_button.click()
    settle(qtbot, desk.ctx)
    page = caixa.ticket_page
    page.add_service.click()
    dialog = modal(ServiceLineDialog)
    dialog.description.setText("Sombreamento extra — costela, lado esquerdo, continuação da peça")
    type_into(dialog.price, "420")
    artist = dialog.artist.currentText()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.width() < NARROW, "the artist goes under the description"
    row_height = page.table.rowHeight(0)
    lines = page.table.fontMetrics().lineSpacing()
    assert not page.table.wordWrap(), "the description is elided on its line, not wrapped over the artist's"
    text = page.model.index(0, 0).data()
    assert text.split("\n")[1] == artist
    assert row_height >= 2 * lines, "both lines in sight"


def test_the_ticket_discount_says_its_reason_in_the_totals(qtbot: Any, desk: Desk, caixa: CheckoutView) -> None:
    new_ticket_with(qtbot, desk, caixa, "150")
    page = caixa.ticket_page
    page.ticket_discount.click()
    dialog = modal(DiscountDialog)
    type_into(dialog.amount, "10")
    type_into(dialog.reason, "Cliente antiga")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert page.totals_panel.captions["ticket_discount"].text() == "Ticket discount (Cliente antiga)"
    assert page.totals_panel.values["ticket_discount"].text() == "−R$10.00"
