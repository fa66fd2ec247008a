"""The database role the server runs as, and what it is granted.

The server connects as an ordinary login role (``kronos_app`` by default): not the tables'
owner, not a superuser, not BYPASSRLS, so row-level security applies to it. It may read and
write rows (never delete synced rows: they are tombstoned), delete the server's short-lived
rows (codes, tokens, throttles), read ``alembic_version`` (readiness) and call the SECURITY
DEFINER lookups. It never reads ``app_user.password_hash`` (HIDDEN_COLUMNS). ``migrate``
re-grants after every run (when the role exists) and ``kronos-server setup-role`` creates the
role and grants; both are idempotent.
"""

from __future__ import annotations

import re

from psycopg import sql
from sqlalchemy import Connection, text

from kronos_core.schema import APPEND_ONLY_TABLES
from kronos_server.tables import GLOBAL_TABLES, TENANT_TABLES

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# Rows of these tables are deleted when they expire or are consumed; synced rows never are.
DELETABLE_TABLES = frozenset({"auth_code", "refresh_token", "login_throttle", "login_failure", "replica"})
READ_ONLY_TABLES = frozenset({"alembic_version"})
# Rows never changed nor deleted once written (payments, the audit trail): the app role may only
# add them. Central 0006's trigger refuses the rest to everyone, the tables' owner included.
INSERT_ONLY_TABLES = frozenset(APPEND_ONLY_TABLES)
# Columns the app role may write but never read: a query injected as the app role reads no
# password hash (sign-in checks one through SECURITY DEFINER functions, migration 0005).
HIDDEN_COLUMNS = {"app_user": frozenset({"password_hash"})}
SERVER_TABLES = frozenset(t.name for t in (*TENANT_TABLES, *GLOBAL_TABLES))
FUNCTION_PREFIX = "kronos_"


def check_role_name(role: str) -> str:
    if not _IDENTIFIER.match(role):
        raise ValueError(f"not a plain lower-case role name: {role!r}")
    return role


def _ident(name: str) -> str:
    return sql.Identifier(name).as_string()


def role_exists(conn: Connection, role: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is not None


def create_role_sql(role: str, *, password: str | None = None) -> list[str]:
    """Create ``role`` if missing, and (re)state that it is an ordinary login role."""
    check_role_name(role)
    attributes = "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT"
    if password is not None:
        attributes += " PASSWORD " + sql.Literal(password).as_string()
    return [
        "DO $$ BEGIN "
        f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {sql.Literal(role).as_string()}) THEN "
        f"CREATE ROLE {_ident(role)} LOGIN; "
        "END IF; END $$",
        f"ALTER ROLE {_ident(role)} {attributes}",
    ]


def grants_sql(conn: Connection, role: str) -> list[str]:
    """The GRANTs ``role`` needs on the tables and functions present in the database."""
    check_role_name(role)
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    tables = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    ).scalars()
    functions = conn.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.proname LIKE :prefix ORDER BY 1"
        ),
        {"prefix": FUNCTION_PREFIX + "%"},
    ).scalars()
    who = _ident(role)
    statements = [
        f"GRANT CONNECT ON DATABASE {_ident(database)} TO {who}",
        f"GRANT USAGE ON SCHEMA public TO {who}",
    ]
    for table in tables:
        if table in READ_ONLY_TABLES:
            privileges = "SELECT"
        elif table in INSERT_ONLY_TABLES:
            privileges = "SELECT, INSERT"
        elif table in DELETABLE_TABLES:
            privileges = "SELECT, INSERT, UPDATE, DELETE"
        else:
            privileges = "SELECT, INSERT, UPDATE"
        statements.append(f"REVOKE ALL ON TABLE {_ident(table)} FROM {who}")
        hidden = HIDDEN_COLUMNS.get(table)
        if hidden:
            readable = [c for c in _columns(conn, table) if c not in hidden]
            privileges = privileges.replace("SELECT, ", "")
            statements.append(f"GRANT SELECT ({', '.join(map(_ident, readable))}) ON TABLE {_ident(table)} TO {who}")
        statements.append(f"GRANT {privileges} ON TABLE {_ident(table)} TO {who}")
    for signature in functions:
        statements.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {who}")
    return statements


def _columns(conn: Connection, table: str) -> list[str]:
    query = text(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name = :t ORDER BY ordinal_position"
    )
    return list(conn.execute(query, {"t": table}).scalars())


def grant_app_role(conn: Connection, role: str) -> list[str]:
    """Run :func:`grants_sql`; returns the statements run."""
    statements = grants_sql(conn, role)
    for statement in statements:
        conn.execute(text(statement))
    return statements
