"""Two desks rename the studio from the same name they saw: through the server, the first rename
applies, the second is a ``conflict`` whose ``field_overwrite`` both desks pull into their inbox
(kronos_core/mutations/seen.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import Desk, MakeDesk

MakeStudio = Callable[..., MadeStudio]


def _push(client: TestClient, desk: Desk, mutation: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/sync/push", json=desk.body([mutation]), headers=desk.headers)
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert isinstance(result, dict)
    return result


def _pulled(client: TestClient, desk: Desk, table: str) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    cursor: str | None = None
    while True:
        params = {"device_id": str(desk.device_id), **({"cursor": cursor} if cursor else {})}
        response = client.get("/v1/sync/pull", params=params, headers=desk.headers)
        assert response.status_code == 200, response.text
        page = response.json()
        found.update({c["id"]: c["row"] for c in page["changes"] if c["table"] == table})
        cursor = page["cursor"]
        if not page["has_more"]:
            return found


def test_a_studio_renamed_on_two_desks_ends_as_one_name_and_a_conflict(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio(name="Estúdio Agulha")
    front, back = make_desk(studio), make_desk(studio)
    seen = {"name": "Estúdio Agulha"}
    first = _push(client, front, front.mutation("studio.update", {"name": "Agulha & Tinta", "seen": seen}))
    second_mutation = back.mutation("studio.update", {"name": "Estúdio Agulha Fina", "seen": seen})
    second = _push(client, back, second_mutation)
    assert first["status"] == "applied"
    assert second["status"] == "conflict"
    assert second["conflict_id"] is not None
    (studio_row,) = _pulled(client, front, "studio").values()
    assert studio_row["name"] == "Agulha & Tinta"
    conflicts = _pulled(client, front, "sync_conflict")
    conflict = conflicts[second["conflict_id"]]
    assert conflict["kind"] == "field_overwrite"
    assert conflict["status"] == "open"
    assert conflict["table_name"] == "studio"
    assert conflict["mutation_uuid"] == second_mutation["uuid"]
    assert (conflict["mine"], conflict["theirs"]) == ({"name": "Estúdio Agulha Fina"}, {"name": "Agulha & Tinta"})
    # An older desk, with no seen values, still renames (last write wins, as before).
    third = _push(client, back, back.mutation("studio.update", {"name": "Agulha"}))
    assert third["status"] == "applied"
    (studio_row,) = _pulled(client, front, "studio").values()
    assert studio_row["name"] == "Agulha"
