"""Reads about the desk itself: its identity row, the studio it serves, who is signed in."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from kronos_core.instants import utcnow
from kronos_core.schema import staff, studio
from kronos_desktop.store.local_schema import outbox, replica
from kronos_desktop.store.queries.common import zone_or_default


@dataclass(frozen=True)
class DeskState:
    studio_id: uuid.UUID
    device_id: uuid.UUID
    staff_id: uuid.UUID | None
    server_url: str | None
    clock_offset_us: int
    pending: int

    def now(self) -> dt.datetime:
        """This PC's clock corrected by the desk's offset to the server's."""
        return utcnow() + dt.timedelta(microseconds=self.clock_offset_us)


@dataclass(frozen=True)
class StudioInfo:
    id: uuid.UUID
    name: str
    timezone: str
    currency: str
    locale: str

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zone_or_default(self.timezone)


@dataclass(frozen=True)
class StaffInfo:
    id: uuid.UUID
    name: str
    role: str
    color: str


def desk(conn: Connection) -> DeskState | None:
    row = conn.execute(select(replica).where(replica.c.id == 1)).mappings().first()
    if row is None:
        return None
    pending = conn.execute(select(func.count()).where(outbox.c.status == "pending")).scalar_one()
    return DeskState(
        studio_id=row["studio_id"],
        device_id=row["device_id"],
        staff_id=row["staff_id"],
        server_url=row["server_url"],
        clock_offset_us=int(row["clock_offset_us"]),
        pending=int(pending),
    )


def studio_info(conn: Connection, studio_id: uuid.UUID) -> StudioInfo | None:
    s = studio.c
    row = conn.execute(
        select(s.id, s.name, s.timezone, s.currency, s.locale).where(s.id == studio_id, s.deleted.is_(False))
    ).first()
    if row is None:
        return None
    return StudioInfo(row.id, row.name, row.timezone, row.currency, row.locale)


def staff_member(conn: Connection, staff_id: uuid.UUID) -> StaffInfo | None:
    s = staff.c
    row = conn.execute(select(s.id, s.display_name, s.role, s.color).where(s.id == staff_id)).first()
    return None if row is None else StaffInfo(row.id, row.display_name, row.role, row.color)


@dataclass(frozen=True)
class Here:
    """The desk and the studio it serves, read together (one snapshot) at the start of a view's
    read: the studio's id, time zone, currency and today all follow from it."""

    desk: DeskState | None
    studio: StudioInfo | None

    @property
    def studio_id(self) -> uuid.UUID | None:
        return self.desk.studio_id if self.desk is not None else None

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self.studio.zone if self.studio is not None else zone_or_default(None)

    @property
    def currency(self) -> str:
        return self.studio.currency if self.studio is not None else "BRL"

    def now(self) -> dt.datetime:
        return self.desk.now() if self.desk is not None else utcnow()

    def today(self) -> dt.date:
        """Today in the studio's time zone (not the PC's)."""
        return self.now().astimezone(self.zone).date()


def here(conn: Connection) -> Here:
    state = desk(conn)
    return Here(state, studio_info(conn, state.studio_id) if state is not None else None)


def studio_today(conn: Connection) -> tuple[uuid.UUID | None, dt.date]:
    """The desk's studio and today in its time zone, in one read on the driver: what a read at
    every keystroke needs of :func:`here` (which also counts the outbox)."""
    dbapi: Any = conn.connection.driver_connection
    row = dbapi.execute(
        "SELECT r.studio_id, r.clock_offset_us, s.timezone FROM replica AS r "
        "LEFT JOIN studio AS s ON s.id = r.studio_id AND s.deleted = 0 WHERE r.id = 1"
    ).fetchone()
    if row is None or row[0] is None:
        return None, utcnow().astimezone(zone_or_default(None)).date()
    now = utcnow() + dt.timedelta(microseconds=int(row[1] or 0))
    return uuid.UUID(hex=row[0]), now.astimezone(zone_or_default(row[2])).date()
