"""``GET /v1/desks/names``: any staff member's desk learns the names of its studio's desks and
their replica ids (to name the other side of a conflict), and nothing of another studio's.

The server connects as its ordinary role (tests/server/conftest.py): row-level security is in
force underneath what the route answers.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from kronos_core.roles import Role
from kronos_core.sync_messages import SCHEMA_VERSION
from tests.server.auth.flow import bearer, sign_in
from tests.server.conftest import MadeMember, MadeStudio

PATH = "/v1/desks/names"


def first_push(client: TestClient, tokens: dict[str, Any]) -> uuid.UUID:
    """A desk's first (empty) push: its database file becomes a replica of its desk."""
    device_id = uuid.uuid4()
    body = {"device_id": str(device_id), "schema_version": SCHEMA_VERSION, "mutations": []}
    response = client.post("/v1/sync/push", json=body, headers=bearer(tokens["access_token"]))
    assert response.status_code == 200, response.text
    return device_id


def test_a_receptionist_names_every_desk_of_the_studio(
    client: TestClient, make_studio: Callable[..., MadeStudio], make_member: Callable[..., MadeMember]
) -> None:
    studio = make_studio(f"Tinta {uuid.uuid4().hex[:6]}")
    owner = sign_in(client, studio.email, studio.password, desk_name="Recepção")
    as_owner = bearer(owner["access_token"])
    # Only owners and managers enrol desks: Lia enrols hers as a manager, then works as a receptionist.
    lia = make_member(studio.studio_id, Role.MANAGER, name="Lia")
    front = sign_in(client, lia.email, lia.password, desk_name="Balcão 2")
    assert client.patch(f"/v1/staff/{lia.staff_id}", json={"role": "receptionist"}, headers=as_owner).is_success
    spare = sign_in(client, studio.email, studio.password, desk_name="Notebook velho")
    owner_device, front_device = first_push(client, owner), first_push(client, front)
    renamed = client.patch(f"/v1/desks/{owner['desk']['id']}", json={"name": "Recepção principal"}, headers=as_owner)
    assert renamed.status_code == 200
    assert client.post(f"/v1/desks/{spare['desk']['id']}/revoke", headers=as_owner).is_success

    response = client.get(PATH, headers=bearer(front["access_token"]))
    assert response.status_code == 200, response.text
    assert client.get("/v1/me", headers=bearer(front["access_token"])).json()["role"] == "receptionist"
    assert response.json() == {
        "desks": [
            {"id": owner["desk"]["id"], "name": "Recepção principal", "device_ids": [str(owner_device)]},
            {"id": front["desk"]["id"], "name": "Balcão 2", "device_ids": [str(front_device)]},
            {"id": spare["desk"]["id"], "name": "Notebook velho", "device_ids": []},
        ]
    }, "names as they are now; a revoked desk keeps its name for its past changes"
    assert client.get(PATH, headers=bearer(spare["access_token"])).status_code == 401, "revoked"


def test_a_studio_gets_no_desk_of_another(client: TestClient, make_studio: Callable[..., MadeStudio]) -> None:
    a, b = (make_studio(f"Estúdio {side} {uuid.uuid4().hex[:6]}") for side in "AB")
    a_tokens = sign_in(client, a.email, a.password, desk_name="Desk of A")
    b_tokens = sign_in(client, b.email, b.password, desk_name="Desk of B")
    b_device = first_push(client, b_tokens)
    response = client.get(PATH, headers=bearer(a_tokens["access_token"]))
    assert response.status_code == 200
    assert [d["name"] for d in response.json()["desks"]] == ["Desk of A"]
    for secret in (b_tokens["desk"]["id"], str(b_device), "Desk of B", str(b.studio_id)):
        assert secret not in response.text


def test_no_token_no_names_and_the_route_is_documented(client: TestClient) -> None:
    response = client.get(PATH)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    operation = client.get("/openapi.json").json()["paths"][PATH]["get"]
    assert {"200", "401"} <= set(operation["responses"])
    assert operation["security"] == [{"DeskToken": []}]
