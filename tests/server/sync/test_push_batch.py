"""What a push costs, and the batch's shared rows (RowCache) staying true to the database.

A push of 50 mutations is a handful of statements around the mutations' own (the clock with the
epoch, one lookup, one statement for results, mappings and the clock), and a batch reads each
row once: the artist of 25 bookings once, a client created in the batch never. Its bookings'
clash checks are answered from one read (kronos_server/sync/clash_index.py) and its inserts go
to PostgreSQL together before the next read (kronos_server/sync/driver.py): a dozen round trips
for 50 mutations.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event, text

from kronos_core.ids import uuid7
from kronos_core.mutations import REGISTRY, ApplyContext, MutationArgs, MutationSpec, StaleTarget
from kronos_core.roles import EVERYONE
from kronos_core.schema import client
from kronos_core.sync_messages import MAX_PUSH_MUTATIONS
from kronos_server.db import Database
from kronos_server.sync import driver
from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import T0, Desk, MakeDesk, book, client_create

MakeStudio = Callable[..., MadeStudio]


@pytest.fixture
def round_trips() -> Iterator[list[list[str]]]:
    """The SQL statements every engine of this process sends while the test does, one list per
    round trip to the database (SQLAlchemy's, one each; the push's driver statements, as sent)."""
    seen: list[list[str]] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append([statement])

    event.listen(Engine, "before_cursor_execute", note)
    driver.on_round_trip.append(seen.append)
    yield seen
    driver.on_round_trip.remove(seen.append)
    event.remove(Engine, "before_cursor_execute", note)


def _pairs(desk: Desk, artist_id: uuid.UUID, count: int) -> list[dict[str, Any]]:
    """``count`` clients, each created and then booked (an hour apart: no clashes)."""
    mutations = []
    for i in range(count):
        client_id = uuid7()
        mutations.append(desk.mutation("client.create", client_create(f"C{i}", client_id)))
        start = T0 + dt.timedelta(hours=3 * i)
        mutations.append(desk.mutation("appointment.book", book(artist_id, client_id, start=start)))
    return mutations


def test_a_push_of_fifty_costs_a_few_statements_beyond_the_mutations_own(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk, round_trips: list[list[str]]
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    mutations = _pairs(desk, studio.owner_staff_id, MAX_PUSH_MUTATIONS // 2)
    round_trips.clear()
    response = client.post("/v1/sync/push", json=desk.body(mutations), headers=desk.headers)
    assert response.status_code == 200, response.text
    assert {r["status"] for r in response.json()["results"]} == {"applied"}

    statements = [s for trip in round_trips for s in trip]

    def starting(prefix: str) -> int:
        return sum(1 for s in statements if s.lstrip().startswith(prefix))

    # Per mutation: client.create inserts; appointment.book inserts, its clash check answered from
    # the batch's one read of the artist's bookings. The artist is read once for the batch; each
    # client never (the batch created it).
    assert starting("INSERT INTO client") == starting("INSERT INTO appointment") == len(mutations) // 2
    assert starting("SELECT appointment.") == 1  # the clash checks' one read
    assert starting("SELECT staff.") == 1
    assert starting("SELECT client.") == 0
    # Around them: the clock locked (with the epoch), one lookup, one last statement (results,
    # mappings, the clock); besides, the tenant, the bearer's desk, and this device's first push.
    assert starting("UPDATE studio_clock") == starting("SELECT 'owner'") == starting("WITH results") == 1
    assert len(statements) <= len(mutations) * 3 // 2 + 10, "\n".join(statements)
    # The inserts travel together: a few trips around the mutations, none per mutation.
    assert len(round_trips) <= 15, "\n".join(t[0] for t in round_trips)


def _rename_then_fail(ctx: ApplyContext, args: _RenameThenFail) -> None:
    """A mutation that writes, reads back what it wrote, then is refused (its savepoint is
    rolled back): the batch's rows must not keep what it wrote."""
    ctx.update(client, args.client_id, {"full_name": "Never Stored"})
    ctx.require(client, args.client_id, "client")
    raise StaleTarget("refused after writing")


class _RenameThenFail(MutationArgs):
    client_id: uuid.UUID


@pytest.fixture
def rename_then_fail() -> Iterator[str]:
    name = "test.rename_then_fail"
    REGISTRY[name] = MutationSpec(name, _RenameThenFail, EVERYONE, _rename_then_fail)
    yield name
    del REGISTRY[name]


def test_a_mutation_rolled_back_leaves_no_trace_in_the_batchs_rows(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk, rename_then_fail: str
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    client_id = uuid7()
    mutations = [
        desk.mutation("client.create", client_create("Ana Souza", client_id)),
        desk.mutation(rename_then_fail, {"client_id": str(client_id)}),
        # Seen as the database has it: applies cleanly, no field_overwrite.
        desk.mutation(
            "client.update",
            {"client_id": str(client_id), "changes": {"full_name": "Ana S."}, "seen": {"full_name": "Ana Souza"}},
        ),
    ]
    response = client.post("/v1/sync/push", json=desk.body(mutations), headers=desk.headers)
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["applied", "rejected", "applied"]
    with app_db.tenant(studio.studio_id) as conn:
        name = conn.execute(text("SELECT full_name FROM client WHERE id = :id"), {"id": client_id}).scalar_one()
        kinds = conn.execute(
            text("SELECT kind FROM sync_conflict WHERE mutation_uuid = :u"), {"u": mutations[2]["uuid"]}
        )
        assert name == "Ana S."
        assert list(kinds) == []


def test_an_empty_push_answers_the_devices_last_number(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    first = client.post("/v1/sync/push", json=desk.body([]), headers=desk.headers)
    assert first.status_code == 200, first.text
    assert (first.json()["last_mutation_id"], first.json()["results"]) == (0, [])
    pushed = client.post("/v1/sync/push", json=desk.body(_pairs(desk, studio.owner_staff_id, 2)), headers=desk.headers)
    assert pushed.status_code == 200, pushed.text
    again = client.post("/v1/sync/push", json=desk.body([]), headers=desk.headers)
    assert again.status_code == 200, again.text
    assert (again.json()["last_mutation_id"], again.json()["results"]) == (4, [])
