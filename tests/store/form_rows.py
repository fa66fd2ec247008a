"""Rows of issue 14 on a real desk file, for the reads' and ops' tests: a client and a booking
through their mutations, and questionnaire versions, signed forms and session records written
as rows (the reads do not depend on how a row arrived; a pulled one is written the same way)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import insert, select

from kronos_core.forms import Question, Template, content_sha256
from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.schema import consent_form, form_template, material, session_record, staff
from kronos_desktop.store import LocalStore

SIGNATURE: dict[str, Any] = {"w": 1000, "h": 350, "strokes": [[[10, 10], [40, 60], [90, 20]]]}
QUESTIONS = (
    Question(id="allergy", kind="yes_no", text="Any allergy?", required=True, details="Which?", alert_on=("yes",),
             alert="Allergy", alert_field="allergies"),
    Question(id="notes", kind="text", text="Anything else?"),
)  # fmt: skip


def studio_and_owner(store: LocalStore) -> tuple[uuid.UUID, uuid.UUID]:
    studio_id = store.ensure_identity().studio_id
    with store.read_engine.connect() as conn:
        owner = conn.execute(select(staff.c.id).where(staff.c.role == "owner")).scalar_one()
    return studio_id, owner


def add_client(store: LocalStore, name: str = "Ana Souza", **fields: Any) -> uuid.UUID:
    client_id = uuid7()
    store.apply("client.create", {"client_id": str(client_id), "full_name": name, **fields})
    return client_id


def book(
    store: LocalStore,
    client_id: uuid.UUID,
    artist_id: uuid.UUID,
    starts_at: dt.datetime,
    kind: str = "session",
) -> uuid.UUID:
    appointment_id = uuid7()
    store.apply(
        "appointment.book",
        {
            "appointment_id": str(appointment_id),
            "client_id": str(client_id),
            "artist_id": str(artist_id),
            "starts_at": starts_at,
            "ends_at": starts_at + dt.timedelta(hours=2),
            "kind": kind,
        },
    )
    return appointment_id


def _sync(studio_id: uuid.UUID, row_id: uuid.UUID, by: uuid.UUID | None, at: dt.datetime) -> dict[str, Any]:
    return {
        "id": row_id,
        "studio_id": studio_id,
        "created_at": at,
        "changed_at": at,
        "created_by": by,
        "changed_by": by,
    }


def write_template(
    store: LocalStore,
    number: int,
    *,
    language: str = "pt_BR",
    title: str = "Anamnese",
    at: dt.datetime | None = None,
) -> Template:
    studio_id, owner = studio_and_owner(store)
    template_id = uuid7()
    row = {
        **_sync(studio_id, template_id, owner, at or utcnow()),
        "number": number,
        "language": language,
        "title": title,
        "questions": [q.to_json() for q in QUESTIONS],
        "consent_text": f"Declaro que li (versão {number}).",
        "image_use_text": "Autorizo o uso de imagem.",
    }
    with store.engine.begin() as conn:
        conn.execute(insert(form_template).values(**row))
    return Template.from_row(row)


def write_form(
    store: LocalStore,
    template: Template,
    client_id: uuid.UUID,
    *,
    appointment_id: uuid.UUID | None = None,
    signed_at: dt.datetime | None = None,
    amends_id: uuid.UUID | None = None,
    allergy: str | None = None,
) -> uuid.UUID:
    studio_id, owner = studio_and_owner(store)
    form_id = uuid7()
    when = signed_at or utcnow()
    answers = {"allergy": {"value": allergy is not None, "details": allergy or ""}}
    form = {
        "id": form_id,
        "client_id": client_id,
        "appointment_id": appointment_id,
        "template_id": template.id,
        "answers": answers,
        "signature": SIGNATURE,
        "minor": False,
        "image_use": True,
        "witness_id": owner,
        "signed_at": when,
        "amends_id": amends_id,
    }
    row = {
        **form,
        **_sync(studio_id, form_id, owner, when),
        "alerts": [["allergies", f"Allergy: {allergy}"]] if allergy else [],
        "content_sha256": content_sha256(form, template),
    }
    with store.engine.begin() as conn:
        conn.execute(insert(consent_form).values(**row))
    return form_id


def write_session_record(
    store: LocalStore,
    appointment_id: uuid.UUID,
    client_id: uuid.UUID,
    artist_id: uuid.UUID,
    *,
    body_location: str,
    recorded_at: dt.datetime,
    corrects_id: uuid.UUID | None = None,
) -> uuid.UUID:
    studio_id, owner = studio_and_owner(store)
    record_id = uuid7()
    row = {
        **_sync(studio_id, record_id, owner, recorded_at),
        "appointment_id": appointment_id,
        "client_id": client_id,
        "artist_id": artist_id,
        "body_location": body_location,
        "products": [{"material_id": None, "kind": "ink", "name": "Preto", "lot": "L1"}],
        "needle_lots": ["N-7"],
        "disposable_lots": [],
        "recorded_at": recorded_at,
        "corrects_id": corrects_id,
    }
    with store.engine.begin() as conn:
        conn.execute(insert(session_record).values(**row))
    return record_id


def write_material(store: LocalStore, name: str, *, kind: str = "ink", active: bool = True, **fields: Any) -> uuid.UUID:
    studio_id, owner = studio_and_owner(store)
    material_id = uuid7()
    row = {**_sync(studio_id, material_id, owner, utcnow()), "kind": kind, "name": name, "active": active, **fields}
    with store.engine.begin() as conn:
        conn.execute(insert(material).values(**row))
    return material_id
