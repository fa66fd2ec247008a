"""the client record: WhatsApp, Instagram, referral, medication, health-data consent, the block's
reason, a minor's guardian, merged_into and erased_at

Issue 13 (the desk's revision 0009 adds the same columns to its file). Every new column is
nullable or has a default: no row is rewritten. ``merged_into`` references ``client(id)``: a
merged record is a tombstone pointing at the one kept. Three indexes for reading one client:
``client(merged_into)``, ``sale(client_id)`` and ``audit_event(row_id)``; and two for likely
duplicates: ``client(studio_id, email)``, ``client(studio_id, document_number)``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 16:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kronos_core.instants

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = (
    "whatsapp",
    "instagram",
    "referral_source",
    "medication",
    "health_data_consent",
    "blocked_reason",
    "guardian_name",
    "guardian_document",
    "guardian_relationship",
    "guardian_phone",
    "merged_into",
    "erased_at",
)


def upgrade() -> None:
    op.add_column("client", sa.Column("whatsapp", sa.Boolean(), server_default=sa.text("false"), nullable=False))
    op.add_column("client", sa.Column("instagram", sa.String(length=30), nullable=True))
    op.add_column("client", sa.Column("referral_source", sa.String(length=40), nullable=True))
    op.add_column("client", sa.Column("medication", sa.Text(), nullable=True))
    op.add_column(
        "client", sa.Column("health_data_consent", sa.Boolean(), server_default=sa.text("false"), nullable=False)
    )
    op.add_column("client", sa.Column("blocked_reason", sa.String(length=200), nullable=True))
    op.add_column("client", sa.Column("guardian_name", sa.String(length=200), nullable=True))
    op.add_column("client", sa.Column("guardian_document", sa.String(length=32), nullable=True))
    op.add_column("client", sa.Column("guardian_relationship", sa.String(length=40), nullable=True))
    op.add_column("client", sa.Column("guardian_phone", sa.String(length=20), nullable=True))
    op.add_column("client", sa.Column("merged_into", sa.Uuid(), nullable=True))
    op.add_column("client", sa.Column("erased_at", kronos_core.instants.Instant(timezone=True), nullable=True))
    op.create_foreign_key(op.f("fk_client_merged_into_client"), "client", "client", ["merged_into"], ["id"])
    op.create_index("ix_client_merged_into", "client", ["merged_into"], unique=False)
    op.create_index("ix_client_email", "client", ["studio_id", "email"], unique=False)
    op.create_index("ix_client_document", "client", ["studio_id", "document_number"], unique=False)
    op.create_index("ix_sale_client", "sale", ["client_id"], unique=False)
    op.create_index("ix_audit_event_row", "audit_event", ["row_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_event_row", table_name="audit_event")
    op.drop_index("ix_sale_client", table_name="sale")
    op.drop_index("ix_client_document", table_name="client")
    op.drop_index("ix_client_email", table_name="client")
    op.drop_index("ix_client_merged_into", table_name="client")
    op.drop_constraint(op.f("fk_client_merged_into_client"), "client", type_="foreignkey")
    for name in reversed(COLUMNS):
        op.drop_column("client", name)
