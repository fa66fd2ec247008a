"""A desk opens only its own files: another program's SQLite file is refused and left as it was,
a KRONOS file from before the mark is adopted (copied first), a new file is marked.

The mark is ``PRAGMA application_id`` (kronos_desktop.store.migrate.APPLICATION_ID).
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from kronos_core.demo import DemoSize, generate_demo
from kronos_desktop.store import DamagedDatabase, LocalStore, NotADatabase
from kronos_desktop.store.errors import ForeignDatabase
from kronos_desktop.store.migrate import APPLICATION_ID, LOCAL_HEAD
from kronos_desktop.store.paths import DB_FILENAME


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def application_id(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA application_id").fetchone()[0])
    finally:
        conn.close()


def row_counts(path: Path) -> dict[str, int]:
    """Every table's row count (SQLite's own tables left out)."""
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
        ]
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        conn.close()


def write_sqlite(path: Path, *statements: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def assert_refused_untouched(data: Path, error: type[Exception]) -> str:
    path = data / DB_FILENAME
    before = digest(path)
    with pytest.raises(error) as err:
        LocalStore.open(data)
    assert digest(path) == before, "the file was written to"
    assert sorted(p.name for p in data.iterdir()) == [DB_FILENAME], "something was added beside it"
    message: str = err.value.message  # type: ignore[attr-defined]
    assert str(path) in message
    return message


@pytest.fixture
def old_kronos_file(tmp_path: Path) -> Path:
    """A populated desk file as a version of KRONOS before the mark left it: application_id 0."""
    data = tmp_path / "data"
    store = LocalStore.open(data)
    with store.engine.begin() as conn:
        generate_demo(conn, size=DemoSize(clients=60))
    store.close()
    path = data / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert application_id(path) == 0
    return data


def test_another_programs_sqlite_file_is_refused_and_byte_identical(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_sqlite(
        data / DB_FILENAME,
        "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT, minutes INTEGER)",
        "INSERT INTO recipe (name, minutes) VALUES ('feijoada', 240), ('brigadeiro', 30)",
    )
    message = assert_refused_untouched(data, ForeignDatabase)
    assert "another program" in message
    assert "recipe" in message


def test_another_program_that_uses_alembic_too_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_sqlite(
        data / DB_FILENAME,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('0001')",
        "CREATE TABLE invoice (id INTEGER PRIMARY KEY, total_cents INTEGER)",
    )
    assert "invoice" in assert_refused_untouched(data, ForeignDatabase)


def test_a_file_marked_by_another_program_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_sqlite(data / DB_FILENAME, "PRAGMA application_id = 1196444487")  # GeoPackage's "GPKG"
    assert "0x47504B47" in assert_refused_untouched(data, ForeignDatabase)


def test_a_kronos_file_someone_else_wrote_tables_into_is_refused(old_kronos_file: Path) -> None:
    write_sqlite(old_kronos_file / DB_FILENAME, "CREATE TABLE their_notes (id INTEGER PRIMARY KEY, body TEXT)")
    assert "their_notes" in assert_refused_untouched(old_kronos_file, ForeignDatabase)


def test_a_kronos_file_from_before_the_mark_is_copied_then_marked_with_every_row(old_kronos_file: Path) -> None:
    path = old_kronos_file / DB_FILENAME
    before = row_counts(path)
    assert before["client"] == 60

    LocalStore.open(old_kronos_file).close()

    assert application_id(path) == APPLICATION_ID
    assert row_counts(path) == before
    backups = list((old_kronos_file / "backups").glob("*.db"))
    assert len(backups) == 1, "the first write to an existing file comes after a copy"
    assert application_id(backups[0]) == 0, "the copy was taken before the mark was written"
    assert row_counts(backups[0]) == before
    LocalStore.open(old_kronos_file).close()  # marked now: nothing to write, no second copy
    assert len(list((old_kronos_file / "backups").glob("*.db"))) == 1


def test_an_empty_file_is_a_new_desk(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_FILENAME).write_bytes(b"")
    store = LocalStore.open(data)
    try:
        assert store.ensure_identity() is not None
    finally:
        store.close()
    assert application_id(data / DB_FILENAME) == APPLICATION_ID
    conn = sqlite3.connect(data / DB_FILENAME)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == LOCAL_HEAD
    conn.close()
    assert not (data / "backups").exists(), "an empty file has nothing to keep"


def test_a_new_desk_file_is_marked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    LocalStore.open(data).close()
    assert application_id(data / DB_FILENAME) == APPLICATION_ID


def test_a_file_of_garbage_is_refused_and_unchanged(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_FILENAME).write_bytes(bytes(range(256)) * 64)
    assert "not SQLite" in assert_refused_untouched(data, NotADatabase)


@pytest.mark.parametrize("keep", [0.5, 60 / 4096])
def test_a_truncated_desk_file_is_refused_and_unchanged(old_kronos_file: Path, keep: float) -> None:
    path = old_kronos_file / DB_FILENAME
    raw = path.read_bytes()
    path.write_bytes(raw[: max(int(len(raw) * keep), 60)])
    message = assert_refused_untouched(old_kronos_file, DamagedDatabase)
    assert "backups" in message
