"""The agenda's reads: the appointments of a range of time, in the studio's time zone.

Who asks decides what a row carries (DESIGN.md, "Auth"): an artist's own bookings in full,
a colleague's only as busy (its time, artist, station and status; no client, notes, kind or
health alert), blanked here in the query so the view never holds them.

Two marks ride on each row:

- ``first_visit``: an active booking (not cancelled or no-show, not time off) of a client who has no
  earlier booking at the studio that was not cancelled or no-show and is not time off (a
  correlated ``NOT EXISTS`` on ``ix_appointment_client``). What counts is the start: a client's
  second booking of the same day is not a first visit, and a client who only ever cancelled still
  comes for the first time. Never set on a colleague's booking an artist sees as busy.
- ``health_twin``: the client has no health alert of their own but shares a phone, e-mail or
  document with another active client who has one ("possible duplicate of a client with a health
  alert", until the records are merged: store/queries/duplicates.health_twins, a few indexed reads
  for the clients shown). Never set on a colleague's booking an artist sees as busy (its client is
  not read).
- ``consent_signed``: a signed consent form points at the booking (a correlated ``EXISTS`` on
  ``ix_consent_form_appointment``, in the same read), or the client signed one with no booking
  on the booking's day (one more read: the rule the check-in follows, kronos_core.forms_gate).
  Never set on a colleague's booking an artist sees as busy.
- ``pending``: a change to the row made on this desk and not yet synced: a ``pending`` outbox
  record whose ``undo`` (the rows the mutation touched: ``[{"table", "id", "before"}]``, written
  by store.py) names the appointment. One more read, over the pending records only
  (``ix_outbox_status_seq``); the outbox is the desk's own (SQLite): on another database nothing
  is pending.
- ``deposit_paid``: a deposit is held for the booking (taken for it, or for its project and not
  yet applied): store/queries/checkout_deposits.deposits_paid, one more read (two indexed
  selects) over the range's bookings, made only when the range has bookings. Never set on a
  colleague's booking an artist sees as busy, nor on time off.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, String, and_, case, false, not_, null, select, text, true, type_coerce

from kronos_core.schema import APPOINTMENT_MAX_HOURS, appointment, client, consent_form, staff, station
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.checkout_deposits import deposits_paid
from kronos_desktop.store.queries.common import day_bounds, health_text
from kronos_desktop.store.queries.duplicates import health_twins

INACTIVE = ("cancelled", "no_show")
# No appointment row is longer (a CHECK of the schema): one that overlaps a range starts after the
# range's start less this, which bounds the index range read from below, not from the first booking.
LONGEST = dt.timedelta(hours=APPOINTMENT_MAX_HOURS)
# Made once: a new alias each read costs its columns' copies and a new cache key.
BOOKER = staff.alias("booker")
EARLIER = appointment.alias("earlier")


@dataclass(frozen=True)
class AgendaRow:
    id: uuid.UUID
    starts_at: dt.datetime
    ends_at: dt.datetime
    kind: str
    status: str
    in_conflict: bool
    notes: str | None
    artist_name: str
    artist_color: str
    client_id: uuid.UUID | None
    client_name: str | None  # the name the client is called by (preferred name first)
    client_full_name: str | None
    station_name: str | None
    health_alert: str | None  # allergies and medical alerts, when there are any
    busy: bool = False  # a colleague's booking shown to an artist: only that the time is taken
    booked_by: str | None = None  # who made the booking (created_by), when known
    artist_id: uuid.UUID | None = None  # the calendar's column
    station_id: uuid.UUID | None = None
    first_visit: bool = False  # the client's first booking at the studio (none active or done before)
    pending: bool = False  # a change to it made on this desk and not yet synced
    health_twin: bool = False  # no alert of their own, a likely duplicate of a client with one
    consent_signed: bool = False  # a signed consent form points at it
    deposit_paid: bool = False  # a deposit is held for it (the booking's or its project's)


def agenda(
    conn: Connection,
    studio_id: uuid.UUID,
    day: dt.date,
    zone: zoneinfo.ZoneInfo,
    *,
    viewer_id: uuid.UUID | None = None,
    sees_all: bool = True,
) -> list[AgendaRow]:
    """Every appointment that overlaps ``day`` in the studio's time zone, in time order.

    ``sees_all`` False (an artist asking, ``viewer_id``): the bookings of other artists come
    back busy, their client, notes, kind and health alert never read out of the database."""
    return agenda_range(conn, studio_id, day, 1, zone, viewer_id=viewer_id, sees_all=sees_all)


def range_bounds(first: dt.date, days: int, zone: zoneinfo.ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The instants where ``days`` days from ``first`` start and end in the studio's time zone."""
    start, _ = day_bounds(first, zone)
    _, end = day_bounds(first + dt.timedelta(days=max(1, days) - 1), zone)
    return start, end


def agenda_range(
    conn: Connection,
    studio_id: uuid.UUID,
    first: dt.date,
    days: int,
    zone: zoneinfo.ZoneInfo,
    *,
    viewer_id: uuid.UUID | None = None,
    sees_all: bool = True,
) -> list[AgendaRow]:
    """Every appointment that overlaps the ``days`` days from ``first`` (a week: 7, a month's
    grid: 42) in the studio's time zone, in time order: one read on ``ix_appointment_studio_start``,
    as :func:`agenda` (the same rule for what an artist sees of a colleague's), with the marks
    ``first_visit`` and ``pending``."""
    start, end = range_bounds(first, days, zone)
    a, s, c, st = appointment.c, staff.c, client.c, station.c
    booker, earlier = BOOKER, EARLIER
    mine: ColumnElement[bool] = true() if sees_all else (a.artist_id == viewer_id if viewer_id else false())

    def own(column: ColumnElement[Any], name: str) -> ColumnElement[Any]:
        """``column`` on the asker's own rows, NULL on a colleague's."""
        return column if sees_all else case((mine, column), else_=null()).label(name)

    e = earlier.c
    seen_before = (
        select(e.id)
        .where(
            e.client_id == a.client_id, e.deleted.is_(False), e.kind != "block",
            e.status.not_in(INACTIVE), e.starts_at < a.starts_at,
        )
        .exists()
    )  # fmt: skip
    first_visit = and_(a.client_id.is_not(None), a.kind != "block", a.status.not_in(INACTIVE), not_(seen_before))
    f = consent_form.c
    signed = select(f.id).where(f.appointment_id == a.id, f.deleted.is_(False)).exists()
    query = (
        select(
            a.id, a.starts_at, a.ends_at, a.status, a.in_conflict,
            own(a.kind, "kind"), own(a.notes, "notes"), own(a.client_id, "client_id"),
            s.display_name.label("artist_name"), s.color.label("artist_color"),
            own(c.full_name, "full_name"), own(c.preferred_name, "preferred_name"),
            own(c.allergies, "allergies"), own(c.medical_alerts, "medical_alerts"), own(c.medication, "medication"),
            st.name.label("station_name"),
            (false() if sees_all else not_(mine)).label("busy"),
            own(booker.c.display_name, "booked_by").label("booked_by"),
            raw(a.artist_id, "artist_id"), raw(a.station_id, "station_id"),
            (first_visit if sees_all else and_(mine, first_visit)).label("first_visit"),
            (signed if sees_all else and_(mine, signed)).label("consent_signed"),
        )
        .select_from(
            appointment.join(staff, s.id == a.artist_id)
            .outerjoin(client, c.id == a.client_id)
            .outerjoin(station, st.id == a.station_id)
            .outerjoin(booker, booker.c.id == a.created_by)
        )
        .where(
            a.studio_id == studio_id, a.deleted.is_(False),
            a.starts_at < end, a.starts_at > start - LONGEST, a.ends_at > start,
        )
        .order_by(a.starts_at, s.display_name, a.id)
    )  # fmt: skip
    found = conn.execute(query).all()
    waiting = pending_appointments(conn) if found else frozenset()
    signed_that_day = _signed_the_same_day(conn, [(r[0], r[7], r[1]) for r in found if not r[-1]], zone, start, end)
    ids = _Ids()
    twins = health_twins(conn, studio_id, {r.client_id for r in found if r.client_id is not None})
    paid = _paid(conn, found)
    return [
        AgendaRow(
            id=row_id,
            starts_at=starts_at,
            ends_at=ends_at,
            kind=kind or "",
            status=status,
            in_conflict=bool(in_conflict),
            notes=notes,
            artist_name=artist_name,
            artist_color=artist_color,
            client_id=client_id,
            client_name=(preferred_name or full_name) if full_name else None,
            client_full_name=full_name,
            station_name=station_name,
            health_alert=health_text(allergies, medical_alerts, medication),
            busy=bool(busy),
            booked_by=booked_by,
            artist_id=ids(artist_id),
            station_id=ids(station_id),
            first_visit=bool(first),
            pending=row_id in waiting,
            health_twin=client_id is not None and client_id in twins,
            consent_signed=bool(consent) or row_id in signed_that_day,
            deposit_paid=row_id in paid,
        )
        for (
            row_id, starts_at, ends_at, status, in_conflict, kind, notes, client_id, artist_name, artist_color,
            full_name, preferred_name, allergies, medical_alerts, medication, station_name, busy, booked_by,
            artist_id, station_id, first, consent,
        ) in found
    ]  # fmt: skip


def _paid(conn: Connection, found: Sequence[Any]) -> set[uuid.UUID]:
    """Of the rows read, the bookings with a deposit held for them: one read, only when some
    booking of a client is in the range (never a busy one, never time off)."""
    ids = [r.id for r in found if not r.busy and r.client_id is not None and r.kind != "block"]
    return deposits_paid(conn, ids) if ids else set()


def _signed_the_same_day(
    conn: Connection,
    unsigned: list[tuple[uuid.UUID, Any, dt.datetime]],
    zone: zoneinfo.ZoneInfo,
    start: dt.datetime,
    end: dt.datetime,
) -> set[uuid.UUID]:
    """Of the bookings ``unsigned`` (id, client id, start), those whose client signed a form with
    no booking on the booking's day in the studio's zone: what the check-in counts as signed
    too (kronos_core.forms_gate). One read on ``ix_consent_form_client``."""
    clients = {c for _, c, _ in unsigned if c is not None}
    if not clients:
        return set()
    f = consent_form.c
    forms = conn.execute(
        select(f.client_id, f.signed_at).where(
            f.client_id.in_(sorted(clients)), f.appointment_id.is_(None), f.deleted.is_(False),
            f.signed_at >= start - dt.timedelta(days=1), f.signed_at < end,
        )
    ).all()  # fmt: skip
    days = {(client_id, signed_at.astimezone(zone).date()) for client_id, signed_at in forms}
    return {b for b, c, starts_at in unsigned if (c, starts_at.astimezone(zone).date()) in days}


def raw(column: ColumnElement[Any], name: str) -> ColumnElement[Any]:
    """An id column as stored (on SQLite, its 32 hex digits): :class:`_Ids` makes each distinct
    one a UUID once, where the type would parse it again on every row (an artist's id on each of
    their bookings: a week's read spent a third of its time there)."""
    return type_coerce(column, String).label(name)


class _Ids:
    """UUIDs from stored ids, each distinct one parsed once (for one read)."""

    def __init__(self) -> None:
        self._seen: dict[object, uuid.UUID] = {}

    def __call__(self, stored: object) -> uuid.UUID | None:
        if stored is None:
            return None
        if isinstance(stored, uuid.UUID):
            return stored
        found = self._seen.get(stored)
        if found is None:
            found = self._seen[stored] = uuid.UUID(str(stored))
        return found


# The appointments named by this desk's pending outbox records (their ``undo``: the rows each
# mutation touched). SQLite's json_each: the outbox lives in the desk's SQLite file only.
_PENDING = text(
    "SELECT DISTINCT json_extract(touched.value, '$.id') FROM outbox, json_each(outbox.undo) AS touched"
    " WHERE outbox.status = 'pending' AND json_extract(touched.value, '$.table') = 'appointment'"
)


def pending_appointments(conn: Connection) -> frozenset[uuid.UUID]:
    """The appointments a change made on this desk and not yet synced touched (none off SQLite,
    and none on a standalone desk: with no server there is nothing to sync to, and every change
    marked would say nothing)."""
    if conn.dialect.name != "sqlite":
        return frozenset()
    state = desk_q.desk(conn)
    if state is None or not state.server_url:
        return frozenset()
    found: set[uuid.UUID] = set()
    for (raw,) in conn.execute(_PENDING):
        try:
            found.add(uuid.UUID(str(raw)))
        except ValueError:
            continue  # not an id: nothing to mark
    return frozenset(found)


@dataclass(frozen=True)
class StationRow:
    """A station as the agenda's columns need it."""

    id: uuid.UUID
    name: str


def stations(conn: Connection, studio_id: uuid.UUID) -> list[StationRow]:
    """The studio's active stations, by name (the drawn day's columns when grouped by station)."""
    st = station.c
    query = (
        select(st.id, st.name)
        .where(st.studio_id == studio_id, st.deleted.is_(False), st.active.is_(True))
        .order_by(st.name, st.id)
    )
    return [StationRow(r.id, r.name) for r in conn.execute(query)]


@dataclass(frozen=True)
class Taken:
    """An active booking or time off, only as much as a month's overview counts: whose time, when."""

    artist_id: uuid.UUID
    starts_at: dt.datetime
    ends_at: dt.datetime
    is_block: bool


def taken_in_range(
    conn: Connection, studio_id: uuid.UUID, first: dt.date, days: int, zone: zoneinfo.ZoneInfo
) -> list[Taken]:
    """The active bookings and time off overlapping the ``days`` days from ``first``, in time order:
    the month's counts and free hours, without a client, a note or a kind beyond time off (nothing
    an artist may not see of a colleague's), so one light read serves everyone."""
    start, end = range_bounds(first, days, zone)
    a = appointment.c
    query = (
        select(a.artist_id, a.starts_at, a.ends_at, a.kind == "block")
        .where(
            a.studio_id == studio_id, a.deleted.is_(False), a.status.not_in(INACTIVE),
            a.starts_at < end, a.starts_at > start - LONGEST, a.ends_at > start,
        )
        .order_by(a.starts_at)
    )  # fmt: skip
    return [Taken(r[0], r[1], r[2], bool(r[3])) for r in conn.execute(query)]
