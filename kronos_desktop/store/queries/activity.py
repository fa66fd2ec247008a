"""The studio's audit trail for the History page: who did what, at which desk, when; only one
member's entries, only those about the clients a search finds, only one kind of change."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, or_, select

from kronos_core.schema import appointment, audit_event, client, staff
from kronos_desktop.store.local_schema import desk_name, replica
from kronos_desktop.store.queries.client_export import about_client
from kronos_desktop.store.queries.client_search import search_clients

HISTORY_LIMIT = 300
# How many clients a search of the trail looks at (the best matches, as the Clients list ranks).
CLIENTS_SEARCHED = 50

# The kinds of change the page filters by: each the start of the actions it holds.
KINDS: dict[str, tuple[str, ...]] = {
    "clients": ("client.",),
    "bookings": ("appointment.", "time_off.", "project."),
    "staff": ("studio.", "staff.", "pin.", "commission.", "station."),
    "money": ("sale.", "payment.", "deposit.", "cash.", "cash_session."),
    "conflicts": ("conflict.",),
}


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
    client: ClientNamed | None = None  # the client a change to a client's record was about
    merged: ClientNamed | None = None  # a merge's other record (merged into ``client``)


@dataclass(frozen=True)
class ClientNamed:
    """A client an entry names: their name now, or that it was erased (the name is gone)."""

    name: str
    erased: bool = False


def history(
    conn: Connection,
    *,
    staff_id: uuid.UUID | None = None,
    client_text: str = "",
    kind: str | None = None,
    limit: int = HISTORY_LIMIT,
) -> list[HistoryEntry]:
    """The newest ``limit`` entries of the trail: only ``staff_id``'s (who did it), only those
    about the clients ``client_text`` finds (as the Clients search does: their records, the
    records merged into them, their bookings, projects and sales), only the ``kind`` of change
    (:data:`KINDS`), when given."""
    studio_id = conn.execute(select(replica.c.studio_id)).scalar()
    if studio_id is None:
        return []
    # By the studio and time index, newest first: no sort of the whole trail.
    query = select(audit_event).where(audit_event.c.studio_id == studio_id, audit_event.c.deleted.is_(False))
    if staff_id is not None:
        query = query.where(audit_event.c.staff_id == staff_id)
    if client_text.strip():
        ids = _clients_found(conn, studio_id, client_text)
        if not ids:
            return []
        query = query.where(about_client(conn, ids))
    if kind is not None:
        query = query.where(_of_kind(kind))
    rows = conn.execute(query.order_by(audit_event.c.occurred_at.desc(), audit_event.c.id.desc()).limit(limit))
    found = [dict(r) for r in rows.mappings()]
    named = _clients(conn, found)
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
                client=named.get(r["row_id"]) if r["table_name"] == "client" else None,
                merged=_named(named, _merged_id(r)),
            )
        )
    return entries


def _of_kind(kind: str) -> ColumnElement[bool]:
    starts = KINDS.get(kind)
    if starts is None:
        raise ValueError(f"no kind of change {kind!r}")
    return or_(*[audit_event.c.action.startswith(start, autoescape=True) for start in starts])


def _clients_found(conn: Connection, studio_id: uuid.UUID, text: str) -> list[uuid.UUID]:
    """The clients ``text`` finds and every record merged into them (however long ago)."""
    ids = search_clients(conn, studio_id, text, limit=CLIENTS_SEARCHED)
    frontier = list(ids)
    while frontier:
        query = select(client.c.id).where(client.c.merged_into.in_(frontier))
        merged = [i for i in conn.execute(query).scalars() if i not in ids]
        ids += merged
        frontier = merged
    return ids


def _named(named: dict[uuid.UUID, ClientNamed], client_id: uuid.UUID | None) -> ClientNamed | None:
    return named.get(client_id) if client_id is not None else None


def _merged_id(row: dict[str, Any]) -> uuid.UUID | None:
    if row["action"] != "client.merge":
        return None
    try:
        return uuid.UUID(str((row["detail"] or {}).get("merged_id")))
    except ValueError:
        return None


def _clients(conn: Connection, rows: list[dict[str, Any]]) -> dict[uuid.UUID, ClientNamed]:
    """The clients the entries name (one query)."""
    ids = {r["row_id"] for r in rows if r["table_name"] == "client" and r["row_id"]}
    ids |= {m for m in (_merged_id(r) for r in rows) if m is not None}
    if not ids:
        return {}
    query = select(client.c.id, client.c.full_name, client.c.erased_at).where(client.c.id.in_(ids))
    return {r.id: ClientNamed(r.full_name, r.erased_at is not None) for r in conn.execute(query)}


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
