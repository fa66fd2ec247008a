"""The authorization-code flow with PKCE, driven as the desk and its browser do (real PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, pool, text

from kronos_core.roles import Role
from kronos_server.auth import grants
from kronos_server.auth.config import cheap_config
from kronos_server.auth.passwords import Hasher
from kronos_server.db import Database
from tests.server.auth import flow
from tests.server.auth.flow import bearer, sign_in
from tests.server.conftest import CentralDb, MadeMember, MadeStudio

MakeStudio = Callable[..., MadeStudio]
MakeMember = Callable[..., MadeMember]


def _admin_sql(central_db: CentralDb, sql: str, **params: object) -> None:
    engine = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    with engine.begin() as conn:
        conn.execute(text(sql), params)
    engine.dispose()


# -- metadata ----------------------------------------------------------------------------------
def test_metadata_rfc8414(client: TestClient) -> None:
    response = client.get("/.well-known/oauth-authorization-server")
    assert response.status_code == 200
    meta = response.json()
    assert meta["issuer"] == "http://testserver"
    assert meta["authorization_endpoint"] == "http://testserver/oauth/authorize"
    assert meta["token_endpoint"] == "http://testserver/oauth/token"
    assert meta["revocation_endpoint"] == "http://testserver/oauth/revoke"
    assert meta["code_challenge_methods_supported"] == ["S256"]
    assert meta["response_types_supported"] == ["code"]
    assert set(meta["grant_types_supported"]) == {"authorization_code", "refresh_token"}
    assert meta["token_endpoint_auth_methods_supported"] == ["none"]


# -- the happy path ----------------------------------------------------------------------------
def test_full_flow_enrols_a_desk_and_tells_whom(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio("Tinta Forte", owner_name="Ana")
    attempt = flow.start(client)
    assert attempt.page.status_code == 200
    assert "text/html" in attempt.page.headers["content-type"]
    assert "frame-ancestors 'none'" in attempt.page.headers["content-security-policy"]
    response = flow.submit(client, attempt, studio.email.upper(), studio.password, "Recepção")
    code = flow.code_from(response, attempt)
    assert parse_qs(urlsplit(response.headers["location"]).query)["iss"] == ["http://testserver"]
    token = flow.exchange(client, attempt, code)
    assert token.status_code == 200, token.text
    assert token.headers["cache-control"] == "no-store"
    body = token.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert body["studio"] == {"id": str(studio.studio_id), "name": "Tinta Forte"}
    assert body["desk"]["name"] == "Recepção"
    assert body["staff"] == {"id": str(studio.owner_staff_id), "display_name": "Ana"}
    assert body["role"] == "owner"
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["studio"] == str(studio.studio_id)
    assert claims["desk"] == body["desk"]["id"]
    assert claims["sub"] == str(studio.owner_staff_id)
    assert claims["role"] == "owner"
    assert claims["aud"] == "kronos-desk"
    assert claims["iss"] == "http://testserver"
    me = client.get("/v1/me", headers=bearer(body["access_token"]))
    assert me.status_code == 200
    assert me.json()["desk"] == body["desk"]


def test_another_loopback_port_is_accepted(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    for port in (1024, 60999):
        attempt = flow.start(client, uri=flow.redirect_uri(port))
        code = flow.code_from(flow.submit(client, attempt, studio.email, studio.password), attempt)
        assert flow.exchange(client, attempt, code).status_code == 200


# -- refused redirect URIs and requests ----------------------------------------------------------
@pytest.mark.parametrize(
    "uri",
    [
        "http://evil.example:51234/callback",
        "http://localhost:51234/callback",
        "http://127.0.0.1:51234/other",
        "https://127.0.0.1:51234/callback",
        "http://127.0.0.1:51234@evil.example/callback",
    ],
)
def test_redirect_to_another_host_or_path_is_refused_without_redirecting(client: TestClient, uri: str) -> None:
    attempt = flow.start(client, uri=uri)
    assert attempt.page.status_code == 400
    assert "location" not in attempt.page.headers
    assert "text/html" in attempt.page.headers["content-type"]


def test_unknown_client_is_refused_without_redirecting(client: TestClient) -> None:
    page = client.get(
        "/oauth/authorize",
        params={"response_type": "code", "client_id": "evil", "redirect_uri": flow.redirect_uri()},
        follow_redirects=False,
    )
    assert page.status_code == 400
    assert "location" not in page.headers


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"code_challenge_method": "plain"}, "invalid_request"),
        ({"code_challenge_method": None}, "invalid_request"),
        ({"code_challenge": None}, "invalid_request"),
        ({"code_challenge": "too-short"}, "invalid_request"),
        ({"response_type": "token"}, "unsupported_response_type"),
    ],
)
def test_bad_requests_are_sent_back_to_the_desk(client: TestClient, change: dict[str, str | None], error: str) -> None:
    params: dict[str, str | None] = {
        "response_type": "code",
        "client_id": flow.CLIENT_ID,
        "redirect_uri": flow.redirect_uri(),
        "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        "code_challenge_method": "S256",
        "state": "xyz",
    }
    params.update(change)
    page = client.get(
        "/oauth/authorize", params={k: v for k, v in params.items() if v is not None}, follow_redirects=False
    )
    assert page.status_code == 302
    query = parse_qs(urlsplit(page.headers["location"]).query)
    assert query["error"] == [error]
    assert query["state"] == ["xyz"]
    assert "code" not in query


# -- PKCE, code reuse, exchange checks -----------------------------------------------------------
def test_pkce_mismatch_is_refused_and_spends_the_code(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    attempt = flow.start(client)
    code = flow.code_from(flow.submit(client, attempt, studio.email, studio.password), attempt)
    wrong = flow.exchange(client, attempt, code, verifier="x" * 64)
    assert wrong.status_code == 400
    assert wrong.json()["error"] == "invalid_grant"
    assert wrong.json()["status"] == 400  # also a problem document
    # An attacker who tried first leaves the code spent: the right verifier no longer helps.
    assert flow.exchange(client, attempt, code).status_code == 400


def test_redirect_uri_must_equal_the_authorization_requests(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    attempt = flow.start(client, uri=flow.redirect_uri(40000))
    code = flow.code_from(flow.submit(client, attempt, studio.email, studio.password), attempt)
    response = flow.exchange(client, attempt, code, uri=flow.redirect_uri(40001))
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_code_reuse_is_refused_and_revokes_what_it_issued(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    attempt = flow.start(client)
    code = flow.code_from(flow.submit(client, attempt, studio.email, studio.password), attempt)
    first = flow.exchange(client, attempt, code)
    assert first.status_code == 200
    tokens = first.json()
    assert client.get("/v1/me", headers=bearer(tokens["access_token"])).status_code == 200

    again = flow.exchange(client, attempt, code)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"
    # RFC 6749 §4.1.2: what the code issued is revoked: the access token and the refresh token.
    me = client.get("/v1/me", headers=bearer(tokens["access_token"]))
    assert me.status_code == 401
    assert me.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    assert flow.refresh(client, tokens["refresh_token"]).json()["error"] == "invalid_grant"


def test_expired_code_is_refused(client: TestClient, make_studio: MakeStudio, central_db: CentralDb) -> None:
    studio = make_studio()
    attempt = flow.start(client)
    code = flow.code_from(flow.submit(client, attempt, studio.email, studio.password), attempt)
    _admin_sql(
        central_db,
        "UPDATE auth_code SET expires_at = now() - interval '1 second' WHERE studio_id = :sid",
        sid=studio.studio_id,
    )
    response = flow.exchange(client, attempt, code)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({}, "invalid_request"),
        ({"grant_type": "password", "username": "a", "password": "b"}, "unsupported_grant_type"),
        ({"grant_type": "client_credentials"}, "unsupported_grant_type"),
        ({"grant_type": "authorization_code", "code": "x"}, "invalid_request"),
        (
            {
                "grant_type": "authorization_code",
                "code": "kc1.00000000000000000000000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "redirect_uri": "http://127.0.0.1:5/callback",
                "code_verifier": "a" * 43,
                "client_id": "kronos-desktop",
            },
            "invalid_grant",
        ),
        ({"grant_type": "refresh_token"}, "invalid_request"),
        ({"grant_type": "refresh_token", "refresh_token": "garbage"}, "invalid_grant"),
        ({"grant_type": "refresh_token", "refresh_token": "x", "client_id": "evil"}, "invalid_client"),
    ],
)
def test_token_endpoint_errors_are_rfc6749_and_problem_documents(
    client: TestClient, data: dict[str, str], error: str
) -> None:
    response = client.post("/oauth/token", data=data)
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == error
    assert body["status"] == 400
    assert body["type"].endswith(f"/oauth/{error}")


def test_token_endpoint_refuses_json_bodies_as_a_4xx(client: TestClient) -> None:
    response = client.post("/oauth/token", json={"grant_type": "refresh_token", "refresh_token": "x"})
    assert 400 <= response.status_code < 500


# -- refresh rotation and reuse ----------------------------------------------------------------
def test_refresh_rotates_and_reuse_revokes_the_family(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    first = sign_in(client, studio.email, studio.password)
    second = flow.refresh(client, first["refresh_token"])
    assert second.status_code == 200, second.text
    rotated = second.json()
    assert rotated["refresh_token"] != first["refresh_token"]
    assert rotated["desk"] == first["desk"]
    third = flow.refresh(client, rotated["refresh_token"])
    assert third.status_code == 200
    latest = third.json()

    assert client.get("/v1/me", headers=bearer(latest["access_token"])).status_code == 200

    # The first token again: someone else holds the family. Everything in it is revoked, and the
    # desk with it: the access tokens already out stop at once.
    reuse = flow.refresh(client, first["refresh_token"])
    assert reuse.status_code == 400
    assert reuse.json()["error"] == "invalid_grant"
    assert flow.refresh(client, latest["refresh_token"]).json()["error"] == "invalid_grant"
    assert client.get("/v1/me", headers=bearer(latest["access_token"])).status_code == 401


def test_refresh_of_a_revoked_desk_is_refused(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    owner = sign_in(client, studio.email, studio.password, desk_name="A")
    lost = sign_in(client, studio.email, studio.password, desk_name="B")
    revoked = client.post(f"/v1/desks/{lost['desk']['id']}/revoke", headers=bearer(owner["access_token"]))
    assert revoked.status_code == 200
    assert flow.refresh(client, lost["refresh_token"]).json()["error"] == "invalid_grant"


# -- revocation (RFC 7009) ---------------------------------------------------------------------
def test_revoking_the_refresh_token_signs_the_desk_out(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    tokens = sign_in(client, studio.email, studio.password)
    response = client.post("/oauth/revoke", data={"token": tokens["refresh_token"], "client_id": flow.CLIENT_ID})
    assert response.status_code == 200
    assert flow.refresh(client, tokens["refresh_token"]).status_code == 400
    assert client.get("/v1/me", headers=bearer(tokens["access_token"])).status_code == 401


def test_revoking_an_access_token_signs_the_desk_out(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    tokens = sign_in(client, studio.email, studio.password)
    assert client.post("/oauth/revoke", data={"token": tokens["access_token"]}).status_code == 200
    assert client.get("/v1/me", headers=bearer(tokens["access_token"])).status_code == 401


@pytest.mark.parametrize("token", ["garbage", "kr1.00000000000000000000000000000000." + "A" * 43, "x" * 5000])
def test_revoking_an_unknown_token_answers_200(client: TestClient, token: str) -> None:
    assert client.post("/oauth/revoke", data={"token": token}).status_code == 200


def test_revoke_without_a_token_is_invalid_request(client: TestClient) -> None:
    response = client.post("/oauth/revoke", data={})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


# -- who may enrol -----------------------------------------------------------------------------
@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.ARTIST])
def test_only_owners_and_managers_enrol_desks(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember, role: Role
) -> None:
    studio = make_studio()
    member = make_member(studio.studio_id, role)
    attempt = flow.start(client, lang="en")
    response = flow.submit(client, attempt, member.email, member.password)
    assert response.status_code == 403
    assert "location" not in response.headers
    assert "Only owners and managers can enrol a desk" in response.text
    # The same page lets the owner sign in instead.
    assert flow.code_from(flow.submit(client, attempt, studio.email, studio.password), attempt)


def test_manager_enrols_a_manager_desk(client: TestClient, make_studio: MakeStudio, make_member: MakeMember) -> None:
    studio = make_studio()
    manager = make_member(studio.studio_id, Role.MANAGER)
    tokens = sign_in(client, manager.email, manager.password)
    assert tokens["role"] == "manager"
    assert tokens["staff"]["id"] == str(manager.staff_id)


def test_demoted_before_the_exchange_is_refused(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember
) -> None:
    studio = make_studio()
    manager = make_member(studio.studio_id, Role.MANAGER)
    owner = sign_in(client, studio.email, studio.password)
    attempt = flow.start(client)
    code = flow.code_from(flow.submit(client, attempt, manager.email, manager.password), attempt)
    demoted = client.patch(
        f"/v1/staff/{manager.staff_id}", json={"role": "receptionist"}, headers=bearer(owner["access_token"])
    )
    assert demoted.status_code == 200, demoted.text
    response = flow.exchange(client, attempt, code)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_guest_artist_chooses_the_studio_at_login(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember
) -> None:
    home = make_studio("Agulha de Ouro")
    guest_studio = make_studio("Bico de Pena")
    manager = make_member(home.studio_id, Role.MANAGER, name="Caio")
    artist = make_member(guest_studio.studio_id, Role.ARTIST, email=manager.email, name="Caio")
    assert artist.user_id == manager.user_id

    attempt = flow.start(client, lang="pt-BR")
    page = flow.submit(client, attempt, manager.email, manager.password)
    assert page.status_code == 200
    assert "Escolha o estúdio" in page.text
    assert "Agulha de Ouro" in page.text
    assert "Bico de Pena" in page.text
    assert set(attempt.studio_choices()) == {str(manager.staff_id), str(artist.staff_id)}
    assert "password" not in attempt.hidden()  # asked once

    # As a guest artist the person cannot enrol a desk of that studio...
    refused = flow.choose(client, attempt, str(artist.staff_id))
    assert refused.status_code == 403
    # ...a staff id that is not theirs is refused as well...
    attempt2 = flow.start(client)
    flow.submit(client, attempt2, manager.email, manager.password)
    assert flow.choose(client, attempt2, str(home.owner_staff_id)).status_code == 400
    # ...and as the home studio's manager they can.
    attempt3 = flow.start(client)
    flow.submit(client, attempt3, manager.email, manager.password)
    code = flow.code_from(flow.choose(client, attempt3, str(manager.staff_id)), attempt3)
    body = flow.exchange(client, attempt3, code).json()
    assert body["studio"]["id"] == str(home.studio_id)
    assert body["role"] == "manager"


# -- the page ----------------------------------------------------------------------------------
def test_wrong_password_and_unknown_user_look_the_same(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    attempt = flow.start(client, lang="en")
    wrong = flow.submit(client, attempt, studio.email, "not the password")
    unknown = flow.submit(client, attempt, "nobody@example.com", "not the password")
    assert wrong.status_code == unknown.status_code == 400
    assert "Wrong e-mail or password." in wrong.text
    assert "Wrong e-mail or password." in unknown.text


@pytest.mark.parametrize(
    ("headers", "query", "expected"),
    [
        ({}, None, ("pt-BR", "Senha")),
        ({"Accept-Language": "en-US,en;q=0.9"}, None, ("en", "Password")),
        ({"Accept-Language": "fr-FR, en;q=0.5, pt-BR;q=0.8"}, None, ("pt-BR", "Senha")),
        ({"Accept-Language": "pt-BR"}, "en", ("en", "Password")),
        ({"Accept-Language": "en"}, "pt-BR", ("pt-BR", "Senha")),
    ],
)
def test_page_language(
    client: TestClient, headers: dict[str, str], query: str | None, expected: tuple[str, str]
) -> None:
    client.headers.update(headers)
    try:
        page = flow.start(client, lang=query).page
    finally:
        for key in headers:
            client.headers.pop(key, None)
    lang, word = expected
    assert f'<html lang="{lang}">' in page.text
    assert word in page.text


def test_page_escapes_what_it_echoes(client: TestClient) -> None:
    page = flow.start(client, desk_name='<script>alert("x")</script>').page
    assert page.status_code == 200
    assert "<script>" not in page.text
    assert "&lt;script&gt;" in page.text


def test_form_needs_the_browsers_cookie(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    attempt = flow.start(client)
    client.cookies.clear()  # another browser, or a cross-site form
    response = flow.submit(client, attempt, studio.email, studio.password)
    assert response.status_code == 400
    assert "location" not in response.headers


def test_form_with_a_forged_transaction_is_refused(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    attempt = flow.start(client)
    form = attempt.hidden()
    claims = jwt.decode(form["tx"], options={"verify_signature": False})
    claims["ru"] = "http://127.0.0.1:5/callback"
    form["tx"] = jwt.encode(claims, "guessed-key-" + "x" * 40, algorithm="HS256")
    form.update({"email": studio.email, "password": studio.password, "desk_name": "x"})
    response = client.post("/oauth/authorize", data=form, follow_redirects=False)
    assert response.status_code == 400
    assert "location" not in response.headers


def test_form_missing_fields(client: TestClient) -> None:
    attempt = flow.start(client)
    assert flow.submit(client, attempt, "", "", "").status_code == 400
    assert client.post("/oauth/authorize", data={}).status_code == 400


def test_password_rehashed_to_the_configured_cost(
    client: TestClient, make_studio: MakeStudio, central_db: CentralDb
) -> None:
    studio = make_studio()
    stronger = Hasher(cheap_config(argon2_memory_kib=1024, argon2_time_cost=2)).hash(studio.password)
    _admin_sql(central_db, "UPDATE app_user SET password_hash = :h WHERE id = :u", h=stronger, u=studio.user_id)
    sign_in(client, studio.email, studio.password)
    engine = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM app_user WHERE id = :u"), {"u": studio.user_id}).scalar()
    engine.dispose()
    assert stored is not None
    assert stored.startswith("$argon2id$v=19$m=64,t=1,p=1$")
    sign_in(client, studio.email, studio.password)  # and it still signs in


def test_access_token_lifetime_follows_settings(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    body = sign_in(client, studio.email, studio.password)
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert dt.timedelta(seconds=claims["exp"] - claims["iat"]) == dt.timedelta(seconds=900)


@pytest.mark.parametrize("bad", ["nul\x00byte", "bell\x07"])
def test_form_text_the_database_cannot_hold_is_a_4xx(client: TestClient, bad: str) -> None:
    params = {
        "response_type": "code",
        "client_id": flow.CLIENT_ID,
        "redirect_uri": flow.redirect_uri(),
        "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        "code_challenge_method": "S256",
    }
    refused = client.get("/oauth/authorize", params={**params, "state": bad}, follow_redirects=False)
    assert refused.status_code == 400  # a state the desk could not have sent: no redirect at all
    assert "location" not in refused.headers
    page = client.get("/oauth/authorize", params={**params, "state": "xyz", "desk_name": bad})
    assert page.status_code == 200
    assert "\x00" not in page.text
    attempt = flow.start(client)
    assert flow.submit(client, attempt, f"a{bad}@example.com", bad * 10, bad).status_code == 400
    for data in (
        {"grant_type": "refresh_token", "refresh_token": bad},
        {
            "grant_type": "authorization_code",
            "code": bad,
            "redirect_uri": bad,
            "code_verifier": bad,
            "client_id": flow.CLIENT_ID,
        },
    ):
        assert client.post("/oauth/token", data=data).status_code == 400
    assert client.post("/oauth/revoke", data={"token": bad}).status_code == 200


def test_two_refreshes_racing_with_one_token_leave_one_working_token(
    client: TestClient, make_studio: MakeStudio, app_db: Database
) -> None:
    """The row lock serializes them: one rotates; the other finds the unused child within the
    grace period (as when an answer is lost) and answers that same child. Both hold one token."""
    studio = make_studio()
    tokens = sign_in(client, studio.email, studio.password)
    barrier = threading.Barrier(2)
    issued: list[str] = []

    def refresh_once() -> None:
        barrier.wait()
        with app_db.tenant(studio.studio_id) as conn:
            try:
                rotated = grants.rotate_refresh(
                    conn, tokens["refresh_token"], dt.datetime.now(dt.UTC), 90, child_key=b"k" * 32
                )
                issued.append(rotated.refresh_token)
            except grants.GrantError:
                issued.append("refused")

    threads = [threading.Thread(target=refresh_once) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert "refused" not in issued
    assert len(set(issued)) == 1
    assert flow.refresh(client, issued[0]).status_code == 200


def test_a_lost_refresh_answer_does_not_sign_the_desk_out(client: TestClient, make_studio: MakeStudio) -> None:
    """The rotation committed but its answer never arrived: the desk presents the old token
    again and gets the same child (test_refresh_replay.py has the rule in full)."""
    studio = make_studio()
    first = sign_in(client, studio.email, studio.password)
    lost = flow.refresh(client, first["refresh_token"]).json()  # the desk never sees this
    again = flow.refresh(client, first["refresh_token"])
    assert again.status_code == 200, again.text
    fresh = again.json()
    assert fresh["refresh_token"] == lost["refresh_token"]
    assert client.get("/v1/me", headers=bearer(fresh["access_token"])).status_code == 200
    assert flow.refresh(client, fresh["refresh_token"]).status_code == 200
