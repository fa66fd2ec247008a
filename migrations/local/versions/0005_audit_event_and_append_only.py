"""the audit trail (audit_event); payments and audit rows are append-only

The same change as the central revision 0006, on the desk's SQLite file:

- ``audit_event``: a synced table (kronos_core.schema), who did what to which row, at which
  desk and when; written by ``ApplyContext.audit`` from the mutations a studio owner wants traced;
- triggers refusing UPDATE and DELETE of ``payment`` and ``audit_event`` rows unless the
  connection is in the sync's own writes: the SQL function ``kronos_sync_write()``, which the
  desk's engine registers on every writing connection and answers 1 only inside
  ``kronos_desktop.store.engine.sync_writes`` (the take-back of pending mutations, the rows
  pulled from the server, re-keying rows to a joined studio). A connection without the function
  (another program, a test's plain sqlite3) cannot update or delete these rows at all.

A migration that rebuilds one of these tables (batch, ``recreate``) drops its triggers with the
old table and must create them again; tests/store/test_append_only_triggers.py checks a new
desk file has them for every table of kronos_core.schema.APPEND_ONLY_TABLES.

Nothing existing is rebuilt and no synced row changes: nothing to reload from the server.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 19:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kronos_core.instants

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen (this revision must not change when kronos_core's list grows).
APPEND_ONLY = ("payment", "audit_event")


def _trigger(table: str, operation: str) -> str:
    return (
        f"CREATE TRIGGER append_only_{table}_{operation.lower()} BEFORE {operation} ON {table} "
        "WHEN NOT kronos_sync_write() "
        f"BEGIN SELECT RAISE(ABORT, 'append_only: a {table} row is never changed nor deleted ({operation})'); END"
    )


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("studio_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
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
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index("ix_audit_event_studio_time", ["studio_id", "occurred_at"], unique=False)
    for table in APPEND_ONLY:
        for operation in ("UPDATE", "DELETE"):
            op.execute(_trigger(table, operation))


def downgrade() -> None:
    for table in APPEND_ONLY:
        for operation in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS append_only_{table}_{operation}")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_studio_time")
    op.drop_table("audit_event")
