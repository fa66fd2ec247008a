"""SQLite files for benchmarks, with the desk's settings (WAL, synchronous=FULL, foreign keys on).

The engine is the desk's own (``kronos_desktop.store.engine``); the tables are the shared
schema, created directly. ``baseline_copy`` is the honest floor a generator is compared with:
the same rows, inserted by bare executemany into plain tables with the same column counts.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine

from kronos_core.schema import SYNCED_TABLES, metadata
from kronos_desktop.store.engine import create_sqlite_engine

BATCH_ROWS = 5_000


def desk_database(path: Path) -> Engine:
    """A fresh SQLite file at ``path`` with the shared schema; the caller disposes the engine."""
    engine = create_sqlite_engine(path)
    with engine.begin() as conn:
        metadata.create_all(conn)
    return engine


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}").close()
    return conn


def checkpointed_mb(path: Path) -> float:
    """The file's size in MB (10^6 bytes) once its WAL is written back into it."""
    conn = _connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    finally:
        conn.close()
    return path.stat().st_size / 1_000_000


def baseline_copy(source: Path, target: Path) -> float:
    """Seconds to insert every synced row of ``source`` into plain tables of ``target``.

    One transaction, executemany in batches of the generator's size, raw values (no
    SQLAlchemy, no types, no indexes or constraints); reading the source is not timed.
    """
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = _connect(target)
    elapsed = 0.0
    try:
        for table in SYNCED_TABLES:
            width = len(table.columns)
            columns = ", ".join(f"c{i}" for i in range(width))
            dst.execute(f"CREATE TABLE plain_{table.name} ({columns})")
        start = time.perf_counter()
        dst.execute("BEGIN IMMEDIATE")
        elapsed += time.perf_counter() - start
        for table in SYNCED_TABLES:
            insert = f"INSERT INTO plain_{table.name} VALUES ({', '.join('?' * len(table.columns))})"
            cursor = src.execute(f"SELECT * FROM {table.name}")
            while rows := cursor.fetchmany(BATCH_ROWS):
                start = time.perf_counter()
                dst.executemany(insert, rows)
                elapsed += time.perf_counter() - start
        start = time.perf_counter()
        dst.execute("COMMIT")
        elapsed += time.perf_counter() - start
    finally:
        src.close()
        dst.close()
    return elapsed
