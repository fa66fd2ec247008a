"""The welcome's "Restore from a backup copy" (issue 17: the counter PC died, KRONOS is installed
on a new one): a copy of the standard demo desk, chosen on an empty data folder, is checked,
confirmed and staged (the wizard says so, the draft is gone), and the start puts it in place:
every table holds the copy's rows, with a new device id and receipt prefix, and the desk opens on
the staff picker. A file that is not a KRONOS copy is refused in words, nothing staged, the wizard
stays; Enter with no copy chosen says so; a double click on Restore asks once. In English.

Set ``KRONOS_SCREENSHOT_DIR`` to keep a picture of the choice and the page."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kronos_desktop.app import Desk, open_window
from kronos_desktop.store import LocalStore
from kronos_desktop.store.paths import DB_FILENAME
from kronos_desktop.store.restore_staging import staged
from kronos_desktop.store.scheduled_backups import take_copy
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.settings.backup_restore import restore_at_start
from kronos_desktop.ui.welcome import WelcomeWizard
from kronos_desktop.ui.welcome.draft import DRAFT_FILENAME
from tests.desktop.reads import settle

NOW = dt.datetime(2026, 12, 4, 23, 30, tzinfo=dt.UTC)


@pytest.fixture
def language() -> str:
    return "en"


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("KRONOS_SCREENSHOT_DIR")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"welcome-restore-{name}.png"))


@pytest.fixture
def opened(qtbot, tmp_path: Path, translated: str) -> Iterator[tuple[Desk, MainWindow, WelcomeWizard]]:  # type: ignore[no-untyped-def]
    """KRONOS started on an empty data folder (a new PC): the welcome over the window."""
    desk = Desk(LocalStore.open(tmp_path / "new-pc"), translated)
    window = open_window(desk, None)
    qtbot.addWidget(window)
    wizard = window.setup_dialog  # type: ignore[attr-defined]
    assert isinstance(wizard, WelcomeWizard)
    qtbot.waitExposed(wizard)
    wizard.settle_ms = 0
    yield desk, window, wizard
    desk.close()


def tables(path: Path) -> dict[str, int]:
    """Every table's row count."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: int(db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}
    finally:
        db.close()


def one(path: Path, sql: str) -> object:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute(sql).fetchone()[0]
    finally:
        db.close()


def answering(answer: bool, asked: list[str]) -> Callable[[str, Path], bool]:
    def confirm(when: str, _kept_in: Path) -> bool:
        asked.append(when)
        return answer

    return confirm


def enter(qtbot, wizard: WelcomeWizard) -> None:  # type: ignore[no-untyped-def]
    """Enter where the focus is, as a person presses it."""
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus if focus is not None and wizard.isAncestorOf(focus) else wizard, Qt.Key.Key_Return)


def to_restore_page(qtbot, wizard: WelcomeWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.choice.restore_choice
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert wizard.next_button.text() == "Next"
    shot(wizard, "choice")
    enter(qtbot, wizard)
    assert wizard.page is wizard.restore_page
    assert wizard.title.text() == "Restore from a backup copy"
    assert wizard.next_button.text() == "Restore"


def test_a_copy_of_the_studio_comes_back_on_a_new_pc_through_the_welcome(  # type: ignore[no-untyped-def]
    qtbot, opened, demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk, _window, wizard = opened
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    copy = take_copy(demo_dir / DB_FILENAME, stick, NOW).path  # the old PC's copy on its stick
    assert copy is not None
    data = desk.store.path.parent
    to_restore_page(qtbot, wizard)

    enter(qtbot, wizard)  # Enter with no copy chosen
    assert wizard.error.text() == "Choose the copy to restore."
    assert wizard.page is wizard.restore_page

    wizard.restore_page.ask_file = lambda: str(copy)
    qtbot.mouseClick(wizard.restore_page.choose_button, Qt.MouseButton.LeftButton)
    assert wizard.restore_page.path.text() == str(copy)
    assert wizard.restore_page.when.text().startswith("A copy made on 12/4/2026 8:30")  # São Paulo's clock
    shot(wizard, "page")

    asked: list[str] = []
    flow = wizard.restore_page.flow
    assert flow is not None
    flow.confirm = answering(False, asked)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # a double click on Restore:
    assert flow.busy
    assert not wizard.next_button.isEnabled()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # its second click
    qtbot.waitUntil(lambda: not flow.busy, timeout=20_000)
    assert len(asked) == 1, "asked once"
    assert staged(data) is None, "not confirmed: nothing staged"
    assert wizard.isVisible()
    assert wizard.quit_button.isEnabled()

    restarted: list[bool] = []
    wizard.restart = lambda: restarted.append(True)
    flow.confirm = answering(True, asked)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(restarted), timeout=20_000)
    assert staged(data) is not None
    assert wizard.busy_label.text() == "KRONOS restarts to open the restored studio…"
    assert not wizard.quit_button.isEnabled()
    assert not (data / DRAFT_FILENAME).exists()
    wizard.close()  # the restart's quit closes every window: the wizard no longer waits
    assert not wizard.isVisible()
    old_device = one(copy, "SELECT device_id FROM replica")
    old_prefix = one(copy, "SELECT sale_prefix FROM replica")
    desk.close()

    restore_at_start(data)  # the next start, before the store opens
    said = capsys.readouterr().err
    assert "The studio is back from its copy of 12/4/2026" in said, "a new PC: nothing of a studio replaced"
    assert tables(data / DB_FILENAME) == tables(copy), "every table as the copy holds it"
    assert one(data / DB_FILENAME, "SELECT device_id FROM replica") != old_device, "a new device id"
    assert one(data / DB_FILENAME, "SELECT sale_prefix FROM replica") != old_prefix, "a new receipt prefix"
    desk.store = LocalStore.open(data)  # the fixture closes it
    again = Desk(desk.store, "en")
    window = open_window(again, None)
    qtbot.addWidget(window)
    settle(qtbot, again.ctx)
    assert getattr(window, "setup_dialog", None) is None, "no welcome: the studio is here"
    assert window.desk_lock.locked, "its members have PINs: the desk opens on the staff picker"


def test_a_file_that_is_not_a_kronos_copy_is_refused_and_the_wizard_stays(  # type: ignore[no-untyped-def]
    qtbot, opened, tmp_path: Path
) -> None:
    desk, _window, wizard = opened
    photo = tmp_path / "tattoo.db"
    photo.write_bytes(b"a photo of a tattoo" * 100)
    other = tmp_path / "notes.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE note (text TEXT)")
    db.commit()
    db.close()
    to_restore_page(qtbot, wizard)
    asked: list[str] = []
    flow = wizard.restore_page.flow
    assert flow is not None
    flow.confirm = answering(True, asked)
    for chosen, reason in (
        (photo, "the file is not a database."),
        (other, "the file is a database, but not a copy of KRONOS."),
    ):
        wizard.restore_page.use(chosen)
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not flow.busy, timeout=10_000)
        assert wizard.error.text() == f"This copy cannot be restored: {reason}"
        assert wizard.error.isVisible()
        assert not wizard.busy_label.isVisible()
    shot(wizard, "refused")
    assert asked == [], "refused before anyone is asked"
    assert staged(desk.store.path.parent) is None
    assert not (desk.store.path.parent / "kronos-restore.db").exists()
    assert wizard.isVisible()
    assert wizard.page is wizard.restore_page
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.page is wizard.choice
