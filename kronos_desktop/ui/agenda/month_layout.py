"""The month overview's data and geometry, without painting: the six weeks (Monday first) around a
month, each day with its number of bookings and the free hours left, and the grid of its cells.

Free time of a day: for each artist working that day, their working spans within the studio's
opening spans, less the time their active bookings and time off take (cancelled and no-show free
their time); a public holiday of the studio's state closes the day (no free time). Bookings: the
active ones that are not time off, counted on the day they start. The read is a light one
(store/queries/agenda.py ``taken_in_range``: whose time and when, no client): an artist at the desk
learns of a colleague's bookings only that the time is taken, as everywhere else.

Plain Python (the read runs on the reader thread; the grid has no Qt)."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection

from kronos_core.holidays_br import public_holidays
from kronos_core.hours import Span, Week, spans_on
from kronos_desktop import i18n
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.store.queries.agenda import Taken
from kronos_desktop.ui.agenda.day_layout import Rect
from kronos_desktop.ui.agenda.week_layout import minute_in, week_start

WEEKS = 6
HEADER = 24  # px: the weekdays' names


def grid_start(day: dt.date) -> dt.date:
    """The Monday that starts the six weeks shown for ``day``'s month."""
    return week_start(day.replace(day=1))


@dataclass(frozen=True)
class MonthDay:
    day: dt.date
    bookings: int
    free_minutes: int
    holiday: str | None = None
    in_month: bool = True
    open: bool = True  # someone works within the opening hours (not a holiday)


@dataclass(frozen=True)
class MonthRead:
    month: dt.date  # its first day
    days: list[MonthDay]
    here: desk_q.Here
    taken: list[Taken] = field(default_factory=list)

    def bookings(self) -> int:
        """The month's bookings (time off left out), its own days only."""
        return sum(d.bookings for d in self.days if d.in_month)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self.here.zone


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        elif end > start:
            out.append((start, end))
    return out


def covered(spans: Iterable[tuple[int, int]], within: Sequence[tuple[int, int]]) -> int:
    """Minutes of ``within`` (merged) that ``spans`` cover."""
    total = 0
    for start, end in merged(spans):
        for a, b in within:
            total += max(0, min(end, b) - max(start, a))
    return total


def free_minutes(
    working: Mapping[uuid.UUID, Sequence[Span]],
    opening: Sequence[Span],
    taken: Mapping[uuid.UUID, Sequence[tuple[int, int]]],
) -> int:
    """The minutes each working artist has free within the opening spans, summed."""
    total = 0
    for artist, spans in working.items():
        hours = merged(
            (max(w.start, o.start), min(w.end, o.end))
            for w in spans
            for o in opening
            if w.end > o.start and w.start < o.end
        )
        total += sum(b - a for a, b in hours) - covered(taken.get(artist, ()), hours)
    return max(0, total)


def summarise(
    first: dt.date,
    days: int,
    zone: zoneinfo.ZoneInfo,
    rows: Sequence[Taken],
    members: Sequence[staff_q.StaffRow],
    opening_week: Week,
    holidays: dict[dt.date, str],
    month: int | None = None,
) -> list[MonthDay]:
    """Each day from ``first``: its bookings and free minutes (see the module's words)."""
    count: dict[dt.date, int] = defaultdict(int)
    taken: dict[dt.date, dict[uuid.UUID, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    last = first + dt.timedelta(days=days - 1)
    for row in rows:
        start_day = max(first, row.starts_at.astimezone(zone).date())
        end_day = min(last, (row.ends_at - dt.timedelta(microseconds=1)).astimezone(zone).date())
        if not row.is_block and row.starts_at.astimezone(zone).date() >= first:
            count[start_day] += 1
        day = start_day
        while day <= end_day:
            taken[day][row.artist_id].append((minute_in(row.starts_at, day, zone), minute_in(row.ends_at, day, zone)))
            day += dt.timedelta(days=1)
    weeks = {m.id: (m.week() or opening_week, m.exceptions()) for m in members if m.role == "artist" and m.active}
    out = []
    for n in range(days):
        day = first + dt.timedelta(days=n)
        holiday = holidays.get(day)
        free, is_open = 0, False
        if holiday is None:
            opening = spans_on(opening_week, (), day)
            working = {key: spans_on(week, exceptions, day) for key, (week, exceptions) in weeks.items()}
            working = {k: v for k, v in working.items() if v}
            free = free_minutes(working, opening, taken.get(day, {}))
            is_open = free_minutes(working, opening, {}) > 0
        in_month = month is None or day.month == month
        out.append(MonthDay(day, count.get(day, 0), free, holiday, in_month, is_open))
    return out


def read_month(conn: Connection, day: dt.date, *, language: str | None = None) -> MonthRead:
    """The six weeks around ``day``'s month, summarised by day (the same for whoever asks)."""
    here = desk_q.here(conn)
    month = day.replace(day=1)
    first = grid_start(day)
    if here.studio_id is None:
        return MonthRead(month, [], here)
    total = WEEKS * 7
    taken = agenda_q.taken_in_range(conn, here.studio_id, first, total, here.zone)
    members = staff_q.members(conn, here.studio_id)
    opening_week, state = staff_q.opening_and_state(conn, here.studio_id)
    last = first + dt.timedelta(days=total - 1)
    holidays = public_holidays(state, first, last, language or i18n.current_language())
    days = summarise(first, total, here.zone, taken, members, opening_week, holidays, month.month)
    return MonthRead(month, days, here, taken)


@dataclass
class MonthLayout:
    """The grid of cells (7 across, six down) in widget pixels, under a row of weekday names."""

    days: list[dt.date]
    width: float
    height: float

    @property
    def cell_width(self) -> float:
        return self.width / 7

    @property
    def cell_height(self) -> float:
        return (self.height - HEADER) / WEEKS

    def cell(self, index: int) -> Rect:
        row, column = divmod(index, 7)
        return Rect(column * self.cell_width, HEADER + row * self.cell_height, self.cell_width, self.cell_height)

    def hit(self, x: float, y: float) -> dt.date | None:
        if y < HEADER or x < 0 or x >= self.width or y >= self.height:
            return None
        index = int((y - HEADER) // self.cell_height) * 7 + int(x // self.cell_width)
        return self.days[index] if 0 <= index < len(self.days) else None

    def rect_of(self, day: dt.date) -> Rect | None:
        return self.cell(self.days.index(day)) if day in self.days else None
