"""the audit trail (audit_event); payments and audit rows are append-only

- ``audit_event``: a synced table of kronos_core.schema (who did what to which row, at which
  desk and when), with what every synced table has here: the ``(studio_id, version)`` index the
  pull reads by, and row-level security ENABLEd and FORCEd with the two policies of revision
  0001 (the transaction's studio; the definer lookups' read-only one). Grants: env.py's, after
  every migration run.
- ``kronos_refuse_append_only()``: a trigger function raising ``restrict_violation`` (SQLSTATE
  23001, an integrity error to the driver), fired BEFORE UPDATE and BEFORE DELETE FOR EACH ROW
  on ``payment`` and ``audit_event``. The server never rewrites such rows: it applies mutations
  (the framework refuses an update of them, code ``append_only``) and only inserts what a push
  brings; the pull reads. So the trigger simply refuses, for every role, the owner included;
  no setting lets a write through.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 19:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kronos_core.instants

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen (this revision must not change when kronos_core's list grows).
APPEND_ONLY = ("payment", "audit_event")
STUDIO_SETTING = "NULLIF(current_setting('kronos.studio_id', true), '')::uuid"
DEFINER_LOOKUP = "current_setting('kronos.definer_lookup', true) = 'on'"
FUNCTION = "kronos_refuse_append_only()"


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("studio_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("created_at", kronos_core.instants.Instant(timezone=True), nullable=False),
        sa.Column("changed_at", kronos_core.instants.Instant(timezone=True), nullable=False),
        sa.Column("changed_by", sa.Uuid(), nullable=True),
        sa.Column("origin_device", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("table_name", sa.String(length=64), nullable=True),
        sa.Column("row_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("principal_id", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("mutation_uuid", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", kronos_core.instants.Instant(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["studio_id"], ["studio.id"], name=op.f("fk_audit_event_studio_id_studio")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index("ix_audit_event_studio_time", "audit_event", ["studio_id", "occurred_at"], unique=False)
    op.create_index("ix_audit_event_studio_version", "audit_event", ["studio_id", "version"], unique=False)
    op.execute("ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE audit_event FORCE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY tenant_isolation ON audit_event "
        f"USING (studio_id = {STUDIO_SETTING}) WITH CHECK (studio_id = {STUDIO_SETTING})"
    )
    op.execute(f"CREATE POLICY definer_lookup ON audit_event FOR SELECT TO CURRENT_USER USING ({DEFINER_LOOKUP})")
    op.execute(
        f"CREATE FUNCTION {FUNCTION} RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = pg_catalog, public, pg_temp AS $fn$ BEGIN "
        "RAISE EXCEPTION 'append_only: a % row is never changed nor deleted (%)', TG_TABLE_NAME, TG_OP "
        "USING ERRCODE = 'restrict_violation'; "
        "END $fn$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    for table in APPEND_ONLY:
        op.execute(
            f"CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}"
        )


def downgrade() -> None:
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS append_only ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}")
    op.execute("DROP POLICY IF EXISTS definer_lookup ON audit_event")
    op.execute("DROP POLICY IF EXISTS tenant_isolation ON audit_event")
    op.drop_index("ix_audit_event_studio_version", table_name="audit_event")
    op.drop_index("ix_audit_event_studio_time", table_name="audit_event")
    op.drop_table("audit_event")
