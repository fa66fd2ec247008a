"""Holes a client written from the protocol alone found (issue 8), closed at their cause.

- A known UUID pushed after a gap no longer moves ``last_mutation_id`` over the missing number
  (tests/sync_model holds the same rule: no order of pushes jumps a number).
- One odd item (NUL or a lone surrogate in an argument's key or in its name, arguments that are
  not an object, an over-long name) is refused on its own: a ``rejected`` conflict whose text is
  storable, the good items beside it apply, and a retry answers the same (never a 422 forever).
- NUL in a JSON column's value (a client's tags) is refused like NUL in text, and never pulled.
- An over-long cursor is answered ``reset: true`` like any unreadable cursor.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import text

from kronos_core.ids import derived_id
from kronos_server.db import Database
from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import Desk, MakeDesk, client_create
from tests.server.sync.test_push_pull import clock, pull_all, pull_page, push, rows

MakeStudio = Callable[..., MadeStudio]


# -- 1. a known UUID after a gap --------------------------------------------------------------
def test_a_known_uuid_after_a_gap_does_not_move_last_mutation_id_over_it(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk, other = make_desk(studio), make_desk(studio)
    known = other.mutation("client.create", client_create("Já aplicado"))
    applied_elsewhere = push(client, other, [known])["results"][0]
    m1 = desk.mutation("client.create", client_create("Um"), seq=1)
    m2 = desk.mutation("client.create", client_create("Dois"), seq=2)
    m3 = {**known, "id": 3}  # the UUID another device applied, under this device's number 3
    assert push(client, desk, [m1])["last_mutation_id"] == 1
    before = clock(app_db, studio.studio_id)

    jumped = push(client, desk, [m3])  # 2 never arrived: the gap stops the batch first
    assert (jumped["last_mutation_id"], jumped["results"]) == (1, [])
    assert pull_page(client, desk)["last_mutation_id"] == 1  # a desk acknowledges nothing beyond 1
    assert clock(app_db, studio.studio_id) == before

    # Number 2 then applies, and 3 after it answers the stored result.
    answer = push(client, desk, [m2, m3])
    assert answer["last_mutation_id"] == 3
    assert [(r["id"], r["status"]) for r in answer["results"]] == [(2, "applied"), (3, "applied")]
    assert answer["results"][1] == {**applied_elsewhere, "id": 3}  # the stored result: applied once
    assert answer["results"][0]["version"] == before + 1
    assert clock(app_db, studio.studio_id) == before + 1
    names = sorted(r["full_name"] for r in rows(pull_all(client, desk), "client").values())
    assert names == ["Dois", "Já aplicado", "Um"]
    page = pull_all(client, desk)[-1]
    assert (page["last_mutation_id"], page["last_mutation_uuid"]) == (3, known["uuid"])


# -- 2. one odd item is refused on its own ----------------------------------------------------
def _push_raw(client: TestClient, desk: Desk, mutations: list[dict[str, Any]]) -> dict[str, Any]:
    """A push as a client would send it: NUL as ``\\u0000``, a lone surrogate as ``\\ud800``."""
    body = json.dumps(desk.body(mutations))
    response = client.post("/v1/sync/push", content=body, headers={**desk.headers, "content-type": "application/json"})
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def _stored_text(db: Database, studio_id: uuid.UUID, conflict_id: str) -> str:
    with db.tenant(studio_id) as conn:
        row = conn.execute(
            text("SELECT mutation_name, mine::text, theirs::text, detail FROM sync_conflict WHERE id = :id"),
            {"id": conflict_id},
        ).one()
    return " ".join(str(v) for v in row)


def test_an_odd_item_is_refused_on_its_own_and_the_good_ones_beside_it_apply(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk, other = make_desk(studio), make_desk(studio)
    odd_args = {**client_create("Chave"), "\x00": 1}
    first = desk.mutation("client.create", client_create("Bom 0"))
    odd = [
        desk.mutation("client.create", odd_args),  # NUL in an argument's key
        desk.mutation("client.cre\x00ate", client_create("Nome")),  # NUL in the name
        desk.mutation("client.create", {**client_create("Sur"), "k\ud800": 1}),  # a lone surrogate key
        desk.mutation("client.create\ud800", client_create("Sur")),  # ... in the name
        desk.mutation("client.create", ["not", "an", "object"]),  # arguments that are not an object
        desk.mutation("x" * 500, client_create("Longo")),  # a name no mutation has
        desk.mutation("client.create", client_create("Etiqueta") | {"tags": ["a\x00"]}),  # NUL in JSON
    ]
    batch = [first, *odd, desk.mutation("client.create", client_create("Bom 1"))]
    answer = _push_raw(client, desk, batch)
    assert answer["last_mutation_id"] == len(batch)
    statuses = [r["status"] for r in answer["results"]]
    assert statuses == ["applied", *["rejected"] * len(odd), "applied"]
    # The desk's queue is not stuck: the same batch again answers the same, and the next applies.
    assert _push_raw(client, desk, batch) == answer
    assert (
        _push_raw(client, desk, [desk.mutation("client.create", client_create("Depois"))])["results"][0]["status"]
        == "applied"
    )

    pulled = pull_all(client, other)
    names = sorted(r["full_name"] for r in rows(pulled, "client").values())
    assert names == ["Bom 0", "Bom 1", "Depois"]  # nothing of the odd ones, the tags with NUL included
    conflicts = rows(pulled, "sync_conflict")
    for result, m in zip(answer["results"][1:-1], odd, strict=True):
        conflict_id = str(derived_id(uuid.UUID(m["uuid"]), "rejected"))
        assert result["conflict_id"] == conflict_id
        conflict = conflicts[conflict_id]
        assert conflict["kind"] == "rejected"
        stored = _stored_text(app_db, studio.studio_id, conflict_id)
        assert "\x00" not in stored
        assert "\\u0000" not in stored
        assert json.dumps(conflict, ensure_ascii=False).encode("utf-8")  # no lone surrogate either
    # What the desk meant is kept, escaped: the key, the name, the tag.
    assert "\\x00" in conflicts[answer["results"][1]["conflict_id"]]["mine"]["args_text"]
    named = conflicts[answer["results"][2]["conflict_id"]]
    assert named["mutation_name"] == "client.cre\\x00ate" == named["mine"]["name"]
    assert named["mine"]["args"] == odd[1]["args"]  # storable arguments stay as they were
    assert conflicts[answer["results"][4]["conflict_id"]]["mutation_name"] == "client.create\\ud800"
    assert conflicts[answer["results"][5]["conflict_id"]]["theirs"]["code"] == "invalid_arguments"
    tagged = conflicts[answer["results"][7]["conflict_id"]]
    assert "a\\x00" in tagged["mine"]["args_text"]
    assert "NUL" in tagged["detail"]


# -- 3. an over-long cursor -------------------------------------------------------------------
def test_an_over_long_cursor_is_answered_reset(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    push(client, desk, [desk.mutation("client.create", client_create())])
    epoch = pull_page(client, desk)["cursor"].split(":")[0]
    for cursor in ("x" * 81, f"{epoch}:{'1' * 44}", f"{epoch}:1" + " " * 80, "9" * 5000):
        page = pull_page(client, desk, cursor)
        assert page["reset"] is True, cursor[:90]
        assert (page["since"], page["cursor"]) == (cursor, f"{epoch}:0")
        assert (page["changes"], page["has_more"], page["last_mutation_id"]) == ([], False, 0)


def test_an_unreadable_staff_id_is_no_staff_members_and_the_change_applies(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk, other = make_desk(studio), make_desk(studio)
    odd = [
        desk.mutation("client.create", client_create(f"C{i}"), staff_id=staff_id)
        for i, staff_id in enumerate(["not-a-uuid", 12345, {"id": 1}, "a\x00"])
    ]
    answer = _push_raw(client, desk, odd)
    assert [r["status"] for r in answer["results"]] == ["applied"] * len(odd)
    pulled = rows(pull_all(client, other), "client")
    assert {r["changed_by"] for r in pulled.values()} == {str(studio.owner_staff_id)}  # the token's staff
