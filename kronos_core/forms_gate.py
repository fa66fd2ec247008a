"""Before the needle: a session is checked in or started only with a signed form (issue 14).

Checking in or starting (a status move to ``checked_in`` or ``in_progress``) a booking where a
needle touches skin (a session, a touch-up, a walk-in) with no signed form for it warns the
receptionist and the artist; the studio's ``unsigned_form_policy`` ``block`` makes it a refusal.
A desk policy: the desk's ops and views call these functions, the server does not enforce it
(a form signed on another desk may not have arrived yet).

A form "is for" a booking when it points at the booking, or, signed with no booking, when it is
the same client's and was signed the same day (in the studio's time zone) as the booking starts:
the client filled it in at the desk before the booking was picked.

Plain functions of a SQLAlchemy connection and the shared schema: the same on SQLite and
PostgreSQL, no Qt.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Iterable
from typing import Any, Final, Literal

from sqlalchemy import Connection, and_, select

from kronos_core.mutations.errors import MutationError
from kronos_core.schema import appointment, consent_form, studio

# The kinds of booking where a needle touches skin, and the moves that start one.
NEEDLE_KINDS: Final = frozenset({"session", "touch_up", "walk_in"})
GATED_STATUSES: Final = frozenset({"checked_in", "in_progress"})
DEFAULT_ZONE: Final = "America/Sao_Paulo"

Outcome = Literal["ok", "warn", "block"]


class FormNotSigned(MutationError):
    """The studio's policy ``block``: no check-in or start without a signed form."""

    code = "form_not_signed"


class UnsignedFormWarning(MutationError):
    """The studio's policy ``warn``: the desk asks before checking in or starting; the op runs
    again once the person confirms (nothing was written)."""

    code = "form_not_signed_warning"


def needs_signed_form(kind: str, new_status: str) -> bool:
    """Whether moving a booking of ``kind`` to ``new_status`` needs a signed form first."""
    return kind in NEEDLE_KINDS and new_status in GATED_STATUSES


def outcome(*, kind: str, new_status: str, has_form: bool, policy: str) -> Outcome:
    """The rule itself: ``ok`` (go on), ``warn`` (ask first) or ``block`` (refuse)."""
    if has_form or not needs_signed_form(kind, new_status):
        return "ok"
    return "block" if policy == "block" else "warn"


def _zone(name: str | None) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name or DEFAULT_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_ZONE)


def _studio_zone(conn: Connection, studio_id: uuid.UUID) -> tuple[zoneinfo.ZoneInfo, str]:
    row = conn.execute(select(studio.c.timezone, studio.c.unsigned_form_policy).where(studio.c.id == studio_id)).first()
    if row is None:
        return _zone(None), "warn"
    return _zone(row.timezone), row.unsigned_form_policy


def signed_for(conn: Connection, appointment_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """The bookings among ``appointment_ids`` that have a signed form (pointing at them, or the
    client's signed the same day with no booking). Two indexed reads, whatever the count."""
    ids = list(dict.fromkeys(appointment_ids))
    if not ids:
        return set()
    found: set[uuid.UUID] = set()
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        found |= set(
            conn.execute(
                select(consent_form.c.appointment_id)
                .where(consent_form.c.appointment_id.in_(chunk), consent_form.c.deleted.is_(False))
                .distinct()
            ).scalars()
        )
    rest = [i for i in ids if i not in found]
    if not rest:
        return found
    bookings: list[Any] = []
    for chunk in (rest[i : i + 500] for i in range(0, len(rest), 500)):
        bookings += conn.execute(
            select(appointment.c.id, appointment.c.client_id, appointment.c.starts_at, appointment.c.studio_id).where(
                appointment.c.id.in_(chunk), appointment.c.client_id.is_not(None)
            )
        ).all()
    if not bookings:
        return found
    zones = {b.studio_id: _studio_zone(conn, b.studio_id)[0] for b in bookings}
    days: dict[uuid.UUID, set[dt.date]] = {}
    for b in bookings:
        days.setdefault(b.client_id, set()).add(b.starts_at.astimezone(zones[b.studio_id]).date())
    loose: dict[uuid.UUID, set[dt.date]] = {}
    clients = list(days)
    for chunk in (clients[i : i + 500] for i in range(0, len(clients), 500)):
        for form in conn.execute(
            select(consent_form.c.client_id, consent_form.c.signed_at, consent_form.c.studio_id).where(
                and_(
                    consent_form.c.client_id.in_(chunk),
                    consent_form.c.appointment_id.is_(None),
                    consent_form.c.deleted.is_(False),
                )
            )
        ):
            zone = zones.get(form.studio_id) or _studio_zone(conn, form.studio_id)[0]
            loose.setdefault(form.client_id, set()).add(form.signed_at.astimezone(zone).date())
    for b in bookings:
        if b.starts_at.astimezone(zones[b.studio_id]).date() in loose.get(b.client_id, set()):
            found.add(b.id)
    return found


def has_signed_form(conn: Connection, appointment_id: uuid.UUID) -> bool:
    """Whether the booking has a signed form (see :func:`signed_for`)."""
    return appointment_id in signed_for(conn, [appointment_id])


def check(conn: Connection, appointment_id: uuid.UUID, new_status: str) -> Outcome:
    """What moving the booking to ``new_status`` meets: ``ok``, ``warn`` or ``block`` (a booking
    not found is ``ok``: the mutation itself says it is not there)."""
    row = conn.execute(
        select(appointment.c.kind, appointment.c.studio_id).where(appointment.c.id == appointment_id)
    ).first()
    if row is None or not needs_signed_form(row.kind, new_status):
        return "ok"
    policy = _studio_zone(conn, row.studio_id)[1]
    return outcome(kind=row.kind, new_status=new_status, has_form=has_signed_form(conn, appointment_id), policy=policy)


def enforce(conn: Connection, appointment_id: uuid.UUID, new_status: str, *, confirmed: bool) -> None:
    """Raise :class:`FormNotSigned` under ``block``, and :class:`UnsignedFormWarning` under
    ``warn`` unless the person already ``confirmed`` going on without a form."""
    found = check(conn, appointment_id, new_status)
    params = {"status": new_status}
    if found == "block":
        raise FormNotSigned(
            "no signed consent form for this session: the studio does not check in or start a session without one",
            params=params,
        )
    if found == "warn" and not confirmed:
        raise UnsignedFormWarning("no signed consent form for this session yet", params=params)
