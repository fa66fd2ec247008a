"""PostgreSQL for tests: a real server, never a mock.

The server is named by ``KRONOS_TEST_PG_URL`` (an SQLAlchemy URL with a role that may create
databases and roles). When it is not reachable the tests that need it *fail* with a message
saying so: a skipped isolation test is a passed isolation test nobody ran.

Each test that needs a database gets its own, uniquely named, dropped afterwards with FORCE.
Roles are cluster-wide, so the helper that makes them is idempotent; row-level security tests
must connect as such an ordinary role (superusers and BYPASSRLS roles pass them with RLS doing
nothing, see DESIGN.md pitfalls).
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import URL, Engine, create_engine, make_url

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
ENV_VAR = "KRONOS_TEST_PG_URL"
DATABASE_PREFIX = "kronos_test"
CONNECT_TIMEOUT_S = 5
ROLE_LOCK_KEY = 0x6B726F6E6F73  # "kronos": the advisory lock that serialises test role changes

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def admin_url_from_env() -> URL:
    return make_url(os.environ.get(ENV_VAR) or DEFAULT_PG_URL)


@contextmanager
def admin_connection(admin_url: URL) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
    """An autocommit psycopg connection (CREATE/DROP DATABASE cannot run in a transaction)."""
    with psycopg.connect(
        host=admin_url.host or "127.0.0.1",
        port=admin_url.port or 5432,
        user=admin_url.username or "postgres",
        password=admin_url.password,
        dbname=admin_url.database or "postgres",
        connect_timeout=CONNECT_TIMEOUT_S,
        autocommit=True,
    ) as conn:
        yield conn


def unreachable_reason(admin_url: URL) -> str | None:
    """None if PostgreSQL answers at ``admin_url`` with a role that can create databases."""
    try:
        with admin_connection(admin_url) as conn:
            row = conn.execute(
                "SELECT rolsuper OR rolcreatedb, rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
            ).fetchone()
    except psycopg.Error as exc:
        return f"cannot connect: {exc}".strip()
    if row is None or not row[0] or not row[1]:
        return f"the role {admin_url.username!r} may not create databases and roles"
    return None


def unreachable_message(admin_url: URL, reason: str) -> str:
    shown = admin_url.render_as_string(hide_password=True)
    return (
        f"PostgreSQL is needed by this test and is not usable at {shown}: {reason}\n"
        f"Start PostgreSQL (e.g. `pg_ctlcluster 15 main start`) or set {ENV_VAR} to an SQLAlchemy URL "
        f"(postgresql+psycopg://USER[:PASSWORD]@HOST:PORT/DB) whose role may create databases and roles."
    )


def unique_database_name(prefix: str = DATABASE_PREFIX) -> str:
    return f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:12]}"


def create_database(admin_url: URL, name: str) -> URL:
    _check_identifier(name)
    with admin_connection(admin_url) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return admin_url.set(database=name)


def drop_database(admin_url: URL, name: str) -> None:
    """Drop the database, ending whatever connections a test left open."""
    _check_identifier(name)
    with admin_connection(admin_url) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@contextmanager
def temporary_database(admin_url: URL, prefix: str = DATABASE_PREFIX) -> Iterator[URL]:
    """A fresh, empty database for the duration of the block; its URL uses the admin role."""
    name = unique_database_name(prefix)
    url = create_database(admin_url, name)
    try:
        yield url
    finally:
        drop_database(admin_url, name)


def ensure_login_role(admin_url: URL, name: str, password: str) -> None:
    """Create (or reset) an ordinary login role: NOSUPERUSER NOBYPASSRLS, owning nothing.

    Idempotent and safe against a concurrent test process creating or altering the same role.
    """
    _check_identifier(name)
    attributes = sql.SQL("LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD {}").format(
        sql.Literal(password)
    )
    with admin_connection(admin_url) as conn:
        # Test processes run side by side (pytest-xdist workers, and developers' runs): two
        # concurrent ALTER ROLEs of one role fail with "tuple concurrently updated", so role
        # changes take turns (a session advisory lock, released when the connection closes).
        conn.execute("SELECT pg_advisory_lock(%s)", (ROLE_LOCK_KEY,))
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        if exists is None:
            try:
                conn.execute(sql.SQL("CREATE ROLE {} ").format(sql.Identifier(name)) + attributes)
                return
            except psycopg.errors.DuplicateObject:
                pass  # another test process made it meanwhile: reset it below
        conn.execute(sql.SQL("ALTER ROLE {} ").format(sql.Identifier(name)) + attributes)


def login_url(database_url: URL, role: str, password: str) -> URL:
    """The same database, reached as ``role``."""
    return database_url.set(username=role, password=password)


def engine_for(url: URL, *, connect_args: dict[str, Any] | None = None, **kwargs: Any) -> Engine:
    """An SQLAlchemy engine on psycopg 3; callers dispose it."""
    if url.drivername != "postgresql+psycopg":
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S, **(connect_args or {})}, **kwargs)


def _check_identifier(name: str) -> None:
    if not _IDENTIFIER.match(name):
        raise ValueError(f"not a plain lower-case identifier: {name!r}")
