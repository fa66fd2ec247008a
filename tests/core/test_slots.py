"""Free now and find a slot (kronos_core.slots): worked examples a receptionist would check by
hand, and properties under random schedules (hypothesis, the profile's budget)."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.hours import DayException, Span, Week, parse_week, spans_on
from kronos_core.slots import (
    Busy,
    SlotArtist,
    SlotInputs,
    artist_windows,
    find_slots,
    free_now,
    healing_start,
)

SP = ZoneInfo("America/Sao_Paulo")
NY = ZoneInfo("America/New_York")
ANA, BIA = uuid.UUID(int=1), uuid.UUID(int=2)
S1, S2 = uuid.UUID(int=101), uuid.UUID(int=102)
MONDAY = dt.date(2026, 3, 2)  # São Paulo has no daylight-saving time
HOUR = dt.timedelta(hours=1)
OPEN = parse_week(None)  # Mon-Sat 10:00-19:00, Sunday closed


def at(day: dt.date, clock: str, zone: ZoneInfo = SP) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(clock), tzinfo=zone).astimezone(dt.UTC)


def local(instant: dt.datetime, zone: ZoneInfo = SP) -> str:
    return instant.astimezone(zone).strftime("%a %H:%M")


def inputs(*busy: Busy, artists: tuple[SlotArtist, ...] | None = None, **kw: object) -> SlotInputs:
    return SlotInputs(
        artists=artists or (SlotArtist(ANA, "Ana"), SlotArtist(BIA, "Bia")),
        stations=(S1, S2),
        busy=busy,
        opening=kw.pop("opening", OPEN),  # type: ignore[arg-type]
        zone=kw.pop("zone", SP),  # type: ignore[arg-type]
        cleaning_buffer_minutes=kw.pop("buffer", 15),  # type: ignore[arg-type]
    )


def test_a_lunch_block_is_stepped_over_and_slots_of_one_artist_do_not_overlap() -> None:
    lunch = Busy(ANA, None, at(MONDAY, "12:00"), at(MONDAY, "13:00"))
    slots = find_slots(HOUR, MONDAY, ANA, False, inputs(lunch), count=8)
    assert [local(s.start) for s in slots] == [
        "Mon 10:00", "Mon 11:00", "Mon 13:00", "Mon 14:00", "Mon 15:00", "Mon 16:00", "Mon 17:00", "Mon 18:00",
    ]  # fmt: skip
    assert all(s.end - s.start == HOUR and s.station_id is None for s in slots)


def test_any_artist_gives_the_earliest_first_ties_in_the_order_given() -> None:
    ana_busy = Busy(ANA, S1, at(MONDAY, "10:00"), at(MONDAY, "12:00"))
    slots = find_slots(HOUR, MONDAY, None, True, inputs(ana_busy), count=3)
    assert [(local(s.start), s.artist_id) for s in slots] == [
        ("Mon 10:00", BIA), ("Mon 11:00", BIA), ("Mon 12:00", ANA),
    ]  # fmt: skip
    # Bia cannot take S1 (Ana's session, then its cleaning) before 12:15; S2 is free.
    assert slots[0].station_id == S2
    both = find_slots(HOUR, MONDAY, None, True, inputs(), count=2)
    assert [(local(s.start), s.artist_id, s.station_id) for s in both] == [
        ("Mon 10:00", ANA, S1), ("Mon 10:00", BIA, S1),
    ]  # fmt: skip


def test_a_stations_cleaning_buffer_is_kept_after_each_session() -> None:
    one_station = SlotInputs((SlotArtist(ANA, "Ana"), SlotArtist(BIA, "Bia")), (S1,), (
        Busy(BIA, S1, at(MONDAY, "10:00"), at(MONDAY, "11:00")),
    ), OPEN, SP, 30)  # fmt: skip
    slots = find_slots(HOUR, MONDAY, ANA, True, one_station, count=2)
    # S1 is cleaned until 11:30; Ana's session from 11:30 leaves 12:30-13:00 for cleaning too.
    assert [local(s.start) for s in slots] == ["Mon 11:30", "Mon 12:30"]
    assert find_slots(HOUR, MONDAY, ANA, False, one_station, count=1)[0].start == at(MONDAY, "10:00")
    # A session on S1 from 11:15: 10:00-11:00 and its 30 minutes of cleaning would overrun it.
    before = SlotInputs(
        one_station.artists, (S1,), (Busy(BIA, S1, at(MONDAY, "11:15"), at(MONDAY, "12:00")),), OPEN, SP, 30
    )
    starts = [local(s.start) for s in find_slots(HOUR, MONDAY, ANA, True, before, count=2)]
    assert starts == ["Mon 12:30", "Mon 13:30"]


def test_a_day_off_exception_and_a_closed_sunday_are_skipped() -> None:
    saturday = MONDAY + dt.timedelta(days=5)
    ana = SlotArtist(ANA, "Ana", exceptions=(DayException(saturday, ()),))
    late = Busy(ANA, None, at(MONDAY + dt.timedelta(days=4), "10:00"), at(MONDAY + dt.timedelta(days=4), "19:00"))
    slots = find_slots(HOUR, MONDAY + dt.timedelta(days=4), ANA, False, inputs(late, artists=(ana,)), count=1)
    # Friday full, Saturday off, Sunday closed: Monday.
    assert local(slots[0].start) == "Mon 10:00"
    assert slots[0].start.astimezone(SP).date() == MONDAY + dt.timedelta(days=7)


def test_an_artists_own_hours_meet_the_studios() -> None:
    evenings = Week.of({"mon": [("15:00", "22:00")]})
    ana = SlotArtist(ANA, "Ana", week=evenings)
    slots = find_slots(3 * HOUR, MONDAY, ANA, False, inputs(artists=(ana,)), count=2)
    assert (local(slots[0].start), local(slots[0].end)) == ("Mon 15:00", "Mon 18:00")
    # 18:00-21:00 would pass closing at 19:00: the next is next Monday.
    assert slots[1].start.astimezone(SP).date() == MONDAY + dt.timedelta(days=7)


def test_a_guest_is_offered_only_within_their_dates() -> None:
    guest = SlotArtist(BIA, "Bia", guest_from=MONDAY + dt.timedelta(days=2), guest_to=MONDAY + dt.timedelta(days=3))
    slots = find_slots(8 * HOUR, MONDAY, BIA, False, inputs(artists=(guest,)), count=5)
    assert [s.start.astimezone(SP).date() for s in slots] == [
        MONDAY + dt.timedelta(days=2),
        MONDAY + dt.timedelta(days=3),
    ]


def test_a_search_starting_now_skips_the_past_of_today() -> None:
    slots = find_slots(HOUR, MONDAY, ANA, False, inputs(), count=1, not_before=at(MONDAY, "14:07"))
    assert local(slots[0].start) == "Mon 14:15"


def test_across_the_start_of_daylight_saving_time_a_slot_has_its_real_length() -> None:
    # New York, Sunday 8 March 2026: 02:00 becomes 03:00. A studio open every day 00:00-06:00.
    sunday = dt.date(2026, 3, 8)
    night = Week.of({k: [("00:00", "06:00")] for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")})
    plan = inputs(artists=(SlotArtist(ANA, "Ana"),), opening=night, zone=NY)
    slots = find_slots(2 * HOUR, sunday, ANA, False, plan, count=3)
    assert [local(s.start, NY) for s in slots] == ["Sun 00:00", "Sun 03:00", "Mon 00:00"]
    assert all(s.end - s.start == 2 * HOUR for s in slots)
    assert local(slots[0].end, NY) == "Sun 03:00"  # two real hours: 00:00 to 03:00 on the clock
    # The clock's 02:00-03:00 does not exist that night: no slot starts in it.
    quarter = find_slots(dt.timedelta(minutes=15), sunday, ANA, False, plan, count=40)
    assert not any(s.start.astimezone(NY).hour == 2 for s in quarter if s.start.astimezone(NY).date() == sunday)


def test_free_now_lists_who_is_free_how_long_with_a_station() -> None:
    now = at(MONDAY, "14:07")
    plan = inputs(
        Busy(ANA, S1, at(MONDAY, "15:00"), at(MONDAY, "17:00")),
        Busy(BIA, S2, at(MONDAY, "13:00"), at(MONDAY, "16:00")),
    )
    free = free_now(now, plan)
    assert [(f.artist_id, local(f.start), f.minutes) for f in free] == [(ANA, "Mon 14:15", 45)]
    # S2 is taken now; S1 until Ana's own 15:00 session there, less its cleaning before it.
    assert free[0].station_id == S1
    assert free[0].station_minutes == 30
    assert free[0].free_for(30)
    assert not free[0].free_for(45)
    later = free_now(at(MONDAY, "17:00"), plan)
    assert [(f.artist_id, f.minutes) for f in later] == [(ANA, 120), (BIA, 120)]
    # S1 is cleaned until 17:15: the station beside them is S2 (free since 16:15).
    assert later[0].station_id == S2
    assert later[0].free_for(120)
    assert free_now(at(MONDAY, "19:00"), plan) == []  # closed
    assert free_now(at(MONDAY + dt.timedelta(days=6), "12:00"), plan) == []  # Sunday


def test_free_now_says_when_no_station_is_free() -> None:
    plan = inputs(
        Busy(BIA, S1, at(MONDAY, "10:00"), at(MONDAY, "11:00")),
        Busy(BIA, S2, at(MONDAY, "11:00"), at(MONDAY, "12:00")),
        artists=(SlotArtist(ANA, "Ana"), SlotArtist(BIA, "Bia")),
    )
    [ana] = free_now(at(MONDAY, "10:30"), plan)
    assert ana.minutes == 510
    assert ana.station_id == S2
    assert ana.station_minutes == 15
    assert ana.free_for(30, needs_station=False)
    assert not ana.free_for(30)


def test_healing_interval_and_bad_lengths() -> None:
    assert healing_start(dt.date(2026, 3, 2)) == dt.date(2026, 3, 23)
    assert healing_start(dt.date(2026, 3, 2), 28) == dt.date(2026, 3, 30)
    for bad in (dt.timedelta(0), dt.timedelta(hours=17)):
        with pytest.raises(ValueError, match="slot"):
            find_slots(bad, MONDAY, None, False, inputs())


# -- properties ----------------------------------------------------------------------------------
ARTISTS = tuple(SlotArtist(uuid.UUID(int=i), f"A{i}") for i in range(1, 4))
STATIONS = tuple(uuid.UUID(int=100 + i) for i in range(2))


@st.composite
def schedules(draw: st.DrawFn) -> tuple[SlotInputs, dt.timedelta, bool, uuid.UUID | None]:
    zone = draw(st.sampled_from([SP, NY]))
    first = draw(st.sampled_from([MONDAY, dt.date(2026, 3, 7), dt.date(2026, 10, 31)]))
    busy = []
    for _ in range(draw(st.integers(0, 25))):
        day = first + dt.timedelta(days=draw(st.integers(0, 3)))
        start = at(day, "08:00", zone) + dt.timedelta(minutes=5 * draw(st.integers(0, 150)))
        length = dt.timedelta(minutes=5 * draw(st.integers(1, 60)))
        busy.append(
            Busy(draw(st.sampled_from(ARTISTS)).id, draw(st.sampled_from((None, *STATIONS))), start, start + length)
        )
    plan = SlotInputs(ARTISTS, STATIONS, tuple(busy), OPEN, zone, draw(st.sampled_from([0, 10, 15, 30])))
    length = dt.timedelta(minutes=15 * draw(st.integers(1, 16)))
    artist = draw(st.sampled_from((None, *(a.id for a in ARTISTS))))
    return plan, length, draw(st.booleans()), artist


@given(schedules(), st.sampled_from([15, 30]))
def test_slots_never_clash_and_lie_in_one_opening_and_one_working_span(
    case: tuple[SlotInputs, dt.timedelta, bool, uuid.UUID | None], step: int
) -> None:
    plan, length, needs_station, artist_id = case
    first = plan.busy[0].start.astimezone(plan.zone).date() if plan.busy else MONDAY
    slots = find_slots(length, first, artist_id, needs_station, plan, count=12, step=step, days=6)
    buffer = plan.buffer
    assert slots == sorted(slots)
    for slot in slots:
        assert slot.end - slot.start == length
        assert artist_id is None or slot.artist_id == artist_id
        for b in plan.busy:
            if b.artist_id == slot.artist_id:
                assert not (b.start < slot.end and slot.start < b.end), (slot, b)
            if slot.station_id is not None and b.station_id == slot.station_id:
                assert not (b.start < slot.end + buffer and slot.start < b.end + buffer), (slot, b)
        assert (slot.station_id is not None) == needs_station
        start, end = slot.start.astimezone(plan.zone), slot.end.astimezone(plan.zone)
        assert (start.hour * 60 + start.minute) % step == 0
        assert start.second == 0
        day = start.date()
        first_minute = start.hour * 60 + start.minute
        last_minute = first_minute + int(length.total_seconds() // 60)
        if end.date() == day and start.utcoffset() == end.utcoffset():  # no clock change inside
            assert last_minute == end.hour * 60 + end.minute
            artist = next(a for a in ARTISTS if a.id == slot.artist_id)
            working = spans_on(artist.week or plan.opening, artist.exceptions, day)
            assert any(Span(s.start, s.end).covers(first_minute, last_minute) for s in plan.opening.on(day.weekday()))
            assert any(s.covers(first_minute, last_minute) for s in working)
            assert any(w.covers(first_minute, last_minute) for w in artist_windows(plan, artist, day))
    # Per artist, the slots offered do not overlap each other.
    for a in ARTISTS:
        mine = [s for s in slots if s.artist_id == a.id]
        assert all(x.end <= y.start for x, y in itertools.pairwise(mine))


@given(schedules(), st.integers(0, 12 * 60))
def test_free_now_is_free_for_as_long_as_it_says(
    case: tuple[SlotInputs, dt.timedelta, bool, uuid.UUID | None], minutes: int
) -> None:
    plan = case[0]
    first = plan.busy[0].start.astimezone(plan.zone).date() if plan.busy else MONDAY
    now = at(first, "08:00", plan.zone) + dt.timedelta(minutes=minutes)
    free = free_now(now, plan)
    assert [f.minutes for f in free] == sorted((f.minutes for f in free), reverse=True)
    for f in free:
        assert now <= f.start < now + dt.timedelta(minutes=15)
        assert f.minutes > 0
        end = f.start + dt.timedelta(minutes=f.minutes)
        assert not any(b.artist_id == f.artist_id and b.start < end and f.start < b.end for b in plan.busy)
        if f.station_id is not None:
            use_end = f.start + dt.timedelta(minutes=f.station_minutes) + plan.buffer
            assert not any(
                b.station_id == f.station_id and b.start < use_end and f.start < b.end + plan.buffer for b in plan.busy
            )


def test_a_public_holiday_is_a_closed_day_for_find_a_slot_and_free_now() -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    closed = SlotInputs(
        artists=(SlotArtist(ANA, "Ana"), SlotArtist(BIA, "Bia")),
        stations=(S1, S2),
        busy=(),
        opening=OPEN,
        zone=SP,
        closed=frozenset({MONDAY}),
    )
    slots = find_slots(HOUR, MONDAY, None, True, closed, count=4)
    assert [local(s.start) for s in slots] == ["Tue 10:00", "Tue 10:00", "Tue 11:00", "Tue 11:00"]
    assert all(s.start.astimezone(SP).date() == tuesday for s in slots)
    assert free_now(at(MONDAY, "11:00"), closed) == []
    assert len(free_now(at(MONDAY, "11:00"), inputs())) == 2, "on a working Monday both are free"
