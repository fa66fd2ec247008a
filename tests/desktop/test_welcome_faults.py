"""The first run when things go wrong (issue 17, "a first run interrupted at any step: resumed,
nothing half-made"): the database refusing a write in the middle of Create leaves no studio at
all (no identity, no outbox) and the draft as it was; a double click on Create makes one studio;
a double click on Next does not create; Esc asks before leaving and keeps the draft; a damaged
or unwritable draft never stops the first run; the demo opens from the welcome."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from kronos_core.demo import DEMO_STUDIO_ID
from kronos_desktop.app import Desk, _open_demo, open_window
from kronos_desktop.ops.studio import NewStudio, first_run
from kronos_desktop.store import LocalStore
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.welcome import FirstRunDraft, WelcomeWizard
from kronos_desktop.ui.welcome.draft import DRAFT_FILENAME
from tests.desktop.reads import settle


@pytest.fixture
def opened(qtbot, tmp_path: Path, translated: str) -> Iterator[tuple[Desk, MainWindow, WelcomeWizard]]:  # type: ignore[no-untyped-def]
    desk = Desk(LocalStore.open(tmp_path / "data"), translated)
    window = open_window(desk, None)
    qtbot.addWidget(window)
    wizard = window.setup_dialog  # type: ignore[attr-defined]
    assert isinstance(wizard, WelcomeWizard)
    qtbot.waitExposed(wizard)
    yield desk, window, wizard
    desk.close()


def filled(wizard: WelcomeWizard) -> None:
    """Every page filled (as tests/desktop/test_welcome.py types them), the summary shown."""
    wizard.settle_ms = 0
    wizard.go(wizard.studio)
    wizard.studio.name.setText("Estudio Falha")
    wizard.owner.name.setText("Renata Lopes")
    wizard.owner.pin.setText("2468")
    wizard.owner.again.setText("2468")
    wizard.artists.rows[0].name.setText("Bia")
    wizard.go(wizard.summary)


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_a_write_refused_in_the_middle_of_create_leaves_no_studio_and_the_draft(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    desk, window, wizard = opened
    filled(wizard)
    path = desk.store.path
    draft_path = path.parent / DRAFT_FILENAME
    before = json.loads(draft_path.read_text(encoding="utf-8"))
    # The disk says no at the stations, after the studio, its owner, the PIN and the artists.
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER no_station BEFORE INSERT ON station BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    conn.close()
    failed: list[object] = []
    desk.runner.op_failed.connect(lambda _op, exc: failed.append(exc))
    box_closer = close_boxes(qtbot)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(failed), timeout=10000)
    box_closer()
    assert wizard.isVisible()
    assert wizard.error.isVisible()  # said on the page: nothing was written, what was typed is kept
    assert wizard.create_button.isEnabled()
    assert desk.store.identity() is None, "no identity: the desk is as new"
    for table in ("studio", "staff", "station", "outbox", "replica"):
        assert count(path, table) == 0, table
    assert desk.needs_setup()
    assert json.loads(draft_path.read_text(encoding="utf-8")) == before

    # The disk is fine again: Create once more, and the whole studio is there.
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER no_station")
    conn.close()
    with qtbot.waitSignal(wizard.created, timeout=10000):
        qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert (count(path, "studio"), count(path, "staff"), count(path, "station")) == (1, 2, 1)
    assert not draft_path.exists()
    settle(qtbot, desk.ctx)
    assert window.windowTitle() == "KRONOS — Estudio Falha"


def close_boxes(qtbot) -> Callable[[], None]:  # type: ignore[no-untyped-def]
    """Until the function returned is called: any message box that opens is closed (the
    "something went wrong" dialog of an unexpected failure)."""
    watching = [True]

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.close()
        if watching[0]:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return lambda: watching.__setitem__(0, False)


def test_a_double_click_on_create_makes_one_studio(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    desk, _window, wizard = opened
    filled(wizard)
    wizard.go(wizard.pix)
    wizard.settle_ms = QApplication.doubleClickInterval()
    qtbot.wait(wizard.settle_ms + 50)  # a person reading the page
    # A double click on Next: its second click lands on Create, in the same place, a moment later.
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.page is wizard.summary
    assert wizard.create_button.geometry().contains(wizard.next_button.geometry().center())
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert desk.store.identity() is None, "a click just as the summary shows does not create"
    wizard.settle_ms = 0
    created: list[object] = []
    wizard.created.connect(lambda: created.append(True))
    for _ in range(2):  # a double click on Create
        qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    wizard.create_studio()  # and Enter on top of it
    qtbot.waitUntil(lambda: bool(created), timeout=10000)
    qtbot.wait(200)
    path = desk.store.path
    assert (count(path, "studio"), count(path, "staff"), count(path, "outbox")) == (1, 2, 5)
    assert created == [True]

    # The op itself refuses a second studio on the desk (the writer runs one op at a time).
    refused: list[BaseException] = []
    op = first_run(NewStudio(name="Outro", owner_name="Outra Pessoa", owner_pin="1357"))
    desk.runner.run(op.failure(refused.append))
    qtbot.waitUntil(lambda: bool(refused), timeout=10000)
    assert getattr(refused[0], "code", None) == "studio_exists"
    assert (count(path, "studio"), count(path, "staff")) == (1, 2)


def answer(button: str, seen: list[str]) -> None:
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box.objectName())
        found = box.findChild(QPushButton, button)
        assert found is not None
        found.click()

    QTimer.singleShot(0, look)


def test_esc_asks_before_leaving_and_the_draft_stays(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    desk, window, wizard = opened
    wizard.settle_ms = 0
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wizard.studio.name.setFocus()
    qtbot.keyClicks(wizard.studio.name, "Estudio Saindo")
    seen: list[str] = []
    answer("welcomeLeaveNo", seen)
    qtbot.keyClick(wizard.studio.name, Qt.Key.Key_Escape)
    assert seen == ["welcomeLeaveConfirm"]
    assert wizard.isVisible()
    assert wizard.studio.name.text() == "Estudio Saindo"
    answer("welcomeLeaveYes", seen)
    qtbot.keyClick(wizard.studio.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    saved = FirstRunDraft.in_folder(desk.store.path.parent).load()
    assert saved["studio_name"] == "Estudio Saindo"
    assert saved["page"] == "studio"
    assert desk.store.identity() is None


def test_a_damaged_draft_starts_afresh_and_an_unwritable_one_does_not_stop_it(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, translated: str
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DRAFT_FILENAME).write_text('{"version": 1, "page": "pix", "studio_name": "Meio', encoding="utf-8")
    desk = Desk(LocalStore.open(data), translated)
    try:
        window = open_window(desk, None)
        qtbot.addWidget(window)
        wizard = window.setup_dialog  # type: ignore[attr-defined]
        assert wizard.page is wizard.choice
        assert wizard.studio.name.text() == ""
    finally:
        desk.close()
    folder = tmp_path / "read-only"
    folder.mkdir()
    draft = FirstRunDraft(folder / DRAFT_FILENAME)
    assert draft.save({"studio_name": "A", "pin": "1234"})
    assert "pin" not in json.loads(draft.path.read_text(encoding="utf-8")), "only the known fields, never a PIN"
    if os.name == "posix" and os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            assert not draft.save({"studio_name": "B"})
            assert draft.load()["studio_name"] == "A"
        finally:
            folder.chmod(0o700)


def test_the_demo_opens_from_the_welcome_on_the_staff_picker(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    desk, window, wizard = opened
    wizard.settle_ms = 0
    wizard.open_demo = lambda: _open_demo(desk, "small")
    button = wizard.choice.demo_choice
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert wizard.next_button.text() != wizard.tr("Next")
    with qtbot.waitSignal(wizard.demo_opened, timeout=30000):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        assert wizard.busy_label.isVisible()
        assert not wizard.quit_button.isEnabled(), "a moment: the demo is being written"
    qtbot.waitUntil(lambda: not wizard.isVisible())
    settle(qtbot, desk.ctx)
    state = desk.store.identity()
    assert state is not None
    assert state.studio_id == DEMO_STUDIO_ID
    assert window.windowTitle().startswith("KRONOS — ")
    assert window.desk_lock.locked, "the demo's members have PINs: the desk opens on the staff picker"
    assert not (desk.store.path.parent / DRAFT_FILENAME).exists()


def test_the_draft_follows_the_typing_and_the_idle_lock_waits(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    """Killed mid-typing (no Quit, no Esc), the next start still finds what was typed a moment
    before; and the desk does not lock for being idle while the studio is being set up."""
    desk, window, wizard = opened
    wizard.settle_ms = 0
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wizard.studio.name.setFocus()
    qtbot.keyClicks(wizard.studio.name, "Estudio Digitando")
    draft = FirstRunDraft.in_folder(desk.store.path.parent)
    qtbot.waitUntil(lambda: draft.load().get("studio_name") == "Estudio Digitando", timeout=3000)
    assert window.desk_lock.held
    window.desk_lock.use_clock(lambda: 10.0**9)  # an hour, a day, idle
    assert not window.desk_lock.check_idle()
    filled(wizard)
    with qtbot.waitSignal(wizard.created, timeout=10000):
        qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert not window.desk_lock.held, "once set up, the idle lock works again"


def test_enter_on_any_widget_of_any_page_is_next_or_nothing(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    """A hurried person's Enter, wherever the focus is (a colour, a row's ×, "+ span", Back,
    Quit): the wizard goes on to the next page or stays; it never goes back, leaves, removes a
    row, opens another window or creates the studio before the summary."""
    desk, _window, wizard = opened
    filled(wizard)
    wizard.artists.add_row("Caio")
    for index, page in enumerate(wizard.flow[:-1]):
        wizard.go(page, save=False)
        reached: list[str] = []
        stops: list[QWidget] = []
        widget = wizard.focusWidget()
        for _ in range(80):  # every stop of the Tab chain, round once
            assert widget is not None
            name = widget.objectName() or type(widget).__name__
            if widget in stops:
                break
            stops.append(widget)
            reached.append(name)
            wizard.go(page, save=False)
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            assert QApplication.activeModalWidget() in (None, wizard), (page.key, name)
            assert wizard.isVisible(), (page.key, name)
            assert wizard.page in (page, wizard.flow[index + 1]), (page.key, name)
            assert len(wizard.artists.rows) == 2, (page.key, name)
            wizard.go(page, save=False)
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
            widget = wizard.focusWidget()
        assert "welcomeQuit" in reached, (page.key, reached)
        assert "welcomeBack" in reached, (page.key, reached)
    assert desk.store.identity() is None, "nothing created before the summary"


def test_a_draft_left_beside_a_studio_is_dropped_at_start(qtbot, demo_dir: Path, translated: str) -> None:  # type: ignore[no-untyped-def]
    """Killed between writing the studio and deleting the draft: the next start opens on the
    studio, and the draft (a PIX key, names) does not stay behind."""
    FirstRunDraft.in_folder(demo_dir).save({"page": "pix", "studio_name": "Meio feito"})
    desk = Desk(LocalStore.open(demo_dir), translated)
    try:
        window = open_window(desk, None)
        qtbot.addWidget(window)
        assert getattr(window, "setup_dialog", None) is None
        assert not (demo_dir / DRAFT_FILENAME).exists()
    finally:
        desk.close()


def test_a_folder_left_half_way_through_the_demo_is_not_made_a_studio(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    """The demo stopped after taking its identity, before its rows: Create says so and writes
    nothing (a studio under the demo's fixed id would be mistaken for the demo)."""
    desk, _window, wizard = opened
    desk.store.ensure_identity(studio_id=DEMO_STUDIO_ID)
    filled(wizard)
    failed: list[object] = []
    desk.runner.op_failed.connect(lambda _op, exc: failed.append(exc))
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(failed), timeout=10000)
    assert getattr(failed[0], "code", None) == "demo_folder"
    assert "demo" in wizard.error.text()
    assert count(desk.store.path, "studio") == 0
    assert count(desk.store.path, "outbox") == 0
