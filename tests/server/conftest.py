"""Fixtures of the central server's tests: a real PostgreSQL, migrated, reached as the server's
own ordinary role, so that row-level security is really in force.

- ``central_db`` (per module): a fresh database migrated to head as the admin role, with the
  app role ``kronos_app_test`` (NOSUPERUSER NOBYPASSRLS, cluster-wide, made idempotently) granted
  on it. ``.admin_url``, ``.app_url`` (SQLAlchemy URL strings), ``.settings`` (for the app role).
- ``app_db``: a :class:`Database` on the app role (per module).
- ``server_app`` / ``client``: ``create_app`` on it, and a TestClient running its lifespan.
- ``live_server``: a real uvicorn on 127.0.0.1 on a free port (per module); yields its base URL.
- ``make_studio`` / ``make_member``: a studio with an owner who can sign in; more staff.
"""

from __future__ import annotations

import dataclasses
import secrets
import socket
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from sqlalchemy import URL

from kronos_core.roles import Role
from kronos_server.accounts import add_member, create_studio_with_owner
from kronos_server.app import create_app
from kronos_server.auth.config import cheap_config
from kronos_server.auth.passwords import Hasher
from kronos_server.db import Database
from kronos_server.migrate import upgrade
from kronos_server.settings import Settings
from tests import pg

with warnings.catch_warnings():
    # Starlette asks for its httpx fork at import time; the TestClient works with httpx.
    warnings.filterwarnings("ignore", message=r".*`httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient

APP_ROLE = "kronos_app_test"
APP_PASSWORD = "kronos-app-test-only"  # a throwaway role on the test cluster (trust auth locally)
TEST_SECRET_KEY = "test-secret-key-" + "x" * 32
DEFAULT_PASSWORD = "correct horse battery staple"
# argon2id at test cost (the auth package's cheap_config); verification reads the cost from the hash.
CHEAP_HASH = Hasher(cheap_config()).hash


def _render(url: URL) -> str:
    return url.render_as_string(hide_password=False)


@dataclasses.dataclass(frozen=True)
class CentralDb:
    name: str
    admin_url: str
    app_url: str
    settings: Settings

    def app_database(self) -> Database:
        """A new :class:`Database` on the app role; the caller disposes it."""
        return Database(self.app_url, pool_size=2, max_overflow=8)

    def admin_database(self) -> Database:
        """A new :class:`Database` on the admin role (a superuser: RLS does not bind it)."""
        return Database(self.admin_url, pool_size=1, max_overflow=4)


def settings_for(app_url: str, admin_url: str | None = None, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": app_url,
        "admin_database_url": admin_url,
        "app_role": APP_ROLE,
        "secret_key": TEST_SECRET_KEY,
        "env": "development",
        "public_url": "http://testserver",
        "db_pool_size": 2,
        "db_max_overflow": 8,
        **overrides,
    }
    return Settings(**values)


@pytest.fixture(scope="module")
def central_db(pg_admin_url: URL) -> Iterator[CentralDb]:
    """A fresh database per test module, migrated to head, with the app role granted on it."""
    pg.ensure_login_role(pg_admin_url, APP_ROLE, APP_PASSWORD)
    with pg.temporary_database(pg_admin_url, prefix="kronos_central_test") as admin:
        admin_url = _render(admin.set(drivername="postgresql+psycopg"))
        app_url = _render(pg.login_url(admin, APP_ROLE, APP_PASSWORD).set(drivername="postgresql+psycopg"))
        upgrade(admin_url, app_role=APP_ROLE)
        yield CentralDb(admin.database or "", admin_url, app_url, settings_for(app_url, admin_url))


@pytest.fixture(scope="module")
def app_db(central_db: CentralDb) -> Iterator[Database]:
    db = central_db.app_database()
    yield db
    db.dispose()


@pytest.fixture
def server_app(central_db: CentralDb) -> Iterator[FastAPI]:
    app = create_app(central_db.settings)
    yield app
    app.state.db.dispose()


@pytest.fixture
def client(server_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(server_app) as test_client:
        yield test_client


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@pytest.fixture(scope="module")
def live_server(central_db: CentralDb) -> Iterator[str]:
    """A real uvicorn serving the app on 127.0.0.1 (a thread); yields ``http://127.0.0.1:PORT``.

    The app's ``public_url`` is that base URL (the OAuth issuer)."""
    sock = _free_socket()
    base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    app = create_app(central_db.settings.model_copy(update={"public_url": base_url}))
    config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="on", timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the live server did not start")
        time.sleep(0.02)
    try:
        yield base_url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@dataclasses.dataclass(frozen=True)
class MadeStudio:
    studio_id: uuid.UUID
    owner_staff_id: uuid.UUID
    user_id: uuid.UUID
    email: str
    password: str
    name: str
    version: int


@dataclasses.dataclass(frozen=True)
class MadeMember:
    studio_id: uuid.UUID
    staff_id: uuid.UUID
    user_id: uuid.UUID
    email: str
    password: str
    role: Role
    version: int


def unique_email(prefix: str = "user") -> str:
    return f"{prefix}-{secrets.token_hex(6)}@example.com"


@pytest.fixture
def make_studio(app_db: Database) -> Callable[..., MadeStudio]:
    """``make_studio(name=..., email=..., password=..., owner_name=...)``: a studio created as the
    CLI does (its clock, ``studio.setup`` at version 1) whose owner signs in with the password."""

    def make(
        name: str | None = None,
        *,
        email: str | None = None,
        password: str = DEFAULT_PASSWORD,
        owner_name: str = "Owner",
    ) -> MadeStudio:
        studio_name = name or f"Studio {secrets.token_hex(3)}"
        made = create_studio_with_owner(
            app_db,
            name=studio_name,
            owner_email=email or unique_email("owner"),
            owner_name=owner_name,
            password=password,
            hasher=CHEAP_HASH,
        )
        return MadeStudio(
            made.studio_id, made.owner_staff_id, made.user_id, made.email, password, studio_name, made.version
        )

    return make


@pytest.fixture
def make_member(app_db: Database) -> Callable[..., MadeMember]:
    """``make_member(studio_id, role, email=..., password=..., name=...)``: staff with a login."""

    def make(
        studio_id: uuid.UUID,
        role: Role | str = Role.RECEPTIONIST,
        *,
        email: str | None = None,
        password: str = DEFAULT_PASSWORD,
        name: str = "Staff",
    ) -> MadeMember:
        member = add_member(
            app_db,
            studio_id=studio_id,
            email=email or unique_email(str(Role(role).value)),
            display_name=name,
            role=Role(role),
            password=password,
            hasher=CHEAP_HASH,
        )
        return MadeMember(
            member.studio_id, member.staff_id, member.user_id, member.email, password, member.role, member.version
        )

    return make
