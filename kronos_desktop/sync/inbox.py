"""What the conflicts inbox shows, read from the desk's file (plain Python, no Qt).

Two sorts of item:

- conflicts from the server (``sync_conflict`` rows with a version): open ones offer the
  resolutions of their kind;
- conflicts the desk only *predicts*: conflict rows its own pending mutations wrote locally
  (version 0, not yet on the server), and pending mutations that no longer apply cleanly
  (``likely_conflict``). They are shown as such and never offered for resolution: the server
  decides when the desk syncs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select

from kronos_core.mutations.conflicts import RESOLUTIONS
from kronos_core.schema import appointment, client, staff, sync_conflict
from kronos_desktop.store.local_schema import outbox, replica


@dataclass(frozen=True)
class Booking:
    id: uuid.UUID
    client_name: str | None
    artist_name: str | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str
    in_conflict: bool


@dataclass(frozen=True)
class InboxItem:
    id: uuid.UUID  # the conflict's id, or the pending mutation's UUID for a bare prediction
    kind: str  # a conflict kind, or "predicted" for a pending mutation expected to conflict
    status: str  # "open", "resolved", "dismissed", or "pending" for a prediction
    predicted: bool
    mutation_name: str | None
    detail: str | None
    mine: Any
    theirs: Any
    row_ids: list[uuid.UUID]
    who: str | None  # the staff member whose change it was
    from_this_desk: bool
    when: dt.datetime
    resolutions: tuple[str, ...] = ()  # offered only for open conflicts from the server
    bookings: dict[uuid.UUID, Booking] = field(default_factory=dict)


@dataclass(frozen=True)
class StaffChoice:
    id: uuid.UUID
    name: str


def _row_ids(raw: Any) -> list[uuid.UUID]:
    ids: list[uuid.UUID] = []
    for value in raw or []:
        try:
            ids.append(uuid.UUID(str(value)))
        except ValueError:
            continue
    return ids


def _bookings(conn: Connection, ids: set[uuid.UUID]) -> dict[uuid.UUID, Booking]:
    if not ids:
        return {}
    a, c, s = appointment.c, client.c, staff.c
    rows = conn.execute(
        select(
            a.id, a.starts_at, a.ends_at, a.status, a.in_conflict,
            c.full_name, c.preferred_name, s.display_name,
        )
        .select_from(appointment.outerjoin(client, c.id == a.client_id).outerjoin(staff, s.id == a.artist_id))
        .where(a.id.in_(ids))
    ).all()  # fmt: skip
    return {
        r.id: Booking(
            id=r.id,
            client_name=r.preferred_name or r.full_name,
            artist_name=r.display_name,
            starts_at=r.starts_at,
            ends_at=r.ends_at,
            status=r.status,
            in_conflict=bool(r.in_conflict),
        )
        for r in rows
    }


def load_inbox(engine: Engine, *, include_closed: bool = False) -> list[InboxItem]:
    """Open conflicts (and, with ``include_closed``, resolved ones) and predictions, newest first."""
    sc, o = sync_conflict.c, outbox.c
    with engine.connect() as conn:
        # A standalone desk is the whole studio: its own conflicts are decided, not predictions.
        standalone = conn.execute(select(replica.c.server_url)).scalar() is None
        mine_devices = {r[0] for r in conn.execute(select(replica.c.device_id)) if r[0] is not None}
        mine_devices |= {r[0] for r in conn.execute(select(o.device_id).distinct()) if r[0] is not None}
        names = {r.id: r.display_name for r in conn.execute(select(staff.c.id, staff.c.display_name))}
        query = select(sync_conflict).where(sc.deleted.is_(False))
        if not include_closed:
            query = query.where(sc.status == "open")
        rows = conn.execute(query.order_by(sc.changed_at.desc(), sc.id)).mappings().all()
        items: list[InboxItem] = []
        predicted_mutations: set[uuid.UUID] = set()
        booking_ids: set[uuid.UUID] = set()
        for r in rows:
            predicted = int(r["version"]) == 0 and not standalone
            if predicted and r["mutation_uuid"] is not None:
                predicted_mutations.add(r["mutation_uuid"])
            row_ids = _row_ids(r["row_ids"])
            if r["kind"] == "double_booking":
                booking_ids.update(row_ids)
            offered = RESOLUTIONS.get(r["kind"], ("dismiss",)) if r["status"] == "open" and not predicted else ()
            items.append(
                InboxItem(
                    id=r["id"],
                    kind=r["kind"],
                    status=r["status"],
                    predicted=predicted,
                    mutation_name=r["mutation_name"],
                    detail=r["detail"],
                    mine=r["mine"],
                    theirs=r["theirs"],
                    row_ids=row_ids,
                    who=names.get(r["changed_by"]) if r["changed_by"] else None,
                    from_this_desk=r["origin_device"] in mine_devices or predicted,
                    when=r["changed_at"],
                    resolutions=tuple(offered),
                )
            )
        likely = conn.execute(
            select(o.uuid, o.name, o.args, o.staff_id, o.created_at)
            .where(o.status == "pending", o.likely_conflict.is_(True))
            .order_by(o.pos.desc())
        ).all()
        for m in likely:
            if m.uuid in predicted_mutations:
                continue
            items.append(
                InboxItem(
                    id=m.uuid,
                    kind="predicted",
                    status="pending",
                    predicted=True,
                    mutation_name=m.name,
                    detail=None,
                    mine=m.args,
                    theirs=None,
                    row_ids=[],
                    who=names.get(m.staff_id) if m.staff_id else None,
                    from_this_desk=True,
                    when=m.created_at,
                )
            )
        bookings = _bookings(conn, booking_ids)
    if bookings:
        items = [
            InboxItem(**{**item.__dict__, "bookings": {i: bookings[i] for i in item.row_ids if i in bookings}})
            if item.kind == "double_booking"
            else item
            for item in items
        ]
    return items


def active_staff(engine: Engine) -> list[StaffChoice]:
    s = staff.c
    with engine.connect() as conn:
        rows = conn.execute(
            select(s.id, s.display_name).where(s.active.is_(True), s.deleted.is_(False)).order_by(s.display_name)
        ).all()
    return [StaffChoice(r.id, r.display_name) for r in rows]
