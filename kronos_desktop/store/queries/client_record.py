"""The client record's read: the client, their appointments, projects, sales and payments, read
together in one snapshot on the reader thread (kronos_desktop/ui/clients/record_view.py shows it).

What a read shows depends on who asks (DESIGN.md, "Auth"; :mod:`viewer`): owners, managers and
receptionists see every client in full; an artist sees only their own clients' records (those
:func:`clients.artists_clients` names), the document masked (``***.456.789-**``: an artist tattoos,
the front desk checks the ID) and no sales or payments (the studio's takings are not theirs).

A merged record reads through ``merged_into``: the sales and payments of the clients merged into
this one (and into those, a chain of merges) are its own, since closed sales and payments keep
the client they were made with. Open rows (appointments, projects) are moved by the merge itself,
so they are read by this client's id alone... and by the merged ones' too, in case a merge
arrives before the rows it moves.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from kronos_core.contact import mask_cpf
from kronos_core.people import age_on
from kronos_core.schema import appointment, client, payment, project, sale, staff, studio
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.clients import artists_clients
from kronos_desktop.store.queries.viewer import Viewer

# The client's columns the record shows and the form edits (the mutation's field names).
EDITABLE = (
    "full_name", "preferred_name", "birth_date", "phone", "whatsapp", "instagram", "email",
    "document_type", "document_number", "address", "referral_source", "allergies", "medical_alerts",
    "medication", "notes", "tags", "marketing_consent", "data_processing_consent", "health_data_consent",
    "blocked", "blocked_reason", "guardian_name", "guardian_document", "guardian_relationship",
    "guardian_phone",
)  # fmt: skip
MAX_MERGE_DEPTH = 8  # merges of merges followed back (a chain longer than this is not expected)


@dataclass(frozen=True)
class RecordAppointment:
    id: uuid.UUID
    starts_at: dt.datetime
    ends_at: dt.datetime
    kind: str
    status: str
    artist_name: str
    project_title: str | None
    notes: str | None


@dataclass(frozen=True)
class RecordProject:
    id: uuid.UUID
    title: str
    status: str
    artist_name: str | None
    sessions: int  # appointments of the project, cancelled ones left out
    last_session: dt.datetime | None


@dataclass(frozen=True)
class RecordSale:
    id: uuid.UUID
    number: str
    business_date: dt.date
    status: str
    total: int  # centavos
    paid: int  # centavos, refunds taken off
    via_merged: bool  # made with a record merged into this one


@dataclass(frozen=True)
class RecordPayment:
    id: uuid.UUID
    sale_number: str | None
    method: str
    amount: int  # centavos (negative: a refund)
    tip: int
    business_date: dt.date
    received_at: dt.datetime


@dataclass(frozen=True)
class ClientRecord:
    """One client as the record shows them, for the person who asked."""

    id: uuid.UUID
    values: dict[str, Any]  # EDITABLE's values as stored (document_number None when masked)
    document_full: bool  # the asker sees (and may edit) the full document
    document_masked: str  # the document for a glance (masked), or "" with none
    as_of: dt.date  # today in the studio
    age_of_majority: int
    currency: str
    zone_name: str
    merged_into: uuid.UUID | None
    erased: bool
    merged_ids: tuple[uuid.UUID, ...]  # records merged into this one
    no_shows: int
    appointments: list[RecordAppointment] = field(default_factory=list)  # latest first
    projects: list[RecordProject] = field(default_factory=list)
    sales: list[RecordSale] | None = None  # None: not for the asker's role
    payments: list[RecordPayment] | None = None

    def value(self, name: str) -> Any:
        return self.values.get(name)

    @property
    def full_name(self) -> str:
        return str(self.values["full_name"])

    @property
    def age(self) -> int | None:
        born = self.values.get("birth_date")
        return None if born is None else age_on(born, self.as_of)

    @property
    def is_minor(self) -> bool:
        age = self.age
        return age is not None and age < self.age_of_majority

    @property
    def health_alerts(self) -> list[tuple[str, str]]:
        """(field, text) of each health alert written down: allergies, conditions, medication."""
        names = ("allergies", "medical_alerts", "medication")
        return [(n, str(self.values[n]).strip()) for n in names if (self.values.get(n) or "").strip()]

    def upcoming(self) -> list[RecordAppointment]:
        now = dt.datetime.combine(self.as_of, dt.time(0), tzinfo=dt.UTC)
        return [a for a in self.appointments if a.starts_at >= now]


def merged_into_this(conn: Connection, client_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
    """The records merged into ``client_id``, and into those (a chain of merges)."""
    c = client.c
    found: list[uuid.UUID] = []
    frontier = [client_id]
    for _ in range(MAX_MERGE_DEPTH):
        if not frontier:
            break
        rows = conn.execute(select(c.id).where(c.merged_into.in_(frontier))).scalars()
        frontier = [r for r in rows if r not in found and r != client_id]  # a cycle ends here
        found += frontier
    return tuple(found)


def read_record(conn: Connection, client_id: uuid.UUID, who: Viewer) -> ClientRecord | None:
    """The record of ``client_id`` for ``who``; None when there is no such client, or it is not
    the asker's to see (an artist and a client they never had)."""
    here = desk_q.here(conn)
    c = client.c
    row = conn.execute(
        select(*(c[name] for name in EDITABLE), c.studio_id, c.merged_into, c.erased_at, c.deleted).where(
            c.id == client_id
        )
    ).first()
    if row is None or row.deleted:
        return None
    if not who.sees_all:
        theirs = set(conn.execute(artists_clients(who.staff_id or uuid.UUID(int=0))).scalars())
        if client_id not in theirs:
            return None
    values = {name: getattr(row, name) for name in EDITABLE}
    values["tags"] = list(values["tags"] or [])
    number = values["document_number"]
    masked = ""
    if number:
        is_cpf = (values["document_type"] or "").lower() == "cpf"
        masked = mask_cpf(number) if is_cpf else "•" * max(0, len(number) - 3) + number[-3:]
    if not who.sees_all:
        values["document_number"] = None
        values["guardian_document"] = None
    majority = conn.execute(select(studio.c.age_of_majority).where(studio.c.id == row.studio_id)).scalar()
    merged = merged_into_this(conn, client_id)
    ids = [client_id, *merged]
    appointments = _appointments(conn, ids)
    return ClientRecord(
        id=client_id,
        values=values,
        document_full=who.sees_all,
        document_masked=masked,
        as_of=here.today(),
        age_of_majority=int(majority if majority is not None else 18),
        currency=here.currency,
        zone_name=here.zone.key,
        merged_into=row.merged_into,
        erased=row.erased_at is not None,
        merged_ids=merged,
        no_shows=sum(1 for a in appointments if a.status == "no_show"),
        appointments=appointments,
        projects=_projects(conn, ids),
        sales=_sales(conn, client_id, ids) if who.sees_all else None,
        payments=_payments(conn, ids) if who.sees_all else None,
    )


def _appointments(conn: Connection, ids: list[uuid.UUID]) -> list[RecordAppointment]:
    a, s, p = appointment.c, staff.c, project.c
    query = (
        select(a.id, a.starts_at, a.ends_at, a.kind, a.status, s.display_name, p.title, a.notes)
        .select_from(appointment.join(staff, s.id == a.artist_id).outerjoin(project, p.id == a.project_id))
        .where(a.client_id.in_(ids), a.deleted.is_(False))
        .order_by(a.starts_at.desc())
    )
    return [RecordAppointment(*r) for r in conn.execute(query).all()]


def _projects(conn: Connection, ids: list[uuid.UUID]) -> list[RecordProject]:
    p, s, a = project.c, staff.c, appointment.c
    sessions = (
        select(func.count(a.id))
        .where(a.project_id == p.id, a.deleted.is_(False), a.status != "cancelled")
        .scalar_subquery()
    )
    last = (
        select(func.max(a.starts_at))
        .where(a.project_id == p.id, a.deleted.is_(False), a.status != "cancelled")
        .scalar_subquery()
    )
    query = (
        select(p.id, p.title, p.status, s.display_name, sessions, last)
        .select_from(project.outerjoin(staff, s.id == p.artist_id))
        .where(p.client_id.in_(ids), p.deleted.is_(False))
        .order_by(p.created_at.desc())
    )
    return [RecordProject(r[0], r[1], r[2], r[3], int(r[4] or 0), r[5]) for r in conn.execute(query).all()]


def _sales(conn: Connection, client_id: uuid.UUID, ids: list[uuid.UUID]) -> list[RecordSale]:
    sl, py = sale.c, payment.c
    paid = select(func.coalesce(func.sum(py.amount), 0)).where(py.sale_id == sl.id).scalar_subquery()
    query = (
        select(sl.id, sl.number, sl.business_date, sl.status, sl.total, paid, sl.client_id)
        .where(sl.client_id.in_(ids), sl.deleted.is_(False))
        .order_by(sl.business_date.desc(), sl.number.desc())
    )
    return [
        RecordSale(r.id, r.number, r.business_date, r.status, int(r.total), int(r[5]), r.client_id != client_id)
        for r in conn.execute(query).all()
    ]


def _payments(conn: Connection, ids: list[uuid.UUID]) -> list[RecordPayment]:
    sl, py = sale.c, payment.c
    query = (
        select(py.id, sl.number, py.method, py.amount, py.tip, py.business_date, py.received_at)
        .select_from(payment.join(sale, sl.id == py.sale_id))
        .where(sl.client_id.in_(ids), sl.deleted.is_(False), py.deleted.is_(False))
        .order_by(py.received_at.desc())
    )
    return [RecordPayment(r[0], r[1], r[2], int(r[3]), int(r[4]), r[5], r[6]) for r in conn.execute(query).all()]
