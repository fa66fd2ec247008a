"""Comparing pulled rows with encode_row's form: PostgreSQL writes an instant's fraction of a
second without its trailing zeros (``.45005``), Python's ``isoformat`` with six digits."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_FRACTION = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?(\+00:00)$")


def _six_digits(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    found = _FRACTION.match(value)
    if found is None:
        return value
    seconds, fraction, zone = found.groups()
    return f"{seconds}.{(fraction or '').ljust(6, '0')}{zone}" if fraction else f"{seconds}{zone}"


def same_but_fractions(pulled: Mapping[str, Any], encoded: Mapping[str, Any]) -> bool:
    """Equal, each UTC instant's fraction read as six digits (and none when it is zero)."""
    return {k: _six_digits(v) for k, v in pulled.items()} == {k: _six_digits(v) for k, v in encoded.items()}
