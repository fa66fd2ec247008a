"""What the "Take deposit" dialog reads, on the reader thread (``ctx.reads``): the client, the
studio's artists, the client's open projects and bookings still to come (those of the records
merged into theirs too), the studio's deposit policy and PIX and card settings, and today."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from kronos_core.deposits import DepositPolicy, policy_of
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, appointment, client, project, staff, studio
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.client_record import merged_into_this
from kronos_desktop.store.queries.settings import StudioSettings, studio_settings


@dataclass(frozen=True)
class Holder:
    """What a deposit may be taken for: one of the client's bookings, or one of their projects."""

    kind: str  # "appointment" or "project"
    id: uuid.UUID
    artist_id: uuid.UUID | None
    artist_name: str | None
    starts_at: dt.datetime | None = None  # a booking's
    ends_at: dt.datetime | None = None
    title: str | None = None  # a project's, or the booking's project


@dataclass(frozen=True)
class DepositSetup:
    client_id: uuid.UUID
    client_name: str
    today: dt.date
    zone_name: str
    currency: str
    settings: StudioSettings
    policy: DepositPolicy
    artists: list[booking_q.Choice] = field(default_factory=list)
    holders: list[Holder] = field(default_factory=list)  # bookings (soonest first), then projects


def _holders(conn: Connection, ids: list[uuid.UUID], since: dt.datetime) -> list[Holder]:
    a, p, s = appointment.c, project.c, staff.c
    bookings = conn.execute(
        select(a.id, a.artist_id, s.display_name, a.starts_at, a.ends_at, p.title)
        .select_from(appointment.outerjoin(staff, s.id == a.artist_id).outerjoin(project, p.id == a.project_id))
        .where(
            a.client_id.in_(ids),
            a.deleted.is_(False),
            a.kind != "block",
            a.status.in_(ACTIVE_APPOINTMENT_STATUSES),
            a.starts_at >= since,
        )
        .order_by(a.starts_at, a.id)
    ).all()
    projects = conn.execute(
        select(p.id, p.artist_id, s.display_name, p.title)
        .select_from(project.outerjoin(staff, s.id == p.artist_id))
        .where(p.client_id.in_(ids), p.deleted.is_(False), p.status == "open")
        .order_by(p.title, p.id)
    ).all()
    found = [
        Holder("appointment", r.id, r.artist_id, r.display_name, r.starts_at, r.ends_at, r.title) for r in bookings
    ]
    found += [Holder("project", r.id, r.artist_id, r.display_name, title=r.title) for r in projects]
    return found


def read_deposit_setup(conn: Connection, client_id: uuid.UUID) -> DepositSetup | None:
    """What the dialog shows for ``client_id`` (None: no such client, or no studio yet)."""
    settings = studio_settings(conn)
    here = desk_q.here(conn)
    row = conn.execute(select(client.c.full_name, client.c.preferred_name).where(client.c.id == client_id)).first()
    if settings is None or row is None:
        studio_row = None
    else:
        studio_row = conn.execute(select(studio).where(studio.c.id == settings.id)).mappings().first()
    if settings is None or row is None or studio_row is None:
        return None
    today = here.today()
    since = dt.datetime.combine(today, dt.time(0), tzinfo=here.zone).astimezone(dt.UTC)
    ids = [client_id, *merged_into_this(conn, client_id)]
    return DepositSetup(
        client_id=client_id,
        client_name=row.preferred_name or row.full_name,
        today=today,
        zone_name=settings.timezone,
        currency=settings.currency,
        settings=settings,
        policy=policy_of(dict(studio_row)),
        artists=booking_q.setup(conn).artists,
        holders=_holders(conn, ids, since),
    )
