"""Opening the desk's file: bad folders and bad files get a clear message and stay untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from kronos_desktop.store import (
    DamagedDatabase,
    DatabaseTooNew,
    DataFolderNotWritable,
    LocalStore,
    NotADatabase,
)
from kronos_desktop.store.paths import DB_FILENAME, resolve_data_dir


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_data_folder_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DataFolderNotWritable) as err:
        LocalStore.open(blocker / "data")
    assert str(blocker / "data") in err.value.message
    assert "--data-dir" in err.value.message


def test_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    bogus = data / DB_FILENAME
    bogus.write_bytes(b"%PDF-1.7 definitely not a database\n" * 200)
    before = digest(bogus)
    with pytest.raises(NotADatabase) as err:
        LocalStore.open(data)
    assert str(bogus) in err.value.message
    assert digest(bogus) == before
    assert sorted(p.name for p in data.iterdir()) == [DB_FILENAME]


def test_damaged_database_is_refused_and_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = LocalStore.open(data)
    store.ensure_identity()
    store.close()
    path = data / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = bytearray(path.read_bytes())
    page_size = int.from_bytes(raw[16:18], "big")
    for page in range(1, len(raw) // page_size):  # scribble over every page but the header page
        raw[page * page_size : page * page_size + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(raw))
    before = digest(path)
    with pytest.raises(DamagedDatabase) as err:
        LocalStore.open(data)
    assert str(path) in err.value.message
    assert "backup" in err.value.message
    assert digest(path) == before


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    LocalStore.open(data).close()
    path = data / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as err:
        LocalStore.open(data)
    assert "newer version" in err.value.message
    assert digest(path) == before
    assert not (data / "backups").exists()


def test_data_dir_comes_from_flag_then_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KRONOS_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("KRONOS_DATA_DIR")
    assert resolve_data_dir(None).name == "KRONOS"
