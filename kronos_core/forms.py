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
