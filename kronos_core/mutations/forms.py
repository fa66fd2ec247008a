"""Consent and health forms (issue 14): publishing the studio's questionnaire, signing a form.

Both tables are append-only (kronos_core.schema.APPEND_ONLY_TABLES): a template edit is a new
``form_template`` row, a signed form is one ``consent_form`` row written complete when it is
signed, never changed (an amendment is a new form pointing at the one it amends). The rules of
answers, alerts, signatures and the content hash are kronos_core/forms.py.

``consent_form.sign`` works out by itself whether the client is a minor (their birth date
against the signing day in the studio's zone and ``studio.age_of_majority``), the health alerts
the answers raise and the SHA-256 of the form's canonical content; each alert's words join the
client's field (allergies, medical_alerts, medication) as a new line, merged against the values
the desk saw (``health_seen``) as ``client.update`` merges: a field changed elsewhere meanwhile
keeps its value and becomes a ``field_overwrite`` conflict. A line already there is not added
twice. The signed consent covers the health data (LGPD art. 11; the shipped consent text says
so), so signing also sets the client's ``health_data_consent``, merged the same way against
``health_consent_seen`` (an older desk sends none: it applies as before).
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from typing import TYPE_CHECKING, Any

from pydantic import AwareDatetime, Field, field_validator

from kronos_core.form_defaults import default_template
from kronos_core.forms import (
    HEALTH_FIELDS,
    Question,
    Template,
    add_lines,
    alerts_of,
    answer_problem,
    check_template,
    content_sha256,
    missing_answers,
    signature_is_empty,
    signature_problem,
)
from kronos_core.mutations.base import (
    ApplyContext,
    InvalidArguments,
    MutationArgs,
    NotAllowed,
    NotFound,
    mutation,
    refuse_append_only,
)
from kronos_core.mutations.clients import live_client
from kronos_core.mutations.seen import split_seen, write_merge
from kronos_core.roles import EVERYONE, MANAGEMENT, Role
from kronos_core.schema import appointment, client, consent_form, form_template, staff, studio

if TYPE_CHECKING:
    from sqlalchemy import Table

DEFAULT_ZONE = "America/Sao_Paulo"
LANGUAGES = ("pt_BR", "en")


def refuse_rewrite(ctx: ApplyContext, table: Table, row_id: uuid.UUID) -> None:
    """A row of an append-only table written again under its id (another desk's edit, a forged
    push) is refused as the change it would be (``append_only``), not as a clash of ids."""
    if ctx.get(table, row_id, include_deleted=True) is not None:
        refuse_append_only(table)


# -- the questionnaire ----------------------------------------------------------------------------
class FormTemplatePublish(MutationArgs):
    template_id: uuid.UUID
    number: int = Field(ge=1, le=1_000_000)  # the desk passes the latest it knows + 1
    language: str = Field(max_length=8)
    title: str = Field(max_length=200)
    questions: list[dict[str, Any]] = Field(max_length=500)  # Question.to_json
    consent_text: str = Field(max_length=50_000)
    image_use_text: str = Field(max_length=10_000)


def _invalid_template(problem: str, question: str = "") -> InvalidArguments:
    return InvalidArguments(
        f"the questionnaire cannot be published: {problem} {question}".strip(),
        code="form_template_invalid",
        params={"problem": problem, "question": question},
    )


def template_of(args: FormTemplatePublish) -> Template:
    """The template the arguments describe; refused (``form_template_invalid``) if it cannot be."""
    if args.language not in LANGUAGES:
        raise _invalid_template("unknown_language")
    try:
        questions = tuple(Question.from_json(q) for q in args.questions)
    except (KeyError, TypeError, ValueError) as exc:
        raise _invalid_template("not_a_question", str(exc)[:60]) from exc
    return Template(
        language=args.language,
        title=args.title,
        questions=questions,
        consent_text=args.consent_text,
        image_use_text=args.image_use_text,
        number=args.number,
        id=args.template_id,
    )


def _is_shipped(template: Template) -> bool:
    """Whether ``template`` is the questionnaire shipped with the app, word for word."""
    shipped = default_template(template.language)
    return (template.title, template.questions, template.consent_text, template.image_use_text) == (
        shipped.title,
        shipped.questions,
        shipped.consent_text,
        shipped.image_use_text,
    )


@mutation("form_template.publish", FormTemplatePublish, roles=EVERYONE)
def publish_template(ctx: ApplyContext, args: FormTemplatePublish) -> None:
    """Publish a new version of the studio's questionnaire. Owners and managers write its words;
    anyone else may only publish the questionnaire shipped with the app, unchanged (a studio's
    first form, signed at the desk by whoever witnesses it, needs a row to point at):
    ``role_not_allowed`` otherwise. Refused (``form_template_invalid``, ``params["problem"]``
    says why): no questions, a duplicate question id, a choice question without choices, an
    empty consent text (and the other problems of kronos_core.forms.check_template)."""
    refuse_rewrite(ctx, form_template, args.template_id)
    template = template_of(args)
    if ctx.actor.role not in MANAGEMENT and not _is_shipped(template):
        raise NotAllowed(
            f"the role {ctx.actor.role.value!r} may publish only the questionnaire shipped with the app",
            code="role_not_allowed",
            params={"role": ctx.actor.role.value, "mutation": "form_template.publish"},
        )
    problem = check_template(template)
    if problem is not None:
        raise _invalid_template(*problem)
    ctx.insert(
        form_template,
        {
            "id": args.template_id,
            "number": args.number,
            "language": template.language,
            "title": template.title.strip(),
            "questions": [q.to_json() for q in template.questions],
            "consent_text": template.consent_text,
            "image_use_text": template.image_use_text,
        },
    )
    ctx.audit("form_template.publish", form_template, args.template_id, detail={"number": args.number})


# -- signing ------------------------------------------------------------------------------------
class ConsentFormSign(MutationArgs):
    form_id: uuid.UUID
    client_id: uuid.UUID
    appointment_id: uuid.UUID | None = None
    template_id: uuid.UUID
    answers: dict[str, dict[str, Any]] = Field(max_length=500)
    signature: dict[str, Any]
    client_document_type: str | None = Field(default=None, max_length=16)
    client_document_number: str | None = Field(default=None, max_length=32)
    guardian_name: str | None = Field(default=None, max_length=200)
    guardian_relationship: str | None = Field(default=None, max_length=40)
    guardian_document_type: str | None = Field(default=None, max_length=16)
    guardian_document_number: str | None = Field(default=None, max_length=32)
    guardian_signature: dict[str, Any] | None = None
    image_use: bool = False
    witness_id: uuid.UUID
    signed_at: AwareDatetime
    amends_id: uuid.UUID | None = None
    # The client's allergies / medical_alerts / medication as the desk saw them.
    health_seen: dict[str, str | None] = Field(default_factory=dict)
    # The client's health_data_consent as the desk saw it (None: not sent, an older desk's form).
    health_consent_seen: bool | None = None

    @field_validator(
        "client_document_type",
        "client_document_number",
        "guardian_name",
        "guardian_relationship",
        "guardian_document_type",
        "guardian_document_number",
    )
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @field_validator("health_seen")
    @classmethod
    def _health_fields_only(cls, value: dict[str, str | None]) -> dict[str, str | None]:
        extra = set(value) - set(HEALTH_FIELDS)
        if extra:
            raise ValueError(f"not a health field: {sorted(extra)}")
        return value


def _studio_settings(ctx: ApplyContext) -> tuple[zoneinfo.ZoneInfo, int]:
    row = ctx.get(studio, ctx.actor.studio_id)
    name = row["timezone"] if row is not None else DEFAULT_ZONE
    try:
        zone = zoneinfo.ZoneInfo(name or DEFAULT_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo(DEFAULT_ZONE)
    return zone, int(row["age_of_majority"]) if row is not None else 18


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years of age on ``day`` (a 29 February birthday counts from 1 March)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def studio_date(ctx: ApplyContext, instant: dt.datetime) -> dt.date:
    """The day ``instant`` falls on in the studio's zone."""
    return instant.astimezone(_studio_settings(ctx)[0]).date()


def _refuse(code: str, message: str, **params: str) -> InvalidArguments:
    return InvalidArguments(message, code=code, params=params)


def _check_minor(args: ConsentFormSign, person: dict[str, Any]) -> dict[str, Any]:
    """A minor's form: the guardian on the record, their signature, both ID documents checked.
    Returns the guardian's fields as the form keeps them (the record's where the desk gave none)."""
    guardian = {
        "guardian_name": args.guardian_name or person.get("guardian_name"),
        "guardian_relationship": args.guardian_relationship or person.get("guardian_relationship"),
        "guardian_document_type": args.guardian_document_type,
        "guardian_document_number": args.guardian_document_number or person.get("guardian_document"),
    }
    if not (person.get("guardian_name") or "").strip():
        raise _refuse("form_guardian_missing", "a minor's form needs the guardian on the client's record")
    if signature_is_empty(args.guardian_signature):
        raise _refuse("form_guardian_signature_missing", "a minor's form needs the guardian's signature")
    documents = (
        args.client_document_type,
        args.client_document_number,
        guardian["guardian_document_type"],
        guardian["guardian_document_number"],
    )
    if not all(documents):
        raise _refuse(
            "form_documents_missing", "a minor's form needs the client's and the guardian's ID (kind and number)"
        )
    return guardian


def _check_answers(template: Template, args: ConsentFormSign) -> None:
    problem = answer_problem(template, args.answers)
    if problem is not None:
        raise _refuse("form_answer_invalid", f"answer to {problem[0]}: {problem[1]}", question=problem[0])
    missing = missing_answers(template, args.answers)
    if missing:
        raise _refuse(
            "form_answer_missing",
            f"required questions unanswered: {', '.join(q.id for q in missing)}",
            questions="; ".join(q.text for q in missing),
            ids=",".join(q.id for q in missing),
        )
    for name, signature in (("signature", args.signature), ("guardian_signature", args.guardian_signature)):
        shape = signature_problem(signature)
        if shape is not None:
            raise _refuse("form_signature_invalid", f"{name}: {shape}", which=name)
    if signature_is_empty(args.signature):
        raise _refuse("form_signature_empty", "the client's signature is empty")


def _check_links(ctx: ApplyContext, args: ConsentFormSign, client_id: uuid.UUID) -> None:
    """The booking it is for (an artist's own), the form it amends (the same client's)."""
    if args.appointment_id is not None:
        booking = ctx.require(appointment, args.appointment_id, "appointment")
        if ctx.actor.role is Role.ARTIST and booking["artist_id"] != ctx.actor.staff_id:
            raise NotAllowed("an artist signs forms only for their own bookings", code="artist_own_calendar")
        if booking["client_id"] is not None and booking["client_id"] not in (client_id, args.client_id):
            raise _refuse("form_appointment_other_client", "the booking is another client's")
    if args.amends_id is not None:
        amended = ctx.get(consent_form, args.amends_id)
        if amended is None or amended["client_id"] not in (client_id, args.client_id):
            raise _refuse("form_amends_other_client", "a form amends only a form of the same client")


@mutation("consent_form.sign", ConsentFormSign, roles=EVERYONE)
def sign_form(ctx: ApplyContext, args: ConsentFormSign) -> None:
    """Store a signed form, complete, once (see the module): refused with a clear code when a
    required answer, a signature, or for a minor the guardian, their signature or the ID
    documents are missing; nothing is half-saved."""
    refuse_rewrite(ctx, consent_form, args.form_id)
    person = live_client(ctx, args.client_id)  # not_found, client_erased
    row = ctx.get(form_template, args.template_id)
    if row is None:
        raise NotFound(f"form template {args.template_id} does not exist in this studio", code="form_template_unknown")
    template = Template.from_row(row)
    _check_links(ctx, args, person["id"])
    _check_answers(template, args)
    zone, majority = _studio_settings(ctx)
    birth = person.get("birth_date")
    minor = birth is not None and age_on(birth, args.signed_at.astimezone(zone).date()) < majority
    guardian = (
        _check_minor(args, person)
        if minor
        else {
            "guardian_name": args.guardian_name,
            "guardian_relationship": args.guardian_relationship,
            "guardian_document_type": args.guardian_document_type,
            "guardian_document_number": args.guardian_document_number,
        }
    )
    guardian_signature = args.guardian_signature if not signature_is_empty(args.guardian_signature) else None
    alerts = alerts_of(template, args.answers)
    form: dict[str, Any] = {
        "id": args.form_id,
        "client_id": person["id"],
        "appointment_id": args.appointment_id,
        "template_id": args.template_id,
        "answers": args.answers,
        "signature": args.signature,
        "client_document_type": args.client_document_type,
        "client_document_number": args.client_document_number,
        "minor": minor,
        **guardian,
        "guardian_signature": guardian_signature,
        "image_use": args.image_use,
        "witness_id": args.witness_id,
        "signed_at": args.signed_at,
        "amends_id": args.amends_id,
    }
    _require_witness(ctx, args.witness_id)
    form["alerts"] = [[field, words] for field, words in alerts]
    form["content_sha256"] = content_sha256(form, template)
    ctx.insert(consent_form, form)
    _update_client(ctx, person, alerts, args)
    ctx.audit(
        "consent_form.sign",
        consent_form,
        args.form_id,
        detail={"template": template.number, "minor": minor, "amends": args.amends_id.hex if args.amends_id else None},
    )


def _require_witness(ctx: ApplyContext, witness_id: uuid.UUID) -> None:
    ctx.require(staff, witness_id, "staff")


def _update_client(
    ctx: ApplyContext, person: dict[str, Any], alerts: list[tuple[str, str]], args: ConsentFormSign
) -> None:
    """Each alert's words as a new line of the client's field, and the health-data consent the
    signed form gives (its consent text covers the health data: LGPD art. 11), merged against
    what the desk saw: a field changed elsewhere meanwhile keeps its value, as a conflict."""
    changes: dict[str, Any] = {}
    for field in HEALTH_FIELDS:
        lines = [words for f, words in alerts if f == field]
        if not lines:
            continue
        written = add_lines(person.get(field), lines)
        if written is not person.get(field):
            changes[field] = written[:10_000] if written is not None else None
    seen: dict[str, Any] = {k: v for k, v in args.health_seen.items() if k in changes}
    if not person.get("health_data_consent"):
        changes["health_data_consent"] = True
        if args.health_consent_seen is not None:
            seen["health_data_consent"] = args.health_consent_seen
    if not changes:
        return
    write_merge(ctx, client, person["id"], split_seen(client, person, changes, seen))
