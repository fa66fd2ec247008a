"""The deployment the README describes: an ordinary (non-superuser) owner role runs the
migrations. FORCEd RLS then binds the owner too, and the SECURITY DEFINER lookups still work."""

from __future__ import annotations

import contextlib
import datetime as dt

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import URL, create_engine, pool, text

from kronos_server import migrate
from kronos_server.accounts import create_studio_with_owner
from kronos_server.db import Database
from kronos_server.dbroles import create_role_sql
from kronos_server.tables import auth_code
from tests import pg
from tests.server.conftest import APP_PASSWORD, APP_ROLE, CHEAP_HASH, DEFAULT_PASSWORD, unique_email

OWNER_ROLE = "kronos_owner_test"
OWNER_PASSWORD = "kronos-owner-test-only"


@pytest.fixture
def owned_database(pg_database: URL, pg_admin_url: URL) -> tuple[str, str]:
    """(owner URL, app URL) of a fresh database owned by an ordinary role."""
    pg.ensure_login_role(pg_admin_url, APP_ROLE, APP_PASSWORD)
    with pg.admin_connection(pg_admin_url) as admin:
        # as README says: a plain `CREATE ROLE ... LOGIN` (INHERIT: the database owner's rights
        # on the public schema come through pg_database_owner)
        for statement in create_role_sql(OWNER_ROLE, password=OWNER_PASSWORD):
            with contextlib.suppress(psycopg.errors.UniqueViolation):  # made meanwhile by another process
                admin.execute(statement.encode())
        admin.execute(
            sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
                sql.Identifier(pg_database.database or ""), sql.Identifier(OWNER_ROLE)
            )
        )
    owner_url = pg.login_url(pg_database, OWNER_ROLE, OWNER_PASSWORD).render_as_string(hide_password=False)
    app_url = pg.login_url(pg_database, APP_ROLE, APP_PASSWORD).render_as_string(hide_password=False)
    return owner_url, app_url


def test_an_ordinary_owner_migrates_and_is_bound_by_rls(owned_database: tuple[str, str]) -> None:
    owner_url, app_url = owned_database
    migrate.upgrade(owner_url, app_role=APP_ROLE)
    app_db = Database(app_url)
    made = create_studio_with_owner(
        app_db,
        name="Owned",
        owner_email=unique_email(),
        owner_name="Ana",
        password=DEFAULT_PASSWORD,
        hasher=CHEAP_HASH,
    )
    now = dt.datetime.now(dt.UTC)
    with app_db.tenant(made.studio_id) as conn:
        conn.execute(
            auth_code.insert().values(
                code_hash="c" * 64, studio_id=made.studio_id, user_id=made.user_id, staff_id=made.owner_staff_id,
                client_id="kronos-desk", redirect_uri="http://127.0.0.1/cb", code_challenge="x" * 43,
                desk_name="Balcão", created_at=now, expires_at=now,
            )
        )  # fmt: skip
    with app_db.unscoped() as conn:
        rows = conn.execute(text("SELECT studio_id, role FROM kronos_memberships(:u)"), {"u": made.user_id}).all()
        assert [tuple(r) for r in rows] == [(made.studio_id, "owner")]
        assert conn.execute(text("SELECT kronos_auth_code_studio(:h)"), {"h": "c" * 64}).scalar() == made.studio_id
        assert conn.execute(text("SELECT kronos_auth_code_studio(:h)"), {"h": "d" * 64}).scalar() is None
        assert conn.execute(text("SELECT kronos_refresh_token_studio(:h)"), {"h": "c" * 64}).scalar() is None
        # the lookup switched its flag off again
        assert conn.execute(text("SELECT current_setting('kronos.definer_lookup', true)")).scalar() == ""
    app_db.dispose()

    owner = create_engine(owner_url, poolclass=pool.NullPool)
    with owner.connect() as conn:
        assert conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar() is False
        # FORCE: the owner, too, sees nothing without a studio...
        assert conn.execute(text("SELECT count(*) FROM staff")).scalar() == 0
        # ...and only the studio it sets
        conn.execute(text("SELECT set_config('kronos.studio_id', :s, false)"), {"s": str(made.studio_id)})
        assert conn.execute(text("SELECT count(*) FROM staff")).scalar() == 1
        tables = conn.execute(text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")).all()
        assert [t[0] for t in tables] == [OWNER_ROLE]
    owner.dispose()
