"""Batched, deterministic writing of demo rows: ids from the seed, sync columns, executemany.

Ids are UUIDv7-shaped (the row's creation time, then random bits drawn from the seed), so the
same seed gives the same rows and indexes stay time-ordered like the desk's own ids.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Mapping

from sqlalchemy import Connection, Table

from kronos_core.instants import require_aware
from kronos_core.schema import SYNCED_TABLES

Row = dict[str, object]


class IdMaker:
    """UUIDv7 ids whose random bits come from a seeded generator."""

    def __init__(self, seed: int, studio_id: uuid.UUID) -> None:
        self._rng = random.Random(f"kronos-demo-ids:{seed}:{studio_id}")

    def new(self, at: dt.datetime) -> uuid.UUID:
        ms = int(require_aware(at).timestamp() * 1000) & ((1 << 48) - 1)
        rand = self._rng.getrandbits(74)
        value = ms << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (rand & ((1 << 62) - 1))
        return uuid.UUID(int=value)


class Writer:
    """Buffers rows per table and inserts them in batches, parents before children.

    Rows must be added after the rows they reference; every flush writes the tables in
    dependency order, so foreign keys hold after each statement.
    """

    def __init__(self, conn: Connection, studio_id: uuid.UUID, ids: IdMaker, batch_rows: int) -> None:
        self._conn = conn
        self._studio_id = studio_id
        self._ids = ids
        self._batch_rows = batch_rows
        self._buffers: dict[str, list[Row]] = {t.name: [] for t in SYNCED_TABLES}
        self.counts: dict[str, int] = {t.name: 0 for t in SYNCED_TABLES}

    def new_id(self, at: dt.datetime) -> uuid.UUID:
        """An id for a row created at ``at``, to reference before the row is added."""
        return self._ids.new(at)

    def add(
        self,
        table: Table,
        values: Mapping[str, object],
        *,
        at: dt.datetime,
        by: uuid.UUID | None,
        changed_at: dt.datetime | None = None,
        row_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """Queue one row created at ``at`` by staff ``by``; returns its id."""
        new_id = row_id if row_id is not None else self._ids.new(at)
        row: Row = {
            "id": new_id,
            "studio_id": self._studio_id,
            "version": 0,
            "deleted": False,
            "created_at": at,
            "changed_at": changed_at if changed_at is not None else at,
            "changed_by": by,
            "origin_device": None,
        }
        row.update(values)
        buffer = self._buffers[table.name]
        buffer.append(row)
        if len(buffer) >= self._batch_rows:
            self.flush()
        return new_id

    def flush(self) -> None:
        for table in SYNCED_TABLES:
            buffer = self._buffers[table.name]
            if buffer:
                self._conn.execute(table.insert(), buffer)
                self.counts[table.name] += len(buffer)
                buffer.clear()
