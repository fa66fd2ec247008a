"""Signed forms and session records for the tests of the documents printed from them (issue 14:
the form's PDF, the inspector's file, the Forms tab, the export), written through the desk's own
mutations (``form_template.publish``, ``consent_form.sign``, ``session_record.add``) as the desk
writes them; the rows read back as stored."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select

from kronos_core.forms import PAD_H, PAD_W, Question, Template
from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.schema import client, consent_form, form_template
from kronos_desktop.store import LocalStore

QUESTIONS = (
    Question(
        "allergy",
        "yes_no",
        "Do you have any allergy (latex, metals, medicines)?",
        required=True,
        details="Which?",
        alert_on=("yes",),
        alert="Allergy",
        alert_field="allergies",
    ),
    Question(
        "anticoagulants",
        "yes_no",
        "Do you take anticoagulants?",
        required=True,
        alert_on=("yes",),
        alert="Anticoagulants",
        alert_field="medication",
    ),
    Question("diabetes", "yes_no", "Do you have diabetes?", required=True, alert_on=("yes",), alert="Diabetes"),
    Question("skin", "choice", "Skin type", choices=("Normal", "Oily", "Dry")),
    Question("last_meal", "date", "When did you last donate blood?"),
    Question("notes", "text", "Anything else the artist should know?"),
)
CONSENT = (
    "I declare that the answers above are true and that I was told about the risks, the care after the "
    "session and the healing time.\n\nI freely consent to the procedure."
)
IMAGE_USE = "I authorise the studio to publish photographs of the work in its portfolio and social media."


def signature(seed: int = 0, strokes: int = 3) -> dict[str, Any]:
    """A plausible signature: a few wavy strokes in the pad's box."""
    drawn = []
    for s in range(strokes):
        x0 = 80 + s * 280 + seed
        drawn.append([[x0 + i * 9, 175 + ((i * 37 + s * 11 + seed) % 90) - 45] for i in range(24)])
    return {"w": PAD_W, "h": PAD_H, "strokes": drawn}


def add_template(store: LocalStore, owner_id: uuid.UUID, number: int = 1) -> Template:
    """The questionnaire published by the owner (version ``number``)."""
    template_id = uuid7()
    store.apply(
        "form_template.publish",
        {
            "template_id": str(template_id),
            "number": number,
            "language": "en",
            "title": "Consent and health questionnaire",
            "questions": [q.to_json() for q in QUESTIONS],
            "consent_text": CONSENT,
            "image_use_text": IMAGE_USE,
        },
        staff_id=owner_id,
    )
    with store.read_engine.connect() as conn:
        row = conn.execute(select(form_template).where(form_template.c.id == template_id)).mappings().one()
    return Template.from_row(dict(row))


ANSWERS = {
    "allergy": {"value": True, "details": "latex gloves"},
    "anticoagulants": {"value": False, "details": ""},
    "diabetes": {"value": False, "details": ""},
    "skin": {"value": "Oily", "details": ""},
    "last_meal": {"value": "2026-05-17", "details": ""},
    "notes": {"value": "Faints at the sight of needles", "details": ""},
}


def minor_client(store: LocalStore, name: str = "Lia Menor Teste") -> uuid.UUID:
    """A client of fifteen with her mother on the record."""
    client_id = uuid7()
    born = utcnow().date().replace(day=1) - dt.timedelta(days=15 * 366)
    store.apply(
        "client.create",
        {
            "client_id": str(client_id),
            "full_name": name,
            "birth_date": born.isoformat(),
            "phone": "+5511987650123",
            "guardian_name": "Marta Guardiã",
            "guardian_relationship": "mother",
        },
    )
    return client_id


def sign(
    store: LocalStore,
    template: Template,
    client_id: uuid.UUID,
    witness_id: uuid.UUID,
    *,
    answers: dict[str, Any] | None = None,
    guardian: bool = False,
    signed_at: dt.datetime | None = None,
    amends_id: uuid.UUID | None = None,
    appointment_id: uuid.UUID | None = None,
    image_use: bool = True,
) -> dict[str, Any]:
    """``client_id`` signs ``template`` (``guardian``: with the guardian's details and signature);
    the stored row's columns."""
    form_id = uuid7()
    with store.read_engine.connect() as conn:
        seen = conn.execute(
            select(client.c.allergies, client.c.medical_alerts, client.c.medication).where(client.c.id == client_id)
        ).one()
    args: dict[str, Any] = {
        "form_id": str(form_id),
        "client_id": str(client_id),
        "appointment_id": None if appointment_id is None else str(appointment_id),
        "template_id": str(template.id),
        "answers": answers if answers is not None else ANSWERS,
        "signature": signature(),
        "client_document_type": "rg",
        "client_document_number": "12.345.678-9",
        "image_use": image_use,
        "witness_id": str(witness_id),
        "signed_at": (signed_at or utcnow()).isoformat(),
        "amends_id": None if amends_id is None else str(amends_id),
        "health_seen": {
            "allergies": seen.allergies,
            "medical_alerts": seen.medical_alerts,
            "medication": seen.medication,
        },
    }
    if guardian:
        args |= {
            "guardian_name": "Marta Guardiã",
            "guardian_relationship": "mother",
            "guardian_document_type": "cpf",
            "guardian_document_number": "52998224725",
            "guardian_signature": signature(seed=40, strokes=2),
        }
    store.apply("consent_form.sign", args, staff_id=witness_id)
    with store.read_engine.connect() as conn:
        return dict(conn.execute(select(consent_form).where(consent_form.c.id == form_id)).mappings().one())


def add_session_record(store: LocalStore, appointment_id: uuid.UUID, artist_id: uuid.UUID, **values: Any) -> uuid.UUID:
    """The artist's record of the session ``appointment_id`` (an ink, a needle lot, a cycle)."""
    record_id = uuid7()
    args: dict[str, Any] = {
        "record_id": str(record_id),
        "appointment_id": str(appointment_id),
        "body_location": "Left forearm",
        "adverse_reactions": None,
        "products": [
            {
                "material_id": None,
                "kind": "ink",
                "name": "Dynamic Black",
                "manufacturer": "Dynamic Color",
                "anvisa_registration": "80123450001",
                "colour": "Black",
                "lot": "DB-2291",
                "manufactured_on": "2026-01-10",
                "expires_on": "2099-01-10",
                "opened_on": "2026-06-01",
            }
        ],
        "needle_lots": ["NDL-7781"],
        "disposable_lots": ["GLV-5512"],
        "autoclave_cycle": "AC-0456",
        "recorded_at": utcnow().isoformat(),
        "corrects_id": None,
    }
    args.update(values)
    store.apply("session_record.add", args, staff_id=artist_id)
    return record_id
