"""The reads of the time-off dialog: the artists it can block and the studio's opening hours
(what "whole day" means), and the bookings a planned time off would hold, found by expanding
the series the way ``time_off.add`` will (kronos_core.time_off: its days and each day's span).

Busy rows that a block would hold are the artist's active appointments overlapping a day's
block: bookings (each with its client) and earlier time off (without one)."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from kronos_core.hours import Week, parse_week
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, APPOINTMENT_MAX_HOURS, appointment, client, staff
from kronos_core.time_off import block_span
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.store.queries.viewer import Viewer


@dataclass(frozen=True)
class TimeOffSetup:
    """What the dialog needs before anything is typed."""

    artists: dict[uuid.UUID, str] = field(default_factory=dict)  # active artists, by name
    opening: Week = field(default_factory=lambda: parse_week(None))
    zone: zoneinfo.ZoneInfo = field(default_factory=lambda: zone_or_default(None))
    today: dt.date = field(default_factory=dt.date.today)


def setup(conn: Connection, viewer: Viewer) -> TimeOffSetup:
    """The artists ``viewer`` may block (an artist: their own time alone) and the studio's hours."""
    here = desk_q.here(conn)
    if here.studio_id is None:
        return TimeOffSetup(zone=here.zone, today=here.today())
    s = staff.c
    query = (
        select(s.id, s.display_name)
        .where(s.studio_id == here.studio_id, s.deleted.is_(False), s.active.is_(True), s.role == "artist")
        .order_by(s.display_name, s.id)
    )
    if not viewer.sees_all:
        query = query.where(s.id == viewer.staff_id)
    artists = {r.id: r.display_name for r in conn.execute(query)}
    opening, _state = staff_q.opening_and_state(conn, here.studio_id)
    return TimeOffSetup(artists, opening, here.zone, here.today())


def whole_day(opening: Week, days: list[dt.date]) -> tuple[int, int] | None:
    """The wall-clock span "whole day" blocks on ``days``: from the earliest opening to the
    latest closing of their weekdays, at most a row's longest (16 h); None: none of them opens."""
    spans = [span for day in {d.weekday() for d in days} for span in opening.on(day)]
    if not spans:
        return None
    start = min(s.start for s in spans)
    end = max(s.end for s in spans)
    return start, min(end, start + APPOINTMENT_MAX_HOURS * 60)


@dataclass(frozen=True)
class HeldBooking:
    """An active appointment of the artist that a planned block would overlap."""

    id: uuid.UUID
    starts_at: dt.datetime
    ends_at: dt.datetime
    kind: str
    status: str
    client_name: str | None  # None: an earlier time off
    notes: str | None


def held_bookings(
    conn: Connection,
    artist_id: uuid.UUID,
    days: list[dt.date],
    start_minute: int,
    end_minute: int,
    zone: zoneinfo.ZoneInfo,
    *,
    ignore_series: uuid.UUID | None = None,
) -> list[HeldBooking]:
    """The artist's active appointments that the blocks of ``days`` (``start_minute`` to
    ``end_minute`` of each, in ``zone``) would overlap, in time order: one range query."""
    if not days:
        return []
    spans = [block_span(day, start_minute, end_minute, zone) for day in days]
    first, last = spans[0][0], spans[-1][1]
    a, c = appointment.c, client.c
    query = (
        select(a.id, a.starts_at, a.ends_at, a.kind, a.status, a.notes, c.full_name, c.preferred_name)
        .outerjoin(client, client.c.id == a.client_id)
        .where(
            a.artist_id == artist_id,
            a.deleted.is_(False),
            a.status.in_(ACTIVE_APPOINTMENT_STATUSES),
            a.starts_at < last,
            a.starts_at > first - dt.timedelta(hours=APPOINTMENT_MAX_HOURS),
            a.ends_at > first,
        )
        .order_by(a.starts_at, a.id)
    )
    if ignore_series is not None:
        query = query.where((a.series_id.is_(None)) | (a.series_id != ignore_series))
    found = []
    for r in conn.execute(query):
        if any(start < r.ends_at and r.starts_at < end for start, end in spans):
            name = (r.preferred_name or r.full_name) if r.full_name else None
            found.append(HeldBooking(r.id, r.starts_at, r.ends_at, r.kind, r.status, name, r.notes))
    return found
