"""the studio's settings, staff hours and guest dates, created_by, the desk's PIN lockout

The same synced columns as the central revision 0007, on the desk's SQLite file (issue 11):

- ``studio``: state (UF), opening_hours, age_of_majority, pix_key_kind, forfeit_keeper,
  commission_base, cleaning_buffer_minutes, retention_years, idle_lock_minutes;
- ``staff``: working_hours, hours_exceptions, guest_from, guest_to;
- ``created_by`` on every synced table: who created the row (``changed_by`` is who last changed
  it). Rows written before this revision have none (their author is in the audit trail when
  there is one);
- ``pin_lockout`` (desk only): wrong PINs typed at this desk, per member.

Only columns are added (nullable or with a default), so no table is rebuilt and the synced
rows stay as they are: nothing to reload from the server.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 08:00:00
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
SYNCED = (
    "studio",
    "staff",
    "commission_rule",
    "station",
    "client",
    "appointment",
    "sale",
    "sale_line",
    "payment",
    "sync_conflict",
    "audit_event",
)
JSON = sa.JSON


def _studio_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("state", sa.String(length=2), nullable=True),
        sa.Column("opening_hours", JSON(), nullable=True),
        sa.Column("age_of_majority", sa.Integer(), server_default=sa.text("18"), nullable=False),
        sa.Column("pix_key_kind", sa.String(length=6), nullable=True),
        sa.Column("forfeit_keeper", sa.String(length=8), server_default="studio", nullable=False),
        sa.Column("commission_base", sa.String(length=5), server_default="gross", nullable=False),
        sa.Column("cleaning_buffer_minutes", sa.Integer(), server_default=sa.text("15"), nullable=False),
        sa.Column("retention_years", sa.Integer(), server_default=sa.text("5"), nullable=False),
        sa.Column("idle_lock_minutes", sa.Integer(), server_default=sa.text("5"), nullable=False),
    ]


def _staff_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("working_hours", JSON(), nullable=True),
        sa.Column("hours_exceptions", JSON(), server_default=sa.text("'[]'"), nullable=False),
        sa.Column("guest_from", sa.Date(), nullable=True),
        sa.Column("guest_to", sa.Date(), nullable=True),
    ]


def upgrade() -> None:
    for column in _studio_columns():
        op.add_column("studio", column)
    for column in _staff_columns():
        op.add_column("staff", column)
    for table in SYNCED:
        op.add_column(table, sa.Column("created_by", sa.Uuid(), nullable=True))
    op.create_table(
        "pin_lockout",
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", kronos_core.instants.Instant(timezone=True), nullable=True),
        sa.Column("last_failure_at", kronos_core.instants.Instant(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_pin_lockout")),
    )


def downgrade() -> None:
    op.drop_table("pin_lockout")
    for table in SYNCED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("created_by")
    with op.batch_alter_table("staff") as batch_op:
        for column in _staff_columns():
            batch_op.drop_column(column.name)
    with op.batch_alter_table("studio") as batch_op:
        for column in _studio_columns():
            batch_op.drop_column(column.name)
