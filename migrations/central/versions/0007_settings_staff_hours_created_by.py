"""the studio's settings, staff hours and guest dates, created_by

Issue 11 (the desk's revision 0006 adds the same columns to its file):

- ``studio``: state (UF), opening_hours, age_of_majority, pix_key_kind, forfeit_keeper,
  commission_base, cleaning_buffer_minutes, retention_years, idle_lock_minutes;
- ``staff``: working_hours, hours_exceptions, guest_from, guest_to;
- ``created_by`` on every synced table: who created the row (``changed_by`` is who last changed
  it). Rows written before this revision have none.

Only columns are added (nullable or with a default): no table is rewritten, row-level security
and the append-only triggers are untouched, and the grants (env.py's, table-wide) cover the new
columns.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 08:00:00
"""


from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0007"
down_revision = "0006"
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


def downgrade() -> None:
    for table in SYNCED:
        op.drop_column(table, "created_by")
    for column in _staff_columns():
        op.drop_column("staff", column.name)
    for column in _studio_columns():
        op.drop_column("studio", column.name)
