"""The push's hot statements, closer to psycopg: a mutation's inserts and reads, compiled once,
run on the driver connection of the push's transaction.

- Parameters are encoded, and columns read decoded, by the columns' own SQLAlchemy types, so
  what is stored and read is exactly what Core would store and read (tests/server/sync/
  test_driver.py); what is left out is Core's per-execution machinery (execution context,
  result objects, the cursor description of ``RETURNING *``). Driver errors come out as
  SQLAlchemy's exceptions, as from ``Connection.execute``.
- On the push's fast path (a batch without savepoints, where any failure runs the whole batch
  again with them) inserts are not sent one by one: they wait in :class:`DeferredInserts` and go
  to PostgreSQL together, in one pipeline, just before the next statement of any kind on the
  connection (a read, an update, the push's last statement). An insert that finds its id taken
  or breaks a constraint is then reported by :meth:`DeferredInserts.flush` as
  :class:`DeferredInsertFailed`, and the batch runs again with savepoints, where every insert
  is sent at once and refused on its own. A batch of bookings and new clients thus costs about
  one round trip per booking instead of two or three (bench ``sync.push_1000_s``).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import Boolean, Column, Connection, Integer, Select, Table, TextClause, event
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import False_, True_

from kronos_core.mutations.base import ApplyContext, insert_statement
from kronos_core.schema import appointment
from kronos_server.sync.clash_index import CLASH_QUERIES, ClashIndex

# With its DBAPI, so that a column's bind processor refuses a value as the driver would (DataError).
_DIALECT = PGDialect_psycopg(dbapi=PGDialect_psycopg.import_dbapi())  # type: ignore[no-untyped-call]
_Encode = Callable[[Any], Any] | None


# Called with the statements of each round trip made here (SQLAlchemy's own statements are seen
# by its ``before_cursor_execute`` event instead): how tests count what a push costs.
on_round_trip: list[Callable[[list[str]], None]] = []


def _sent(*statements: str) -> None:
    for listener in on_round_trip:
        listener(list(statements))


def _driver(conn: Connection) -> psycopg.Connection[Any]:
    driver = conn.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    return driver


class PgStatement:
    """A Core INSERT compiled once for PostgreSQL (psycopg) and the columns it names."""

    def __init__(self, statement: UpdateBase, keys: tuple[str, ...]) -> None:
        compiled = statement.compile(dialect=_DIALECT, column_keys=list(keys))
        if compiled.insert_prefetch or compiled.update_prefetch:  # Python-side defaults: Core's work
            raise ValueError(f"pass every column with a Python default: {statement}")
        self.sql = str(compiled)
        self._encoders: list[tuple[str, _Encode]] = [
            (name, bind.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)) for name, bind in compiled.binds.items()
        ]

    def params(self, values: Mapping[str, Any]) -> dict[str, Any]:
        return {name: (values[name] if encode is None else encode(values[name])) for name, encode in self._encoders}

    def rowcount(self, conn: Connection, values: Mapping[str, Any]) -> int:
        params: dict[str, Any] = {}
        _sent(self.sql)
        try:
            params = self.params(values)
            with _driver(conn).cursor() as cursor:
                cursor.execute(self.sql, params, prepare=True)
                return cursor.rowcount
        except psycopg.Error as exc:
            raise DBAPIError.instance(self.sql, params, exc, psycopg.Error) from exc


class PgSelect:
    """A Core SELECT compiled once for PostgreSQL (psycopg); rows as dicts keyed by column name."""

    def __init__(self, query: Select[Any]) -> None:
        compiled = query.compile(dialect=_DIALECT)
        self.sql = str(compiled)
        required = {name for name, bind in compiled.binds.items() if bind.required}
        placeholders = dict.fromkeys(required)
        self._constants = {k: v for k, v in compiled.construct_params(placeholders).items() if k not in required}
        for name, value in self._constants.items():  # the query's own literals, encoded once
            encode = compiled.binds[name].type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
            if encode is not None:
                self._constants[name] = encode(value)
        self._encoders: list[tuple[str, _Encode]] = [
            (name, compiled.binds[name].type.dialect_impl(_DIALECT).bind_processor(_DIALECT))
            for name in sorted(required)
        ]
        self._names = [str(c.key) for c in query.selected_columns]
        self._decoders = [
            c.type.dialect_impl(_DIALECT).result_processor(_DIALECT, None) for c in query.selected_columns
        ]

    def params(self, values: Mapping[str, Any]) -> dict[str, Any]:
        params = dict(self._constants)
        for name, encode in self._encoders:
            value = values[name]
            params[name] = value if encode is None else encode(value)
        return params

    def decode(self, fetched: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
        names, decoders = self._names, self._decoders
        return [
            {n: (v if d is None else d(v)) for n, v, d in zip(names, row, decoders, strict=True)} for row in fetched
        ]

    def rows(self, conn: Connection, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        params: dict[str, Any] = {}
        _sent(self.sql)
        try:
            params = self.params(values)
            with _driver(conn).cursor() as cursor:
                cursor.execute(self.sql, params, prepare=True)
                fetched = cursor.fetchall()
        except psycopg.Error as exc:
            raise DBAPIError.instance(self.sql, params, exc, psycopg.Error) from exc
        return self.decode(fetched)


@functools.lru_cache(maxsize=256)
def _select(query: Select[Any]) -> PgSelect:
    return PgSelect(query)


@functools.lru_cache(maxsize=512)
def _insert(table: Table, keys: tuple[str, ...]) -> PgStatement:
    return PgStatement(insert_statement(table, "postgresql", "nothing"), keys)


def _python_default(column: Column[Any]) -> Any:
    """The value of a column's server default as Python (the shared schema's defaults are
    literals: numbers, booleans, strings, an empty JSON list)."""
    default = column.server_default
    arg = getattr(default, "arg", None)
    if isinstance(arg, str):
        return arg
    if isinstance(arg, False_):
        return False
    if isinstance(arg, True_):
        return True
    if isinstance(arg, TextClause):
        literal = arg.text.strip()
        if isinstance(column.type, Boolean):
            return {"true": True, "false": False}[literal]
        if isinstance(column.type, Integer):
            return int(literal)
        if literal == "'[]'":
            return []
    raise ValueError(f"no Python value for the server default of {column}")


@functools.cache
def _server_defaults(table: Table) -> dict[str, Any]:
    return {c.name: _python_default(c) for c in table.columns if c.server_default is not None}


class DeferredInsertFailed(Exception):
    """An insert sent late (see :class:`DeferredInserts`) found its id taken or was refused:
    run the batch again with savepoints."""


class DeferredInserts:
    """The fast path's inserts, waiting to go to PostgreSQL together (see the module's docstring).

    While open, any statement SQLAlchemy sends on the connection first sends the waiting inserts
    (a ``before_cursor_execute`` listener on that connection), and so do the driver reads, so
    every statement sees every row written before it, as if each insert had been sent at once."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._waiting: list[tuple[PgStatement, dict[str, Any]]] = []
        event.listen(conn, "before_cursor_execute", self._before_execute)

    def add(self, statement: PgStatement, values: Mapping[str, Any]) -> None:
        self._waiting.append((statement, statement.params(values)))

    def _before_execute(self, *_: Any) -> None:
        self.flush()

    def flush(self) -> None:
        """Send the waiting inserts in one pipeline; raise DeferredInsertFailed if one did not write."""
        if self._waiting:
            self._send(None, {})

    def flush_then_select(self, query: PgSelect, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The waiting inserts and then ``query``, in one round trip: its rows."""
        if not self._waiting:
            return query.rows(self.conn, values)
        return self._send(query, query.params(values))

    def _send(self, query: PgSelect | None, params: dict[str, Any]) -> list[dict[str, Any]]:
        waiting, self._waiting = self._waiting, []
        _sent(*(statement.sql for statement, _ in waiting), *([query.sql] if query else []))
        driver = _driver(self.conn)
        cursors: list[psycopg.Cursor[Any]] = []
        fetched: list[tuple[Any, ...]] = []
        try:
            with driver.pipeline():
                for statement, values in waiting:
                    cursor = driver.cursor()
                    cursors.append(cursor)
                    cursor.execute(statement.sql, values, prepare=True)
                if query is not None:
                    reader = driver.cursor()
                    cursors.append(reader)
                    reader.execute(query.sql, params, prepare=True)
            written = [cursor.rowcount for cursor in cursors[: len(waiting)]]
            if query is not None:
                fetched = reader.fetchall()
        except psycopg.Error as exc:
            raise DeferredInsertFailed(str(exc)) from exc
        finally:
            for cursor in cursors:
                cursor.close()
        if any(count != 1 for count in written):
            raise DeferredInsertFailed("an id was taken already")
        return query.decode(fetched) if query is not None else []

    def close(self) -> None:
        """Stop listening; the caller has flushed (or is rolling back)."""
        event.remove(self.conn, "before_cursor_execute", self._before_execute)


@dataclass
class ServerApplyContext(ApplyContext):
    """The push's ApplyContext: inserts and reads on the driver connection. Every server default
    is written as its value, so the batch's RowCache keeps a row exactly as stored (no column
    has a Python-side default) without reading it back. With ``deferred``, inserts wait there
    (the push's fast path)."""

    deferred: DeferredInserts | None = None
    clashes: ClashIndex | None = None  # the fast path's clash checks, answered from one read

    def select_rows(self, query: Select[Any], params: Mapping[str, Any]) -> list[dict[str, Any]]:
        if self.clashes is not None and query in CLASH_QUERIES:
            answer = self.clashes.answer(params)
            if answer is not None:
                return answer
        if self.deferred is not None:
            return self.deferred.flush_then_select(_select(query), params)
        return _select(query).rows(self.tx, params)

    def _insert_row(self, table: Table, row: dict[str, Any]) -> bool:
        defaults = {k: (list(v) if isinstance(v, list) else v) for k, v in _server_defaults(table).items()}
        full = {**defaults, **row}
        statement = _insert(table, tuple(full))
        if self.deferred is not None:
            self.deferred.add(statement, full)
            written = True  # checked when sent: DeferredInsertFailed runs the batch again
        else:
            written = statement.rowcount(self.tx, full) > 0
        if written and (self.rows is not None or self.clashes is not None):
            stored = {c.name: full.get(c.name) for c in table.columns}
            if self.rows is not None:
                self.rows.put(table, stored)
            if self.clashes is not None and table is appointment:
                self.clashes.written(stored)
        return written

    def update(self, table: Table, row_id: uuid.UUID, values: Mapping[str, Any]) -> dict[str, Any]:
        before = super().update(table, row_id, values)
        if self.clashes is not None and table is appointment:
            self.clashes.written({**before, **values})
        return before
