"""No appointment row lasts more than 16 hours, time-off blocks included: the database says so on
both sides (the shared schema as built here; the migrations are tested in
tests/store/test_migration_0004.py and tests/server/sync/test_needs_review.py). The clash check
reads a bounded range of ``starts_at`` and relies on it. And a ``needs_review`` conflict is a
kind both databases accept."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError

from kronos_core.demo import DemoSize, generate_demo
from kronos_core.mutations.appointments import MAX_LENGTH
from kronos_core.schema import appointment, sync_conflict
from tests.core.test_schema import NOW, Rows

SIXTEEN_HOURS = dt.timedelta(hours=16)


def test_the_clash_checks_bound_is_the_databases() -> None:
    assert MAX_LENGTH == SIXTEEN_HOURS


@pytest.mark.parametrize("kind", ["session", "block"])
def test_sixteen_hours_is_stored_and_a_minute_more_is_refused(core_engine: Engine, kind: str) -> None:
    with core_engine.begin() as conn:
        rows = Rows(conn)
        client_id = None if kind == "block" else rows.client_id
        rows.insert(appointment, rows.booking(kind=kind, client_id=client_id, ends_at=NOW + SIXTEEN_HOURS))
        savepoint = conn.begin_nested()
        with pytest.raises(IntegrityError, match="ck_appointment_max_length"):
            rows.insert(
                appointment,
                rows.booking(kind=kind, client_id=client_id, ends_at=NOW + SIXTEEN_HOURS + dt.timedelta(minutes=1)),
            )
        savepoint.rollback()
        # An update that stretches a stored row is refused too.
        savepoint = conn.begin_nested()
        with pytest.raises(IntegrityError, match="ck_appointment_max_length"):
            conn.execute(
                appointment.update()
                .where(appointment.c.studio_id == rows.studio_id)
                .values(ends_at=NOW + SIXTEEN_HOURS + dt.timedelta(microseconds=1))
            )
        savepoint.rollback()


def test_a_needs_review_conflict_is_a_kind_the_database_accepts(core_engine: Engine) -> None:
    with core_engine.begin() as conn:
        rows = Rows(conn)
        rows.insert(sync_conflict, {"kind": "needs_review", "row_ids": [], "mine": {"amount": 15000}})
        savepoint = conn.begin_nested()
        with pytest.raises(IntegrityError, match="ck_sync_conflict_kind"):
            rows.insert(sync_conflict, {"kind": "needs_a_look", "row_ids": []})
        savepoint.rollback()


def test_the_demo_studio_never_makes_a_longer_appointment(sqlite_core_engine: Engine) -> None:
    with sqlite_core_engine.begin() as conn:
        generate_demo(conn, size=DemoSize.standard())  # the CHECK would refuse a longer one
        longest = conn.exec_driver_sql("SELECT max(ends_at - starts_at) FROM appointment").scalar_one()
        blocks = conn.execute(select(func.count()).where(appointment.c.kind == "block")).scalar_one()
    assert blocks > 0
    assert dt.timedelta(microseconds=longest) <= SIXTEEN_HOURS
