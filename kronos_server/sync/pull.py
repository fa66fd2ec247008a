"""``GET /v1/sync/pull``: the studio's changes after a cursor, in version order, in one snapshot.

Read in one REPEATABLE READ, READ ONLY transaction: the clock first (the snapshot's version),
then the rows of every synced table with ``cursor < version <= clock``. Ordered by
``(version, table, id)``, the table by its place in :data:`kronos_core.schema.SYNCED_TABLES`
(parents first). A page holds whole versions: never part of one, and a version with more rows
than the limit is one page on its own. A page that stops early has ``has_more`` and a cursor just
below the first version it left out; the last page's cursor is the snapshot's clock, so versions
with no surviving rows are skipped over.

Two passes keep it cheap at any size: first each table's next ``limit + 1`` *versions* (an index
range on ``(studio_id, version)``), merged to find where the page ends; then the rows of each
table up to there.

A cursor from another epoch, above the clock, or that cannot be read is answered ``reset``
(the current epoch at version 0, no changes): the desk reloads. A corrupt cursor thus heals
itself instead of leaving the desk stuck on an error it cannot fix.
"""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Date, Table, Uuid, select, text

from kronos_core.instants import Instant, utcnow
from kronos_core.schema import SYNCED_TABLES
from kronos_core.sync_messages import format_cursor, parse_cursor
from kronos_server.clock import read_clock
from kronos_server.db import Database
from kronos_server.tables import device_seq

_BEGIN_SNAPSHOT = text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
_SET_STUDIO = text("select set_config('kronos.studio_id', :sid, true)")


@contextmanager
def snapshot(db: Database, studio_id: uuid.UUID) -> Iterator[Connection]:
    """One REPEATABLE READ, READ ONLY transaction scoped to ``studio_id``."""
    with db.engine.connect() as conn, conn.begin():
        conn.execute(_BEGIN_SNAPSHOT)  # must precede every query of the transaction
        conn.execute(_SET_STUDIO, {"sid": str(studio_id)})
        yield conn


def last_mutation(conn: Connection, device_id: uuid.UUID, upto: int) -> tuple[int, uuid.UUID | None]:
    """The device's highest sequence number whose version is at most ``upto``, and its UUID."""
    row = conn.execute(
        select(device_seq.c.seq, device_seq.c.uuid)
        .where(device_seq.c.device_id == device_id, device_seq.c.version <= upto)
        .order_by(device_seq.c.seq.desc())
        .limit(1)
    ).first()
    return (0, None) if row is None else (int(row.seq), row.uuid)


def _page_end(conn: Connection, studio_id: uuid.UUID, since: int, clock: int, limit: int) -> tuple[int, int, bool]:
    """``(low, high, has_more)``: the page holds versions ``low < v <= high``."""
    heads: list[int] = []
    for table in SYNCED_TABLES:
        c = table.c
        heads.extend(
            int(v)
            for v in conn.execute(
                select(c.version)
                .where(c.studio_id == studio_id, c.version > since, c.version <= clock)
                .order_by(c.version)
                .limit(limit + 1)
            ).scalars()
        )
    if len(heads) <= limit:
        return since, clock, False
    heads.sort()
    cut = heads[limit]  # the first version that does not fit whole
    if cut == heads[0]:  # the first version alone is bigger than a page: it is the page
        return since, cut, cut < clock
    return since, cut - 1, True


def _select_expression(name: str, column_type: object) -> str:
    """The column as PostgreSQL can already hand it over in :func:`kronos_core.rows.encode_row`'s
    form (UUIDs as text; instants as Python's ``isoformat()`` of the UTC value, microseconds only
    when there are any; dates as ISO), so that Python only zips names and values."""
    col = f'"{name}"'
    if isinstance(column_type, Uuid):
        return f"{col}::text"
    if isinstance(column_type, Instant):
        utc = f"({col} AT TIME ZONE 'UTC')"
        return (
            f"to_char({utc}, 'YYYY-MM-DD\"T\"HH24:MI:SS') || "
            f"CASE WHEN date_part('microseconds', {utc})::bigint %% 1000000 <> 0 THEN to_char({utc}, '.US') "
            "ELSE '' END || '+00:00'"
        )
    if isinstance(column_type, Date):
        return f"to_char({col}, 'YYYY-MM-DD')"
    return col


@dataclass(frozen=True)
class _TableReader:
    """One synced table read straight from psycopg, already in the wire form (no SQLAlchemy row
    processing, no per-value conversion in Python: a pull of 100,000 rows would spend most of its
    time there). tests/server/sync checks the result equals ``encode_row`` on every table."""

    table: Table
    order: int
    names: tuple[str, ...]
    query: str

    @classmethod
    def of(cls, table: Table, order: int) -> _TableReader:
        names = tuple(c.name for c in table.columns)
        columns = ", ".join(_select_expression(c.name, c.type) for c in table.columns)
        query = (
            f'SELECT {columns} FROM "{table.name}" AS t WHERE t.studio_id = %s AND t.version > %s AND t.version <= %s '
            "ORDER BY t.version, t.id"  # the columns, not the text the id is selected as
        )
        return cls(table, order, names, query)

    def changes(self, cursor: Any, studio_id: uuid.UUID, low: int, high: int) -> list[tuple[int, int, str, Any]]:
        cursor.execute(self.query, (studio_id, low, high))
        names, name, order = self.names, self.table.name, self.order
        out = []
        for raw in cursor.fetchall():
            row = dict(zip(names, raw, strict=True))
            version = row["version"]
            out.append(
                (
                    version,
                    order,
                    row["id"],
                    {"table": name, "id": row["id"], "version": version, "deleted": row["deleted"], "row": row},
                )
            )
        return out


READERS = tuple(_TableReader.of(table, i) for i, table in enumerate(SYNCED_TABLES))


def _rows(conn: Connection, studio_id: uuid.UUID, low: int, high: int) -> list[dict[str, Any]]:
    """The changes of versions ``low < v <= high``, ordered by (version, table, id)."""
    raw_connection: Any = conn.connection.driver_connection
    with raw_connection.cursor() as cursor:
        per_table = [reader.changes(cursor, studio_id, low, high) for reader in READERS]
    return [change for *_, change in heapq.merge(*per_table, key=lambda x: (x[0], x[1], x[2]))]


def read_page(
    conn: Connection, studio_id: uuid.UUID, device_id: uuid.UUID, cursor: str | None, limit: int
) -> dict[str, Any]:
    """One page (a dict in the wire format of :class:`kronos_core.sync_messages.PullResponse`)."""
    epoch, clock = read_clock(conn, studio_id)
    since = 0
    if cursor is not None:
        try:
            cursor_epoch, since = parse_cursor(cursor)
        except ValueError:
            cursor_epoch, since = None, -1
        if cursor_epoch != epoch or not 0 <= since <= clock:
            return {
                "cursor": format_cursor(epoch, 0),
                "has_more": False,
                "last_mutation_id": 0,
                "last_mutation_uuid": None,
                "server_time": utcnow().isoformat(),
                "reset": True,
                "changes": [],
            }
    if since == clock:
        low, high, has_more = since, clock, False
        changes: list[dict[str, Any]] = []
    else:
        low, high, has_more = _page_end(conn, studio_id, since, clock, limit)
        changes = _rows(conn, studio_id, low, high)
    seq, seq_uuid = last_mutation(conn, device_id, high)
    return {
        "cursor": format_cursor(epoch, high),
        "has_more": has_more,
        "last_mutation_id": seq,
        "last_mutation_uuid": None if seq_uuid is None else str(seq_uuid),
        "server_time": utcnow().isoformat(),
        "reset": False,
        "changes": changes,
    }
