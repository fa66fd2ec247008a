"""Liveness, readiness and the migrations themselves."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fastapi import FastAPI
from sqlalchemy import URL, create_engine, pool, text

from kronos_server import migrate
from kronos_server.app import create_app
from kronos_server.settings import Settings
from tests import pg
from tests.server.conftest import APP_PASSWORD, APP_ROLE, CentralDb, TestClient, settings_for


@contextmanager
def _client_for(settings: Settings) -> Iterator[TestClient]:
    app: FastAPI = create_app(settings)
    with TestClient(app) as client:
        yield client
    app.state.db.dispose()


def _gauge(client: TestClient, name: str) -> float:
    for line in client.get("/metrics").text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"{name} not in /metrics")


def test_ready_on_a_migrated_database(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ready",
        "database": "ok",
        "migration": migrate.head_revision(),
        "head": migrate.head_revision(),
    }
    assert _gauge(client, "kronos_db_ready") == 1.0


@pytest.fixture
def empty_database(pg_database: URL, pg_admin_url: URL) -> URL:
    pg.ensure_login_role(pg_admin_url, APP_ROLE, APP_PASSWORD)
    return pg_database


def test_not_ready_when_the_migrations_are_missing(empty_database: URL) -> None:
    app_url = pg.login_url(empty_database, APP_ROLE, APP_PASSWORD).render_as_string(hide_password=False)
    with _client_for(settings_for(app_url)) as client:
        response = client.get("/readyz")
        assert response.status_code == 503
        assert response.headers["content-type"].startswith("application/problem+json")
        body = response.json()
        assert body["checks"]["migration"] is None
        assert "run migrate" in body["detail"]
        assert _gauge(client, "kronos_db_ready") == 0.0
        assert client.get("/healthz").status_code == 200  # alive, just not ready


def test_not_ready_when_the_database_is_behind(empty_database: URL) -> None:
    admin = create_engine(empty_database, poolclass=pool.NullPool)
    with admin.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('0000_older')"))
        conn.execute(text(f"GRANT SELECT ON alembic_version TO {APP_ROLE}"))
    admin.dispose()
    app_url = pg.login_url(empty_database, APP_ROLE, APP_PASSWORD).render_as_string(hide_password=False)
    with _client_for(settings_for(app_url)) as client:
        response = client.get("/readyz")
        assert response.status_code == 503
        assert response.json()["checks"]["migration"] == "0000_older"


def test_not_ready_when_the_database_is_unreachable() -> None:
    settings = settings_for("postgresql+psycopg://nobody@127.0.0.1:1/nowhere", db_connect_timeout_s=1)
    with _client_for(settings) as client:
        response = client.get("/readyz")
        assert response.status_code == 503
        assert response.json()["checks"]["database"] == "unreachable"
        assert response.headers["retry-after"] == "5"
        assert client.get("/healthz").status_code == 200


def test_migrations_go_down_and_up_again(pg_database: URL, pg_admin_url: URL) -> None:
    pg.ensure_login_role(pg_admin_url, APP_ROLE, APP_PASSWORD)
    url = pg_database.render_as_string(hide_password=False)
    migrate.upgrade(url, app_role=APP_ROLE)
    migrate.downgrade(url, "base", app_role=APP_ROLE)
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        left = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")
        ).all()
        assert left == []
    migrate.upgrade(url, app_role=APP_ROLE)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
    engine.dispose()


def test_the_migrations_match_the_schema_in_code(central_db: CentralDb) -> None:
    """Nothing for autogenerate to add: every table and column of the metadata is migrated."""
    engine = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": migrate.include_object, "compare_type": True}
        )
        diff = compare_metadata(context, migrate.target_metadata())
    engine.dispose()
    assert diff == []


def test_the_app_role_is_granted_only_what_it_needs(central_db: CentralDb) -> None:
    engine = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    with engine.connect() as conn:

        def can(table: str, privilege: str) -> bool:
            return bool(
                conn.execute(
                    text("SELECT has_table_privilege(:r, :t, :p)"), {"r": APP_ROLE, "t": table, "p": privilege}
                ).scalar()
            )

        assert can("client", "SELECT")
        assert can("client", "UPDATE")
        assert not can("client", "DELETE")
        assert can("auth_code", "DELETE")
        assert can("alembic_version", "SELECT")
        assert not can("alembic_version", "UPDATE")
        assert not can("client", "TRUNCATE")
        executable = conn.execute(
            text("SELECT has_function_privilege(:r, 'kronos_memberships(uuid)', 'EXECUTE')"), {"r": APP_ROLE}
        ).scalar()
        assert executable
        public = conn.execute(
            text("SELECT has_function_privilege('public', 'kronos_memberships(uuid)', 'EXECUTE')")
        ).scalar()
        assert not public
    engine.dispose()
