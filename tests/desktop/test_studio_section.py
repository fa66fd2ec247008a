"""The Studio section (issue 11): Settings → Studio settings / Staff / History and Ctrl+4 open
it at the right tab; who is at the desk decides what each tab lets them change."""

from __future__ import annotations

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


def test_the_settings_menu_opens_each_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for action, tab in (("studio.staff", "staff"), ("studio.history", "history"), ("studio.settings", "settings")):
        window.show_section("agenda")
        window.action_set.actions[action].trigger()
        assert (window.current_section(), window.studio.current_tab()) == ("studio", tab)
    window.show_section("agenda")
    window.action_set.actions["go.studio"].trigger()
    assert window.current_section() == "studio"


def test_a_receptionist_reads_the_settings_and_a_manager_changes_them(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    demo: DemoStudio,
) -> None:
    ctx = window.ctx
    ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "Larissa Menezes")
    settle(qtbot, ctx)
    page = window.studio.settings_page
    assert not page.editable()
    assert not window.studio.history_page.table.isVisibleTo(window.studio.history_page)
    ctx.who.set(demo.manager_id, Role.MANAGER, "Thiago Bastos")
    settle(qtbot, ctx)
    assert page.editable()
    assert window.studio.history_page.table.isVisibleTo(window.studio.history_page)
