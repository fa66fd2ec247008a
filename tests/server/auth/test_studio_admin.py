"""The bearer check (against the database on every request), desks and staff management."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from typing import Any

import jwt
import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, pool, text

from kronos_core.roles import Role
from kronos_server.auth.tokens import AccessTokens, derive_key
from tests.server.auth import flow
from tests.server.auth.flow import bearer, sign_in
from tests.server.auth.test_invitations import answer_invitation
from tests.server.conftest import TEST_SECRET_KEY, CentralDb, MadeMember, MadeStudio

MakeStudio = Callable[..., MadeStudio]
MakeMember = Callable[..., MadeMember]


def _admin_rows(central_db: CentralDb, sql: str, **params: object) -> list[Any]:
    engine = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    with engine.begin() as conn:
        rows = list(conn.execute(text(sql), params).mappings())
    engine.dispose()
    return rows


@pytest.fixture
def owner(client: TestClient, make_studio: MakeStudio) -> tuple[MadeStudio, dict[str, Any]]:
    studio = make_studio("Tinta Forte", owner_name="Ana")
    return studio, sign_in(client, studio.email, studio.password, desk_name="Balcão")


# -- bearer ------------------------------------------------------------------------------------
def test_missing_token_is_401_with_a_bearer_challenge(client: TestClient) -> None:
    response = client.get("/v1/me")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("header", ["Bearer garbage", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer a.b.c"])
def test_malformed_tokens_are_401(client: TestClient, header: str) -> None:
    response = client.get("/v1/me", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_expired_and_forged_tokens_are_401(client: TestClient, owner: tuple[MadeStudio, dict[str, Any]]) -> None:
    studio, tokens = owner
    claims = jwt.decode(tokens["access_token"], options={"verify_signature": False})
    signer = AccessTokens(TEST_SECRET_KEY.encode(), issuer="http://testserver", audience="kronos-desk", ttl_s=900)
    expired = signer.issue(
        staff_id=uuid.UUID(claims["sub"]),
        studio_id=studio.studio_id,
        desk_id=uuid.UUID(claims["desk"]),
        role=Role.OWNER,
        now=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2),
    )
    key = derive_key(TEST_SECRET_KEY.encode(), "access-token")
    forged = {
        "wrong key": jwt.encode(claims, "another-secret-" + "x" * 40, algorithm="HS256", headers={"typ": "at+jwt"}),
        "alg none": jwt.encode(claims, None, algorithm="none", headers={"typ": "at+jwt"}),
        "other audience": jwt.encode(
            {**claims, "aud": "someone-else"}, key, algorithm="HS256", headers={"typ": "at+jwt"}
        ),
        "other issuer": jwt.encode({**claims, "iss": "http://evil"}, key, algorithm="HS256", headers={"typ": "at+jwt"}),
        "expired": expired,
    }
    for name, token in forged.items():
        response = client.get("/v1/me", headers=bearer(token))
        assert response.status_code == 401, name
        assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"', name


def test_a_valid_token_for_a_desk_that_does_not_exist_is_401(
    client: TestClient, owner: tuple[MadeStudio, dict[str, Any]]
) -> None:
    studio, _ = owner
    signer = AccessTokens(TEST_SECRET_KEY.encode(), issuer="http://testserver", audience="kronos-desk", ttl_s=900)
    token = signer.issue(
        staff_id=studio.owner_staff_id,
        studio_id=studio.studio_id,
        desk_id=uuid.uuid4(),
        role=Role.OWNER,
        now=dt.datetime.now(dt.UTC),
    )
    assert client.get("/v1/me", headers=bearer(token)).status_code == 401


def test_revoked_desk_is_refused_on_its_next_request(
    client: TestClient, make_studio: MakeStudio, owner: tuple[MadeStudio, dict[str, Any]]
) -> None:
    studio, tokens = owner
    stolen = sign_in(client, studio.email, studio.password, desk_name="Notebook roubado")
    assert client.get("/v1/me", headers=bearer(stolen["access_token"])).status_code == 200
    response = client.post(f"/v1/desks/{stolen['desk']['id']}/revoke", headers=bearer(tokens["access_token"]))
    assert response.status_code == 200
    assert response.json()["revoked_at"] is not None
    assert response.json()["revoked_by"] == str(studio.owner_staff_id)
    # The access token has 15 minutes left, and is refused now.
    after = client.get("/v1/me", headers=bearer(stolen["access_token"]))
    assert after.status_code == 401
    assert after.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    # Revoking again is harmless; the owner's own desk is untouched.
    assert client.post(f"/v1/desks/{stolen['desk']['id']}/revoke", headers=bearer(tokens["access_token"])).is_success
    assert client.get("/v1/me", headers=bearer(tokens["access_token"])).status_code == 200


def test_deactivated_enroller_stops_their_desks(
    client: TestClient, make_member: MakeMember, owner: tuple[MadeStudio, dict[str, Any]]
) -> None:
    studio, tokens = owner
    manager = make_member(studio.studio_id, Role.MANAGER)
    desk = sign_in(client, manager.email, manager.password)
    assert client.get("/v1/me", headers=bearer(desk["access_token"])).status_code == 200
    patched = client.patch(
        f"/v1/staff/{manager.staff_id}", json={"active": False}, headers=bearer(tokens["access_token"])
    )
    assert patched.status_code == 200, patched.text
    assert client.get("/v1/me", headers=bearer(desk["access_token"])).status_code == 401
    assert flow.refresh(client, desk["refresh_token"]).status_code == 400


def test_demoted_enroller_caps_the_desk_at_once(
    client: TestClient, make_member: MakeMember, owner: tuple[MadeStudio, dict[str, Any]]
) -> None:
    studio, tokens = owner
    manager = make_member(studio.studio_id, Role.MANAGER)
    desk = sign_in(client, manager.email, manager.password)
    assert client.get("/v1/desks", headers=bearer(desk["access_token"])).status_code == 200
    demoted = client.patch(
        f"/v1/staff/{manager.staff_id}", json={"role": "receptionist"}, headers=bearer(tokens["access_token"])
    )
    assert demoted.status_code == 200
    # Same token, same desk (enrolled as manager): it now acts as a receptionist.
    me = client.get("/v1/me", headers=bearer(desk["access_token"]))
    assert me.json()["role"] == "receptionist"
    forbidden = client.get("/v1/desks", headers=bearer(desk["access_token"]))
    assert forbidden.status_code == 403
    assert forbidden.headers["content-type"] == "application/problem+json"
    # A refreshed token says so too.
    assert flow.refresh(client, desk["refresh_token"]).json()["role"] == "receptionist"
    # Promoted back, the desk is capped by its own role (manager), not raised to anything more.
    client.patch(f"/v1/staff/{manager.staff_id}", json={"role": "owner"}, headers=bearer(tokens["access_token"]))
    assert client.get("/v1/me", headers=bearer(desk["access_token"])).json()["role"] == "manager"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/v1/desks", None),
        ("POST", "/v1/desks/{desk}/revoke", None),
        ("PATCH", "/v1/desks/{desk}", {"name": "x"}),
        ("GET", "/v1/staff", None),
        ("POST", "/v1/staff", {"email": "x@example.com", "display_name": "X", "role": "artist"}),
        ("PATCH", "/v1/staff/{staff}", {"display_name": "X"}),
        ("PUT", "/v1/staff/{staff}/pin", {"pin": "1234"}),
    ],
)
def test_a_desk_without_the_role_gets_403(
    client: TestClient,
    make_member: MakeMember,
    owner: tuple[MadeStudio, dict[str, Any]],
    method: str,
    path: str,
    body: dict[str, str] | None,
) -> None:
    studio, tokens = owner
    manager = make_member(studio.studio_id, Role.MANAGER)
    desk = sign_in(client, manager.email, manager.password)
    client.patch(f"/v1/staff/{manager.staff_id}", json={"role": "artist"}, headers=bearer(tokens["access_token"]))
    url = path.format(desk=tokens["desk"]["id"], staff=studio.owner_staff_id)
    response = client.request(method, url, json=body, headers=bearer(desk["access_token"]))
    assert response.status_code == 403, response.text
    # Nothing happened to the owner's desk.
    assert client.get("/v1/me", headers=bearer(tokens["access_token"])).status_code == 200


# -- desks -------------------------------------------------------------------------------------
def test_list_and_rename_desks(client: TestClient, owner: tuple[MadeStudio, dict[str, Any]]) -> None:
    studio, tokens = owner
    other = sign_in(client, studio.email, studio.password, desk_name="Sala 2")
    listed = client.get("/v1/desks", headers=bearer(tokens["access_token"]))
    assert listed.status_code == 200
    desks = {d["id"]: d for d in listed.json()}
    assert set(desks) == {tokens["desk"]["id"], other["desk"]["id"]}
    mine = desks[tokens["desk"]["id"]]
    assert mine["current"] is True
    assert mine["name"] == "Balcão"
    assert mine["role"] == "owner"
    assert mine["enrolled_by"] == {"id": str(studio.owner_staff_id), "display_name": "Ana"}
    assert mine["last_seen_at"] is not None
    renamed = client.patch(
        f"/v1/desks/{other['desk']['id']}", json={"name": "  Sala dos fundos "}, headers=bearer(tokens["access_token"])
    )
    assert renamed.status_code == 200
    assert renamed.json()["name"] == "Sala dos fundos"
    assert client.get("/v1/me", headers=bearer(other["access_token"])).json()["desk"]["name"] == "Sala dos fundos"


@pytest.mark.parametrize("body", [{"name": ""}, {"name": "x" * 121}, {}, {"name": "ok", "role": "owner"}])
def test_rename_desk_bad_input_is_422(
    client: TestClient, owner: tuple[MadeStudio, dict[str, Any]], body: dict[str, str]
) -> None:
    _, tokens = owner
    response = client.patch(f"/v1/desks/{tokens['desk']['id']}", json=body, headers=bearer(tokens["access_token"]))
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_unknown_desk_is_404(client: TestClient, owner: tuple[MadeStudio, dict[str, Any]]) -> None:
    _, tokens = owner
    headers = bearer(tokens["access_token"])
    assert client.post(f"/v1/desks/{uuid.uuid4()}/revoke", headers=headers).status_code == 404
    assert client.patch(f"/v1/desks/{uuid.uuid4()}", json={"name": "x"}, headers=headers).status_code == 404
    assert client.post("/v1/desks/not-a-uuid/revoke", headers=headers).status_code == 422


# -- staff -------------------------------------------------------------------------------------
def test_invite_a_new_person_with_an_initial_password(
    client: TestClient, owner: tuple[MadeStudio, dict[str, Any]], central_db: CentralDb
) -> None:
    studio, tokens = owner
    response = client.post(
        "/v1/staff",
        json={
            "email": " Bia@Example.com ",
            "display_name": "Bia",
            "role": "manager",
            "initial_password": "uma senha comprida",
        },
        headers=bearer(tokens["access_token"]),
    )
    assert response.status_code == 201, response.text
    staff = response.json()
    assert staff["email"] == "bia@example.com"
    assert staff["role"] == "manager"
    assert staff["status"] == "invited"  # the same answer as for an existing login (test_invitations.py)
    # Once she accepts on the server's page, the new manager can sign in and enrol a desk.
    assert answer_invitation(client, "bia@example.com", "uma senha comprida", "accept", studio.name).status_code == 200
    desk = sign_in(client, "bia@example.com", "uma senha comprida")
    assert desk["studio"]["id"] == str(studio.studio_id)
    stored = _admin_rows(central_db, "SELECT password_hash FROM app_user WHERE email = 'bia@example.com'")
    assert stored[0]["password_hash"].startswith("$argon2id$")


def test_invite_links_an_existing_login_and_keeps_its_password(
    client: TestClient, make_studio: MakeStudio, owner: tuple[MadeStudio, dict[str, Any]]
) -> None:
    _, tokens = owner
    elsewhere = make_studio("Outro estúdio")
    response = client.post(
        "/v1/staff",
        json={
            "email": elsewhere.email,
            "display_name": "Guest",
            "role": "artist",
            "initial_password": "an attempt to take over",
        },
        headers=bearer(tokens["access_token"]),
    )
    assert response.status_code == 201
    assert response.json()["status"] == "invited"
    assert answer_invitation(client, elsewhere.email, elsewhere.password, "accept", "Tinta Forte").status_code == 200
    # The person still signs in with their own password (and now chooses between two studios).
    attempt = flow.start(client)
    assert flow.submit(client, attempt, elsewhere.email, "an attempt to take over").status_code == 400
    page = flow.submit(client, attempt, elsewhere.email, elsewhere.password)
    assert len(attempt.studio_choices()) == 2, page.text
    again = client.post(
        "/v1/staff",
        json={"email": elsewhere.email, "display_name": "Guest", "role": "artist"},
        headers=bearer(tokens["access_token"]),
    )
    assert again.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"email": "new@example.com", "display_name": "New", "role": "artist", "initial_password": "short"},
        {"email": "not-an-email", "display_name": "New", "role": "artist", "initial_password": "long enough pw"},
        {"email": "new@example.com", "display_name": "New", "role": "boss", "initial_password": "long enough pw"},
        {"email": "new@example.com", "display_name": "", "role": "artist", "initial_password": "long enough pw"},
        {"email": "new@example.com", "role": "artist", "initial_password": "long enough pw", "extra": 1},
    ],
)
def test_invite_bad_input_is_422(
    client: TestClient, owner: tuple[MadeStudio, dict[str, Any]], body: dict[str, Any]
) -> None:
    _, tokens = owner
    response = client.post("/v1/staff", json=body, headers=bearer(tokens["access_token"]))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"


def test_manager_cannot_make_an_owner_nor_change_one(
    client: TestClient, make_member: MakeMember, owner: tuple[MadeStudio, dict[str, Any]]
) -> None:
    studio, _ = owner
    manager = make_member(studio.studio_id, Role.MANAGER)
    desk = sign_in(client, manager.email, manager.password)
    headers = bearer(desk["access_token"])
    invite = client.post(
        "/v1/staff",
        json={"email": "x@example.com", "display_name": "X", "role": "owner", "initial_password": "long enough pw"},
        headers=headers,
    )
    assert invite.status_code == 403
    assert client.patch(f"/v1/staff/{studio.owner_staff_id}", json={"role": "artist"}, headers=headers).status_code == (
        403
    )
    assert client.put(f"/v1/staff/{studio.owner_staff_id}/pin", json={"pin": "1234"}, headers=headers).status_code == (
        403
    )
    # A manager does manage the rest of the staff.
    artist = make_member(studio.studio_id, Role.ARTIST)
    assert client.patch(f"/v1/staff/{artist.staff_id}", json={"color": "#112233"}, headers=headers).status_code == 200


def test_staff_patch_errors(client: TestClient, owner: tuple[MadeStudio, dict[str, Any]]) -> None:
    studio, tokens = owner
    headers = bearer(tokens["access_token"])
    assert client.patch(f"/v1/staff/{uuid.uuid4()}", json={"active": False}, headers=headers).status_code == 404
    assert client.patch(f"/v1/staff/{studio.owner_staff_id}", json={}, headers=headers).status_code == 422
    assert client.patch(f"/v1/staff/{studio.owner_staff_id}", json={"role": "x"}, headers=headers).status_code == 422
    assert client.patch(f"/v1/staff/{studio.owner_staff_id}", json={"color": "red"}, headers=headers).status_code == (
        422
    )


def test_set_pin_stores_an_argon2id_hash_as_a_mutation(
    client: TestClient, make_member: MakeMember, owner: tuple[MadeStudio, dict[str, Any]], central_db: CentralDb
) -> None:
    studio, tokens = owner
    artist = make_member(studio.studio_id, Role.ARTIST)
    before = _admin_rows(central_db, "SELECT version FROM studio_clock WHERE studio_id = :s", s=studio.studio_id)
    response = client.put(
        f"/v1/staff/{artist.staff_id}/pin", json={"pin": "4821"}, headers=bearer(tokens["access_token"])
    )
    assert response.status_code == 204
    row = _admin_rows(central_db, "SELECT pin_hash, version FROM staff WHERE id = :s", s=artist.staff_id)[0]
    assert row["pin_hash"].startswith("$argon2id$")
    assert "4821" not in row["pin_hash"]
    PasswordHasher().verify(row["pin_hash"], "4821")
    assert row["version"] == before[0]["version"] + 1  # the studio's next version: desks pull it
    listed = client.get("/v1/staff", headers=bearer(tokens["access_token"])).json()
    assert {s["id"]: s["has_pin"] for s in listed}[str(artist.staff_id)] is True


@pytest.mark.parametrize("pin", ["123", "1234567", "123456789", "12a4", "", "١٢٣٤"])
def test_set_pin_bad_input_is_422(client: TestClient, owner: tuple[MadeStudio, dict[str, Any]], pin: str) -> None:
    studio, tokens = owner
    response = client.put(
        f"/v1/staff/{studio.owner_staff_id}/pin", json={"pin": pin}, headers=bearer(tokens["access_token"])
    )
    assert response.status_code == 422


def test_me_is_the_cheap_authenticated_endpoint(client: TestClient, owner: tuple[MadeStudio, dict[str, Any]]) -> None:
    studio, tokens = owner
    me = client.get("/v1/me", headers=bearer(tokens["access_token"])).json()
    assert me == {
        "studio": {"id": str(studio.studio_id), "name": "Tinta Forte"},
        "desk": tokens["desk"],
        "staff": {"id": str(studio.owner_staff_id), "display_name": "Ana"},
        "role": "owner",
    }


@pytest.mark.parametrize("bad", ["nul\x00byte", "lone \ud800 surrogate", "bell\x07"])
def test_text_the_database_cannot_hold_is_422(
    client: TestClient, owner: tuple[MadeStudio, dict[str, Any]], bad: str
) -> None:
    """Found by the fuzz run: NUL reached PostgreSQL (a 500). Refused at the door now."""
    studio, tokens = owner
    headers = {**bearer(tokens["access_token"]), "Content-Type": "application/json"}
    body = json.dumps({"name": bad})  # json.dumps escapes the surrogate as \\ud800, as a client would
    assert client.patch(f"/v1/desks/{tokens['desk']['id']}", content=body, headers=headers).status_code == 422
    invite = json.dumps({"email": "a@example.com", "display_name": bad, "role": "artist", "initial_password": bad * 5})
    assert client.post("/v1/staff", content=invite, headers=headers).status_code == 422
    patch = json.dumps({"display_name": bad})
    assert client.patch(f"/v1/staff/{studio.owner_staff_id}", content=patch, headers=headers).status_code == 422
