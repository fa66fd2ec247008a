"""Fixtures of the desktop tests: a real demo database (generated once per session, copied per
test), an open desk on it, and the main window, in pt_BR unless a test asks for English."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the root conftest does it too

import shutil
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kronos_core import instants
from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, DemoStudio, generate_demo
from kronos_desktop import i18n
from kronos_desktop.app import Desk
from kronos_desktop.gui_collector import GuiThreadCollector
from kronos_desktop.store import LocalStore
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


@pytest.fixture(autouse=True)
def _the_demos_afternoon() -> Iterator[None]:
    """The desk's clock (``kronos_core.instants.utcnow``) at the demo studio's present or later.

    The demo's present is 15:00 in São Paulo today (kronos_core/demo/generate.py): what ended
    before it is done and paid, what comes after is booked. A suite run in São Paulo's morning
    (before 15:00 there, 18:00 UTC) saw the desk's real clock before that present: a drawer
    closed "now" found the demo's later payments of the day "late", a session waiting to check in
    was not there on a Saturday. Before 15:01 there, the clock runs from 15:01 on; later, it is
    the system's, as it always was. Per test, never the session's: a worker runs the server's
    tests after these, on the system's clock."""
    zone = ZoneInfo("America/Sao_Paulo")
    local = dt.datetime.now(dt.UTC).astimezone(zone)
    present = local.replace(hour=15, minute=1, second=0, microsecond=0)
    instants.set_clock_offset(max(present - local, dt.timedelta(0)))
    yield
    instants.set_clock_offset(dt.timedelta(0))


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Settings, compiled translations and logs go to temporary folders, never the user's."""
    base = tmp_path_factory.mktemp("user")
    names = ("KRONOS_CONFIG_DIR", "KRONOS_CACHE_DIR", "KRONOS_LOG_DIR")
    saved = {name: os.environ.get(name) for name in names}
    for name in names:
        os.environ[name] = str(base / name.lower())
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoStudio]:
    """A data folder holding the standard demo studio (today = today in São Paulo)."""
    folder = tmp_path_factory.mktemp("demo-template")
    store = LocalStore.open(folder)
    try:
        store.ensure_identity(studio_id=DEMO_STUDIO_ID)
        with store.engine.begin() as conn:
            demo = generate_demo(conn, size=DemoSize.standard())
        store.set_desk_staff(demo.receptionist_id)
    finally:
        store.close()
    return folder, demo


@pytest.fixture
def demo(demo_template: tuple[Path, DemoStudio]) -> DemoStudio:
    return demo_template[1]


@pytest.fixture
def demo_dir(demo_template: tuple[Path, DemoStudio], tmp_path: Path) -> Path:
    """A private copy of the demo data folder."""
    target = tmp_path / "data"
    shutil.copytree(demo_template[0], target)
    return target


@pytest.fixture
def language() -> str:
    return "pt_BR"


@pytest.fixture
def translated(qapp: QApplication, language: str) -> Iterator[str]:
    yield i18n.install(qapp, language)
    i18n.install(qapp, "pt_BR")


@pytest.fixture
def desk(demo_dir: Path, translated: str) -> Iterator[Desk]:
    opened = Desk(LocalStore.open(demo_dir), translated)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, desk: Desk) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(desk.ctx, None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.visit_every_section()  # built on a first visit in the app (test_start.py): here all at once
    settle(qtbot, desk.ctx)  # the sections' first reads are in
    return win


Shown = list[tuple[str, str, str]]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    boxes: Shown = []

    def fake_exec(box: QMessageBox) -> int:
        boxes.append((box.objectName(), box.text() + "\n" + box.informativeText(), box.detailedText()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


@pytest.fixture(autouse=True)
def _cycles_freed_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app (kronos_desktop/gui_collector.py): no cycle holding a Qt object is freed by
    the reader, writer or sync thread; what a test leaves is collected here, on the GUI thread."""
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()
    collector.deleteLater()
