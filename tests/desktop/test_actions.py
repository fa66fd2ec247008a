"""Menus and shortcuts from one registry (kronos_desktop/ui/actions.py).

Every menu item and shortcut of the main window is an action of the registry; an action whose
mutation the desk's role may not run is disabled with why, in the person's language, and
follows the role when it changes; Help → Keyboard shortcuts lists the registry's shortcuts in
both languages.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMenu
from sqlalchemy import update

from kronos_desktop.app import Desk
from kronos_desktop.store.local_schema import replica
from kronos_desktop.ui import actions
from kronos_desktop.ui.actions import ActionSpec
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.shortcuts_dialog import ShortcutsDialog
from kronos_desktop.ui.sync.connection_menu import ConnectionMenu
from tests.desktop.reads import settle


def menu_actions(menu: QMenu) -> list[QAction]:
    """The items of ``menu`` and its submenus (not separators, not the submenus' own items)."""
    found: list[QAction] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menu_actions(sub)
        else:
            found.append(action)
    return found


def set_desk_role(qtbot: Any, desk: Desk, role: str) -> None:
    """The desk's role changes (as a new enrolment would write it), and the hub says so."""
    with desk.store.engine.begin() as conn:
        conn.execute(update(replica).where(replica.c.id == 1).values(desk_role=role))
    state = desk.ctx.desk()
    assert state is not None
    desk.hub.notify({"replica": {state.studio_id}})
    settle(qtbot, desk.ctx)  # the window reads the desk's new role off the GUI thread


def test_every_menu_item_and_shortcut_is_in_the_registry(window: MainWindow, desk: Desk) -> None:
    ConnectionMenu(window, desk.session, desk.ctx.language, desk.store.pending_count)
    in_menus: list[QAction] = []
    for top in window.menuBar().actions():
        sub = top.menu()
        assert isinstance(sub, QMenu)
        assert sub.objectName() in {m.object_name for m in actions.MENUS}
        in_menus += menu_actions(sub)
    names = [a.objectName() for a in in_menus]
    for action in in_menus:
        found = actions.by_object_name(action.objectName())
        assert found is not None, f"{action.objectName()!r} ({action.text()}) is not in the registry"
        assert found.menu is not None
        assert action.shortcut() == found.key_sequence(), found.name
    # And the other way round: each menu action of the registry is in the menu bar, once.
    assert sorted(names) == sorted(s.object_name for s in actions.ACTIONS if s.menu is not None)
    # Every action with keys and every shortcut anywhere in the window comes from the registry.
    keyed = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    shortcuts = window.findChildren(QShortcut)
    assert {s.objectName() for s in shortcuts} == {"newClientShortcut", "findClientShortcut", "newBookingShortcut"}
    for item in [*keyed, *shortcuts]:
        found = actions.by_object_name(item.objectName())
        assert found is not None, f"{item.objectName()!r} has keys but is not in the registry"
        keys = item.key() if isinstance(item, QShortcut) else item.shortcut()
        assert keys == found.key_sequence(), found.name


def test_the_sections_and_the_clients_shortcuts_work(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "clients"
    window.clients.table.setFocus()
    qtbot.keyClick(window.clients.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.clients.search.hasFocus, timeout=2000)
    qtbot.keyClick(window.clients.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.clients.dialog is not None and window.clients.dialog.isVisible(), timeout=2000)
    assert window.clients.dialog is not None
    window.clients.dialog.done(0)


STUDIO_SETTINGS = ActionSpec(
    "settings.studio", "studioSettingsAction", lambda: "Studio…", "show_about", "settings", mutation="studio.update"
)


@pytest.mark.parametrize(
    ("language", "why"),
    [
        ("pt_BR", "Não permitido para a sua função (Recepcionista): só Proprietário(a), Gerente podem fazer isto."),
        ("en", "Not for your role (Receptionist): only Owner, Manager can do this."),
    ],
)
def test_an_action_the_role_may_not_take_is_disabled_with_why(
    qtbot,  # type: ignore[no-untyped-def]
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    why: str,
) -> None:
    """A receptionist's desk and an action running a mutation only owners and managers may
    (studio.update): disabled, the reason as its tooltip; enabled once the desk's role is a
    manager's, disabled again when it goes back."""
    # And the clients view's New shortcut, as if only managers could add clients.
    managers_only = [replace(s, mutation="studio.update") if s.name == "clients.new" else s for s in actions.ACTIONS]
    monkeypatch.setattr(actions, "ACTIONS", [*managers_only, STUDIO_SETTINGS])
    set_desk_role(qtbot, desk, "receptionist")
    window = MainWindow(desk.ctx, None)
    qtbot.addWidget(window)
    action = window.action_set.actions["settings.studio"]
    assert not action.isEnabled()
    assert action.toolTip() == why
    assert action.statusTip() == why
    settings_menu = window.menuBar().findChild(QMenu, "settingsMenu")
    assert settings_menu is not None
    assert settings_menu.toolTipsVisible()  # the menu shows why on hovering the item
    window.show_section("clients")  # built on its first visit, after the menus: its shortcuts follow the role too
    new_client = window.findChild(QShortcut, "newClientShortcut")
    assert new_client is not None
    assert not new_client.isEnabled()
    assert window.findChild(QShortcut, "findClientShortcut").isEnabled()
    set_desk_role(qtbot, desk, "manager")
    assert action.isEnabled()
    assert new_client.isEnabled()
    assert action.toolTip() == "Studio"
    set_desk_role(qtbot, desk, "receptionist")
    assert not action.isEnabled()
    assert action.toolTip() == why
    # The registry's own actions all run mutations any role may, or none: none is disabled
    # (Settings → Connection… is hidden until the connection menu binds it).
    others = {
        n: a
        for n, a in window.action_set.actions.items()
        if n not in ("settings.studio", "edit.undo") and a.isVisible()
    }
    assert [n for n, a in others.items() if not a.isEnabled()] == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "pt_BR",
            [
                ("Bloquear / trocar de pessoa", "Ctrl+L"),
                ("Sair", "Ctrl+Q"),
                ("Desfazer", "Ctrl+Z"),
                ("Agenda", "Ctrl+1"),
                ("Clientes", "Ctrl+2"),
                ("Caixa", "Ctrl+3"),
                ("Estúdio", "Ctrl+4"),
                ("Buscar cliente de qualquer lugar", "Ctrl+K"),
                ("Hoje", "Ctrl+T"),
                ("Anterior (dia, semana ou mês)", "Alt+PgUp"),
                ("Próximo (dia, semana ou mês)", "Alt+PgDown"),
                ("Ir para uma data", "Ctrl+G"),
                ("Dia", "Alt+1"),
                ("Semana", "Alt+2"),
                ("Mês", "Alt+3"),
                ("Colunas por tatuador ou maca", "Alt+4"),
                ("Buscar horário livre", "Ctrl+Shift+F"),
                ("Livres agora", "Ctrl+Shift+W"),
                ("Imprimir o dia", "Ctrl+P"),
                ("Novo agendamento (na agenda)", "N"),
                ("Atalhos de teclado", "F1"),
                ("Novo cliente", "Ctrl+N"),
                ("Buscar cliente", "Ctrl+F"),
                ("Recibo", "Ctrl+R"),
                ("Estornar pagamento", "Ctrl+Shift+R"),
                ("Cancelar venda", "Ctrl+Shift+Del"),
                ("Abrir o caixa", "Ctrl+Shift+A"),
                ("Suprimento", "Ctrl+Shift+I"),
                ("Sangria", "Ctrl+Shift+O"),
                ("Fechar o caixa", "Ctrl+Shift+E"),
                ("Relatório do dia", "Ctrl+Shift+D"),
                ("Abrir a gaveta", "Ctrl+Shift+G"),
                ("Vender vale-presente", "Ctrl+Shift+V"),
            ],
        ),
        (
            "en",
            [
                ("Lock / switch person", "Ctrl+L"),
                ("Quit", "Ctrl+Q"),
                ("Undo", "Ctrl+Z"),
                ("Agenda", "Ctrl+1"),
                ("Clients", "Ctrl+2"),
                ("Checkout", "Ctrl+3"),
                ("Studio", "Ctrl+4"),
                ("Find a client from anywhere", "Ctrl+K"),
                ("Today", "Ctrl+T"),
                ("Previous day, week or month", "Alt+PgUp"),
                ("Next day, week or month", "Alt+PgDown"),
                ("Go to a date", "Ctrl+G"),
                ("Day", "Alt+1"),
                ("Week", "Alt+2"),
                ("Month", "Alt+3"),
                ("Columns by artist or station", "Alt+4"),
                ("Find a slot", "Ctrl+Shift+F"),
                ("Free now", "Ctrl+Shift+W"),
                ("Print the day", "Ctrl+P"),
                ("New booking (in the agenda)", "N"),
                ("Keyboard shortcuts", "F1"),
                ("New client", "Ctrl+N"),
                ("Find a client", "Ctrl+F"),
                ("Receipt", "Ctrl+R"),
                ("Refund payment", "Ctrl+Shift+R"),
                ("Void sale", "Ctrl+Shift+Del"),
                ("Open the drawer", "Ctrl+Shift+A"),
                ("Cash in", "Ctrl+Shift+I"),
                ("Cash out", "Ctrl+Shift+O"),
                ("Close the drawer", "Ctrl+Shift+E"),
                ("Day report", "Ctrl+Shift+D"),
                ("Open cash box", "Ctrl+Shift+G"),
                ("Sell gift voucher", "Ctrl+Shift+V"),
            ],
        ),
    ],
)
def test_help_lists_the_shortcuts_in_the_persons_language(
    window: MainWindow, qtbot, language: str, expected: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    help_menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert help_menu is not None
    (listing,) = [a for a in help_menu.actions() if a.objectName() == "shortcutsAction"]
    listing.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == ("Atalhos de teclado" if language == "pt_BR" else "Keyboard shortcuts")
    assert dialog.rows() == expected
    assert len(expected) == len([s for s in actions.ACTIONS if s.shortcut is not None])
    dialog.close()
