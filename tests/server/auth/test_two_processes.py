"""Lockout holds across server processes: two uvicorn processes on the same database, failures
spread over both, and the account is locked on both (the state is in PostgreSQL, not memory)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import httpx
import pytest

from tests.server.auth import flow
from tests.server.auth.conftest import CHEAP_ENV
from tests.server.conftest import TEST_SECRET_KEY, CentralDb, MadeStudio
from tests.server.processes import server_processes

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def two_servers(central_db: CentralDb) -> Iterator[list[str]]:
    env = {
        **os.environ,
        **CHEAP_ENV,
        "KRONOS_DATABASE_URL": central_db.app_url,
        "KRONOS_SECRET_KEY": TEST_SECRET_KEY,
        "KRONOS_ENV": "development",
        "KRONOS_PUBLIC_URL": "http://127.0.0.1",
        "KRONOS_AUTH_USER_SLOW_AFTER": "2",
        "KRONOS_AUTH_USER_LOCK_AFTER": "4",
    }
    with server_processes(2, env) as urls:
        yield urls


def _on(client: httpx.Client, url: str) -> httpx.Client:
    client.base_url = httpx.URL(url)
    return client


def test_failures_spread_over_two_processes_lock_the_account(
    two_servers: list[str], make_studio: Callable[..., MadeStudio]
) -> None:
    studio = make_studio()
    first, second = two_servers
    # One browser: the transaction and its cookie work on either process (cookies ignore ports).
    with httpx.Client(timeout=10) as browser:
        attempt = flow.start(_on(browser, first), lang="en")
        assert attempt.page.status_code == 200
        for url in (first, second, first, second):  # 4 failures: 2 on each process
            failed = flow.submit(_on(browser, url), attempt, studio.email, "wrong password")
            assert failed.status_code == 400
            assert "Wrong e-mail or password." in failed.text
        for url in (first, second):
            locked = flow.submit(_on(browser, url), attempt, studio.email, studio.password)
            assert locked.status_code == 429, locked.text[:300]
            assert "locked" in locked.text


def test_the_flow_crosses_processes(two_servers: list[str], make_studio: Callable[..., MadeStudio]) -> None:
    """Page from one process, form to the other, token from the first: nothing lives in memory."""
    studio = make_studio()
    first, second = two_servers
    with httpx.Client(timeout=10) as browser:
        attempt = flow.start(_on(browser, first))
        code = flow.code_from(flow.submit(_on(browser, second), attempt, studio.email, studio.password), attempt)
        tokens = flow.exchange(_on(browser, first), attempt, code).json()
        headers = flow.bearer(tokens["access_token"])
        assert _on(browser, second).get("/v1/me", headers=headers).status_code == 200
        # Revoked through one process, refused at once by the other.
        assert _on(browser, first).post(f"/v1/desks/{tokens['desk']['id']}/revoke", headers=headers).status_code == 200
        assert _on(browser, second).get("/v1/me", headers=headers).status_code == 401
