"""What the printed day sheet and the phone's calendar read.

The sheet is the agenda's rows (store/queries/agenda.py, the one agenda query, with its rule of
who sees what) grouped per artist: an artist asking gets a colleague's bookings as busy (no
client, kind, notes or health alert), so a sheet an artist prints never holds a colleague's
client. The phone's export is one artist's bookings over weeks or a year, read at once."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from kronos_core.roles import Role
from kronos_core.schema import appointment, client
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.store.queries.common import day_bounds
from kronos_desktop.store.queries.viewer import Viewer


@dataclass(frozen=True)
class SheetArtist:
    id: uuid.UUID
    name: str
    color: str
    rows: list[AgendaRow] = field(default_factory=list)  # the day's bookings and time off, in time order


@dataclass(frozen=True)
class DaySheet:
    studio_name: str
    day: dt.date
    zone: zoneinfo.ZoneInfo
    printed_at: dt.datetime  # by the desk's clock
    artists: list[SheetArtist]
    everyone: bool  # the whole studio (False: one artist's sheet)


@dataclass(frozen=True)
class Choice:
    """An artist a person at the desk may pick (a sheet's, an export's)."""

    id: uuid.UUID
    name: str


def artist_choices(conn: Connection, who: Viewer) -> tuple[list[Choice], dt.date]:
    """The studio's active artists (an artist asking: only themselves), and today by the desk's
    clock in the studio's zone."""
    here = desk_q.here(conn)
    if here.studio_id is None:
        return [], here.today()
    found = [
        Choice(m.id, m.display_name)
        for m in staff_q.members(conn, here.studio_id)
        if m.active and m.role == Role.ARTIST.value and (who.sees_all or m.id == who.staff_id)
    ]
    return found, here.today()


def day_sheet(conn: Connection, day: dt.date, who: Viewer, artist_id: uuid.UUID | None = None) -> DaySheet:
    """The sheet of ``day`` as ``who`` may see it: ``artist_id``'s bookings, or (None) every
    artist's (each active artist, and anyone else with a booking that day)."""
    here = desk_q.here(conn)
    studio_name = here.studio.name if here.studio is not None else ""
    if here.studio_id is None:
        return DaySheet(studio_name, day, here.zone, here.now(), [], artist_id is None)
    rows = agenda_q.agenda(conn, here.studio_id, day, here.zone, viewer_id=who.staff_id, sees_all=who.sees_all)
    members = staff_q.members(conn, here.studio_id)
    by_artist: dict[uuid.UUID, list[AgendaRow]] = {}
    for row in rows:
        if row.artist_id is not None:
            by_artist.setdefault(row.artist_id, []).append(row)

    def shown(member: staff_q.StaffRow) -> bool:
        if artist_id is not None:
            return member.id == artist_id
        return member.id in by_artist or (member.active and member.role == Role.ARTIST.value)

    chosen = [SheetArtist(m.id, m.display_name, m.color, by_artist.get(m.id, [])) for m in members if shown(m)]
    return DaySheet(studio_name, day, here.zone, here.now(), chosen, artist_id is None)


@dataclass(frozen=True)
class PhoneRow:
    """A booking of one artist as their phone's calendar gets it (kronos_core/ics.py)."""

    id: uuid.UUID
    starts_at: dt.datetime
    ends_at: dt.datetime
    kind: str
    status: str
    client_full_name: str | None  # only for its initials; never written out


def phone_bookings(
    conn: Connection, artist_id: uuid.UUID, first_day: dt.date, days: int, who: Viewer
) -> tuple[list[PhoneRow], zoneinfo.ZoneInfo]:
    """``artist_id``'s bookings (time off too) that overlap ``days`` days from ``first_day`` in the
    studio's zone, in time order: one indexed query (the agenda's, a day at a time, took 4 s for a
    year). Only the artist themselves, or someone who sees every artist, gets any."""
    here = desk_q.here(conn)
    if here.studio_id is None or not (who.sees_all or who.staff_id == artist_id):
        return [], here.zone
    start = day_bounds(first_day, here.zone)[0]
    end = day_bounds(first_day + dt.timedelta(days=days - 1), here.zone)[1]
    a, c = appointment.c, client.c
    query = (
        select(a.id, a.starts_at, a.ends_at, a.kind, a.status, c.full_name)
        .select_from(appointment.outerjoin(client, c.id == a.client_id))
        .where(
            a.studio_id == here.studio_id,
            a.artist_id == artist_id,
            a.deleted.is_(False),
            a.starts_at < end,
            a.ends_at > start,
        )
        .order_by(a.starts_at, a.id)
    )
    rows = [PhoneRow(r.id, r.starts_at, r.ends_at, r.kind, r.status, r.full_name) for r in conn.execute(query)]
    return rows, here.zone
