"""What a client's documents are printed from (issue 14): a signed form with the template version
it was signed with (its PDF), the list of a client's signed forms (the Forms tab, the export, the
inspector's file), and a client's file as health inspectors ask for it.

Straight from the synced tables, so any desk renders the same document from the same rows: the
``consent_form`` row and its ``form_template`` row, the client, the witness, the studio (its name
and time zone), the appointments and their ``session_record`` rows. Signed forms and session
records are append-only: an amendment (``amends_id``) or a correction (``corrects_id``) is a newer
row, and the one it replaces stays, marked as replaced.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from kronos_core.forms import Template
from kronos_core.people import age_on
from kronos_core.schema import appointment, client, consent_form, form_template, session_record, staff, studio
from kronos_desktop.store.queries.client_export import family, kept_record
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.store.queries.desk import here

# Appointments an inspector's file lists as procedures even without a session record.
DONE_STATUSES = ("checked_in", "in_progress", "completed")


@dataclass(frozen=True)
class SignedForm:
    """One signed form as its PDF shows it: the row's columns (``form``), the template version
    it was signed with, and the names the row points at."""

    form: dict[str, Any]
    template: Template
    studio_name: str
    zone_name: str
    client_name: str
    birth_date: dt.date | None
    witness_name: str
    amended_by: uuid.UUID | None  # a newer form amending this one

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zone_or_default(self.zone_name)

    @property
    def signed_on(self) -> dt.date:
        signed_at: dt.datetime = self.form["signed_at"]
        return signed_at.astimezone(self.zone).date()

    @property
    def age_at_signing(self) -> int | None:
        return None if self.birth_date is None else age_on(self.birth_date, self.signed_on)


@dataclass(frozen=True)
class FormSummary:
    """One line of a client's signed forms."""

    id: uuid.UUID
    client_id: uuid.UUID
    signed_at: dt.datetime
    template_number: int
    title: str
    witness_name: str
    minor: bool
    image_use: bool
    amends_id: uuid.UUID | None
    amended_by: uuid.UUID | None
    appointment_id: uuid.UUID | None
    content_sha256: str
    alerts: list[Any]
    guardian_name: str | None
    guardian_relationship: str | None
    guardian_document_type: str | None
    guardian_document_number: str | None


def _studio(conn: Connection, studio_id: uuid.UUID) -> tuple[str, str]:
    row = conn.execute(select(studio.c.name, studio.c.timezone).where(studio.c.id == studio_id)).first()
    return ("", "") if row is None else (row.name, row.timezone)


def _staff_name(conn: Connection, staff_id: uuid.UUID | None) -> str:
    if staff_id is None:
        return ""
    return str(conn.execute(select(staff.c.display_name).where(staff.c.id == staff_id)).scalar() or "")


def _amended_by(conn: Connection, form_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """For each of ``form_ids`` amended, the newest form amending it."""
    if not form_ids:
        return {}
    query = (
        select(consent_form.c.amends_id, consent_form.c.id)
        .where(consent_form.c.amends_id.in_(list(form_ids)), consent_form.c.deleted.is_(False))
        .order_by(consent_form.c.signed_at, consent_form.c.id)
    )
    return {r.amends_id: r.id for r in conn.execute(query)}


def signed_form(conn: Connection, form_id: uuid.UUID) -> SignedForm | None:
    """The form ``form_id`` with its template version and names (None: no such form here)."""
    row = conn.execute(select(consent_form).where(consent_form.c.id == form_id)).mappings().first()
    if row is None:
        return None
    template_row = (
        conn.execute(select(form_template).where(form_template.c.id == row["template_id"])).mappings().first()
    )
    if template_row is None:
        return None  # not synced yet: a form is never shown against another version
    person = conn.execute(
        select(client.c.full_name, client.c.birth_date).where(client.c.id == row["client_id"])
    ).first()
    name, zone_name = _studio(conn, row["studio_id"])
    return SignedForm(
        form=dict(row),
        template=Template.from_row(dict(template_row)),
        studio_name=name,
        zone_name=zone_name,
        client_name="" if person is None else person.full_name,
        birth_date=None if person is None else person.birth_date,
        witness_name=_staff_name(conn, row["witness_id"]),
        amended_by=_amended_by(conn, [form_id]).get(form_id),
    )


def forms_of(conn: Connection, client_ids: Iterable[uuid.UUID]) -> list[FormSummary]:
    """The signed forms of these clients (a client and the records merged into it), latest first."""
    f, t = consent_form.c, form_template.c
    query = (
        select(consent_form, t.number.label("template_number"), t.title, staff.c.display_name.label("witness_name"))
        .join(form_template, form_template.c.id == f.template_id)
        .outerjoin(staff, staff.c.id == f.witness_id)
        .where(f.client_id.in_(list(client_ids)), f.deleted.is_(False))
        .order_by(f.signed_at.desc(), f.id.desc())
    )
    rows = list(conn.execute(query).mappings())
    amended = _amended_by(conn, [r["id"] for r in rows])
    return [
        FormSummary(
            id=r["id"],
            client_id=r["client_id"],
            signed_at=r["signed_at"],
            template_number=r["template_number"],
            title=r["title"],
            witness_name=r["witness_name"] or "",
            minor=bool(r["minor"]),
            image_use=bool(r["image_use"]),
            amends_id=r["amends_id"],
            amended_by=amended.get(r["id"]),
            appointment_id=r["appointment_id"],
            content_sha256=r["content_sha256"],
            alerts=list(r["alerts"] or []),
            guardian_name=r["guardian_name"],
            guardian_relationship=r["guardian_relationship"],
            guardian_document_type=r["guardian_document_type"],
            guardian_document_number=r["guardian_document_number"],
        )
        for r in rows
    ]


def forms_of_client(conn: Connection, client_id: uuid.UUID) -> list[FormSummary]:
    """``client_id``'s signed forms, those of the records merged into it included."""
    return forms_of(conn, family(conn, kept_record(conn, client_id)).ids)


@dataclass(frozen=True)
class Procedure:
    """One appointment of the client's as the inspector's file lists it, with its session
    records in force (a corrected record is left out: its correction stands for it, and says
    which number it corrects); each record's columns with ``number``, ``recorded_by_name`` and
    ``corrects_number``."""

    appointment_id: uuid.UUID
    starts_at: dt.datetime
    kind: str
    status: str
    artist_name: str
    records: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class InspectorFile:
    """A client's file for a health inspection (vigilância sanitária)."""

    studio_name: str
    zone_name: str
    printed_at: dt.datetime
    client: dict[str, Any]  # full_name, birth_date, document_type/number, phone, address, guardian_*
    age_of_majority: int
    procedures: list[Procedure]
    forms: list[FormSummary]

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zone_or_default(self.zone_name)

    @property
    def minor_now(self) -> bool:
        birth = self.client.get("birth_date")
        today = self.printed_at.astimezone(self.zone).date()
        return birth is not None and age_on(birth, today) < self.age_of_majority


def _records_in_force(conn: Connection, appointment_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[dict[str, Any]]]:
    """Each appointment's session records in force, oldest first, each with ``number`` (its
    place, from 1, among all the session's records by ``recorded_at``, corrected ones included:
    a gap is a record replaced by its correction), ``recorded_by_name`` (who wrote it) and, for a
    correction, ``corrects_number``."""
    if not appointment_ids:
        return {}
    r = session_record.c
    recorder = staff.alias("recorder")
    rows = [
        dict(m)
        for m in conn.execute(
            select(
                session_record,
                staff.c.display_name.label("artist_name"),
                recorder.c.display_name.label("recorded_by_name"),
            )
            .outerjoin(staff, staff.c.id == r.artist_id)
            .outerjoin(recorder, recorder.c.id == r.created_by)
            .where(r.appointment_id.in_(list(appointment_ids)), r.deleted.is_(False))
            .order_by(r.recorded_at, r.id)
        ).mappings()
    ]
    numbers: dict[uuid.UUID, int] = {}
    counted: dict[uuid.UUID, int] = {}
    for row in rows:
        counted[row["appointment_id"]] = counted.get(row["appointment_id"], 0) + 1
        numbers[row["id"]] = row["number"] = counted[row["appointment_id"]]
        row["recorded_by_name"] = row["recorded_by_name"] or ""
    corrected = {row["corrects_id"] for row in rows if row["corrects_id"] is not None}
    found: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for row in rows:
        row["corrects_number"] = numbers.get(row["corrects_id"]) if row["corrects_id"] is not None else None
        if row["id"] not in corrected:
            found.setdefault(row["appointment_id"], []).append(row)
    return found


def inspector_file(conn: Connection, client_id: uuid.UUID) -> InspectorFile | None:
    """``client_id``'s file for an inspector: identification, procedures (appointments that took
    place, consultations aside, or that have a session record, oldest first), and the signed
    forms (None: no such client)."""
    client_id = kept_record(conn, client_id)
    person = conn.execute(select(client).where(client.c.id == client_id)).mappings().first()
    if person is None:
        return None
    ids = family(conn, client_id).ids
    a = appointment.c
    booked = list(
        conn.execute(
            select(a.id, a.starts_at, a.kind, a.status, staff.c.display_name.label("artist_name"))
            .outerjoin(staff, staff.c.id == a.artist_id)
            .where(a.client_id.in_(ids), a.deleted.is_(False), a.kind != "block")
            .order_by(a.starts_at, a.id)
        )
    )
    records = _records_in_force(conn, [b.id for b in booked])
    procedures = [
        Procedure(b.id, b.starts_at, b.kind, b.status, b.artist_name or "", records.get(b.id, []))
        for b in booked
        if (b.status in DONE_STATUSES and b.kind != "consultation") or b.id in records
    ]
    majority = conn.execute(select(studio.c.age_of_majority).where(studio.c.id == person["studio_id"])).scalar()
    name, zone_name = _studio(conn, person["studio_id"])
    keys = ("full_name", "birth_date", "document_type", "document_number", "phone", "address", "guardian_name",
            "guardian_relationship", "guardian_document", "guardian_phone", "erased_at")  # fmt: skip
    return InspectorFile(
        studio_name=name,
        zone_name=zone_name,
        printed_at=here(conn).now(),
        client={k: person[k] for k in keys},
        age_of_majority=int(majority or 18),
        procedures=procedures,
        forms=forms_of(conn, ids),
    )
