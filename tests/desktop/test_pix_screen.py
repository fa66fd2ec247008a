"""The PIX screen on the demo studio's own PIX settings: the QR on the screen read by an
independent decoder (zxing-cpp) as a phone would, the code copied to the clipboard, the idle lock
held off while it shows and given back when it closes, the end-to-end id handed back with "Money
arrived", and a studio without a PIX key told so with only Cancel to press."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog

from kronos_core.brcode import parse_payload
from kronos_desktop.store.queries.settings import StudioSettings, studio_settings
from kronos_desktop.ui.checkout.pix_screen import QR_MIN, PixScreen
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.test_accessibility import unnamed

pytestmark = pytest.mark.gui

E2E = "E18236120202612041850s0123456789"


def settings(window: MainWindow) -> StudioSettings:
    with window.ctx.reader.connect() as conn:
        found = studio_settings(conn)
    assert found is not None
    assert found.pix_key
    return found


def shown(qtbot: Any, window: MainWindow, *, key: str | None = "", amount: int = 1_234_56) -> PixScreen:
    studio = settings(window)
    screen = PixScreen(
        window.ctx,
        amount=amount,
        reference="A-000123",
        key=studio.pix_key if key == "" else key,
        merchant_name=studio.merchant_name,
        merchant_city=studio.merchant_city,
        parent=window,
    )
    if screen.has_code():
        screen.resize(1024 - 40, 600 - 80)  # a 1024×600 screen less its task bar and title
    screen.open()
    qtbot.waitExposed(screen)
    return screen


def holding(window: MainWindow) -> bool:
    """Whether something holds the idle lock off."""
    return window.desk_lock.held


def on_screen(screen: PixScreen) -> str:
    """What a phone's camera held to the screen reads."""
    shot = screen.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(shot.constBits(), np.uint8).reshape(shot.height(), shot.bytesPerLine())
    found = zxingcpp.read_barcodes(rows[:, : shot.width()].copy())
    assert len(found) == 1
    return found[0].text


def test_the_studios_code_scans_from_the_screen_and_copies(qtbot: Any, window: MainWindow) -> None:
    screen = shown(qtbot, window)
    assert screen.qr is not None
    assert screen.code is not None
    assert screen.qr.side() >= QR_MIN
    read = on_screen(screen)
    assert read == screen.code.text() == screen.payload
    fields = parse_payload(read)  # the CRC checked
    studio = settings(window)
    assert fields["key"] == studio.pix_key
    assert fields["merchant_name"] == "AGULHA DE OURO TATTOO"
    assert fields["merchant_city"] == "SAO PAULO"
    assert fields["amount"] == 1_234_56
    assert fields["reference"] == "A000123"
    assert screen.amount_label.text() == "R$\u00a01.234,56"
    assert "A000123" in screen.reference_label.text()
    assert unnamed(screen) == []

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == read
    assert screen.copied.isVisible()


def test_the_idle_lock_waits_while_it_shows_and_the_end_to_end_id_comes_back(qtbot: Any, window: MainWindow) -> None:
    lock = window.desk_lock
    assert not holding(window)
    screen = shown(qtbot, window)
    assert holding(window)
    lock.set_idle_minutes(1)
    lock.use_clock(lambda: 1_000_000.0)
    lock.touch()
    lock.use_clock(lambda: 1_000_000.0 + 3600)  # an hour with the client's phone: not locked
    assert not lock.check_idle()
    assert not lock.locked
    assert screen.e2e is not None
    assert screen.focusWidget() is screen.e2e  # typed from the bank's app, then Enter
    qtbot.keyClicks(screen.e2e, f" {E2E} ")
    qtbot.mouseClick(screen.arrived_button, Qt.MouseButton.LeftButton)
    assert screen.result() == QDialog.DialogCode.Accepted
    assert not screen.isVisible()
    assert screen.e2e_id() == E2E
    assert not holding(window)


def test_enter_in_the_id_field_says_the_money_arrived(qtbot: Any, window: MainWindow) -> None:
    screen = shown(qtbot, window)
    assert screen.e2e is not None
    qtbot.keyClick(screen.e2e, Qt.Key.Key_Return)
    assert screen.result() == QDialog.DialogCode.Accepted
    assert screen.e2e_id() == ""  # none typed: the payment carries none


def test_an_id_that_cannot_be_one_is_said_and_the_screen_stays(qtbot: Any, window: MainWindow) -> None:
    screen = shown(qtbot, window)
    assert screen.e2e is not None
    qtbot.keyClicks(screen.e2e, "E1823-6120/2026")
    qtbot.mouseClick(screen.arrived_button, Qt.MouseButton.LeftButton)
    assert screen.isVisible()
    assert screen.message.isVisible()
    assert holding(window)


def test_cancel_gives_the_idle_lock_back(qtbot: Any, window: MainWindow) -> None:
    screen = shown(qtbot, window)
    assert holding(window)
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert screen.result() == QDialog.DialogCode.Rejected
    assert not screen.isVisible()
    assert not holding(window)


def test_a_studio_without_a_pix_key_is_told_so_with_only_cancel(qtbot: Any, window: MainWindow) -> None:
    screen = shown(qtbot, window, key=None)
    assert not screen.has_code()
    assert screen.qr is None
    assert screen.code is None
    assert screen.e2e is None
    assert screen.message.isVisible()
    assert "PIX" in screen.message.text()
    assert not screen.arrived_button.isVisible()
    assert screen.cancel_button.isVisible()
    assert screen.primary_button() is None
    assert unnamed(screen) == []
    qtbot.keyClick(screen, Qt.Key.Key_Return)  # Enter does nothing here
    assert screen.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible()
    assert not holding(window)
