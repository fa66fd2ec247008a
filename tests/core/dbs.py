"""Real databases for the core's tests: an SQLite file and a PostgreSQL database.

The SQLite engine follows DESIGN.md's pitfalls the way the desk does (driver transactions off,
``BEGIN IMMEDIATE``, WAL with ``synchronous=FULL``, foreign keys on for every connection), so
the core is tested under the settings it runs with. It is defined here, not imported from the
desktop, because the core is shared by both sides and its tests must not depend on either.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    for pragma in ("busy_timeout = 10000", "journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        dbapi_connection.execute(f"PRAGMA {pragma}").close()


def _on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def sqlite_engine(path: Path) -> Engine:
    """An engine on the SQLite file at ``path`` (created on first connect)."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
