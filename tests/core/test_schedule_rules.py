"""The Agenda's rules under random schedules, on SQLite and PostgreSQL (hypothesis).

Random days of ``appointment.book`` / ``reschedule`` / ``cancel`` / ``set_status`` and
``time_off.add`` / ``time_off.remove`` over two artists and two stations, each step's arguments
drawn from the studio as it is (existing bookings and series). After every step:

- among the active appointments (an active status, not deleted, not ``in_conflict``) no two of an
  artist overlap, no two of a station, and none overlaps an active time-off block of its artist
  (a block is its artist's appointment row, so that is the artist's rule);
- a booking placed (booked, moved, un-cancelled, a block of a series) over active ones is stored
  flagged ``in_conflict`` with a ``double_booking`` conflict naming it first, and one placed on
  free time is not flagged;
- every flagged appointment has its conflict.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, appointment, metadata, sync_conflict
from tests import pg
from tests.conftest import HYPOTHESIS_PROFILE
from tests.core.conftest import pg_engine
from tests.core.dbs import sqlite_engine
from tests.core.harness import Desk

EXAMPLES = {"ci": 50, "dev": 50, "long": 1000}.get(HYPOTHESIS_PROFILE, 50)
DAY = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)  # a Monday, 09:00 in São Paulo
FIRST_DAY = dt.date(2026, 3, 2)

Step = tuple[str, int, int, int | None, int, int]
STEPS = st.lists(
    st.tuples(
        st.sampled_from(["book", "book", "reschedule", "cancel", "status", "status", "time_off", "remove"]),
        st.integers(0, 9),  # which booking or series (an index into those made so far)
        st.integers(0, 1),  # artist
        st.one_of(st.none(), st.integers(0, 1)),  # station
        st.integers(0, 47),  # start: a half-hour slot over two days from DAY
        st.integers(1, 8),  # length in half hours
    ),
    min_size=1,
    max_size=14,
)
STATUSES = ["confirmed", "checked_in", "no_show", "booked", "in_progress", "completed"]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def schedule_engine(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """One database for the module's examples (each works in a studio of its own)."""
    if request.param == "sqlite":
        engine = sqlite_engine(tmp_path_factory.mktemp("schedule") / "desk.sqlite3")
        metadata.create_all(engine)
        yield engine
        engine.dispose()
        return
    admin_url = request.getfixturevalue("pg_admin_url")
    with pg.temporary_database(admin_url, prefix="kronos_test_schedule") as url:
        engine = pg_engine(url)
        metadata.create_all(engine)
        yield engine
        engine.dispose()


def _active(desk: Desk) -> list[dict[str, Any]]:
    return [
        r
        for r in desk.rows(appointment)
        if not r["deleted"] and not r["in_conflict"] and r["status"] in ACTIVE_APPOINTMENT_STATUSES
    ]


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    same = a["artist_id"] == b["artist_id"] or (a["station_id"] is not None and a["station_id"] == b["station_id"])
    return same and a["starts_at"] < b["ends_at"] and b["starts_at"] < a["ends_at"]


class Schedule:
    def __init__(self, engine: Engine) -> None:
        self.desk = Desk(engine).setup()
        self.artists = [self.desk.add_staff("artist", f"Artista {i}") for i in range(2)]
        self.stations = [self.desk.add_station(f"Maca {i}") for i in range(2)]
        self.client = self.desk.add_client("Ana Souza")
        self.bookings: list[uuid.UUID] = []
        self.series: list[uuid.UUID] = []
        self.statuses = itertools.cycle(STATUSES)

    def span(self, slot: int, length: int) -> tuple[str, str]:
        start = DAY + dt.timedelta(minutes=30 * slot)
        return start.isoformat(), (start + dt.timedelta(minutes=30 * length)).isoformat()

    def mutation(self, step: Step) -> tuple[str, dict[str, Any], list[uuid.UUID]] | None:
        """The step's mutation and the appointments it places (None: nothing to do yet)."""
        what, which, artist, station, slot, length = step
        starts_at, ends_at = self.span(slot, length)
        placed: dict[str, Any] = {"starts_at": starts_at, "ends_at": ends_at, "artist_id": str(self.artists[artist])}
        if station is not None:
            placed["station_id"] = str(self.stations[station])
        if what == "book":
            booking = uuid7()
            self.bookings.append(booking)
            args = {"appointment_id": str(booking), "client_id": str(self.client), **placed}
            return "appointment.book", args, [booking]
        if what == "time_off":
            series = uuid7()
            self.series.append(series)
            first = FIRST_DAY + dt.timedelta(days=slot % 2)  # the bookings' two days
            minute = 9 * 60 + 30 * (slot % 16)
            args = {
                "series_id": str(series), "artist_id": str(self.artists[artist]), "reason": "Folga",
                "first_day": first.isoformat(), "last_day": (first + dt.timedelta(days=which % 2)).isoformat(),
                "weekdays": list(range(7)), "start_minute": minute, "end_minute": minute + 30 * length,
            }  # fmt: skip
            return "time_off.add", args, []  # its blocks: found by series below
        pool = self.series if what == "remove" else self.bookings
        if not pool:
            return None
        target = pool[which % len(pool)]
        if what == "remove":
            return "time_off.remove", {"series_id": str(target)}, []
        if what == "reschedule":
            args = {"appointment_id": str(target), **placed}
            if station is None:
                args["clear_station"] = True
            return "appointment.reschedule", args, [target]
        if what == "cancel":
            return "appointment.cancel", {"appointment_id": str(target), "cancelled_at": DAY.isoformat()}, []
        return "appointment.set_status", {"appointment_id": str(target), "status": next(self.statuses)}, [target]

    def run(self, step: Step) -> None:
        made = self.mutation(step)
        if made is None:
            return
        name, args, targets = made
        was = {r["id"]: r for r in self.desk.rows(appointment)}
        before = {r["id"]: r for r in _active(self.desk)}
        try:
            self.desk.run(name, args)
        except MutationError as refused:
            event(f"refused: {refused.code}")
            return  # refused (a status move the table does not allow, a cancelled booking moved...)
        if name == "time_off.add":
            targets = [r["id"] for r in self.desk.rows(appointment, series_id=uuid.UUID(args["series_id"]))]
        for target in targets:
            row = self.desk.one(appointment, target)
            if row["status"] not in ACTIVE_APPOINTMENT_STATUSES or row["deleted"]:
                continue
            if name == "appointment.set_status" and was[target]["status"] in ACTIVE_APPOINTMENT_STATUSES:
                continue  # a move between active statuses places nothing (only one back into the calendar does)
            others = [r for r in before.values() if r["id"] != target]
            clashing = [r for r in others if _overlaps(row, r)]
            assert row["in_conflict"] is bool(clashing), (name, args, clashing)
            event(f"{name}: {'flagged' if clashing else 'free'}")
        self.check()

    def check(self) -> None:
        active = _active(self.desk)
        for a, b in itertools.combinations(active, 2):
            assert not _overlaps(a, b), f"two active appointments overlap: {a['id']} {b['id']}"
        flagged = {r["id"] for r in self.desk.rows(appointment) if r["in_conflict"]}
        named = {uuid.UUID(c["row_ids"][0]) for c in self.desk.rows(sync_conflict, kind="double_booking")}
        assert flagged <= named, "a flagged appointment without its double_booking conflict"


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS)
def test_no_two_active_appointments_overlap_under_random_schedules(schedule_engine: Engine, steps: list[Step]) -> None:
    schedule = Schedule(schedule_engine)
    for step in steps:
        schedule.run(step)
