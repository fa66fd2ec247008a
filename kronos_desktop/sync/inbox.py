"""What the conflicts inbox shows, read from the desk's file (plain Python, no Qt).

Two sorts of item:

- conflicts from the server (``sync_conflict`` rows with a version): open ones offer the
  resolutions of their kind;
- conflicts the desk only *predicts*: conflict rows its own pending mutations wrote locally
  (version 0, not yet on the server), and pending mutations that no longer apply cleanly
  (``likely_conflict``). They are shown as such and never offered for resolution: the server
  decides when the desk syncs.

Each item names who made the change and on which desk: this one (by its enrolled name when it
has one), or another by the name the server gave it (:mod:`kronos_desktop.sync.desk_names`),
else just "another desk". A refused change (``rejected``) carries what it meant, with the
names its arguments point at (client, artist, booking), so that the inbox can say in words
what its "redo" would do; redo is offered only where the change can be redone, and by a desk
whose role may make that change.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select

from kronos_core.mutations import load_all as load_mutations  # before any: all at once, one thread at a time
from kronos_core.roles import Role
from kronos_core.schema import appointment, client, staff, station, sync_conflict
from kronos_desktop.store.local_schema import outbox, replica
from kronos_desktop.sync import desk_names


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
class RefusedChange:
    """A change the server refused, as its ``redo`` would apply it again: the mutation's name and
    arguments, and the names of what they point at, as this desk knows them now."""

    name: str
    args: dict[str, Any]
    client_name: str | None = None
    artist_name: str | None = None
    station_name: str | None = None
    booking: Booking | None = None  # the booking a reschedule or cancellation is about


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
    desk_name: str | None = None  # the desk the change came from, when its name is known
    refused: RefusedChange | None = None  # a rejected change that can be redone


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


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value is not None else None
    except ValueError:
        return None


def _refused(conn: Connection, mine: Any) -> RefusedChange | None:
    load_mutations()
    from kronos_core.mutations.conflicts import refused_mutation

    found = refused_mutation(mine)
    if found is None:
        return None
    name, args = found
    client_id, artist_id = _uuid(args.get("client_id")), _uuid(args.get("artist_id"))
    station_id, appointment_id = _uuid(args.get("station_id")), _uuid(args.get("appointment_id"))
    booking = _bookings(conn, {appointment_id}).get(appointment_id) if appointment_id is not None else None
    client_name = artist_name = station_name = None
    if client_id is not None:
        row = conn.execute(select(client.c.full_name).where(client.c.id == client_id)).first()
        client_name = row.full_name if row is not None else None
    if artist_id is not None:
        artist_name = conn.execute(select(staff.c.display_name).where(staff.c.id == artist_id)).scalar()
    if station_id is not None:
        station_name = conn.execute(select(station.c.name).where(station.c.id == station_id)).scalar()
    return RefusedChange(name, args, client_name, artist_name, station_name, booking)


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


def load_inbox(engine: Engine, *, include_closed: bool = False, role: Role | None = None) -> list[InboxItem]:
    """Open conflicts (and, with ``include_closed``, resolved ones) and predictions, newest first.
    ``role``: what the person at the desk acts with (the desk's role narrowed to theirs); by
    default the desk's own. A redo is offered only where that role may run the change."""
    sc, o = sync_conflict.c, outbox.c
    with engine.connect() as conn:
        # A standalone desk is the whole studio: its own conflicts are decided, not predictions.
        desk = conn.execute(select(replica.c.server_url, replica.c.desk_name, replica.c.desk_role)).first()
        standalone = desk is None or desk.server_url is None
        this_desk = desk.desk_name if desk is not None else None
        if role is None:
            role = Role(desk.desk_role) if desk is not None else None
        mine_devices = desk_names.own_devices(conn)
        other_desks = desk_names.known(conn)
        names = {r.id: r.display_name for r in conn.execute(select(staff.c.id, staff.c.display_name))}
        query = select(sync_conflict).where(sc.deleted.is_(False))
        if not include_closed:
            query = query.where(sc.status == "open")
        rows = conn.execute(query.order_by(sc.changed_at.desc(), sc.id)).mappings().all()
        if rows:  # the mutations load for a conflict to show, not for an empty inbox
            load_mutations()
            from kronos_core.mutations import get_spec
            from kronos_core.mutations.conflicts import offered_resolutions
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
            open_ = r["status"] == "open" and not predicted
            offered = offered_resolutions(r["kind"], r["mine"]) if open_ else ()
            refused = _refused(conn, r["mine"]) if r["kind"] in ("rejected", "needs_review") else None
            erased = isinstance(r["theirs"], Mapping) and r["theirs"].get("code") == "client_erased"
            if refused is None or erased or not get_spec(refused.name).allows(role):
                # the UI hides what a role cannot do; a change to an erased client kept none of its
                # arguments (kronos_core/mutations/base.py) and could never apply: dismiss only
                offered = tuple(o for o in offered if o != "redo")
            from_this_desk = r["origin_device"] in mine_devices or predicted
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
                    from_this_desk=from_this_desk,
                    when=r["changed_at"],
                    resolutions=tuple(offered),
                    desk_name=this_desk if from_this_desk else other_desks.get(r["origin_device"]),
                    refused=refused,
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
                    desk_name=this_desk,
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
