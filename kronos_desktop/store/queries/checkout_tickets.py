"""The checkout's reads of open tickets (issue 15): the desk's drafts (``ticket_draft``, a
desk-only table: a ticket is a draft on its desk until it closes) and what a ticket opened from a
booking starts with (the client, their health alerts, the artist, the session, its deposits).

Re-exported by :mod:`kronos_desktop.store.queries.checkout` (the names the views use)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from kronos_core import deposits, ticket
from kronos_core.schema import appointment, client, deposit, project, staff, studio
from kronos_desktop.store.local_schema import ticket_draft
from kronos_desktop.store.queries.checkout_deposits import DepositRow, client_deposits, deposit_amounts

HEALTH_FIELDS = ("allergies", "medical_alerts", "medication")


@dataclass(frozen=True)
class DraftSummary:
    """An open ticket as the Caixa page lists it."""

    ticket_id: uuid.UUID
    appointment_id: uuid.UUID | None
    client_id: uuid.UUID | None
    client_name: str | None
    lines: int
    total: int | None  # what its lines cost after discounts (None: a rule is broken, e.g. a discount too big)
    paid: int  # Σ payments entered so far
    artist_names: tuple[str, ...]  # the artists of its lines, by name
    staff_id: uuid.UUID | None  # who opened it
    created_at: dt.datetime
    changed_at: dt.datetime


def draft(conn: Connection, ticket_id: uuid.UUID) -> ticket.TicketDraft | None:
    """The open ticket as it was last saved; None when it is not open on this desk."""
    body = conn.execute(select(ticket_draft.c.body).where(ticket_draft.c.id == ticket_id)).scalar()
    return None if body is None else ticket.TicketDraft.from_json(body)


def draft_for_appointment(conn: Connection, appointment_id: uuid.UUID) -> ticket.TicketDraft | None:
    """The open ticket of a booking (one at most), if any: "Open ticket" reopens it."""
    t = ticket_draft.c
    body = conn.execute(select(t.body).where(t.appointment_id == appointment_id)).scalar()
    return None if body is None else ticket.TicketDraft.from_json(body)


def drafts(conn: Connection) -> list[DraftSummary]:
    """The desk's open tickets, oldest first."""
    t, c = ticket_draft.c, client.c
    rows = conn.execute(
        select(t.id, t.appointment_id, t.client_id, t.body, t.staff_id, t.created_at, t.changed_at)
        .add_columns(c.full_name, c.preferred_name)
        .select_from(ticket_draft.outerjoin(client, c.id == t.client_id))
        .order_by(t.created_at, t.id)
    ).all()
    bodies = [ticket.TicketDraft.from_json(r.body) for r in rows]
    artists = {a for b in bodies for a in (ln.artist_id for ln in b.lines) if a is not None}
    names: dict[uuid.UUID, str] = {}
    if artists:
        names = dict(conn.execute(select(staff.c.id, staff.c.display_name).where(staff.c.id.in_(artists))).all())
    amounts = deposit_amounts(conn, {d for b in bodies for d in b.deposit_ids})
    out: list[DraftSummary] = []
    for r, body in zip(rows, bodies, strict=True):
        try:
            total: int | None = ticket.totals(body, amounts).total
        except ticket.TicketError:
            total = None
        ids = dict.fromkeys(ln.artist_id for ln in body.lines if ln.artist_id is not None)
        out.append(
            DraftSummary(
                ticket_id=r.id,
                appointment_id=r.appointment_id,
                client_id=r.client_id,
                client_name=(r.preferred_name or r.full_name) if r.full_name else None,
                lines=len(body.lines),
                total=total,
                paid=sum(p.amount for p in body.payments),
                artist_names=tuple(sorted((names.get(a, "") for a in ids), key=str.casefold)),
                staff_id=r.staff_id,
                created_at=r.created_at,
                changed_at=r.changed_at,
            )
        )
    return out


@dataclass(frozen=True)
class TicketContext:
    """What a ticket opened from a booking starts with."""

    appointment_id: uuid.UUID
    status: str
    kind: str  # tattoo, piercing, consultation, touch_up, …
    starts_at: dt.datetime
    ends_at: dt.datetime
    artist_id: uuid.UUID
    artist_name: str
    client_id: uuid.UUID | None
    client_name: str | None
    client_blocked: bool
    health_alerts: list[tuple[str, str]]  # (field, text): allergies, medical alerts, medication
    document_type: str | None  # the client's, to start the ticket's fiscal fields from
    document_number: str | None
    full_name: str | None
    address: str | None
    project_id: uuid.UUID | None
    project_title: str | None
    deposits: list[DepositRow] = field(default_factory=list)  # the booking's and its project's, any status
    held: list[DepositRow] = field(default_factory=list)  # the client's held deposits (merged records too)
    # By the studio's policy (kronos_core.deposits.applies_now): the held deposits of this booking
    # and of its project that this session's ticket applies, and the project's that wait for its
    # first or last session ("first" | "last") because this booking is not it.
    applies_here: set[uuid.UUID] = field(default_factory=set)
    waits_for: dict[uuid.UUID, str] = field(default_factory=dict)

    @property
    def minutes(self) -> int:
        """The booking's length."""
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


def ticket_context(conn: Connection, appointment_id: uuid.UUID) -> TicketContext | None:
    """The booking a ticket is opened from; None when there is no such booking."""
    a, c, s, p = appointment.c, client.c, staff.c, project.c
    row = conn.execute(
        select(a.id, a.status, a.kind, a.starts_at, a.ends_at, a.artist_id, s.display_name, a.client_id, a.project_id)
        .add_columns(p.title, c.full_name, c.preferred_name, c.blocked, c.document_type, c.document_number, c.address)
        .add_columns(*(c[f] for f in HEALTH_FIELDS))
        .select_from(
            appointment.join(staff, s.id == a.artist_id)
            .outerjoin(client, c.id == a.client_id)
            .outerjoin(project, p.id == a.project_id)
        )
        .where(a.id == appointment_id, a.deleted.is_(False))
    ).first()
    if row is None:
        return None
    alerts = [(f, str(getattr(row, f)).strip()) for f in HEALTH_FIELDS if (getattr(row, f) or "").strip()]
    everything = client_deposits(conn, row.client_id) if row.client_id is not None else []
    d = deposit.c
    own = set(
        conn.execute(
            select(d.id).where(
                d.deleted.is_(False),
                (d.appointment_id == appointment_id)
                | ((d.project_id == row.project_id) if row.project_id is not None else d.id.is_(None)),
            )
        ).scalars()
    )
    mine = [dep for dep in everything if dep.id in own and dep.status == "held"]
    here, waits = _by_policy(conn, row, mine)
    return TicketContext(
        appointment_id=row.id,
        status=row.status,
        kind=row.kind,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        artist_id=row.artist_id,
        artist_name=row.display_name,
        client_id=row.client_id,
        client_name=(row.preferred_name or row.full_name) if row.full_name else None,
        client_blocked=bool(row.blocked),
        health_alerts=alerts,
        document_type=row.document_type,
        document_number=row.document_number,
        full_name=row.full_name,
        address=row.address,
        project_id=row.project_id,
        project_title=row.title,
        deposits=[dep for dep in everything if dep.id in own],
        held=[dep for dep in everything if dep.status == "held"],
        applies_here=here,
        waits_for=waits,
    )


_OPEN_OR_DONE = ("booked", "confirmed", "checked_in", "in_progress", "completed")


def _by_policy(conn: Connection, booking: Any, held: list[DepositRow]) -> tuple[set[uuid.UUID], dict[uuid.UUID, str]]:
    """Which of the booking's and its project's held deposits this ticket applies by the studio's
    policy: a booking's own deposit always; a project's at its first or its last session
    (cancelled and no-show sessions do not count)."""
    if not held:
        return set(), {}
    own = {dep.id for dep in held if dep.appointment_id == booking.id}
    project_ones = [dep for dep in held if dep.id not in own]
    if booking.project_id is None or not project_ones:
        return own, {}
    a = appointment.c
    of_booking = select(a.studio_id).where(a.id == booking.id).scalar_subquery()
    studio_row = conn.execute(select(studio).where(studio.c.id == of_booking)).mappings().first()
    if studio_row is None:
        return own, {}
    policy = deposits.policy_of(dict(studio_row))
    sessions = select(func.count()).where(
        a.project_id == booking.project_id, a.deleted.is_(False), a.id != booking.id, a.status.in_(_OPEN_OR_DONE)
    )
    earlier = conn.execute(sessions.where(a.starts_at < booking.starts_at)).scalar_one()
    later = conn.execute(sessions.where(a.starts_at > booking.starts_at)).scalar_one()
    if deposits.applies_now(policy, first_session=earlier == 0, last_session=later == 0):
        return own | {dep.id for dep in project_ones}, {}
    return own, {dep.id: policy.applied_at for dep in project_ones}
