"""Settings → Connection with the keyboard, against the real server: typing the server's address
and pressing Enter starts the sign-in and waits for the browser (it used to say "Sign-in
cancelled" at once: the focus moved to Cancel and the same key press clicked it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kronos_desktop.ui.sync.connection_menu import ConnectionMenu
from tests.server.desk_signin.browser import FakeBrowser
from tests.server.desk_signin.test_connection_dialog import TEXTS, _opened, gui_desk, language, menu

__all__ = ["gui_desk", "language", "menu"]  # the fixtures, shared with the dialog's tests


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_enter_in_the_address_starts_the_sign_in(  # type: ignore[no-untyped-def]
    qtbot, menu: ConnectionMenu, live_server: str, language: str
) -> None:
    menu.bridge.opener = FakeBrowser("nobody@example.com", "x", behaviour="nothing")
    dialog = _opened(qtbot, menu)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)  # focus moves as on a real screen
    dialog.address.setFocus()
    qtbot.keyClicks(dialog.address, live_server)
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.link.text().startswith(f"{live_server}/oauth/authorize?"), timeout=10000)
    qtbot.wait(300)  # a cancel would have come back by now
    assert dialog.error.text() != TEXTS[language]["cancelled"]
    assert dialog.error.isHidden()
    assert dialog.waiting.isVisible()
    assert menu.bridge.signing_in
    # No button waits for an Enter meant for a field.
    assert [b.objectName() for b in dialog.findChildren(QPushButton) if b.autoDefault() or b.isDefault()] == []

    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Space)  # the person cancels, on purpose
    qtbot.waitUntil(lambda: dialog.error.text() == TEXTS[language]["cancelled"], timeout=5000)
