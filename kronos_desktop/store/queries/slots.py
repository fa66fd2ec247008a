"""The reads of "free now" and "find a slot": the studio's hours, its active artists and stations,
the busy time of a range (active appointments and time-off blocks) and the public holidays of the
studio's state (closed days), for kronos_core.slots.

Busy time counts every active row, a booking stored in conflict too: a slot is never offered
over time a person still has to sort out."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, String, bindparam, func, literal, select

from kronos_core.holidays_br import public_holidays
from kronos_core.hours import HoursProblem, Week, parse_exceptions, parse_week
from kronos_core.instants import utcnow
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, appointment, client, project, staff, station, studio
from kronos_core.slots import (
    DEFAULT_STEP_MINUTES,
    MAX_SLOT,
    SEARCH_DAYS,
    Busy,
    FreeArtist,
    Slot,
    SlotArtist,
    SlotInputs,
    find_slots,
    free_now,
    healing_start,
)
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.common import day_bounds, zone_or_default
from kronos_desktop.store.queries.desk import desk
from kronos_desktop.store.queries.viewer import Viewer


def _week(raw: Any) -> Week | None:
    try:
        return None if raw is None else parse_week(raw)
    except HoursProblem:
        return None  # a kept week that cannot be read: the studio's hours (as the staff list does)


def _exceptions(raw: Any) -> tuple[Any, ...]:
    try:
        return parse_exceptions(raw)
    except HoursProblem:
        return ()


_a = appointment.c
# The busy time of a range: one query on the index of starts_at (no row lasts longer than
# MAX_SLOT, so one that overlaps the range starts after range start - MAX_SLOT).
BUSY_QUERY = select(_a.artist_id, _a.station_id, _a.starts_at, _a.ends_at).where(
    _a.studio_id == bindparam("studio_id"),
    _a.deleted.is_(False),
    _a.status.in_([literal(s, String) for s in ACTIVE_APPOINTMENT_STATUSES]),
    _a.starts_at < bindparam("end"),
    _a.starts_at > bindparam("earliest"),
    _a.ends_at > bindparam("start"),
)


def busy_between(conn: Connection, studio_id: uuid.UUID, start: dt.datetime, end: dt.datetime) -> tuple[Busy, ...]:
    rows = conn.execute(BUSY_QUERY, {"studio_id": studio_id, "start": start, "end": end, "earliest": start - MAX_SLOT})
    return tuple(Busy(r.artist_id, r.station_id, r.starts_at, r.ends_at) for r in rows)


def slot_inputs(conn: Connection, first_day: dt.date, last_day: dt.date) -> SlotInputs | None:
    """The inputs for the days ``first_day`` .. ``last_day`` (studio's zone); None: no studio yet."""
    state = desk(conn)
    if state is None:
        return None
    row = conn.execute(
        select(studio.c.timezone, studio.c.opening_hours, studio.c.cleaning_buffer_minutes, studio.c.state).where(
            studio.c.id == state.studio_id, studio.c.deleted.is_(False)
        )
    ).first()
    if row is None:
        return None
    zone = zone_or_default(row.timezone)
    s = staff.c
    artists = tuple(
        SlotArtist(
            r.id, r.display_name, _week(r.working_hours), _exceptions(r.hours_exceptions), r.guest_from, r.guest_to
        )
        for r in conn.execute(
            select(s.id, s.display_name, s.working_hours, s.hours_exceptions, s.guest_from, s.guest_to)
            .where(s.studio_id == state.studio_id, s.deleted.is_(False), s.active.is_(True), s.role == "artist")
            .order_by(s.display_name, s.id)
        )
    )
    stations = tuple(
        conn.execute(
            select(station.c.id)
            .where(station.c.studio_id == state.studio_id, station.c.deleted.is_(False), station.c.active.is_(True))
            .order_by(station.c.name, station.c.id)
        ).scalars()
    )
    start, _ = day_bounds(first_day, zone)
    _, end = day_bounds(last_day + dt.timedelta(days=1), zone)  # a slot's cleaning buffer past midnight
    opening = _week(row.opening_hours) or parse_week(None)
    return SlotInputs(
        artists=artists,
        stations=stations,
        busy=busy_between(conn, state.studio_id, start, end),
        opening=opening,
        zone=zone,
        cleaning_buffer_minutes=row.cleaning_buffer_minutes,
        closed=frozenset(public_holidays(row.state, first_day, last_day)),
    )


def find_slots_from_db(
    conn: Connection,
    length: dt.timedelta,
    from_day: dt.date,
    artist_id: uuid.UUID | None = None,
    needs_station: bool = True,
    *,
    count: int = 10,
    step: int = DEFAULT_STEP_MINUTES,
    not_before: dt.datetime | None = None,
    days: int = SEARCH_DAYS,
    from_now: bool = True,
) -> list[Slot]:
    """The next ``count`` free slots from ``from_day`` (kronos_core.slots.find_slots), none before
    the desk's clock (``from_now``; False: the past of the day too) nor before ``not_before``.

    The busy time is read a week at a time: the next ten slots are usually found in the first."""
    state = desk(conn)
    if from_now and state is not None:
        now = state.now()
        not_before = now if not_before is None else max(not_before, now)
    found: list[Slot] = []
    first = from_day
    last_day = from_day + dt.timedelta(days=days - 1)
    while first <= last_day and len(found) < count:
        last = min(last_day, first + dt.timedelta(days=6))
        inputs = slot_inputs(conn, first, last)
        if inputs is None:
            return []
        found += find_slots(
            length, first, artist_id, needs_station, inputs,
            count=count - len(found), step=step, not_before=not_before, days=(last - first).days + 1,
        )  # fmt: skip
        first = last + dt.timedelta(days=1)
    return found


def free_now_from_db(conn: Connection, now: dt.datetime, *, step: int = DEFAULT_STEP_MINUTES) -> list[FreeArtist]:
    """Who is free from ``now`` (kronos_core.slots.free_now)."""
    zone = zone_or_default(None)
    state = desk(conn)
    if state is not None:
        name = conn.execute(select(studio.c.timezone).where(studio.c.id == state.studio_id)).scalar()
        zone = zone_or_default(name)
    day = now.astimezone(zone).date()
    inputs = slot_inputs(conn, day, day + dt.timedelta(days=1))
    return [] if inputs is None else free_now(now, inputs, step=step)


# -- what the free-now panel and the find-a-slot dialog show ------------------------------------
@dataclass(frozen=True)
class SlotNames:
    """The studio's active artists (in the order slots break ties) and stations, by id, with the
    artists' calendar colours; the zone and today (by the desk's clock) the reads were made at."""

    artists: dict[uuid.UUID, str] = field(default_factory=dict)
    stations: dict[uuid.UUID, str] = field(default_factory=dict)
    colors: dict[uuid.UUID, str] = field(default_factory=dict)
    zone: ZoneInfo = field(default_factory=lambda: zone_or_default(None))
    now: dt.datetime = field(default_factory=utcnow)

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(self.zone).date()


def slot_names(conn: Connection) -> SlotNames:
    """The names the panel and the dialog show beside the ids a search answers."""
    here = desk_q.here(conn)
    if here.studio_id is None:
        return SlotNames(zone=here.zone, now=here.now())
    s, st = staff.c, station.c
    artists = conn.execute(
        select(s.id, s.display_name, s.color)
        .where(s.studio_id == here.studio_id, s.deleted.is_(False), s.active.is_(True), s.role == "artist")
        .order_by(s.display_name, s.id)
    ).all()
    stations = conn.execute(
        select(st.id, st.name)
        .where(st.studio_id == here.studio_id, st.deleted.is_(False), st.active.is_(True))
        .order_by(st.name, st.id)
    ).all()
    return SlotNames(
        artists={r.id: r.display_name for r in artists},
        stations={r.id: r.name for r in stations},
        colors={r.id: r.color for r in artists},
        zone=here.zone,
        now=here.now(),
    )


@dataclass(frozen=True)
class FreeNowRead:
    """Who is free from the desk's now (to the minute), with the names to show them by."""

    free: list[FreeArtist]
    names: SlotNames


def free_now_read(conn: Connection, *, step: int = 1) -> FreeNowRead:
    """Who is free from now by the desk's clock (``step`` 1: from the next whole minute)."""
    names = slot_names(conn)
    return FreeNowRead(free_now_from_db(conn, names.now, step=step), names)


@dataclass(frozen=True)
class FoundSlots:
    """The answer of a search of the find-a-slot dialog."""

    slots: list[Slot]
    names: SlotNames


def find_slots_read(
    conn: Connection, length: dt.timedelta, from_day: dt.date, artist_id: uuid.UUID | None, needs_station: bool
) -> FoundSlots:
    """The next ten free slots from ``from_day`` (none before the desk's now), with their names."""
    names = slot_names(conn)
    return FoundSlots(find_slots_from_db(conn, length, from_day, artist_id, needs_station), names)


# -- a multi-session project's next session --------------------------------------------------
@dataclass(frozen=True)
class ProjectChoice:
    """An open project, with the day its last session (active or done) ended, if any."""

    id: uuid.UUID
    title: str
    client_name: str
    artist_id: uuid.UUID | None
    healing_days: int
    last_session: dt.date | None

    def from_day(self, today: dt.date) -> dt.date:
        """Where its next session is searched from: the healing interval after its last one."""
        if self.last_session is None:
            return today
        return max(today, healing_start(self.last_session, self.healing_days))


def open_projects(conn: Connection, viewer: Viewer, zone: ZoneInfo) -> list[ProjectChoice]:
    """The studio's open projects (an artist at the desk: their own), by client and title."""
    here = desk_q.here(conn)
    if here.studio_id is None:
        return []
    p, a, c = project.c, appointment.c, client.c
    last = (
        select(a.project_id, func.max(a.ends_at).label("last_end"))
        .where(a.deleted.is_(False), a.project_id.is_not(None), a.status.not_in(["cancelled", "no_show"]))
        .group_by(a.project_id)
        .subquery()
    )
    query = (
        select(p.id, p.title, p.artist_id, p.healing_days, last.c.last_end, c.full_name, c.preferred_name)
        .join(client, client.c.id == p.client_id)
        .outerjoin(last, last.c.project_id == p.id)
        .where(p.studio_id == here.studio_id, p.deleted.is_(False), p.status == "open")
        .order_by(c.full_name, p.title, p.id)
    )
    if not viewer.sees_all:
        query = query.where(p.artist_id == viewer.staff_id)
    return [
        ProjectChoice(
            r.id,
            r.title,
            r.preferred_name or r.full_name,
            r.artist_id,
            r.healing_days,
            None if r.last_end is None else r.last_end.astimezone(zone).date(),
        )
        for r in conn.execute(query)
    ]
