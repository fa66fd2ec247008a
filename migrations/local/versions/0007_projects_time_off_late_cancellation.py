"""projects, time-off series, an appointment's project, series and late cancellation

The same change as the central revision 0008, on the desk's SQLite file (issue 12):

- ``project``: a multi-session tattoo of a client (artist, title, healing_days, status, notes);
- ``time_off_series``: an artist's time off, once or weekly up to a year, expanded by
  ``time_off.add`` into blocks;
- ``appointment``: ``project_id``, ``series_id`` and ``late_cancellation``.

SQLite cannot add a foreign key to a table in place: ``appointment`` is rebuilt (batch,
``recreate="always"``; its named CHECKs, foreign keys and indexes are reflected and kept), with
foreign keys off, set before BEGIN, and checked before commit (DESIGN.md's pitfall; a sale
references an appointment). The rows are copied as they are and the new columns are empty or
false, which is what the server has for them: nothing to reload from the server (no
``reloads_synced_tables``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 13:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kronos_core.instants

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("studio_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
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
        sa.CheckConstraint(
            "julianday(last_day) - julianday(first_day) <= 366", name=op.f("ck_time_off_series_max_days")
        ),
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
    with op.batch_alter_table("appointment", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("project_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("series_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("late_cancellation", sa.Boolean(), server_default=sa.text("0"), nullable=False))
        batch_op.create_foreign_key(op.f("fk_appointment_project_id_project"), "project", ["project_id"], ["id"])
        batch_op.create_foreign_key(
            op.f("fk_appointment_series_id_time_off_series"), "time_off_series", ["series_id"], ["id"]
        )
        batch_op.create_index("ix_appointment_project", ["project_id"], unique=False)
        batch_op.create_index("ix_appointment_series", ["series_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("appointment", recreate="always") as batch_op:
        batch_op.drop_index("ix_appointment_series")
        batch_op.drop_index("ix_appointment_project")
        batch_op.drop_constraint("fk_appointment_series_id_time_off_series", type_="foreignkey")
        batch_op.drop_constraint("fk_appointment_project_id_project", type_="foreignkey")
        batch_op.drop_column("late_cancellation")
        batch_op.drop_column("series_id")
        batch_op.drop_column("project_id")
    op.drop_index("ix_time_off_series_artist", table_name="time_off_series")
    op.drop_table("time_off_series")
    op.drop_index("ix_project_client", table_name="project")
    op.drop_table("project")
