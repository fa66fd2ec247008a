"""The real desk signs in again while strangers have locked its owner's account (issue 9): the
desk, holding a valid enrolment, brings a desk ticket and gets through with the right password;
an unknown device with the same password is still refused. Real server process, real desk
session and loopback listener; only the browser is played by httpx."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from kronos_desktop.auth.model import SessionState
from kronos_desktop.store import LocalStore
from tests.server.auth import flow
from tests.server.conftest import MadeStudio
from tests.server.desk_signin.browser import FakeBrowser
from tests.server.desk_signin.conftest import Desks
from tests.server.desk_signin.test_signin_errors import memory_credentials


def _stranger_locks(server: str, email: str) -> None:
    with httpx.Client(base_url=server, timeout=10) as stranger:
        attempt = flow.start(stranger)
        statuses = {flow.submit(stranger, attempt, email, "guess").status_code for _ in range(12)}
        assert 429 in statuses  # locked (10 failures with the test server's settings)


def _unknown_device_status(server: str, email: str, password: str) -> int:
    with httpx.Client(base_url=server, timeout=10) as other:
        return int(flow.submit(other, flow.start(other), email, password).status_code)


def test_an_enrolled_desk_signs_in_again_while_the_account_is_locked(
    desks: Desks, store: LocalStore, live_server: str, make_studio: Callable[..., MadeStudio]
) -> None:
    studio = make_studio()
    session = desks.session(credentials_factory=memory_credentials)
    session.start()
    first = session.sign_in(live_server, opener=FakeBrowser(studio.email, studio.password), wait_s=20)
    _stranger_locks(live_server, studio.email)
    assert _unknown_device_status(live_server, studio.email, studio.password) == 429

    browser = FakeBrowser(studio.email, studio.password, desk_name="Recepção")
    again = session.sign_in(live_server, opener=browser, wait_s=20)
    browser.join()
    assert browser.errors == []
    assert "desk_ticket=" in browser.opened[0]
    assert session.status().state is SessionState.SIGNED_IN
    assert again.desk_id != first.desk_id  # a new enrolment; the previous one was let go
    assert session.request("GET", "/v1/me").status_code == 200
    # The lock for unknown devices stands.
    assert _unknown_device_status(live_server, studio.email, studio.password) == 429


def test_a_desk_signing_in_for_the_first_time_brings_no_ticket(
    desks: Desks, store: LocalStore, live_server: str, make_studio: Callable[..., MadeStudio]
) -> None:
    studio = make_studio()
    session = desks.session(credentials_factory=memory_credentials)
    session.start()
    browser = FakeBrowser(studio.email, studio.password)
    session.sign_in(live_server, opener=browser, wait_s=20)
    assert "desk_ticket" not in browser.opened[0]
