"""Time off (kronos_core/mutations/time_off.py) on SQLite and PostgreSQL: a series expanded into
one block a day in the studio's zone (DST-safe), refused where it makes no sense, a clash with a
booking flagged, a day taken out and put back, the whole series removed and restored."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from typing import Any

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments, NotAllowed, NotFound
from kronos_core.schema import appointment, sync_conflict, time_off_series
from kronos_core.time_off import block_id, block_span
from tests.core.harness import UTC, Desk, at
from tests.core.test_inverses import undo

MONDAY = dt.date(2026, 3, 2)


@pytest.fixture
def artist(desk: Desk) -> uuid.UUID:
    return desk.add_staff("artist", "Rafa Lima")


def series_args(artist: uuid.UUID, **over: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "series_id": str(uuid7()),
        "artist_id": str(artist),
        "reason": "Almoço",
        "first_day": MONDAY.isoformat(),
        "last_day": (MONDAY + dt.timedelta(days=27)).isoformat(),
        "weekdays": [0, 2],  # Mondays and Wednesdays, four weeks
        "start_minute": 12 * 60,
        "end_minute": 13 * 60,
    }
    args.update(over)
    return args


def blocks(desk: Desk, series_id: str) -> list[dict[str, Any]]:
    rows = desk.rows(appointment, series_id=uuid.UUID(series_id), deleted=False)
    return sorted(rows, key=lambda r: r["starts_at"])


def test_a_weekly_series_is_one_block_a_day_in_the_studios_zone(desk: Desk, artist: uuid.UUID) -> None:
    args = series_args(artist)
    desk.run("time_off.add", args)
    series = desk.one(time_off_series, uuid.UUID(args["series_id"]))
    assert (series["weekdays"], series["excluded_days"], series["reason"]) == ([0, 2], [], "Almoço")
    rows = blocks(desk, args["series_id"])
    assert len(rows) == 8
    assert [r["starts_at"].date().weekday() for r in rows] == [0, 2] * 4
    first = rows[0]
    assert first["id"] == block_id(uuid.UUID(args["series_id"]), MONDAY)
    assert first["starts_at"] == at(2, 12)
    assert first["ends_at"] == at(2, 13)
    assert (first["kind"], first["status"], first["client_id"], first["notes"]) == ("block", "booked", None, "Almoço")
    assert not any(r["in_conflict"] for r in rows)


def test_a_one_off_block_is_a_series_of_one_day(desk: Desk, artist: uuid.UUID) -> None:
    args = series_args(artist, last_day=MONDAY.isoformat(), weekdays=[0], start_minute=8 * 60, end_minute=1440)
    desk.run("time_off.add", args)
    (row,) = blocks(desk, args["series_id"])
    assert row["starts_at"] == at(2, 8)
    assert row["ends_at"] == at(3, 0)  # 1440: the midnight ending the day


def test_the_same_ids_on_every_desk(desk: Desk, artist: uuid.UUID) -> None:
    args = series_args(artist)
    desk.run("time_off.add", args)
    series_id = uuid.UUID(args["series_id"])
    days = [MONDAY + dt.timedelta(days=d) for d in (0, 2, 7, 9, 14, 16, 21, 23)]
    assert {r["id"] for r in blocks(desk, args["series_id"])} == {uuid.uuid5(series_id, d.isoformat()) for d in days}


@pytest.mark.parametrize(
    ("day", "hours"),
    [
        (dt.date(2026, 3, 8), 5),  # New York springs forward at 02:00: 00:00-06:00 is 5 hours of real time
        (dt.date(2026, 11, 1), 7),  # and falls back: 7 hours
        (dt.date(2026, 3, 9), 6),
    ],
)
def test_a_block_keeps_the_wall_clock_across_a_change_of_the_clocks(
    desk: Desk, artist: uuid.UUID, day: dt.date, hours: int
) -> None:
    desk.run("studio.update", {"timezone": "America/New_York"})
    args = series_args(
        artist, first_day=day.isoformat(), last_day=day.isoformat(), weekdays=[day.weekday()], start_minute=0,
        end_minute=6 * 60,
    )  # fmt: skip
    desk.run("time_off.add", args)
    (row,) = blocks(desk, args["series_id"])
    zone = zoneinfo.ZoneInfo("America/New_York")
    assert row["starts_at"].astimezone(zone).hour == 0
    assert row["ends_at"].astimezone(zone).hour == 6
    assert row["ends_at"] - row["starts_at"] == dt.timedelta(hours=hours)


def test_a_sixteen_hour_day_that_the_clocks_stretch_stays_sixteen_hours() -> None:
    zone = zoneinfo.ZoneInfo("America/New_York")
    starts_at, ends_at = block_span(dt.date(2026, 11, 1), 0, 16 * 60, zone)  # 17 hours of real time that day
    assert ends_at - starts_at == dt.timedelta(hours=16)
    assert starts_at == dt.datetime(2026, 11, 1, 4, 0, tzinfo=UTC)
    gap_start, gap_end = block_span(dt.date(2026, 3, 8), 120, 150, zone)  # 02:00-02:30 never happens
    assert gap_end - gap_start == dt.timedelta(minutes=30)


def test_sao_paulo_has_no_change_of_the_clocks(desk: Desk, artist: uuid.UUID) -> None:
    args = series_args(artist, first_day="2026-01-05", last_day="2026-12-28", weekdays=[0])
    desk.run("time_off.add", args)
    rows = blocks(desk, args["series_id"])
    assert len(rows) == 52
    assert {r["starts_at"].astimezone(UTC).hour for r in rows} == {15}  # 12:00 at UTC-3 all year


@pytest.mark.parametrize(
    ("over", "code"),
    [
        ({"last_day": "2026-03-01"}, "time_off_days_reversed"),
        ({"last_day": "2027-03-10"}, "time_off_too_long"),
        ({"weekdays": []}, "time_off_no_weekday"),
        ({"start_minute": 600, "end_minute": 600}, "time_off_empty_span"),
        ({"start_minute": 0, "end_minute": 17 * 60}, "time_off_span_too_long"),
        ({"last_day": "2026-03-02", "weekdays": [0], "excluded_days": ["2026-03-02"]}, "time_off_no_day_left"),
        ({"last_day": "2026-03-02", "weekdays": [3]}, "time_off_no_day_left"),
    ],
)
def test_a_series_that_makes_no_sense_is_refused_whole(
    desk: Desk, artist: uuid.UUID, over: dict[str, Any], code: str
) -> None:
    args = series_args(artist, **over)
    with pytest.raises(InvalidArguments) as refused:
        desk.run("time_off.add", args)
    assert refused.value.code == code
    assert desk.rows(time_off_series) == []
    assert desk.rows(appointment) == []


def test_an_artist_blocks_only_their_own_time(desk: Desk, artist: uuid.UUID) -> None:
    other = desk.add_staff("artist", "Duda Reis")
    with pytest.raises(NotAllowed) as refused:
        desk.run("time_off.add", series_args(other), **desk.as_staff(artist))
    assert refused.value.code == "artist_own_calendar"
    desk.run("time_off.add", series_args(artist), **desk.as_staff(artist))


def test_a_block_over_a_booking_is_stored_flagged_with_a_conflict(desk: Desk, artist: uuid.UUID) -> None:
    booking = desk.book(artist, at(4, 11), at(4, 14), client_id=desk.add_client("Ana Souza"))  # a Wednesday
    args = series_args(artist)
    desk.run("time_off.add", args)
    clashing = block_id(uuid.UUID(args["series_id"]), dt.date(2026, 3, 4))
    flagged = [r["id"] for r in blocks(desk, args["series_id"]) if r["in_conflict"]]
    assert flagged == [clashing]
    assert desk.one(appointment, booking)["in_conflict"] is False  # the booking keeps its time
    (conflict,) = desk.rows(sync_conflict, kind="double_booking")
    assert conflict["row_ids"] == [str(clashing), str(booking)]


def test_a_booking_over_a_block_is_flagged(desk: Desk, artist: uuid.UUID) -> None:
    desk.run("time_off.add", series_args(artist))
    booking = desk.book(artist, at(2, 12, 30), at(2, 14), client_id=desk.add_client("Ana Souza"))
    assert desk.one(appointment, booking)["in_conflict"] is True


def test_a_day_taken_out_and_put_back(desk: Desk, artist: uuid.UUID) -> None:
    args = series_args(artist)
    desk.run("time_off.add", args)
    which = {"series_id": args["series_id"], "day": "2026-03-04"}
    ctx = desk.run("time_off.exclude_day", which)
    assert len(blocks(desk, args["series_id"])) == 7
    assert desk.one(time_off_series, uuid.UUID(args["series_id"]))["excluded_days"] == ["2026-03-04"]
    # the freed hour can be booked
    booking = desk.book(artist, at(4, 12), at(4, 13), client_id=desk.add_client("Ana Souza"))
    assert desk.one(appointment, booking)["in_conflict"] is False
    undo(desk, "time_off.exclude_day", which, ctx)  # the day back: its block clashes now
    back = desk.one(appointment, block_id(uuid.UUID(args["series_id"]), dt.date(2026, 3, 4)))
    assert (back["deleted"], back["in_conflict"]) == (False, True)
    assert desk.one(time_off_series, uuid.UUID(args["series_id"]))["excluded_days"] == []


def test_a_day_not_of_the_series_is_refused(desk: Desk, artist: uuid.UUID) -> None:
    args = series_args(artist)
    desk.run("time_off.add", args)
    with pytest.raises(InvalidArguments) as refused:
        desk.run("time_off.exclude_day", {"series_id": args["series_id"], "day": "2026-03-03"})  # a Tuesday
    assert (refused.value.code, refused.value.params) == ("time_off_not_a_day", {"day": "2026-03-03"})


def test_a_series_added_is_undone_by_removing_it_and_back(desk: Desk, artist: uuid.UUID) -> None:
    args = series_args(artist)
    ctx = desk.run("time_off.add", args)
    removed = undo(desk, "time_off.add", args, ctx)
    assert blocks(desk, args["series_id"]) == []
    assert desk.rows(time_off_series, deleted=False) == []
    with pytest.raises(NotFound):
        desk.run("time_off.exclude_day", {"series_id": args["series_id"], "day": "2026-03-04"})
    undo(desk, "time_off.remove", {"series_id": args["series_id"]}, removed)
    assert len(blocks(desk, args["series_id"])) == 8


def test_a_block_cancelled_frees_its_time_and_is_no_late_cancellation(desk: Desk, artist: uuid.UUID) -> None:
    args = series_args(artist)
    desk.run("time_off.add", args)
    block = block_id(uuid.UUID(args["series_id"]), MONDAY)
    desk.run("appointment.cancel", {"appointment_id": str(block), "cancelled_at": at(2, 11).isoformat()})
    row = desk.one(appointment, block)
    assert (row["status"], row["late_cancellation"]) == ("cancelled", False)
    booking = desk.book(artist, at(2, 12), at(2, 13), client_id=desk.add_client("Ana Souza"))
    assert desk.one(appointment, booking)["in_conflict"] is False


def test_the_old_one_off_block_still_books(desk: Desk, artist: uuid.UUID) -> None:
    block = desk.book(artist, at(5, 9), at(5, 10), kind="block")
    row = desk.one(appointment, block)
    assert (row["kind"], row["series_id"], row["client_id"]) == ("block", None, None)
