"""auth: the app role cannot read password hashes; invitations to a studio's staff

The server's ordinary role (kronos_app) loses SELECT on ``app_user.password_hash`` (the grants in
kronos_server/dbroles.py give it every other column). Sign-in checks a password through two
SECURITY DEFINER functions, so a query injected as the app role exposes no hash:

- ``kronos_login_lookup(email)``: the login's id, whether it is disabled, and its hash without
  the digest (argon2id's parameters and salt) with the digest's length;
- ``kronos_password_matches(user_id, digest)``: whether the digest the server computed from the
  typed password is the stored one.

``staff_invitation``: adding a person by e-mail to a studio records an invitation (the manager
is not told whether the e-mail has a login); the person accepts or declines it on the server's
page after signing in (kronos_server/auth/invitations.py). A studio's rows, under row-level
security; ``kronos_invitations(email)`` finds a login's pending ones across studios.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 16:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kronos_core.instants

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OPTIONS = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
DIGEST = r"substring(u.password_hash from '\$([^$]*)$')"
FUNCTIONS = ("kronos_login_lookup(text)", "kronos_password_matches(uuid, text)", "kronos_invitations(text)")
STUDIO_SETTING = "NULLIF(current_setting('kronos.studio_id', true), '')::uuid"
DEFINER_LOOKUP = "current_setting('kronos.definer_lookup', true) = 'on'"
PENDING = """
    SELECT i.id, i.studio_id, s.name::text, i.display_name::text, i.role::text, st.display_name::text, i.created_at
    FROM staff_invitation i JOIN studio s ON s.id = i.studio_id
    LEFT JOIN staff st ON st.id = i.invited_by AND st.studio_id = i.studio_id
    WHERE i.email = p_email AND i.answered_at IS NULL AND NOT s.deleted ORDER BY i.created_at, i.id
"""


def upgrade() -> None:
    op.create_table(
        "staff_invitation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("studio_id", sa.Uuid(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("color", sa.String(length=7), nullable=False),
        sa.Column("invited_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", kronos_core.instants.Instant(timezone=True), nullable=False),
        sa.Column("answered_at", kronos_core.instants.Instant(timezone=True), nullable=True),
        sa.Column("answer", sa.String(length=10), nullable=True),
        sa.CheckConstraint(
            "answer IS NULL OR answer IN ('accepted', 'declined', 'cancelled')", name=op.f("ck_staff_invitation_answer")
        ),
        sa.ForeignKeyConstraint(["studio_id"], ["studio.id"], name=op.f("fk_staff_invitation_studio_id_studio")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_invitation")),
    )
    op.create_index(
        "ix_staff_invitation_pending",
        "staff_invitation",
        ["studio_id", "email"],
        unique=True,
        postgresql_where=sa.text("answered_at IS NULL"),
    )
    op.create_index("ix_staff_invitation_email", "staff_invitation", ["email"], unique=False)
    op.execute("ALTER TABLE staff_invitation ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE staff_invitation FORCE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY tenant_isolation ON staff_invitation "
        f"USING (studio_id = {STUDIO_SETTING}) WITH CHECK (studio_id = {STUDIO_SETTING})"
    )
    op.execute(f"CREATE POLICY definer_lookup ON staff_invitation FOR SELECT TO CURRENT_USER USING ({DEFINER_LOOKUP})")
    op.execute(
        "CREATE FUNCTION kronos_invitations(p_email text) RETURNS TABLE (id uuid, studio_id uuid, "
        "studio_name text, display_name text, role text, invited_by_name text, created_at timestamptz) "
        "LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $fn$ "
        "DECLARE previous text := coalesce(current_setting('kronos.definer_lookup', true), ''); BEGIN "
        "PERFORM set_config('kronos.definer_lookup', 'on', true); "
        f"RETURN QUERY {PENDING}; "
        "PERFORM set_config('kronos.definer_lookup', previous, true); END $fn$"
    )
    op.execute(
        "CREATE FUNCTION kronos_login_lookup(p_email text) "
        "RETURNS TABLE (user_id uuid, disabled boolean, password_params text, digest_chars integer) "
        f"{OPTIONS} AS $fn$ "
        rf"SELECT u.id, u.disabled, regexp_replace(u.password_hash, '\$[^$]*$', ''), length({DIGEST}) "
        "FROM app_user u WHERE u.email = p_email $fn$"
    )
    op.execute(
        "CREATE FUNCTION kronos_password_matches(p_user_id uuid, p_digest text) RETURNS boolean "
        f"{OPTIONS} AS $fn$ "
        f"SELECT coalesce((SELECT {DIGEST} = p_digest FROM app_user u WHERE u.id = p_user_id), false) $fn$"
    )
    for signature in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")


def downgrade() -> None:
    for signature in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {signature}")
    op.drop_index("ix_staff_invitation_email", table_name="staff_invitation")
    op.drop_index("ix_staff_invitation_pending", table_name="staff_invitation")
    op.drop_table("staff_invitation")
