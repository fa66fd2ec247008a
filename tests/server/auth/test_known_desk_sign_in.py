"""Locking an account is not a way to lock anyone out (issue 9), against the real server and
PostgreSQL: strangers typing wrong passwords lock the account for unknown devices, while a
sign-in started from a desk that holds a valid enrolment of the studio (it brings a desk ticket,
kronos_server/auth/known_desk.py) still gets through with the right password. The failed
attempts are served to the studio's owners and managers, and to no one else."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from kronos_core.roles import Role
from kronos_server.auth import pkce
from kronos_server.auth.config import cheap_config
from tests.server.auth import flow
from tests.server.auth.flow import bearer, sign_in
from tests.server.conftest import MadeMember, MadeStudio

MakeStudio = Callable[..., MadeStudio]
MakeMember = Callable[..., MadeMember]


@pytest.fixture(autouse=True)
def _quick_lock(server_app: FastAPI) -> None:
    # The account locks after 4 wrong passwords; the address bar stays out of the way (the test
    # client has one address for everything, as a studio behind its ISP's shared address does).
    server_app.state.auth_config = cheap_config(
        user_slow_after=2, user_lock_after=4, ip_slow_after=500, ip_lock_after=900
    )


def _lock_out(client: TestClient, email: str) -> None:
    """A stranger (an unknown device) types wrong passwords until the account locks."""
    attempt = flow.start(client, lang="en")
    assert [flow.submit(client, attempt, email, "not the password").status_code for _ in range(4)] == [400] * 4
    assert flow.submit(client, attempt, email, "still not it").status_code == 429


def _ticket(client: TestClient, desk: dict[str, Any], verifier: str) -> Any:
    return client.post(
        "/oauth/desk-ticket",
        data={"code_challenge": pkce.challenge_for(verifier)},
        headers=bearer(desk["access_token"]),
    )


def _start_from_desk(client: TestClient, desk: dict[str, Any], *, ticket_for: str | None = None) -> flow.Attempt:
    """The desk's sign-in: a ticket for its own PKCE challenge (or, with ``ticket_for``, a ticket
    made for another sign-in's), then the browser's page with it."""
    attempt = flow.start(client, lang="en")  # only for a fresh verifier and state
    issued = _ticket(client, desk, ticket_for or attempt.verifier)
    assert issued.status_code == 200, issued.text
    assert issued.headers["cache-control"] == "no-store"
    ticket = issued.json()["desk_ticket"]
    page = client.get(
        "/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": flow.CLIENT_ID,
            "redirect_uri": attempt.redirect_uri,
            "code_challenge": pkce.challenge_for(attempt.verifier),
            "code_challenge_method": "S256",
            "state": attempt.state,
            "lang": "en",
            "desk_ticket": ticket,
        },
    )
    assert page.status_code == 200
    attempt.page = page
    return attempt


def test_a_locked_account_still_signs_in_from_an_enrolled_desk(client: TestClient, make_studio: MakeStudio) -> None:
    studio = make_studio()
    desk = sign_in(client, studio.email, studio.password, desk_name="Recepção")
    _lock_out(client, studio.email)
    # An unknown device with the right password: locked.
    assert flow.submit(client, flow.start(client), studio.email, studio.password).status_code == 429

    attempt = _start_from_desk(client, desk)
    assert flow.submit(client, attempt, studio.email, "a wrong one").status_code == 400  # still needs the password
    response = flow.submit(client, attempt, studio.email, studio.password, desk_name="Recepção")
    code = flow.code_from(response, attempt)
    tokens = flow.exchange(client, attempt, code)
    assert tokens.status_code == 200, tokens.text
    assert client.get("/v1/me", headers=bearer(tokens.json()["access_token"])).status_code == 200
    # The lock for unknown devices stays.
    assert flow.submit(client, flow.start(client), studio.email, studio.password).status_code == 429


def test_an_enrolled_desk_has_a_lock_of_its_own(client: TestClient, make_studio: MakeStudio) -> None:
    """Wrong passwords typed at the desk lock that desk's sign-ins, not the account everywhere."""
    studio = make_studio()
    desk = sign_in(client, studio.email, studio.password)
    attempt = _start_from_desk(client, desk)
    assert [flow.submit(client, attempt, studio.email, "wrong").status_code for _ in range(4)] == [400] * 4
    assert flow.submit(client, attempt, studio.email, studio.password).status_code == 429
    other = flow.start(client)
    assert flow.submit(client, other, studio.email, studio.password).status_code == 302


def test_tickets_that_do_not_hold_are_as_from_an_unknown_device(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember
) -> None:
    studio = make_studio()
    other_studio = make_studio()
    desk = sign_in(client, studio.email, studio.password, desk_name="A")
    spare = sign_in(client, studio.email, studio.password, desk_name="B")
    foreign = sign_in(client, other_studio.email, other_studio.password, desk_name="Elsewhere")
    _lock_out(client, studio.email)

    # A ticket made for another sign-in's PKCE challenge (copied from a browser's history).
    copied = _start_from_desk(client, desk, ticket_for="another verifier " * 3)
    assert flow.submit(client, copied, studio.email, studio.password).status_code == 429
    # A ticket of another studio's desk: the account is not a member there.
    assert flow.submit(client, _start_from_desk(client, foreign), studio.email, studio.password).status_code == 429
    # A forged ticket.
    forged = _start_from_desk(client, desk)
    form = forged.hidden()
    form["desk_ticket"] = form["desk_ticket"][:-4] + "AAAA"
    form.update({"email": studio.email, "password": studio.password, "desk_name": "x"})
    assert client.post("/oauth/authorize", data=form, follow_redirects=False).status_code == 429
    # A ticket of a desk revoked since it was issued.
    stale = _start_from_desk(client, spare)
    revoked = client.post(f"/v1/desks/{spare['desk']['id']}/revoke", headers=bearer(desk["access_token"]))
    assert revoked.status_code == 200
    assert flow.submit(client, stale, studio.email, studio.password).status_code == 429
    # A revoked desk gets no ticket at all.
    assert _ticket(client, spare, "v" * 64).status_code == 401
    no_challenge = client.post(
        "/oauth/desk-ticket", data={"code_challenge": "short"}, headers=bearer(desk["access_token"])
    )
    assert no_challenge.status_code == 400


def test_failed_attempts_are_served_to_owners_and_managers(
    client: TestClient, make_studio: MakeStudio, make_member: MakeMember
) -> None:
    studio = make_studio()
    owner_desk = sign_in(client, studio.email, studio.password, desk_name="Recepção")
    manager = make_member(studio.studio_id, Role.MANAGER)
    manager_desk = sign_in(client, manager.email, manager.password, desk_name="Escritório")
    _lock_out(client, studio.email)
    from_desk = _start_from_desk(client, owner_desk)
    assert flow.submit(client, from_desk, studio.email, "typo at the desk").status_code == 400

    url = f"/v1/staff/{studio.owner_staff_id}/failed-sign-ins"
    for reader in (owner_desk, manager_desk):
        seen = client.get(url, headers=bearer(reader["access_token"]))
        assert seen.status_code == 200, seen.text
        body = seen.json()
        assert body["locked_until"] is not None
        attempts = body["attempts"]
        assert len(attempts) == 5  # the stranger's four (the refused fifth was never checked) and the typo
        assert attempts[0]["from_enrolled_desk"] is True
        assert attempts[0]["desk_name"] == "Recepção"
        assert all(not a["from_enrolled_desk"] and a["desk_id"] is None for a in attempts[1:])
        assert all(a["address"] == "testclient" for a in attempts)
        assert [a["at"] for a in attempts] == sorted((a["at"] for a in attempts), reverse=True)
    # The manager's own account: nothing failed.
    assert client.get(
        f"/v1/staff/{manager.staff_id}/failed-sign-ins", headers=bearer(owner_desk["access_token"])
    ).json() == {"staff_id": str(manager.staff_id), "locked_until": None, "attempts": []}
    # A desk whose role fell below manager, and an unknown staff id.
    client.patch(
        f"/v1/staff/{manager.staff_id}", json={"role": "receptionist"}, headers=bearer(owner_desk["access_token"])
    )
    assert client.get(url, headers=bearer(manager_desk["access_token"])).status_code == 403
    missing = client.get(f"/v1/staff/{uuid.uuid4()}/failed-sign-ins", headers=bearer(owner_desk["access_token"]))
    assert missing.status_code == 404
