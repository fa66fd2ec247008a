"""A held deposit's expiry on the desk (issue 15, "expiry after N months unbooked"): the sessions
each deposit holds, read in one go, and the studio's rule (kronos_core.deposits.expiry) worked at
the desk's now, in the studio's time zone, by the studio's policy.

What a deposit holds (the rule's docstring says why): the appointment it was taken or moved for
(``deposit.appointment_id``), and every appointment of its project: ``deposit.project_id``, or when
it has none the project of its appointment. Blocks and deleted appointments are no sessions."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, select

from kronos_core.deposits import HeldSession, expired, expiry, policy_of
from kronos_core.schema import appointment, studio
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.common import zone_or_default

CHUNK = 500  # ids per IN (...): SQLite's bound parameters


@dataclass(frozen=True)
class Holding:
    """A held deposit as its expiry needs it."""

    id: uuid.UUID
    studio_id: uuid.UUID
    taken_on: dt.date
    expires_on: dt.date | None  # the day written on it when it was taken
    appointment_id: uuid.UUID | None
    project_id: uuid.UUID | None  # its own, else its appointment's


@dataclass(frozen=True)
class Expiry:
    last_day: dt.date | None  # the last day it is good for; None: it does not expire now
    expired: bool


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _sessions(conn: Connection, held: Sequence[Holding]) -> dict[uuid.UUID, list[HeldSession]]:
    """The sessions each deposit holds, by the deposit's id."""
    a = appointment.c
    booking_ids = list({h.appointment_id for h in held if h.appointment_id is not None})
    project_ids = list({h.project_id for h in held if h.project_id is not None})
    by_id: dict[uuid.UUID, HeldSession] = {}
    by_project: dict[uuid.UUID, dict[uuid.UUID, HeldSession]] = {}
    for column, ids in ((a.id, booking_ids), (a.project_id, project_ids)):
        for chunk in _chunks(ids):
            query = select(a.id, a.project_id, a.ends_at, a.status).where(
                column.in_(chunk), a.deleted.is_(False), a.kind != "block"
            )
            for r in conn.execute(query):
                by_id[r.id] = HeldSession(r.ends_at, r.status)
                if r.project_id is not None:
                    by_project.setdefault(r.project_id, {})[r.id] = by_id[r.id]
    out: dict[uuid.UUID, list[HeldSession]] = {}
    for h in held:
        mine = dict(by_project.get(h.project_id, {})) if h.project_id is not None else {}
        if h.appointment_id is not None and h.appointment_id in by_id:
            mine[h.appointment_id] = by_id[h.appointment_id]
        out[h.id] = list(mine.values())
    return out


def expiries(conn: Connection, held: Sequence[Holding], now: dt.datetime | None = None) -> dict[uuid.UUID, Expiry]:
    """Each held deposit's expiry at ``now`` (None: the desk's clock, corrected by its offset to
    the server's), by its studio's policy and in its time zone."""
    if not held:
        return {}
    when = now if now is not None else desk_q.here(conn).now()
    sessions = _sessions(conn, held)
    studios: dict[uuid.UUID, dict[str, object] | None] = {}
    out: dict[uuid.UUID, Expiry] = {}
    for h in held:
        if h.studio_id not in studios:
            row = conn.execute(select(studio).where(studio.c.id == h.studio_id)).mappings().first()
            studios[h.studio_id] = dict(row) if row is not None else None
        studio_row = studios[h.studio_id]
        if studio_row is None:  # no studio row (yet): the day written on it decides
            zone = zone_or_default(None)
            out[h.id] = Expiry(h.expires_on, expired(h.expires_on, when.astimezone(zone).date()))
            continue
        zone = zone_or_default(str(studio_row["timezone"]) if studio_row.get("timezone") else None)
        last_day = expiry(h.taken_on, h.expires_on, sessions[h.id], policy_of(studio_row), zone, when)
        out[h.id] = Expiry(last_day, expired(last_day, when.astimezone(zone).date()))
    return out
