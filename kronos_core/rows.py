"""Rows as JSON: the one encoding for the wire (pull changes) and the desk's take-back records.

UUIDs are strings, instants ISO 8601 in UTC (``...Z``-free ``+00:00``), dates ISO, money and
other integers as JSON numbers, JSON columns as they are.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import JSON, Date, Table, Uuid

from kronos_core.instants import Instant, require_aware


def encode_value(column_type: object, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, Uuid):
        return str(value)
    if isinstance(column_type, Instant):
        return require_aware(value).isoformat()
    if isinstance(column_type, Date):
        return value.isoformat()
    return value


def decode_value(column_type: object, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, Uuid):
        return value if isinstance(value, uuid.UUID) else uuid.UUID(value)
    if isinstance(column_type, Instant):
        return require_aware(value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value))
    if isinstance(column_type, Date):
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    if isinstance(column_type, JSON):
        return value
    return value


def encode_row(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON-safe dict of every column of ``table`` present in ``row``."""
    return {c.name: encode_value(c.type, row[c.name]) for c in table.columns if c.name in row}


def decode_row(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """Column values from their JSON form; unknown keys are refused."""
    unknown = set(data) - set(table.columns.keys())
    if unknown:
        raise ValueError(f"unknown columns for {table.name}: {sorted(unknown)}")
    return {name: decode_value(table.columns[name].type, value) for name, value in data.items()}
