"""The artist's day: one artist's bookings of a day in full (the agenda's query, asked as that
artist, so a colleague's never come with a client), each with its project's title and the
project's earlier sessions (their day, kind, status and notes: what was done).

An artist at the desk gets only their own day, whatever they ask; whoever sees every artist
(owner, manager, receptionist) gets the artist they ask for (by default the first active one)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from kronos_core.roles import Role
from kronos_core.schema import appointment, project
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.store.queries.day_sheet import Choice
from kronos_desktop.store.queries.viewer import Viewer

INACTIVE = ("cancelled", "no_show")


@dataclass(frozen=True)
class EarlierSession:
    starts_at: dt.datetime
    kind: str
    status: str
    notes: str | None


@dataclass(frozen=True)
class MyBooking:
    row: AgendaRow
    project_title: str | None = None
    earlier: list[EarlierSession] = field(default_factory=list)  # the project's sessions before this one


@dataclass(frozen=True)
class MyDay:
    here: desk_q.Here
    day: dt.date
    artist: Choice | None  # whose day (None: the studio has no artist)
    bookings: list[MyBooking]
    choices: list[Choice]  # the artists the person may pick (an artist: only themselves)


def my_day(conn: Connection, day: dt.date | None, who: Viewer, artist_id: uuid.UUID | None = None) -> MyDay:
    """``artist_id``'s day ``day`` (None: today, by the desk's clock in the studio's zone) as
    ``who`` may see it."""
    here = desk_q.here(conn)
    day = day if day is not None else here.today()
    if here.studio_id is None:
        return MyDay(here, day, None, [], [])
    members = staff_q.members(conn, here.studio_id)
    if who.sees_all:
        choices = [Choice(m.id, m.display_name) for m in members if m.active and m.role == Role.ARTIST.value]
    else:
        choices = [Choice(m.id, m.display_name) for m in members if m.id == who.staff_id]
    artist = next((c for c in choices if c.id == artist_id), choices[0] if choices else None)
    if artist is None:
        return MyDay(here, day, None, [], choices)
    rows = [
        r
        for r in agenda_q.agenda(conn, here.studio_id, day, here.zone, viewer_id=artist.id, sees_all=False)
        if r.artist_id == artist.id and not r.busy
    ]
    return MyDay(here, day, artist, _with_projects(conn, rows), choices)


def _with_projects(conn: Connection, rows: list[AgendaRow]) -> list[MyBooking]:
    """Each row with its project's title and the project's earlier sessions (two reads for the day)."""
    if not rows:
        return []
    a, p = appointment.c, project.c
    joined = {
        r.id: (r.project_id, r.title)
        for r in conn.execute(
            select(a.id, a.project_id, p.title)
            .join(project, p.id == a.project_id)
            .where(a.id.in_([row.id for row in rows]), p.deleted.is_(False))
        )
    }
    sessions: dict[uuid.UUID, list[tuple[uuid.UUID, EarlierSession]]] = {}
    if joined:
        project_ids = {project_id for project_id, _title in joined.values()}
        for r in conn.execute(
            select(a.id, a.project_id, a.starts_at, a.kind, a.status, a.notes)
            .where(a.project_id.in_(project_ids), a.deleted.is_(False), a.status.not_in(INACTIVE))
            .order_by(a.starts_at, a.id)
        ):
            sessions.setdefault(r.project_id, []).append((r.id, EarlierSession(r.starts_at, r.kind, r.status, r.notes)))
    found = []
    for row in rows:
        if row.id not in joined:
            found.append(MyBooking(row))
            continue
        project_id, title = joined[row.id]
        earlier = [s for sid, s in sessions.get(project_id, []) if sid != row.id and s.starts_at < row.starts_at]
        found.append(MyBooking(row, title, earlier))
    return found
