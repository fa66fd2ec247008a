"""The drawn week's data and geometry, without painting: seven day columns (Monday first), the hours
of the week on a vertical axis, a block per booking. Two ways to fill a day's column:

- one artist (``lanes`` None): their bookings, overlapping ones side by side as the day does;
- every artist (``lanes``: the artists' ids in column order): a thin lane per artist in each day,
  their blocks in their colour, so who is busy when reads across the week at a glance.

Plain Python (the read below runs on the reader thread; the layout has no Qt), tested and timed on
its own. Minutes on the axis are after the studio's midnight of each day, in its time zone.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection

from kronos_core.holidays_br import public_holidays
from kronos_core.hours import Span, spans_on
from kronos_desktop import i18n
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.store.queries.staff import StaffRow
from kronos_desktop.store.queries.viewer import Viewer
from kronos_desktop.ui.agenda.day_layout import Rect, axis_span

DAYS = 7
GUTTER = 44  # px: the hour labels
HEADER = 36  # px: the days' names and dates on top
MIN_HOUR_HEIGHT = 24  # px: the week of a 12-hour studio fits a 1024x600 screen without scrolling
MIN_DAY_WIDTH = 84  # px
LANE_GAP = 1


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class Lane:
    """An artist: a lane of every day when the week shows every artist, or the one shown."""

    key: uuid.UUID
    name: str
    color: str


@dataclass(frozen=True)
class WeekRead:
    """A week of the agenda as read on the reader thread (``artist``: the one shown; None: all)."""

    first: dt.date  # its Monday
    rows: list[AgendaRow]
    here: desk_q.Here
    lanes: list[Lane] = field(default_factory=list)  # every artist of the week, in column order
    artist: uuid.UUID | None = None
    opening: tuple[tuple[Span, ...], ...] = ()  # each day's open spans (the artist's working ones)
    holidays: dict[dt.date, str] = field(default_factory=dict)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self.here.zone

    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=n) for n in range(DAYS)]


def artist_lanes(members: Sequence[StaffRow], rows: Sequence[AgendaRow]) -> list[Lane]:
    """Every active artist, and anyone else with a booking in the rows, in the staff read's order."""
    booked = {r.artist_id for r in rows}
    return [Lane(m.id, m.display_name, m.color) for m in members if (m.role == "artist" and m.active) or m.id in booked]


def read_week(
    conn: Connection, day: dt.date, who: Viewer, artist: uuid.UUID | None = None, *, language: str | None = None
) -> WeekRead:
    """The week of ``day`` as ``who`` may see it: one artist's (``artist``) or everyone's."""
    here = desk_q.here(conn)
    first = week_start(day)
    if here.studio_id is None:
        return WeekRead(first, [], here)
    rows = agenda_q.agenda_range(
        conn, here.studio_id, first, DAYS, here.zone, viewer_id=who.staff_id, sees_all=who.sees_all
    )
    members = staff_q.members(conn, here.studio_id)
    opening_week, state = staff_q.opening_and_state(conn, here.studio_id)
    lanes = artist_lanes(members, rows)
    days = [first + dt.timedelta(days=n) for n in range(DAYS)]
    shown = next((m for m in members if m.id == artist), None) if artist is not None else None
    if shown is not None:
        rows = [r for r in rows if r.artist_id == shown.id]
        week, exceptions = shown.week() or opening_week, shown.exceptions()
    else:
        week, exceptions = opening_week, ()
    opening = tuple(spans_on(week, exceptions, d) for d in days)
    holidays = public_holidays(state, days[0], days[-1], language or i18n.current_language())
    return WeekRead(first, rows, here, lanes, shown.id if shown else None, opening, holidays)


@dataclass(frozen=True)
class WeekBlock:
    row: AgendaRow
    day: int  # 0..6 from Monday
    start: int  # minutes after the day's midnight, clamped to the day
    end: int
    lane: int
    lanes: int
    rect: Rect


@dataclass
class WeekLayout:
    """Built by :func:`lay_out_week`; every figure in widget pixels."""

    days: list[dt.date]
    zone: zoneinfo.ZoneInfo
    first: int  # the first minute on the axis (a whole hour)
    last: int
    width: float
    height: float
    hour_height: float
    day_width: float
    blocks: list[WeekBlock] = field(default_factory=list)
    by_id: dict[uuid.UUID, WeekBlock] = field(default_factory=dict)
    top: float = HEADER

    def y_of(self, minute: float) -> float:
        return self.top + (minute - self.first) * self.hour_height / 60

    def hours(self) -> range:
        return range(self.first // 60, self.last // 60 + 1)

    def day_rect(self, index: int) -> Rect:
        return Rect(GUTTER + index * self.day_width, self.top, self.day_width, self.height - self.top)

    def header_rect(self, index: int) -> Rect:
        return Rect(GUTTER + index * self.day_width, 0, self.day_width, HEADER)

    def day_at(self, x: float) -> int | None:
        if x < GUTTER:
            return None
        index = int((x - GUTTER) // self.day_width)
        return index if 0 <= index < len(self.days) else None

    def hit(self, x: float, y: float) -> uuid.UUID | dt.date | None:
        """The booking under (x, y), else the day of the column there (its header too), else None."""
        for block in reversed(self.blocks):
            if block.rect.contains(x, y):
                return block.row.id
        index = self.day_at(x)
        return self.days[index] if index is not None and 0 <= y < self.height else None


def minute_in(instant: dt.datetime, day: dt.date, zone: zoneinfo.ZoneInfo) -> int:
    """``instant`` as minutes after ``day``'s midnight in ``zone``, clamped to the day."""
    wall = instant.astimezone(zone)
    return max(0, min(1440, (wall.date() - day).days * 1440 + wall.hour * 60 + wall.minute))


def lay_out_week(
    days: Sequence[dt.date],
    zone: zoneinfo.ZoneInfo,
    rows: Sequence[AgendaRow],
    opening: Sequence[Sequence[Span]],
    width: float,
    height: float = 0,
    lanes: Sequence[uuid.UUID] | None = None,
) -> WeekLayout:
    """The week laid out in ``width`` × ``height`` px (growing to keep the minimum hour height and
    day width). A booking is drawn on the day it starts (one that began the week before, from the
    first day's midnight); ``lanes`` given: a lane per artist, a row of an artist not in it left out."""
    index = {d: i for i, d in enumerate(days)}
    lane_of = {key: n for n, key in enumerate(lanes)} if lanes is not None else None
    placed: list[tuple[int, int, int, AgendaRow]] = []
    for row in rows:
        if lane_of is not None and row.artist_id not in lane_of:
            continue
        on = row.starts_at.astimezone(zone).date()
        at = index.get(on, 0 if days and on < days[0] else None)
        if at is None:
            continue
        start, end = minute_in(row.starts_at, days[at], zone), minute_in(row.ends_at, days[at], zone)
        placed.append((at, start, max(end, start + 1), row))
    first, last = axis_span([s for spans in opening for s in spans], ((p[1], p[2]) for p in placed))
    hours = (last - first) / 60
    hour_height = max(MIN_HOUR_HEIGHT, (height - HEADER) / hours if height else 0)
    day_width = max(MIN_DAY_WIDTH, (width - GUTTER) / max(1, len(days)))
    layout = WeekLayout(
        list(days), zone, first, last, GUTTER + day_width * len(days), HEADER + hours * hour_height,
        hour_height, day_width,
    )  # fmt: skip
    placed.sort(key=lambda p: (p[0], p[1], -p[2]))
    for day in range(len(days)):
        of_day = [p for p in placed if p[0] == day]
        if lane_of is not None:
            count = max(1, len(lane_of))
            for _, start, end, row in of_day:
                _place(layout, row, day, start, end, lane_of[row.artist_id], count)  # type: ignore[index]
        else:
            _overlaps(layout, day, of_day)
    layout.by_id = {b.row.id: b for b in layout.blocks}
    return layout


def _place(layout: WeekLayout, row: AgendaRow, day: int, start: int, end: int, lane: int, lanes: int) -> None:
    body = layout.day_rect(day)
    width = (body.w - 2) / lanes
    top, bottom = layout.y_of(start), layout.y_of(end)
    rect = Rect(body.x + 1 + lane * width, top + 1, max(width - LANE_GAP, 2), max(bottom - top - 2, 4))
    layout.blocks.append(WeekBlock(row, day, start, end, lane, lanes, rect))


def _overlaps(layout: WeekLayout, day: int, placed: list[tuple[int, int, int, AgendaRow]]) -> None:
    """One artist's bookings of a day (sorted by start): an overlapping group shares the width."""
    group: list[tuple[int, int, AgendaRow, int]] = []
    lane_ends: list[int] = []
    group_end = -1

    def flush() -> None:
        lanes = 1 + max((g[3] for g in group), default=0)
        for start, end, row, lane in group:
            _place(layout, row, day, start, end, lane, lanes)
        group.clear()
        lane_ends.clear()

    for _, start, end, row in placed:
        if group and start >= group_end:
            flush()
        lane = next((i for i, e in enumerate(lane_ends) if e <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        group.append((start, end, row, lane))
        group_end = max(group_end, end)
    if group:
        flush()
