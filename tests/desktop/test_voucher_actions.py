"""The Caixa's gift vouchers as the front desk reaches them (ui/checkout/voucher_actions.py), on a
real desk file: the header's Vouchers button lists Sell gift voucher… (Ctrl+Shift+V) and the
vouchers list; the list takes the day's place and "Back to the day" returns; an artist at the desk
has neither the button nor the keys. In English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ui.checkout.view import CheckoutView
from kronos_desktop.ui.checkout.voucher_dialog import VoucherDialog
from tests.desktop.checkout_rows import Counter, open_counter
from tests.desktop.reads import settle

pytestmark = pytest.mark.usefixtures("shown")


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def counter(tmp_path: Path, translated: str) -> Iterator[tuple[Desk, Counter]]:
    store, c = open_counter(tmp_path / "data")
    desk = Desk(store, translated)
    desk.store.set_member(c.owner_id)
    desk.ctx.who.set(c.owner_id, Role.OWNER, "Marina Costa")
    yield desk, c
    desk.close()


def caixa(qtbot: QtBot, desk: Desk) -> CheckoutView:
    view = CheckoutView(desk.ctx)
    qtbot.addWidget(view)
    view.resize(1024, 560)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot, desk.ctx)
    return view


def test_the_vouchers_button_sells_one_and_lists_them(qtbot: QtBot, counter: tuple[Desk, Counter]) -> None:
    desk, _ = counter
    view = caixa(qtbot, desk)
    button = view.vouchers.button
    assert button.isVisible()
    assert button.text() == "Vouchers"
    assert [a.text() for a in button.menu().actions()] == ["Sell &gift voucher…", "Gift &vouchers"]

    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), VoucherDialog), timeout=3_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, VoucherDialog)
    dialog.reject()

    view.vouchers.actions["checkout.vouchers"].trigger()
    assert view.pages.currentWidget() is view.vouchers.page
    QTest.mouseClick(view.vouchers.page.back_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.day_page


def test_an_artist_has_no_vouchers_button_nor_keys(qtbot: QtBot, counter: tuple[Desk, Counter]) -> None:
    desk, c = counter
    view = caixa(qtbot, desk)
    desk.ctx.who.set(c.artist_id, Role.ARTIST, "Rafa")
    assert not view.vouchers.button.isVisible()
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(100)
    assert QApplication.activeModalWidget() is None
    view.vouchers.actions["checkout.vouchers"].trigger()
    assert view.pages.currentWidget() is view.day_page
