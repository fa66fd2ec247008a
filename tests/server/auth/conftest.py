"""Fixtures of the auth tests, on top of tests/server/conftest.py (real PostgreSQL, app role).

- argon2id is made cheap for these tests only (``KRONOS_AUTH_*``, with the explicit weak-hashing
  switch; the production defaults are tested in test_passwords.py and measured in bench/).
  Owners made by ``make_studio`` still carry production-cost hashes; their first sign-in
  rehashes them to the configured (cheap) cost, as a real deployment would after a change.
- Throttling waits are zero unless a test asks otherwise, and the per-address thresholds are
  high, so that tests failing logins on purpose do not lock each other out through the shared
  test client address.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from kronos_server.app import create_app
from kronos_server.auth.config import AuthConfig
from tests.server.conftest import CentralDb

CHEAP_ENV = {
    "KRONOS_AUTH_ARGON2_TIME_COST": "1",
    "KRONOS_AUTH_ARGON2_MEMORY_KIB": "64",
    "KRONOS_AUTH_ARGON2_PARALLELISM": "1",
    "KRONOS_AUTH_ALLOW_WEAK_HASHING": "true",
    "KRONOS_AUTH_SLOW_BASE_S": "0",
    "KRONOS_AUTH_SLOW_MAX_S": "0",
    "KRONOS_AUTH_IP_SLOW_AFTER": "1000",
    "KRONOS_AUTH_IP_LOCK_AFTER": "2000",
}


@pytest.fixture(autouse=True, scope="module")
def _cheap_auth_environment() -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in CHEAP_ENV}
    os.environ.update(CHEAP_ENV)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture
def server_app(central_db: CentralDb, _cheap_auth_environment: None) -> Iterator[FastAPI]:
    app = create_app(central_db.settings)
    app.state.auth_config = AuthConfig()  # from CHEAP_ENV
    yield app
    app.state.db.dispose()
