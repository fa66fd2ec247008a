"""Everything the desk keeps (its database with ``-wal`` and ``-shm``, backups, logs) is the
user's alone: another account on the computer can read none of it. Whatever an older version
left readable is tightened at the next start; what the desk creates is private from the start.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronos_desktop import logs
from kronos_desktop.store import LocalStore
from kronos_desktop.store.paths import DB_FILENAME

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def modes(*folders: Path) -> dict[str, int]:
    """Every folder and file under ``folders`` (themselves included) and its mode."""
    found: dict[str, int] = {}
    for folder in folders:
        found[str(folder)] = mode(folder)
        for path in folder.rglob("*"):
            found[str(path)] = mode(path)
    return found


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The common default: new files readable by everyone unless the program says otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_start_makes_what_an_older_version_left_readable_private(tmp_path: Path, loose_umask: None) -> None:
    # What an older version left: a database made 0644 (its -wal and -shm alike, here held open
    # by another reader so they are there during the start), an old backup, a rotated log.
    data = tmp_path / "data"
    LocalStore.open(data).close()
    db = data / DB_FILENAME
    backups = data / "backups"
    backups.mkdir()
    (backups / "kronos-20250101T000000Z-rev0003.db").write_bytes(db.read_bytes())
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    for name in ("kronos-desktop.log", "kronos-desktop.log.1", "kronos-desktop.log.2"):
        (log_dir / name).write_text("2026-01-01 INFO client Maria Souza checked in\n")
    reader = sqlite3.connect(db)
    try:
        reader.execute("SELECT count(*) FROM replica").fetchone()
        sidecars = [data / f"{DB_FILENAME}-wal", data / f"{DB_FILENAME}-shm"]
        assert all(p.exists() for p in sidecars)
        for path in [data, backups, log_dir]:
            path.chmod(0o755)
        for path in [db, *sidecars, *backups.iterdir(), *log_dir.iterdir()]:
            path.chmod(0o644)
        loose = modes(data, log_dir)
        assert set(loose.values()) == {0o755, 0o644}

        result = subprocess.run(
            [sys.executable, "-m", "kronos_desktop.main", "--smoke", "--data-dir", str(data), "--lang", "en"],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "KRONOS_LOG_DIR": str(log_dir)},
            timeout=180,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        after = modes(data, log_dir)
    finally:
        reader.close()
    assert set(loose) <= set(after)
    for name, value in after.items():
        expected = 0o700 if Path(name).is_dir() else 0o600
        assert value == expected, f"{name} is {value:o}, not {expected:o}"


def test_only_kronos_files_are_changed_in_a_folder_the_person_chose(tmp_path: Path, loose_umask: None) -> None:
    """``--data-dir`` may name a folder of the person's own: their files there keep their modes
    (the folder itself, made 0700, keeps everyone else out of them)."""
    data = tmp_path / "studio-files"
    data.mkdir()
    script = data / "backup-to-usb.sh"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    photos = data / "photos"
    photos.mkdir()
    (photos / "flash-sheet.png").write_bytes(b"\x89PNG")
    (photos / "flash-sheet.png").chmod(0o644)
    LocalStore.open(data).close()
    assert mode(data) == 0o700
    assert mode(data / DB_FILENAME) == 0o600
    assert (mode(script), mode(photos), mode(photos / "flash-sheet.png")) == (0o755, 0o755, 0o644)


def test_a_new_desk_file_and_its_wal_and_shm_are_private_from_the_start(tmp_path: Path, loose_umask: None) -> None:
    data = tmp_path / "data"
    store = LocalStore.open(data)
    try:
        store.ensure_identity()
        names = sorted(p.name for p in data.iterdir())
        assert names == [DB_FILENAME, f"{DB_FILENAME}-shm", f"{DB_FILENAME}-wal"]
        assert {p.name: mode(p) for p in data.iterdir()} == dict.fromkeys(names, 0o600)
        assert mode(data) == 0o700
    finally:
        store.close()


def test_the_log_and_its_rotated_files_are_private(tmp_path: Path, loose_umask: None) -> None:
    folder = tmp_path / "state" / "log"
    path = logs.setup_logging(folder)
    try:
        assert path is not None
        logging.getLogger("kronos_desktop.test").warning("Maria Souza paid R$ 350,00")
        handler = logs._file_handler
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        handler.doRollover()
        logging.getLogger("kronos_desktop.test").warning("after the rotation")
    finally:
        logs.shutdown_logging()
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["kronos-desktop.log", "kronos-desktop.log.1", "kronos-desktop.log.2"]
    assert {p.name: mode(p) for p in folder.iterdir()} == dict.fromkeys(files, 0o600)
    assert mode(folder) == 0o700


def test_a_shared_folder_stays_shared_and_only_the_log_is_private(tmp_path: Path, loose_umask: None) -> None:
    """KRONOS_LOG_DIR=/tmp, say: /tmp must stay open to everyone; the log in it is private."""
    shared = tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    path = logs.setup_logging(shared)
    try:
        assert path is not None
        logging.getLogger("kronos_desktop.test").warning("Maria Souza paid R$ 350,00")
    finally:
        logs.shutdown_logging()
    assert mode(shared) == 0o1777
    assert mode(path) == 0o600
