"""Start fast (issue 17, "Start"): a desk with no server never loads the sync engine, its
transport or httpx, and the window shows the Agenda before the other sections are built (each
is built on its first visit, menus and shortcuts included)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kronos_desktop.app import Desk
from kronos_desktop.ui import actions
from kronos_desktop.ui.main_window import SECTIONS, STUDIO_TAB_ACTIONS, MainWindow
from tests.desktop.reads import settle

# Loaded only once a server is configured (app.Desk.start_sync) or a sign-in starts.
SERVER_ONLY = (
    "httpx",
    "kronos_desktop.sync.engine",
    "kronos_desktop.sync.http",
    "kronos_desktop.sync.steps",
    "kronos_desktop.auth.oauth",
    "keyring",
    "apscheduler",
)

# The desk as a person starts it (`kronos-desktop`), writing the modules loaded when the window
# is shown and when the smoke run ends (it visits every section on its way out).
CHILD = """
import json, sys
import kronos_desktop.app as app

shown_path, end_path, *argv = sys.argv[1:]
real_open = app.open_window

def open_window(desk, settings):
    window = real_open(desk, settings)
    with open(shown_path, "w") as f:
        json.dump(sorted(sys.modules), f)
    return window

app.open_window = open_window
code = app.run(app.Options(**json.loads(argv[0])))
with open(end_path, "w") as f:
    json.dump(sorted(sys.modules), f)
sys.exit(code)
"""


def start(tmp_path: Path, **options: object) -> tuple[set[str], set[str], str]:
    """Run a smoke start; the modules loaded at the window's showing and at the end, and stdout."""
    shown, end = tmp_path / "shown.json", tmp_path / "end.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KRONOS_DATA_DIR", None)
    argv = json.dumps({"data_dir": str(tmp_path / "data"), "smoke": True, "lang": "en", **options})
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(shown), str(end), argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return set(json.loads(shown.read_text())), set(json.loads(end.read_text())), result.stdout


@pytest.fixture(scope="module")
def demo_start(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], set[str], str]:
    return start(tmp_path_factory.mktemp("demo-start"), demo=True, demo_size="small")


@pytest.mark.slow
def test_a_desk_without_a_server_never_loads_the_sync_engine_or_httpx(
    demo_start: tuple[set[str], set[str], str],
) -> None:
    at_shown, at_end, out = demo_start
    assert "KRONOS main window shown" in out
    assert "0 unexpected error(s)" in out
    assert sorted(m for m in SERVER_ONLY if m in at_shown) == []
    # Nor after every section was visited (the smoke run builds each on its way out)...
    assert "kronos_desktop.ui.settings.section" in at_end, "the smoke run did not visit the sections"
    assert sorted(m for m in SERVER_ONLY if m in at_end and m not in {"httpx", "kronos_desktop.sync.http"}) == []
    # ...and at the window's showing, the other sections are not loaded yet: they load on a visit.
    assert "kronos_desktop.ui.clients.view" not in at_shown
    assert "kronos_desktop.ui.settings.section" not in at_shown


@pytest.mark.slow
def test_the_agendas_export_and_print_wait_for_their_first_use(demo_start: tuple[set[str], set[str], str]) -> None:
    """The calendar export (icalendar) and the day's printing (Qt's print support) are opened from
    a menu: the window shows without them."""
    at_shown, _, _ = demo_start
    assert (
        sorted(
            m for m in ("icalendar", "PySide6.QtPrintSupport", "kronos_desktop.ui.agenda.ics_dialog") if m in at_shown
        )
        == []
    )


@pytest.mark.slow
def test_visiting_the_studio_section_does_not_load_httpx_either(demo_start: tuple[set[str], set[str], str]) -> None:
    _, at_end, _ = demo_start
    assert "kronos_desktop.ui.settings.section" in at_end
    assert "httpx" not in at_end


@pytest.mark.slow
def test_a_first_run_without_a_server_does_not_load_them_either(tmp_path: Path) -> None:
    at_shown, _, out = start(tmp_path)
    assert "KRONOS main window shown" in out
    assert sorted(m for m in SERVER_ONLY if m in at_shown) == []


# Loaded after the window shows (kronos_core/mutations/__init__.py, kronos_core/holidays_br.py):
# the mutations and pydantic on the writer thread once the day is drawn, or on a first change;
# the holidays package not at all while its list for the year is in the cache folder.
AFTER_THE_WINDOW = ("pydantic", "kronos_core.mutations.base", "kronos_core.demo.generate", "holidays")


@pytest.mark.slow
def test_the_demos_second_start_shows_the_window_before_the_mutations_load(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("demo-again")
    first, _, _ = start(folder, demo=True, demo_size="small")
    assert "kronos_core.demo.generate" in first, "the first start writes the demo studio with its generator"
    at_shown, at_end, out = start(folder, demo=True, demo_size="small")
    assert "0 unexpected error(s)" in out
    assert sorted(m for m in AFTER_THE_WINDOW if m in at_shown) == []
    assert "kronos_core.mutations.base" in at_end, "loaded once the day was on screen"


@pytest.fixture
def fresh_window(qtbot, desk: Desk) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as the app opens it: the Agenda built, the other sections not yet."""
    win = MainWindow(desk.ctx, None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, desk.ctx)
    return win


def built(window: MainWindow) -> list[str]:
    """The sections whose view is in the window (the others wait for a first visit)."""
    return [key for key in SECTIONS if key in window._sections]


def test_the_window_builds_a_section_on_its_first_visit(fresh_window: MainWindow, demo_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = fresh_window
    assert built(window) == ["agenda"]
    assert window.current_section() == "agenda"
    stand_in = window.stack.widget(SECTIONS.index("clients"))
    assert stand_in is not None
    assert window.findChild(QWidget, "clientsTable") is None
    window.show_section("clients")
    assert built(window) == ["agenda", "clients"]
    assert window.current_section() == "clients"
    assert window.stack.currentWidget() is window.clients  # the stand-in gave its place
    assert window.stack.indexOf(stand_in) == -1
    assert window.stack.count() == len(SECTIONS)
    assert window.findChild(QWidget, "clientsTable") is not None
    assert QApplication.activeWindow() is window  # built inside the window: it keeps the focus
    settle(qtbot, window.ctx)  # its first reads, asked for as it was built, are in
    with sqlite3.connect(demo_dir / "kronos.db") as conn:
        clients = conn.execute("SELECT count(*) FROM client WHERE deleted = 0").fetchone()[0]
    assert window.clients.model.total == clients > 0
    # Asked for by name (a menu's action on it), a section is built without being shown.
    assert window.studio.objectName() == "studioSection"
    assert built(window) == ["agenda", "clients", "studio"]
    assert window.current_section() == "clients"
    # The Caixa, built late, opens nothing of its own (its Vouchers button once flashed as a window).
    window.show_section("checkout")
    assert built(window) == ["agenda", "clients", "checkout", "studio"]
    assert QApplication.activeWindow() is window
    assert [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window] == []
    window.show_section("clients")
    assert window.stack.widget(SECTIONS.index("studio")) is window.studio
    # Built once: a second visit shows the same view.
    view = window.clients
    window.show_section("agenda")
    window.show_section("clients")
    assert window.clients is view
    assert window.stack.currentWidget() is view


def test_each_studio_menu_action_opens_its_tab_of_the_studio_section(fresh_window: MainWindow) -> None:
    window = fresh_window
    from kronos_desktop.ui.settings.section import TABS

    studio_actions = [s for s in actions.ACTIONS if s.name.startswith("studio.")]
    assert studio_actions
    assert {tab for _, tab in STUDIO_TAB_ACTIONS} <= set(TABS)
    for spec in studio_actions:
        window.action_set.actions[spec.name].trigger()
        assert window.current_section() == "studio"
        assert window.studio.current_tab() == spec.name.removeprefix("studio.")
