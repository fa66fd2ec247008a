"""The drawn day's geometry, without painting: a column per artist, the hours of the day on a
vertical axis, a block per appointment (overlapping blocks of one column side by side in lanes,
as calendars do), y ↔ time, and what lies under a point. Plain Python: no Qt, so it is tested and
timed on its own (about 60 blocks in well under a millisecond).

Times on the axis are minutes after the studio's midnight of the day (its time zone, not the
PC's); a booking that began the day before starts at 0, one that runs past midnight ends at 1440.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from kronos_core.hours import Span, Week, spans_on
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.store.queries.staff import StaffRow

SLOT_MINUTES = 15  # a double-click on free time starts on the quarter hour above it
MIN_HOUR_HEIGHT = 56  # px: a 30-minute booking keeps two lines of text
GUTTER = 52  # px: the hour labels on the left
HEADER = 34  # px: the artists' names on top
MIN_COLUMN_WIDTH = 110  # px: below it the canvas grows wider and scrolls sideways
LANE_GAP = 2  # px between blocks side by side
DEFAULT_SPAN = Span(8 * 60, 20 * 60)  # a closed day with nothing booked still shows a grid


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.x + self.w and self.y <= y < self.y + self.h

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w


Grouping = Literal["artist", "station"]
STATION_COLOR = "#90a4ae"  # a station's header: blocks keep their artist's colour


@dataclass(frozen=True)
class Column:
    """One artist's column (``key`` their id), or one station's (its id; None: "No station");
    ``working`` the artist's spans of the day (None: the studio's opening)."""

    key: uuid.UUID | None
    name: str
    color: str
    working: tuple[Span, ...] | None = None


@dataclass(frozen=True)
class Block:
    row: AgendaRow
    column: int
    start: int  # minutes after the day's midnight, clamped to the day
    end: int
    lane: int
    lanes: int  # lanes of the overlapping group it is drawn in
    rect: Rect


@dataclass
class DayLayout:
    """Built by :func:`lay_out`; every figure in widget pixels."""

    day: dt.date
    zone: zoneinfo.ZoneInfo
    columns: list[Column]
    first: int  # the first minute on the axis (a whole hour)
    last: int  # the last minute on the axis (a whole hour)
    width: float
    height: float
    hour_height: float
    column_width: float
    blocks: list[Block] = field(default_factory=list)
    by_id: dict[uuid.UUID, Block] = field(default_factory=dict)
    top: float = HEADER  # where the hours begin: under the names (and a holiday's strip)
    grouping: Grouping = "artist"

    # ------------------------------------------------------------------ axis
    def y_of(self, minute: float) -> float:
        return self.top + (minute - self.first) * self.hour_height / 60

    def minute_at(self, y: float) -> float:
        return self.first + (y - self.top) * 60 / self.hour_height

    def instant(self, minute: int) -> dt.datetime:
        """The aware UTC instant of ``minute`` after the studio's midnight of the day."""
        midnight = dt.datetime.combine(self.day, dt.time(0), tzinfo=self.zone)
        return (midnight + dt.timedelta(minutes=minute)).astimezone(dt.UTC)

    def minute_of(self, instant: dt.datetime) -> int:
        """``instant`` as minutes after the day's midnight in the studio's zone, clamped to the day."""
        wall = instant.astimezone(self.zone)
        minutes = (wall.date() - self.day).days * 1440 + wall.hour * 60 + wall.minute
        return max(0, min(1440, minutes))

    def hours(self) -> range:
        """The whole hours on the axis (their lines and labels)."""
        return range(self.first // 60, self.last // 60 + 1)

    # --------------------------------------------------------------- columns
    def column_rect(self, index: int) -> Rect:
        """The column's body (under the header), down to the end of the axis."""
        return Rect(GUTTER + index * self.column_width, self.top, self.column_width, self.height - self.top)

    def header_rect(self, index: int) -> Rect:
        return Rect(GUTTER + index * self.column_width, 0, self.column_width, HEADER)

    def column_at(self, x: float) -> int | None:
        if x < GUTTER or not self.columns:
            return None
        index = int((x - GUTTER) // self.column_width)
        return index if 0 <= index < len(self.columns) else None

    # ------------------------------------------------------------------ hits
    def hit(self, x: float, y: float) -> uuid.UUID | tuple[int, dt.datetime] | None:
        """The booking under (x, y), else (column, the quarter hour at y), else None."""
        for block in reversed(self.blocks):  # the last drawn is on top
            if block.rect.contains(x, y):
                return block.row.id
        column = self.column_at(x)
        if column is None or y < self.top or y >= self.height:
            return None
        minute = int(self.minute_at(y)) // SLOT_MINUTES * SLOT_MINUTES
        return column, self.instant(max(self.first, min(minute, self.last - SLOT_MINUTES)))

    def in_column(self, column: int) -> list[Block]:
        return [b for b in self.blocks if b.column == column]


def axis_span(opening: Iterable[Span], starts_ends: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """The axis: from the first opening hour (or booking) to the last, in whole hours."""
    spans = [(s.start, s.end) for s in opening] + [p for p in starts_ends if p[1] > p[0]]
    if not spans:
        spans = [(DEFAULT_SPAN.start, DEFAULT_SPAN.end)]
    first = min(p[0] for p in spans) // 60 * 60
    last = min(1440, math.ceil(max(p[1] for p in spans) / 60) * 60)
    return first, max(last, first + 60)


def lay_out(
    day: dt.date,
    zone: zoneinfo.ZoneInfo,
    rows: Sequence[AgendaRow],
    columns: Sequence[Column],
    opening: Sequence[Span],
    width: float,
    height: float = 0,
    top: float = HEADER,
    grouping: Grouping = "artist",
) -> DayLayout:
    """The day laid out in ``width`` × ``height`` px (the height grows to keep
    :data:`MIN_HOUR_HEIGHT`; the width to keep :data:`MIN_COLUMN_WIDTH`). ``grouping``: columns
    of artists (a row by its artist_id) or of stations (by its station_id; None in a "No station"
    column). A row without its column is left out. ``top``: where the hours begin (the names above them)."""
    index = {c.key: i for i, c in enumerate(columns)}
    layout = DayLayout(
        day, zone, list(columns), 0, 1440, 0, 0, MIN_HOUR_HEIGHT, MIN_COLUMN_WIDTH, top=top, grouping=grouping
    )
    placed: list[tuple[int, int, int, AgendaRow]] = []
    for row in rows:
        column = index.get(column_key(row, grouping))
        if column is None or (grouping == "artist" and row.artist_id is None):
            continue
        start, end = layout.minute_of(row.starts_at), layout.minute_of(row.ends_at)
        placed.append((column, start, max(end, start + 1), row))
    first, last = axis_span(opening, ((p[1], p[2]) for p in placed))
    hours = (last - first) / 60
    layout.first, layout.last = first, last
    layout.hour_height = max(MIN_HOUR_HEIGHT, (height - top) / hours if height else 0)
    layout.height = top + hours * layout.hour_height
    layout.column_width = max(MIN_COLUMN_WIDTH, (width - GUTTER) / max(1, len(columns)))
    layout.width = GUTTER + layout.column_width * max(1, len(columns))
    placed.sort(key=lambda p: (p[0], p[1], -p[2]))
    for column in range(len(columns)):
        _lanes(layout, column, [p for p in placed if p[0] == column])
    layout.by_id = {b.row.id: b for b in layout.blocks}
    return layout


def _lanes(layout: DayLayout, column: int, placed: list[tuple[int, int, int, AgendaRow]]) -> None:
    """Blocks of one column (sorted by start): each overlapping group shares the column's width,
    each block in the first lane free at its start."""
    group: list[tuple[int, int, int, AgendaRow, int]] = []
    group_end = -1

    def flush() -> None:
        lanes = 1 + max((g[4] for g in group), default=0)
        body = layout.column_rect(column)
        lane_width = (body.w - 2) / lanes
        for _, start, end, row, lane in group:
            top, bottom = layout.y_of(start), layout.y_of(end)
            rect = Rect(body.x + 1 + lane * lane_width, top + 1, lane_width - LANE_GAP, max(bottom - top - 2, 6))
            layout.blocks.append(Block(row, column, start, end, lane, lanes, rect))
        group.clear()

    lane_ends: list[int] = []
    for col, start, end, row in placed:
        if group and start >= group_end:
            flush()
            lane_ends = []
        lane = next((i for i, e in enumerate(lane_ends) if e <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        group.append((col, start, end, row, lane))
        group_end = max(group_end, end) if len(group) > 1 else end
    if group:
        flush()


def artist_columns(
    members: Iterable[StaffRow], opening_week: Week, day: dt.date, rows: Sequence[AgendaRow] = ()
) -> list[Column]:
    """The day's columns from the staff read (in its order): every active artist, and anyone else
    with a booking that day, each with their working spans of the day."""
    booked = {r.artist_id for r in rows}
    return [
        Column(m.id, m.display_name, m.color, spans_on(m.week() or opening_week, m.exceptions(), day))
        for m in members
        if (m.role == "artist" and m.active) or m.id in booked
    ]


def column_key(row: AgendaRow, grouping: Grouping) -> uuid.UUID | None:
    """The key of the column ``row`` is drawn in."""
    return row.station_id if grouping == "station" else row.artist_id


class StationLike(Protocol):
    """A station as the columns need it (store/queries/booking.py's Choice will do)."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def name(self) -> str: ...


@dataclass(frozen=True)
class StationRef:
    id: uuid.UUID
    name: str


def station_columns(stations: Iterable[StationLike], rows: Sequence[AgendaRow], no_station: str) -> list[Column]:
    """A column per station given (the active ones, in order), one for any other station with a
    booking that day (named as the row names it), then ``no_station`` (its name, translated by
    the caller) when a booking has none."""
    columns = [Column(s.id, s.name, STATION_COLOR) for s in stations]
    known = {c.key for c in columns}
    for row in rows:
        if row.station_id is not None and row.station_id not in known:
            columns.append(Column(row.station_id, row.station_name or "?", STATION_COLOR))
            known.add(row.station_id)
    if any(r.station_id is None for r in rows):
        columns.append(Column(None, no_station, STATION_COLOR))
    return columns


def working_of(columns: Sequence[Column], working: Mapping[uuid.UUID, Sequence[Span]]) -> list[Column]:
    """``columns`` with their working spans replaced by ``working``'s where it names them."""
    return [
        Column(c.key, c.name, c.color, tuple(working[c.key])) if c.key is not None and c.key in working else c
        for c in columns
    ]


def outside(spans: Sequence[Span], first: int, last: int) -> list[tuple[int, int]]:
    """The parts of [first, last) no span covers."""
    gaps, at = [], first
    for span in sorted(spans):
        if span.start > at:
            gaps.append((at, min(span.start, last)))
        at = max(at, span.end)
    if at < last:
        gaps.append((at, last))
    return [(a, b) for a, b in gaps if b > a]


def inside(spans: Sequence[Span], first: int, last: int) -> list[tuple[int, int]]:
    """The parts of [first, last) the spans cover."""
    return [(max(s.start, first), min(s.end, last)) for s in spans if s.end > first and s.start < last]
