"""What an erase takes out (LGPD art. 18 VI): a client's personal data, and how to find it again
wherever a copy of it lies in JSON (a conflict's values, a desk's outbox, a pulled page).

Plain functions with no database, shared by ``client.erase`` (kronos_core/mutations/client_erase.py,
on the desk and the server), the desk's scrub of its own copies (kronos_desktop/store/erase.py) and
the server's. What an erase leaves, and why, is kronos_core/retention.py.

- :data:`ERASED` holds, for every personal column of ``client``, the value it has once erased
  (``full_name`` cannot be empty: :data:`ERASED_NAME`); :data:`KEPT_COLUMNS` are the others (the
  ids, the sync columns, ``merged_into``, ``erased_at``). Every column is in exactly one of them
  (tests/core/test_client_erase.py), so a column added later must be placed.
- :func:`needles` lists the texts of a client row that identify the person (name, phone as
  stored and as typed, e-mail, document, handle, health alerts, notes...), long enough that
  replacing them elsewhere does not wreck unrelated text;
- :func:`scrub` returns a JSON value with every personal key's value erased and every needle
  replaced by :data:`ERASED_NAME`, whatever the depth; :func:`refused_arguments` is what a
  refused change to an erased client keeps of its arguments (its ids).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from kronos_core import contact

ERASED_NAME: Final = "—"
# A voucher's typed texts: who bought it, who it is for, its note (client.erase scrubs them, and the
# desk its own copies: kronos_desktop/store/erase.py).
VOUCHER_TEXTS: Final = ("buyer_name", "recipient_name", "note")

# Each personal column of ``client`` and its value once erased (JSON form).
ERASED: Final[dict[str, Any]] = {
    "full_name": ERASED_NAME,
    "preferred_name": None,
    "birth_date": None,
    "phone": None,
    "email": None,
    "document_type": None,
    "document_number": None,
    "address": None,
    "allergies": None,
    "medical_alerts": None,
    "notes": None,
    "tags": [],
    "marketing_consent": False,
    "data_processing_consent": False,
    "blocked": False,
    "whatsapp": False,
    "instagram": None,
    "referral_source": None,
    "medication": None,
    "health_data_consent": False,
    "blocked_reason": None,
    "guardian_name": None,
    "guardian_document": None,
    "guardian_relationship": None,
    "guardian_phone": None,
}
# The columns an erase keeps: the row's identity and sync columns, and where a merge sent it.
KEPT_COLUMNS: Final = frozenset(
    {
        "id",
        "studio_id",
        "version",
        "deleted",
        "created_at",
        "changed_at",
        "changed_by",
        "origin_device",
        "created_by",
        "merged_into",
        "erased_at",
    }
)
# Texts shorter than this are not searched for elsewhere ("Ana" is in many other words).
MIN_NEEDLE: Final = 4
# Columns whose text is searched for elsewhere (booleans, tags, short choices and the birth date
# are not: another client may share them). The identifying ones are searched for in any record;
# the others (free text: an allergy, a note) only in records about the client, where another
# client's "látex" cannot be.
_IDENTIFYING: Final = (
    "full_name",
    "preferred_name",
    "phone",
    "email",
    "document_number",
    "instagram",
    "guardian_name",
    "guardian_document",
    "guardian_phone",
)
_FREE_TEXT: Final = ("address", "allergies", "medical_alerts", "notes", "medication", "blocked_reason")


def _phone_forms(e164: str) -> list[str]:
    """A stored number as it may have been typed or shown: E.164, its digits, the national
    digits of a Brazilian one, and the national form ``(11) 98765-4321``."""
    digits = contact.phone_digits(e164)
    forms = [e164, digits, contact.format_phone(e164)]
    if digits.startswith("55"):
        forms.append(digits[2:])
    return forms


def needles(row: Mapping[str, Any], *, identifying_only: bool = False) -> set[str]:
    """The texts of a client ``row`` (column values, or their JSON form) that identify the person,
    each at least :data:`MIN_NEEDLE` characters long; with ``identifying_only``, without the free
    texts (for records that are not about the client)."""
    found: set[str] = set()
    for name in _IDENTIFYING if identifying_only else (*_IDENTIFYING, *_FREE_TEXT):
        value = row.get(name)
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        found.add(value)
        if name in ("phone", "guardian_phone"):
            found.update(_phone_forms(value))
        elif name in ("document_number", "guardian_document"):
            found.add(contact.format_cpf(value))
        elif name == "instagram":
            found.add("@" + value)
    return {n for n in found if len(n) >= MIN_NEEDLE and n != ERASED_NAME}


def _pattern(found: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(set(found), key=lambda n: (-len(n), n))  # the longest first
    if not ordered:
        return None
    return re.compile("|".join(re.escape(n) for n in ordered), re.IGNORECASE)


class Scrubber:
    """Takes a set of erased clients' texts (:func:`needles`) out of JSON values."""

    def __init__(self, found: Iterable[str]) -> None:
        self.needles = frozenset(found)
        self._pattern = _pattern(self.needles)

    def text(self, value: str) -> str:
        """``value`` with every needle replaced by :data:`ERASED_NAME`."""
        if self._pattern is None:
            return value
        return self._pattern.sub(ERASED_NAME, value)

    def value(self, value: Any, *, personal_keys: bool = False) -> Any:
        """A JSON value with every needle replaced; with ``personal_keys``, every key named for a
        personal column of ``client`` (at any depth) takes its erased value too (a change, a
        row, seen values of that client)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v, personal_keys=personal_keys) for v in value]
        if isinstance(value, dict):
            out: dict[str, Any] = {}
            for key, item in value.items():
                new_key = self.text(key) if isinstance(key, str) else key
                if personal_keys and key in ERASED:
                    out[new_key] = ERASED[key]
                else:
                    out[new_key] = self.value(item, personal_keys=personal_keys)
            return out
        return value

    def holds(self, value: Any) -> bool:
        """Whether any needle is in ``value`` (a JSON value or text)."""
        if self._pattern is None:
            return False
        if isinstance(value, str):
            return self._pattern.search(value) is not None
        if isinstance(value, list):
            return any(self.holds(v) for v in value)
        if isinstance(value, dict):
            return any(self.holds(k) or self.holds(v) for k, v in value.items())
        return False


def names_any(value: Any, ids: Iterable[str]) -> bool:
    """Whether any of ``ids`` (UUIDs as text) is a value anywhere in the JSON ``value``."""
    wanted = set(ids)
    if isinstance(value, str):
        return value in wanted
    if isinstance(value, list):
        return any(names_any(v, wanted) for v in value)
    if isinstance(value, dict):
        return any(names_any(v, wanted) for v in value.values())
    return False


def refused_arguments(mine: Any) -> dict[str, Any]:
    """What the ``rejected`` conflict of a change refused because its client was erased keeps
    of ``mine`` (``{"name", "args"}``): the mutation's name and the ids among its arguments
    (keys ``id`` or ending in ``_id``), nothing personal (DESIGN.md, "sync_conflict": refusals keep
    their arguments, except the personal fields of a change to an erased client)."""
    if not isinstance(mine, Mapping):
        return {"name": None, "args": {}, "erased": True}
    args = mine.get("args")
    kept: dict[str, Any] = {}
    if isinstance(args, Mapping):
        kept = {k: v for k, v in args.items() if k == "id" or (k.endswith("_id") and isinstance(v, str))}
    return {"name": mine.get("name"), "args": kept, "erased": True}
