"""Text from the outside world that the database and UTF-8 can hold.

PostgreSQL refuses NUL in text, and a lone surrogate (``"\\ud800"``, which JSON can carry)
cannot be encoded to UTF-8 at all: either would end as a server error deep in a query. Input
is refused at the door instead: no control characters (category Cc) and no surrogates (Cs).
"""

from __future__ import annotations

import unicodedata

_REFUSED_CATEGORIES = frozenset({"Cc", "Cs"})


def is_clean(value: str) -> bool:
    """True when ``value`` has no control character and no lone surrogate."""
    if value.isprintable():  # the fast path: printable text has neither
        return True
    return not any(unicodedata.category(char) in _REFUSED_CATEGORIES for char in value)


def refuse_unclean(value: str) -> str:
    """A pydantic ``AfterValidator``: refuse control characters and lone surrogates."""
    if not is_clean(value):
        raise ValueError("must not contain control characters")
    return value
