"""Over REST, and over a pushed change, the studio's last active owner cannot be demoted or
deactivated: the studio would be left with no one who can manage it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from kronos_core.roles import Role
from tests.server.auth.flow import bearer, sign_in
from tests.server.conftest import MadeMember, MadeStudio


def test_the_last_owner_cannot_demote_or_deactivate_themselves(
    client: TestClient, make_studio: Callable[..., MadeStudio], make_member: Callable[..., MadeMember]
) -> None:
    studio = make_studio("Tinta Forte", owner_name="Ana")
    tokens = sign_in(client, studio.email, studio.password, desk_name="Balcão")
    headers = bearer(tokens["access_token"])
    for change in ({"active": False}, {"role": "manager"}):
        response = client.patch(f"/v1/staff/{studio.owner_staff_id}", json=change, headers=headers)
        assert response.status_code == 409, response.text
        assert response.json()["type"].endswith("mutation/last_owner")
    owner: dict[str, Any] = next(s for s in client.get("/v1/staff", headers=headers).json() if s["role"] == "owner")
    assert (owner["id"], owner["active"]) == (str(studio.owner_staff_id), True)
    # The owner's desk still works: nothing was revoked.
    assert client.get("/v1/me", headers=headers).json()["role"] == "owner"

    # With a partner as owner, Ana may step down; then the partner is the last one.
    partner = make_member(studio.studio_id, Role.OWNER, name="Sócia")
    response = client.patch(f"/v1/staff/{studio.owner_staff_id}", json={"role": "manager"}, headers=headers)
    assert response.status_code == 200, response.text
    partner_tokens = sign_in(client, partner.email, partner.password, desk_name="Caixa")
    response = client.patch(
        f"/v1/staff/{partner.staff_id}", json={"active": False}, headers=bearer(partner_tokens["access_token"])
    )
    assert response.status_code == 409
    assert response.json()["type"].endswith("mutation/last_owner")
