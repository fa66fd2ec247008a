"""The studio's audit trail for the History page: who did what, at which desk, when."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from kronos_core.schema import appointment, audit_event, client, staff
from kronos_desktop.store.local_schema import desk_name, replica

HISTORY_LIMIT = 300


@dataclass(frozen=True)
class HistoryEntry:
    id: uuid.UUID
    occurred_at: dt.datetime
    action: str
    table_name: str | None
    row_id: uuid.UUID | None
    detail: dict[str, Any]
    who: str | None  # the member who did it (None: not known here)
    who_id: uuid.UUID | None
    principal: str | None  # the desk's own member, when a PIN named someone else
    desk: str | None  # the desk's name ("?": not known here; "": this desk; None: no desk, the demo)
    target: str | None  # the staff member a change was about, when it is one
    booking: tuple[str | None, dt.datetime] | None = None  # a booking's client (None: time off) and start


def history(conn: Connection, *, staff_id: uuid.UUID | None = None, limit: int = HISTORY_LIMIT) -> list[HistoryEntry]:
    """The newest ``limit`` entries of the trail (only ``staff_id``'s, when given)."""
    query = select(audit_event).where(audit_event.c.deleted.is_(False))
    if staff_id is not None:
        query = query.where(audit_event.c.staff_id == staff_id)
    rows = conn.execute(query.order_by(audit_event.c.occurred_at.desc(), audit_event.c.id.desc()).limit(limit))
    found = [dict(r) for r in rows.mappings()]
    names = {r.id: r.display_name for r in conn.execute(select(staff.c.id, staff.c.display_name))}
    desks = {r.device_id: r.name for r in conn.execute(select(desk_name.c.device_id, desk_name.c.name))}
    own = conn.execute(select(replica.c.device_id)).scalar()
    bookings = _bookings(conn, {r["row_id"] for r in found if r["table_name"] == "appointment" and r["row_id"]})
    entries = []
    for r in found:
        device = r["device_id"]
        entries.append(
            HistoryEntry(
                id=r["id"],
                occurred_at=r["occurred_at"],
                action=r["action"],
                table_name=r["table_name"],
                row_id=r["row_id"],
                detail=dict(r["detail"] or {}),
                who=names.get(r["staff_id"]),
                who_id=r["staff_id"],
                principal=names.get(r["principal_id"]),
                desk=None if device is None else ("" if device == own else desks.get(device, "?")),
                target=_target(r, names),
                booking=bookings.get(r["row_id"]) if r["table_name"] == "appointment" else None,
            )
        )
    return entries


def _target(row: dict[str, Any], names: dict[uuid.UUID, str]) -> str | None:
    """The staff member a change was about: the row itself, or the one its detail names (a
    commission rule's artist)."""
    if row["table_name"] == "staff":
        return names.get(row["row_id"])
    named = (row["detail"] or {}).get("staff_id")
    try:
        return names.get(uuid.UUID(str(named))) if named else None
    except ValueError:
        return None


def members(conn: Connection) -> list[tuple[uuid.UUID, str]]:
    """Every staff member, active or not, by name (whose history to show)."""
    rows = conn.execute(
        select(staff.c.id, staff.c.display_name).where(staff.c.deleted.is_(False)).order_by(staff.c.display_name)
    )
    return [(r.id, r.display_name) for r in rows]


def _bookings(conn: Connection, ids: set[uuid.UUID]) -> dict[uuid.UUID, tuple[str | None, dt.datetime]]:
    """The client and start of each booking the entries are about (one query)."""
    if not ids:
        return {}
    rows = conn.execute(
        select(appointment.c.id, appointment.c.starts_at, client.c.full_name)
        .select_from(appointment.outerjoin(client, client.c.id == appointment.c.client_id))
        .where(appointment.c.id.in_(ids))
    )
    return {r.id: (r.full_name, r.starts_at) for r in rows}
