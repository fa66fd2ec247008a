"""Tenant isolation over every auth endpoint: studio A's desk gets nothing of studio B.

The server connects as its ordinary role (tests/server/conftest.py), so row-level security is in
force underneath; these tests check what the endpoints answer. Every route of the auth routers
must appear in CASES (a new route without an isolation case fails ``test_every_route_is_covered``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

import kronos_server.auth
from kronos_core.roles import Role
from kronos_server.auth.tokens import AccessTokens
from tests.server.auth import flow
from tests.server.auth.flow import bearer, sign_in
from tests.server.conftest import TEST_SECRET_KEY, MadeMember, MadeStudio


@dataclass
class Side:
    studio: MadeStudio
    tokens: dict[str, Any]
    artist: MadeMember

    @property
    def headers(self) -> dict[str, str]:
        return bearer(self.tokens["access_token"])

    def secrets(self) -> set[str]:
        """Ids and names of this studio that must never reach the other studio."""
        return {
            str(self.studio.studio_id),
            str(self.studio.owner_staff_id),
            str(self.artist.staff_id),
            self.tokens["desk"]["id"],
            self.studio.name,
            self.artist.email,
        }


@pytest.fixture
def sides(
    client: TestClient, make_studio: Callable[..., MadeStudio], make_member: Callable[..., MadeMember]
) -> tuple[Side, Side]:
    made = []
    for name in ("Estúdio A", "Estúdio B"):
        studio = make_studio(f"{name} {uuid.uuid4().hex[:6]}")
        artist = make_member(studio.studio_id, Role.ARTIST, name=f"Artist of {name}")
        made.append(Side(studio, sign_in(client, studio.email, studio.password, desk_name=f"Desk {name}"), artist))
    return made[0], made[1]


# (method, route template) -> a call with A's token aimed at B's things, and what it may answer.
def _calls(a: Side, b: Side) -> dict[tuple[str, str], tuple[str, str, dict[str, Any] | None, set[int]]]:
    b_desk, b_staff = b.tokens["desk"]["id"], b.artist.staff_id
    return {
        ("GET", "/v1/me"): ("GET", "/v1/me", None, {200}),
        ("GET", "/v1/desks"): ("GET", "/v1/desks", None, {200}),
        ("POST", "/v1/desks/{desk_id}/revoke"): ("POST", f"/v1/desks/{b_desk}/revoke", None, {404}),
        ("PATCH", "/v1/desks/{desk_id}"): ("PATCH", f"/v1/desks/{b_desk}", {"name": "pwned"}, {404}),
        ("GET", "/v1/staff"): ("GET", "/v1/staff", None, {200}),
        ("POST", "/v1/staff"): (
            "POST",
            "/v1/staff",
            {
                "email": f"new-{uuid.uuid4().hex[:6]}@example.com",
                "display_name": "New",
                "role": "artist",
                "initial_password": "long enough password",
            },
            {201},
        ),
        ("PATCH", "/v1/staff/{staff_id}"): ("PATCH", f"/v1/staff/{b_staff}", {"role": "manager"}, {404}),
        ("PUT", "/v1/staff/{staff_id}/pin"): ("PUT", f"/v1/staff/{b_staff}/pin", {"pin": "0000"}, {404}),
        ("GET", "/v1/staff/{staff_id}/failed-sign-ins"): ("GET", f"/v1/staff/{b_staff}/failed-sign-ins", None, {404}),
    }


OAUTH_ROUTES = {
    ("GET", "/.well-known/oauth-authorization-server"),
    ("GET", "/oauth/authorize"),
    ("POST", "/oauth/authorize"),
    ("POST", "/oauth/token"),
    ("POST", "/oauth/revoke"),
    ("POST", "/oauth/desk-ticket"),  # names the caller's own desk only (test_known_desk_sign_in.py)
}


def test_every_route_is_covered(sides: tuple[Side, Side]) -> None:
    a, b = sides
    routes = {
        (method, route.path)
        for router in kronos_server.auth.routers
        for route in router.routes
        if isinstance(route, APIRoute)
        for method in route.methods
    }
    assert routes == set(_calls(a, b)) | OAUTH_ROUTES


def test_studio_a_gets_nothing_of_studio_b(client: TestClient, sides: tuple[Side, Side]) -> None:
    a, b = sides
    for key, (method, url, body, allowed) in _calls(a, b).items():
        response = client.request(method, url, json=body, headers=a.headers)
        assert response.status_code in allowed, (key, response.status_code, response.text)
        # An id A itself put in the URL may be echoed back ("no staff member <id> in this studio").
        leaked = {secret for secret in b.secrets() if secret in response.text and secret not in url}
        assert not leaked, (key, leaked)
    # And B is as it was: its desk works under its name, its artist kept role and PIN.
    me = client.get("/v1/me", headers=b.headers)
    assert me.status_code == 200
    assert me.json()["desk"]["name"] == "Desk Estúdio B"
    staff = {s["id"]: s for s in client.get("/v1/staff", headers=b.headers).json()}
    assert staff[str(b.artist.staff_id)]["role"] == "artist"
    assert staff[str(b.artist.staff_id)]["has_pin"] is False


def test_a_token_claiming_another_studio_is_refused(client: TestClient, sides: tuple[Side, Side]) -> None:
    """Even correctly signed (a leaked key aside, impossible), studio and desk must agree in the database."""
    a, b = sides
    signer = AccessTokens(TEST_SECRET_KEY.encode(), issuer="http://testserver", audience="kronos-desk", ttl_s=900)
    token = signer.issue(
        staff_id=a.studio.owner_staff_id,
        studio_id=b.studio.studio_id,
        desk_id=uuid.UUID(a.tokens["desk"]["id"]),
        role=Role.OWNER,
        now=dt.datetime.now(dt.UTC),
    )
    assert client.get("/v1/me", headers=bearer(token)).status_code == 401
    assert client.get("/v1/desks", headers=bearer(token)).status_code == 401


def test_refresh_token_relabelled_for_another_studio_is_refused(client: TestClient, sides: tuple[Side, Side]) -> None:
    a, b = sides
    kind, _studio_hex, secret = a.tokens["refresh_token"].split(".")
    relabelled = f"{kind}.{b.studio.studio_id.hex}.{secret}"
    assert flow.refresh(client, relabelled).json()["error"] == "invalid_grant"
    # Revoking a relabelled token touches neither studio.
    assert client.post("/oauth/revoke", data={"token": relabelled}).status_code == 200
    assert client.get("/v1/me", headers=a.headers).status_code == 200
    assert client.get("/v1/me", headers=b.headers).status_code == 200
    assert flow.refresh(client, a.tokens["refresh_token"]).status_code == 200


def test_code_relabelled_for_another_studio_is_refused(client: TestClient, sides: tuple[Side, Side]) -> None:
    a, b = sides
    attempt = flow.start(client)
    code = flow.code_from(flow.submit(client, attempt, a.studio.email, a.studio.password), attempt)
    kind, _studio_hex, secret = code.split(".")
    response = flow.exchange(client, attempt, f"{kind}.{b.studio.studio_id.hex}.{secret}")
    assert response.json()["error"] == "invalid_grant"
