"""Ctrl+K from any section opens Clients with the search focused and its old text selected, and
Ctrl+F in Clients selects it too: what is typed replaces the old search (issue 13: it was appended)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


def test_ctrl_k_from_the_agenda_puts_the_cursor_in_the_client_search_ready_to_replace(
    qtbot: Any, window: MainWindow
) -> None:
    clients = window.clients
    window.show_section("clients")
    qtbot.keyClicks(clients.search, "maria")
    window.show_section("agenda")
    window.agenda.canvas.setFocus()
    action = window.action_set.actions["go.find_client"]
    assert action.shortcut() == QKeySequence("Ctrl+K")
    action.trigger()
    settle(qtbot, window.ctx)
    assert window.current_section() == "clients"
    assert QApplication.focusWidget() is clients.search
    assert clients.search.selectedText() == "maria"
    qtbot.keyClicks(clients.search, "jo")
    assert clients.search.text() == "jo", "typing replaces the old search"


def test_ctrl_f_in_clients_selects_the_old_search_too(qtbot: Any, window: MainWindow) -> None:
    clients = window.clients
    window.show_section("clients")
    qtbot.keyClicks(clients.search, "ana")
    clients.table.setFocus()
    qtbot.keyClick(clients.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is clients.search
    assert clients.search.selectedText() == "ana"
