"""The demo's statuses follow its clock (issue 10): at 09:49, before the studio opens, nothing of
today has happened yet; at 15:00 what ended is done and paid, one session is under way.

Every status is reached through the mutations (booked, then moved along the status table), so
each assertion here is what the agenda and the checkout show a person at that moment.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Connection, Engine, select

from kronos_core.demo import DemoSize, generate_demo
from kronos_core.demo.lifecycle import route
from kronos_core.instants import utcnow
from kronos_core.schema import appointment, metadata, payment, sale
from kronos_core.transitions import allowed
from tests.core.dbs import sqlite_engine

SP = ZoneInfo("America/Sao_Paulo")
TODAY = dt.date(2025, 3, 12)  # a Wednesday: open 10:00–20:00
SIZE = DemoSize(clients=150, past_days=10, future_days=4)
DONE = {"completed", "no_show", "cancelled"}
TO_COME = {"booked", "confirmed", "cancelled"}


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(TODAY, dt.time(hour, minute), tzinfo=SP).astimezone(dt.UTC)


def build(path: Path, now: dt.datetime | None, today: dt.date | None = None) -> Engine:
    engine = sqlite_engine(path)
    with engine.begin() as conn:
        metadata.create_all(conn)
    with engine.begin() as conn:
        generate_demo(conn, size=SIZE, now=now, today=today)
    return engine


@pytest.fixture(scope="module")
def morning(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    engine = build(tmp_path_factory.mktemp("demo") / "morning.sqlite", at(9, 49))
    with engine.connect() as conn:
        yield conn
    engine.dispose()


@pytest.fixture(scope="module")
def afternoon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    engine = build(tmp_path_factory.mktemp("demo") / "afternoon.sqlite", at(15, 0))
    with engine.connect() as conn:
        yield conn
    engine.dispose()


def bookings(conn: Connection) -> list[tuple[dt.datetime, dt.datetime, str, str]]:
    a = appointment.c
    return [
        (r.starts_at, r.ends_at, r.kind, r.status)
        for r in conn.execute(select(a.starts_at, a.ends_at, a.kind, a.status))
    ]


def on_today(instant: dt.datetime) -> bool:
    return instant.astimezone(SP).date() == TODAY


def test_at_0949_todays_bookings_are_all_to_come(morning: Connection) -> None:
    today = [(s, e, k, st) for s, e, k, st in bookings(morning) if on_today(s)]
    assert len(today) >= 8
    mid_morning = [st for s, _, k, st in today if k != "block" and s.astimezone(SP).time() >= dt.time(10, 30)]
    assert mid_morning, "bookings at 10:30 and later"
    assert set(mid_morning) <= TO_COME  # not completed, not in progress: 10:30 has not come
    assert {st for _, _, k, st in today if k != "block"} <= TO_COME  # nobody checked in before opening
    assert {"booked", "confirmed"} <= {st for *_, st in today}


def test_at_0949_no_sale_of_today_is_closed(morning: Connection) -> None:
    assert morning.execute(select(sale.c.id).where(sale.c.business_date == TODAY)).first() is None
    assert morning.execute(select(payment.c.id).where(payment.c.business_date == TODAY)).first() is None
    for (closed,) in morning.execute(select(sale.c.closed_at)):
        assert closed <= at(9, 49)


def test_past_bookings_are_done_and_time_off_has_no_client_status(morning: Connection) -> None:
    rows = bookings(morning)
    past = [st for s, _, k, st in rows if k != "block" and s.astimezone(SP).date() < TODAY]
    assert past
    assert set(past) <= DONE
    assert {"completed", "no_show", "cancelled"} <= set(past)
    assert {st for _, _, k, st in rows if k == "block"} == {"booked"}
    later = {st for s, _, k, st in rows if k != "block" and s.astimezone(SP).date() > TODAY}
    assert later <= TO_COME


def test_at_1500_what_ended_is_done_and_one_session_is_under_way(afternoon: Connection) -> None:
    now = at(15, 0)
    today = [(s, e, k, st) for s, e, k, st in bookings(afternoon) if on_today(s) and k != "block"]
    for starts, ends, _, status in today:
        if ends <= now:
            assert status in DONE, (starts, status)
        elif starts <= now:
            assert status in ("in_progress", "cancelled"), (starts, status)
        else:
            assert status in TO_COME | {"checked_in"}, (starts, status)
    assert "in_progress" in {st for *_, st in today}
    closed = [c for (c,) in afternoon.execute(select(sale.c.closed_at).where(sale.c.business_date == TODAY))]
    assert closed, "what was done this morning is paid"
    assert all(c <= now for c in closed)


def test_every_status_is_reached_through_the_table() -> None:
    for status in ("confirmed", "checked_in", "in_progress", "completed", "no_show"):
        steps = ("booked", *route("booked", status))
        assert steps[-1] == status
        assert all(allowed("appointment", a, b) for a, b in itertools.pairwise(steps))


def test_given_this_moment_the_demo_is_this_moments(tmp_path: Path) -> None:
    """The app gives its clock (kronos_desktop/app.py): nothing finished is in the future."""
    now = utcnow()
    engine = build(tmp_path / "now.sqlite", now)
    with engine.connect() as conn:
        for _starts, ends, kind, status in bookings(conn):
            if status in ("completed", "no_show"):
                assert ends <= now
            if kind != "block" and ends <= now:
                assert status in DONE
        for (closed,) in conn.execute(select(sale.c.closed_at)):
            assert closed <= now
    engine.dispose()


def test_without_a_clock_the_demo_is_at_1500_today(tmp_path: Path) -> None:
    """Tests and benchmarks build it without a clock: the same statuses whatever the hour."""
    engine = build(tmp_path / "default.sqlite", None)
    today = utcnow().astimezone(SP).date()
    at_1500 = dt.datetime.combine(today, dt.time(15), tzinfo=SP)
    with engine.connect() as conn:
        started = [(s, st) for s, _, k, st in bookings(conn) if k != "block" and s.astimezone(SP).date() == today]
        assert any(st == "in_progress" for _, st in started)
        assert all(st in TO_COME | {"checked_in"} for s, st in started if s > at_1500)
    engine.dispose()
