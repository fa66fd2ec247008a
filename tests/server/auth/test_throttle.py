"""Failed-login throttling in PostgreSQL: slowed, then locked, per account and per address."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import delete, select

from kronos_server.auth import throttle
from kronos_server.auth.config import cheap_config
from kronos_server.db import Database
from kronos_server.tables import login_throttle
from tests.server.auth import flow
from tests.server.conftest import MadeStudio

T0 = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)
POLICY = throttle.Policy(slow_after=3, lock_after=6, slow_base_s=1.0, slow_max_s=4.0, lock_s=900, window_s=600)


def _at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def _attempt(db: Database, key: str, now: dt.datetime, policy: throttle.Policy = POLICY) -> throttle.Decision:
    with db.unscoped() as conn:
        return throttle.begin_attempt(conn, key, policy, now)


@pytest.fixture
def key(app_db: Database, request: pytest.FixtureRequest) -> str:
    name = f"user:{request.node.name}@example.com"
    with app_db.unscoped() as conn:
        conn.execute(delete(login_throttle).where(login_throttle.c.key == name))
    return name


def test_policy_delays() -> None:
    assert [POLICY.delay_after(n) for n in (1, 2)] == [None, None]
    assert POLICY.delay_after(3) == dt.timedelta(seconds=1)
    assert POLICY.delay_after(4) == dt.timedelta(seconds=2)
    assert POLICY.delay_after(5) == dt.timedelta(seconds=4)
    assert POLICY.delay_after(6) == dt.timedelta(seconds=900)


def test_slowed_then_locked(app_db: Database, key: str) -> None:
    assert _attempt(app_db, key, _at(0)).allowed
    assert _attempt(app_db, key, _at(1)).allowed
    assert _attempt(app_db, key, _at(2)).allowed  # the 3rd failure: the next must wait 1 s
    refused = _attempt(app_db, key, _at(2.5))
    assert (refused.allowed, refused.locked, refused.retry_after_s) == (False, False, 1)
    assert _attempt(app_db, key, _at(3.1)).allowed  # 4th: wait 2 s
    assert not _attempt(app_db, key, _at(4)).allowed
    assert _attempt(app_db, key, _at(5.2)).allowed  # 5th: wait 4 s
    assert _attempt(app_db, key, _at(9.3)).allowed  # 6th: locked for 15 min
    locked = _attempt(app_db, key, _at(60))
    assert (locked.allowed, locked.locked) == (False, True)
    assert 800 < locked.retry_after_s <= 900
    # Hammering a locked key does not extend the lock...
    for second in range(61, 70):
        assert not _attempt(app_db, key, _at(second)).allowed
    # ...and it opens when the lock ends, with the count forgotten once the window has passed.
    assert _attempt(app_db, key, _at(9.3 + 901)).allowed
    with app_db.unscoped() as conn:
        assert conn.execute(select(login_throttle.c.failures).where(login_throttle.c.key == key)).scalar() == 1


def test_old_failures_are_forgotten(app_db: Database, key: str) -> None:
    for second in (0, 1):
        assert _attempt(app_db, key, _at(second)).allowed
    assert _attempt(app_db, key, _at(700)).allowed  # window of 600 s passed: counts as the first
    assert _attempt(app_db, key, _at(701)).allowed
    assert _attempt(app_db, key, _at(702)).allowed  # 3rd in this window
    assert not _attempt(app_db, key, _at(702.5)).allowed


def test_success_forgets_an_account_and_uncounts_an_address(app_db: Database, key: str) -> None:
    ip = key.replace("user:", "ip:")
    with app_db.unscoped() as conn:
        conn.execute(delete(login_throttle).where(login_throttle.c.key == ip))
    for second in (0, 1):
        _attempt(app_db, key, _at(second))
        _attempt(app_db, ip, _at(second))
    with app_db.unscoped() as conn:
        throttle.succeeded(conn, key, POLICY, forget=True)
        throttle.succeeded(conn, ip, POLICY, forget=False)
        assert conn.execute(select(login_throttle.c.failures).where(login_throttle.c.key == key)).first() is None
        assert conn.execute(select(login_throttle.c.failures).where(login_throttle.c.key == ip)).scalar() == 1


def test_concurrent_attempts_cannot_outrun_the_lock(app_db: Database, key: str) -> None:
    """Attempts are counted under a row lock before any password is checked: of 24 simultaneous
    attempts, exactly ``lock_after`` get to check a password."""
    policy = throttle.Policy(slow_after=3, lock_after=6, slow_base_s=0, slow_max_s=0, lock_s=900, window_s=600)
    barrier = threading.Barrier(12)
    results: list[bool] = []
    lock = threading.Lock()

    def worker() -> None:
        barrier.wait()
        for _ in range(2):
            decision = _attempt(app_db, key, _at(1), policy)
            with lock:
                results.append(decision.allowed)

    threads = [threading.Thread(target=worker) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 24
    assert results.count(True) == 6


# -- over HTTP ---------------------------------------------------------------------------------
def test_account_locked_after_repeated_failures(
    server_app: FastAPI, client: TestClient, make_studio: Callable[..., MadeStudio]
) -> None:
    server_app.state.auth_config = cheap_config(
        user_slow_after=2, user_lock_after=4, ip_slow_after=500, ip_lock_after=900
    )
    studio = make_studio()
    attempt = flow.start(client, lang="en")
    statuses = [flow.submit(client, attempt, studio.email, "wrong password").status_code for _ in range(4)]
    assert statuses == [400, 400, 400, 400]
    locked = flow.submit(client, attempt, studio.email, studio.password)  # the right one, too late
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) > 60
    assert "locked" in locked.text
    assert "location" not in locked.headers
    # The email's case and spaces do not give a fresh count.
    assert flow.submit(client, attempt, f"  {studio.email.upper()} ", studio.password).status_code == 429


def test_slowed_answers_429_with_retry_after(
    server_app: FastAPI, client: TestClient, make_studio: Callable[..., MadeStudio]
) -> None:
    server_app.state.auth_config = cheap_config(
        user_slow_after=2, user_lock_after=10, slow_base_s=30, slow_max_s=60, ip_slow_after=500, ip_lock_after=900
    )
    studio = make_studio()
    attempt = flow.start(client, lang="pt-BR")
    assert flow.submit(client, attempt, studio.email, "wrong password").status_code == 400
    assert flow.submit(client, attempt, studio.email, "wrong password").status_code == 400
    slowed = flow.submit(client, attempt, studio.email, studio.password)
    assert slowed.status_code == 429
    assert 25 <= int(slowed.headers["retry-after"]) <= 30
    assert "Aguarde" in slowed.text


def test_an_address_guessing_many_accounts_is_locked(
    server_app: FastAPI, client: TestClient, make_studio: Callable[..., MadeStudio], app_db: Database
) -> None:
    with app_db.unscoped() as conn:  # the test client's address, used by the tests above
        conn.execute(delete(login_throttle).where(login_throttle.c.key == throttle.ip_key("testclient")))
    server_app.state.auth_config = cheap_config(user_slow_after=5, user_lock_after=10, ip_slow_after=3, ip_lock_after=5)
    studio = make_studio()
    attempt = flow.start(client)
    for n in range(5):
        assert flow.submit(client, attempt, f"guess{n}@example.com", "password123").status_code == 400
    assert flow.submit(client, attempt, studio.email, studio.password).status_code == 429
