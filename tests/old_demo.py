"""The demo studio in a desk file at an older revision, as an older KRONOS would have left it.

Today's mutations write today's columns, so the demo is generated once at the newest schema and
its rows copied into the older file: every table that revision has, with the columns it has
(revisions only add tables and columns; the rows are the same ones an older desk would hold).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import Connection, inspect, select

from kronos_core.demo import DemoSize, DemoStudio, generate_demo
from kronos_core.schema import SYNCED_TABLES
from kronos_desktop.store.engine import create_sqlite_engine
from kronos_desktop.store.migrate import alembic_config

_NOW = dt.datetime(2026, 12, 2, 18, 0, tzinfo=dt.UTC)
_made: dict[tuple[DemoSize, Path, uuid.UUID | None], tuple[Path, DemoStudio]] = {}


def _newest_demo(size: DemoSize, folder: Path, studio_id: uuid.UUID | None = None) -> tuple[Path, DemoStudio]:
    key = (size, folder, studio_id)
    if key not in _made:
        from alembic import command

        path = folder / f"demo-newest-{size.clients}-{studio_id}.db"
        engine = create_sqlite_engine(path)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.begin() as conn:
            if studio_id is None:
                demo = generate_demo(conn, size=size, now=_NOW)
            else:
                demo = generate_demo(conn, size=size, now=_NOW, studio_id=studio_id)
        engine.dispose()
        _made[key] = (path, demo)
    return _made[key]


def _columns(db: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA {schema}.table_info({table})")]


def write_old_demo(path: Path, size: DemoSize, scratch: Path) -> DemoStudio:
    """Copy the demo (made once per size and scratch folder) into the older file at ``path``."""
    source, demo = _newest_demo(size, scratch)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("ATTACH DATABASE ? AS newest", (str(source),))
    db.execute("BEGIN")
    try:
        for table in SYNCED_TABLES:
            old = _columns(db, "main", table.name)
            if not old:
                continue  # a table this revision does not have yet
            names = ", ".join(c for c in old if c in set(_columns(db, "newest", table.name)))
            db.execute(f"INSERT INTO main.{table.name} ({names}) SELECT {names} FROM newest.{table.name}")
        db.execute("COMMIT")
    finally:
        db.execute("DETACH DATABASE newest")
        db.close()
    return demo


def copy_old_demo(conn: Connection, size: DemoSize, scratch: Path, studio_id: uuid.UUID) -> DemoStudio:
    """The same on any database (the central PostgreSQL at an older revision), through Core:
    each table ``conn`` has, with the columns it has, in the caller's transaction."""
    source, demo = _newest_demo(size, scratch, studio_id)
    present = inspect(conn)
    engine = create_sqlite_engine(source)
    try:
        with engine.connect() as src:
            for table in SYNCED_TABLES:
                if not present.has_table(table.name):
                    continue
                names = {c["name"] for c in present.get_columns(table.name)}
                columns = [c for c in table.columns if c.name in names]
                rows = [dict(r) for r in src.execute(select(*columns)).mappings()]
                if rows:
                    conn.execute(table.insert(), rows)
    finally:
        engine.dispose()
    return demo
