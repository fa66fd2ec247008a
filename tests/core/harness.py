"""A small desk for the core's tests: runs mutations the way both sides do, in one transaction.

``Desk.run`` builds an :class:`ApplyContext` and calls ``kronos_core.mutations.run`` inside
``engine.begin()``; it returns the context, so tests can look at ``changed`` and ``undo``.
Every desk sets up its own studio, so tests can share one database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, Table, select

from kronos_core.ids import uuid7
from kronos_core.mutations import Actor, ApplyContext, run
from kronos_core.roles import Role
from kronos_core.schema import staff

UTC = dt.UTC
SAO_PAULO = dt.timezone(dt.timedelta(hours=-3))
NOW = dt.datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0, *, month: int = 3) -> dt.datetime:
    """An instant in São Paulo (UTC-3), March 2026 by default."""
    return dt.datetime(2026, month, day, hour, minute, tzinfo=SAO_PAULO)


@dataclass
class Desk:
    engine: Engine
    studio_id: uuid.UUID = field(default_factory=uuid7)
    owner_id: uuid.UUID = field(default_factory=uuid7)
    device_id: uuid.UUID = field(default_factory=uuid7)
    now: dt.datetime = NOW

    def actor(self, role: Role = Role.OWNER, staff_id: uuid.UUID | None = None) -> Actor:
        if staff_id is None and role is Role.OWNER:
            staff_id = self.owner_id
        return Actor(self.studio_id, role, staff_id, self.device_id)

    def run(
        self,
        name: str,
        args: Mapping[str, Any],
        *,
        role: Role = Role.OWNER,
        staff_id: uuid.UUID | None = None,
        mutation_uuid: uuid.UUID | None = None,
    ) -> ApplyContext:
        """Apply one mutation in its own transaction (rolled back if it raises)."""
        with self.engine.begin() as tx:
            ctx = ApplyContext(tx, self.actor(role, staff_id), mutation_uuid or uuid7(), name, self.now)
            run(ctx, args)
        return ctx

    def as_staff(self, staff_id: uuid.UUID) -> dict[str, Any]:
        """Keyword arguments for ``run`` acting as an existing member of staff, with their role."""
        return {"role": Role(self.one(staff, staff_id)["role"]), "staff_id": staff_id}

    # -- reading ------------------------------------------------------------------------------
    def rows(self, table: Table, **where: Any) -> list[dict[str, Any]]:
        query = select(table).where(table.c.studio_id == self.studio_id)
        for name, value in where.items():
            query = query.where(table.c[name] == value)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query.order_by(table.c.created_at, table.c.id)).mappings()]

    def one(self, table: Table, row_id: uuid.UUID) -> dict[str, Any]:
        (row,) = self.rows(table, id=row_id)
        return row

    # -- set-up shortcuts ----------------------------------------------------------------------
    def setup(self) -> Desk:
        self.run(
            "studio.setup",
            {
                "studio_id": str(self.studio_id),
                "name": "Estúdio Agulha",
                "owner_staff_id": str(self.owner_id),
                "owner_name": "Marina Costa",
            },
        )
        return self

    def add_staff(self, role: str, name: str | None = None) -> uuid.UUID:
        staff_id = uuid7()
        self.run(
            "staff.add",
            {"staff_id": str(staff_id), "display_name": name or f"{role} {staff_id.hex[-4:]}", "role": role},
        )
        return staff_id

    def add_station(self, name: str = "Maca 1") -> uuid.UUID:
        station_id = uuid7()
        self.run("station.add", {"station_id": str(station_id), "name": name})
        return station_id

    def add_client(self, name: str = "Ana Souza", **fields: Any) -> uuid.UUID:
        client_id = uuid7()
        self.run("client.create", {"client_id": str(client_id), "full_name": name, **fields})
        return client_id

    def book(
        self,
        artist_id: uuid.UUID,
        starts_at: dt.datetime,
        ends_at: dt.datetime,
        *,
        client_id: uuid.UUID | None = None,
        station_id: uuid.UUID | None = None,
        kind: str = "session",
        **run_kwargs: Any,
    ) -> uuid.UUID:
        appointment_id = uuid7()
        args: dict[str, Any] = {
            "appointment_id": str(appointment_id),
            "artist_id": str(artist_id),
            "starts_at": starts_at.isoformat(),
            "ends_at": ends_at.isoformat(),
            "kind": kind,
        }
        if client_id is not None:
            args["client_id"] = str(client_id)
        if station_id is not None:
            args["station_id"] = str(station_id)
        self.run("appointment.book", args, **run_kwargs)
        return appointment_id
