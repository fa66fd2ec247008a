"""Consent and health forms: the shapes every layer shares (issue 14).

A studio's questionnaire is a :class:`Template` (a ``form_template`` row; each edit a new row);
a signed form (a ``consent_form`` row) holds the answers to it, keyed by question id, and the
signatures as vector strokes. Plain data and plain functions: no database, no Qt.

Shapes as stored (JSON in the rows):

- ``form_template.questions``: a list of :meth:`Question.to_json` objects.
- ``consent_form.answers``: ``{question id: {"value": ..., "details": str}}``; ``value`` is
  ``true``/``false`` for yes/no, text for text and choice, an ISO date for date, ``null`` when
  not answered.
- a signature (``consent_form.signature``, ``guardian_signature``): ``{"w": int, "h": int,
  "strokes": [[[x, y], ...], ...]}``, integer points in a ``w`` x ``h`` box (:data:`PAD_W` x
  :data:`PAD_H`), each stroke one pen-down to pen-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Final

from kronos_core.schema import FORM_QUESTION_KINDS

# The box a signature's points are stored in (the pad scales its own size to it).
PAD_W: Final = 1000
PAD_H: Final = 350

Stroke = list[list[int]]  # [[x, y], ...]
Signature = dict[str, Any]  # {"w": PAD_W, "h": PAD_H, "strokes": [Stroke, ...]}
Answers = dict[str, dict[str, Any]]  # {question id: {"value": ..., "details": str}}


@dataclass(frozen=True)
class Question:
    """One question of the questionnaire.

    ``id``: stable across the template's versions (a short slug or a UUID's hex), so answers and
    alerts keep their meaning. ``kind``: one of :data:`FORM_QUESTION_KINDS`. ``choices``: for a
    choice question. ``details``: a yes/no question asks for details when answered yes (the
    prompt for them; "" asks none). ``alert_on``: the answers that raise a health alert (for
    yes/no: ``("yes",)``; for a choice: the choices); ``alert``: the alert's words on the
    client's record ("Anticoagulants"), the question's text when empty. ``alert_field``: which of
    the client's health fields the alert joins: ``allergies``, ``medical_alerts`` or
    ``medication``.
    """

    id: str
    kind: str
    text: str
    required: bool = False
    choices: tuple[str, ...] = ()
    details: str = ""
    alert_on: tuple[str, ...] = ()
    alert: str = ""
    alert_field: str = "medical_alerts"

    def __post_init__(self) -> None:
        if self.kind not in FORM_QUESTION_KINDS:
            raise ValueError(f"unknown question kind {self.kind!r}")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "required": self.required,
            "choices": list(self.choices),
            "details": self.details,
            "alert_on": list(self.alert_on),
            "alert": self.alert,
            "alert_field": self.alert_field,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Question:
        return cls(
            id=str(data["id"]),
            kind=str(data["kind"]),
            text=str(data["text"]),
            required=bool(data.get("required", False)),
            choices=tuple(str(c) for c in data.get("choices", ())),
            details=str(data.get("details", "")),
            alert_on=tuple(str(a) for a in data.get("alert_on", ())),
            alert=str(data.get("alert", "")),
            alert_field=str(data.get("alert_field", "medical_alerts")),
        )


@dataclass(frozen=True)
class Template:
    """A version of the studio's questionnaire (a ``form_template`` row, or a default not yet
    published: ``id`` None, ``number`` 0)."""

    language: str
    title: str
    questions: tuple[Question, ...]
    consent_text: str
    image_use_text: str
    number: int = 0
    id: Any = None  # uuid.UUID of its row
    created_at: dt.datetime | None = field(default=None, compare=False)

    @classmethod
    def from_row(cls, row: Any) -> Template:
        """From a ``form_template`` row (a mapping or a Row with those columns)."""
        m = row._mapping if hasattr(row, "_mapping") else row
        return cls(
            language=m["language"],
            title=m["title"],
            questions=tuple(Question.from_json(q) for q in m["questions"]),
            consent_text=m["consent_text"],
            image_use_text=m["image_use_text"],
            number=m["number"],
            id=m["id"],
            created_at=m.get("created_at") if hasattr(m, "get") else None,
        )

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


HEALTH_FIELDS: Final = ("allergies", "medical_alerts", "medication")


def _answered(question: Question, answer: dict[str, Any] | None) -> bool:
    value = None if answer is None else answer.get("value")
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def missing_answers(template: Template, answers: Answers) -> list[Question]:
    """The required questions left unanswered, in the template's order."""
    return [q for q in template.questions if q.required and not _answered(q, answers.get(q.id))]


def raises_alert(question: Question, answer: dict[str, Any] | None) -> bool:
    """Whether ``answer`` is one that raises the question's health alert."""
    if answer is None or not question.alert_on:
        return False
    value = answer.get("value")
    if question.kind == "yes_no":
        return (value is True and "yes" in question.alert_on) or (value is False and "no" in question.alert_on)
    if question.kind == "choice":
        return isinstance(value, str) and value in question.alert_on
    return _answered(question, answer)  # text or date: any answer at all


def alerts_of(template: Template, answers: Answers) -> list[tuple[str, str]]:
    """The health alerts the answers raise, in the template's order: ``(client field, words)``;
    the words are the alert's, with the details given ("Allergy: latex")."""
    found: list[tuple[str, str]] = []
    for q in template.questions:
        answer = answers.get(q.id)
        if not raises_alert(q, answer):
            continue
        words = q.alert or q.text
        details = str((answer or {}).get("details") or "").strip()
        value = (answer or {}).get("value")
        if q.kind in ("choice", "text") and isinstance(value, str) and value.strip() and value != words:
            details = f"{value.strip()}; {details}" if details else value.strip()
        field_name = q.alert_field if q.alert_field in HEALTH_FIELDS else "medical_alerts"
        found.append((field_name, f"{words}: {details}" if details else words))
    return found


def signature_is_empty(signature: Signature | None) -> bool:
    """No stroke with a point: nothing was drawn."""
    if not signature:
        return True
    return not any(len(stroke) >= 1 for stroke in signature.get("strokes", ()))


def canonical_content(form: dict[str, Any], template: Template) -> bytes:
    """The bytes a signed form's SHA-256 is taken of: what was signed, in one order every desk
    and the server write alike (JSON, keys sorted, no spaces, UTF-8). ``form``: the
    ``consent_form`` columns (ids as UUIDs or hex; ``signed_at`` an aware instant)."""
    import json
    import uuid as _uuid

    def norm(value: Any) -> Any:
        if isinstance(value, _uuid.UUID):
            return value.hex
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {str(k): norm(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [norm(v) for v in value]
        return value

    keys = [
        "id",
        "client_id",
        "appointment_id",
        "template_id",
        "answers",
        "signature",
        "client_document_type",
        "client_document_number",
        "minor",
        "guardian_name",
        "guardian_relationship",
        "guardian_document_type",
        "guardian_document_number",
        "guardian_signature",
        "image_use",
        "witness_id",
        "signed_at",
        "amends_id",
    ]
    content = {k: norm(form.get(k)) for k in keys}
    for k in ("id", "client_id", "appointment_id", "template_id", "witness_id", "amends_id"):
        if isinstance(content[k], str):
            content[k] = _uuid.UUID(content[k]).hex
    content["template"] = {
        "number": template.number,
        "language": template.language,
        "title": template.title,
        "questions": [q.to_json() for q in template.questions],
        "consent_text": template.consent_text,
        "image_use_text": template.image_use_text,
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def content_sha256(form: dict[str, Any], template: Template) -> str:
    """The SHA-256 (64 lower-case hex digits) of :func:`canonical_content`."""
    import hashlib

    return hashlib.sha256(canonical_content(form, template)).hexdigest()


# Why a template cannot be published (kronos_core.mutations.forms, code ``form_template_invalid``,
# ``params["problem"]``): one of these, with ``params["question"]`` the question's id when it is
# about one.
TEMPLATE_PROBLEMS: Final = (
    "no_questions",
    "duplicate_question_id",
    "empty_question_id",
    "empty_question_text",
    "choice_without_choices",
    "alert_not_an_answer",
    "empty_consent_text",
    "empty_title",
)


def check_template(template: Template) -> tuple[str, str] | None:
    """The first reason ``template`` cannot be published, as ``(problem, question id or "")``
    (:data:`TEMPLATE_PROBLEMS`), or None when it can."""
    if not template.title.strip():
        return ("empty_title", "")
    if not template.questions:
        return ("no_questions", "")
    seen: set[str] = set()
    for q in template.questions:
        if not q.id.strip():
            return ("empty_question_id", "")
        if q.id in seen:
            return ("duplicate_question_id", q.id)
        seen.add(q.id)
        if not q.text.strip():
            return ("empty_question_text", q.id)
        if q.kind == "choice" and not [c for c in q.choices if c.strip()]:
            return ("choice_without_choices", q.id)
        allowed: tuple[str, ...] = ("yes", "no") if q.kind == "yes_no" else q.choices
        if q.kind in ("yes_no", "choice") and any(a not in allowed for a in q.alert_on):
            return ("alert_not_an_answer", q.id)
    if not template.consent_text.strip():
        return ("empty_consent_text", "")
    return None


def answer_problem(template: Template, answers: dict[str, Any]) -> tuple[str, str] | None:
    """The first answer that does not fit its question, as ``(question id, why)``: an answer to
    no question of the template, a yes/no that is not true/false, a choice not among the
    choices, a date that is not an ISO date, a text or details that are not text. None: all fit."""
    for question_id, answer in answers.items():
        q = template.question(question_id)
        if q is None:
            return (question_id, "unknown_question")
        if not isinstance(answer, dict):
            return (question_id, "not_an_answer")
        value = answer.get("value")
        details = answer.get("details", "")
        if details is not None and not isinstance(details, str):
            return (question_id, "details_not_text")
        if value is None:
            continue
        if q.kind == "yes_no" and not isinstance(value, bool):
            return (question_id, "not_yes_or_no")
        if q.kind == "choice" and value not in q.choices:
            return (question_id, "not_a_choice")
        if q.kind == "text" and not isinstance(value, str):
            return (question_id, "not_text")
        if q.kind == "date":
            try:
                dt.date.fromisoformat(str(value))
            except ValueError:
                return (question_id, "not_a_date")
            if not isinstance(value, str):
                return (question_id, "not_a_date")
    return None


def signature_problem(signature: Any) -> str | None:
    """Why ``signature`` is not a stored signature's shape (``{"w", "h", "strokes"}`` with integer
    points inside the box), or None. An empty one has the shape: see :func:`signature_is_empty`."""
    if signature is None:
        return None
    if not isinstance(signature, dict) or set(signature) - {"w", "h", "strokes"}:
        return "not_a_signature"
    w, h, strokes = signature.get("w"), signature.get("h"), signature.get("strokes")
    if not isinstance(w, int) or not isinstance(h, int) or w <= 0 or h <= 0 or not isinstance(strokes, list):
        return "not_a_signature"
    for stroke in strokes:
        if not isinstance(stroke, list):
            return "not_a_signature"
        for point in stroke:
            if (
                not isinstance(point, list)
                or len(point) != 2
                or not all(isinstance(c, int) and not isinstance(c, bool) for c in point)
            ):
                return "not_a_signature"
            if not (0 <= point[0] <= w and 0 <= point[1] <= h):
                return "point_outside"
    return None


def add_lines(text: str | None, lines: list[str]) -> str | None:
    """``text`` with each of ``lines`` added on a line of its own, unless a line of ``text``
    already says it (compared stripped, case-insensitively); ``text`` itself (the same object)
    when nothing is added."""
    present = {line.strip().casefold() for line in (text or "").splitlines() if line.strip()}
    added: list[str] = []
    for line in lines:
        key = line.strip().casefold()
        if key and key not in present:
            present.add(key)
            added.append(line.strip())
    if not added:
        return text
    kept = (text or "").rstrip("\n")
    return "\n".join([kept, *added]) if kept.strip() else "\n".join(added)
