"""On the server's PostgreSQL (migrated to head), a payment or an audit row cannot be changed or
deleted by anyone: central revision 0006's trigger refuses UPDATE and DELETE of every table of
``kronos_core.schema.APPEND_ONLY_TABLES`` with ``restrict_violation``, for the app role and for
the tables' owner (a superuser here) alike. The server never needs to rewrite such a row: it
applies mutations, whose framework refuses it first (tests/core/test_append_only.py)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from kronos_core.ids import uuid7
from kronos_core.mutations import Actor, ApplyContext, run
from kronos_core.pins import hash_pin
from kronos_core.roles import Role
from kronos_core.schema import APPEND_ONLY_TABLES
from kronos_server.db import Database
from tests.server.conftest import CentralDb, MadeStudio

pytestmark = pytest.mark.postgres

NOW = dt.datetime(2026, 3, 2, 13, 0, tzinfo=dt.UTC)
PRIVILEGE = text("SELECT has_table_privilege(current_user, :t, :w)")
STATEMENTS = {
    "payment": ("UPDATE payment SET amount = 1 WHERE id = :id", "DELETE FROM payment WHERE id = :id"),
    "audit_event": ("UPDATE audit_event SET action = 'x' WHERE id = :id", "DELETE FROM audit_event WHERE id = :id"),
}


def _apply(conn: Connection, studio: MadeStudio, name: str, args: dict[str, object]) -> None:
    actor = Actor(studio.studio_id, Role.OWNER, studio.owner_staff_id, uuid7())
    run(ApplyContext(conn, actor, uuid7(), name, NOW), args)


@pytest.fixture(scope="module")
def rows(app_db: Database, make_studio: Callable[..., MadeStudio]) -> dict[str, uuid.UUID]:
    """A studio with a payment and an audit row (a PIN reset), written as the server would."""
    studio = make_studio()
    artist = uuid7()
    with app_db.tenant(studio.studio_id) as conn:
        _apply(conn, studio, "staff.add", {"staff_id": str(artist), "display_name": "Rafa", "role": "artist"})
        _apply(conn, studio, "staff.set_pin", {"staff_id": str(artist), "pin_hash": hash_pin("2468")})
        paid = uuid7()
        taken = {"payment_id": str(paid), "method": "pix", "amount": 12_000, "business_date": "2026-03-02"}
        _apply(conn, studio, "payment.record", {**taken, "received_at": NOW.isoformat()})
        audit_id = conn.execute(text("SELECT id FROM audit_event WHERE action = 'pin.reset'")).scalar_one()
    return {"studio": studio.studio_id, "payment": paid, "audit_event": audit_id}


@pytest.fixture(scope="module")
def make_studio(app_db: Database) -> Callable[..., MadeStudio]:
    from kronos_server.accounts import create_studio_with_owner
    from tests.server.conftest import CHEAP_HASH, DEFAULT_PASSWORD, unique_email

    def make() -> MadeStudio:
        made = create_studio_with_owner(app_db, name="Estúdio Agulha", owner_email=unique_email(), owner_name="Rita",
                                        password=DEFAULT_PASSWORD, hasher=CHEAP_HASH)  # fmt: skip
        return MadeStudio(made.studio_id, made.owner_staff_id, made.user_id, made.email, DEFAULT_PASSWORD, "", 1)

    return make


def _snapshot(db: Database, rows: dict[str, uuid.UUID]) -> dict[str, object]:
    with db.tenant(rows["studio"]) as conn:
        return {t: conn.execute(text(f"SELECT * FROM {t} WHERE id = :id"), {"id": rows[t]}).one() for t in STATEMENTS}


def test_every_append_only_table_has_the_trigger(central_db: CentralDb) -> None:
    admin = central_db.admin_database()
    try:
        with admin.engine.connect() as conn:
            found = set(
                conn.execute(
                    text("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                         "WHERE t.tgname = 'append_only' AND NOT t.tgisinternal AND t.tgenabled = 'O'")
                ).scalars()
            )  # fmt: skip
    finally:
        admin.dispose()
    assert found == set(APPEND_ONLY_TABLES)


@pytest.mark.parametrize("table", sorted(STATEMENTS))
def test_the_app_role_may_only_add_them(app_db: Database, rows: dict[str, uuid.UUID], table: str) -> None:
    """The server runs as a role granted SELECT and INSERT only on these tables (dbroles), so an
    injected UPDATE or DELETE is refused before the trigger is even reached."""
    before = _snapshot(app_db, rows)
    for statement in STATEMENTS[table]:
        with pytest.raises(DBAPIError) as refused, app_db.tenant(rows["studio"]) as conn:
            conn.execute(text(statement), {"id": rows[table]})
        assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)
    with app_db.tenant(rows["studio"]) as conn:
        may = {
            what: conn.execute(PRIVILEGE, {"t": table, "w": what}).scalar() for what in ("INSERT", "UPDATE", "DELETE")
        }
    assert may == {"INSERT": True, "UPDATE": False, "DELETE": False}
    assert _snapshot(app_db, rows) == before


@pytest.mark.parametrize("table", sorted(STATEMENTS))
def test_not_even_the_tables_owner_can_change_or_delete_them(
    central_db: CentralDb, app_db: Database, rows: dict[str, uuid.UUID], table: str
) -> None:
    before = _snapshot(app_db, rows)
    admin = central_db.admin_database()
    try:
        for statement in STATEMENTS[table]:
            with pytest.raises(DBAPIError) as refused, admin.engine.begin() as conn:
                conn.execute(text(statement), {"id": rows[table]})
            assert isinstance(refused.value.orig, psycopg.errors.RestrictViolation)
    finally:
        admin.dispose()
    assert _snapshot(app_db, rows) == before
