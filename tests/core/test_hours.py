"""Opening and working hours (kronos_core.hours): what a week may hold, said with the day, and a
checked week's JSON read back as the same week."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.hours import (
    DEFAULT_OPENING,
    MAX_SPANS_A_DAY,
    WEEKDAYS,
    HoursProblem,
    Span,
    Week,
    is_within,
    minutes_of,
    parse_exceptions,
    parse_spans,
    parse_week,
    spans_on,
)


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@st.composite
def days(draw: st.DrawFn) -> list[list[str]]:
    """A day's spans that keep the rules: in order, apart, each ending after it starts."""
    count = draw(st.integers(0, MAX_SPANS_A_DAY))
    marks = sorted(draw(st.lists(st.integers(0, 1440), min_size=count * 2, max_size=count * 2, unique=True)))
    return [[clock(marks[i]), clock(marks[i + 1])] for i in range(0, len(marks), 2)]


weeks = st.fixed_dictionaries({key: days() for key in WEEKDAYS})


@given(weeks)
def test_any_week_that_parses_round_trips_through_its_json(raw: dict[str, list[list[str]]]) -> None:
    week = parse_week(raw)
    assert week.json() == raw
    assert parse_week(week.json()) == week


@given(weeks, st.permutations(range(MAX_SPANS_A_DAY)))
def test_spans_typed_in_any_order_are_kept_in_order(raw: dict[str, list[list[str]]], order: list[int]) -> None:
    shuffled = {key: [spans[i] for i in order if i < len(spans)] for key, spans in raw.items()}
    assert parse_week(shuffled) == parse_week(raw)


@given(st.integers(0, 1439), st.integers(1, 600), st.integers(1, 600))
def test_spans_that_overlap_are_refused(start: int, length: int, into: int) -> None:
    end = min(start + length, 1440)
    later = min(start + min(into, end - start) - 1, end - 1)  # starts inside the first span
    with pytest.raises(HoursProblem) as refused:
        parse_spans([[clock(start), clock(end)], [clock(later), clock(min(later + 60, 1440))]], "tue")
    assert (refused.value.code, refused.value.day) == ("overlap", "tue")


def test_spans_that_touch_are_kept() -> None:
    assert parse_spans([["10:00", "13:00"], ["13:00", "19:00"]], "mon") == (Span(600, 780), Span(780, 1140))


@pytest.mark.parametrize(
    ("spans", "code"),
    [
        ([["19:00", "10:00"]], "end_before_start"),
        ([["10:00", "10:00"]], "end_before_start"),
        ([["10:00", "24:01"]], "bad_time"),
        ([["25:00", "26:00"]], "bad_time"),
        ([["10h", "19h"]], "bad_time"),
        ([["10:00"]], "bad_time"),
        ("10:00-19:00", "bad_time"),
        ([["00:00", "01:00"]] * (MAX_SPANS_A_DAY + 1), "too_many"),
    ],
)
def test_a_bad_day_is_refused_naming_the_day(spans: Any, code: str) -> None:
    with pytest.raises(HoursProblem) as refused:
        parse_week({"mon": [["10:00", "19:00"]], "thu": spans})
    assert (refused.value.code, refused.value.day) == (code, "thu")
    assert str(refused.value).startswith("thu: ")


def test_a_week_of_unknown_days_or_not_a_mapping_is_refused() -> None:
    with pytest.raises(HoursProblem, match="not a weekday") as refused:
        parse_week({"monday": []})
    assert refused.value.code == "bad_day"
    with pytest.raises(HoursProblem):
        parse_week([["10:00", "19:00"]])


def test_no_week_is_the_default_and_a_missing_day_is_closed() -> None:
    assert parse_week(None) == DEFAULT_OPENING
    assert DEFAULT_OPENING.on(0) == (Span(600, 1140),)
    assert DEFAULT_OPENING.on(6) == ()
    week = Week.of({"sat": [("09:00", "24:00")]})
    assert week.on(5) == (Span(540, 1440),)
    assert week.on(0) == ()
    assert minutes_of("24:00") == 1440


def test_a_day_that_differs_replaces_its_weekday() -> None:
    christmas_eve = dt.date(2026, 12, 24)  # a Thursday
    exceptions = parse_exceptions([{"date": "2026-12-24", "spans": [["10:00", "14:00"]]},
                                   {"date": "2026-12-25", "spans": []}])  # fmt: skip
    assert spans_on(DEFAULT_OPENING, exceptions, christmas_eve) == (Span(600, 840),)
    assert spans_on(DEFAULT_OPENING, exceptions, dt.date(2026, 12, 25)) == ()
    assert spans_on(DEFAULT_OPENING, exceptions, dt.date(2026, 12, 23)) == (Span(600, 1140),)
    with pytest.raises(HoursProblem, match="the same date twice"):
        parse_exceptions([{"date": "2026-12-24", "spans": []}, {"date": "2026-12-24", "spans": []}])
    with pytest.raises(HoursProblem) as refused:
        parse_exceptions([{"date": "2026-02-30", "spans": []}])
    assert refused.value.code == "bad_date"


def test_within_the_hours() -> None:
    spans = parse_spans([["10:00", "13:00"], ["14:00", "24:00"]], "fri")
    assert is_within(spans, dt.time(10, 0), dt.time(13, 0))
    assert not is_within(spans, dt.time(12, 0), dt.time(14, 30))  # across the lunch break
    assert is_within(spans, dt.time(22, 0), dt.time(0, 0))  # till midnight
    assert is_within(spans, dt.time(13, 59)) is False
    assert is_within(spans, dt.time(14, 0))
