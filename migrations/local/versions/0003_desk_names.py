"""desk names (the conflicts inbox names the desk a change came from)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 12:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kronos_core.instants


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('desk_name',
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('desk_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('fetched_at', kronos_core.instants.Instant(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_desk_name'))
    )


def downgrade() -> None:
    op.drop_table('desk_name')
