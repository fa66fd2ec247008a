"""The session record's rules (issue 14): what an artist may record as used in a session.

Plain functions on the products of a ``session_record`` row (``products``: each a dict with
``kind``, ``name``, ``manufacturer``, ``anvisa_registration``, ``colour``, ``lot``,
``manufactured_on``, ``expires_on``, ``opened_on``; dates as :class:`datetime.date` or ISO text
or None), shared by the mutation (kronos_core/mutations/materials.py) and the desk's form, which
marks a product before it is sent.

- an expired lot: a product whose ``expires_on`` is before the session's date (in the studio's
  zone) was past its date when used: refused (``material_expired``); a product expiring on the
  session's day is still good that day;
- an ink with no ANVISA registration number is refused (``ink_unregistered``): inks sold in
  Brazil must be registered (RDC 55/2008 and its successors); needles and disposables carry a
  lot, which the record keeps, but no registration is asked of them here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any


def as_date(value: Any) -> dt.date | None:
    """A product's date (a date, ISO text, or None/empty)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def is_expired(product: Mapping[str, Any], session_date: dt.date) -> bool:
    """Whether the product's lot had expired on ``session_date`` (expiring that day has not)."""
    expires = as_date(product.get("expires_on"))
    return expires is not None and expires < session_date


def is_unregistered_ink(product: Mapping[str, Any]) -> bool:
    """An ink with no ANVISA registration number (blank counts as none)."""
    return product.get("kind") == "ink" and not str(product.get("anvisa_registration") or "").strip()


def expired_products(products: Iterable[Mapping[str, Any]], session_date: dt.date) -> list[Mapping[str, Any]]:
    """The products whose lot had expired on ``session_date``, in their order."""
    return [p for p in products if is_expired(p, session_date)]


def unregistered_inks(products: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The inks with no ANVISA registration number, in their order."""
    return [p for p in products if is_unregistered_ink(p)]


def dates_in_order(manufactured_on: Any, expires_on: Any) -> bool:
    """A lot's dates make sense: it does not expire before it was made (either may be unknown)."""
    made, expires = as_date(manufactured_on), as_date(expires_on)
    return made is None or expires is None or expires >= made
