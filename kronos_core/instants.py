"""Instants are aware UTC datetimes; one column type keeps them so on every database.

SQLite's ``DateTime(timezone=True)`` silently drops the offset (10:00-03:00 is stored as
10:00), so on SQLite an instant is stored as integer UTC microseconds. PostgreSQL stores
``timestamptz``. Both refuse naive values and return aware UTC.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

UTC = dt.UTC
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)


class NaiveDatetimeError(ValueError):
    """A datetime without a time zone was given where an instant is required."""


_offset = dt.timedelta(0)


def utcnow() -> dt.datetime:
    """Now, in UTC: the one clock of the rules and the desk (``set_clock_offset`` moves it)."""
    return dt.datetime.now(UTC) + _offset


def clock_offset() -> dt.timedelta:
    return _offset


def set_clock_offset(offset: dt.timedelta) -> None:
    """Run the clock ``offset`` ahead of the system's (the test suite runs the desk at the demo
    studio's present, whatever the hour it runs at)."""
    global _offset
    _offset = offset


def require_aware(value: dt.datetime) -> dt.datetime:
    """The same instant in UTC; refuses naive datetimes."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise NaiveDatetimeError(f"naive datetime {value.isoformat()} is not an instant; give it a time zone")
    return value.astimezone(UTC)


def to_micros(value: dt.datetime) -> int:
    delta = require_aware(value) - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(value: int) -> dt.datetime:
    return _EPOCH + dt.timedelta(microseconds=value)


class Instant(TypeDecorator[dt.datetime]):
    """Aware UTC datetime column: integer microseconds on SQLite, timestamptz elsewhere."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"an instant must be a datetime, got {type(value).__name__}")
        if dialect.name == "sqlite":
            return to_micros(value)
        return require_aware(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return from_micros(int(value))
        return require_aware(value)
