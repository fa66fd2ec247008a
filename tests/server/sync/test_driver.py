"""The push's statements on the driver (kronos_server/sync/driver.py) store and read exactly what
Core would: the rows a batch keeps in its RowCache are the rows as stored, the reads give Core's
rows (instants aware UTC, JSON decoded), and the database's refusals come out as SQLAlchemy's
exceptions, so the push's savepoints and refusals work as before."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from kronos_core.ids import uuid7
from kronos_core.mutations import Actor, ApplyContext, run
from kronos_core.mutations.appointments import _clash_query
from kronos_core.mutations.base import InvalidArguments, RowCache, _get_statement, table_named
from kronos_core.roles import Role
from kronos_core.schema import appointment, client, metadata, sync_conflict
from kronos_core.schema import client as client_table
from kronos_server.db import Database
from kronos_server.sync.driver import ServerApplyContext
from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import MakeDesk, book, client_create

pytestmark = pytest.mark.postgres

T0 = dt.datetime(2026, 7, 1, 13, 0, tzinfo=dt.UTC)


class Batch:
    """Mutations of one studio run in one tenant transaction, as a push runs them."""

    def __init__(self, conn: Connection, studio: MadeStudio) -> None:
        self.conn = conn
        self.actor = Actor(studio.studio_id, Role.OWNER, studio.owner_staff_id, uuid7())
        self.rows = RowCache()
        self.version = 100

    def run(self, name: str, args: dict[str, Any], ctx_class: type[ApplyContext] = ServerApplyContext) -> ApplyContext:
        self.version += 1
        ctx = ctx_class(self.conn, self.actor, uuid7(), name, T0, version=self.version, rows=self.rows)
        run(ctx, args)
        return ctx

    def stored(self, table_name: str, row_id: uuid.UUID) -> dict[str, Any]:
        table = table_named(table_name)
        row = self.conn.execute(select(table).where(table.c.id == row_id)).mappings().one()
        return dict(row)


@pytest.fixture
def batch(app_db: Database, make_studio: Callable[..., MadeStudio]) -> Iterator[Batch]:
    studio = make_studio()
    with app_db.tenant(studio.studio_id) as conn:
        # a session zone that is not UTC, so an instant read without the column's decoding shows
        conn.exec_driver_sql("SET LOCAL TimeZone = 'America/Sao_Paulo'")
        yield Batch(conn, studio)


def _book(artist: uuid.UUID, start: dt.datetime, **extra: Any) -> dict[str, Any]:
    return {
        "appointment_id": str(uuid7()),
        "artist_id": str(artist),
        "starts_at": start.isoformat(),
        "ends_at": (start + dt.timedelta(hours=2)).isoformat(),
        **extra,
    }


def test_the_rows_a_batch_keeps_are_the_rows_as_stored(batch: Batch) -> None:
    artist = batch.actor.staff_id
    assert artist is not None
    station_id, other_client, client_id = uuid7(), uuid7(), uuid7()
    contexts = [
        batch.run("station.add", {"station_id": str(station_id), "name": "Maca 1"}),
        batch.run("staff.add", {"staff_id": str(uuid7()), "display_name": "Rafa", "role": "artist"}),
        batch.run("client.create", {"client_id": str(client_id), "full_name": "Ana Souza"}),
        batch.run(
            "client.create",
            {
                "client_id": str(other_client),
                "full_name": "Bia",
                "tags": ["vip", "fine line"],
                "phone": "+5511987654321",
            },
        ),
        batch.run("appointment.book", _book(artist, T0, client_id=str(client_id), station_id=str(station_id))),
        # a clash: the booking is stored flagged, with a double_booking conflict (JSON mine/theirs)
        batch.run("appointment.book", _book(artist, T0 + dt.timedelta(hours=1), client_id=str(other_client))),
        # a payment against a missing sale: stored, with a needs_review conflict
        batch.run(
            "payment.record",
            {
                "payment_id": str(uuid7()),
                "sale_id": str(uuid7()),
                "method": "pix",
                "amount": 15000,
                "business_date": "2026-07-01",
                "received_at": T0.isoformat(),
            },
        ),
    ]
    compared = 0
    for ctx in contexts:
        for table_name, ids in ctx.changed.items():
            for row_id in ids:
                kept = batch.rows.get(table_named(table_name), row_id)
                if kept is None:  # updated since: the cache forgot it
                    continue
                assert kept == batch.stored(table_name, row_id), f"{table_name} {row_id}"
                compared += 1
    assert compared >= 9  # station, staff, two clients, two bookings, a conflict, a payment, its conflict
    (flagged,) = contexts[5].changed["appointment"]
    assert batch.stored("appointment", flagged)["in_conflict"] is True


def test_reads_on_the_driver_give_cores_rows(batch: Batch) -> None:
    artist = batch.actor.staff_id
    assert artist is not None
    client_id = uuid7()
    batch.run("client.create", {"client_id": str(client_id), "full_name": "Ana", "tags": ["a", "b"]}, ApplyContext)
    first = batch.run("appointment.book", _book(artist, T0, client_id=str(client_id)), ApplyContext)
    (booked,) = first.changed["appointment"]
    server = ServerApplyContext(batch.conn, batch.actor, uuid7(), "x", T0)
    core = ApplyContext(batch.conn, batch.actor, uuid7(), "x", T0)

    for table in metadata.sorted_tables:
        if "studio_id" not in table.c:
            continue
        for include_deleted in (False, True):
            query = _get_statement(table, include_deleted)
            for row_id in (client_id, booked, batch.actor.studio_id, uuid7()):
                params = {"row_id": row_id, "studio_id": batch.actor.studio_id}
                assert server.select_rows(query, params) == core.select_rows(query, params)

    clash = {
        "studio_id": batch.actor.studio_id,
        "exclude_id": uuid7(),
        "starts_at": T0 + dt.timedelta(minutes=30),
        "ends_at": T0 + dt.timedelta(hours=3),
        "earliest": T0 - dt.timedelta(hours=16),
        "artist_id": artist,
        "station_id": None,
    }
    found = server.select_rows(_clash_query(False), clash)
    assert found == core.select_rows(_clash_query(False), clash)
    assert [r["id"] for r in found] == [booked]
    assert found[0]["starts_at"] == T0
    assert found[0]["starts_at"].utcoffset() == dt.timedelta(0)  # aware UTC, as Core gives it
    ana = server.select_rows(_get_statement(client, False), {"row_id": client_id, "studio_id": batch.actor.studio_id})
    assert ana[0]["tags"] == ["a", "b"]


def test_the_databases_refusals_come_out_as_sqlalchemys(batch: Batch) -> None:
    client_id = uuid7()
    batch.run("client.create", {"client_id": str(client_id), "full_name": "Ana"})
    with pytest.raises(InvalidArguments) as taken:
        batch.run("client.create", {"client_id": str(client_id), "full_name": "Ana de novo"})
    assert taken.value.code == "duplicate_id"

    ctx = ServerApplyContext(batch.conn, batch.actor, uuid7(), "appointment.book", T0, version=1, rows=batch.rows)
    backwards = {
        "id": uuid7(),
        "client_id": client_id,
        "artist_id": batch.actor.staff_id,
        "starts_at": T0,
        "ends_at": T0 - dt.timedelta(hours=1),  # refused by the database's CHECK
        "kind": "session",
    }
    with pytest.raises(IntegrityError), ctx.savepoint():
        ctx.insert(appointment, backwards)
    # the transaction goes on after the savepoint, and nothing of the refused row stays
    assert batch.conn.execute(select(appointment.c.id).where(appointment.c.id == backwards["id"])).first() is None
    assert batch.stored("client", client_id)["full_name"] == "Ana"


# -- the fast path's inserts, sent together ---------------------------------------------------
@pytest.mark.parametrize("where", ["in the middle", "last"])
def test_an_id_taken_found_late_refuses_only_its_own_change(
    client: TestClient, app_db: Database, make_studio: Callable[..., MadeStudio], make_desk: MakeDesk, where: str
) -> None:
    """Inserts wait until the next statement (or the push's end) on the fast path: an id found
    taken then still refuses that one change alone, with duplicate_id, and the others apply."""
    studio = make_studio()
    desk = make_desk(studio)
    taken = uuid7()
    first = client.post(
        "/v1/sync/push",
        json=desk.body([desk.mutation("client.create", client_create("Ana", taken))]),
        headers=desk.headers,
    )
    assert first.json()["results"][0]["status"] == "applied"

    fresh = [uuid7(), uuid7()]
    reused = desk.mutation("client.create", client_create("Ana de novo", taken))
    mutations = [desk.mutation("client.create", client_create("Bia", fresh[0]))]
    if where == "last":
        mutations += [desk.mutation("client.create", client_create("Caio", fresh[1])), reused]
    else:
        mutations += [reused, desk.mutation("appointment.book", book(studio.owner_staff_id, fresh[0]))]
    for i, m in enumerate(mutations, start=2):
        m["id"] = i
    answer = client.post("/v1/sync/push", json=desk.body(mutations), headers=desk.headers)
    assert answer.status_code == 200, answer.text
    statuses = {r["uuid"]: r["status"] for r in answer.json()["results"]}
    assert statuses[reused["uuid"]] == "rejected"
    assert [statuses[m["uuid"]] for m in mutations if m is not reused] == ["applied", "applied"]
    with app_db.tenant(studio.studio_id) as conn:
        names = dict(conn.execute(select(client_table.c.id, client_table.c.full_name)).all())
        refusal = conn.execute(
            select(sync_conflict.c.theirs).where(sync_conflict.c.mutation_uuid == uuid.UUID(reused["uuid"]))
        ).scalar_one()
    assert names[taken] == "Ana"  # the first change's name stays
    assert names[fresh[0]] == "Bia"
    assert refusal["code"] == "duplicate_id"
