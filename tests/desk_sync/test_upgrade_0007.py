"""Revision 0007 of the desk's file (issue 12): ``project``, ``time_off_series``, and an
appointment's ``project_id``, ``series_id`` and ``late_cancellation``.

A populated demo desk at 0006 is upgraded the way the app opens it: every table keeps every row
(the appointment table is rebuilt to gain its foreign keys; a sale references an appointment, so
the store runs it with foreign keys off and checks them before commit), its indexes stay, the
new columns are empty (what the server has for rows written before), the cursor is kept, and
afterwards the desk books time off and a project's session on the upgraded file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from kronos_core.demo import DemoSize
from kronos_core.ids import uuid7
from kronos_core.instants import to_micros
from kronos_core.schema import appointment, time_off_series
from kronos_desktop.store import LocalStore
from kronos_desktop.store.engine import create_sqlite_engine, foreign_keys_deferred
from kronos_desktop.store.local_schema import DESK_METADATA
from kronos_desktop.store.migrate import alembic_config
from kronos_desktop.store.paths import DB_FILENAME
from tests.old_demo import write_old_demo

# Tables the upgrade to the newest revision adds (0007's, then issue 14's in 0011, issue 15's in 0012).
NEW_TABLES = {"project": 0, "time_off_series": 0, "form_template": 0, "consent_form": 0, "material": 0,
              "session_record": 0, "product": 0, "deposit": 0, "deposit_entry": 0, "sale_tip": 0,
              "ticket_draft": 0, "cash_drawer": 0, "cash_session": 0, "cash_movement": 0, "cash_count": 0,
              "voucher": 0, "stock_movement": 0}  # fmt: skip


def every_table(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        names = [t for metadata in DESK_METADATA for t in metadata.tables if t in present]
        return {name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}
    finally:
        conn.close()


def indexes(path: Path, table: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[1] for r in conn.execute(f"PRAGMA index_list({table})") if not r[1].startswith("sqlite_")}
    finally:
        conn.close()


@pytest.fixture
def desk_at_0006(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    engine = create_sqlite_engine(data / DB_FILENAME)
    cfg = alembic_config()
    with engine.connect() as conn, foreign_keys_deferred(conn):
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    engine.dispose()
    demo = write_old_demo(data / DB_FILENAME, DemoSize(clients=300), tmp_path)
    replica = {
        "id": 1,
        "studio_id": demo.studio_id.hex,
        "device_id": uuid7().hex,
        "desk_role": "owner",
        "server_url": "https://kronos.example",
        "cursor": "e:42",
        "created_at": to_micros(dt.datetime.now(dt.UTC)),
    }
    db = sqlite3.connect(data / DB_FILENAME)
    names, marks = ", ".join(replica), ", ".join("?" * len(replica))
    db.execute(f"INSERT INTO replica ({names}) VALUES ({marks})", list(replica.values()))
    db.commit()
    db.close()
    return data


def test_upgrading_a_populated_desk_keeps_every_row_and_the_cursor(desk_at_0006: Path) -> None:
    path = desk_at_0006 / DB_FILENAME
    before = every_table(path)
    assert before["appointment"] > 1000
    assert before["sale"] > 0
    assert "project" not in before
    kept = indexes(path, "appointment")

    LocalStore.open(desk_at_0006).close()

    assert every_table(path) == {**before, **NEW_TABLES}
    assert indexes(path, "appointment") == kept | {"ix_appointment_project", "ix_appointment_series"}
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        new_columns = "project_id IS NOT NULL OR series_id IS NOT NULL OR late_cancellation"
        filled = f"SELECT count(*) FROM appointment WHERE {new_columns}"
        assert conn.execute(filled).fetchone()[0] == 0
        assert conn.execute("SELECT cursor FROM replica").fetchone()[0] == "e:42"
    finally:
        conn.close()


def test_the_upgraded_desk_books_time_off(desk_at_0006: Path) -> None:
    store = LocalStore.open(desk_at_0006)
    try:
        with store.read_engine.connect() as conn:
            artist, last_start = conn.execute(
                select(appointment.c.artist_id, appointment.c.starts_at).order_by(appointment.c.starts_at.desc())
            ).first()  # type: ignore[misc]
        day = (last_start + dt.timedelta(days=30)).date()
        series_id = uuid7()
        store.apply(
            "time_off.add",
            {"series_id": str(series_id), "artist_id": str(artist), "reason": "Almoço", "first_day": day.isoformat(),
             "last_day": (day + dt.timedelta(days=13)).isoformat(), "weekdays": [0, 1, 2, 3, 4],
             "start_minute": 780, "end_minute": 840},
        )  # fmt: skip
        with store.read_engine.connect() as conn:
            assert conn.execute(select(time_off_series.c.id)).scalar_one() == series_id
            blocks = conn.execute(select(appointment.c.id).where(appointment.c.series_id == series_id)).all()
        assert len(blocks) == 10
    finally:
        store.close()
