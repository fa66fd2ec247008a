"""Where no secure keyring exists: the desk signs in all the same, keeps both tokens in memory
for this run only, says so, and writes no token to any file."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from kronos_desktop import logs
from kronos_desktop.auth.errors import SignInRequired
from kronos_desktop.auth.model import KeyringKind, SessionState, SignedOutReason
from kronos_desktop.store import LocalStore
from tests.server.conftest import MadeStudio
from tests.server.desk_signin.browser import FakeBrowser
from tests.server.desk_signin.conftest import Desks, Home, scan_for, wait_until


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """No Secret Service: the session bus address points nowhere (as on a server or a bare VM)."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kronos-test-bus")


@pytest.mark.usefixtures("no_keyring")
def test_sign_in_without_a_keyring_keeps_tokens_in_memory_only(
    live_server: str,
    make_studio: Callable[..., MadeStudio],
    desks: Desks,
    store: LocalStore,
    home: Home,
    request: pytest.FixtureRequest,
) -> None:
    studio = make_studio("Estúdio Sem Chaveiro")
    # The desk's log, at its most talkative, is one of the files that must hold no token.
    logs.setup_logging(home.home / "logs", level=logging.DEBUG)
    request.addfinalizer(logs.shutdown_logging)
    session = desks.session()
    assert session.start().state is SessionState.STANDALONE
    browser = FakeBrowser(studio.email, studio.password, desk_name="Balcão da frente")

    connection = session.sign_in(live_server, opener=browser, lang="pt-BR", wait_s=20)

    assert browser.pages
    assert "Você já pode fechar esta aba" in browser.pages[0]
    status = session.status()
    assert status.state is SessionState.SIGNED_IN
    assert status.keyring is KeyringKind.MEMORY
    assert status.persistent is False
    assert "Secret" in status.keyring_unavailable or "secret" in status.keyring_unavailable
    assert connection.studio_name == "Estúdio Sem Chaveiro"
    assert connection.desk_name == "Balcão da frente"
    response = session.request("GET", "/v1/me")
    assert response.status_code == 200
    assert response.json()["desk"]["id"] == str(connection.desk_id)

    # Next run: nothing was kept, so the desk asks to sign in again (its data is all there).
    session.close()
    again = desks.session()
    again.start()  # reads the keyring and refreshes in the background
    wait_until(lambda: again.status().state is SessionState.SIGNED_OUT, what="signed out")
    with pytest.raises(SignInRequired):
        again.get_token()
    assert again.status().reason is SignedOutReason.NO_SIGN_IN
    assert again.connection is not None
    assert again.connection.server_url == live_server

    assert len(desks.seen) >= 2
    assert (home.home / "logs" / logs.LOG_FILENAME).stat().st_size > 0
    assert scan_for(desks.seen, home.root) == []
