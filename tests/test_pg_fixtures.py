"""The PostgreSQL test fixtures themselves: fresh databases, and ordinary roles that RLS binds.

Row-level security does not apply to superusers or BYPASSRLS roles (DESIGN.md pitfalls): the
isolation tests must connect as the kind of role ``ensure_login_role`` makes, and this proves
that such a role is actually filtered while the admin role is not.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import URL, text

from tests import pg

ROLE = "kronos_test_app"
PASSWORD = "kronos-test-only"  # a throwaway role on the test cluster


def test_each_test_gets_a_fresh_empty_database(pg_database: URL, pg_admin_url: URL) -> None:
    assert pg_database.database != pg_admin_url.database
    assert (pg_database.database or "").startswith(pg.DATABASE_PREFIX)
    engine = pg.engine_for(pg_database)
    try:
        with engine.connect() as conn:
            tables = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar_one()
            assert tables == 0
    finally:
        engine.dispose()


def test_temporary_database_is_dropped_even_with_connections_open(pg_admin_url: URL) -> None:
    with pg.temporary_database(pg_admin_url) as url:
        engine = pg.engine_for(url)
        conn = engine.connect()  # left open on purpose: the drop must end it
        conn.execute(text("SELECT 1"))
    with pg.admin_connection(pg_admin_url) as admin:
        left = admin.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (url.database,)).fetchone()
    assert left == (0,)
    conn.invalidate()
    engine.dispose()


def test_login_role_is_ordinary_and_idempotent(pg_admin_url: URL) -> None:
    pg.ensure_login_role(pg_admin_url, ROLE, PASSWORD)
    pg.ensure_login_role(pg_admin_url, ROLE, PASSWORD)  # again: no error
    with pg.admin_connection(pg_admin_url) as admin:
        row = admin.execute(
            "SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = %s",
            (ROLE,),
        ).fetchone()
    assert row == (True, False, False, False, False)


def test_row_level_security_binds_the_login_role_but_not_the_admin(pg_database: URL, pg_admin_url: URL) -> None:
    pg.ensure_login_role(pg_admin_url, ROLE, PASSWORD)
    mine, theirs = uuid.uuid4(), uuid.uuid4()
    admin = pg.engine_for(pg_database)
    app = pg.engine_for(pg.login_url(pg_database, ROLE, PASSWORD))
    try:
        with admin.begin() as conn:
            conn.execute(text("CREATE TABLE note (studio_id uuid NOT NULL, body text NOT NULL)"))
            conn.execute(text("ALTER TABLE note ENABLE ROW LEVEL SECURITY"))
            conn.execute(
                text(
                    "CREATE POLICY tenant ON note USING "
                    "(studio_id = NULLIF(current_setting('kronos.studio_id', true), '')::uuid)"
                )
            )
            conn.execute(text(f"GRANT SELECT, INSERT ON note TO {ROLE}"))
            conn.execute(text("INSERT INTO note VALUES (:a, 'mine'), (:b, 'theirs')"), {"a": mine, "b": theirs})
        with app.begin() as conn:
            assert conn.execute(text("SELECT current_user")).scalar_one() == ROLE
            assert conn.execute(text("SELECT count(*) FROM note")).scalar_one() == 0  # no tenant: nothing
            conn.execute(text("SELECT set_config('kronos.studio_id', :s, true)"), {"s": str(mine)})
            assert conn.execute(text("SELECT body FROM note")).scalars().all() == ["mine"]
        with admin.connect() as conn:
            # The admin (superuser, table owner) sees everything: RLS tests must not run as it.
            assert conn.execute(text("SELECT count(*) FROM note")).scalar_one() == 2
    finally:
        app.dispose()
        admin.dispose()


def test_unreachable_server_is_reported_not_skipped() -> None:
    url = pg.admin_url_from_env().set(port=1)
    reason = pg.unreachable_reason(url)
    assert reason is not None
    assert "cannot connect" in reason
    message = pg.unreachable_message(url, reason)
    assert pg.ENV_VAR in message


@pytest.mark.parametrize("name", ["Robert'); DROP", "UPPER", "a-b", ""])
def test_identifiers_are_checked(pg_admin_url: URL, name: str) -> None:
    with pytest.raises(ValueError, match="identifier"):
        pg.ensure_login_role(pg_admin_url, name, "x")
