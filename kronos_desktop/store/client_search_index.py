"""The client search index's upkeep outside the triggers: paused and refilled, and optimized.

The index (``client_search`` over the names, e-mail and Instagram handle; ``client_search_digits``
over the digits of the phone and document) is kept by triggers on ``client`` in the same
statement as each change (desk migrations 0008 and 0009). Two things are done to it from Python:

- :func:`paused`: the triggers dropped while many rows are written (a first download), and the
  index filled again from ``client`` at the end, in the same transaction, so no reader ever
  sees the rows without their index entries, and an interruption (the transaction rolled back)
  leaves the triggers as they were. The trigger SQL lives here as migration 0009 wrote it;
  ``tests/store/test_client_search_index.py`` holds the two to the same text.
- :func:`optimize`: FTS5 keeps a deleted row's words in its older segments, marked deleted,
  until the segments are merged. After a client is erased (LGPD), run it in the erase's
  transaction (or right after it), with ``PRAGMA secure_delete`` on, so the erased person's
  words leave the index's pages and the freed pages are overwritten.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

INDEX_TABLES = ("client_search", "client_search_digits")
TRIGGERS = ("client_search_insert", "client_search_delete", "client_search_update")

# Who is in the index: not deleted, not merged into another record, not erased.
_SEARCHABLE_IF = "{row}.deleted = 0 AND {row}.merged_into IS NULL AND {row}.erased_at IS NULL"
_SEARCHABLE = " WHERE " + _SEARCHABLE_IF


def _only_digits(column: str) -> str:
    """SQL for the digits of a phone or document as people write them (spaces, + - . / ( ))."""
    expr = f"coalesce({column}, '')"
    for ch in (" ", "+", "-", ".", "/", "(", ")"):
        expr = f"replace({expr}, '{ch}', '')"
    return expr


def _insert(row: str, tail: str) -> list[str]:
    key = f"{row}.rowid"
    return [
        "INSERT INTO client_search (rowid, id, studio_id, full_name, preferred_name, email, instagram) "
        f"SELECT {key}, {row}.id, {row}.studio_id, {row}.full_name, {row}.preferred_name, {row}.email, "
        f"{row}.instagram{tail}",
        "INSERT INTO client_search_digits (rowid, phone, document) "
        f"SELECT {key}, {_only_digits(row + '.phone')}, {_only_digits(row + '.document_number')}{tail}",
    ]


def _delete(row: str) -> list[str]:
    key = f"{row}.rowid"
    return [f"DELETE FROM client_search WHERE rowid = {key}", f"DELETE FROM client_search_digits WHERE rowid = {key}"]


def trigger_statements() -> list[str]:
    """The ``CREATE TRIGGER`` statements of the index, as migration 0009 made them."""
    insert = "; ".join(_insert("new", _SEARCHABLE.format(row="new")))
    delete = "; ".join(_delete("old"))
    update = "; ".join(_delete("old") + _insert("new", _SEARCHABLE.format(row="new")))
    return [
        f"CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN {insert}; END",
        f"CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN {delete}; END",
        "CREATE TRIGGER client_search_update AFTER UPDATE OF id, studio_id, full_name, preferred_name, email, "
        f"instagram, phone, document_number, deleted, merged_into, erased_at ON client BEGIN {update}; END",
    ]


def drop_triggers(conn: Connection) -> None:
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def create_triggers(conn: Connection) -> None:
    for statement in trigger_statements():
        conn.exec_driver_sql(statement)


def refill(conn: Connection) -> None:
    """Fill both tables again from ``client``, in rowid order (the cheap order for FTS5)."""
    for table in INDEX_TABLES:
        conn.exec_driver_sql(f"DELETE FROM {table}")
    for statement in _insert("client", " FROM client" + _SEARCHABLE.format(row="client") + " ORDER BY client.rowid"):
        conn.exec_driver_sql(statement)


@contextmanager
def paused(conn: Connection) -> Iterator[None]:
    """The index's triggers off while the block writes ``client`` rows, the index filled again
    from ``client`` and the triggers back after it; inside the caller's transaction (on error,
    the rollback brings the triggers back)."""
    assert conn.in_transaction(), "only inside the transaction that writes the rows"
    drop_triggers(conn)
    yield
    refill(conn)
    create_triggers(conn)


@contextmanager
def written_in_bulk(conn: Connection) -> Iterator[set[uuid.UUID]]:
    """The index's triggers off while the block writes many ``client`` rows (the pages of a
    first download), then the index brought up to date for those rows alone, in the caller's
    transaction: the rows added (above the largest key before the block), and the clients the
    block names in the set it is given (rows that existed and were changed). FTS5 takes a run
    of new keys in order far more cheaply than one statement's trigger at a time. The block
    must not delete ``client`` rows (pulled rows never do: a tombstone is an update)."""
    assert conn.in_transaction(), "only inside the transaction that writes the rows"
    (top,) = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM client").one()
    changed: set[uuid.UUID] = set()
    drop_triggers(conn)
    yield changed
    if changed:
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS client_search_changed (key INTEGER PRIMARY KEY)")
        conn.exec_driver_sql("DELETE FROM client_search_changed")
        conn.connection.driver_connection.executemany(  # type: ignore[union-attr]
            "INSERT OR IGNORE INTO client_search_changed SELECT rowid FROM client WHERE id = ? AND rowid <= ?",
            [(i.hex, top) for i in changed],
        )
        for table in INDEX_TABLES:
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE rowid IN (SELECT key FROM client_search_changed)")
        where = " FROM client WHERE client.rowid IN (SELECT key FROM client_search_changed) AND "
        for statement in _insert("client", where + _SEARCHABLE_IF.format(row="client")):
            conn.exec_driver_sql(statement)
    where = f" FROM client WHERE client.rowid > {int(top)} AND " + _SEARCHABLE_IF.format(row="client")
    for statement in _insert("client", where + " ORDER BY client.rowid"):
        conn.exec_driver_sql(statement)
    create_triggers(conn)


def optimize(conn: Connection) -> None:
    """Merge each index table's segments into one: the words of deleted rows (an erased
    client's) leave the index. With ``PRAGMA secure_delete`` on, the pages freed are zeroed."""
    for table in INDEX_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
