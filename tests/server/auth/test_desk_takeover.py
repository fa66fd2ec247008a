"""Desks that outlive their enroller (real PostgreSQL, the app role, the whole sign-in flow).

Deactivating the manager who enrolled a desk cuts the desk off at once and revokes it for good;
another manager signs in on the same database file, which keeps its replica id and sequence
numbers: its pending changes are pushed once, with their original authors, with no 409.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.sync_messages import SCHEMA_VERSION
from tests.server.auth import flow
from tests.server.auth.flow import bearer, sign_in
from tests.server.conftest import MadeMember, MadeStudio

MakeStudio = Callable[..., MadeStudio]
MakeMember = Callable[..., MadeMember]
TODAY = dt.date(2026, 5, 4)


def payment(amount: int, taken_by: uuid.UUID) -> dict[str, Any]:
    return {
        "payment_id": str(uuid7()),
        "method": "cash",
        "amount": amount,
        "taken_by": str(taken_by),
        "business_date": TODAY.isoformat(),
        "received_at": dt.datetime(2026, 5, 4, 15, 0, tzinfo=dt.UTC).isoformat(),
    }


def mutation(seq: int, name: str, args: dict[str, Any], staff_id: uuid.UUID | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": seq, "uuid": str(uuid7()), "name": name, "args": args}
    if staff_id is not None:
        entry["staff_id"] = str(staff_id)
    return entry


def push(client: TestClient, token: str, device: uuid.UUID, mutations: list[dict[str, Any]]) -> Any:
    body = {"device_id": str(device), "schema_version": SCHEMA_VERSION, "mutations": mutations}
    return client.post("/v1/sync/push", json=body, headers=bearer(token))


def pulled_rows(client: TestClient, token: str, device: uuid.UUID, table: str) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"device_id": str(device)}
        if cursor is not None:
            params["cursor"] = cursor
        page = client.get("/v1/sync/pull", params=params, headers=bearer(token))
        assert page.status_code == 200, page.text
        body = page.json()
        found.update({c["id"]: c["row"] for c in body["changes"] if c["table"] == table})
        cursor = body["cursor"]
        if not body["has_more"]:
            return found


def deactivate(client: TestClient, owner_token: str, staff_id: uuid.UUID, active: bool = False) -> None:
    response = client.patch(f"/v1/staff/{staff_id}", json={"active": active}, headers=bearer(owner_token))
    assert response.status_code == 200, response.text


# -- deactivation -----------------------------------------------------------------------------
def test_deactivating_the_enroller_revokes_the_desk_for_good(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember
) -> None:
    studio = make_studio()
    owner = sign_in(client, studio.email, studio.password, desk_name="Escritório")
    manager = make_member(studio.studio_id, Role.MANAGER, name="Marcos")
    desk = sign_in(client, manager.email, manager.password, desk_name="Recepção")
    device = uuid7()
    assert push(client, desk["access_token"], device, []).status_code == 200

    deactivate(client, owner["access_token"], manager.staff_id)
    for method, path, kwargs in (
        ("GET", "/v1/me", {}),
        ("GET", "/v1/sync/pull", {"params": {"device_id": str(device)}}),
        (
            "POST",
            "/v1/sync/push",
            {"json": {"device_id": str(device), "schema_version": SCHEMA_VERSION, "mutations": []}},
        ),
        ("GET", "/v1/sync/events", {}),
    ):
        cut = client.request(method, path, headers=bearer(desk["access_token"]), **kwargs)
        assert cut.status_code == 401, (path, cut.text)
        assert cut.json()["code"] == "desk-revoked", path  # the signal the desk words
    refused = flow.refresh(client, desk["refresh_token"])
    assert refused.status_code == 400
    assert refused.json()["code"] == "desk-revoked"

    # Back at work: their login works again, their old desk and tokens do not.
    deactivate(client, owner["access_token"], manager.staff_id, active=True)
    assert client.get("/v1/me", headers=bearer(desk["access_token"])).status_code == 401
    assert flow.refresh(client, desk["refresh_token"]).status_code == 400
    desks = {d["id"]: d for d in client.get("/v1/desks", headers=bearer(owner["access_token"])).json()}
    assert desks[desk["desk"]["id"]]["revoked_at"] is not None
    assert desks[desk["desk"]["id"]]["revoked_by"] == str(studio.owner_staff_id)
    again = sign_in(client, manager.email, manager.password, desk_name="Recepção")
    assert client.get("/v1/me", headers=bearer(again["access_token"])).status_code == 200
    assert desks[owner["desk"]["id"]]["revoked_at"] is None  # nobody else's desk was touched


def test_a_deactivation_pushed_from_a_desk_revokes_too(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember
) -> None:
    studio = make_studio()
    owner = sign_in(client, studio.email, studio.password)
    manager = make_member(studio.studio_id, Role.MANAGER)
    desk = sign_in(client, manager.email, manager.password)
    pushed = push(
        client,
        owner["access_token"],
        uuid7(),
        [mutation(1, "staff.update", {"staff_id": str(manager.staff_id), "active": False})],
    )
    assert pushed.status_code == 200
    assert pushed.json()["results"][0]["status"] == "applied"
    pushed = push(
        client,
        owner["access_token"],
        uuid7(),
        [mutation(1, "staff.update", {"staff_id": str(manager.staff_id), "active": True})],
    )
    assert pushed.status_code == 200
    assert client.get("/v1/me", headers=bearer(desk["access_token"])).status_code == 401
    assert flow.refresh(client, desk["refresh_token"]).status_code == 400


def test_a_refresh_refused_for_an_inactive_enroller_revokes_for_good(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember, app_db: Any
) -> None:
    """Whatever deactivated them (here a raw write, as an admin might), the first refusal is final."""
    from sqlalchemy import update

    from kronos_core.schema import staff

    studio = make_studio()
    manager = make_member(studio.studio_id, Role.MANAGER)
    desk = sign_in(client, manager.email, manager.password)
    for active in (False, True):
        with app_db.tenant(studio.studio_id) as conn:
            conn.execute(update(staff).where(staff.c.id == manager.staff_id).values(active=active))
        if not active:
            cut = client.get("/v1/me", headers=bearer(desk["access_token"]))
            assert cut.status_code == 401
            assert cut.json()["code"] == "enroller-inactive"
            refused = flow.refresh(client, desk["refresh_token"])
            assert refused.status_code == 400
            assert refused.json()["code"] == "enroller-inactive"
    assert client.get("/v1/me", headers=bearer(desk["access_token"])).status_code == 401
    assert flow.refresh(client, desk["refresh_token"]).status_code == 400


# -- takeover ---------------------------------------------------------------------------------
def test_another_manager_takes_the_desk_over_keeping_its_numbers_and_authors(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember
) -> None:
    studio = make_studio()
    owner = sign_in(client, studio.email, studio.password, desk_name="Escritório")
    leaving = make_member(studio.studio_id, Role.MANAGER, name="Marcos")
    taking_over = make_member(studio.studio_id, Role.MANAGER, name="Bia")
    receptionist = make_member(studio.studio_id, Role.RECEPTIONIST, name="Rita")
    desk = sign_in(client, leaving.email, leaving.password, desk_name="Recepção")
    device = uuid7()  # the database file's replica id: it never changes below
    first = push(
        client, desk["access_token"], device, [mutation(1, "payment.record", payment(10_000, leaving.staff_id))]
    )
    assert first.status_code == 200
    assert first.json()["last_mutation_id"] == 1

    # Offline: more payments, by the manager and by the receptionist (PIN), then he leaves.
    pending = [
        mutation(2, "payment.record", payment(20_000, leaving.staff_id), staff_id=leaving.staff_id),
        mutation(3, "payment.record", payment(30_000, receptionist.staff_id), staff_id=receptionist.staff_id),
        mutation(4, "payment.record", payment(40_000, receptionist.staff_id), staff_id=receptionist.staff_id),
    ]
    deactivate(client, owner["access_token"], leaving.staff_id)
    assert push(client, desk["access_token"], device, pending).status_code == 401

    # Another manager signs in on that desk; the same file pushes its pending changes.
    new = sign_in(client, taking_over.email, taking_over.password, desk_name="Recepção")
    pushed = push(client, new["access_token"], device, pending)
    assert pushed.status_code == 200, pushed.text
    assert pushed.json()["last_mutation_id"] == 4
    assert [r["status"] for r in pushed.json()["results"]] == ["applied"] * 3
    again = push(client, new["access_token"], device, pending)  # the answer was lost: sent again
    assert again.status_code == 200
    assert again.json()["results"] == pushed.json()["results"]
    later = push(
        client, new["access_token"], device, [mutation(5, "payment.record", payment(50_000, taking_over.staff_id))]
    )
    assert later.status_code == 200
    assert later.json()["last_mutation_id"] == 5

    payments = pulled_rows(client, new["access_token"], device, "payment")
    assert sorted(p["amount"] for p in payments.values()) == [10_000, 20_000, 30_000, 40_000, 50_000]
    authors = {p["amount"]: (p["changed_by"], p["taken_by"]) for p in payments.values()}
    assert authors[20_000] == (str(leaving.staff_id), str(leaving.staff_id))
    assert authors[30_000] == (str(receptionist.staff_id), str(receptionist.staff_id))
    assert authors[50_000][0] == str(taking_over.staff_id)
    names = client.get("/v1/desks/names", headers=bearer(new["access_token"])).json()
    replicas = {d["id"]: d["device_ids"] for d in names["desks"]}
    assert replicas[new["desk"]["id"]] == [str(device)]  # the replica moved to the new desk
    assert replicas[desk["desk"]["id"]] == []


def test_a_file_of_a_desk_still_in_use_is_not_taken_over(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember
) -> None:
    """A copy of a working desk's file, signed in elsewhere, still answers 409 (it renumbers)."""
    studio = make_studio()
    manager = make_member(studio.studio_id, Role.MANAGER)
    working = sign_in(client, studio.email, studio.password)
    device = uuid7()
    assert (
        push(
            client,
            working["access_token"],
            device,
            [mutation(1, "payment.record", payment(100, studio.owner_staff_id))],
        ).status_code
        == 200
    )
    copy = sign_in(client, manager.email, manager.password)
    taken = push(client, copy["access_token"], device, [mutation(2, "payment.record", payment(200, manager.staff_id))])
    assert taken.status_code == 409
    pulled = client.get("/v1/sync/pull", params={"device_id": str(device)}, headers=bearer(copy["access_token"]))
    assert pulled.status_code == 409


def test_a_sign_in_naming_the_file_takes_its_replica_over_before_any_push(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember
) -> None:
    """The desk sends its replica id with the code exchange: a pull before any push keeps it, and
    the answer says who enrolled the desk it was (its unsent changes with no author are theirs)."""
    studio = make_studio()
    owner = sign_in(client, studio.email, studio.password)
    leaving = make_member(studio.studio_id, Role.MANAGER, name="Marcos")
    taking_over = make_member(studio.studio_id, Role.MANAGER, name="Bia")
    desk = sign_in(client, leaving.email, leaving.password)
    device = uuid7()
    first = push(client, desk["access_token"], device, [mutation(1, "payment.record", payment(100, leaving.staff_id))])
    assert first.status_code == 200
    deactivate(client, owner["access_token"], leaving.staff_id)

    attempt = flow.start(client)
    code = flow.code_from(flow.submit(client, attempt, taking_over.email, taking_over.password), attempt)
    exchanged = client.post(
        "/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": attempt.redirect_uri,
            "code_verifier": attempt.verifier,
            "client_id": flow.CLIENT_ID,
            "device_id": str(device),
        },
    )
    assert exchanged.status_code == 200, exchanged.text
    assert exchanged.json()["replica_enrolled_by"] == {"id": str(leaving.staff_id), "display_name": "Marcos"}
    token = exchanged.json()["access_token"]
    pulled = client.get("/v1/sync/pull", params={"device_id": str(device)}, headers=bearer(token))
    assert pulled.status_code == 200, pulled.text
    assert pulled.json()["last_mutation_id"] == 1
    assert "replica_enrolled_by" not in sign_in(client, studio.email, studio.password)  # no file named
