"""A throwaway central database for the server benchmarks: created, migrated, dropped."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql
from sqlalchemy import make_url

from kronos_server.dbroles import create_role_sql
from kronos_server.migrate import upgrade

PG_ENV = "KRONOS_TEST_PG_URL"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
APP_ROLE = "kronos_bench_app"
APP_PASSWORD = "kronos-bench-only"


def admin_connection(url: str) -> psycopg.Connection[tuple[object, ...]]:
    u = make_url(url)
    return psycopg.connect(
        host=u.host or "127.0.0.1",
        port=u.port or 5432,
        user=u.username or "postgres",
        password=u.password,
        dbname=u.database or "postgres",
        autocommit=True,
        connect_timeout=5,
    )


@contextmanager
def bench_database(prefix: str = "kronos_bench") -> Iterator[tuple[str, str]]:
    """A fresh, migrated database; yields (its admin URL, the ordinary app role's URL)."""
    admin_url = os.environ.get(PG_ENV) or DEFAULT_PG_URL
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with admin_connection(admin_url) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        for statement in create_role_sql(APP_ROLE, password=APP_PASSWORD):
            conn.execute(statement.encode())
    db_url = make_url(admin_url).set(drivername="postgresql+psycopg", database=name)
    try:
        upgrade(db_url.render_as_string(hide_password=False), app_role=APP_ROLE)
        app = db_url.set(username=APP_ROLE, password=APP_PASSWORD)
        yield db_url.render_as_string(hide_password=False), app.render_as_string(hide_password=False)
    finally:
        with admin_connection(admin_url) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
