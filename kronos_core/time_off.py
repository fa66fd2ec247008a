"""An artist's time off as a series: which days it blocks, and each day's block in UTC.

A series (``kronos_core.schema.time_off_series``) is ``first_day`` to ``last_day`` (at most
:data:`~kronos_core.schema.TIME_OFF_MAX_DAYS` after), on some weekdays (Monday = 0), from
``start_minute`` to ``end_minute`` of the day (wall-clock minutes in the studio's time zone; 1440
is the midnight ending the day), less ``excluded_days``. A one-off block is a series whose first
and last day are the same. ``time_off.add`` expands it into one appointment row of kind
``block`` a day, whose id is :func:`block_id` (the same on every desk and on the server).

:func:`check_series` refuses a series with stable codes (the desk's dialog shows them where the
mistake is, as the mutation would refuse them):

- ``time_off_days_reversed`` (``first_day``, ``last_day``): the last day before the first;
- ``time_off_too_long`` (``days``): more than a year;
- ``time_off_no_weekday``: no weekday chosen;
- ``time_off_empty_span`` (``start``, ``end`` as HH:MM): the end not after the start;
- ``time_off_span_too_long`` (``hours``): longer than an appointment row may last;
- ``time_off_no_day_left``: no day of the series is left once the weekdays and exclusions apply.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Iterable

from kronos_core.mutations.errors import InvalidArguments
from kronos_core.schema import APPOINTMENT_MAX_HOURS, TIME_OFF_MAX_DAYS

MINUTES_A_DAY = 1440
MAX_SPAN = dt.timedelta(hours=APPOINTMENT_MAX_HOURS)


def block_id(series_id: uuid.UUID, day: dt.date) -> uuid.UUID:
    """The id of the series' block on ``day``: uuid5 of the series id and the ISO date."""
    return uuid.uuid5(series_id, day.isoformat())


def series_days(
    first_day: dt.date, last_day: dt.date, weekdays: Iterable[int], excluded_days: Iterable[dt.date] = ()
) -> list[dt.date]:
    """The days the series blocks, in order."""
    wanted = set(weekdays)
    excluded = set(excluded_days)
    days: list[dt.date] = []
    day = first_day
    while day <= last_day:
        if day.weekday() in wanted and day not in excluded:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def block_span(
    day: dt.date, start_minute: int, end_minute: int, zone: zoneinfo.ZoneInfo
) -> tuple[dt.datetime, dt.datetime]:
    """The block's start and end on ``day`` in UTC: the wall-clock minutes in ``zone`` that day.

    DST-safe: each end is placed on that day's own offset (a 09:00-18:00 block is 9 hours of
    the clock on the wall, 8 or 10 of real time across a change of the clocks). A wall time the
    clocks skip is read with the offset before the change (PEP 495, ``fold=0``); a block that a
    change of the clocks would stretch past the longest row allowed ends at that length."""
    midnight = dt.datetime(day.year, day.month, day.day, tzinfo=zone)
    starts_at = (midnight + dt.timedelta(minutes=start_minute)).astimezone(dt.UTC)
    if end_minute >= MINUTES_A_DAY:
        following = day + dt.timedelta(days=1)
        wall_end = dt.datetime(following.year, following.month, following.day, tzinfo=zone)
    else:
        wall_end = midnight + dt.timedelta(minutes=end_minute)
    ends_at = wall_end.astimezone(dt.UTC)
    if ends_at <= starts_at:  # the span fell inside a gap of the clocks: its length as on the wall
        ends_at = starts_at + dt.timedelta(minutes=end_minute - start_minute)
    return starts_at, min(ends_at, starts_at + MAX_SPAN)


def check_series(
    first_day: dt.date,
    last_day: dt.date,
    weekdays: Iterable[int],
    start_minute: int,
    end_minute: int,
    excluded_days: Iterable[dt.date] = (),
) -> list[dt.date]:
    """The days of a series, or :class:`InvalidArguments` with the codes of the module."""
    if last_day < first_day:
        raise InvalidArguments(
            f"the last day {last_day} is before the first {first_day}",
            code="time_off_days_reversed",
            params={"first_day": first_day.isoformat(), "last_day": last_day.isoformat()},
        )
    if (last_day - first_day).days > TIME_OFF_MAX_DAYS:
        raise InvalidArguments(
            f"time off lasts at most {TIME_OFF_MAX_DAYS} days after its first",
            code="time_off_too_long",
            params={"days": str(TIME_OFF_MAX_DAYS)},
        )
    chosen = set(weekdays)
    if not chosen:
        raise InvalidArguments("no weekday chosen", code="time_off_no_weekday")
    if end_minute <= start_minute:
        raise InvalidArguments(
            f"the time off ends at {hhmm(end_minute)}, not after it starts ({hhmm(start_minute)})",
            code="time_off_empty_span",
            params={"start": hhmm(start_minute), "end": hhmm(end_minute)},
        )
    if end_minute - start_minute > APPOINTMENT_MAX_HOURS * 60:
        raise InvalidArguments(
            f"a day's time off lasts at most {APPOINTMENT_MAX_HOURS} hours",
            code="time_off_span_too_long",
            params={"hours": str(APPOINTMENT_MAX_HOURS)},
        )
    days = series_days(first_day, last_day, chosen, excluded_days)
    if not days:
        raise InvalidArguments("no day is left in the time off", code="time_off_no_day_left")
    return days
