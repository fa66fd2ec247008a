"""A payment is never refused: pushed against a sale the server does not have, it is stored and
answered ``applied`` with the id of a ``needs_review`` conflict (not ``conflict`` with a
``rejected`` row), in the fast batch and when the batch runs again with savepoints; its stored
result is the same on a replay. And the central migration 0003: on a populated database every
row is kept, then PostgreSQL refuses an appointment of 16 h 01 min (time off too) and accepts
16 h 00 min and a ``needs_review`` conflict.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import URL, create_engine, pool, select, text
from sqlalchemy.exc import IntegrityError

from kronos_core.demo import DemoSize
from kronos_core.ids import uuid7
from kronos_core.schema import appointment, staff, sync_conflict
from kronos_server.db import Database
from kronos_server.migrate import upgrade
from tests import pg
from tests.old_demo import copy_old_demo
from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import T0, Desk, MakeDesk, book, client_create
from tests.server.sync.test_push_pull import pull_all, push, rows

MakeStudio = Callable[..., MadeStudio]


def payment(sale_id: uuid.UUID | None, amount: int = 15_000, **extra: Any) -> dict[str, Any]:
    return {
        "payment_id": str(uuid7()),
        "sale_id": None if sale_id is None else str(sale_id),
        "method": "pix",
        "amount": amount,
        "business_date": "2026-05-04",
        "received_at": T0.isoformat(),
        **extra,
    }


def test_a_payment_against_a_missing_sale_is_applied_with_a_needs_review_conflict(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    missing = uuid7()
    paid = payment(missing)
    m = desk.mutation("payment.record", paid)
    (result,) = push(client, desk, [m])["results"]
    assert result["status"] == "applied"  # stored: the desk must never think it was refused
    assert result["conflict_id"] is not None

    pages = pull_all(client, desk)
    stored = rows(pages, "payment")[paid["payment_id"]]
    assert (stored["amount"], stored["sale_id"]) == (15_000, None)
    conflict = rows(pages, "sync_conflict")[result["conflict_id"]]
    assert conflict["kind"] == "needs_review"
    assert conflict["status"] == "open"
    assert conflict["row_ids"] == [paid["payment_id"]]
    assert conflict["theirs"] == {
        "code": "payment_sale_missing",
        "params": {"amount": "15000", "method": "pix", "sale_id": str(missing)},
    }
    # Replayed (the answer was lost), the stored result is the same.
    (again,) = push(client, desk, [m])["results"]
    assert (again["status"], again["conflict_id"], again["version"]) == ("applied", result["conflict_id"],
                                                                       result["version"])  # fmt: skip


def test_in_a_batch_run_again_with_savepoints_it_is_still_applied_and_a_clash_is_still_a_conflict(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    cid = uuid7()
    push(client, desk, [desk.mutation("client.create", client_create(client_id=cid))])
    push(client, desk, [desk.mutation("appointment.book", book(studio.owner_staff_id, cid))])
    batch = [
        desk.mutation("appointment.book", book(studio.owner_staff_id, cid)),  # a clash
        desk.mutation("client.update", {"client_id": str(uuid7()), "changes": {"notes": "x"}, "seen": {}}),  # refused
        desk.mutation("payment.record", payment(uuid7(), 9_900)),
        desk.mutation("payment.record", payment(None, 5_000)),
    ]
    results = push(client, desk, batch)["results"]
    assert [r["status"] for r in results] == ["conflict", "rejected", "applied", "applied"]
    assert results[2]["conflict_id"] is not None
    assert results[3]["conflict_id"] is None
    conflicts = rows(pull_all(client, desk), "sync_conflict")
    assert [conflicts[r["conflict_id"]]["kind"] for r in results[:3]] == ["double_booking", "rejected", "needs_review"]


def test_a_payment_whose_taker_is_unknown_is_applied_with_its_review(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    (result,) = push(client, desk, [desk.mutation("payment.record", payment(None, taken_by=str(uuid7())))])["results"]
    assert result["status"] == "applied"
    conflict = rows(pull_all(client, desk), "sync_conflict")[result["conflict_id"]]
    assert (conflict["kind"], conflict["theirs"]["code"]) == ("needs_review", "payment_taker_unknown")


# -- the central migration 0003 ----------------------------------------------------------------
def _counts(conn: Any) -> dict[str, int]:
    tables = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).scalars()
    return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in list(tables)}


@pytest.fixture
def populated_at_0002(pg_admin_url: URL, tmp_path: Path) -> Iterator[str]:
    """A central database at revision 0002 holding the demo studio (as its owner role, with the
    studio set for row-level security)."""
    with pg.temporary_database(pg_admin_url, prefix="kronos_central_0003") as admin:
        url = admin.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        upgrade(url, "0002")
        engine = create_engine(url, poolclass=pool.NullPool)
        with engine.begin() as conn:
            demo_id = uuid7()
            conn.execute(text("SELECT set_config('kronos.studio_id', :sid, true)"), {"sid": str(demo_id)})
            copy_old_demo(conn, DemoSize(clients=200), tmp_path, demo_id)
            conn.execute(
                sync_conflict.insert().values(
                    id=uuid7(), studio_id=demo_id, kind="rejected", row_ids=[], created_at=T0, changed_at=T0
                )
            )
        engine.dispose()
        yield url


def test_the_central_upgrade_keeps_every_row_and_then_holds_both_rules(populated_at_0002: str) -> None:
    engine = create_engine(populated_at_0002, poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text("SET row_security = off"))  # the owner counts every studio's rows
            before = _counts(conn)
        assert before["appointment"] > 1000
        assert before["sync_conflict"] == 1

        upgrade(populated_at_0002, "0003")  # this test is about 0003; later ones add tables

        with engine.connect() as conn:
            conn.execute(text("SET row_security = off"))
            assert _counts(conn) == before
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0003"
        with engine.begin() as conn:
            (studio_id, artist_id) = conn.execute(
                text("SELECT studio_id, id FROM staff WHERE role = 'artist' LIMIT 1")
            ).one()
            conn.execute(text("SELECT set_config('kronos.studio_id', :sid, true)"), {"sid": str(studio_id)})

            def booking(minutes: int, kind: str = "block") -> dict[str, Any]:
                return {"id": uuid7(), "studio_id": studio_id, "created_at": T0, "changed_at": T0,
                        "artist_id": artist_id, "kind": kind, "status": "booked", "starts_at": T0,
                        "ends_at": T0 + dt.timedelta(minutes=minutes)}  # fmt: skip

            conn.execute(appointment.insert().values(booking(16 * 60)))
            for minutes in (16 * 60 + 1, 3 * 24 * 60):
                savepoint = conn.begin_nested()
                with pytest.raises(IntegrityError, match="ck_appointment_max_length"):
                    conn.execute(appointment.insert().values(booking(minutes)))
                savepoint.rollback()
            conn.execute(
                sync_conflict.insert().values(
                    id=uuid7(), studio_id=studio_id, kind="needs_review", row_ids=[], created_at=T0, changed_at=T0
                )
            )
            assert conn.execute(select(staff.c.id).where(staff.c.id == artist_id)).scalar_one() == artist_id
    finally:
        engine.dispose()


def test_the_migrated_server_refuses_a_long_appointment_as_its_app_role(
    app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk, client: TestClient
) -> None:
    """The same rule on the database the server runs on (migrated to head), as its own role."""
    studio = make_studio()
    desk: Desk = make_desk(studio)
    cid = uuid7()
    push(client, desk, [desk.mutation("client.create", client_create(client_id=cid))])

    def raw(minutes: int) -> None:
        with app_db.tenant(studio.studio_id) as conn:
            conn.execute(
                appointment.insert().values(
                    id=uuid7(), studio_id=studio.studio_id, created_at=T0, changed_at=T0, client_id=cid,
                    artist_id=studio.owner_staff_id, kind="session", status="booked", starts_at=T0,
                    ends_at=T0 + dt.timedelta(minutes=minutes), in_conflict=True,
                )
            )  # fmt: skip

    raw(16 * 60)
    with pytest.raises(IntegrityError, match="ck_appointment_max_length"):
        raw(16 * 60 + 1)
