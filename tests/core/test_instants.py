"""The core's instant column: aware UTC in, aware UTC out, on SQLite and on PostgreSQL.

SQLite's ``DateTime(timezone=True)`` silently drops the offset (DESIGN.md pitfalls), so on
SQLite an instant is integer UTC microseconds; PostgreSQL keeps ``timestamptz``.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import URL, Column, Engine, Integer, MetaData, Table, func, select
from sqlalchemy.exc import StatementError

from kronos_core.instants import Instant, NaiveDatetimeError, from_micros, require_aware, to_micros
from tests.core.conftest import pg_engine
from tests.core.dbs import sqlite_engine

UTC = dt.UTC
MINUS_3 = dt.timezone(dt.timedelta(hours=-3))
ZONES = ["America/Sao_Paulo", "America/Manaus", "Europe/Lisbon", "Asia/Kolkata", "Pacific/Chatham", "UTC"]

meta = MetaData()
event = Table(
    "event",
    meta,
    Column("id", Integer, primary_key=True),
    Column("at", Instant, nullable=False),
    Column("maybe", Instant, nullable=True),
)


@pytest.fixture
def sqlite_events(tmp_path: Path) -> Iterator[Engine]:
    engine = sqlite_engine(tmp_path / "instants.sqlite3")
    meta.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def pg_events_engine(pg_module_database: URL) -> Iterator[Engine]:
    engine = pg_engine(pg_module_database)  # the session's time zone is São Paulo, not UTC
    meta.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_events(pg_events_engine: Engine) -> Engine:
    with pg_events_engine.begin() as conn:
        conn.execute(event.delete())
    return pg_events_engine


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def events(request: pytest.FixtureRequest) -> Engine:
    engine: Engine = request.getfixturevalue("sqlite_events" if request.param == "sqlite" else "pg_events")
    return engine


def _insert(engine: Engine, row_id: int, at: dt.datetime, maybe: dt.datetime | None = None) -> None:
    with engine.begin() as conn:
        conn.execute(event.insert().values(id=row_id, at=at, maybe=maybe))


def _read(engine: Engine, row_id: int) -> dt.datetime:
    with engine.connect() as conn:
        value: dt.datetime = conn.execute(select(event.c.at).where(event.c.id == row_id)).scalar_one()
    return value


def _assert_aware_utc(value: dt.datetime) -> None:
    assert isinstance(value, dt.datetime)
    assert value.tzinfo is not None
    assert value.utcoffset() == dt.timedelta(0)


def test_naive_datetime_is_refused_on_insert(events: Engine) -> None:
    with pytest.raises(StatementError) as caught:
        _insert(events, 1, dt.datetime(2026, 3, 10, 10, 0))  # noqa: DTZ001  (the point of the test)
    assert isinstance(caught.value.orig, NaiveDatetimeError)
    assert "time zone" in str(caught.value.orig)
    with events.connect() as conn:
        assert conn.execute(select(func.count()).select_from(event)).scalar_one() == 0


def test_naive_datetime_is_refused_in_a_query(events: Engine) -> None:
    with events.connect() as conn, pytest.raises(StatementError) as caught:
        conn.execute(select(event).where(event.c.at < dt.datetime(2026, 1, 1)))  # noqa: DTZ001
    assert isinstance(caught.value.orig, NaiveDatetimeError)


def test_an_offset_is_kept_and_read_back_as_utc(events: Engine) -> None:
    _insert(events, 1, dt.datetime(2026, 3, 10, 10, 0, tzinfo=MINUS_3))
    back = _read(events, 1)
    _assert_aware_utc(back)
    assert back == dt.datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
    assert (back.hour, back.minute) == (13, 0)


def test_null_stays_null(events: Engine) -> None:
    _insert(events, 1, dt.datetime(2026, 3, 10, 10, 0, tzinfo=UTC), None)
    with events.connect() as conn:
        assert conn.execute(select(event.c.maybe)).scalar_one() is None


def test_microseconds_survive(events: Engine) -> None:
    value = dt.datetime(2026, 3, 10, 10, 0, 0, 123_456, tzinfo=zoneinfo.ZoneInfo("America/Sao_Paulo"))
    _insert(events, 1, value)
    assert _read(events, 1) == value.astimezone(UTC)


def test_comparisons_in_where_follow_the_instant_not_the_wall_clock(events: Engine) -> None:
    # 10:00 in São Paulo is after 12:00 in Lisbon on the same day (13:00 UTC vs 12:00 UTC).
    _insert(events, 1, dt.datetime(2026, 3, 10, 10, 0, tzinfo=MINUS_3))  # 13:00 UTC
    _insert(events, 2, dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC))  # 12:00 UTC
    _insert(events, 3, dt.datetime(2026, 3, 10, 23, 30, tzinfo=MINUS_3))  # 02:30 UTC next day
    cut = dt.datetime(2026, 3, 10, 9, 30, tzinfo=MINUS_3)  # 12:30 UTC
    with events.connect() as conn:
        after = conn.execute(select(event.c.id).where(event.c.at > cut).order_by(event.c.at)).scalars().all()
        before = conn.execute(select(event.c.id).where(event.c.at <= cut)).scalars().all()
        between = (
            conn.execute(
                select(event.c.id).where(
                    event.c.at.between(
                        dt.datetime(2026, 3, 10, 13, 0, tzinfo=UTC), dt.datetime(2026, 3, 11, 0, 0, tzinfo=MINUS_3)
                    )
                )
            )
            .scalars()
            .all()
        )
        ordered = conn.execute(select(event.c.id).order_by(event.c.at.desc())).scalars().all()
        latest = conn.execute(select(func.max(event.c.at))).scalar_one()
    assert after == [1, 3]
    assert before == [2]
    assert sorted(between) == [1, 3]
    assert ordered == [3, 1, 2]
    assert latest is not None


def test_sqlite_stores_integer_utc_microseconds(sqlite_events: Engine) -> None:
    _insert(sqlite_events, 1, dt.datetime(2026, 3, 10, 10, 0, 0, 7, tzinfo=MINUS_3))
    with sqlite_events.connect() as conn:
        raw, kind = conn.exec_driver_sql("SELECT at, typeof(at) FROM event WHERE id = 1").one()
    assert kind == "integer"
    expected = dt.datetime(2026, 3, 10, 13, 0, 0, 7, tzinfo=UTC) - dt.datetime(1970, 1, 1, tzinfo=UTC)
    assert raw == expected // dt.timedelta(microseconds=1)


@pytest.mark.postgres
def test_postgres_stores_timestamptz(pg_events: Engine) -> None:
    _insert(pg_events, 1, dt.datetime(2026, 3, 10, 10, 0, tzinfo=MINUS_3))
    with pg_events.connect() as conn:
        data_type = conn.exec_driver_sql(
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'event' AND column_name = 'at'"
        ).scalar_one()
        as_utc_text = conn.exec_driver_sql("SELECT to_char(at AT TIME ZONE 'UTC', 'HH24:MI') FROM event").scalar_one()
    assert data_type == "timestamp with time zone"
    assert as_utc_text == "13:00"


aware_datetimes = st.datetimes(
    min_value=dt.datetime(1900, 1, 2),  # noqa: DTZ001  (hypothesis bounds are naive; zones are drawn below)
    max_value=dt.datetime(2200, 1, 1),  # noqa: DTZ001
    timezones=st.sampled_from([zoneinfo.ZoneInfo(z) for z in ZONES]) | st.timezones(),
)


def test_sqlite_round_trip_of_aware_datetimes_in_many_zones(tmp_path: Path) -> None:
    engine = sqlite_engine(tmp_path / "round-trip.sqlite3")
    meta.create_all(engine)
    counter = iter(range(1, 1_000_000))

    @given(value=aware_datetimes)
    def round_trip(value: dt.datetime) -> None:
        row_id = next(counter)
        _insert(engine, row_id, value)
        back = _read(engine, row_id)
        _assert_aware_utc(back)
        # Compare in UTC: an inter-zone == is always False for times in a fold or gap (PEP 495).
        assert back == value.astimezone(UTC)
        assert back.timestamp() == value.timestamp()

    try:
        round_trip()
    finally:
        engine.dispose()


@given(value=aware_datetimes)
def test_micros_conversion_is_lossless(value: dt.datetime) -> None:
    assert from_micros(to_micros(value)) == value.astimezone(UTC)


def test_require_aware() -> None:
    with pytest.raises(NaiveDatetimeError):
        require_aware(dt.datetime(2026, 1, 1))  # noqa: DTZ001
    converted = require_aware(dt.datetime(2026, 1, 1, 21, 0, tzinfo=MINUS_3))
    assert converted == dt.datetime(2026, 1, 2, 0, 0, tzinfo=UTC)
    assert converted.tzinfo is UTC
    assert issubclass(NaiveDatetimeError, ValueError)


def test_instant_refuses_what_is_not_a_datetime(sqlite_events: Engine) -> None:
    with pytest.raises(StatementError) as caught:
        _insert(sqlite_events, 1, "2026-03-10T10:00:00+00:00")  # type: ignore[arg-type]
    assert isinstance(caught.value.orig, TypeError)
