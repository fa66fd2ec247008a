"""Bad input and faults while connecting a desk: each is an error of its own kind (which the
interface words), and the desk stays as it was — standalone, its data untouched."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx
import pytest

from kronos_desktop.auth.credentials import CredentialStore
from kronos_desktop.auth.errors import AuthError, ErrorKind
from kronos_desktop.auth.model import SessionState
from kronos_desktop.auth.oauth import OAuth, SignInAttempt, normalize_server_url
from kronos_desktop.auth.session import DeskSession, boottime
from kronos_desktop.store import LocalStore
from tests.server.conftest import MadeStudio
from tests.server.desk_signin import servers
from tests.server.desk_signin.browser import FakeBrowser
from tests.server.desk_signin.conftest import Desks


def memory_credentials(entry: str) -> CredentialStore:
    return CredentialStore(entry, None, unavailable_reason="not about the keyring")


def quick_client(url: str) -> OAuth:
    return OAuth(url, timeout=httpx.Timeout(1.0), clock=boottime)


def fails(desks: Desks, store: LocalStore, address: str, **sign_in: object) -> AuthError:
    """Sign in and expect a failure that leaves the desk as it was."""
    before = store.identity()
    session: DeskSession = desks.session(credentials_factory=memory_credentials, oauth_factory=quick_client)
    session.start()
    sign_in.setdefault("opener", FakeBrowser("nobody@example.com", "x", behaviour="nothing"))
    sign_in.setdefault("wait_s", 5)
    with pytest.raises(AuthError) as caught:
        session.sign_in(address, **sign_in)  # type: ignore[arg-type]
    assert session.status().state is SessionState.STANDALONE
    assert store.identity() == before
    return caught.value


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", ErrorKind.BAD_ADDRESS),
        ("   ", ErrorKind.BAD_ADDRESS),
        ("kronos estudio", ErrorKind.BAD_ADDRESS),
        ("ftp://kronos.example.com", ErrorKind.BAD_ADDRESS),
        ("https://ana:secret@kronos.example.com", ErrorKind.BAD_ADDRESS),
        ("kronos.example.com:99999", ErrorKind.BAD_ADDRESS),
        ("https://kronos.example.com/?next=1", ErrorKind.BAD_ADDRESS),
        ("https://kronos.example.com/#x", ErrorKind.BAD_ADDRESS),
        ("http://kronos.example.com", ErrorKind.INSECURE_ADDRESS),
        ("http://192.168.0.10:8000", ErrorKind.INSECURE_ADDRESS),
    ],
)
def test_addresses_that_are_refused(text: str, kind: ErrorKind) -> None:
    with pytest.raises(AuthError) as caught:
        normalize_server_url(text)
    assert caught.value.kind is kind


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("kronos.example.com", "https://kronos.example.com"),
        (" HTTPS://Kronos.Example.com/ ", "https://kronos.example.com"),
        ("kronos.example.com:8443/studio/", "https://kronos.example.com:8443/studio"),
        ("http://127.0.0.1:8000/", "http://127.0.0.1:8000"),
        ("http://localhost:8000", "http://localhost:8000"),
    ],
)
def test_addresses_that_are_understood(text: str, url: str) -> None:
    assert normalize_server_url(text) == url


def test_a_bad_address_in_the_session(desks: Desks, store: LocalStore) -> None:
    assert fails(desks, store, "http://kronos.example.com").kind is ErrorKind.INSECURE_ADDRESS


def test_a_host_that_does_not_exist(desks: Desks, store: LocalStore) -> None:
    assert fails(desks, store, "https://kronos-desk-test.invalid").kind is ErrorKind.HOST_NOT_FOUND


def test_a_server_that_is_down(desks: Desks, store: LocalStore) -> None:
    error = fails(desks, store, f"http://127.0.0.1:{servers.closed_port()}")
    assert error.kind is ErrorKind.CONNECTION_REFUSED
    assert error.transient


def test_a_certificate_nobody_vouches_for(desks: Desks, store: LocalStore) -> None:
    with servers.untrusted_tls_server() as url:
        assert fails(desks, store, url).kind is ErrorKind.TLS


def test_https_to_a_plain_http_server(desks: Desks, store: LocalStore, live_server: str) -> None:
    assert fails(desks, store, live_server.replace("http://", "https://")).kind is ErrorKind.TLS


def test_a_server_that_never_answers(desks: Desks, store: LocalStore) -> None:
    with servers.silent_server() as url:
        started = time.monotonic()
        assert fails(desks, store, url).kind is ErrorKind.TIMEOUT
        assert time.monotonic() - started < 5


def test_a_web_server_that_is_not_kronos(desks: Desks, store: LocalStore) -> None:
    with servers.fixed_status_server(404) as url:
        assert fails(desks, store, url).kind is ErrorKind.NOT_KRONOS


def test_a_failing_server(desks: Desks, store: LocalStore) -> None:
    with servers.fixed_status_server(503) as url:
        assert fails(desks, store, url).kind is ErrorKind.SERVER_ERROR


def test_an_address_the_server_does_not_call_its_own(desks: Desks, store: LocalStore, live_server: str) -> None:
    """RFC 8414 §3.3: the server says it is http://127.0.0.1:PORT, not http://localhost:PORT."""
    error = fails(desks, store, live_server.replace("127.0.0.1", "localhost"))
    assert error.kind is ErrorKind.ISSUER_MISMATCH
    assert error.detail == live_server


def test_the_login_window_closed_without_signing_in(desks: Desks, store: LocalStore, live_server: str) -> None:
    browser = FakeBrowser("nobody@example.com", "x", behaviour="nothing")
    error = fails(desks, store, live_server, opener=browser, wait_s=0.5)
    assert error.kind is ErrorKind.WINDOW_CLOSED
    assert len(browser.opened) == 1
    assert browser.opened[0].startswith(f"{live_server}/oauth/authorize?")


def test_cancel_stops_the_wait_at_once(desks: Desks, store: LocalStore, live_server: str) -> None:
    attempt = SignInAttempt()
    threading.Timer(0.3, attempt.cancel).start()
    started = time.monotonic()
    error = fails(desks, store, live_server, attempt=attempt, wait_s=30)
    assert error.kind is ErrorKind.CANCELLED
    assert time.monotonic() - started < 3


def test_a_callback_with_the_wrong_state(
    desks: Desks, store: LocalStore, live_server: str, make_studio: Callable[..., MadeStudio]
) -> None:
    studio = make_studio()
    browser = FakeBrowser(studio.email, studio.password, behaviour="wrong_state")
    error = fails(desks, store, live_server, opener=browser)
    assert error.kind is ErrorKind.STATE_MISMATCH
    browser.join()
    assert browser.errors == []
    assert "não foi concluída" in browser.pages[0]  # the browser says to look at KRONOS


def test_a_callback_with_an_error(desks: Desks, store: LocalStore, live_server: str) -> None:
    browser = FakeBrowser("nobody@example.com", "x", behaviour="deny")
    error = fails(desks, store, live_server, opener=browser)
    assert error.kind is ErrorKind.DENIED
    assert "access_denied" in error.detail


def test_the_listener_answers_only_its_callback(desks: Desks, store: LocalStore, live_server: str) -> None:
    """A stray request to the loopback port (a favicon, a port scan) neither ends nor breaks the wait."""
    seen: list[int] = []

    def opener(url: str) -> bool:
        redirect = httpx.URL(url).params["redirect_uri"]
        seen.append(httpx.get(redirect.replace("/callback", "/favicon.ico")).status_code)
        return True

    error = fails(desks, store, live_server, opener=opener, wait_s=0.5)
    assert error.kind is ErrorKind.WINDOW_CLOSED
    assert seen == [404]
