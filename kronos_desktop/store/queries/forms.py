"""Reads of issue 14's forms: the studio's questionnaire, a client's signed forms, the inks and
materials list, and the sessions' traceability records (the views in ui/clients and ui/agenda
read through these; the documents' own reads are in :mod:`form_documents`).

Every read is a plain function of a read-only connection, as the other features' are; the
:class:`~kronos_desktop.store.queries.reader.Reader` runs them on its thread.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, or_, select

from kronos_core import forms_gate
from kronos_core.forms import Template
from kronos_core.schema import appointment, client, consent_form, form_template, material, session_record, staff, studio


# -- the questionnaire ---------------------------------------------------------------------
def latest_template_number(conn: Connection, studio_id: uuid.UUID) -> int:
    """The highest version number the studio has published (0: none yet)."""
    value = conn.execute(
        select(func.max(form_template.c.number)).where(
            form_template.c.studio_id == studio_id, form_template.c.deleted.is_(False)
        )
    ).scalar()
    return int(value or 0)


def current_template(conn: Connection, studio_id: uuid.UUID, language: str) -> Template:
    """The newest questionnaire the studio published in ``language`` (two desks that published
    the same number offline: the later one); none yet: the default that ships with the app
    (``id`` None, ``number`` 0)."""
    row = conn.execute(
        select(form_template)
        .where(
            form_template.c.studio_id == studio_id,
            form_template.c.language == language,
            form_template.c.deleted.is_(False),
        )
        .order_by(form_template.c.number.desc(), form_template.c.created_at.desc(), form_template.c.id.desc())
        .limit(1)
    ).first()
    if row is not None:
        return Template.from_row(dict(row._mapping))
    from kronos_core.form_defaults import default_template

    return default_template(language)


def template(conn: Connection, template_id: uuid.UUID) -> Template | None:
    """One published version (the one a form was signed with)."""
    row = conn.execute(select(form_template).where(form_template.c.id == template_id)).first()
    return Template.from_row(dict(row._mapping)) if row is not None else None


# -- a client's forms ----------------------------------------------------------------------
@dataclass(frozen=True)
class FormRow:
    """One signed form in a client's Forms tab."""

    id: uuid.UUID
    signed_at: dt.datetime
    template_number: int
    title: str
    witness_name: str
    minor: bool
    amends_id: uuid.UUID | None
    amended_by: uuid.UUID | None  # the newest form amending this one
    appointment_id: uuid.UUID | None
    appointment_starts_at: dt.datetime | None
    alerts: list[Any]
    image_use: bool


def _client_ids(client_id: uuid.UUID) -> Any:
    """The client and the records merged into them (their forms are this client's too)."""
    return select(client.c.id).where(or_(client.c.id == client_id, client.c.merged_into == client_id))


def client_forms(conn: Connection, client_id: uuid.UUID) -> list[FormRow]:
    """The client's signed forms, newest first."""
    rows = conn.execute(
        select(
            consent_form.c.id,
            consent_form.c.signed_at,
            consent_form.c.minor,
            consent_form.c.amends_id,
            consent_form.c.appointment_id,
            consent_form.c.alerts,
            consent_form.c.image_use,
            form_template.c.number,
            form_template.c.title,
            staff.c.display_name.label("witness_name"),
            appointment.c.starts_at,
        )
        .join(form_template, form_template.c.id == consent_form.c.template_id)
        .outerjoin(staff, staff.c.id == consent_form.c.witness_id)
        .outerjoin(appointment, appointment.c.id == consent_form.c.appointment_id)
        .where(consent_form.c.client_id.in_(_client_ids(client_id)), consent_form.c.deleted.is_(False))
        .order_by(consent_form.c.signed_at.desc(), consent_form.c.id.desc())
    ).all()
    amended_by: dict[uuid.UUID, uuid.UUID] = {}
    for r in reversed(rows):  # oldest first: the newest amendment is written last
        if r.amends_id is not None:
            amended_by[r.amends_id] = r.id
    return [
        FormRow(
            id=r.id,
            signed_at=r.signed_at,
            template_number=r.number,
            title=r.title,
            witness_name=r.witness_name or "",
            minor=bool(r.minor),
            amends_id=r.amends_id,
            amended_by=amended_by.get(r.id),
            appointment_id=r.appointment_id,
            appointment_starts_at=r.starts_at,
            alerts=list(r.alerts or []),
            image_use=bool(r.image_use),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class FormDetail:
    """A signed form with what its document shows beside it."""

    form: dict[str, Any]  # the consent_form row's columns
    template: Template  # the version it was signed with
    client_name: str
    client_birth_date: dt.date | None
    client_document_type: str | None
    client_document_number: str | None
    witness_name: str
    studio_name: str
    studio_timezone: str


def form_detail(conn: Connection, form_id: uuid.UUID) -> FormDetail | None:
    """One signed form (None: not on this desk)."""
    row = conn.execute(select(consent_form).where(consent_form.c.id == form_id)).first()
    if row is None:
        return None
    form = dict(row._mapping)
    found = template(conn, form["template_id"])
    if found is None:  # the template's row always travels before or with the form
        return None
    who = conn.execute(
        select(client.c.full_name, client.c.birth_date, client.c.document_type, client.c.document_number).where(
            client.c.id == form["client_id"]
        )
    ).first()
    witness = conn.execute(select(staff.c.display_name).where(staff.c.id == form["witness_id"])).scalar()
    place = conn.execute(select(studio.c.name, studio.c.timezone).where(studio.c.id == form["studio_id"])).first()
    return FormDetail(
        form=form,
        template=found,
        client_name=who.full_name if who is not None else "",
        client_birth_date=who.birth_date if who is not None else None,
        client_document_type=who.document_type if who is not None else None,
        client_document_number=who.document_number if who is not None else None,
        witness_name=witness or "",
        studio_name=place.name if place is not None else "",
        studio_timezone=place.timezone if place is not None else forms_gate.DEFAULT_ZONE,
    )


def appointments_with_signed_form(conn: Connection, appointment_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """The bookings among ``appointment_ids`` with a signed form (pointing at them, or the
    client's signed that day with no booking: kronos_core.forms_gate)."""
    return forms_gate.signed_for(conn, appointment_ids)


def has_signed_form(conn: Connection, appointment_id: uuid.UUID) -> bool:
    return forms_gate.has_signed_form(conn, appointment_id)


def unsigned_form_check(conn: Connection, appointment_id: uuid.UUID, new_status: str) -> forms_gate.Outcome:
    """Before the needle: ``ok``, ``warn`` or ``block`` for moving the booking to ``new_status``."""
    return forms_gate.check(conn, appointment_id, new_status)


# -- inks and materials --------------------------------------------------------------------
@dataclass(frozen=True)
class MaterialRow:
    id: uuid.UUID
    kind: str
    name: str
    manufacturer: str | None
    anvisa_registration: str | None
    colour: str | None
    lot: str | None
    manufactured_on: dt.date | None
    expires_on: dt.date | None
    opened_on: dt.date | None
    active: bool

    def expired_on(self, day: dt.date) -> bool:
        """Past its expiry on ``day`` (a session's date)."""
        return self.expires_on is not None and self.expires_on < day

    def product(self) -> dict[str, Any]:
        """As a session record's product (``session_record.add``'s ``products`` item)."""
        return {
            "material_id": self.id.hex,
            "kind": self.kind,
            "name": self.name,
            "manufacturer": self.manufacturer,
            "anvisa_registration": self.anvisa_registration,
            "colour": self.colour,
            "lot": self.lot,
            "manufactured_on": _iso(self.manufactured_on),
            "expires_on": _iso(self.expires_on),
            "opened_on": _iso(self.opened_on),
        }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


_MATERIAL_FIELDS = (
    "kind", "name", "manufacturer", "anvisa_registration", "colour", "lot", "manufactured_on",
    "expires_on", "opened_on", "active",
)  # fmt: skip


def materials(conn: Connection, studio_id: uuid.UUID, *, active_only: bool = True) -> list[MaterialRow]:
    """The studio's inks and materials by kind and name (``active_only``: the ones in use)."""
    query = select(material).where(material.c.studio_id == studio_id, material.c.deleted.is_(False))
    if active_only:
        query = query.where(material.c.active.is_(True))
    rows = conn.execute(query.order_by(material.c.kind, func.lower(material.c.name), material.c.lot)).all()
    return [MaterialRow(id=r.id, **{name: getattr(r, name) for name in _MATERIAL_FIELDS}) for r in rows]


def material_row(conn: Connection, material_id: uuid.UUID) -> MaterialRow | None:
    r = conn.execute(select(material).where(material.c.id == material_id)).first()
    return MaterialRow(id=r.id, **{name: getattr(r, name) for name in _MATERIAL_FIELDS}) if r is not None else None


# -- traceability --------------------------------------------------------------------------
@dataclass(frozen=True)
class SessionRecordRow:
    id: uuid.UUID
    appointment_id: uuid.UUID
    appointment_starts_at: dt.datetime | None
    client_id: uuid.UUID | None
    artist_id: uuid.UUID | None
    artist_name: str
    body_location: str
    adverse_reactions: str | None
    products: list[dict[str, Any]]
    needle_lots: list[str]
    disposable_lots: list[str]
    autoclave_cycle: str | None
    recorded_at: dt.datetime
    corrects_id: uuid.UUID | None
    corrected_by: uuid.UUID | None  # the newest record correcting this one
    recorded_by_name: str


def _records(conn: Connection, where: Any) -> list[SessionRecordRow]:
    artist = staff.alias("artist")
    author = staff.alias("author")
    rows = conn.execute(
        select(
            session_record,
            appointment.c.starts_at.label("appointment_starts_at"),
            artist.c.display_name.label("artist_name"),
            author.c.display_name.label("recorded_by_name"),
        )
        .outerjoin(appointment, appointment.c.id == session_record.c.appointment_id)
        .outerjoin(artist, artist.c.id == session_record.c.artist_id)
        .outerjoin(author, author.c.id == session_record.c.created_by)
        .where(where, session_record.c.deleted.is_(False))
        .order_by(session_record.c.recorded_at.desc(), session_record.c.id.desc())
    ).all()
    corrected_by: dict[uuid.UUID, uuid.UUID] = {}
    for r in reversed(rows):
        if r.corrects_id is not None:
            corrected_by[r.corrects_id] = r.id
    return [
        SessionRecordRow(
            id=r.id,
            appointment_id=r.appointment_id,
            appointment_starts_at=r.appointment_starts_at,
            client_id=r.client_id,
            artist_id=r.artist_id,
            artist_name=r.artist_name or "",
            body_location=r.body_location,
            adverse_reactions=r.adverse_reactions,
            products=list(r.products or []),
            needle_lots=list(r.needle_lots or []),
            disposable_lots=list(r.disposable_lots or []),
            autoclave_cycle=r.autoclave_cycle,
            recorded_at=r.recorded_at,
            corrects_id=r.corrects_id,
            corrected_by=corrected_by.get(r.id),
            recorded_by_name=r.recorded_by_name or "",
        )
        for r in rows
    ]


def session_records(conn: Connection, appointment_id: uuid.UUID) -> list[SessionRecordRow]:
    """A session's traceability records, newest first (a correction above what it corrects)."""
    return _records(conn, session_record.c.appointment_id == appointment_id)


def client_session_records(conn: Connection, client_id: uuid.UUID) -> list[SessionRecordRow]:
    """Every traceability record of the client's sessions (and of records merged into theirs)."""
    return _records(conn, session_record.c.client_id.in_(_client_ids(client_id)))
