"""Free now and find a slot: who can take a walk-in, and the next free times for a booking.

Plain functions over plain inputs (no database, no Qt), the same on the desk and the server:
the artists with their working hours, the stations, the busy intervals (active appointments and
time-off blocks) and the studio's opening hours, cleaning buffer and time zone.

A slot lies within one span of the studio's opening hours *and* one span of its artist's working
hours of that day (:func:`kronos_core.hours.spans_on`, exceptions included); it starts on a step
boundary of the local clock (10:00, 10:15, ...); it never overlaps a busy interval of its artist,
nor, when it takes a station, a busy interval of that station: a session on a station keeps the
station free for the cleaning buffer after it, both the sessions already there and the new one.
Guests are offered only within their dates, and nobody on a closed day (a public holiday). Times
are instants in UTC; days and clocks are the studio's zone, so a slot across a change of
daylight-saving time has its real length.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from kronos_core.hours import DayException, Span, Week, spans_on

UTC = dt.UTC
DEFAULT_STEP_MINUTES = 15
SEARCH_DAYS = 62
MAX_SLOT = dt.timedelta(hours=16)  # kronos_core.schema.APPOINTMENT_MAX_HOURS
HEALING_DAYS = 21


@dataclass(frozen=True)
class SlotArtist:
    """An active artist: ``week`` None works the studio's opening hours; guests have their dates."""

    id: uuid.UUID
    name: str
    week: Week | None = None
    exceptions: tuple[DayException, ...] = ()
    guest_from: dt.date | None = None
    guest_to: dt.date | None = None

    def here_on(self, day: dt.date) -> bool:
        return (self.guest_from is None or self.guest_from <= day) and (self.guest_to is None or day <= self.guest_to)


@dataclass(frozen=True)
class Busy:
    """An active appointment or time-off block: its artist's time, and its station's (if any)."""

    artist_id: uuid.UUID
    station_id: uuid.UUID | None
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class SlotInputs:
    """Everything the search reads. ``artists`` (active ones) and ``stations`` in the order ties
    are broken; ``busy`` must hold every interval that overlaps the days searched; ``closed`` the
    days the studio does not open whatever its week says (the public holidays of its state)."""

    artists: tuple[SlotArtist, ...]
    stations: tuple[uuid.UUID, ...]
    busy: tuple[Busy, ...]
    opening: Week
    zone: ZoneInfo
    cleaning_buffer_minutes: int = 15
    closed: frozenset[dt.date] = frozenset()

    @property
    def buffer(self) -> dt.timedelta:
        return dt.timedelta(minutes=max(0, self.cleaning_buffer_minutes))


@dataclass(frozen=True, order=True)
class Slot:
    start: dt.datetime
    end: dt.datetime
    artist_id: uuid.UUID = field(compare=False)
    station_id: uuid.UUID | None = field(compare=False)


@dataclass(frozen=True)
class FreeArtist:
    """An artist free from ``start`` for ``minutes``; ``station_id`` the station free longest from
    ``start`` (for ``station_minutes``, at most ``minutes``), None when none is free then."""

    artist_id: uuid.UUID
    start: dt.datetime
    minutes: int
    station_id: uuid.UUID | None
    station_minutes: int

    def free_for(self, minutes: int, *, needs_station: bool = True) -> bool:
        """Whether a walk-in of ``minutes`` fits now (with a station, when it needs one)."""
        return self.minutes >= minutes and (not needs_station or self.station_minutes >= minutes)


class _Index:
    """Busy intervals per artist and per station (station ones extended by the buffer), sorted."""

    def __init__(self, busy: Iterable[Busy], buffer: dt.timedelta) -> None:
        by_artist: dict[uuid.UUID, list[tuple[dt.datetime, dt.datetime]]] = {}
        by_station: dict[uuid.UUID, list[tuple[dt.datetime, dt.datetime]]] = {}
        for b in busy:
            by_artist.setdefault(b.artist_id, []).append((b.start, b.end))
            if b.station_id is not None:
                by_station.setdefault(b.station_id, []).append((b.start, b.end + buffer))
        self.artist = {k: _Sorted(v) for k, v in by_artist.items()}
        self.station = {k: _Sorted(v) for k, v in by_station.items()}
        self.reach = MAX_SLOT + buffer  # no interval is longer: a bounded look-back


class _Sorted:
    def __init__(self, spans: list[tuple[dt.datetime, dt.datetime]]) -> None:
        spans.sort()
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def around(
        self, start: dt.datetime, end: dt.datetime, reach: dt.timedelta
    ) -> list[tuple[dt.datetime, dt.datetime]]:
        """The intervals that overlap [start, end)."""
        lo = bisect.bisect_left(self.starts, start - reach)
        hi = bisect.bisect_left(self.starts, end)
        return [(s, e) for s, e in self.spans[lo:hi] if e > start]


_EMPTY = _Sorted([])


def _overlaps(spans: Sequence[tuple[dt.datetime, dt.datetime]], start: dt.datetime, end: dt.datetime) -> bool:
    return any(s < end and start < e for s, e in spans)


def _local(day: dt.date, minutes: int, zone: ZoneInfo) -> dt.datetime | None:
    """The instant of ``minutes`` after midnight of ``day`` on the local clock (UTC); None when
    that clock time does not exist (skipped at the start of daylight-saving time)."""
    naive = dt.datetime.combine(day, dt.time(0)) + dt.timedelta(minutes=minutes)
    instant = naive.replace(tzinfo=zone).astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) != naive:
        return None
    return instant


def _edge(day: dt.date, minutes: int, zone: ZoneInfo) -> dt.datetime:
    """A span's edge as an instant (a clock time in the gap counts as the instant after it)."""
    naive = dt.datetime.combine(day, dt.time(0)) + dt.timedelta(minutes=minutes)
    instant = naive.replace(tzinfo=zone).astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) != naive:
        instant = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    return instant


def windows(opening: Sequence[Span], working: Sequence[Span]) -> list[Span]:
    """The parts of a day both open and worked: each lies in one span of each."""
    found = []
    for o in opening:
        for w in working:
            start, end = max(o.start, w.start), min(o.end, w.end)
            if start < end:
                found.append(Span(start, end))
    return sorted(found)


def artist_windows(inputs: SlotInputs, artist: SlotArtist, day: dt.date) -> list[Span]:
    if day in inputs.closed or not artist.here_on(day):
        return []
    opening = inputs.opening.on(day.weekday())
    working = spans_on(artist.week or inputs.opening, artist.exceptions, day)
    return windows(opening, working)


def _check(length: dt.timedelta, step: int) -> None:
    if length <= dt.timedelta(0):
        raise ValueError("a slot must last more than zero minutes")
    if length > MAX_SLOT:
        raise ValueError("a slot cannot last more than 16 hours")
    if not 1 <= step <= 1440:
        raise ValueError("the step is between 1 and 1440 minutes")


def find_slots(
    length: dt.timedelta,
    from_day: dt.date,
    artist_id: uuid.UUID | None,
    needs_station: bool,
    inputs: SlotInputs,
    *,
    count: int = 10,
    step: int = DEFAULT_STEP_MINUTES,
    not_before: dt.datetime | None = None,
    days: int = SEARCH_DAYS,
) -> list[Slot]:
    """The next ``count`` free slots of ``length`` from ``from_day`` (and not before
    ``not_before``), searched day by day for ``days`` days; earliest first, ties in the order of
    ``inputs.artists``. ``artist_id`` None: any artist. The slots offered for one artist do not
    overlap each other (each starts at the earliest step once the one before it ends), so the
    list holds ten real choices, not one hour offered at every quarter. Each slot is a choice on
    its own: two slots of different artists at one time may name the same free station."""
    _check(length, step)
    artists = [a for a in inputs.artists if artist_id is None or a.id == artist_id]
    index = _Index(inputs.busy, inputs.buffer)
    buffer = inputs.buffer
    found: list[Slot] = []
    for offset in range(days):
        day = from_day + dt.timedelta(days=offset)
        today: list[tuple[dt.datetime, int, Slot]] = []
        for order, artist in enumerate(artists):
            for slot in _day_slots(inputs, index, artist, day, length, step, needs_station, buffer, not_before):
                today.append((slot.start, order, slot))
        today.sort(key=lambda item: (item[0], item[1]))
        found.extend(item[2] for item in today[: count - len(found)])
        if len(found) >= count:
            break
    return found


def _day_slots(
    inputs: SlotInputs,
    index: _Index,
    artist: SlotArtist,
    day: dt.date,
    length: dt.timedelta,
    step: int,
    needs_station: bool,
    buffer: dt.timedelta,
    not_before: dt.datetime | None,
) -> list[Slot]:
    spans = artist_windows(inputs, artist, day)
    if not spans:
        return []
    zone = inputs.zone
    day_start, day_end = _edge(day, spans[0].start, zone), _edge(day, spans[-1].end, zone)
    mine = index.artist.get(artist.id, _EMPTY).around(day_start, day_end, index.reach)
    stations = [
        (sid, index.station.get(sid, _EMPTY).around(day_start, day_end + length + buffer, index.reach))
        for sid in inputs.stations
    ]
    slots: list[Slot] = []
    for span in spans:
        span_end = _edge(day, span.end, zone)
        minute = math.ceil(span.start / step) * step
        taken_until: dt.datetime | None = None
        while minute < span.end:
            start = _local(day, minute, zone)
            minute += step
            if start is None or (not_before is not None and start < not_before):
                continue
            if taken_until is not None and start < taken_until:
                continue
            end = start + length
            if end > span_end:
                break
            if start < _edge(day, span.start, zone) or _overlaps(mine, start, end):
                continue
            station: uuid.UUID | None = None
            if needs_station:
                station = next((sid for sid, busy in stations if not _overlaps(busy, start, end + buffer)), None)
                if station is None:
                    continue
            slots.append(Slot(start, end, artist.id, station))
            taken_until = end
    return slots


def _round_up(now: dt.datetime, step: int, zone: ZoneInfo) -> dt.datetime:
    """``now`` rounded up to the next step of the local clock (itself when on one)."""
    local = now.astimezone(zone)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    since = (local.replace(tzinfo=None) - midnight).total_seconds() / 60
    minutes = math.ceil(since / step - 1e-9) * step
    rounded = midnight + dt.timedelta(minutes=minutes)
    return max(now, rounded.replace(tzinfo=zone, fold=local.fold).astimezone(UTC))


def free_now(now: dt.datetime, inputs: SlotInputs, *, step: int = DEFAULT_STEP_MINUTES) -> list[FreeArtist]:
    """Each artist working now and free from ``now`` (rounded up to the step): for how many minutes
    (up to their next booking or block, or the end of the span they work in) and the station free
    longest beside them; longest free first, ties in the order of ``inputs.artists``."""
    _check(dt.timedelta(minutes=step), step)
    zone = inputs.zone
    start = _round_up(now, step, zone)
    day = start.astimezone(zone).date()
    index = _Index(inputs.busy, inputs.buffer)
    buffer = inputs.buffer
    found: list[tuple[int, int, FreeArtist]] = []
    for order, artist in enumerate(inputs.artists):
        span_end = next(
            (
                _edge(day, s.end, zone)
                for s in artist_windows(inputs, artist, day)
                if _edge(day, s.start, zone) <= start < _edge(day, s.end, zone)
            ),
            None,
        )
        if span_end is None:
            continue
        busy = index.artist.get(artist.id, _EMPTY).around(start, span_end, index.reach)
        if any(s <= start for s, _ in busy):
            continue  # busy now
        until = min([span_end, *(s for s, _ in busy)])
        minutes = int((until - start).total_seconds() // 60)
        if minutes <= 0:
            continue
        best: tuple[int, uuid.UUID | None] = (0, None)
        for sid in inputs.stations:
            taken = index.station.get(sid, _EMPTY).around(start, until + buffer, index.reach)
            if any(s <= start for s, _ in taken):
                continue
            free_until = min([until + buffer, *(s for s, _ in taken)]) - buffer
            station_minutes = min(minutes, int((free_until - start).total_seconds() // 60))
            if station_minutes > best[0]:
                best = (station_minutes, sid)
        found.append((-minutes, order, FreeArtist(artist.id, start, minutes, best[1], best[0])))
    found.sort(key=lambda item: (item[0], item[1]))
    return [item[2] for item in found]


def healing_start(last_session_end: dt.date, interval_days: int = HEALING_DAYS) -> dt.date:
    """The first day a project's next session can be searched from: its healing interval after
    the last session (default three weeks)."""
    if interval_days < 0:
        raise ValueError("a healing interval is not negative")
    return last_session_end + dt.timedelta(days=interval_days)
