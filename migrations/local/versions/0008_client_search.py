"""the client search index (SQLite FTS5), kept in step by triggers on ``client``

Desk only (the server does not search this way), issue 13:

- ``client_search``: FTS5 over the full name, preferred name and e-mail, tokenizer
  ``unicode61 remove_diacritics 2`` (accents and case do not matter), with the client's id
  (32 hex digits, as the desk stores a UUID) and studio beside each row, not indexed;
- ``client_search_digits``: FTS5 with the ``trigram`` tokenizer over the digits of the phone and
  of the document, so that any run of 3 or more digits finds them wherever it is;
- triggers on ``client`` (insert, delete, and an update of a searched column or of ``deleted``)
  that change both in the same statement as the row: a local mutation, a pulled row, a first
  download's upsert all keep the index without any Python code. A deleted client is not in it.

The index rows are keyed by ``client.rowid``: FTS5 flushes its pending terms whenever a row's
key is not above the last one, so keys in insertion order keep a first download's 100,000 inserts
cheap (a key made of the random bits of the id cost 13 times the insert itself). Searches join
back on ``client.id`` (kept, not indexed, in ``client_search``), so a changed rowid never returns
a wrong client; but the triggers delete by rowid, so whatever renumbers ``client`` rows must fill
the index again (:func:`refill`). A later migration that rebuilds ``client`` (batch
``recreate``) drops these triggers with the old table and renumbers the rows: it must call
:func:`refill` and :func:`create_triggers` again. The desk never runs VACUUM today.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 15:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def only_digits(column: str) -> str:
    """SQL for the digits of a phone or document as people write them (spaces, + - . / ( ))."""
    expr = f"coalesce({column}, '')"
    for ch in (" ", "+", "-", ".", "/", "(", ")"):
        expr = f"replace({expr}, '{ch}', '')"
    return expr


def _insert(row: str, where: str = "") -> list[str]:
    key = f"{row}.rowid"
    return [
        "INSERT INTO client_search (rowid, id, studio_id, full_name, preferred_name, email) "
        f"SELECT {key}, {row}.id, {row}.studio_id, {row}.full_name, {row}.preferred_name, {row}.email{where}",
        "INSERT INTO client_search_digits (rowid, phone, document) "
        f"SELECT {key}, {only_digits(row + '.phone')}, {only_digits(row + '.document_number')}{where}",
    ]


def _delete(row: str) -> list[str]:
    key = f"{row}.rowid"
    return [f"DELETE FROM client_search WHERE rowid = {key}", f"DELETE FROM client_search_digits WHERE rowid = {key}"]


def create_triggers() -> None:
    body = "; ".join(_insert("new", " WHERE new.deleted = 0"))
    op.execute(f"CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN {body}; END")
    body = "; ".join(_delete("old"))
    op.execute(f"CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN {body}; END")
    body = "; ".join(_delete("old") + _insert("new", " WHERE new.deleted = 0"))
    op.execute(
        "CREATE TRIGGER client_search_update AFTER UPDATE OF id, studio_id, full_name, preferred_name, email, "
        f"phone, document_number, deleted ON client BEGIN {body}; END"
    )


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE client_search USING fts5(id UNINDEXED, studio_id UNINDEXED, full_name, "
        "preferred_name, email, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute("CREATE VIRTUAL TABLE client_search_digits USING fts5(phone, document, tokenize = 'trigram')")
    refill()
    create_triggers()


def refill() -> None:
    """Fill both tables again from ``client`` (in rowid order: the cheap order for FTS5)."""
    op.execute("DELETE FROM client_search")
    op.execute("DELETE FROM client_search_digits")
    for statement in _insert("client", " FROM client WHERE client.deleted = 0 ORDER BY client.rowid"):
        op.execute(statement)


def downgrade() -> None:
    for name in ("client_search_update", "client_search_delete", "client_search_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS client_search_digits")
    op.execute("DROP TABLE IF EXISTS client_search")
