"""What a held deposit holds, read from the database (issue 15, "expiry after N months unbooked"):
the one definition of "the sessions a deposit holds", read by the desk for every held deposit it
lists (kronos_desktop/store/queries/deposit_holds.py) and by ``deposit.forfeit`` for an
``expired`` forfeit (kronos_core/mutations/deposits.py), through whatever connection they hold
(the desk's SQLite file, the mutation's transaction on either database). The rule applied to them
is kronos_core.deposits.expiry.

What a deposit holds: the appointment it was taken or moved for (``deposit.appointment_id``), and
every appointment of its project: ``deposit.project_id``, or when it has none the project of its
appointment (``appointment.project_id``, even when that appointment was deleted since). Blocks and
deleted appointments are no sessions, nor an appointment of another studio.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Connection, select

from kronos_core.deposits import HeldSession, expired, expiry, policy_of
from kronos_core.schema import appointment, studio

CHUNK: Final = 500  # ids per IN (...): SQLite's bound parameters
DEFAULT_ZONE: Final = "America/Sao_Paulo"


@dataclass(frozen=True)
class Holding:
    """A held deposit as its expiry needs it."""

    id: uuid.UUID
    studio_id: uuid.UUID
    taken_on: dt.date
    expires_on: dt.date | None  # the day written on it when it was taken
    appointment_id: uuid.UUID | None
    project_id: uuid.UUID | None  # its own (None: its appointment's, which held_sessions reads)

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Holding:
        """From a ``deposit`` row."""
        return cls(
            row["id"], row["studio_id"], row["taken_on"], row["expires_on"], row["appointment_id"], row["project_id"]
        )


@dataclass(frozen=True)
class Expiry:
    last_day: dt.date | None  # the last day it is good for; None: it does not expire now
    expired: bool
    next_end: dt.datetime | None = None  # the earliest end of a session to come that books it


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _is_session(row: Any) -> bool:
    return not row.deleted and row.kind != "block"


def held_sessions(conn: Connection, held: Sequence[Holding]) -> dict[uuid.UUID, list[HeldSession]]:
    """The sessions each deposit holds (see the module), by the deposit's id."""
    a = appointment.c
    columns = (a.id, a.studio_id, a.project_id, a.ends_at, a.status, a.deleted, a.kind)
    bookings: dict[uuid.UUID, Any] = {}  # the deposits' own appointments, deleted ones too
    for chunk in _chunks(list({h.appointment_id for h in held if h.appointment_id is not None})):
        bookings.update((r.id, r) for r in conn.execute(select(*columns).where(a.id.in_(chunk))))

    def project_of(h: Holding) -> uuid.UUID | None:
        if h.project_id is not None:
            return h.project_id
        booking = bookings.get(h.appointment_id) if h.appointment_id is not None else None
        return booking.project_id if booking is not None and booking.studio_id == h.studio_id else None

    projects = {h.id: project_of(h) for h in held}
    by_project: dict[uuid.UUID, list[Any]] = {}
    for chunk in _chunks(list({p for p in projects.values() if p is not None})):
        query = select(*columns).where(a.project_id.in_(chunk), a.deleted.is_(False), a.kind != "block")
        for r in conn.execute(query):
            by_project.setdefault(r.project_id, []).append(r)
    out: dict[uuid.UUID, list[HeldSession]] = {}
    for h in held:
        project_id = projects[h.id]
        mine = {r.id: r for r in by_project.get(project_id, [])} if project_id is not None else {}
        booking = bookings.get(h.appointment_id) if h.appointment_id is not None else None
        if booking is not None and _is_session(booking):
            mine[booking.id] = booking
        out[h.id] = [HeldSession(r.ends_at, r.status) for r in mine.values() if r.studio_id == h.studio_id]
    return out


def zone_of(studio_row: Mapping[str, Any] | None) -> zoneinfo.ZoneInfo:
    """The studio's time zone (São Paulo's when it names none this machine knows)."""
    name = studio_row.get("timezone") if studio_row is not None else None
    try:
        return zoneinfo.ZoneInfo(str(name) if name else DEFAULT_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_ZONE)


def expiry_of(
    h: Holding, sessions: Sequence[HeldSession], studio_row: Mapping[str, Any] | None, now: dt.datetime
) -> Expiry:
    """A held deposit's expiry at ``now`` by its studio's policy (kronos_core.deposits.expiry),
    expired or not on ``now``'s day in the studio's zone; no studio row (yet): the day written on
    it decides."""
    zone = zone_of(studio_row)
    today = now.astimezone(zone).date()
    if studio_row is None:
        return Expiry(h.expires_on, expired(h.expires_on, today))
    last_day = expiry(h.taken_on, h.expires_on, sessions, policy_of(studio_row), zone, now)
    ahead = [s.ends_at for s in sessions if s.books and s.ends_at > now]
    return Expiry(last_day, expired(last_day, today), min(ahead) if ahead else None)


def expiries(conn: Connection, held: Sequence[Holding], now: dt.datetime) -> dict[uuid.UUID, Expiry]:
    """Each held deposit's expiry at ``now`` (aware), by its studio's policy and in its zone."""
    if not held:
        return {}
    sessions = held_sessions(conn, held)
    studios: dict[uuid.UUID, dict[str, Any] | None] = {}
    for studio_id in {h.studio_id for h in held}:
        row = conn.execute(select(studio).where(studio.c.id == studio_id)).mappings().first()
        studios[studio_id] = dict(row) if row is not None else None
    return {h.id: expiry_of(h, sessions[h.id], studios[h.studio_id], now) for h in held}
