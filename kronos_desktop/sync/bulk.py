"""Pulled rows written straight to SQLite, for the volume of a first download.

A pulled change carries its row as JSON (``kronos_core.rows.encode_row``). Decoding it to
Python values and letting SQLAlchemy bind them costs more than SQLite's own work, so rows go
from JSON to the values SQLAlchemy's types store on SQLite (a UUID as 32 hex digits, an
instant as integer UTC microseconds, a date as ISO text, a boolean as 0/1, JSON as text) and
into one ``executemany`` per table: an upsert that keeps the desk's row when it is newer.
``tests/sync/test_bulk.py`` holds these values to what SQLAlchemy itself stores.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, Table, Uuid

from kronos_core.instants import Instant, to_micros
from kronos_core.schema import TABLES_BY_NAME

Convert = Callable[[Any], Any]


def _uuid(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 36 and value.islower():  # str(UUID): the common case
        return value.replace("-", "")
    return uuid.UUID(str(value)).hex


def _instant(value: Any) -> int | None:
    if value is None:
        return None
    return to_micros(value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value))


def _date(value: Any) -> str | None:
    if value is None:
        return None
    return (value if isinstance(value, dt.date) else dt.date.fromisoformat(value)).isoformat()


def _boolean(value: Any) -> int | None:
    return None if value is None else int(bool(value))


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def _as_is(value: Any) -> Any:
    return value


def converter(column_type: object) -> Convert:
    if isinstance(column_type, Uuid):
        return _uuid
    if isinstance(column_type, Instant):
        return _instant
    if isinstance(column_type, Date):
        return _date
    if isinstance(column_type, Boolean):
        return _boolean
    if isinstance(column_type, JSON):
        return _json
    return _as_is


@functools.cache
def _plan(table_name: str) -> tuple[tuple[str, ...], tuple[tuple[int, Convert], ...], str]:
    table: Table = TABLES_BY_NAME[table_name]
    names = tuple(c.name for c in table.columns)
    # Only the columns whose stored form differs from their JSON form need converting.
    converters = tuple((i, converter(c.type)) for i, c in enumerate(table.columns) if converter(c.type) is not _as_is)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    sql = (
        f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
        f"VALUES ({', '.join('?' for _ in names)}) "
        f'ON CONFLICT ("id") DO UPDATE SET {updates} WHERE excluded."version" >= "{table.name}"."version"'
    )
    return names, converters, sql


def storage_row(table_name: str, change: dict[str, Any]) -> tuple[Any, ...]:
    """The values SQLite stores for a pulled change (its envelope's id, version and deleted win)."""
    names, converters, _ = _plan(table_name)
    row = change["row"]
    if not isinstance(row, dict):
        raise ValueError(f"a pulled change of {table_name} has no row")
    unknown = row.keys() - set(names)
    if unknown:
        raise ValueError(f"unknown columns for {table_name}: {sorted(unknown)}: this desk needs updating")
    values = {**row, "id": change["id"], "version": int(change["version"]), "deleted": bool(change["deleted"])}
    stored = [values.get(name) for name in names]
    for i, convert in converters:
        if stored[i] is not None:
            stored[i] = convert(stored[i])
    return tuple(stored)


def upsert_changes(conn: Connection, table_name: str, changes: Sequence[dict[str, Any]]) -> None:
    """Write pulled changes of one table, each only if it is not older than the desk's row."""
    if not changes:
        return
    _, _, sql = _plan(table_name)
    conn.exec_driver_sql(sql, [storage_row(table_name, c) for c in changes])
