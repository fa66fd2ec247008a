"""The SQLite engine of the desk, configured against the pitfalls of DESIGN.md.

- The sqlite3 module's own transaction handling is switched off (``isolation_level=None``)
  and every SQLAlchemy transaction starts with ``BEGIN IMMEDIATE``: a savepoint then really
  nests, an outer rollback takes everything back, and a second writer waits for the busy
  timeout instead of failing at once with "database is locked".
- WAL with ``synchronous=FULL``: a paid ticket survives a power cut.
- Foreign keys on, for every connection (the pragma is per connection).
- ``secure_delete`` on for every writing connection: what is deleted is overwritten with zeros.
- The SQL function ``kronos_sync_write()`` on every writing connection: the append-only tables'
  triggers (migrations/local 0005) refuse UPDATE and DELETE unless it answers 1, which it does
  only inside :func:`sync_writes` on that connection (the sync's own writes: the take-back of
  pending mutations, the rows pulled from the server, re-keying rows to a joined studio).

Why a per-connection function and not TEMP triggers on the ops path: the triggers are in the
file, so every connection that writes it is guarded, including one that forgot to set anything
up (a connection without the function cannot update those tables at all: "no such function").
The flag is a Python attribute of the one sqlite3 connection, set and cleared around a block of
code by the thread that holds the connection; SQLite calls the function while it runs a
statement on that connection, so another connection (the desk's ops on another thread) never
sees it. The mutations re-applied by a rebase run outside the flag: the framework refuses them
(``append_only``) and the trigger stands behind it.

:class:`DriverStatement` runs the few statements of every local change (the sequence number,
the outbox record) on the sqlite3 connection itself, inside SQLAlchemy's transaction: SQLAlchemy
spends ~25 µs a statement around SQLite's own few.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import UpdateBase

BUSY_TIMEOUT_MS = 10_000
SYNC_WRITE_FUNCTION = "kronos_sync_write"
_SYNC_WRITE_KEY = "kronos_sync_write"  # the flag's key in the pooled connection's ``info``


class SyncWriteFlag:
    """Whether the connection it belongs to is in the sync's own writes (see the module)."""

    def __init__(self) -> None:
        self.on = False

    def __call__(self) -> int:
        return 1 if self.on else 0


def install_sync_write(dbapi_connection: sqlite3.Connection) -> SyncWriteFlag:
    """Register ``kronos_sync_write()`` on a sqlite3 connection; returns its flag (off)."""
    flag = SyncWriteFlag()
    dbapi_connection.create_function(SYNC_WRITE_FUNCTION, 0, flag)
    return flag


def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    # Deleted and overwritten content is zeroed, so no free page keeps an erased client's data
    # (LGPD; kronos_desktop/store/erase.py).
    cur.execute("PRAGMA secure_delete = ON")
    cur.close()
    record.info[_SYNC_WRITE_KEY] = install_sync_write(dbapi_connection)


@contextmanager
def sync_writes(conn: Connection) -> Iterator[Connection]:
    """The sync's own writes on ``conn``: UPDATE and DELETE of append-only rows are let through
    (the take-back of pending mutations, pulled rows, re-keying to a joined studio) until the
    block ends. Nests; a connection of an engine without the desk's hook gets nothing (its
    triggers, if the file has them, refuse as without the flag)."""
    flag = conn.connection.info.get(_SYNC_WRITE_KEY)
    if not isinstance(flag, SyncWriteFlag):
        yield conn
        return
    previous = flag.on
    flag.on = True
    try:
        yield conn
    finally:
        flag.on = previous


def _on_connect_read(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA query_only = ON")
    cur.close()


def _on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _on_begin_read(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")  # deferred: a read snapshot under WAL, no lock on the writer


def create_sqlite_engine(path: Path, **kwargs: Any) -> Engine:
    """An engine on the SQLite file at ``path`` with the desk's settings, for writing."""
    engine = create_engine(f"sqlite:///{path}", **kwargs)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def create_read_engine(path: Path, **kwargs: Any) -> Engine:
    """A read-only engine on the same file: each transaction is a deferred ``BEGIN`` (a
    snapshot, never waiting on the writer), and ``query_only`` refuses any write."""
    engine = create_engine(f"sqlite:///{path}", **kwargs)
    event.listen(engine, "connect", _on_connect_read)
    event.listen(engine, "begin", _on_begin_read)
    return engine


def raw_execute(conn: Connection, sql: str) -> list[tuple[Any, ...]]:
    """Run SQL on the driver connection, outside SQLAlchemy's transaction handling
    (for pragmas that must run before ``BEGIN``)."""
    dbapi = conn.connection.driver_connection
    assert dbapi is not None
    cur = dbapi.execute(sql)
    try:
        return list(cur.fetchall())
    finally:
        cur.close()


@contextmanager
def foreign_keys_deferred(conn: Connection) -> Iterator[Connection]:
    """A write transaction with foreign keys off (set before BEGIN, as SQLite requires),
    checked with ``foreign_key_check`` before the commit; on for the connection afterwards.

    For work that writes rows out of dependency order: migrations that rebuild tables (with
    foreign keys on, a rebuild silently deletes ON DELETE CASCADE children) and applying
    pulled pages.
    """
    if conn.in_transaction():
        raise RuntimeError("foreign keys can only be switched off outside a transaction")
    raw_execute(conn, "PRAGMA foreign_keys = OFF")
    try:
        with conn.begin():
            yield conn
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"foreign key check failed: {broken[:5]}")
    finally:
        raw_execute(conn, "PRAGMA foreign_keys = ON")


_DIALECT = SQLiteDialect_pysqlite()
_Convert = Callable[[Any], Any]


class DriverStatement:
    """A Core INSERT/UPDATE/DELETE compiled once for the desk's SQLite and run on the sqlite3
    connection under a SQLAlchemy connection, in its transaction.

    Parameters are encoded, and ``RETURNING`` columns decoded, by the columns' own SQLAlchemy
    types, so what is stored and read is exactly what Core would store and read; what is left
    out is SQLAlchemy's per-execution machinery (events, execution context, result objects).
    ``raw`` names parameters passed as they are (e.g. JSON already serialised). Driver errors
    come out as SQLAlchemy's exceptions, as from ``Connection.execute``.
    """

    def __init__(self, statement: UpdateBase, keys: Sequence[str] = (), *, raw: Sequence[str] = ()) -> None:
        compiled = statement.compile(dialect=_DIALECT, column_keys=list(keys))
        if compiled.insert_prefetch or compiled.update_prefetch:  # Python-side defaults: Core's work
            raise ValueError(f"pass every column with a Python default: {statement}")
        self.sql = str(compiled)
        names = compiled.positiontup or []
        params: list[tuple[str | None, Any, _Convert | None]] = []
        for name in names:
            bind = compiled.binds[name]
            encode = None if name in raw else bind.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
            if name in keys:
                params.append((name, None, encode))
            else:  # a constant of the statement (``WHERE id = 1``): encoded once
                value = bind.effective_value
                params.append((None, encode(value) if encode is not None else value, None))
        self._params = params
        self._decoders = [
            c.type.dialect_impl(_DIALECT).result_processor(_DIALECT, None)
            for c in statement.exported_columns  # the RETURNING columns (none: empty)
        ]

    def execute(self, conn: Connection, values: Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        bound: list[Any] = []
        for name, constant, encode in self._params:
            if name is None:
                bound.append(constant)
            else:
                value = values[name] if values is not None else None
                bound.append(value if encode is None else encode(value))
        dbapi = conn.connection.driver_connection
        assert dbapi is not None
        try:
            return dbapi.execute(self.sql, bound)
        except sqlite3.Error as exc:
            raise DBAPIError.instance(self.sql, bound, exc, sqlite3.Error) from exc

    def returning_one(self, conn: Connection, values: Mapping[str, Any] | None = None) -> tuple[Any, ...] | None:
        """Run it and decode the one row it returns (None if it returned none)."""
        cursor = self.execute(conn, values)
        try:
            row = cursor.fetchone()
        finally:
            cursor.close()
        if row is None:
            return None
        return tuple(v if d is None else d(v) for v, d in zip(row, self._decoders, strict=True))
