"""Text both databases and UTF-8 can hold, and the JSON column type that refuses the rest.

PostgreSQL refuses NUL in a text column (its driver raises ``DataError``), and a lone surrogate
(``"\\ud800"``, which JSON can carry) cannot be encoded to UTF-8 at all. A JSON column took both
as they came, escaped by the JSON encoder (``"\\u0000"``): stored, then handed to every desk
in its pulls. :class:`StorableJSON` refuses them in any string of the value, keys included, on
every database, the way text is refused: a ``DataError`` from the statement (on the desk's
driver path, which runs the bind processor before the driver, :class:`UnstorableValue`).

It stays a :class:`sqlalchemy.JSON` (what the desk's pull and the row encoding look for): each
dialect's own JSON type is adapted into a subclass that checks before it encodes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON
from sqlalchemy.engine import Dialect


class UnstorableValue(ValueError):
    """A value holds text a database cannot store (NUL, a lone surrogate)."""


def is_storable_text(value: str) -> bool:
    """No NUL and no lone surrogate."""
    if "\x00" in value:
        return False
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def find_unstorable(value: Any) -> str | None:
    """The first string of a JSON value (keys included) that cannot be stored, or None."""
    if isinstance(value, str):
        return None if is_storable_text(value) else value
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and not is_storable_text(key):
                return key
            found = find_unstorable(item)
            if found is not None:
                return found
    elif isinstance(value, list | tuple):
        for item in value:
            found = find_unstorable(item)
            if found is not None:
                return found
    return None


def escape_text(value: str) -> str:
    """``value`` with NUL and lone surrogates written as escapes (``\\x00``, ``\\ud800``)."""
    if is_storable_text(value):
        return value
    return "".join(
        char.encode("unicode_escape").decode("ascii") if char == "\x00" or "\ud800" <= char <= "\udfff" else char
        for char in value
    )


def escape_unstorable(value: Any) -> Any:
    """A JSON value whose strings (keys included) are all storable: see :func:`escape_text`."""
    if isinstance(value, str):
        return escape_text(value)
    if isinstance(value, dict):
        return {escape_unstorable(k): escape_unstorable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [escape_unstorable(item) for item in value]
    return value


def _refusal(dialect: Dialect, found: str) -> Exception:
    message = f"JSON text cannot hold NUL or a lone surrogate: {escape_text(found)[:80]!r}"
    dbapi = getattr(dialect, "dbapi", None)
    error = getattr(dbapi, "DataError", None)
    if isinstance(error, type) and issubclass(error, Exception):
        return error(message)  # as the driver refuses NUL in text: SQLAlchemy's DataError
    return UnstorableValue(message)


class _RefusesUnstorable:
    """Mixed into a JSON type: the bind processor refuses unstorable text first."""

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        encode: Callable[[Any], Any] | None = super().bind_processor(dialect)  # type: ignore[misc]

        def process(value: Any) -> Any:
            found = find_unstorable(value)
            if found is not None:
                raise _refusal(dialect, found)
            return value if encode is None else encode(value)

        return process


_REFUSING: dict[type[Any], type[Any]] = {}


def _refusing(cls: type[Any]) -> type[Any]:
    """``cls`` with the check in front, one class per dialect type."""
    made = _REFUSING.get(cls)
    if made is None:
        made = _REFUSING.setdefault(cls, type(f"Storable{cls.__name__}", (_RefusesUnstorable, cls), {}))
    return made


class StorableJSON(_RefusesUnstorable, JSON):
    """A JSON column that refuses NUL and lone surrogates anywhere in its value."""

    cache_ok = True

    def adapt(self, cls: type[Any], **kw: Any) -> Any:
        # The dialect's JSON type (psycopg's, SQLite's) with the same check in front.
        return super().adapt(_refusing(cls), **kw)
