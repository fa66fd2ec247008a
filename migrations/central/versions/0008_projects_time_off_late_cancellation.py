"""projects, time-off series, an appointment's project, series and late cancellation

Issue 12 (the desk's revision 0007 makes the same change to its file):

- ``project``: a multi-session tattoo of a client (artist, title, healing_days, status, notes);
- ``time_off_series``: an artist's time off, once or weekly up to a year (first_day, last_day,
  weekdays, start_minute, end_minute, excluded_days), expanded by ``time_off.add`` into blocks;
- ``appointment``: ``project_id`` (a session of a project), ``series_id`` (a block of a series)
  and ``late_cancellation`` (cancelled later than the studio's ``late_cancel_hours``).

The two new tables get what every synced table has here: the ``(studio_id, version)`` index the
pull reads by, and row-level security ENABLEd and FORCEd with the two policies of revision 0001
(the transaction's studio; the definer lookups' read-only one). Grants: env.py's, after every
migration run. A block is an appointment row of its artist, so the exclusion constraint of
revision 0001 already keeps an active booking off an active block. The appointment's new columns
are nullable or have a default: no row is rewritten.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 13:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kronos_core.instants

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

STUDIO_SETTING = "NULLIF(current_setting('kronos.studio_id', true), '')::uuid"
DEFINER_LOOKUP = "current_setting('kronos.definer_lookup', true) = 'on'"
NEW_TABLES = ("project", "time_off_series")


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("studio_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("created_at", kronos_core.instants.Instant(timezone=True), nullable=False),
        sa.Column("changed_at", kronos_core.instants.Instant(timezone=True), nullable=False),
        sa.Column("changed_by", sa.Uuid(), nullable=True),
        sa.Column("origin_device", sa.Uuid(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "project",
        *_sync_columns(),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("artist_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("healing_days", sa.Integer(), server_default=sa.text("21"), nullable=False),
        sa.Column("status", sa.String(length=10), server_default="open", nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint("healing_days BETWEEN 0 AND 365", name=op.f("ck_project_healing_days")),
        sa.CheckConstraint("status IN ('open', 'finished', 'cancelled')", name=op.f("ck_project_status")),
        sa.ForeignKeyConstraint(["studio_id"], ["studio.id"], name=op.f("fk_project_studio_id_studio")),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_project_client_id_client")),
        sa.ForeignKeyConstraint(["artist_id"], ["staff.id"], name=op.f("fk_project_artist_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    op.create_index("ix_project_client", "project", ["client_id"], unique=False)
    op.create_table(
        "time_off_series",
        *_sync_columns(),
        sa.Column("artist_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=200), server_default="", nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("weekdays", sa.JSON(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.Column("excluded_days", sa.JSON(), server_default=sa.text("'[]'"), nullable=False),
        sa.CheckConstraint("last_day >= first_day", name=op.f("ck_time_off_series_days")),
        sa.CheckConstraint("last_day - first_day <= 366", name=op.f("ck_time_off_series_max_days")),
        sa.CheckConstraint("start_minute BETWEEN 0 AND 1439", name=op.f("ck_time_off_series_start_minute")),
        sa.CheckConstraint("end_minute BETWEEN 1 AND 1440", name=op.f("ck_time_off_series_end_minute")),
        sa.CheckConstraint(
            "end_minute > start_minute AND end_minute - start_minute <= 960", name=op.f("ck_time_off_series_span")
        ),
        sa.ForeignKeyConstraint(["studio_id"], ["studio.id"], name=op.f("fk_time_off_series_studio_id_studio")),
        sa.ForeignKeyConstraint(["artist_id"], ["staff.id"], name=op.f("fk_time_off_series_artist_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_time_off_series")),
    )
    op.create_index("ix_time_off_series_artist", "time_off_series", ["artist_id", "first_day"], unique=False)
    for table in NEW_TABLES:
        op.create_index(f"ix_{table}_studio_version", table, ["studio_id", "version"], unique=False)
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY tenant_isolation ON {table} "
            f"USING (studio_id = {STUDIO_SETTING}) WITH CHECK (studio_id = {STUDIO_SETTING})"
        )
        op.execute(f"CREATE POLICY definer_lookup ON {table} FOR SELECT TO CURRENT_USER USING ({DEFINER_LOOKUP})")

    op.add_column("appointment", sa.Column("project_id", sa.Uuid(), nullable=True))
    op.add_column("appointment", sa.Column("series_id", sa.Uuid(), nullable=True))
    op.add_column(
        "appointment", sa.Column("late_cancellation", sa.Boolean(), server_default=sa.text("false"), nullable=False)
    )
    op.create_foreign_key(op.f("fk_appointment_project_id_project"), "appointment", "project", ["project_id"], ["id"])
    op.create_foreign_key(
        op.f("fk_appointment_series_id_time_off_series"), "appointment", "time_off_series", ["series_id"], ["id"]
    )
    op.create_index("ix_appointment_project", "appointment", ["project_id"], unique=False)
    op.create_index("ix_appointment_series", "appointment", ["series_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_appointment_series", table_name="appointment")
    op.drop_index("ix_appointment_project", table_name="appointment")
    op.drop_constraint(op.f("fk_appointment_series_id_time_off_series"), "appointment", type_="foreignkey")
    op.drop_constraint(op.f("fk_appointment_project_id_project"), "appointment", type_="foreignkey")
    op.drop_column("appointment", "late_cancellation")
    op.drop_column("appointment", "series_id")
    op.drop_column("appointment", "project_id")
    for table in reversed(NEW_TABLES):
        op.execute(f"DROP POLICY IF EXISTS definer_lookup ON {table}")
        op.execute(f"DROP POLICY IF EXISTS tenant_isolation ON {table}")
        op.drop_table(table)
