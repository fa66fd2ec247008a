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
from kronos_core.instants import from_micros, utcnow
from kronos_core.people import age_on
from kronos_core.schema import appointment, client, project, staff, studio
from kronos_desktop.store.local_schema import replica
from kronos_desktop.store.queries.clients import artists_clients
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.store.queries.duplicates import health_twins
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
    health_twin: bool = False  # no alert of their own, a likely duplicate of a client with one

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
    place = conn.execute(
        select(studio.c.age_of_majority, studio.c.timezone, studio.c.currency).where(studio.c.id == row.studio_id)
    ).first()
    offset = conn.execute(select(replica.c.clock_offset_us).where(replica.c.id == 1)).scalar() or 0
    zone = zone_or_default(place.timezone if place is not None else None)
    today = (utcnow() + dt.timedelta(microseconds=int(offset))).astimezone(zone).date()  # the studio's, by the desk
    merged = merged_into_this(conn, client_id)
    ids = [client_id, *merged]
    appointments = _appointments(conn, ids)
    sales = _sales(conn, client_id, ids) if who.sees_all else None
    alerted = any((values.get(n) or "").strip() for n in ("allergies", "medical_alerts", "medication"))
    twin = not alerted and row.merged_into is None and client_id in health_twins(conn, row.studio_id, [client_id])
    return ClientRecord(
        id=client_id,
        values=values,
        document_full=who.sees_all,
        document_masked=masked,
        as_of=today,
        age_of_majority=int(place.age_of_majority) if place is not None else 18,
        currency=place.currency if place is not None else "BRL",
        zone_name=zone.key,
        merged_into=row.merged_into,
        erased=row.erased_at is not None,
        merged_ids=merged,
        no_shows=sum(1 for a in appointments if a.status == "no_show"),
        appointments=appointments,
        projects=_projects(conn, ids),
        sales=sales[0] if sales is not None else None,
        payments=sales[1] if sales is not None else None,
        health_twin=twin,
    )


def _marks(ids: list[uuid.UUID]) -> tuple[str, tuple[str, ...]]:
    return ", ".join("?" for _ in ids), tuple(i.hex for i in ids)


def _appointments(conn: Connection, ids: list[uuid.UUID]) -> list[RecordAppointment]:
    # The driver's rows, converted here: a client's 200 appointments through SQLAlchemy's result
    # processing cost ten times the query itself (bench/bench_client_record.py).
    marks, params = _marks(ids)
    rows = conn.exec_driver_sql(
        "SELECT a.id, a.starts_at, a.ends_at, a.kind, a.status, s.display_name, p.title, a.notes"
        " FROM appointment a JOIN staff s ON s.id = a.artist_id LEFT JOIN project p ON p.id = a.project_id"
        f" WHERE a.client_id IN ({marks}) AND a.deleted = 0 ORDER BY a.starts_at DESC",
        params,
    ).all()
    return [
        RecordAppointment(uuid.UUID(hex=r[0]), from_micros(r[1]), from_micros(r[2]), r[3], r[4], r[5], r[6], r[7])
        for r in rows
    ]


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


def _sales(
    conn: Connection, client_id: uuid.UUID, ids: list[uuid.UUID]
) -> tuple[list[RecordSale], list[RecordPayment]]:
    """The sales made with these clients, latest first, and their payments (found through the
    payment's sale index), latest first. Driver rows, as for the appointments."""
    marks, params = _marks(ids)
    rows = conn.exec_driver_sql(
        "SELECT id, number, business_date, status, total, client_id FROM sale"
        f" WHERE client_id IN ({marks}) AND deleted = 0 ORDER BY business_date DESC, number DESC",
        params,
    ).all()
    numbers = {r[0]: r[1] for r in rows}
    payments: list[RecordPayment] = []
    paid: dict[str, int] = {}
    for start in range(0, len(rows), 500):  # SQLite's bound parameters, a chunk at a time
        chunk = tuple(r[0] for r in rows[start : start + 500])
        found = conn.exec_driver_sql(
            "SELECT id, sale_id, method, amount, tip, business_date, received_at FROM payment"
            f" WHERE sale_id IN ({', '.join('?' for _ in chunk)}) AND deleted = 0",
            chunk,
        ).all()
        for p in found:
            paid[p[1]] = paid.get(p[1], 0) + int(p[3])
            payments.append(
                RecordPayment(uuid.UUID(hex=p[0]), numbers.get(p[1]), p[2], int(p[3]), int(p[4]),
                              dt.date.fromisoformat(p[5]), from_micros(p[6]))
            )  # fmt: skip
    payments.sort(key=lambda p: p.received_at, reverse=True)
    own = client_id.hex
    sales = [
        RecordSale(uuid.UUID(hex=r[0]), r[1], dt.date.fromisoformat(r[2]), r[3], int(r[4]), paid.get(r[0], 0),
                   r[5] != own)
        for r in rows
    ]  # fmt: skip
    return sales, payments
