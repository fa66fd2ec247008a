"""the index of merged records is partial (``WHERE merged_into IS NOT NULL``)

Revision 0009 indexed ``client(merged_into)`` whole. Nearly every client has ``merged_into``
NULL, and SQLite (the desk keeps no statistics) took that index for the lists' condition
"merged_into IS NULL": reading a page of 50 search results walked the index's 100,000 NULL
entries instead of looking the 50 up by key (bench clients.search_p95: p95 44 ms). A partial
index holds only the merged records, which is all that "the records merged into this one"
reads, and SQLite cannot use it for IS NULL. Same change as the central revision 0010.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 15:50:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_client_merged_into")
    op.execute("CREATE INDEX ix_client_merged_into ON client (merged_into) WHERE merged_into IS NOT NULL")


def downgrade() -> None:
    raise NotImplementedError("the desk's file is never downgraded: a backup is kept before each upgrade")
