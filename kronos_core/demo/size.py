"""How big the demo studio is, and the calendar that size turns into (open days, daily quotas)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

# Business hours in local wall-clock minutes: Monday–Friday 10:00–20:00, Saturday 10:00–18:00,
# closed on Sunday. Today is always open (a Sunday "today" gets Saturday hours) so that the
# app's today views have something to show.
WEEKDAY_HOURS = (10 * 60, 20 * 60)
SATURDAY_HOURS = (10 * 60, 18 * 60)
PER_ARTIST_PER_DAY = 3.5  # what one artist fits into a day, on average, when the size asks for more
STATE = "SP"  # the demo studio's state (UF): its public holidays close the studio (but today)


def business_hours(day: dt.date, *, today: dt.date) -> tuple[int, int] | None:
    """(open, close) in local minutes after midnight, or None when the studio is closed."""
    weekday = day.weekday()
    if weekday < 5:
        return WEEKDAY_HOURS
    if weekday == 5 or day == today:
        return SATURDAY_HOURS
    return None


@dataclass(frozen=True)
class DemoSize:
    """How much demo data to make.

    ``appointments`` (a total over the whole period) or ``appointments_per_day`` set the volume;
    with neither, each artist gets about three a day. ``artists`` and ``stations`` default to
    4 and 3, and grow when the volume needs more people and beds than that.
    """

    clients: int = 2_000
    past_days: int = 183
    future_days: int = 31
    appointments: int | None = None
    appointments_per_day: float | None = None
    artists: int | None = None
    stations: int | None = None
    manager: bool = True

    def __post_init__(self) -> None:
        if self.clients < 1 or self.past_days < 0 or self.future_days < 0:
            raise ValueError("a demo needs at least one client, and no negative periods")
        if self.artists is not None and self.artists < 2:
            raise ValueError("a demo needs at least two artists")
        if self.stations is not None and self.stations < 1:
            raise ValueError("a demo needs at least one station")

    @classmethod
    def standard(cls) -> DemoSize:
        """2,000 clients, 4 artists, 3 stations, six months back and one month ahead."""
        return cls()

    @classmethod
    def small(cls) -> DemoSize:
        """A few hundred rows: for tests that need a studio, not a crowd."""
        return cls(clients=200, past_days=21, future_days=7)

    @classmethod
    def large(cls) -> DemoSize:
        """100,000 clients and 200,000 appointments, 6 artists and 3 stations: the studio every
        benchmark and tester uses (``kronos-desktop --demo --demo-size large``). Six artists on
        three stations fill about thirty bookings an open day, as a real studio of that size
        does, so the 200,000 take a long history: 22 years back, two months ahead."""
        return cls(clients=100_000, appointments=200_000, artists=6, stations=3, past_days=22 * 365, future_days=62)


SIZES: dict[str, Callable[[], DemoSize]] = {
    "small": DemoSize.small,
    "standard": DemoSize.standard,
    "large": DemoSize.large,
}  # the sizes by name, as ``kronos-desktop --demo-size`` takes them


@dataclass(frozen=True)
class DayPlan:
    day: dt.date
    hours: tuple[int, int]
    quota: int


@dataclass(frozen=True)
class Plan:
    """A size resolved against a date: how many artists and stations, and each open day's quota."""

    size: DemoSize
    today: dt.date
    start: dt.date
    artists: int
    stations: int
    days: tuple[DayPlan, ...]


def _weight(day: dt.date, today: dt.date, future_days: int) -> float:
    """Bookings thin out further ahead: full up to today, a quarter at the end of the horizon."""
    ahead = (day - today).days
    if ahead <= 0:
        return 1.0
    return 1.0 - 0.75 * (ahead - 1) / max(1, future_days - 1)


def resolve(size: DemoSize, today: dt.date) -> Plan:
    """The open days and their quotas: the business days, less the public holidays of the
    studio's state (kronos_core.holidays_br), today excepted (the app's today views have
    something to show whatever the day)."""
    from kronos_core.holidays_br import public_holidays  # loads the holidays package: only to plan

    start = today - dt.timedelta(days=size.past_days)
    holidays = public_holidays(STATE, start, today + dt.timedelta(days=size.future_days))
    open_days: list[tuple[dt.date, tuple[int, int], float]] = []
    for offset in range(size.past_days + size.future_days + 1):
        day = start + dt.timedelta(days=offset)
        hours = business_hours(day, today=today)
        if hours is not None and (day == today or day not in holidays):
            open_days.append((day, hours, _weight(day, today, size.future_days)))
    total_weight = sum(w for _, _, w in open_days)
    if size.appointments is not None:
        per_day = size.appointments / total_weight
    elif size.appointments_per_day is not None:
        per_day = size.appointments_per_day
    else:
        per_day = 3.0 * (size.artists or 4)
    artists = size.artists or max(4, math.ceil(per_day / PER_ARTIST_PER_DAY))
    stations = size.stations or max(3, math.ceil(artists * 3 / 4))
    days: list[DayPlan] = []
    done = 0.0
    placed = 0
    for day, hours, weight in open_days:
        done += per_day * weight
        quota = round(done) - placed
        placed += quota
        days.append(DayPlan(day, hours, quota))
    return Plan(size, today, start, artists, stations, tuple(days))
