"""Opening and working hours: a week of time spans per weekday, and the days that differ.

The studio's opening hours (``studio.opening_hours``) and each member's working hours
(``staff.working_hours``; None: the studio's) are a *week*: for each weekday, the spans of the
day the studio is open or the member works, in the studio's time zone, as JSON
``{"mon": [["10:00", "19:00"]], ..., "sun": []}``. A member's exceptions
(``staff.hours_exceptions``) are dates whose spans replace the weekday's
(``[{"date": "2026-12-24", "spans": [["10:00", "14:00"]]}]``, no spans: a day off). The calendar,
"free now" and find-a-slot read them through :func:`spans_on`.

Every span ends after it starts, the spans of a day do not overlap, and a day ends by midnight
("24:00" is midnight at the end of the day). :func:`parse_week` and :func:`parse_exceptions`
refuse anything else with a :class:`HoursProblem` naming the day, so a form can show it at
the field and a mutation can refuse it with the same words.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # date.weekday() order
_TIME = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")
MAX_SPANS_A_DAY: Final = 4
MAX_EXCEPTIONS: Final = 400


class HoursProblem(ValueError):
    """Hours that cannot be kept. ``day``: the weekday key or ISO date; ``code``: ``bad_time``,
    ``end_before_start``, ``overlap``, ``too_many``, ``bad_day`` or ``bad_date``."""

    def __init__(self, code: str, day: str, message: str) -> None:
        super().__init__(f"{day}: {message}")
        self.code = code
        self.day = day


@dataclass(frozen=True, order=True)
class Span:
    """From ``start`` to ``end`` in minutes after midnight (end up to 1440: midnight)."""

    start: int
    end: int

    def text(self) -> tuple[str, str]:
        return (_clock(self.start), _clock(self.end))

    def covers(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes_of(value: object, day: str = "") -> int:
    """ "10:30" → 630; "24:00" → 1440 (midnight at the end of the day)."""
    found = _TIME.match(str(value).strip())
    if found is None:
        raise HoursProblem("bad_time", day, f"{value!r} is not a time (HH:MM)")
    minutes = int(found.group(1)) * 60 + int(found.group(2))
    if minutes > 1440:
        raise HoursProblem("bad_time", day, f"{value!r} is past midnight")
    return minutes


def parse_spans(raw: Any, day: str) -> tuple[Span, ...]:
    """A day's spans from JSON (``[["10:00", "19:00"], ...]``), checked and sorted."""
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        raise HoursProblem("bad_time", day, "the hours of a day are a list of [start, end]")
    if len(raw) > MAX_SPANS_A_DAY:
        raise HoursProblem("too_many", day, f"at most {MAX_SPANS_A_DAY} spans a day")
    spans: list[Span] = []
    for pair in raw:
        if not isinstance(pair, Sequence) or isinstance(pair, str) or len(pair) != 2:
            raise HoursProblem("bad_time", day, "a span is [start, end]")
        start, end = minutes_of(pair[0], day), minutes_of(pair[1], day)
        if end <= start:
            raise HoursProblem("end_before_start", day, f"{pair[1]} is not after {pair[0]}")
        spans.append(Span(start, end))
    spans.sort()
    for before, after in itertools.pairwise(spans):
        if after.start < before.end:
            raise HoursProblem("overlap", day, f"{_clock(after.start)} starts before {_clock(before.end)} ends")
    return tuple(spans)


@dataclass(frozen=True)
class Week:
    """The spans of each weekday, Monday first."""

    days: tuple[tuple[Span, ...], ...]

    def on(self, weekday: int) -> tuple[Span, ...]:
        return self.days[weekday]

    def json(self) -> dict[str, list[list[str]]]:
        return {key: [list(s.text()) for s in spans] for key, spans in zip(WEEKDAYS, self.days, strict=True)}

    @classmethod
    def of(cls, days: Mapping[str, Iterable[tuple[str, str]]]) -> Week:
        """From ``{"mon": [("10:00", "19:00")], ...}`` (a missing weekday: closed)."""
        return parse_week({key: [list(pair) for pair in days.get(key, ())] for key in WEEKDAYS})


def parse_week(raw: Any) -> Week:
    """A week from its JSON form, checked (:class:`HoursProblem`); None: :data:`DEFAULT_OPENING`."""
    if raw is None:
        return DEFAULT_OPENING
    if not isinstance(raw, Mapping):
        raise HoursProblem("bad_day", "", "a week is a mapping of weekdays to their hours")
    unknown = set(raw) - set(WEEKDAYS)
    if unknown:
        raise HoursProblem("bad_day", sorted(unknown)[0], "not a weekday (mon ... sun)")
    return Week(tuple(parse_spans(raw.get(key, []), key) for key in WEEKDAYS))


@dataclass(frozen=True)
class DayException:
    """A date whose spans replace its weekday's (none: not working that day)."""

    date: dt.date
    spans: tuple[Span, ...]

    def json(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "spans": [list(s.text()) for s in self.spans]}


def parse_exceptions(raw: Any) -> tuple[DayException, ...]:
    """The days that differ, checked, sorted by date, one entry a date."""
    if raw is None:
        return ()
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        raise HoursProblem("bad_date", "", "the days that differ are a list")
    if len(raw) > MAX_EXCEPTIONS:
        raise HoursProblem("too_many", "", f"at most {MAX_EXCEPTIONS} days that differ")
    found: dict[dt.date, DayException] = {}
    for item in raw:
        if not isinstance(item, Mapping) or set(item) != {"date", "spans"}:
            raise HoursProblem("bad_date", "", 'a day that differs is {"date": ..., "spans": [...]}')
        try:
            day = dt.date.fromisoformat(str(item["date"]))
        except ValueError:
            raise HoursProblem("bad_date", str(item["date"]), "not a date (YYYY-MM-DD)") from None
        if day in found:
            raise HoursProblem("bad_date", day.isoformat(), "the same date twice")
        found[day] = DayException(day, parse_spans(item["spans"], day.isoformat()))
    return tuple(found[d] for d in sorted(found))


def spans_on(week: Week, exceptions: Iterable[DayException], day: dt.date) -> tuple[Span, ...]:
    """The spans of ``day``: its exception's when it has one, else its weekday's."""
    for exception in exceptions:
        if exception.date == day:
            return exception.spans
    return week.on(day.weekday())


def is_within(spans: Iterable[Span], start: dt.time, end: dt.time | None = None) -> bool:
    """Whether [start, end) (local times of one day; end None: the instant ``start``) lies in one span."""
    first = start.hour * 60 + start.minute
    last = first if end is None else (1440 if end == dt.time(0) else end.hour * 60 + end.minute)
    return any(span.covers(first, last) if end is not None else span.start <= first < span.end for span in spans)


# Monday to Saturday, 10:00 to 19:00; Sunday closed: a new studio's hours until it says otherwise.
DEFAULT_OPENING: Final = Week((*((Span(600, 1140),) for _ in range(6)), ()))
