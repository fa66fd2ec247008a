"""``GET /v1/sync/pull``: the studio's changes after a cursor, in version order, in one snapshot.

Read in one REPEATABLE READ, READ ONLY transaction: the clock first (the snapshot's version),
then the rows of every synced table with ``cursor < version <= clock``. Ordered by
``(version, table, id)``, the table by its place in :data:`kronos_core.schema.SYNCED_TABLES`
(parents first). A page holds whole versions: never part of one, and a version with more rows
than the limit is one page on its own. A page that stops early has ``has_more`` and a cursor just
below the first version it left out; the last page's cursor is the snapshot's clock, so versions
with no surviving rows are skipped over.

Two queries a page keep it cheap at any size: first each table's next ``limit + 1`` *versions*
(an index range on ``(studio_id, version)``), merged in PostgreSQL to find where the page ends;
then the rows of every table up to there, which PostgreSQL encodes into the page's JSON array
itself (Python only wraps the envelope around it).

A cursor from another epoch, above the clock, or that cannot be read is answered ``reset``
(the current epoch at version 0, no changes): the desk reloads. A corrupt cursor thus heals
itself instead of leaving the desk stuck on an error it cannot fix.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, text

from kronos_core.instants import utcnow
from kronos_core.schema import SYNCED_TABLES
from kronos_core.sync_messages import format_cursor, parse_cursor
from kronos_server.db import Database
from kronos_server.studio_version import read_version
from kronos_server.tables import device_seq

# The studio, and UTC for the instants PostgreSQL writes into the page's JSON (_changes_select).
_SET_STUDIO = text("select set_config('kronos.studio_id', :sid, true), set_config('TimeZone', 'UTC', true)")


@contextmanager
def snapshot(db: Database, studio_id: uuid.UUID) -> Iterator[Connection]:
    """One REPEATABLE READ, READ ONLY transaction scoped to ``studio_id``, in UTC (the driver
    says so in its BEGIN: no statement of its own; the pool puts the connection back as it was)."""
    options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    with db.engine.connect().execution_options(**options) as conn, conn.begin():
        conn.execute(_SET_STUDIO, {"sid": str(studio_id)})
        yield conn


def last_mutation(conn: Connection, device_id: uuid.UUID, upto: int) -> tuple[int, uuid.UUID | None]:
    """The device's highest sequence number whose version is at most ``upto``, and its UUID."""
    row = conn.execute(_LAST_MUTATION, {"device": device_id, "upto": upto}).first()
    return (0, None) if row is None else (int(row.seq), row.uuid)


_LAST_MUTATION = (  # built once: every page runs it
    select(device_seq.c.seq, device_seq.c.uuid)
    .where(device_seq.c.device_id == bindparam("device"), device_seq.c.version <= bindparam("upto"))
    .order_by(device_seq.c.seq.desc())
    .limit(1)
)


def _heads_query() -> str:
    """Each table's next ``n`` versions (an index range on ``(studio_id, version)``), merged:
    how many there are, the first, and the one at ``limit`` (the first that may not fit)."""
    ranges = " UNION ALL ".join(
        f'(SELECT version FROM "{table.name}" WHERE studio_id = %(studio)s AND version > %(low)s '
        "AND version <= %(high)s ORDER BY version LIMIT %(n)s)"
        for table in SYNCED_TABLES
    )
    return (
        f"WITH heads AS MATERIALIZED ({ranges}) "
        "SELECT count(*), min(version), (SELECT version FROM heads ORDER BY version OFFSET %(limit)s LIMIT 1) "
        "FROM heads"
    )


_HEADS = _heads_query()


def _page_end(cursor: Any, studio_id: uuid.UUID, since: int, clock: int, limit: int) -> tuple[int, int, bool]:
    """``(low, high, has_more)``: the page holds versions ``low < v <= high``."""
    cursor.execute(_HEADS, {"studio": studio_id, "low": since, "high": clock, "n": limit + 1, "limit": limit})
    count, first, cut = cursor.fetchone()
    if count <= limit:
        return since, clock, False
    if cut == first:  # the first version alone is bigger than a page: it is the page
        return since, cut, cut < clock
    return since, cut - 1, True


def _changes_select(table: Table, order: int) -> str:
    """One table's changes of the page, each already the wire's JSON object (as text: the
    envelope is pasted around ``row_to_json``, which is several times cheaper than
    ``json_build_object``). The row is the table's row as PostgreSQL writes it in JSON, in a
    snapshot whose TimeZone is UTC: the values of :func:`kronos_core.rows.encode_row`'s form
    (UUIDs as strings, dates as ISO, instants as ISO 8601 in UTC, ``+00:00``), though an instant's
    fraction of a second may come with fewer digits (``.45005`` for ``.450050``), which
    ``datetime.fromisoformat`` reads as the same instant (tests/server/sync/test_snapshot.py)."""
    change = (
        f"""'{{"table":"{table.name}","id":"' || t.id || '","version":' || t.version || """
        """',"deleted":' || t.deleted || ',"row":' || row_to_json(t)::text || '}'"""
    )
    return (
        f'SELECT t.version AS v, {order} AS o, t.id AS i, {change} AS c FROM "{table.name}" AS t '
        "WHERE t.studio_id = %(studio)s AND t.version > %(low)s AND t.version <= %(high)s"
    )


# The page's changes as one JSON array made by PostgreSQL, ordered by (version, table, id): no
# row crosses into Python objects (a first download of 100,000 rows would spend most of its time
# converting and encoding them). tests/server/sync checks the rows equal encode_row's.
# The array comes back as UTF-8 bytes in binary format (``convert_to``): the route sends them as
# they are, never decoding and encoding megabytes of text in Python.
_CHANGES = (
    "SELECT convert_to('[' || coalesce(string_agg(c, ',' ORDER BY v, o, i), '') || ']', 'UTF8') FROM ("
    + " UNION ALL ".join(_changes_select(table, i) for i, table in enumerate(SYNCED_TABLES))
    + ") AS page"
)


def _changes_json(cursor: Any, studio_id: uuid.UUID, low: int, high: int) -> bytes:
    """The changes of versions ``low < v <= high`` as a JSON array (UTF-8)."""
    cursor.execute(_CHANGES, {"studio": studio_id, "low": low, "high": high}, binary=True)
    return bytes(cursor.fetchone()[0])


@dataclass(frozen=True)
class Page:
    """One page of a pull: its envelope, and its changes already encoded as a JSON array."""

    envelope: dict[str, Any]
    changes_json: bytes = b"[]"

    def body(self) -> bytes:
        """The answer in the wire format of :class:`kronos_core.sync_messages.PullResponse`."""
        head = json.dumps(self.envelope, separators=(",", ":"))
        return b"".join((head[:-1].encode(), b',"changes":', self.changes_json, b"}"))


def read_page(conn: Connection, studio_id: uuid.UUID, device_id: uuid.UUID, cursor: str | None, limit: int) -> Page:
    """One page of the pull from ``cursor``."""
    epoch, clock = read_version(conn, studio_id)
    since = 0
    if cursor is not None:
        try:
            cursor_epoch, since = parse_cursor(cursor)
        except ValueError:
            cursor_epoch, since = None, -1
        if cursor_epoch != epoch or not 0 <= since <= clock:
            return Page(
                {
                    "since": cursor,
                    "cursor": format_cursor(epoch, 0),
                    "has_more": False,
                    "last_mutation_id": 0,
                    "last_mutation_uuid": None,
                    "server_time": utcnow().isoformat(),
                    "reset": True,
                }
            )
    changes = b"[]"
    low, high, has_more = since, clock, False
    if since != clock:
        raw_connection: Any = conn.connection.driver_connection
        with raw_connection.cursor() as raw:
            low, high, has_more = _page_end(raw, studio_id, since, clock, limit)
            changes = _changes_json(raw, studio_id, low, high)
    seq, seq_uuid = last_mutation(conn, device_id, high)
    return Page(
        {
            "since": cursor,
            "cursor": format_cursor(epoch, high),
            "has_more": has_more,
            "last_mutation_id": seq,
            "last_mutation_uuid": None if seq_uuid is None else str(seq_uuid),
            "server_time": utcnow().isoformat(),
            "reset": False,
        },
        changes,
    )
