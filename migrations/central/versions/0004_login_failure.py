"""auth: recent failed sign-ins per account

``login_failure``: one row per wrong password for an existing login (when, from which address,
and, when the sign-in was started from a desk holding a valid enrolment, that desk's id). Owners
and managers read their staff's recent failures (GET /v1/staff/{id}/failed-sign-ins). Like
``app_user`` and ``login_throttle`` it is cross-studio (a login is tried before a studio is
known) and holds no studio column; rows older than 30 days are deleted as new ones arrive.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kronos_core.instants

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_failure",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("at", kronos_core.instants.Instant(timezone=True), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("desk_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_login_failure_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failure")),
    )
    op.create_index("ix_login_failure_user_at", "login_failure", ["user_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_login_failure_user_at", table_name="login_failure")
    op.drop_table("login_failure")
