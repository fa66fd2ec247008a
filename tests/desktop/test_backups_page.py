"""Studio → Backups (kronos_desktop/ui/settings/backups_page.py) on the demo desk's real file:
"Back up now" lists a copy with its date, kind and size; a folder a copy cannot be written in is
refused, a good one kept, the default back; only owners and managers restore; a copy that is not a
KRONOS copy is refused, nothing staged; a restore confirmed while the desk runs is staged (the
open file untouched, still written) and put in place at the next start. In English."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.store import LocalStore
from kronos_desktop.store.paths import DB_FILENAME
from kronos_desktop.store.restore_staging import apply_staged, staged
from kronos_desktop.store.scheduled_backups import copy_name
from kronos_desktop.ui.backup_keeper import FOLDER_KEY, BackupKeeper
from kronos_desktop.ui.settings.backup_restore import restart_if_asked, restore_at_start
from kronos_desktop.ui.settings.backups_page import BackupsPage

NOW = dt.datetime(2026, 12, 4, 23, 30, tzinfo=dt.UTC)


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def page(qtbot: QtBot, desk: Desk, tmp_path: Path) -> Iterator[BackupsPage]:
    settings = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    keeper = BackupKeeper(desk.store.path, settings, clock=lambda: NOW)
    shown = BackupsPage(desk.ctx)
    qtbot.addWidget(shown)
    shown.use(keeper)
    desk.ctx.who.set(uuid7(), Role.OWNER, "Rita")
    shown.show()
    yield shown
    keeper.shutdown()


def rows(page: BackupsPage) -> list[list[str]]:
    table = page.table
    return [[cell(table.item(r, c)) for c in range(table.columnCount())] for r in range(table.rowCount())]


def cell(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


def asking(answer: bool, asked: list[tuple[str, Path]]) -> Callable[[str, Path], bool]:
    """The confirmation, answered ``answer``; what it was asked kept in ``asked``."""

    def confirm(when: str, kept_in: Path) -> bool:
        asked.append((when, kept_in))
        return answer

    return confirm


def test_back_up_now_lists_the_copy(qtbot: QtBot, page: BackupsPage) -> None:
    assert page.empty.isVisible()
    assert page.last_label.text() == "None yet"
    assert page.folder_label.text().endswith("(the default, beside the desk's data)")
    page.now_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=20_000)
    assert page.message.text() == "Copy taken."
    when, kind, size = rows(page)[0]
    assert when.startswith("12/4/2026 8:30"), "at the studio's clock (São Paulo)"
    assert kind == "Daily"
    assert size.endswith(("MB", "KB", "kB", "MiB", "KiB"))
    assert page.last_label.text().startswith(when)
    assert not page.empty.isVisible()
    assert page.now_button.isEnabled()


def test_a_folder_is_kept_only_if_a_copy_can_be_written_there(page: BackupsPage, tmp_path: Path) -> None:
    keeper = page.keeper
    assert keeper is not None
    a_file = tmp_path / "photo.jpg"
    a_file.write_bytes(b"jpeg")
    assert not page.keep_folder(a_file / "copies")
    assert page.message.property("role") == "error"
    assert page.message.text() == f"KRONOS cannot write in {a_file / 'copies'}: the folder was not changed."
    assert keeper.chosen_folder() == ""
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    assert page.keep_folder(stick)
    assert keeper.settings.value(FOLDER_KEY) == str(stick)
    assert page.folder_label.text() == str(stick)
    assert page.default_button.isEnabled()
    page.default_button.click()
    assert keeper.chosen_folder() == ""
    assert keeper.folder() == keeper.database.parent / "copies"
    assert not page.default_button.isEnabled()


def test_only_owners_and_managers_restore(page: BackupsPage, desk: Desk) -> None:
    keeper = page.keeper
    assert keeper is not None
    assert keeper.take().ok
    page.refresh()
    page.table.selectRow(0)
    assert page.restore_button.isEnabled()
    assert not page.reason.isVisible()
    desk.ctx.who.set(uuid7(), Role.ARTIST, "Léo")
    assert not page.restore_button.isEnabled()
    assert page.reason.isVisible()
    assert page.reason.text() == "Only owners and managers restore a copy."
    assert page.now_button.isEnabled(), "anyone backs up"
    desk.ctx.who.set(uuid7(), Role.MANAGER, "Ana")
    assert page.restore_button.isEnabled()


def test_a_file_that_is_not_a_kronos_copy_is_refused_and_nothing_staged(
    qtbot: QtBot, page: BackupsPage, desk: Desk
) -> None:
    keeper = page.keeper
    assert keeper is not None
    fake = keeper.folder() / copy_name(NOW)
    fake.write_bytes(b"a photo of a tattoo" * 100)
    asked: list[tuple[str, Path]] = []
    page.flow.confirm = asking(True, asked)
    assert page.restore(fake)
    refused = "This copy cannot be restored: the file is not a database."
    qtbot.waitUntil(lambda: page.message.text() == refused, timeout=10_000)
    assert asked == [], "refused before anyone is asked"
    assert page.message.property("role") == "error"
    assert not page.flow.busy
    assert staged(desk.store.path.parent) is None


def test_a_restore_while_the_desk_runs_is_staged_then_put_in_place_at_the_next_start(
    qtbot: QtBot, page: BackupsPage, desk: Desk
) -> None:
    keeper = page.keeper
    assert keeper is not None
    copy = keeper.take().path
    assert copy is not None
    page.refresh()
    data = desk.store.path.parent
    clients = count(desk.store.path, "client")
    asked: list[tuple[str, Path]] = []
    page.flow.confirm = asking(False, asked)
    assert page.restore(copy)
    qtbot.waitUntil(lambda: not page.flow.busy, timeout=10_000)
    assert staged(data) is None, "not confirmed: nothing staged"
    assert asked[0][0].startswith("12/4/2026 8:30"), "the confirmation names the copy's date"
    assert asked[0][1] == data / "replaced", "the confirmation says where the current data is kept"
    page.flow.confirm = asking(True, asked)
    with qtbot.waitSignal(page.restart_requested, timeout=10_000):
        assert page.restore(copy)
    assert staged(data) is not None
    assert page.message.text() == "KRONOS restarts to put the copy in place…"

    desk.store.apply("client.create", {"client_id": str(uuid7()), "full_name": "Chegou Depois"})
    assert count(desk.store.path, "client") == clients + 1, "the open desk still writes its own file"
    desk.close()
    done = apply_staged(data, now=NOW)  # the next start, before the store opens
    assert done is not None
    assert count(data / DB_FILENAME, "client") == clients, "the copy's rows"
    assert count(done.kept_aside / DB_FILENAME, "client") == clients + 1, "the data it replaced, kept"
    LocalStore.open(data).close()
    desk.store = LocalStore.open(data)  # the fixture closes it again


def count(path: Path, table: str) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        db.close()


def test_the_start_puts_a_staged_copy_in_place_or_says_why_not(
    qtbot: QtBot, page: BackupsPage, desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    keeper = page.keeper
    assert keeper is not None
    copy = keeper.take().path
    assert copy is not None
    data = desk.store.path.parent
    page.flow.confirm = asking(True, [])
    with qtbot.waitSignal(page.restart_requested, timeout=10_000):
        page.restore(copy)
    desk.close()
    before = count(data / DB_FILENAME, "client")
    spoilt = sqlite3.connect(data / "kronos-restore.db")
    spoilt.execute("UPDATE alembic_version SET version_num = '9999'")
    spoilt.commit()
    spoilt.close()
    restore_at_start(data)
    said = capsys.readouterr().err
    assert "The copy chosen was not restored: the copy was made by a newer version of KRONOS." in said
    assert "Nothing was replaced." in said
    assert count(data / DB_FILENAME, "client") == before
    assert not (data / "replaced").exists()

    with qtbot.waitSignal(page.restart_requested, timeout=10_000):
        page.restore(copy)
    restore_at_start(data)
    said = capsys.readouterr().err
    assert "is back in place. The data it replaced is kept in " + str(data / "replaced") in said
    assert len(list((data / "replaced").iterdir())) == 1
    assert not restart_if_asked(), "no restart unless a restore asked for one"
    desk.store = LocalStore.open(data)  # the fixture closes it again
