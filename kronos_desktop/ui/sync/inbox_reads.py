"""The conflicts inbox's reads, run on the reader thread (kronos_desktop.ui.common.reads): its
items (read by :func:`kronos_desktop.sync.inbox.load_inbox`), the studio's time zone, the desk
and the artists a clashing booking can be given to, all in one snapshot."""

from __future__ import annotations

import zoneinfo
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Connection, Engine

from kronos_core.roles import Role
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.desk import DeskState
from kronos_desktop.sync.inbox import InboxItem, StaffChoice, active_staff, load_inbox


class _Lent:
    """Lends one open connection to the inbox's reads, which ask an engine for one: they read
    in the snapshot of the reader thread's connection."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def connect(self) -> AbstractContextManager[Connection]:
        return nullcontext(self._conn)


def read_inbox(conn: Connection, role: Role | None = None) -> list[InboxItem]:
    """The inbox's items (kronos_desktop.sync.inbox), read on the given connection, for ``role``
    (the person at the desk's; None: the desk's own)."""
    return load_inbox(cast(Engine, _Lent(conn)), role=role)


@dataclass(frozen=True)
class InboxRead:
    """What the inbox shows, read on the reader thread: its items, the studio's time zone, the
    desk (its clock stamps a resolution) and the artists a booking can be given to."""

    items: list[InboxItem]
    zone: zoneinfo.ZoneInfo
    desk: DeskState | None
    staff: list[StaffChoice]


def read_inbox_view(conn: Connection, role: Role | None = None) -> InboxRead:
    here = desk_q.here(conn)
    return InboxRead(read_inbox(conn, role), here.zone, here.desk, active_staff(cast(Engine, _Lent(conn))))
