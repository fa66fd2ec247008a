"""Revision 0004 of the desk's file: the conflict kind ``needs_review`` and the 16-hour maximum
length of an appointment row, both CHECKs SQLite can only change by rebuilding the table.

A populated demo desk at 0003 is upgraded the way the app opens it: every table keeps every row
(the appointment rebuild has a child, ``sale.appointment_id``; the store runs it with foreign keys
off and checks them before commit), the indexes stay, and afterwards the database itself refuses
an appointment of 16 h 01 min (time off too) and accepts 16 h 00 min and a ``needs_review`` row.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command

from kronos_core.demo import DemoSize
from kronos_core.ids import uuid7
from kronos_core.instants import to_micros
from kronos_desktop.store import LocalStore
from kronos_desktop.store.engine import create_sqlite_engine, foreign_keys_deferred
from kronos_desktop.store.local_schema import DESK_METADATA
from kronos_desktop.store.migrate import LOCAL_HEAD, alembic_config
from kronos_desktop.store.paths import DB_FILENAME
from tests.old_demo import write_old_demo

T0 = dt.datetime(2027, 3, 10, 13, 0, tzinfo=dt.UTC)


def every_table(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        names = [t for metadata in DESK_METADATA for t in metadata.tables if t in present]  # later ones: not yet
        return {name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}
    finally:
        conn.close()


def indexes(path: Path, table: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[1] for r in conn.execute(f"PRAGMA index_list({table})") if not r[1].startswith("sqlite_")}
    finally:
        conn.close()


def sync_row(studio_id: uuid.UUID) -> dict[str, object]:
    now = to_micros(T0)
    return {"id": uuid7().hex, "studio_id": studio_id.hex, "version": 0, "deleted": 0, "created_at": now,
            "changed_at": now}  # fmt: skip


def insert(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> None:
    conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


@pytest.fixture
def desk_at_0003(tmp_path: Path) -> Path:
    """A desk folder whose file is at revision 0003, holding the demo studio and two conflicts."""
    data = tmp_path / "data"
    data.mkdir()
    path = data / DB_FILENAME
    engine = create_sqlite_engine(path)
    cfg = alembic_config()
    with engine.connect() as conn, foreign_keys_deferred(conn):
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    engine.dispose()
    demo = write_old_demo(path, DemoSize(clients=300), tmp_path)
    conn = sqlite3.connect(path)
    for kind in ("rejected", "double_booking"):
        insert(conn, "sync_conflict", {**sync_row(demo.studio_id), "kind": kind, "status": "open", "row_ids": "[]"})
    conn.commit()
    conn.close()
    return data


def test_upgrading_a_populated_desk_keeps_every_row_and_then_holds_both_rules(desk_at_0003: Path) -> None:
    path = desk_at_0003 / DB_FILENAME
    before = every_table(path)
    assert before["appointment"] > 1000
    assert before["sale"] > 0
    assert before["sync_conflict"] == 2
    kept_indexes = {t: indexes(path, t) for t in ("appointment", "sync_conflict")}
    assert kept_indexes["appointment"]

    LocalStore.open(desk_at_0003).close()

    after = every_table(path)
    assert {name: after[name] for name in before} == before
    for table, kept in kept_indexes.items():  # every index kept (0007 adds the project and series ones)
        assert kept <= indexes(path, table)
    (backup,) = (desk_at_0003 / "backups").glob("*.db")
    assert every_table(backup) == before
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == LOCAL_HEAD  # 0004 and after
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        studio_id, artist_id = conn.execute("SELECT studio_id, id FROM staff WHERE role = 'artist' LIMIT 1").fetchone()
        client_id = conn.execute("SELECT id FROM client LIMIT 1").fetchone()[0]

        def booking(minutes: int, kind: str = "session") -> dict[str, object]:
            return {**sync_row(uuid.UUID(studio_id)), "artist_id": artist_id, "kind": kind, "status": "booked",
                    "client_id": None if kind == "block" else client_id, "starts_at": to_micros(T0),
                    "ends_at": to_micros(T0 + dt.timedelta(minutes=minutes))}  # fmt: skip

        insert(conn, "appointment", booking(16 * 60))
        insert(conn, "appointment", booking(16 * 60, "block"))
        for kind in ("session", "block"):
            with pytest.raises(sqlite3.IntegrityError, match="ck_appointment_max_length"):
                insert(conn, "appointment", booking(16 * 60 + 1, kind))
        review = {**sync_row(uuid.UUID(studio_id)), "kind": "needs_review", "status": "open", "row_ids": "[]"}
        insert(conn, "sync_conflict", review)
        with pytest.raises(sqlite3.IntegrityError, match="ck_sync_conflict_kind"):
            insert(conn, "sync_conflict", {**review, "id": uuid7().hex, "kind": "needs_a_look"})
        conn.rollback()
    finally:
        conn.close()


def test_the_upgrade_does_not_reload_the_synced_tables(desk_at_0003: Path) -> None:
    """The rows are copied as they are: a syncing desk keeps its cursor (no full download)."""
    path = desk_at_0003 / DB_FILENAME
    conn = sqlite3.connect(path)
    replica = {"id": 1, "studio_id": uuid7().hex, "device_id": uuid7().hex, "desk_role": "owner",
               "server_url": "https://kronos.example", "cursor": "e:42", "created_at": to_micros(T0)}  # fmt: skip
    insert(conn, "replica", replica)
    conn.commit()
    conn.close()
    LocalStore.open(desk_at_0003).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT cursor FROM replica").fetchone()[0] == "e:42"
    finally:
        conn.close()
