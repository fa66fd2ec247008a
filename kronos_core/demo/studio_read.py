"""The demo studio as a database holds it: its id, what it is made of (:class:`DemoStudio`) and
:func:`read_demo`. Apart from the generator so that opening a desk that already holds the demo
(``kronos-desktop --demo`` a second time) loads none of the generator and its mutations."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from kronos_core.schema import SYNCED_TABLES, staff, station, studio

DEMO_STUDIO_ID = uuid.UUID("0190a0de-0000-7000-8000-00000000de40")


@dataclass(frozen=True)
class DemoStudio:
    """What a demo studio is made of. ``counts`` are its rows per table (all of them, when it was
    just written); ``created`` says whether this call wrote it or found it already there."""

    studio_id: uuid.UUID
    owner_id: uuid.UUID
    manager_id: uuid.UUID | None
    receptionist_id: uuid.UUID  # the staff member at the desk
    artist_ids: tuple[uuid.UUID, ...]
    station_ids: tuple[uuid.UUID, ...]
    counts: Mapping[str, int]
    created: bool


def read_demo(conn: Connection, studio_id: uuid.UUID = DEMO_STUDIO_ID) -> DemoStudio | None:
    """The demo studio as it is in the database, or None when it is not there."""
    if conn.execute(select(studio.c.id).where(studio.c.id == studio_id)).first() is None:
        return None
    people = conn.execute(
        select(staff.c.id, staff.c.role).where(staff.c.studio_id == studio_id).order_by(staff.c.created_at, staff.c.id)
    ).all()
    roles: dict[str, list[uuid.UUID]] = {}
    for staff_id, role in people:
        roles.setdefault(role, []).append(staff_id)
    stations = (
        conn.execute(
            select(station.c.id).where(station.c.studio_id == studio_id).order_by(station.c.created_at, station.c.id)
        )
        .scalars()
        .all()
    )
    counts = {
        t.name: conn.execute(select(func.count()).select_from(t).where(t.c.studio_id == studio_id)).scalar_one()
        for t in SYNCED_TABLES
    }
    return DemoStudio(
        studio_id,
        roles["owner"][0],
        roles.get("manager", [None])[0],
        roles["receptionist"][0],
        tuple(roles.get("artist", ())),
        tuple(stations),
        counts,
        created=False,
    )
