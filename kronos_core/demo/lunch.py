"""The demo's time-off series: one artist's lunch, 13:00 to 14:00 on weekdays, as ``time_off.add``
writes it (one series row, one block a day).

The calendar is planned around it (the day's ``breaks``: kronos_core/demo/schedule.py), so no
booking of that artist covers it. A day when the studio is closed (a holiday), or when the
artist's day holds something over the lunch hour anyway (a day off, today's session under way),
is taken out of the series (``excluded_days``): the series is written last, and none of its
blocks clashes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from kronos_core.demo.applier import Applier
from kronos_core.demo.schedule import Slot
from kronos_core.demo.team import Team
from kronos_core.instants import UTC
from kronos_core.mutations.time_off import TimeOffAdd
from kronos_core.roles import Role
from kronos_core.schema import TIME_OFF_MAX_DAYS
from kronos_core.time_off import series_days

SPAN = (13 * 60, 14 * 60)
WEEKDAYS = (0, 1, 2, 3, 4)  # Monday to Friday
BACK_DAYS = 120  # the series began this long before the demo's today (or at the demo's start)


@dataclass
class Lunch:
    """The lunch series of the team's last artist over the demo's calendar."""

    artist: int
    first_day: dt.date
    last_day: dt.date
    kept: set[dt.date] = field(default_factory=set)

    @classmethod
    def plan(cls, artists: int, start: dt.date, today: dt.date, end: dt.date) -> Lunch:
        first = max(start, today - dt.timedelta(days=BACK_DAYS))
        return cls(artists - 1, first, min(end, first + dt.timedelta(days=TIME_OFF_MAX_DAYS)))

    def breaks(self, day: dt.date, forced: dict[int, tuple[int, str, int, str]]) -> dict[int, tuple[int, int]]:
        """The day's break (none off the series, or when today's forced booking covers lunch)."""
        if not self.first_day <= day <= self.last_day or day.weekday() not in WEEKDAYS:
            return {}
        if self.artist in forced:
            start, _, minutes, _ = forced[self.artist]
            if start < SPAN[1] and start + minutes > SPAN[0]:
                return {}
        return {self.artist: SPAN}

    def planned(self, day: dt.date, slots: list[Slot], breaks: dict[int, tuple[int, int]]) -> None:
        """Keep the day in the series if the artist's day left its lunch free."""
        if self.artist not in breaks:
            return
        covered = any(
            s.artist == self.artist and s.status != "cancelled" and s.start < SPAN[1] and s.end > SPAN[0] for s in slots
        )
        if not covered:
            self.kept.add(day)

    def write(self, applier: Applier, team: Team) -> None:
        """``time_off.add`` by the artist, a week before the series began (nothing, if no day is left)."""
        if not self.kept:
            return
        every = series_days(self.first_day, self.last_day, WEEKDAYS)
        artist = team.artists[self.artist].staff_id
        args = TimeOffAdd(
            series_id=uuid.UUID(int=0),  # made below, at the series' time
            artist_id=artist,
            reason="Almoço",
            first_day=self.first_day,
            last_day=self.last_day,
            weekdays=list(WEEKDAYS),
            start_minute=SPAN[0],
            end_minute=SPAN[1],
            excluded_days=[d for d in every if d not in self.kept],
        )
        at = dt.datetime.combine(self.first_day - dt.timedelta(days=7), dt.time(9), tzinfo=team.tz).astimezone(UTC)
        args = args.model_copy(update={"series_id": applier.new_id(at)})
        applier.act("time_off.add", args, by=artist, role=Role.ARTIST, at=at)
