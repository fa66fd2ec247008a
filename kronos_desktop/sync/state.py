"""The sync's state as the desk's SQLite file holds it, read back: the replica's row
(:class:`SyncStatus`) and the outbox's mutations (:class:`OutboxEntry`).

Plain reads on a connection the caller gives: :mod:`kronos_desktop.sync.local` and the pull's
modules (:mod:`~kronos_desktop.sync.rebase`, :mod:`~kronos_desktop.sync.first_download`) use
them inside their transactions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any
from uuid import UUID  # a field named `uuid` shadows the module inside some classes

from sqlalchemy import Connection, select

from kronos_core.roles import Role
from kronos_desktop.store.local_schema import outbox, replica
from kronos_desktop.sync.cursor import Cursor

ACKED_KEPT = dt.timedelta(days=30)  # acknowledged mutations kept to push again after a reset


@dataclass(frozen=True)
class SyncStatus:
    """The replica's sync state, as stored."""

    studio_id: uuid.UUID
    device_id: uuid.UUID
    desk_role: Role
    staff_id: uuid.UUID | None
    last_seq: int
    server_url: str | None
    cursor: Cursor | None
    epoch: uuid.UUID | None
    pushed_upto: int
    last_sync_at: dt.datetime | None
    clock_offset_us: int


@dataclass(frozen=True)
class OutboxEntry:
    pos: int
    seq: int
    uuid: UUID
    name: str
    args: dict[str, Any]
    undo: list[dict[str, Any]]
    staff_id: UUID | None
    created_at: dt.datetime
    device_id: UUID | None


def read_status(conn: Connection) -> SyncStatus | None:
    """The replica's row (None before the desk has a replica identity)."""
    row = conn.execute(select(replica).where(replica.c.id == 1)).mappings().first()
    if row is None:
        return None
    return SyncStatus(
        studio_id=row["studio_id"],
        device_id=row["device_id"],
        desk_role=Role(row["desk_role"]),
        staff_id=row["staff_id"],
        last_seq=int(row["last_seq"]),
        server_url=row["server_url"],
        cursor=Cursor.parse(row["cursor"]) if row["cursor"] else None,
        epoch=row["epoch"],
        pushed_upto=int(row["pushed_upto"]),
        last_sync_at=row["last_sync_at"],
        clock_offset_us=int(row["clock_offset_us"]),
    )


def require_status(conn: Connection) -> SyncStatus:
    state = read_status(conn)
    if state is None:
        raise RuntimeError("the desk has no replica identity yet")
    return state


def outbox_entries(conn: Connection, *, status: str = "pending") -> list[OutboxEntry]:
    o = outbox.c
    rows = conn.execute(select(outbox).where(o.status == status).order_by(o.pos)).mappings().all()
    return [
        OutboxEntry(
            pos=r["pos"],
            seq=int(r["seq"]),
            uuid=r["uuid"],
            name=r["name"],
            args=r["args"],
            undo=r["undo"],
            staff_id=r["staff_id"],
            created_at=r["created_at"],
            device_id=r["device_id"],
        )
        for r in rows
    ]
