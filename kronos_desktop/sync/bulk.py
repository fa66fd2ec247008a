"""Pulled rows written straight to SQLite, for the volume of a first download.

A pulled change carries its row as JSON (``kronos_core.rows.encode_row``). Decoding it to
Python values and letting SQLAlchemy bind them costs more than SQLite's own work, so rows go
from JSON to the values SQLAlchemy's types store on SQLite (a UUID as 32 hex digits, an
instant as integer UTC microseconds, a date as ISO text, JSON as text; a boolean is bound as
it is, 0 or 1) and into one ``executemany`` per table: an upsert that keeps the desk's row when
it is newer.
``tests/desk_sync/test_bulk.py`` holds these values to what SQLAlchemy itself stores.

:func:`prepare` (checks and conversion, pure) and :func:`write` (the upserts) are apart so that
a download can prepare the next pages on its fetching thread while this one is written.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import operator
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Connection, Date, Table, Uuid

from kronos_core.instants import Instant, NaiveDatetimeError, to_micros
from kronos_core.schema import SYNCED_TABLES, TABLES_BY_NAME

Convert = Callable[[Any], Any]

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)


def _uuid(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 36 and value.islower():  # str(UUID): the common case
        return value.replace("-", "")
    return uuid.UUID(str(value)).hex


def _instant(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, str):  # the wire's form: an ISO text with its offset
        parsed = dt.datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise NaiveDatetimeError(f"naive datetime {value} is not an instant")
        return (parsed - _EPOCH) // _MICROSECOND
    return to_micros(value)


def _date(value: Any) -> str | None:
    if value is None:
        return None
    return (value if isinstance(value, dt.date) else dt.date.fromisoformat(value)).isoformat()


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if not value and isinstance(value, list | dict):  # the common "[]" (no tags), without the encoder
        return "[]" if isinstance(value, list) else "{}"
    return json.dumps(value)


def _as_is(value: Any) -> Any:
    return value


def converter(column_type: object) -> Convert:
    if isinstance(column_type, Uuid):
        return _uuid
    if isinstance(column_type, Instant):
        return _instant
    if isinstance(column_type, Date):
        return _date
    if isinstance(column_type, JSON):
        return _json
    return _as_is


@dataclass(frozen=True)
class _Plan:
    """How one table's pulled rows become the values of its upsert."""

    table: str
    names: tuple[str, ...]
    known: frozenset[str]
    pick: Callable[[dict[str, Any]], tuple[Any, ...]]  # every column's value, in order
    converters: tuple[tuple[int, Convert], ...]  # only the columns whose stored form differs
    envelope: tuple[int, int, int]  # where id, version and deleted go
    sql: str

    def row(self, change: dict[str, Any]) -> list[Any]:
        row = change["row"]
        if not isinstance(row, dict):
            raise ValueError(f"a pulled change of {self.table} has no row")
        if len(row) == len(self.names) and row.keys() == self.known:  # the server sends every column
            stored = list(self.pick(row))
        else:
            unknown = row.keys() - self.known
            if unknown:
                raise ValueError(f"unknown columns for {self.table}: {sorted(unknown)}: this desk needs updating")
            stored = [row.get(name) for name in self.names]
        at_id, at_version, at_deleted = self.envelope
        stored[at_id], stored[at_version], stored[at_deleted] = change["id"], int(change["version"]), change["deleted"]
        for i, convert in self.converters:
            value = stored[i]
            if value is not None:
                stored[i] = convert(value)
        return stored


@functools.cache
def _plan(table_name: str) -> _Plan:
    table: Table = TABLES_BY_NAME[table_name]
    names = tuple(c.name for c in table.columns)
    converters = tuple((i, converter(c.type)) for i, c in enumerate(table.columns) if converter(c.type) is not _as_is)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    sql = (
        f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
        f"VALUES ({', '.join('?' for _ in names)}) "
        f'ON CONFLICT ("id") DO UPDATE SET {updates} WHERE excluded."version" >= "{table.name}"."version"'
    )
    envelope = (names.index("id"), names.index("version"), names.index("deleted"))
    return _Plan(table.name, names, frozenset(names), operator.itemgetter(*names), converters, envelope, sql)


def storage_row(table_name: str, change: dict[str, Any]) -> tuple[Any, ...]:
    """The values SQLite stores for a pulled change (its envelope's id, version and deleted win)."""
    return tuple(_plan(table_name).row(change))


class StudioMismatch(ValueError):
    """Pulled rows of another studio than the desk's (its sign-in is for another studio)."""


@dataclass(frozen=True)
class Prepared:
    """Pulled changes checked and converted, ready to write: the rows of each table in the
    order they came, and the ids they change (for the views)."""

    studio_id: str
    rows: dict[str, list[list[Any]]]
    changed: dict[str, set[uuid.UUID]]
    count: int


def prepare(changes: Sequence[dict[str, Any]], studio_id: str) -> Prepared:
    """Check and convert pulled changes for the desk of ``studio_id`` (pure: any thread)."""
    by_table: dict[str, list[dict[str, Any]]] = {}
    for change in changes:
        name = change.get("table")
        if name not in TABLES_BY_NAME:
            raise ValueError(f"the server sent rows of an unknown table {name!r}: this desk needs updating")
        row = change.get("row")
        if isinstance(row, dict) and row.get("studio_id") not in (None, studio_id):
            # Never mix two studios in one file: a desk whose sign-in is for another studio
            # joins it first (join_studio); until then nothing is applied.
            raise StudioMismatch(f"the server's rows are studio {row.get('studio_id')}, this desk's {studio_id}")
        by_table.setdefault(name, []).append(change)
    rows: dict[str, list[list[Any]]] = {}
    changed: dict[str, set[uuid.UUID]] = {}
    for name, of_table in by_table.items():
        plan = _plan(name)
        rows[name] = [plan.row(c) for c in of_table]
        changed[name] = {uuid.UUID(str(c["id"])) for c in of_table}
    return Prepared(studio_id, rows, changed, len(changes))


def write(conn: Connection, prepared: Prepared) -> None:
    """Write prepared changes, each only if it is not older than the desk's row; parents
    first (foreign keys are checked at the commit anyway), within a table in the server's
    version order."""
    driver: Any = conn.connection.driver_connection  # sqlite3's own executemany: no per-row checks
    for table in SYNCED_TABLES:
        rows = prepared.rows.get(table.name)
        if rows:
            driver.executemany(_plan(table.name).sql, rows)
