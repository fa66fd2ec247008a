"""the index of merged records is partial (``WHERE merged_into IS NOT NULL``)

Only merged records are ever looked up by ``merged_into``; nearly every client has it NULL.
The desk's revision 0010 makes the same change (there, the whole index misled SQLite's planner).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 15:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_client_merged_into", table_name="client")
    op.create_index(
        "ix_client_merged_into",
        "client",
        ["merged_into"],
        unique=False,
        postgresql_where=sa.text("merged_into IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_client_merged_into", table_name="client")
    op.create_index("ix_client_merged_into", "client", ["merged_into"], unique=False)
