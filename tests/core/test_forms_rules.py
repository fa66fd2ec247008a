"""The rules of kronos_core.forms, kronos_core.form_defaults and kronos_core.traceability, with
generated answers: which answers raise an alert, which required ones are missing, and a content
hash that every desk and the server compute alike."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.form_defaults import default_template
from kronos_core.forms import (
    HEALTH_FIELDS,
    Question,
    Template,
    add_lines,
    alerts_of,
    canonical_content,
    check_template,
    content_sha256,
    missing_answers,
    signature_is_empty,
    signature_problem,
)
from kronos_core.traceability import expired_products, is_unregistered_ink

PT, EN = default_template("pt_BR"), default_template("en")


def answer_for(question: Question) -> st.SearchStrategy[dict[str, Any]]:
    details = st.sampled_from(("", "látex", "Varfarina 5 mg", "  "))
    value: st.SearchStrategy[Any]
    if question.kind == "yes_no":
        value = st.sampled_from((True, False, None))
    elif question.kind == "choice":
        value = st.sampled_from((*question.choices, None))
    elif question.kind == "date":
        value = st.sampled_from(("2026-03-10", None))
    else:
        value = st.sampled_from(("", "asma", None))
    return st.fixed_dictionaries({"value": value, "details": details})


def answers_to(template: Template) -> st.SearchStrategy[dict[str, dict[str, Any]]]:
    """Some of the template's questions answered (any subset, any answer)."""
    return st.fixed_dictionaries({}, optional={q.id: answer_for(q) for q in template.questions})


def test_the_shipped_questionnaire_is_publishable_in_both_languages_with_the_same_ids() -> None:
    assert check_template(PT) is None
    assert check_template(EN) is None
    assert [(q.id, q.kind, q.required, q.alert_field) for q in PT.questions] == [
        (q.id, q.kind, q.required, q.alert_field) for q in EN.questions
    ]
    ids = {q.id for q in PT.questions}
    assert {"allergy_latex", "anticoagulants", "pregnancy", "diabetes", "hepatitis_hiv", "epilepsy"} <= ids
    assert {q.kind for q in PT.questions} == {"yes_no", "text", "choice", "date"}
    assert "Declaro" in PT.consent_text
    assert "I declare" in EN.consent_text
    assert PT.image_use_text
    assert EN.image_use_text
    assert default_template("fr") == PT, "an unknown language gets the studio's"


@given(answers_to(PT))
def test_missing_answers_are_the_required_ones_left_blank(said: dict[str, dict[str, Any]]) -> None:
    missing = {q.id for q in missing_answers(PT, said)}
    for q in PT.questions:
        value = said.get(q.id, {}).get("value")
        blank = value is None or (isinstance(value, str) and not value.strip())
        assert (q.id in missing) == (q.required and blank)


@given(answers_to(PT))
def test_an_alert_is_raised_exactly_by_a_yes_and_joins_its_field(said: dict[str, dict[str, Any]]) -> None:
    alerts = alerts_of(PT, said)
    assert all(field in HEALTH_FIELDS for field, _ in alerts)
    yes = [q for q in PT.questions if q.kind == "yes_no" and said.get(q.id, {}).get("value") is True]
    raised = [words for _, words in alerts]
    for q in yes:
        assert any(words.startswith(q.alert) for words in raised), q.id
    no = [q for q in PT.questions if q.kind == "yes_no" and said.get(q.id, {}).get("value") is not True]
    for q in no:
        assert not any(words.split(":")[0] == q.alert for words in raised), q.id


@given(answers_to(EN), st.booleans())
def test_the_content_hash_is_stable_and_changes_with_what_was_signed(said: dict[str, Any], minor: bool) -> None:
    template = Template(**{**EN.__dict__, "id": uuid.UUID(int=7), "number": 3})
    form: dict[str, Any] = {
        "id": uuid.UUID(int=1), "client_id": uuid.UUID(int=2), "appointment_id": None,
        "template_id": template.id, "answers": said, "signature": {"w": 1000, "h": 350, "strokes": [[[1, 2]]]},
        "minor": minor, "image_use": False, "witness_id": uuid.UUID(int=3),
        "signed_at": dt.datetime(2026, 3, 10, 14, 0, tzinfo=dt.UTC), "amends_id": None,
    }  # fmt: skip
    digest = content_sha256(form, template)
    # The same content as another desk holds it (ids as hex, the instant in another zone, keys
    # in another order, columns that are not signed content) hashes alike.
    elsewhere = {k: (v.hex if isinstance(v, uuid.UUID) else v) for k, v in reversed(list(form.items()))}
    elsewhere["signed_at"] = form["signed_at"].astimezone(dt.timezone(dt.timedelta(hours=-3)))
    elsewhere["content_sha256"] = "whatever"
    elsewhere["answers"] = json.loads(json.dumps(said))
    assert content_sha256(elsewhere, template) == digest
    json.loads(canonical_content(form, template))  # plain JSON
    # What was signed changing changes it.
    assert content_sha256({**form, "minor": not minor}, template) != digest
    assert content_sha256({**form, "image_use": True}, template) != digest
    changed = Template(**{**template.__dict__, "consent_text": template.consent_text + "."})
    assert content_sha256(form, changed) != digest


@given(st.lists(st.sampled_from(("Alergia a látex", "alergia a LÁTEX ", "Diabetes", "")), max_size=5))
def test_lines_are_added_once(lines: list[str]) -> None:
    once = add_lines("Dipirona", lines)
    assert add_lines(once, lines) == once
    kept = (once or "").splitlines()
    assert kept[0] == "Dipirona"
    assert len({line.casefold().strip() for line in kept}) == len(kept)


@pytest.mark.parametrize(
    ("signature", "empty", "problem"),
    [
        (None, True, None),
        ({"w": 1000, "h": 350, "strokes": []}, True, None),
        ({"w": 1000, "h": 350, "strokes": [[[0, 0], [1000, 350]]]}, False, None),
        ({"w": 1000, "h": 350, "strokes": [[[1001, 0]]]}, False, "point_outside"),
        ({"w": 1000, "h": 350, "strokes": [[[1.5, 0]]]}, False, "not_a_signature"),
        ({"w": 1000, "h": 350, "strokes": [[[1, 2]]], "png": "..."}, False, "not_a_signature"),
    ],
)
def test_a_signature_is_strokes_in_the_box(signature: Any, empty: bool, problem: str | None) -> None:
    assert signature_is_empty(signature) is empty
    assert signature_problem(signature) == problem


def test_expired_lots_are_those_past_before_the_sessions_day_and_inks_need_a_registration() -> None:
    day = dt.date(2026, 3, 10)
    products: list[dict[str, Any]] = [
        {"name": "a", "expires_on": "2026-03-10"},
        {"name": "b", "expires_on": dt.date(2026, 3, 9)},
        {"name": "c", "expires_on": None},
    ]
    assert [p["name"] for p in expired_products(products, day)] == ["b"]
    assert is_unregistered_ink({"kind": "ink", "anvisa_registration": " "})
    assert not is_unregistered_ink({"kind": "needle", "anvisa_registration": None})
