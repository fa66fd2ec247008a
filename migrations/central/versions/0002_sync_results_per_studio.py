"""sync: mutation results keyed per studio

``mutation_result`` was keyed by the mutation UUID alone. Under row-level security a UUID
already stored for another studio is invisible, so a second studio pushing it would fail on a
key it cannot see (and learn that the UUID exists elsewhere). The key becomes
``(studio_id, uuid)``: each studio's exactly-once bookkeeping is its own.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_constraint("pk_mutation_result", "mutation_result", type_="primary")
    op.create_primary_key("pk_mutation_result", "mutation_result", ["studio_id", "uuid"])


def downgrade() -> None:
    op.drop_constraint("pk_mutation_result", "mutation_result", type_="primary")
    op.create_primary_key("pk_mutation_result", "mutation_result", ["uuid"])
