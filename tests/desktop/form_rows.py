"""Signed forms and session records written straight into a desk's file, for the tests of the
documents printed from them (issue 14: the form's PDF, the inspector's file, the Forms tab, the
export) until the mutations that write them (``consent_form.sign``, ``session_record.add``) are
in: TEST SET-UP ONLY. The rows are complete as the mutations would write them (the alerts and the
content's SHA-256 worked out by kronos_core.forms). A desk file from before the issue's migration
gets the four tables created here."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from kronos_core.forms import PAD_H, PAD_W, Question, Template, alerts_of, content_sha256
from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.schema import client, consent_form, form_template, material, session_record, studio

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


def ensure_tables(engine: Engine) -> None:
    """The issue's tables in a desk file from before their migration (no-op once it is in)."""
    with engine.begin() as conn:
        for table in (form_template, consent_form, material, session_record):
            table.create(conn, checkfirst=True)


def _sync(conn: Connection, studio_id: uuid.UUID, row_id: uuid.UUID, by: uuid.UUID | None) -> dict[str, Any]:
    now = utcnow()
    return {
        "id": row_id,
        "studio_id": studio_id,
        "version": 1,
        "deleted": False,
        "created_at": now,
        "changed_at": now,
        "changed_by": by,
        "origin_device": None,
        "created_by": by,
    }


def add_template(engine: Engine, by: uuid.UUID | None = None, number: int = 1) -> Template:
    ensure_tables(engine)
    template_id = uuid7()
    with engine.begin() as conn:
        studio_id = conn.execute(select(studio.c.id)).scalar_one()
        values = {
            **_sync(conn, studio_id, template_id, by),
            "number": number,
            "language": "en",
            "title": "Consent and health questionnaire",
            "questions": [q.to_json() for q in QUESTIONS],
            "consent_text": CONSENT,
            "image_use_text": IMAGE_USE,
        }
        conn.execute(insert(form_template).values(values))
    return Template.from_row(values)


def sign(
    engine: Engine,
    template: Template,
    client_id: uuid.UUID,
    witness_id: uuid.UUID,
    *,
    answers: dict[str, Any] | None = None,
    minor: bool = False,
    guardian: bool = False,
    signed_at: dt.datetime | None = None,
    amends_id: uuid.UUID | None = None,
    appointment_id: uuid.UUID | None = None,
    image_use: bool = True,
) -> dict[str, Any]:
    """A signed form of ``client_id`` on ``template``; its row's columns."""
    answers = (
        answers
        if answers is not None
        else {
            "allergy": {"value": True, "details": "latex gloves"},
            "anticoagulants": {"value": False, "details": ""},
            "diabetes": {"value": False, "details": ""},
            "skin": {"value": "Oily", "details": ""},
            "last_meal": {"value": "2026-05-17", "details": ""},
            "notes": {"value": "Faints at the sight of needles", "details": ""},
        }
    )
    form_id = uuid7()
    with engine.begin() as conn:
        studio_id = conn.execute(select(client.c.studio_id).where(client.c.id == client_id)).scalar_one()
        form: dict[str, Any] = {
            "id": form_id,
            "client_id": client_id,
            "appointment_id": appointment_id,
            "template_id": template.id,
            "answers": answers,
            "signature": signature(),
            "client_document_type": "rg",
            "client_document_number": "12.345.678-9",
            "minor": minor,
            "guardian_name": "Marta Guardiã" if guardian else None,
            "guardian_relationship": "mother" if guardian else None,
            "guardian_document_type": "cpf" if guardian else None,
            "guardian_document_number": "52998224725" if guardian else None,
            "guardian_signature": signature(seed=40, strokes=2) if guardian else None,
            "image_use": image_use,
            "witness_id": witness_id,
            "signed_at": signed_at or utcnow().replace(microsecond=0),
            "amends_id": amends_id,
        }
        form["alerts"] = [list(a) for a in alerts_of(template, answers)]
        form["content_sha256"] = content_sha256(form, template)
        conn.execute(insert(consent_form).values({**_sync(conn, studio_id, form_id, witness_id), **form}))
    return form


def add_session_record(
    engine: Engine, appointment_id: uuid.UUID, client_id: uuid.UUID, artist_id: uuid.UUID, **values: Any
) -> uuid.UUID:
    ensure_tables(engine)
    record_id = uuid7()
    with engine.begin() as conn:
        studio_id = conn.execute(select(client.c.studio_id).where(client.c.id == client_id)).scalar_one()
        row = {
            "appointment_id": appointment_id,
            "client_id": client_id,
            "artist_id": artist_id,
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
                    "expires_on": "2028-01-10",
                    "opened_on": "2026-06-01",
                }
            ],
            "needle_lots": ["NDL-7781"],
            "disposable_lots": ["GLV-5512"],
            "autoclave_cycle": "AC-0456",
            "recorded_at": utcnow(),
            "corrects_id": None,
        }
        row.update(values)
        conn.execute(insert(session_record).values({**_sync(conn, studio_id, record_id, artist_id), **row}))
    return record_id
