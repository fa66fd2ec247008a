"""One day of the demo calendar: who works when, on which station, and how it turned out.

Times are local wall-clock minutes after midnight. Artists take turns by who is free first
(list scheduling), so no artist and no station ever holds two live bookings at once; a
cancelled booking sometimes gives its slot back, and the next one may then overlap it (as
happens when a cancelled slot is rebooked).
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple

STATION_KINDS = frozenset({"session", "touch_up", "walk_in"})
_PAST_KINDS = ("consultation", "session", "touch_up", "walk_in", "block")
_PAST_WEIGHTS = tuple(accumulate((18, 50, 12, 14, 6)))
_FUTURE_KINDS = ("consultation", "session", "touch_up", "block")
_FUTURE_WEIGHTS = tuple(accumulate((26, 56, 12, 6)))
_DURATIONS: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {
    "consultation": ((30, 45), tuple(accumulate((7, 3)))),
    "session": ((120, 180, 240, 300, 360), tuple(accumulate((30, 35, 20, 10, 5)))),
    "touch_up": ((60,), (1,)),
    "walk_in": ((45, 60, 90), tuple(accumulate((3, 5, 2)))),
    "block": ((60, 120, 240), tuple(accumulate((5, 3, 2)))),
}
_GAPS = ((0, 15, 30, 60), tuple(accumulate((50, 20, 20, 10))))
_FIRST_START = (0, 0, 0, 30, 60, 120)
DAY_OFF_SHARE = 0.015


class Slot(NamedTuple):
    artist: int
    station: int | None
    kind: str
    start: int
    end: int
    status: str


@dataclass(frozen=True)
class DayContext:
    """``now`` is the demo's present in this day's minutes (past days: after closing; future: before
    opening). ``forced``: artist → (start, kind, minutes, status), that artist's first booking.
    ``breaks``: artist → (start, end), time off (a lunch of a series) no booking of theirs covers."""

    open: int
    close: int
    now: int
    days_ahead: int
    forced: dict[int, tuple[int, str, int, str]] = field(default_factory=dict)
    breaks: dict[int, tuple[int, int]] = field(default_factory=dict)


def _pick(rng: random.Random, table: tuple[tuple[int, ...], tuple[int, ...]]) -> int:
    values, cum = table
    return rng.choices(values, cum_weights=cum)[0]


def _up15(minutes: int) -> int:
    return -(-minutes // 15) * 15


def _clear(start: int, minutes: int, pause: tuple[int, int] | None) -> int:
    """``start``, or the end of the artist's break when a booking from there would cover it."""
    if pause is not None and start < pause[1] and start + minutes > pause[0]:
        return _up15(pause[1])
    return start


def status_of(rng: random.Random, kind: str, start: int, end: int, ctx: DayContext) -> str:
    """How a booking turned out, seen from the demo's present: what ended before it is done
    (completed, cancelled or a no-show), what is under way is in progress, what is to come is
    booked or confirmed (checked in, if the studio is open and it starts within the hour). Time
    off has no client status: it stays booked."""
    if kind == "block":
        return "booked"
    if end <= ctx.now:
        if kind == "walk_in":
            return "completed"
        r = rng.random()
        return "completed" if r < 0.82 else "cancelled" if r < 0.93 else "no_show"
    if start <= ctx.now:
        return "in_progress"
    r = rng.random()
    if r < 0.05:
        return "cancelled"
    if ctx.days_ahead == 0 and ctx.open <= ctx.now and start - ctx.now <= 60 and r < 0.7:
        return "checked_in"
    return "confirmed" if rng.random() < (0.75 if ctx.days_ahead <= 2 else 0.25) else "booked"


def plan_day(rng: random.Random, ctx: DayContext, *, quota: int, artists: int, stations: int) -> list[Slot]:
    """Up to ``quota`` bookings for the day, in the order they were placed."""
    slots: list[Slot] = []
    station_free = [ctx.open] * stations
    heap: list[tuple[int, int]] = []
    reserved = stations
    for a in range(artists):
        if a in ctx.forced:  # placed first; a forced session takes a station for the whole morning
            start, kind, minutes, status = ctx.forced[a]
            station: int | None = None
            if kind in STATION_KINDS and reserved > 0:
                reserved -= 1
                station = reserved
                station_free[station] = start + minutes
            slots.append(Slot(a, station, kind, start, start + minutes, status))
            heap.append((start + minutes, a))
        elif rng.random() < DAY_OFF_SHARE:
            slots.append(Slot(a, None, "block", ctx.open, ctx.close, status_of(rng, "block", ctx.open, ctx.close, ctx)))
        else:
            heap.append((ctx.open + rng.choice(_FIRST_START), a))
    heapq.heapify(heap)
    kinds, weights = (_PAST_KINDS, _PAST_WEIGHTS) if ctx.days_ahead <= 0 else (_FUTURE_KINDS, _FUTURE_WEIGHTS)
    while heap and len(slots) < quota:
        free, a = heapq.heappop(heap)
        kind = rng.choices(kinds, cum_weights=weights)[0]
        minutes = _pick(rng, _DURATIONS[kind])
        start = _up15(free + _pick(rng, _GAPS))
        station = None
        if kind in STATION_KINDS:
            station = min(range(stations), key=station_free.__getitem__)
            start = max(start, _up15(station_free[station]))
        start = _clear(start, minutes, ctx.breaks.get(a))
        if start + minutes > ctx.close:
            start, kind, minutes, station = _clear(_up15(free), 30, ctx.breaks.get(a)), "consultation", 30, None
            if start + minutes > ctx.close:
                continue  # this artist's day is full
        if kind == "walk_in" and start > ctx.now:
            kind = "session"  # nobody walks in from the future
        end = start + minutes
        status = status_of(rng, kind, start, end, ctx)
        slots.append(Slot(a, station, kind, start, end, status))
        if status == "cancelled" and rng.random() < 0.5:
            heapq.heappush(heap, (free, a))  # the slot was given back
            continue
        if station is not None:
            station_free[station] = end
        heapq.heappush(heap, (end, a))
    return slots
