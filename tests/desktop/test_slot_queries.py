"""Find a slot and free now on the demo desk's real file: what they offer never clashes with the
bookings and blocks read back from the file, and stays within the studio's hours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, select

from kronos_core.demo import DemoStudio
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, appointment, studio
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.store.queries.slots import find_slots_from_db, free_now_from_db, slot_inputs

HOUR = dt.timedelta(hours=1)


@pytest.fixture
def conn(demo_dir: Path) -> Iterator[Connection]:
    store = LocalStore.open(demo_dir)
    try:
        with store.read_engine.connect() as connection:
            yield connection
    finally:
        store.close()


def _bookings(conn: Connection) -> list[tuple[object, object, dt.datetime, dt.datetime]]:
    a = appointment.c
    rows = conn.execute(
        select(a.artist_id, a.station_id, a.starts_at, a.ends_at).where(
            a.deleted.is_(False), a.status.in_(ACTIVE_APPOINTMENT_STATUSES)
        )
    )
    return [(r.artist_id, r.station_id, r.starts_at, r.ends_at) for r in rows]


def _today(conn: Connection) -> tuple[dt.date, dt.tzinfo, int]:
    row = conn.execute(select(studio.c.timezone, studio.c.cleaning_buffer_minutes)).one()
    zone = zone_or_default(row.timezone)
    return dt.datetime.now(dt.UTC).astimezone(zone).date(), zone, row.cleaning_buffer_minutes


@pytest.mark.parametrize("needs_station", [True, False])
def test_the_slots_found_do_not_clash_with_the_demos_bookings(
    conn: Connection, demo: DemoStudio, needs_station: bool
) -> None:
    today, zone, buffer_minutes = _today(conn)
    bookings = _bookings(conn)
    assert bookings, "the demo has bookings"
    buffer = dt.timedelta(minutes=buffer_minutes)
    for artist_id in (None, demo.artist_ids[0]):
        for start_day in (today - dt.timedelta(days=3), today, today + dt.timedelta(days=30)):
            slots = find_slots_from_db(conn, 2 * HOUR, start_day, artist_id, needs_station)
            assert len(slots) == 10
            assert slots == sorted(slots)
            for slot in slots:
                assert artist_id is None or slot.artist_id == artist_id
                assert slot.start.astimezone(zone).date() >= start_day
                assert (slot.station_id is not None) == needs_station
                for who, where, start, end in bookings:
                    if who == slot.artist_id:
                        assert not (start < slot.end and slot.start < end), (slot, start, end)
                    if where is not None and where == slot.station_id:
                        assert not (start < slot.end + buffer and slot.start < end + buffer), (slot, start, end)


def test_slots_keep_to_the_studios_opening_hours(conn: Connection) -> None:
    today, zone, _ = _today(conn)
    inputs = slot_inputs(conn, today, today + dt.timedelta(days=6))
    assert inputs is not None
    assert inputs.artists
    slots = find_slots_from_db(conn, HOUR, today, None, True, count=40)
    assert len(slots) == 40
    # None is offered in the past of today (the desk's clock), unless asked for.
    assert all(slot.start >= dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1) for slot in slots)
    past = find_slots_from_db(conn, HOUR, today, None, True, count=1, from_now=False)
    assert past[0].start.astimezone(zone).date() == today or today.weekday() == 6
    for slot in slots:
        start, end = slot.start.astimezone(zone), slot.end.astimezone(zone)
        first, last = start.hour * 60 + start.minute, end.hour * 60 + end.minute
        assert any(s.covers(first, last) for s in inputs.opening.on(start.weekday()))
        assert start.minute % 15 == 0


def test_free_now_on_the_demo_desk(conn: Connection) -> None:
    today, zone, _ = _today(conn)
    now = dt.datetime.combine(today, dt.time(15, 5), tzinfo=zone).astimezone(dt.UTC)
    bookings = _bookings(conn)
    free = free_now_from_db(conn, now)
    assert [f.minutes for f in free] == sorted((f.minutes for f in free), reverse=True)
    for f in free:
        assert f.start.astimezone(zone).time() == dt.time(15, 15)
        until = f.start + dt.timedelta(minutes=f.minutes)
        assert not any(who == f.artist_id and s < until and f.start < e for who, _, s, e in bookings)
