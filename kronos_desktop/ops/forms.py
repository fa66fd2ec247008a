"""Ops of issue 14: publish the questionnaire, sign a form, keep the inks and materials list,
record what a session used.

Each returns a :class:`MutationOp` the view hands to ``ctx.runner`` (the writer thread); a
refusal comes back as a :class:`~kronos_core.mutations.MutationError` with a stable ``code``
(kronos_desktop/ui/common/refusals.py words it), and nothing is written. The rules themselves
are the mutations' (kronos_core/mutations/forms.py, materials.py): these only gather what the
desk knows (the next version number, the health fields as the desk saw them) and encode dates.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from kronos_core.forms import HEALTH_FIELDS, Answers, Question, Signature, Template, missing_answers, signature_is_empty
from kronos_core.ids import uuid7
from kronos_core.instants import require_aware
from kronos_core.mutations import InvalidArguments
from kronos_core.schema import client, material
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore
from kronos_desktop.store.queries.forms import latest_template_number

MATERIAL_FIELDS = (
    "kind", "name", "manufacturer", "anvisa_registration", "colour", "lot", "manufactured_on",
    "expires_on", "opened_on",
)  # fmt: skip
_DATE_FIELDS = frozenset({"manufactured_on", "expires_on", "opened_on"})


def _day(value: Any) -> Any:
    """A date as ISO text (what the server receives too); text and None as they are."""
    return value.isoformat() if isinstance(value, dt.date) else value


def _hex(value: uuid.UUID | str | None) -> str | None:
    return None if value is None else str(value)


# -- the questionnaire ---------------------------------------------------------------------
def publish_template(
    template_id: uuid.UUID,
    *,
    language: str,
    title: str,
    questions: Sequence[Question | Mapping[str, Any]],
    consent_text: str,
    image_use_text: str,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Publish a new version of the studio's questionnaire (owners and managers). Its number is
    the newest this desk knows plus one, read in the write itself."""
    body = [q.to_json() if isinstance(q, Question) else dict(q) for q in questions]

    def write(store: LocalStore) -> Applied:
        studio_id = store.ensure_identity().studio_id
        with store.read_engine.connect() as conn:
            number = latest_template_number(conn, studio_id) + 1
        args = {
            "template_id": str(template_id),
            "number": number,
            "language": language,
            "title": title.strip(),
            "questions": body,
            "consent_text": consent_text.strip(),
            "image_use_text": image_use_text.strip(),
        }
        return store.apply("form_template.publish", args, staff_id=staff_id)

    return MutationOp("form_template.publish", parent=parent, staff_id=staff_id, write=write)


# -- signing -------------------------------------------------------------------------------
def sign_form(
    form_id: uuid.UUID,
    *,
    client_id: uuid.UUID,
    template_id: uuid.UUID | None = None,
    template: Template | None = None,
    answers: Answers,
    signature: Signature,
    witness_id: uuid.UUID,
    signed_at: dt.datetime,
    appointment_id: uuid.UUID | None = None,
    client_document_type: str | None = None,
    client_document_number: str | None = None,
    guardian_name: str | None = None,
    guardian_relationship: str | None = None,
    guardian_document_type: str | None = None,
    guardian_document_number: str | None = None,
    guardian_signature: Signature | None = None,
    image_use: bool = False,
    amends_id: uuid.UUID | None = None,
    health_seen: Mapping[str, str | None] | None = None,
    health_consent_seen: bool | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Sign a form (the witness: the staff member whose PIN unlocked client mode, who the
    mutation is attributed to). The questionnaire: ``template_id``, or the ``template`` the
    form showed; one not published yet (the app's default, ``id`` None) is published first as
    the studio's next version, once the answers and the signature pass the checks a desk can
    make (a refusal of the form itself then leaves that version, the same questions,
    published). ``health_seen``: the client's allergies, medical alerts and medication as the
    form showed them; None: as they are on this desk when the write runs; ``health_consent_seen``
    likewise the client's health-data consent (the signed consent covers it: the mutation sets
    it). The mutation works out ``minor``, the alerts and the hash, and adds the alerts' lines
    to the client's record.
    A refusal (a required answer missing, an empty signature, a minor without a guardian or
    documents) writes no form."""
    require_aware(signed_at)
    if template_id is None and template is None:
        raise ValueError("a form is signed against a template (its id, or the template shown)")

    def text(value: str | None) -> str | None:
        return (value or "").strip() or None

    def write(store: LocalStore) -> Applied:
        published: Applied | None = None
        signed_with = template_id if template_id is not None else (template.id if template is not None else None)
        if signed_with is None and template is not None:
            _precheck(template, answers, signature)
            signed_with = uuid7()
            published = publish_template(
                signed_with,
                language=template.language,
                title=template.title,
                questions=template.questions,
                consent_text=template.consent_text,
                image_use_text=template.image_use_text,
                staff_id=witness_id,
            ).write(store)
        seen = dict(health_seen) if health_seen is not None else None
        consent_seen = health_consent_seen
        if seen is None or consent_seen is None:
            with store.read_engine.connect() as conn:
                row = conn.execute(
                    select(*(client.c[f] for f in (*HEALTH_FIELDS, "health_data_consent"))).where(
                        client.c.id == client_id
                    )
                ).first()
            if seen is None:
                seen = {f: (getattr(row, f) if row is not None else None) for f in HEALTH_FIELDS}
            if consent_seen is None and row is not None:
                consent_seen = bool(row.health_data_consent)
        args = {
            "form_id": str(form_id),
            "client_id": str(client_id),
            "appointment_id": _hex(appointment_id),
            "template_id": str(signed_with),
            "answers": answers,
            "signature": signature,
            "client_document_type": text(client_document_type),
            "client_document_number": text(client_document_number),
            "guardian_name": text(guardian_name),
            "guardian_relationship": text(guardian_relationship),
            "guardian_document_type": text(guardian_document_type),
            "guardian_document_number": text(guardian_document_number),
            "guardian_signature": guardian_signature,
            "image_use": image_use,
            "witness_id": str(witness_id),
            "signed_at": signed_at,
            "amends_id": _hex(amends_id),
            "health_seen": seen,
            "health_consent_seen": consent_seen,
        }
        applied = store.apply("consent_form.sign", args, staff_id=witness_id)
        if published is not None:
            for table, ids in published.changed.items():
                applied.changed.setdefault(table, set()).update(ids)
        return applied

    return MutationOp("consent_form.sign", parent=parent, staff_id=witness_id, write=write)


def _precheck(template: Template, answers: Answers, signature: Signature) -> None:
    """The form's own checks a desk can make before publishing the template it shows (the
    mutation makes them again, with the rest)."""
    missing = missing_answers(template, answers)
    if missing:
        raise InvalidArguments(
            f"required questions unanswered: {', '.join(q.id for q in missing)}",
            code="form_answer_missing",
            params={"questions": "; ".join(q.text for q in missing), "ids": ",".join(q.id for q in missing)},
        )
    if signature_is_empty(signature):
        raise InvalidArguments("the client's signature is empty", code="form_signature_empty")


# -- inks and materials --------------------------------------------------------------------
def add_material(args: Mapping[str, Any], *, parent: QWidget | None = None) -> MutationOp:
    """Put an ink or material on the studio's list (owners and managers). ``args``:
    ``material_id`` and the fields of :data:`MATERIAL_FIELDS` (dates as dates or ISO text;
    a field left out is None)."""
    raw = {"material_id": str(args["material_id"])}
    raw |= {name: _day(args.get(name)) for name in MATERIAL_FIELDS}
    return MutationOp("material.add", raw, parent=parent)


def update_material(
    material_id: uuid.UUID,
    changes: Mapping[str, Any],
    seen: Mapping[str, Any],
    *,
    parent: QWidget | None = None,
) -> MutationOp:
    """Change some fields of a material (``active`` False takes it off the list offered for
    sessions; records already made keep their copy). ``seen``: the values the desk showed
    for the changed fields (JSON, as kronos_core.rows.encode_value), so an edit made elsewhere
    meanwhile becomes a conflict rather than being overwritten."""
    allowed = set(MATERIAL_FIELDS) | {"active"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"not a material's field: {sorted(unknown)}")
    encoded = {name: _day(value) for name, value in changes.items()}
    args = {
        "material_id": str(material_id),
        "changes": encoded,
        "seen": {name: _day(value) for name, value in seen.items() if name in changes},
    }
    return MutationOp("material.update", args, parent=parent)


def material_changes(row: Any, values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(changes, seen)`` for :func:`update_material` from a material as read (a
    ``MaterialRow``) and the values a form holds: only the fields that differ."""
    changes = {k: v for k, v in values.items() if k in material.c and v != getattr(row, k)}
    seen = {k: _day(getattr(row, k)) for k in changes}
    return changes, seen


# -- traceability --------------------------------------------------------------------------
def add_session_record(
    record_id: uuid.UUID,
    *,
    appointment_id: uuid.UUID,
    body_location: str,
    products: Sequence[Mapping[str, Any]] = (),
    adverse_reactions: str | None = None,
    needle_lots: Sequence[str] = (),
    disposable_lots: Sequence[str] = (),
    autoclave_cycle: str | None = None,
    recorded_at: dt.datetime,
    corrects_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Record what a session used and saw (append-only; a correction is a new record with
    ``corrects_id``). ``products``: each as ``MaterialRow.product()`` or typed (``material_id``
    None). An expired lot (against the session's date) or an ink without an ANVISA number is
    refused by the mutation, nothing written."""
    require_aware(recorded_at)
    items = []
    for product in products:
        item = {
            k: _day(product.get(k)) for k in ("kind", "name", "manufacturer", "anvisa_registration", "colour", "lot")
        }
        item |= {k: _day(product.get(k)) for k in _DATE_FIELDS}
        found = product.get("material_id")
        item["material_id"] = uuid.UUID(str(found)).hex if found else None
        item["kind"] = item["kind"] or "ink"
        items.append(item)
    args = {
        "record_id": str(record_id),
        "appointment_id": str(appointment_id),
        "body_location": body_location.strip(),
        "adverse_reactions": (adverse_reactions or "").strip() or None,
        "products": items,
        "needle_lots": [lot.strip() for lot in needle_lots if lot.strip()],
        "disposable_lots": [lot.strip() for lot in disposable_lots if lot.strip()],
        "autoclave_cycle": (autoclave_cycle or "").strip() or None,
        "recorded_at": recorded_at,
        "corrects_id": _hex(corrects_id),
    }
    return MutationOp("session_record.add", args, parent=parent, staff_id=staff_id)
