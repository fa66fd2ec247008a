"""The studio clock: versions per studio, consecutive, in commit order; every row stamped."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import text

from kronos_core.ids import uuid7
from kronos_core.mutations import Actor, InvalidArguments, NotFound
from kronos_core.roles import Role
from kronos_server.db import Database
from kronos_server.studio_version import (
    MAX_SAVEPOINTS,
    BatchItem,
    ConstraintViolation,
    VersionNotFound,
    apply_batch,
    apply_mutation,
    read_version,
)
from tests.server.conftest import MadeStudio

NOW = dt.datetime(2026, 3, 2, 13, 0, tzinfo=dt.UTC)

MakeStudio = Callable[..., MadeStudio]


def _owner(studio: MadeStudio) -> Actor:
    return Actor(studio.studio_id, Role.OWNER, studio.owner_staff_id)


def _station(name: str = "Maca") -> dict[str, object]:
    return {"station_id": uuid7(), "name": name}


def _clock(db: Database, studio_id: uuid.UUID) -> int:
    with db.tenant(studio_id) as conn:
        return read_version(conn, studio_id)[1]


def test_create_studio_is_version_one_under_a_fresh_clock(app_db: Database, make_studio: MakeStudio) -> None:
    studio = make_studio("Tinta Forte")
    assert studio.version == 1
    with app_db.tenant(studio.studio_id) as conn:
        epoch, version = read_version(conn, studio.studio_id)
        assert version == 1
        assert isinstance(epoch, uuid.UUID)
        row = conn.execute(text("SELECT name, version, studio_id FROM studio")).one()
        assert (row.name, row.version, row.studio_id) == ("Tinta Forte", 1, studio.studio_id)
        owner = conn.execute(
            text("SELECT role, version, user_id FROM staff WHERE id = :id"), {"id": studio.owner_staff_id}
        ).one()
        assert (owner.role, owner.version, owner.user_id) == ("owner", 1, studio.user_id)


def test_versions_are_consecutive_and_stamp_the_rows(app_db: Database, make_studio: MakeStudio) -> None:
    studio = make_studio()
    results = []
    for i in range(3):
        with app_db.tenant(studio.studio_id) as conn:
            results.append(apply_mutation(conn, _owner(studio), "station.add", _station(f"Maca {i}"), now=NOW))
    assert [r.version for r in results] == [2, 3, 4]
    assert _clock(app_db, studio.studio_id) == 4
    with app_db.tenant(studio.studio_id) as conn:
        for result in results:
            (station_id,) = result.changed["station"]
            row = conn.execute(
                text("SELECT version, changed_at, changed_by FROM station WHERE id = :id"), {"id": station_id}
            ).one()
            assert row.version == result.version
            assert row.changed_at == NOW
            assert row.changed_by == studio.owner_staff_id


def test_clocks_are_per_studio(app_db: Database, make_studio: MakeStudio) -> None:
    a, b = make_studio(), make_studio()
    with app_db.tenant(a.studio_id) as conn:
        assert apply_mutation(conn, _owner(a), "station.add", _station()).version == 2
    with app_db.tenant(b.studio_id) as conn:
        assert apply_mutation(conn, _owner(b), "station.add", _station()).version == 2


def test_a_refused_mutation_takes_no_version_and_the_transaction_goes_on(
    app_db: Database, make_studio: MakeStudio
) -> None:
    studio = make_studio()
    with app_db.tenant(studio.studio_id) as conn:
        with pytest.raises(NotFound):
            apply_mutation(conn, _owner(studio), "staff.update", {"staff_id": uuid7(), "display_name": "X"})
        with pytest.raises(InvalidArguments):
            apply_mutation(conn, _owner(studio), "station.add", {"name": "no id"})
        assert apply_mutation(conn, _owner(studio), "station.add", _station()).version == 2
    assert _clock(app_db, studio.studio_id) == 2


def test_the_role_is_checked(app_db: Database, make_studio: MakeStudio) -> None:
    studio = make_studio()
    receptionist = Actor(studio.studio_id, Role.RECEPTIONIST)
    with app_db.tenant(studio.studio_id) as conn, pytest.raises(Exception, match="may not run"):
        apply_mutation(conn, receptionist, "station.add", _station())


def test_an_id_taken_in_another_studio_is_refused_at_its_savepoint(app_db: Database, make_studio: MakeStudio) -> None:
    """An id already taken in another studio: invisible under RLS, yet the insert (ON CONFLICT
    (id) DO NOTHING) writes nothing and says so; the transaction goes on."""
    a, b = make_studio(), make_studio()
    taken = uuid7()
    with app_db.tenant(a.studio_id) as conn:
        apply_mutation(conn, _owner(a), "station.add", {"station_id": taken, "name": "A's"})
    with app_db.tenant(b.studio_id) as conn:
        with pytest.raises(InvalidArguments) as refused:
            apply_mutation(conn, _owner(b), "station.add", {"station_id": taken, "name": "B's"})
        assert refused.value.code == "duplicate_id"
        assert apply_mutation(conn, _owner(b), "station.add", _station()).version == 2
    assert _clock(app_db, b.studio_id) == 2
    with app_db.tenant(a.studio_id) as conn:
        assert conn.execute(text("SELECT name FROM station WHERE id = :id"), {"id": taken}).scalar_one() == "A's"


def test_a_value_the_database_cannot_store_is_refused_at_its_savepoint(
    app_db: Database, make_studio: MakeStudio
) -> None:
    studio = make_studio()
    with app_db.tenant(studio.studio_id) as conn:
        with pytest.raises(ConstraintViolation):
            apply_mutation(conn, _owner(studio), "station.add", {"station_id": uuid7(), "name": "Maca\x00"})
        assert apply_mutation(conn, _owner(studio), "station.add", _station()).version == 2


def test_batch_numbers_applied_items_and_writes_the_clock_once(app_db: Database, make_studio: MakeStudio) -> None:
    studio = make_studio()
    items = [
        BatchItem("station.add", _station("1")),
        BatchItem("station.update", {"station_id": uuid7(), "name": "ghost"}),  # not found
        BatchItem("no.such.mutation", {}),
        BatchItem("station.add", _station("2")),
    ]
    with app_db.tenant(studio.studio_id) as conn:
        outcomes = apply_batch(conn, _owner(studio), items, now=NOW)
        # locked, not yet committed: a concurrent reader still sees the old clock
        assert _clock(app_db, studio.studio_id) == 1
    assert [o.result.version if o.result else None for o in outcomes] == [2, None, None, 3]
    assert [o.error.code if o.error else None for o in outcomes] == [None, "not_found", "unknown_mutation", None]
    assert [o.item.mutation_uuid for o in outcomes] == [i.mutation_uuid for i in items]
    assert _clock(app_db, studio.studio_id) == 3


def test_batch_refuses_more_savepoints_than_postgres_caches(app_db: Database, make_studio: MakeStudio) -> None:
    studio = make_studio()
    items = [BatchItem("station.add", _station()) for _ in range(MAX_SAVEPOINTS + 1)]
    with app_db.tenant(studio.studio_id) as conn, pytest.raises(ValueError, match="at most"):
        apply_batch(conn, _owner(studio), items)


def test_the_clock_refuses_a_transaction_scoped_to_another_studio(app_db: Database, make_studio: MakeStudio) -> None:
    a, b = make_studio(), make_studio()
    with app_db.tenant(a.studio_id) as conn, pytest.raises(VersionNotFound):
        apply_mutation(conn, _owner(b), "station.add", _station())
    with app_db.unscoped() as conn, pytest.raises(VersionNotFound):
        apply_mutation(conn, _owner(a), "station.add", _station())


def test_concurrent_writers_of_one_studio_serialize_in_commit_order(app_db: Database, make_studio: MakeStudio) -> None:
    studio = make_studio()
    first_locked = threading.Event()
    events: list[tuple[str, int]] = []
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with app_db.tenant(studio.studio_id) as conn:
                result = apply_mutation(conn, _owner(studio), "station.add", _station("first"))
                first_locked.set()
                time.sleep(0.3)  # hold the clock: the second writer must wait
                events.append(("first-commit", result.version))
        except BaseException as exc:
            errors.append(exc)
            first_locked.set()

    def second() -> None:
        try:
            first_locked.wait(5)
            with app_db.tenant(studio.studio_id) as conn:
                result = apply_mutation(conn, _owner(studio), "station.add", _station("second"))
            events.append(("second-commit", result.version))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert not errors, errors
    assert events == [("first-commit", 2), ("second-commit", 3)]


def test_many_concurrent_writers_get_unique_consecutive_versions(app_db: Database, make_studio: MakeStudio) -> None:
    studio = make_studio()
    versions: list[int] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for _ in range(5):
                with app_db.tenant(studio.studio_id) as conn:
                    v = apply_mutation(conn, _owner(studio), "station.add", _station()).version
                with lock:
                    versions.append(v)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors, errors
    assert sorted(versions) == list(range(2, 22))
    with app_db.tenant(studio.studio_id) as conn:
        stamped = conn.execute(text("SELECT version FROM station ORDER BY version")).scalars().all()
    assert stamped == list(range(2, 22))
    assert _clock(app_db, studio.studio_id) == 21


def test_writers_of_different_studios_do_not_wait_for_each_other(app_db: Database, make_studio: MakeStudio) -> None:
    a, b = make_studio(), make_studio()
    with app_db.tenant(a.studio_id) as conn_a:
        apply_mutation(conn_a, _owner(a), "station.add", _station())  # holds A's clock
        started = time.monotonic()
        with app_db.tenant(b.studio_id) as conn_b:
            conn_b.execute(text("SET LOCAL lock_timeout = '2s'"))
            assert apply_mutation(conn_b, _owner(b), "station.add", _station()).version == 2
        assert time.monotonic() - started < 2


def test_a_double_booking_is_stored_in_conflict_not_refused(app_db: Database, make_studio: MakeStudio) -> None:
    """The mutation flags the clash itself; the exclusion constraint (the backstop) stays quiet."""
    studio = make_studio()
    owner = _owner(studio)
    client_id = uuid7()
    first, second = uuid7(), uuid7()
    slot = {"starts_at": "2026-03-10T13:00:00+00:00", "ends_at": "2026-03-10T16:00:00+00:00"}
    with app_db.tenant(studio.studio_id) as conn:
        apply_mutation(conn, owner, "client.create", {"client_id": client_id, "full_name": "Maria"})
        booked = {"client_id": client_id, "artist_id": studio.owner_staff_id, **slot}
        apply_mutation(conn, owner, "appointment.book", {"appointment_id": first, **booked})
        result = apply_mutation(conn, owner, "appointment.book", {"appointment_id": second, **booked})
        assert set(result.changed) == {"appointment", "sync_conflict"}
        flags = dict(conn.execute(text("SELECT id, in_conflict FROM appointment")).all())
        assert flags == {first: False, second: True}
        conflict = conn.execute(text("SELECT kind, version FROM sync_conflict")).one()
        assert (conflict.kind, conflict.version) == ("double_booking", result.version)
