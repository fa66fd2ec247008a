"""The client record's fields checked at the mutation, the same on the desk and the server.

``client.create`` and ``client.update`` call :func:`check_fields` on the fields they write; it
stores each in one form or refuses the change with a stable ``code`` the desk says in its
language (kronos_desktop/ui/common/refusals.py) and ``params`` naming the ``field``:

- ``phone``, ``guardian_phone``: E.164 by :func:`kronos_core.contact.normalize_phone` (a number
  without ``+`` is Brazilian; a foreign one is accepted with its country code); the codes are
  contact's ``phone_*``;
- ``email``: :func:`kronos_core.contact.normalize_email` (``email_*``), stored in lower case
  (as it always was: one address, however it was typed);
- ``document_number`` when the document is a CPF, and ``guardian_document`` when it looks like
  one (eleven digits, dots and dash allowed): the check digits (``invalid_cpf``), stored as the
  eleven digits;
- ``instagram``: :func:`kronos_core.contact.normalize_instagram` (``instagram_*``);
- ``birth_date``: not after the day the change was made, in the studio's time zone
  (``birth_in_future``). The day is read from the mutation's own UUIDv7 (made on the desk with
  the change), so the desk and the server, and a replay a week later, give the same answer;
- ``blocked_reason``: only for a blocked client (``blocked_reason_not_blocked``); unblocking a
  client clears it.

Text that is empty or only spaces clears the field (stored as nothing). No message or param holds
a value typed: they are personal data, and refusals reach logs and the conflicts inbox.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from kronos_core import contact
from kronos_core.ids import uuid7_time_ms
from kronos_core.mutations.appointments import studio_zone  # the studio's zone, one rule
from kronos_core.mutations.base import ApplyContext, InvalidArguments
from kronos_core.people import cpf_is_valid, looks_like_cpf, normalise_cpf

# Fields whose text is normalised by a contact rule (None: cleared when blank).
_NORMALISERS: dict[str, Callable[[str], str]] = {
    "phone": contact.normalize_phone,
    "guardian_phone": contact.normalize_phone,
    "email": lambda text: contact.normalize_email(text).lower(),
    "instagram": contact.normalize_instagram,
}
# Free text trimmed, blank stored as nothing (whitespace inside collapsed for names).
_NAMES = ("guardian_name",)
_TRIMMED = ("guardian_document", "guardian_relationship", "referral_source", "blocked_reason")


def tidy(field: str, value: Any, document_type: str | None = None) -> Any:
    """A field's value in its stored form when it is valid, else as given (``check_fields`` then
    refuses it with its code). The arguments' model calls it, so a change's arguments (kept in
    the desk's outbox, undone and redone) carry what is stored: an undo's "seen" matches the row."""
    if not isinstance(value, str):
        return value
    if (field in _NORMALISERS or field in _TRIMMED or field in _NAMES) and not value.strip():
        return None
    try:
        if field in _NORMALISERS:
            return _NORMALISERS[field](value)
    except contact.ContactProblem:
        return value
    if field in _NAMES:
        return " ".join(value.split())
    if field in _TRIMMED:
        value = value.strip()
        if field == "guardian_document" and looks_like_cpf(value) and cpf_is_valid(value):
            return normalise_cpf(value)
        return value
    if field == "document_number" and (document_type or "").lower() == "cpf" and cpf_is_valid(value):
        return normalise_cpf(value)
    return value


def _refuse(problem: contact.ContactProblem, field: str, where: str) -> InvalidArguments:
    params = {"field": field, **{k: str(v) for k, v in problem.params.items()}}
    return InvalidArguments(f"{where}{field}: {problem}", code=problem.code, params=params)


def mutation_day(ctx: ApplyContext) -> dt.date | None:
    """The day the change was made, in the studio's time zone: read from the mutation's UUIDv7
    (None for an id of another version, e.g. one a test made up)."""
    if ctx.mutation_uuid.version != 7:
        return None
    zone, _ = studio_zone(ctx)
    made = dt.datetime.fromtimestamp(uuid7_time_ms(ctx.mutation_uuid) / 1000, tz=dt.UTC)
    return made.astimezone(zone).date()


def check_fields(
    ctx: ApplyContext, values: dict[str, Any], current: Mapping[str, Any] | None = None, *, where: str = ""
) -> None:
    """Check and normalise the client fields in ``values`` (changed in place); ``current``: the
    row an update changes (None on create); ``where``: the fields' place in the arguments, for
    the English message (``"changes."``). Raises :class:`InvalidArguments` (see the module)."""
    for field, normalise in _NORMALISERS.items():
        if field not in values or values[field] is None:
            continue
        if not values[field].strip():
            values[field] = None
            continue
        try:
            values[field] = normalise(values[field])
        except contact.ContactProblem as problem:
            raise _refuse(problem, field, where) from None
    for field in (*_NAMES, *_TRIMMED):
        if isinstance(values.get(field), str):
            text = " ".join(values[field].split()) if field in _NAMES else values[field].strip()
            values[field] = text or None
    _check_document(values, current)
    _check_guardian_document(values)
    _check_birth_date(ctx, values)
    _check_blocked_reason(values, current)


def _check_document(values: dict[str, Any], current: Mapping[str, Any] | None) -> None:
    """Refuse a CPF whose check digits are wrong (``invalid_cpf``), and store a valid one as its
    eleven digits; for an update that changes only the type or only the number, the other is
    the row's."""
    if "document_type" not in values and "document_number" not in values:
        return
    before = current or {}
    kind = values.get("document_type", before.get("document_type"))
    number = values.get("document_number", before.get("document_number"))
    if (kind or "").lower() != "cpf" or number is None:
        return
    if not cpf_is_valid(number):
        raise InvalidArguments("the CPF is not valid", code="invalid_cpf", params={"number": number})
    if "document_number" in values:
        values["document_number"] = normalise_cpf(number)


def _check_guardian_document(values: dict[str, Any]) -> None:
    number = values.get("guardian_document")
    if number is None or not looks_like_cpf(number):
        return
    if not cpf_is_valid(number):
        raise InvalidArguments(
            "the guardian's CPF is not valid", code="invalid_cpf", params={"field": "guardian_document"}
        )
    values["guardian_document"] = normalise_cpf(number)


def _check_birth_date(ctx: ApplyContext, values: dict[str, Any]) -> None:
    born = values.get("birth_date")
    if born is None:
        return
    today = mutation_day(ctx)
    if today is not None and born > today:
        raise InvalidArguments(
            "birth_date: the birth date is after the day of the change",
            code=contact.BIRTH_IN_FUTURE,
            params={"field": "birth_date"},
        )


def _check_blocked_reason(values: dict[str, Any], current: Mapping[str, Any] | None) -> None:
    blocked = values.get("blocked", (current or {}).get("blocked", False))
    if blocked:
        return
    if values.get("blocked_reason") is not None:
        raise InvalidArguments(
            "a block's reason is for a blocked client",
            code="blocked_reason_not_blocked",
            params={"field": "blocked_reason"},
        )
    if "blocked" in values and current is not None and current.get("blocked_reason") is not None:
        values["blocked_reason"] = None  # unblocked: the reason goes with the block
