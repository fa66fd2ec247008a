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

import datetime as dt
import heapq
import uuid
from collections.abc import Callable, Iterator
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


def _converter(column_type: object) -> Callable[[Any], Any] | None:
    """How a value of this column, as psycopg returns it, becomes what
    :func:`kronos_core.rows.encode_row` makes of it (None: as it is)."""
    if isinstance(column_type, Uuid):
        return str
    if isinstance(column_type, Instant):
        return lambda v: v.astimezone(dt.UTC).isoformat()
    if isinstance(column_type, Date):
        return _iso
    return None


def _iso(value: dt.date) -> str:
    return value.isoformat()


@dataclass(frozen=True)
class _TableReader:
    """One synced table read straight from psycopg (no SQLAlchemy row processing: a pull of
    100,000 rows spends most of its time turning rows into JSON-ready dicts)."""

    table: Table
    order: int
    names: tuple[str, ...]
    converters: tuple[Callable[[Any], Any] | None, ...]
    query: str

    @classmethod
    def of(cls, table: Table, order: int) -> _TableReader:
        names = tuple(c.name for c in table.columns)
        columns = ", ".join(f'"{n}"' for n in names)
        query = (
            f'SELECT {columns} FROM "{table.name}" WHERE studio_id = %s AND version > %s AND version <= %s '
            "ORDER BY version, id"
        )
        return cls(table, order, names, tuple(_converter(c.type) for c in table.columns), query)

    def changes(self, cursor: Any, studio_id: uuid.UUID, low: int, high: int) -> list[tuple[int, int, str, Any]]:
        cursor.execute(self.query, (studio_id, low, high))
        plan = tuple(zip(self.names, self.converters, strict=True))
        i_version, i_deleted = self.names.index("version"), self.names.index("deleted")
        out = []
        for raw in cursor.fetchall():
            row = {n: (v if c is None or v is None else c(v)) for (n, c), v in zip(plan, raw, strict=True)}
            version = raw[i_version]
            out.append(
                (
                    version,
                    self.order,
                    row["id"],
                    {
                        "table": self.table.name,
                        "id": row["id"],
                        "version": version,
                        "deleted": raw[i_deleted],
                        "row": row,
                    },
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
