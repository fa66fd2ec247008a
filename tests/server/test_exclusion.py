"""The exclusion constraints, the backstop of the double-booking check (rows written directly)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from kronos_core.ids import uuid7
from kronos_core.mutations import Actor
from kronos_core.roles import Role
from kronos_server.db import Database
from kronos_server.studio_version import apply_mutation
from tests.server.conftest import MadeStudio

T0 = dt.datetime(2026, 4, 1, 13, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


def _insert(conn: Connection, studio: MadeStudio, **overrides: Any) -> uuid.UUID:
    row: dict[str, Any] = {
        "id": uuid7(),
        "studio_id": studio.studio_id,
        "artist_id": studio.owner_staff_id,
        "station_id": None,
        "starts_at": T0,
        "ends_at": T0 + 2 * HOUR,
        "kind": "block",
        "status": "booked",
        "in_conflict": False,
        "deleted": False,
        **overrides,
    }
    conn.execute(
        text(
            "INSERT INTO appointment (id, studio_id, version, deleted, created_at, changed_at, artist_id, station_id, "
            "starts_at, ends_at, kind, status, in_conflict) VALUES (:id, :studio_id, 1, :deleted, now(), now(), "
            ":artist_id, :station_id, :starts_at, :ends_at, :kind, :status, :in_conflict)"
        ),
        row,
    )
    return uuid.UUID(str(row["id"]))


def _refused(conn: Connection, studio: MadeStudio, **overrides: Any) -> psycopg.Error:
    """Insert at a savepoint, expecting the exclusion constraint to refuse it."""
    savepoint = conn.begin_nested()
    with pytest.raises(IntegrityError) as refused:
        _insert(conn, studio, **overrides)
    savepoint.rollback()
    assert isinstance(refused.value.orig, psycopg.errors.ExclusionViolation)
    assert refused.value.orig.sqlstate == "23P01"
    return refused.value.orig


@pytest.fixture
def studio(make_studio: Callable[..., MadeStudio]) -> MadeStudio:
    return make_studio()


def test_overlapping_active_bookings_of_an_artist_are_refused_at_the_savepoint(
    app_db: Database, studio: MadeStudio
) -> None:
    with app_db.tenant(studio.studio_id) as conn:
        first = _insert(conn, studio)
        error = _refused(conn, studio, starts_at=T0 + HOUR, ends_at=T0 + 3 * HOUR)
        assert error.diag.constraint_name == "ex_appointment_artist_overlap"
        _refused(conn, studio, starts_at=T0 - HOUR, ends_at=T0 + 3 * HOUR, status="confirmed")
        # the transaction goes on after the refusals
        after = _insert(conn, studio, starts_at=T0 + 2 * HOUR, ends_at=T0 + 3 * HOUR)  # adjacent: fine
        ids = set(conn.execute(text("SELECT id FROM appointment")).scalars())
    assert ids == {first, after}


def test_in_conflict_cancelled_and_deleted_bookings_may_overlap(app_db: Database, studio: MadeStudio) -> None:
    with app_db.tenant(studio.studio_id) as conn:
        _insert(conn, studio)
        _insert(conn, studio, in_conflict=True)
        _insert(conn, studio, status="cancelled")
        _insert(conn, studio, status="no_show")
        _insert(conn, studio, status="completed")
        _insert(conn, studio, deleted=True)
        assert conn.execute(text("SELECT count(*) FROM appointment")).scalar() == 6


def test_a_station_cannot_be_booked_twice(app_db: Database, studio: MadeStudio) -> None:
    owner = Actor(studio.studio_id, Role.OWNER, studio.owner_staff_id)
    station_id, artist_id = uuid7(), uuid7()
    with app_db.tenant(studio.studio_id) as conn:
        apply_mutation(conn, owner, "station.add", {"station_id": station_id, "name": "Maca 1"})
        apply_mutation(conn, owner, "staff.add", {"staff_id": artist_id, "display_name": "Léo", "role": "artist"})
        _insert(conn, studio, station_id=station_id)
        error = _refused(
            conn, studio, artist_id=artist_id, station_id=station_id, starts_at=T0 + HOUR, ends_at=T0 + 3 * HOUR
        )
        assert error.diag.constraint_name == "ex_appointment_station_overlap"
        # another artist without a station, or at another time, is fine
        _insert(conn, studio, artist_id=artist_id)
        _insert(
            conn, studio, artist_id=artist_id, station_id=station_id, starts_at=T0 + 4 * HOUR, ends_at=T0 + 5 * HOUR
        )


def test_bookings_of_different_artists_may_overlap(app_db: Database, studio: MadeStudio) -> None:
    owner = Actor(studio.studio_id, Role.OWNER, studio.owner_staff_id)
    other = uuid7()
    with app_db.tenant(studio.studio_id) as conn:
        apply_mutation(conn, owner, "staff.add", {"staff_id": other, "display_name": "Bia", "role": "artist"})
        _insert(conn, studio)
        _insert(conn, studio, artist_id=other)
