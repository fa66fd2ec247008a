"""The booking dialog's reads (on the reader thread): who can be booked, with whom, where, and
what a span would clash with.

The clash check is kronos_core's own (``find_clashes``, the query ``appointment.book`` runs), so
the desk refuses what the mutation would flag, time off included (a ``block`` row is an active
appointment of its artist). Clients are searched through the reader's client index; the
projects come with their sessions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from kronos_core.instants import utcnow
from kronos_core.mutations import load_all as load_mutations  # before any: all at once, one thread at a time
from kronos_core.mutations.actor import Actor
from kronos_core.people import age_on, below_min_age
from kronos_core.roles import Role
from kronos_core.schema import appointment, client, project, staff, station, studio
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.clients import ClientRow
from kronos_desktop.store.queries.common import digits_of, health_text
from kronos_desktop.store.queries.duplicates import health_twins

if TYPE_CHECKING:
    from kronos_core.mutations.base import ApplyContext
    from kronos_desktop.store.queries.reader import Reader

FOUND_LIMIT = 30  # clients listed as the name or phone is typed


@dataclass(frozen=True)
class Choice:
    """An artist or a station in the dialog's combos."""

    id: uuid.UUID
    name: str
    color: str = ""


@dataclass(frozen=True)
class Setup:
    """What the dialog needs before anything is typed: the desk, the studio's rules, the combos."""

    here: desk_q.Here
    artists: list[Choice]
    stations: list[Choice]
    min_client_age: int = 18
    late_cancel_hours: int = 48


def setup(conn: Connection) -> Setup:
    here = desk_q.here(conn)
    if here.studio_id is None:
        return Setup(here, [], [])
    s, st = staff.c, station.c
    artists = [
        Choice(r.id, r.display_name, r.color)
        for r in conn.execute(
            select(s.id, s.display_name, s.color)
            .where(s.studio_id == here.studio_id, s.deleted.is_(False), s.active.is_(True), s.role == "artist")
            .order_by(s.display_name)
        )
    ]
    stations = [
        Choice(r.id, r.name)
        for r in conn.execute(
            select(st.id, st.name)
            .where(st.studio_id == here.studio_id, st.deleted.is_(False), st.active.is_(True))
            .order_by(st.name)
        )
    ]
    rules = conn.execute(
        select(studio.c.min_client_age, studio.c.late_cancel_hours).where(studio.c.id == here.studio_id)
    ).first()
    if rules is None:
        return Setup(here, artists, stations)
    return Setup(here, artists, stations, int(rules.min_client_age), int(rules.late_cancel_hours))


# -- clients ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClientSummary:
    """A client as the dialog shows them once picked."""

    id: uuid.UUID
    full_name: str
    name: str  # the name they are called by
    phone: str | None
    health_alert: str | None
    blocked: bool
    birth_date: dt.date | None
    health_twin: bool = False  # no alert of their own, a likely duplicate of a client with one

    def age(self, day: dt.date) -> int | None:
        return None if self.birth_date is None else age_on(self.birth_date, day)

    def under_age(self, day: dt.date, min_age: int) -> int | None:
        """Their age on ``day`` when below ``min_age`` (the mutation's rule), else None."""
        return below_min_age(self.birth_date, day, min_age)


def summary_of(row: ClientRow) -> ClientSummary:
    return ClientSummary(
        row.id, row.full_name, row.preferred_name or row.full_name, row.phone, row.health_alert, row.blocked,
        row.birth_date,
    )  # fmt: skip


def client_summary(conn: Connection, client_id: uuid.UUID) -> ClientSummary | None:
    """The client as the dialog shows them once picked, with "possible duplicate of a client with
    a health alert" (store/queries/duplicates.health_twins) when they have no alert of their own."""
    c = client.c
    r = conn.execute(
        select(
            c.id, c.studio_id, c.full_name, c.preferred_name, c.phone, c.allergies, c.medical_alerts, c.medication,
            c.blocked, c.birth_date,
        ).where(c.id == client_id, c.deleted.is_(False))
    ).first()  # fmt: skip
    if r is None:
        return None
    alert = health_text(r.allergies, r.medical_alerts, r.medication)
    twin = alert is None and bool(health_twins(conn, r.studio_id, [r.id]))
    return ClientSummary(
        r.id, r.full_name, r.preferred_name or r.full_name, r.phone, alert, bool(r.blocked), r.birth_date, twin,
    )  # fmt: skip


def find_clients(
    conn: Connection, reader: Reader, text: str, *, artist_id: uuid.UUID | None = None, limit: int = FOUND_LIMIT
) -> list[ClientSummary]:
    """The clients matching a typed name or phone (the client search's index), in name order."""
    here = desk_q.here(conn)
    if here.studio_id is None or not text.strip():
        return []
    rows = reader.client_page(conn, here.studio_id, text, limit=limit, artist_id=artist_id)
    return [summary_of(r) for r in rows]


def same_phone(
    conn: Connection, reader: Reader, phone: str, *, artist_id: uuid.UUID | None = None
) -> list[ClientSummary]:
    """The clients whose phone has the same digits as ``phone`` (a quick-create's), however each
    was typed: the number with its country code, or the national number alone (``artist_id``:
    among that artist's clients only, the records an artist sees)."""
    wanted = digits_of(phone)
    if len(wanted) < 8:
        return []
    national = wanted[2:] if wanted.startswith("55") and len(wanted) in (12, 13) else wanted
    found = find_clients(conn, reader, national, artist_id=artist_id, limit=200)
    same = []
    for one in found:
        theirs = digits_of(one.phone or "")
        if theirs and (theirs == wanted or theirs.endswith(national) or wanted.endswith(theirs)):
            same.append(one)
    return same


# -- clashes ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Clash:
    """A booking (or time off) a span would clash with."""

    id: uuid.UUID
    time_off: bool
    client_name: str | None
    reason: str | None  # time off: why (its notes)
    artist_id: uuid.UUID
    artist_name: str
    station_name: str | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    same_artist: bool = True  # False: it holds the station only


def _reading_context(conn: Connection, studio_id: uuid.UUID) -> ApplyContext:
    """A context the mutations' own checks can read through (they only read here: the
    connection is the reader's, query-only)."""
    load_mutations()
    from kronos_core.mutations.base import ApplyContext

    return ApplyContext(
        tx=conn, actor=Actor(studio_id=studio_id, role=Role.OWNER), mutation_uuid=uuid.uuid4(),
        mutation_name="booking.read", now=utcnow(),
    )  # fmt: skip


def clashes(
    conn: Connection,
    *,
    artist_id: uuid.UUID,
    station_id: uuid.UUID | None,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    exclude_id: uuid.UUID | None = None,
) -> list[Clash]:
    """What booking ``artist_id`` (and ``station_id``) over the span would clash with, by the
    rule ``appointment.book`` applies (kronos_core.mutations.appointments.find_clashes)."""
    here = desk_q.here(conn)
    if here.studio_id is None or ends_at <= starts_at:
        return []
    load_mutations()
    from kronos_core.mutations.appointments import find_clashes

    ctx = _reading_context(conn, here.studio_id)
    found = find_clashes(
        ctx,
        artist_id=artist_id,
        station_id=station_id,
        starts_at=starts_at,
        ends_at=ends_at,
        exclude_id=exclude_id or uuid.uuid4(),
    )
    if not found:
        return []
    a, c, s, st = appointment.c, client.c, staff.c, station.c
    rows = conn.execute(
        select(
            a.id,
            a.kind,
            a.notes,
            a.artist_id,
            a.starts_at,
            a.ends_at,
            c.full_name,
            c.preferred_name,
            s.display_name,
            st.name.label("station_name"),
        )
        .select_from(
            appointment.join(staff, s.id == a.artist_id)
            .outerjoin(client, c.id == a.client_id)
            .outerjoin(station, st.id == a.station_id)
        )
        .where(a.id.in_([f["id"] for f in found]))
        .order_by(a.starts_at)
    ).all()
    return [
        Clash(
            id=r.id,
            time_off=r.kind == "block",
            client_name=r.full_name,
            reason=r.notes if r.kind == "block" else None,
            artist_id=r.artist_id,
            artist_name=r.display_name,
            station_name=r.station_name,
            starts_at=r.starts_at,
            ends_at=r.ends_at,
            same_artist=r.artist_id == artist_id,
        )
        for r in rows
    ]


# -- a booking -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Booking:
    """A booking as the dialog edits it and the block's menu acts on it."""

    id: uuid.UUID
    client: ClientSummary | None
    artist_id: uuid.UUID
    station_id: uuid.UUID | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    kind: str
    status: str
    notes: str | None
    in_conflict: bool
    project_id: uuid.UUID | None = None
    artist_name: str = ""


def booking(conn: Connection, appointment_id: uuid.UUID) -> Booking | None:
    a = appointment.c
    r = conn.execute(
        select(
            a.id, a.client_id, a.artist_id, a.station_id, a.starts_at, a.ends_at, a.kind, a.status, a.notes,
            a.in_conflict, a.project_id, staff.c.display_name,
        )
        .select_from(appointment.join(staff, staff.c.id == a.artist_id))
        .where(a.id == appointment_id, a.deleted.is_(False))
    ).first()  # fmt: skip
    if r is None:
        return None
    who = client_summary(conn, r.client_id) if r.client_id is not None else None
    return Booking(
        r.id, who, r.artist_id, r.station_id, r.starts_at, r.ends_at, r.kind, r.status, r.notes, bool(r.in_conflict),
        r.project_id, r.display_name,
    )  # fmt: skip


@dataclass(frozen=True)
class CancelFacts:
    """What the cancel dialog says: the booking, whether cancelling now is late, the rule."""

    booking: Booking
    client_name: str | None
    late: bool
    late_cancel_hours: int
    zone_name: str


def cancel_facts(conn: Connection, appointment_id: uuid.UUID) -> CancelFacts | None:
    found = booking(conn, appointment_id)
    if found is None:
        return None
    here = desk_q.here(conn)
    if here.studio_id is None:
        return None
    hours = conn.execute(select(studio.c.late_cancel_hours).where(studio.c.id == here.studio_id)).scalar()
    hours = 48 if hours is None else int(hours)
    # appointment.cancel's own rule, by the desk's clock now.
    current = {"kind": found.kind, "starts_at": found.starts_at}
    load_mutations()
    from kronos_core.mutations.appointments import is_late_cancellation

    late = is_late_cancellation(_reading_context(conn, here.studio_id), current, here.now())
    name = found.client.full_name if found.client is not None else None
    return CancelFacts(found, name, late, hours, here.zone.key)


# -- projects --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Session:
    starts_at: dt.datetime
    artist_name: str
    status: str


@dataclass(frozen=True)
class Project:
    id: uuid.UUID
    title: str
    status: str
    healing_days: int
    sessions: list[Session] = field(default_factory=list)


def projects_of(conn: Connection, client_id: uuid.UUID, *, open_only: bool = True) -> list[Project]:
    """The client's projects (open ones by default), each with its sessions in time order."""
    a, p = appointment.c, project.c
    where = [p.client_id == client_id, p.deleted.is_(False)]
    if open_only:
        where.append(p.status == "open")
    found = conn.execute(select(p.id, p.title, p.status, p.healing_days).where(*where).order_by(p.title)).all()
    if not found:
        return []
    sessions: dict[uuid.UUID, list[Session]] = {r.id: [] for r in found}
    rows = conn.execute(
        select(a.project_id, a.starts_at, a.status, staff.c.display_name)
        .select_from(appointment.join(staff, staff.c.id == a.artist_id))
        .where(a.project_id.in_(list(sessions)), a.deleted.is_(False))
        .order_by(a.starts_at)
    ).all()
    for r in rows:
        sessions[r[0]].append(Session(r.starts_at, r.display_name, r.status))
    return [Project(r.id, r.title, r.status, int(r.healing_days), sessions[r.id]) for r in found]


def project_client(conn: Connection, project_id: uuid.UUID) -> ClientSummary | None:
    """The client of a project (its next session is being booked), None if it is gone."""
    client_id = conn.execute(
        select(project.c.client_id).where(project.c.id == project_id, project.c.deleted.is_(False))
    ).scalar_one_or_none()
    return client_summary(conn, client_id) if client_id is not None else None
