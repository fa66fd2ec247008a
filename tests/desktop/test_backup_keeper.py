"""The desk's copies while the app runs (kronos_desktop/ui/backup_keeper.py) on a real desk file:
the day's copy is taken off the GUI thread when none was taken today, and not again that day; a
copy on quit; a chosen folder that is gone is said in red in the status bar, and the words go once
a copy succeeds again. In English."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from kronos_core.ids import uuid7
from kronos_desktop.hub import Hub
from kronos_desktop.store import LocalStore
from kronos_desktop.store.erase import after_erase
from kronos_desktop.store.scheduled_backups import CopyResult, copy_name, integrity, taken_at
from kronos_desktop.ui.backup_keeper import FOLDER_KEY, BackupKeeper, install_in_status_bar, writable

NOW = dt.datetime(2026, 12, 4, 23, 30, tzinfo=dt.UTC)


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    store = LocalStore.open(tmp_path / "data")
    store.ensure_identity()
    store.close()
    return store.path


def copies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if taken_at(p) is not None)


@pytest.mark.usefixtures("translated")
def test_the_days_copy_is_taken_once_off_the_gui_thread_and_again_on_quit(
    qtbot: QtBot, database: Path, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    clock = [NOW]
    keeper = BackupKeeper(database, settings, clock=lambda: clock[0])
    keeper.check()
    qtbot.waitUntil(lambda: keeper.last is not None, timeout=10_000)
    folder = database.parent / "copies"
    assert copies(folder) == [copy_name(NOW)]
    assert integrity(folder / copy_name(NOW)) == "ok"

    clock[0] = NOW + dt.timedelta(minutes=10)
    keeper.check()  # the same day: no second copy
    keeper.wait()
    assert copies(folder) == [copy_name(NOW)]

    keeper.take()  # on quit: the day's newest copy is the one kept
    assert copies(folder) == [copy_name(clock[0])]


@pytest.mark.usefixtures("translated")
def test_a_folder_that_is_gone_is_said_in_red_until_a_copy_succeeds(
    qtbot: QtBot, database: Path, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    stick = tmp_path / "usb-stick"
    settings.setValue(FOLDER_KEY, str(stick))
    keeper = BackupKeeper(database, settings, clock=lambda: NOW)
    bar = QStatusBar()
    qtbot.addWidget(bar)
    label = install_in_status_bar(keeper, bar)
    bar.show()

    assert not keeper.take().ok
    assert label.isVisible()
    assert label.text() == f"No backup copy: the folder {stick} is not there (a USB stick taken out?)."
    assert not stick.exists(), "never made again on the desk's disk"

    stick.mkdir()
    assert keeper.take().ok
    assert not label.isVisible()
    assert copies(stick) == [copy_name(NOW)]


def _full(folder: Path) -> None:
    """The disk under the folder is full: the copy's temporary file is /dev/full (ENOSPC)."""
    (folder / f"{copy_name(NOW)}.partial").symlink_to("/dev/full")


def _mend_full(folder: Path) -> None:
    (folder / f"{copy_name(NOW)}.partial").unlink(missing_ok=True)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.usefixtures("translated")
def test_a_full_folder_is_said_and_the_next_check_tries_again(qtbot: QtBot, database: Path, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    settings.setValue(FOLDER_KEY, str(stick))
    keeper = BackupKeeper(database, settings, clock=lambda: NOW)
    bar = QStatusBar()
    qtbot.addWidget(bar)
    label = install_in_status_bar(keeper, bar)
    bar.show()
    _full(stick)
    keeper.check()
    qtbot.waitUntil(lambda: keeper.last is not None, timeout=10_000)
    assert keeper.last is not None
    assert keeper.last.problem == "folder_full"
    assert label.isVisible()
    assert label.text() == f"No backup copy: the folder {stick} is full. Free some space; the next copy tries again."
    assert copies(stick) == [], "nothing half-written left as a copy"
    _mend_full(stick)
    keeper.check()  # the next check (every ten minutes): no copy today yet, so it tries again
    qtbot.waitUntil(lambda: keeper.last is not None and keeper.last.ok, timeout=10_000)
    assert not label.isVisible()
    assert copies(stick) == [copy_name(NOW)]


@pytest.mark.usefixtures("translated")
def test_a_read_only_folder_is_said_and_a_copy_goes_once_it_can(qtbot: QtBot, database: Path, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    as_root = os.name != "posix" or os.geteuid() == 0
    # Permissions do not stop root (or Windows' owner): there, a folder of the kernel's that
    # nobody can write in, then a writable one chosen.
    locked = Path("/proc/self") if as_root else stick
    if not as_root:
        stick.chmod(0o500)
    settings.setValue(FOLDER_KEY, str(locked))
    keeper = BackupKeeper(database, settings, clock=lambda: NOW)
    bar = QStatusBar()
    qtbot.addWidget(bar)
    label = install_in_status_bar(keeper, bar)
    bar.show()
    result = keeper.take()
    assert result.problem == "folder_read_only"
    assert label.text() == (
        f"No backup copy: KRONOS cannot write in the folder {locked}. Choose another folder in Studio → Backups."
    )
    if as_root:
        settings.setValue(FOLDER_KEY, str(stick))
    else:
        stick.chmod(0o700)
    keeper.check()
    qtbot.waitUntil(lambda: keeper.last is not None and keeper.last.ok, timeout=10_000)
    assert not label.isVisible()
    assert copies(stick) == [copy_name(NOW)]


def test_a_folder_is_kept_only_when_a_copy_can_be_written_there(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    assert not writable(a_file / "copies"), "a path under a file"
    assert not writable(tmp_path / "gone")
    assert writable(tmp_path)
    assert list(tmp_path.iterdir()) == [a_file], "the probe leaves nothing behind"


@pytest.mark.usefixtures("translated")
def test_an_erase_reaches_the_copies_a_moment_after_it(qtbot: QtBot, tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "data")
    state = store.ensure_identity()
    store.apply(
        "studio.setup",
        {"studio_id": str(state.studio_id), "name": "Estúdio", "owner_staff_id": str(uuid7()), "owner_name": "Rita"},
    )
    zuleika = uuid7()
    store.apply("client.create", {"client_id": str(zuleika), "full_name": "Zuleika Wpqx", "phone": "11975318642"})
    settings = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    hub = Hub()
    keeper = BackupKeeper(store.path, settings, clock=lambda: NOW)
    keeper.sweep_timer.setInterval(0)
    keeper.watch(hub.rows_changed)
    try:
        assert keeper.take().ok
        copy = keeper.folder() / copy_name(NOW)
        assert b"Wpqx" in copy.read_bytes()
        applied = store.apply("client.erase", {"client_id": str(zuleika), "erased_at": NOW.isoformat()})
        after_erase(store.engine, store.path, applied.changed["client"], log_dir=tmp_path / "no-logs")
        hub.notify({"client": {zuleika}})  # as the op's success tells the views
        qtbot.waitUntil(lambda: b"Wpqx" not in copy.read_bytes(), timeout=10_000)
        keeper.wait()
        assert integrity(copy) == "ok"
        assert b"975318642" not in copy.read_bytes()
    finally:
        keeper.shutdown()
        store.close()


def test_a_quit_copies_only_when_something_was_written_since_the_last_copy(demo_dir: Path, tmp_path: Path) -> None:
    """The copy on quit (``take(if_changed=True)``) is skipped when the database was not written
    since the keeper's last good copy; a write by the open store, or the copy gone, and it copies.
    (A day between quits: the rotation keeps one copy a day.)"""
    store = LocalStore.open(demo_dir)
    settings = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    clock = [NOW]
    keeper = BackupKeeper(store.path, settings, clock=lambda: clock[0])
    folder = store.path.parent / "copies"
    try:
        first = keeper.take(if_changed=True)  # no copy by this keeper yet: a copy
        assert first.ok
        clock[0] += dt.timedelta(days=1)
        again = keeper.take(if_changed=True)  # quit again, nothing written between: no copy
        assert again.path == first.path
        assert copies(folder) == [copy_name(NOW)]

        store.apply("client.create", {"client_id": str(uuid7()), "full_name": "Escrita Entre"})
        clock[0] += dt.timedelta(days=1)
        assert keeper.take(if_changed=True).ok  # a write between: a second copy
        assert copies(folder) == [copy_name(NOW), copy_name(clock[0])]
        newest = folder / copy_name(clock[0])
        assert newest.is_file(), "the copy holds the write"

        clock[0] += dt.timedelta(days=1)
        newest.unlink()  # the copy gone from the folder (deleted by hand): the quit copies again
        assert keeper.take(if_changed=True).path == folder / copy_name(clock[0])
    finally:
        keeper.shutdown()
        store.close()


def test_a_quit_after_a_start_with_nothing_written_does_not_copy_again(demo_dir: Path, tmp_path: Path) -> None:
    """Across starts: the quit that copied leaves the file's state (the store closed, then the
    keeper); the next start finds the file as it was, so its quit copies nothing; a write made
    even before the next keeper starts, and that quit copies."""
    settings = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    folder = demo_dir / "copies"
    day = [NOW]

    def run(write_before: bool = False, write_after: bool = False) -> CopyResult:
        """One start of KRONOS: the store, the keeper, maybe a write, the quit's copy, the close."""
        store = LocalStore.open(demo_dir)
        if write_before:
            store.apply("client.create", {"client_id": str(uuid7()), "full_name": "Antes Do Guarda"})
        keeper = BackupKeeper(store.path, settings, clock=lambda: day[0])
        if write_after:
            store.apply("client.create", {"client_id": str(uuid7()), "full_name": "Depois Do Guarda"})
        result = keeper.take(if_changed=True)
        store.close()
        keeper.finish()
        day[0] += dt.timedelta(days=1)
        return result

    first = run()
    assert first.path == folder / copy_name(NOW)
    assert run().path == first.path, "started and quit again, nothing written: no copy"
    assert run().path == first.path, "and again"
    assert copies(folder) == [copy_name(NOW)]
    assert run(write_before=True).path == folder / copy_name(NOW + dt.timedelta(days=3))
    assert run().path == folder / copy_name(NOW + dt.timedelta(days=3))
    assert run(write_after=True).path == folder / copy_name(NOW + dt.timedelta(days=5))
    assert len(copies(folder)) == 3
