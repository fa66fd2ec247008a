"""A pushed ``staff.update`` merged against the values the desk saw (kronos_core/mutations/seen.py)
revokes the member's desks exactly when the deactivation applies: also when another field of the
same change became a ``field_overwrite`` conflict, never when the deactivation itself lost to a
reactivation made elsewhere meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from tests.server.auth import flow
from tests.server.auth.flow import bearer, sign_in
from tests.server.auth.test_desk_takeover import deactivate, mutation, pulled_rows, push
from tests.server.conftest import MadeMember, MadeStudio

MakeStudio = Callable[..., MadeStudio]
MakeMember = Callable[..., MadeMember]


def test_a_deactivation_beside_an_overwritten_rename_still_revokes(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember
) -> None:
    studio = make_studio()
    owner = sign_in(client, studio.email, studio.password)
    manager = make_member(studio.studio_id, Role.MANAGER, name="Bia")
    desk = sign_in(client, manager.email, manager.password)
    member = str(manager.staff_id)
    renamed = push(
        client,
        owner["access_token"],
        uuid7(),
        [
            mutation(
                1, "staff.update", {"staff_id": member, "display_name": "Bia Lima", "seen": {"display_name": "Bia"}}
            )
        ],
    )
    assert renamed.json()["results"][0]["status"] == "applied"
    args = {
        "staff_id": member,
        "display_name": "Beatriz",
        "active": False,
        "seen": {"display_name": "Bia", "active": True},
    }
    pushed = push(client, owner["access_token"], uuid7(), [mutation(1, "staff.update", args)])
    assert pushed.status_code == 200, pushed.text
    assert pushed.json()["results"][0]["status"] == "conflict"  # the rename lost; the deactivation applied
    row = pulled_rows(client, owner["access_token"], uuid7(), "staff")[member]
    assert (row["display_name"], row["active"]) == ("Bia Lima", False)
    assert client.get("/v1/me", headers=bearer(desk["access_token"])).status_code == 401
    # Revoked for good, as any deactivation: reactivating her does not bring the old desk back.
    deactivate(client, owner["access_token"], manager.staff_id, active=True)
    assert client.get("/v1/me", headers=bearer(desk["access_token"])).status_code == 401
    assert flow.refresh(client, desk["refresh_token"]).status_code == 400


def test_a_deactivation_that_lost_to_a_reactivation_revokes_nothing(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember
) -> None:
    studio = make_studio()
    owner = sign_in(client, studio.email, studio.password)
    manager = make_member(studio.studio_id, Role.MANAGER, name="Bia")
    deactivate(client, owner["access_token"], manager.staff_id)
    deactivate(client, owner["access_token"], manager.staff_id, active=True)  # back at work
    desk = sign_in(client, manager.email, manager.password)
    # A desk that still saw her inactive renames her, its form sending "inactive" unchanged.
    args = {"staff_id": str(manager.staff_id), "display_name": "Beatriz", "active": False, "seen": {"active": False}}
    pushed = push(client, owner["access_token"], uuid7(), [mutation(1, "staff.update", args)])
    assert pushed.status_code == 200, pushed.text
    assert pushed.json()["results"][0]["status"] == "conflict"
    row = pulled_rows(client, owner["access_token"], uuid7(), "staff")[str(manager.staff_id)]
    assert (row["display_name"], row["active"]) == ("Beatriz", True)
    assert client.get("/v1/me", headers=bearer(desk["access_token"])).status_code == 200
