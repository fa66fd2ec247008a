"""The demo's statements compiled once and run on the SQLite connection under Core's.

The demo applies tens of thousands of mutations (hundreds of thousands for the large studio);
Core's per-execution machinery (an execution context, a result object, a cache key for each
statement built anew) costs more than SQLite's work. Here the same statements the mutations
build are compiled once for the connection's dialect, their parameters encoded and their
columns decoded by the columns' own SQLAlchemy types, so what is stored and read is exactly
what Core would store and read. Only on SQLite (the desk's database); on any other database
the mutation framework's own path runs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Connection
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement

_Convert = Callable[[Any], Any]


class Compiled:
    """One statement (a SELECT, or an INSERT/UPDATE with the columns ``keys``) for ``dialect``."""

    def __init__(self, statement: ClauseElement, dialect: Dialect, keys: Sequence[str] | None = None) -> None:
        compiled = cast(
            SQLCompiler, statement.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None)
        )
        if getattr(compiled, "insert_prefetch", None) or getattr(compiled, "update_prefetch", None):
            raise ValueError(f"pass every column with a Python default: {statement}")
        self.sql = str(compiled)
        if "POSTCOMPILE" in self.sql:
            raise ValueError(f"an expanding parameter cannot be compiled once: {statement}")
        self._params: list[tuple[str | None, Any, _Convert | None]] = []
        for name in compiled.positiontup or []:
            bind = compiled.binds[name]
            encode = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if bind.required or (bind.value is None and bind.callable is None):  # given at each run
                self._params.append((bind.key, None, encode))
            else:  # a constant of the statement (a literal): encoded once
                value = bind.effective_value
                self._params.append((None, encode(value) if encode is not None else value, None))
        columns = list(getattr(statement, "selected_columns", None) or getattr(statement, "exported_columns", []))
        self.names = [c.key for c in columns]
        self._decoders = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns]

    def _bound(self, values: Mapping[str, Any]) -> list[Any]:
        bound: list[Any] = []
        for name, constant, encode in self._params:
            if name is None:
                bound.append(constant)
            else:
                value = values.get(name)
                bound.append(value if encode is None else encode(value))
        return bound

    def execute(self, conn: Connection, values: Mapping[str, Any]) -> sqlite3.Cursor:
        bound = self._bound(values)
        dbapi = conn.connection.driver_connection
        assert isinstance(dbapi, sqlite3.Connection)
        try:
            return dbapi.execute(self.sql, bound)
        except sqlite3.Error as exc:
            raise DBAPIError.instance(self.sql, bound, exc, sqlite3.Error) from exc

    def rows(self, conn: Connection, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Run it; every row it returns, decoded, as a dict by column name."""
        cursor = self.execute(conn, values)
        try:
            fetched = cursor.fetchall()
        finally:
            cursor.close()
        names, decoders = self.names, self._decoders
        return [{n: v if d is None else d(v) for n, v, d in zip(names, row, decoders, strict=True)} for row in fetched]
