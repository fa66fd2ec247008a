"""The Caixa's small dialogs as a receptionist presses them: the discount dialog offers "No
discount" only when there is a discount to take off; the product picker closes on Esc when only a
search was typed (a search is a way to look, not data) and asks first when a quantity was
changed. In English."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kronos_desktop.store.queries.checkout import ProductRow
from kronos_desktop.ui.checkout.discount_dialog import Discount, DiscountDialog
from kronos_desktop.ui.checkout.ticket_line_dialog import PRICE_ROLE, ProductDialog, ServiceLineDialog
from tests.desktop.conftest import Shown


@pytest.fixture
def language() -> str:
    return "en"


BALM = ProductRow(uuid.uuid4(), "Pomada cicatrizante Bepantol Derma 20 g", "POM-020", 4_590, True)
SOAP = ProductRow(uuid.uuid4(), "Sabonete neutro", "SAB-1", 2_500, True)


def test_no_discount_is_offered_only_when_there_is_one(qtbot: QtBot, translated: str) -> None:
    none = DiscountDialog(10_000, Discount())
    qtbot.addWidget(none)
    none.show()
    qtbot.waitExposed(none)
    assert not none.remove_button.isVisible(), "nothing to take off"
    some = DiscountDialog(10_000, Discount(amount=1_500, reason="Cliente antiga"))
    qtbot.addWidget(some)
    some.show()
    qtbot.waitExposed(some)
    assert some.remove_button.isVisible()
    assert some.remove_button.text() == "No discount"


def test_esc_after_a_search_closes_the_product_picker(qtbot: QtBot, translated: str, shown: Shown) -> None:
    dialog = ProductDialog([BALM, SOAP])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.search, "bepantol")
    QTest.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert shown == [], "no 'Discard what you typed?' for a search"
    assert not dialog.isVisible()


def test_esc_after_a_quantity_asks_first(qtbot: QtBot, translated: str, shown: Shown) -> None:
    dialog = ProductDialog([BALM, SOAP])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.quantity.setValue(3)
    assert dialog.typed()


def test_a_long_product_name_never_hides_its_price(qtbot: QtBot, translated: str) -> None:
    dialog = ProductDialog([BALM, SOAP])
    qtbot.addWidget(dialog)
    dialog.resize(440, 380)  # its smallest
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.search, "POM-020")
    item = dialog.results.item(0)
    assert item.text() == "Pomada cicatrizante Bepantol Derma 20 g · POM-020"
    assert item.data(PRICE_ROLE) == "R$45.90"
    assert not dialog.results.horizontalScrollBar().isVisible(), "the price is in sight, no scrolling"


def test_the_second_click_of_a_double_click_does_not_act_in_the_dialog_it_opened(qtbot: QtBot, translated: str) -> None:
    artist = uuid.uuid4()
    dialog = ServiceLineDialog([(artist, "Bruna Assunção")], None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.description.setFocus()
    window = dialog.windowHandle()  # as the system delivers a click: to the window, at a point
    at = dialog.quantity.mapTo(dialog, dialog.quantity.rect().center())
    no_keys = Qt.KeyboardModifier.NoModifier
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton, no_keys, at)  # where the "Open" button was
    assert dialog.focusWidget() is dialog.description, "the clicks of the double-click went nowhere"
    qtbot.wait(QApplication.doubleClickInterval() + 100)
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, no_keys, at)
    assert dialog.focusWidget() is dialog.quantity, "a click later acts as ever"
