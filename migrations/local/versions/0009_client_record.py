"""the client record: WhatsApp, Instagram, referral, medication, health-data consent, the block's
reason, a minor's guardian, merged_into and erased_at; the search index follows Instagram and
leaves merged and erased clients out

The same columns as the central revision 0009 (issue 13). Every new column is nullable or has a
default, so they are added in place (``ALTER TABLE ... ADD COLUMN``): ``client`` is not rebuilt,
its rowids stay, and the search index keyed by them stays right. ``merged_into`` references
``client(id)`` (SQLite accepts a REFERENCES clause on an added column whose default is NULL).

The search index of revision 0008 gains the Instagram handle: FTS5 tables cannot take a new
column, so ``client_search`` is made again and filled from ``client``; its triggers now also
follow ``instagram``, ``merged_into`` and ``erased_at``, and a merged or erased client is not in
the index (a search never finds a tombstone or an erased person's old words).

The words index keeps prefixes of one and two letters (``prefix = '1 2'``): a keystroke that ends
in a one- or two-letter word ("Cecília Barbosa C") is answered from them instead of walking
every term that starts so (bench clients.search_p95: p95 28.8 to 19.9 ms on 100,000 clients).

Indexes for reading one client: ``client(merged_into)`` (the records merged into one),
``sale(client_id)`` and ``audit_event(row_id)`` (the record, the export, the History filter);
``client(studio_id, email)`` and ``client(studio_id, document_number)`` (likely duplicates).

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

SEARCHABLE = "deleted = 0 AND merged_into IS NULL AND erased_at IS NULL"


def only_digits(column: str) -> str:
    """SQL for the digits of a phone or document as people write them (spaces, + - . / ( ))."""
    expr = f"coalesce({column}, '')"
    for ch in (" ", "+", "-", ".", "/", "(", ")"):
        expr = f"replace({expr}, '{ch}', '')"
    return expr


def _insert(row: str, where: str) -> list[str]:
    key = f"{row}.rowid"
    return [
        "INSERT INTO client_search (rowid, id, studio_id, full_name, preferred_name, email, instagram) "
        f"SELECT {key}, {row}.id, {row}.studio_id, {row}.full_name, {row}.preferred_name, {row}.email, "
        f"{row}.instagram{where}",
        "INSERT INTO client_search_digits (rowid, phone, document) "
        f"SELECT {key}, {only_digits(row + '.phone')}, {only_digits(row + '.document_number')}{where}",
    ]


def _delete(row: str) -> list[str]:
    key = f"{row}.rowid"
    return [f"DELETE FROM client_search WHERE rowid = {key}", f"DELETE FROM client_search_digits WHERE rowid = {key}"]


def _searchable(row: str) -> str:
    return f" WHERE {row}.deleted = 0 AND {row}.merged_into IS NULL AND {row}.erased_at IS NULL"


TRIGGERS = ("client_search_update", "client_search_delete", "client_search_insert")


def create_triggers() -> None:
    body = "; ".join(_insert("new", _searchable("new")))
    op.execute(f"CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN {body}; END")
    body = "; ".join(_delete("old"))
    op.execute(f"CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN {body}; END")
    body = "; ".join(_delete("old") + _insert("new", _searchable("new")))
    op.execute(
        "CREATE TRIGGER client_search_update AFTER UPDATE OF id, studio_id, full_name, preferred_name, email, "
        f"instagram, phone, document_number, deleted, merged_into, erased_at ON client BEGIN {body}; END"
    )


def refill() -> None:
    """Fill both tables again from ``client`` (in rowid order: the cheap order for FTS5)."""
    op.execute("DELETE FROM client_search")
    op.execute("DELETE FROM client_search_digits")
    where = _searchable("client") + " ORDER BY client.rowid"
    for statement in _insert("client", " FROM client" + where):
        op.execute(statement)


def upgrade() -> None:
    op.add_column("client", sa.Column("whatsapp", sa.Boolean(), server_default=sa.text("0"), nullable=False))
    op.add_column("client", sa.Column("instagram", sa.String(length=30), nullable=True))
    op.add_column("client", sa.Column("referral_source", sa.String(length=40), nullable=True))
    op.add_column("client", sa.Column("medication", sa.Text(), nullable=True))
    op.add_column(
        "client", sa.Column("health_data_consent", sa.Boolean(), server_default=sa.text("0"), nullable=False)
    )
    op.add_column("client", sa.Column("blocked_reason", sa.String(length=200), nullable=True))
    op.add_column("client", sa.Column("guardian_name", sa.String(length=200), nullable=True))
    op.add_column("client", sa.Column("guardian_document", sa.String(length=32), nullable=True))
    op.add_column("client", sa.Column("guardian_relationship", sa.String(length=40), nullable=True))
    op.add_column("client", sa.Column("guardian_phone", sa.String(length=20), nullable=True))
    op.execute("ALTER TABLE client ADD COLUMN merged_into CHAR(32) REFERENCES client (id)")
    op.add_column("client", sa.Column("erased_at", kronos_core.instants.Instant(timezone=True), nullable=True))
    op.create_index("ix_client_merged_into", "client", ["merged_into"], unique=False)
    op.create_index("ix_client_email", "client", ["studio_id", "email"], unique=False)
    op.create_index("ix_client_document", "client", ["studio_id", "document_number"], unique=False)
    op.create_index("ix_sale_client", "sale", ["client_id"], unique=False)
    op.create_index("ix_audit_event_row", "audit_event", ["row_id"], unique=False)
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS client_search")
    op.execute(
        "CREATE VIRTUAL TABLE client_search USING fts5(id UNINDEXED, studio_id UNINDEXED, full_name, "
        "preferred_name, email, instagram, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')"
    )
    refill()
    create_triggers()


def downgrade() -> None:
    raise NotImplementedError("the desk's file is never downgraded: a backup is kept before each upgrade")
