"""``state`` is required at the authorization endpoint (issue 9): a sign-in page opened without
one (or with one the desk could not have sent) is refused with 400, and nothing is sent to the
loopback redirect, so a redirect the desk cannot match to its own sign-in never happens."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from kronos_server.auth import pkce
from tests.server.auth import flow
from tests.server.conftest import MadeStudio

_PARAMS = {
    "response_type": "code",
    "client_id": flow.CLIENT_ID,
    "redirect_uri": flow.redirect_uri(),
    "code_challenge": pkce.challenge_for("v" * 64),
    "code_challenge_method": "S256",
}


@pytest.mark.parametrize("state", [None, "", "x" * 1025, "tab\there"])
def test_a_sign_in_without_a_usable_state_gets_400(client: TestClient, state: str | None) -> None:
    params = dict(_PARAMS, lang="en")
    if state is not None:
        params["state"] = state
    page = client.get("/oauth/authorize", params=params, follow_redirects=False)
    assert page.status_code == 400
    assert "location" not in page.headers
    assert "kronos_authz" not in page.headers.get("set-cookie", "")  # no sign-in was started
    assert "The sign-in request is not valid" in page.text
    assert 'name="password"' not in page.text


def test_with_a_state_the_page_opens_and_the_state_comes_back(
    client: TestClient, make_studio: Callable[..., MadeStudio]
) -> None:
    studio = make_studio()
    attempt = flow.start(client)
    assert attempt.page.status_code == 200
    response = flow.submit(client, attempt, studio.email, studio.password)
    assert flow.code_from(response, attempt)  # checks the redirect carries the desk's state
