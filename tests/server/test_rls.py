"""Tenant isolation, proved as the server's own ordinary role (RLS binds it; it would not bind
a superuser, a BYPASSRLS role or, without FORCE, the tables' owner)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import Connection, create_engine, pool, text
from sqlalchemy.exc import ProgrammingError

from kronos_core.ids import uuid7
from kronos_core.mutations import Actor
from kronos_core.roles import Role
from kronos_core.schema import SYNCED_TABLES
from kronos_server.db import Database
from kronos_server.studio_version import apply_mutation
from kronos_server.tables import GLOBAL_TABLES, TENANT_TABLES
from tests.server.conftest import APP_ROLE, CentralDb, MadeStudio

TENANT_TABLE_NAMES = sorted({t.name for t in SYNCED_TABLES} | {t.name for t in TENANT_TABLES})
NOW = dt.datetime(2026, 3, 2, 13, 0, tzinfo=dt.UTC)


def _fill(app_db: Database, studio: MadeStudio) -> None:
    """Some rows of several tables for ``studio`` (its own mutations, as the server does)."""
    actor = Actor(studio.studio_id, Role.OWNER, studio.owner_staff_id)
    with app_db.tenant(studio.studio_id) as tx:
        apply_mutation(tx, actor, "station.add", {"station_id": uuid7(), "name": "Maca 1"}, now=NOW)
        apply_mutation(tx, actor, "client.create", _client_args(), now=NOW)


def _client_args() -> dict[str, object]:
    return {"client_id": uuid7(), "full_name": "Cliente Teste"}


@pytest.fixture(scope="module")
def two_studios(app_db: Database, make_studio_module: Callable[..., MadeStudio]) -> tuple[MadeStudio, MadeStudio]:
    a = make_studio_module("Studio A")
    b = make_studio_module("Studio B")
    _fill(app_db, a)
    _fill(app_db, b)
    return a, b


@pytest.fixture(scope="module")
def make_studio_module(app_db: Database) -> Callable[..., MadeStudio]:
    from kronos_server.accounts import create_studio_with_owner
    from tests.server.conftest import CHEAP_HASH, DEFAULT_PASSWORD, unique_email

    def make(name: str) -> MadeStudio:
        made = create_studio_with_owner(
            app_db,
            name=name,
            owner_email=unique_email(),
            owner_name="Owner",
            password=DEFAULT_PASSWORD,
            hasher=CHEAP_HASH,
        )
        return MadeStudio(made.studio_id, made.owner_staff_id, made.user_id, made.email, DEFAULT_PASSWORD, name, 1)

    return make


def _count(conn: Connection, table: str) -> int:
    return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_the_app_role_is_ordinary_and_owns_nothing(central_db: CentralDb) -> None:
    engine = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        role = conn.execute(
            text("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = :r"), {"r": APP_ROLE}
        ).one()
        assert (role.rolsuper, role.rolbypassrls) == (False, False)
        owners = conn.execute(text("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'")).all()
        assert owners, "no tables?"
        assert all(owner != APP_ROLE for _, owner in owners)
    engine.dispose()
    # and the server really connects as that role
    db = central_db.app_database()
    with db.unscoped() as conn:
        assert conn.execute(text("SELECT current_user")).scalar_one() == APP_ROLE
    db.dispose()


def test_every_table_with_a_studio_has_forced_rls(central_db: CentralDb) -> None:
    engine = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
                "  (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies "
                "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind = 'r' AND EXISTS ("
                "  SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'studio_id')"
            )
        ).all()
    engine.dispose()
    names = {r.relname for r in rows}
    assert names == set(TENANT_TABLE_NAMES)
    for row in rows:
        assert row.relrowsecurity, row.relname
        assert row.relforcerowsecurity, row.relname
        assert row.policies >= 1, row.relname


def test_with_no_studio_set_the_app_role_sees_no_rows(
    app_db: Database, two_studios: tuple[MadeStudio, MadeStudio], central_db: CentralDb
) -> None:
    with app_db.unscoped() as conn:
        for table in TENANT_TABLE_NAMES:
            assert _count(conn, table) == 0, table
    # ...not even on a bare connection that never set the variable
    engine = create_engine(central_db.app_url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        for table in TENANT_TABLE_NAMES:
            assert _count(conn, table) == 0, table
    engine.dispose()
    # while the rows are there (the admin, a superuser, is not bound by RLS)
    admin = central_db.admin_database()
    with admin.unscoped() as conn:
        assert _count(conn, "studio") >= 2
        assert _count(conn, "client") >= 2
    admin.dispose()


def test_a_studio_sees_only_its_own_rows(app_db: Database, two_studios: tuple[MadeStudio, MadeStudio]) -> None:
    a, b = two_studios
    with app_db.tenant(a.studio_id) as conn:
        for table in TENANT_TABLE_NAMES:
            key = "id" if table == "studio" else "studio_id"
            others = conn.execute(text(f"SELECT count(*) FROM {table} WHERE {key} <> :a"), {"a": a.studio_id})
            assert others.scalar_one() == 0, table
        assert conn.execute(text("SELECT id FROM studio")).scalars().all() == [a.studio_id]
        assert _count(conn, "client") == 1
        assert _count(conn, "station") == 1
        assert _count(conn, "studio_clock") == 1
        # Asking for B's rows by id finds nothing.
        assert conn.execute(text("SELECT count(*) FROM staff WHERE id = :id"), {"id": b.owner_staff_id}).scalar() == 0


def test_a_studio_cannot_write_another_studios_rows(
    app_db: Database, two_studios: tuple[MadeStudio, MadeStudio]
) -> None:
    a, b = two_studios
    with app_db.tenant(a.studio_id) as conn:
        # updates and tombstones of B's rows touch nothing
        changed = conn.execute(
            text("UPDATE staff SET display_name = 'hacked', deleted = true WHERE studio_id = :b"), {"b": b.studio_id}
        )
        assert changed.rowcount == 0
        changed = conn.execute(text("UPDATE studio_clock SET version = 999 WHERE studio_id = :b"), {"b": b.studio_id})
        assert changed.rowcount == 0
        # moving one of A's rows to B is refused by WITH CHECK
        savepoint = conn.begin_nested()
        with pytest.raises(ProgrammingError) as moved:
            conn.execute(text("UPDATE station SET studio_id = :b"), {"b": b.studio_id})
        assert isinstance(moved.value.orig, psycopg.errors.InsufficientPrivilege)
        savepoint.rollback()
        # inserting a row for B is refused by WITH CHECK
        savepoint = conn.begin_nested()
        with pytest.raises(ProgrammingError) as inserted:
            conn.execute(
                text(
                    "INSERT INTO station (id, studio_id, version, deleted, created_at, changed_at, name, active) "
                    "VALUES (:id, :b, 0, false, now(), now(), 'Intrusa', true)"
                ),
                {"id": uuid7(), "b": b.studio_id},
            )
        assert isinstance(inserted.value.orig, psycopg.errors.InsufficientPrivilege)
        assert "row-level security" in str(inserted.value.orig)
        savepoint.rollback()
    with app_db.tenant(b.studio_id) as conn:
        assert conn.execute(text("SELECT count(*) FROM staff WHERE display_name = 'hacked'")).scalar() == 0
        assert conn.execute(text("SELECT version FROM studio_clock")).scalar() != 999


def test_the_app_role_cannot_hard_delete_synced_rows(
    app_db: Database, two_studios: tuple[MadeStudio, MadeStudio]
) -> None:
    a, _ = two_studios
    with app_db.tenant(a.studio_id) as conn, pytest.raises(ProgrammingError) as denied:
        conn.execute(text("DELETE FROM client"))
    assert isinstance(denied.value.orig, psycopg.errors.InsufficientPrivilege)


def test_global_tables_hold_no_studio_data() -> None:
    for table in GLOBAL_TABLES:
        assert "studio_id" not in table.c, table.name


def test_memberships_lookup_crosses_studios_only_for_one_user(
    app_db: Database, two_studios: tuple[MadeStudio, MadeStudio], make_member: Callable[..., object]
) -> None:
    a, b = two_studios
    # the owner of A is also an artist at B (a guest artist)
    make_member(b.studio_id, Role.ARTIST, email=a.email)
    with app_db.unscoped() as conn:
        rows = conn.execute(text("SELECT * FROM kronos_memberships(:u)"), {"u": a.user_id}).mappings().all()
        assert {(r["studio_id"], r["role"]) for r in rows} == {(a.studio_id, "owner"), (b.studio_id, "artist")}
        assert {r["studio_name"] for r in rows} == {"Studio A", "Studio B"}
        assert conn.execute(text("SELECT * FROM kronos_memberships(:u)"), {"u": uuid.uuid4()}).all() == []
        # The lookup's policy is for the definer alone: the app role setting the flag sees nothing.
        conn.execute(text("SELECT set_config('kronos.definer_lookup', 'on', true)"))
        assert _count(conn, "staff") == 0
        assert _count(conn, "studio") == 0


def test_the_tenant_setting_does_not_leak_to_the_next_transaction(
    app_db: Database, two_studios: tuple[MadeStudio, MadeStudio]
) -> None:
    a, _ = two_studios
    single = Database(app_db.engine.url, pool_size=1, max_overflow=0)
    try:
        with single.tenant(a.studio_id) as conn:
            assert _count(conn, "studio") == 1
        with single.engine.connect() as conn:  # the same pooled connection, nothing set
            assert conn.execute(text("SELECT current_setting('kronos.studio_id', true)")).scalar() == ""
            assert _count(conn, "studio") == 0
    finally:
        single.dispose()
