"""``POST /v1/sync/results``: the stored results of mutations, asked by UUID alone (a file
copied to a PC enrolled as another desk cannot push under its old device id). It applies
nothing, answers only the studio's own mutations, and refuses what it cannot read."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from kronos_core.ids import uuid7
from kronos_core.sync_messages import MAX_RESULTS_ASKED
from kronos_server.db import Database
from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import Desk, MakeDesk, client_create
from tests.server.sync.test_push_pull import clock, push

MakeStudio = Callable[..., MadeStudio]


def ask(client: TestClient, desk: Desk, uuids: list[Any]) -> dict[uuid.UUID, dict[str, Any]]:
    response = client.post("/v1/sync/results", json={"uuids": [str(u) for u in uuids]}, headers=desk.headers)
    assert response.status_code == 200, response.text
    return {uuid.UUID(r["uuid"]): r for r in response.json()["results"]}


def test_another_desk_of_the_studio_reads_the_stored_results_and_nothing_applies(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    first, other = make_desk(studio), make_desk(studio)
    made = first.mutation("client.create", client_create("Ana Souza"))
    refused = first.mutation("client.update", {"client_id": str(uuid7()), "changes": {"notes": "x"}})
    answer = push(client, first, [made, refused])
    version = clock(app_db, studio.studio_id)

    found = ask(client, other, [made["uuid"], refused["uuid"], uuid7()])

    assert set(found) == {uuid.UUID(made["uuid"]), uuid.UUID(refused["uuid"])}  # an unknown UUID is left out
    by_uuid = {r["uuid"]: r for r in answer["results"]}
    for asked in (made, refused):
        stored = found[uuid.UUID(asked["uuid"])]
        pushed = by_uuid[asked["uuid"]]
        assert (stored["status"], stored["version"], stored["conflict_id"]) == (
            pushed["status"],
            pushed["version"],
            pushed["conflict_id"],
        )
    assert found[uuid.UUID(refused["uuid"])]["status"] == "rejected"
    assert clock(app_db, studio.studio_id) == version  # asking applied nothing


def test_another_studio_learns_nothing(client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk) -> None:
    a, b = make_studio(), make_studio()
    desk_a, desk_b = make_desk(a), make_desk(b)
    mutation = desk_a.mutation("client.create", client_create("Só de A"))
    push(client, desk_a, [mutation])
    assert ask(client, desk_b, [mutation["uuid"]]) == {}
    assert uuid.UUID(mutation["uuid"]) in ask(client, desk_a, [mutation["uuid"]])


def test_requests_that_cannot_be_read(client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk) -> None:
    desk = make_desk(make_studio())
    post = client.post
    assert post("/v1/sync/results", json={"uuids": [str(uuid7())]}).status_code == 401
    for body in ({}, {"uuids": []}, {"uuids": ["nope"]}, {"uuids": [str(uuid7())] * (MAX_RESULTS_ASKED + 1)}):
        response = post("/v1/sync/results", json=body, headers=desk.headers)
        assert response.status_code == 422, body
        assert response.headers["content-type"].startswith("application/problem+json")
