"""each replica's receipt prefix (``replica.sale_prefix``), unique per studio

A sale's number is the desk's prefix and its own counter (kronos_core/sale_prefixes.py): "A" for
the standalone desk that brings its studio (claimed when its replica is registered), B, C, … for
every other replica, given when the server registers it (the first push or pull of a device id)
and never reused. Replicas registered before this revision have none (NULL) and get one at their
next push or pull; a NULL takes no place in the unique constraint.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("replica", sa.Column("sale_prefix", sa.String(length=8), nullable=True))
    op.create_unique_constraint(op.f("uq_replica_studio_id"), "replica", ["studio_id", "sale_prefix"])


def downgrade() -> None:
    op.drop_constraint(op.f("uq_replica_studio_id"), "replica", type_="unique")
    op.drop_column("replica", "sale_prefix")
