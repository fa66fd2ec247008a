"""The desk always sends ``state`` and checks it (issue 9): against the real server, the address
the desk opens carries a fresh unguessable state, and a callback that does not bring it back (a
code pushed at the desk's loopback by someone else: login CSRF) is refused before any exchange."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from kronos_desktop.auth.errors import AuthError, ErrorKind
from kronos_desktop.auth.model import SessionState
from kronos_desktop.store import LocalStore
from tests.server.conftest import MadeStudio
from tests.server.desk_signin.browser import FakeBrowser
from tests.server.desk_signin.conftest import Desks
from tests.server.desk_signin.test_signin_errors import memory_credentials, quick_client


def test_each_sign_in_sends_a_fresh_state(desks: Desks, store: LocalStore, live_server: str) -> None:
    states: list[str] = []
    for _ in range(2):
        session = desks.session(credentials_factory=memory_credentials, oauth_factory=quick_client)
        session.start()
        browser = FakeBrowser("nobody@example.com", "x", behaviour="nothing")
        with pytest.raises(AuthError):
            session.sign_in(live_server, opener=browser, wait_s=0.3)
        states.append(httpx.URL(browser.opened[0]).params["state"])
    assert len(states[0]) >= 32
    assert states[0] != states[1]


@pytest.mark.parametrize("state", [None, "", "forged"])
def test_a_callback_without_the_desks_state_is_refused(
    desks: Desks,
    store: LocalStore,
    live_server: str,
    make_studio: Callable[..., MadeStudio],
    state: str | None,
) -> None:
    make_studio()
    pages: list[str] = []

    def attacker(url: str) -> bool:
        # Someone else's code (valid-looking), delivered to the desk's listener without its state.
        redirect = httpx.URL(url).params["redirect_uri"]
        params = {"code": "kc1." + "0" * 32 + "." + "A" * 43, **({"state": state} if state is not None else {})}
        pages.append(httpx.get(redirect, params=params).text)
        return True

    session = desks.session(credentials_factory=memory_credentials, oauth_factory=quick_client)
    session.start()
    with pytest.raises(AuthError) as caught:
        session.sign_in(live_server, opener=attacker, wait_s=5)
    assert caught.value.kind is ErrorKind.STATE_MISMATCH
    assert session.status().state is SessionState.STANDALONE
    assert "não foi concluída" in pages[0]
