"""Settings → Connection on a standalone desk (no server needed): the menu entry, the status
bar badge, the dialog's names for screen readers, and a bad address answered in words."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from kronos_desktop.app import Desk
from kronos_desktop.auth.model import SessionState
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.sync.connection_menu import ConnectionMenu
from tests.desktop.test_accessibility import unnamed


@pytest.fixture
def menu(window: MainWindow, desk: Desk) -> ConnectionMenu:
    return ConnectionMenu(window, desk.session, desk.ctx.language, desk.store.pending_count)


def test_a_standalone_desk_has_the_menu_entry_and_no_badge(menu: ConnectionMenu, window: MainWindow) -> None:
    assert menu.bridge.status().state is SessionState.STANDALONE
    settings = [a for a in window.findChildren(QAction) if a.objectName() == "connectionAction"]
    assert [a.text() for a in settings] == ["&Conexão…"]
    assert menu.badge.isHidden()
    assert unnamed(window) == []


def test_the_dialog_and_a_bad_address(qtbot, menu: ConnectionMenu) -> None:  # type: ignore[no-untyped-def]
    dialog = menu.open()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    assert dialog.windowTitle() == "Conexão com o servidor do estúdio"
    assert dialog.connect_button.text() == "Conectar"
    assert dialog.details.isHidden()
    assert dialog.waiting.isHidden()

    dialog.connect_button.click()  # nothing typed
    assert dialog.error.text() == "Digite o endereço do servidor."

    dialog.address.setText("http://kronos.example.com")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: not menu.bridge.signing_in and "http://" in dialog.error.text(), timeout=5000)
    assert dialog.error.text().startswith("Esse endereço começa com http://")
    assert menu.bridge.status().state is SessionState.STANDALONE
    assert dialog.connect_button.isVisible()


@pytest.mark.parametrize("language", ["en"])
def test_the_dialog_in_english(qtbot, menu: ConnectionMenu, language: str) -> None:  # type: ignore[no-untyped-def]
    dialog = menu.open()
    assert dialog.windowTitle() == "Connection to the studio server"
    dialog.address.setText("kronos estudio")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=5000)
    assert dialog.error.text().startswith("That is not a server address.")
