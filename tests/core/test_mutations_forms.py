"""Consent and health forms (kronos_core/mutations/forms.py) on SQLite and PostgreSQL: the
studio's questionnaire published as versions, a form signed complete or refused with nothing
written, a minor's guardian, the health alerts joining the client's record, a signed form that
nothing changes, and an erase that keeps the forms."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import Engine

from kronos_core.form_defaults import default_template
from kronos_core.forms import Template, content_sha256
from kronos_core.ids import uuid7
from kronos_core.mutations import ApplyContext, InvalidArguments, MutationError, NotAllowed, StaleTarget
from kronos_core.roles import Role
from kronos_core.schema import client, consent_form, form_template, sync_conflict
from tests.core.harness import UTC, Desk, at

SIGNATURE = {"w": 1000, "h": 350, "strokes": [[[100, 200], [180, 150], [260, 220]], [[300, 100], [320, 140]]]}
SIGNED_AT = dt.datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def publish(desk: Desk, language: str = "pt_BR", number: int = 1, **over: Any) -> uuid.UUID:
    """Publish the shipped questionnaire (or a changed one) as the studio's version ``number``."""
    template = default_template(language)
    template_id = uuid7()
    args: dict[str, Any] = {
        "template_id": str(template_id),
        "number": number,
        "language": template.language,
        "title": template.title,
        "questions": [q.to_json() for q in template.questions],
        "consent_text": template.consent_text,
        "image_use_text": template.image_use_text,
    }
    args.update(over)
    desk.run("form_template.publish", args)
    return template_id


def answers(**yes: str) -> dict[str, dict[str, Any]]:
    """Every required question answered: "no" to each yes/no but those in ``yes`` (their details)."""
    out: dict[str, dict[str, Any]] = {}
    for q in default_template("pt_BR").questions:
        if q.kind == "yes_no":
            out[q.id] = {"value": q.id in yes, "details": yes.get(q.id, "")}
        elif q.kind == "choice":
            out[q.id] = {"value": q.choices[0], "details": ""}
    return out


def sign_args(client_id: uuid.UUID, template_id: uuid.UUID, witness: uuid.UUID, **over: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "form_id": str(uuid7()),
        "client_id": str(client_id),
        "template_id": str(template_id),
        "answers": answers(),
        "signature": SIGNATURE,
        "witness_id": str(witness),
        "signed_at": SIGNED_AT.isoformat(),
    }
    args.update(over)
    return args


def refused(desk: Desk, name: str, args: dict[str, Any], **run: Any) -> MutationError:
    with pytest.raises(MutationError) as caught:
        desk.run(name, args, **run)
    return caught.value


@pytest.fixture
def template_id(desk: Desk) -> uuid.UUID:
    return publish(desk)


def test_a_published_version_keeps_its_words_and_the_next_one_is_a_new_row(desk: Desk) -> None:
    first = publish(desk)
    second = publish(desk, number=2, consent_text="Outro texto do termo.")
    rows = desk.rows(form_template)
    assert [(r["id"], r["number"]) for r in rows] == [(first, 1), (second, 2)]
    assert Template.from_row(rows[0]) == default_template("pt_BR").__class__(
        **{**default_template("pt_BR").__dict__, "number": 1, "id": first}
    )
    assert rows[1]["consent_text"] == "Outro texto do termo."


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"questions": []}, "no_questions"),
        ({"consent_text": "  "}, "empty_consent_text"),
        ({"questions": [{"id": "a", "kind": "yes_no", "text": "A?"}, {"id": "a", "kind": "text", "text": "B"}]},
         "duplicate_question_id"),
        ({"questions": [{"id": "c", "kind": "choice", "text": "Qual?", "choices": []}]}, "choice_without_choices"),
    ],
)  # fmt: skip
def test_a_questionnaire_that_makes_no_sense_is_refused(desk: Desk, change: dict[str, Any], problem: str) -> None:
    error = refused(desk, "form_template.publish", _publish_args(**change))
    assert (error.code, error.params["problem"]) == ("form_template_invalid", problem)
    assert desk.rows(form_template) == []


def _publish_args(**over: Any) -> dict[str, Any]:
    args = {"template_id": str(uuid7()), "number": 1, "language": "en", "title": "Form",
            "questions": [{"id": "q", "kind": "text", "text": "Q"}], "consent_text": "I agree.",
            "image_use_text": "Photos."}  # fmt: skip
    return {**args, **over}


def test_a_receptionist_may_not_write_the_questions_but_may_sign(desk: Desk, template_id: uuid.UUID) -> None:
    receptionist = desk.add_staff("receptionist", "Lia")
    error = refused(desk, "form_template.publish", _publish_args(), **desk.as_staff(receptionist))
    assert error.code == "role_not_allowed"
    shipped = default_template("en")
    changed = _publish_args(
        language="en",
        title=shipped.title,
        questions=[q.to_json() for q in shipped.questions],
        consent_text=shipped.consent_text + " And more.",
        image_use_text=shipped.image_use_text,
    )
    assert refused(desk, "form_template.publish", changed, **desk.as_staff(receptionist)).code == "role_not_allowed"
    # The shipped questionnaire, unchanged, is what the studio's first form points at: anyone publishes it.
    desk.run("form_template.publish", {**changed, "consent_text": shipped.consent_text}, **desk.as_staff(receptionist))
    assert len(desk.rows(form_template)) == 2
    ana = desk.add_client("Ana Souza")
    desk.run("consent_form.sign", sign_args(ana, template_id, receptionist), **desk.as_staff(receptionist))
    assert len(desk.rows(consent_form, client_id=ana)) == 1


def test_a_signed_form_holds_what_was_signed_and_its_hash(desk: Desk, template_id: uuid.UUID) -> None:
    ana = desk.add_client("Ana Souza", birth_date="1990-05-01")
    args = sign_args(ana, template_id, desk.owner_id, image_use=True, client_document_type="cpf",
                     client_document_number="12345678909")  # fmt: skip
    desk.run("consent_form.sign", args)
    form = desk.one(consent_form, uuid.UUID(args["form_id"]))
    assert form["answers"] == args["answers"]
    assert form["signature"] == SIGNATURE
    assert (form["minor"], form["image_use"], form["witness_id"]) == (False, True, desk.owner_id)
    assert form["signed_at"] == SIGNED_AT
    template = Template.from_row(desk.one(form_template, template_id))
    assert form["content_sha256"] == content_sha256(form, template)
    assert len(form["content_sha256"]) == 64


def test_health_alerts_join_the_clients_record_once(desk: Desk, template_id: uuid.UUID) -> None:
    ana = desk.add_client("Ana Souza", allergies="Dipirona")
    said = answers(allergy_latex="", anticoagulants="Varfarina 5 mg", pregnancy="")
    desk.run("consent_form.sign", sign_args(ana, template_id, desk.owner_id, answers=said,
                                            health_seen={"allergies": "Dipirona"}))  # fmt: skip
    row = desk.one(client, ana)
    assert row["allergies"] == "Dipirona\nAlergia a látex"
    assert row["medication"] == "Anticoagulante: Varfarina 5 mg"
    assert row["medical_alerts"] == "Gravidez ou amamentação"
    (form,) = desk.rows(consent_form, client_id=ana)
    assert ["allergies", "Alergia a látex"] in form["alerts"]
    # The same answers signed again add no line twice.
    desk.run("consent_form.sign", sign_args(ana, template_id, desk.owner_id, answers=said))
    assert desk.one(client, ana)["allergies"] == "Dipirona\nAlergia a látex"


def test_an_alert_over_a_field_changed_elsewhere_is_a_conflict(desk: Desk, template_id: uuid.UUID) -> None:
    ana = desk.add_client("Ana Souza", allergies="Dipirona")
    desk.run("client.update", {"client_id": str(ana), "changes": {"allergies": "Dipirona, iodo"}})
    args = sign_args(ana, template_id, desk.owner_id, answers=answers(allergy_latex=""),
                     health_seen={"allergies": "Dipirona"})  # fmt: skip
    desk.run("consent_form.sign", args)
    assert desk.one(client, ana)["allergies"] == "Dipirona, iodo"
    (conflict,) = desk.rows(sync_conflict)
    assert conflict["kind"] == "field_overwrite"
    assert conflict["mine"] == {"allergies": "Dipirona, iodo\nAlergia a látex"}
    assert len(desk.rows(consent_form)) == 1, "the form itself is stored"


def test_a_signed_form_records_the_health_data_consent(desk: Desk, template_id: uuid.UUID) -> None:
    """The signed consent covers the health data (LGPD art. 11): the record's consent follows,
    merged against the value the desk saw; an older desk's form (no seen value) applies too."""
    shipped = default_template("pt_BR").consent_text
    assert "dados pessoais sensíveis" in shipped
    assert "art. 11" in shipped
    ana, bruno = desk.add_client("Ana Souza"), desk.add_client("Bruno Dias")
    assert desk.one(client, ana)["health_data_consent"] is False
    desk.run("consent_form.sign", sign_args(ana, template_id, desk.owner_id, health_consent_seen=False))
    assert desk.one(client, ana)["health_data_consent"] is True
    desk.run("consent_form.sign", sign_args(bruno, template_id, desk.owner_id))  # an older desk's arguments
    assert desk.one(client, bruno)["health_data_consent"] is True
    assert desk.rows(sync_conflict) == []


def test_a_consent_withdrawn_elsewhere_meanwhile_is_a_conflict(desk: Desk, template_id: uuid.UUID) -> None:
    ana = desk.add_client("Ana Souza", health_data_consent=True)
    desk.run("client.update", {"client_id": str(ana), "changes": {"health_data_consent": False}})
    args = sign_args(ana, template_id, desk.owner_id, health_consent_seen=True, answers=answers(allergy_latex=""),
                     health_seen={"allergies": None})  # fmt: skip
    desk.run("consent_form.sign", args)
    row = desk.one(client, ana)
    assert row["health_data_consent"] is False, "the withdrawal made elsewhere stands"
    assert row["allergies"] == "Alergia a látex", "the alert still joins the record"
    (conflict,) = desk.rows(sync_conflict)
    assert (conflict["kind"], conflict["mine"]) == ("field_overwrite", {"health_data_consent": True})
    assert len(desk.rows(consent_form)) == 1


def test_a_required_answer_missing_is_refused_and_nothing_is_written(desk: Desk, template_id: uuid.UUID) -> None:
    ana = desk.add_client("Ana Souza")
    said = answers(allergy_latex="")
    del said["diabetes"]
    error = refused(desk, "consent_form.sign", sign_args(ana, template_id, desk.owner_id, answers=said))
    assert error.code == "form_answer_missing"
    assert error.params["questions"] == "Tem diabetes?"
    assert desk.rows(consent_form) == []
    assert desk.one(client, ana)["allergies"] is None, "no alert reached the record"


def test_an_empty_signature_is_refused(desk: Desk, template_id: uuid.UUID) -> None:
    ana = desk.add_client("Ana Souza")
    for empty in ({"w": 1000, "h": 350, "strokes": []}, {"w": 1000, "h": 350, "strokes": [[]]}):
        error = refused(desk, "consent_form.sign", sign_args(ana, template_id, desk.owner_id, signature=empty))
        assert error.code == "form_signature_empty"
    assert desk.rows(consent_form) == []


def test_an_unknown_template_is_refused(desk: Desk) -> None:
    ana = desk.add_client("Ana Souza")
    error = refused(desk, "consent_form.sign", sign_args(ana, uuid7(), desk.owner_id))
    assert error.code == "form_template_unknown"


def _minor(desk: Desk, **fields: Any) -> uuid.UUID:
    # 17 on the signing day (10 March 2026): born 11 March 2008.
    return desk.add_client("Bia Souza", birth_date="2008-03-11", **fields)


def test_a_minor_needs_the_guardian_their_signature_and_both_documents(desk: Desk, template_id: uuid.UUID) -> None:
    alone = _minor(desk)
    assert refused(desk, "consent_form.sign", sign_args(alone, template_id, desk.owner_id)).code == (
        "form_guardian_missing"
    )
    bia = _minor(desk, guardian_name="Carla Souza", guardian_relationship="mãe", guardian_document="52998224725")
    args = sign_args(bia, template_id, desk.owner_id)
    assert refused(desk, "consent_form.sign", args).code == "form_guardian_signature_missing"
    args["guardian_signature"] = SIGNATURE
    assert refused(desk, "consent_form.sign", args).code == "form_documents_missing"
    args.update(client_document_type="rg", client_document_number="123456789", guardian_document_type="cpf")
    desk.run("consent_form.sign", args)
    form = desk.one(consent_form, uuid.UUID(args["form_id"]))
    assert form["minor"] is True
    assert (form["guardian_name"], form["guardian_relationship"], form["guardian_document_number"]) == (
        "Carla Souza", "mãe", desk.one(client, bia)["guardian_document"],
    )  # fmt: skip
    assert form["guardian_signature"] == SIGNATURE


def test_the_day_of_majority_counts_in_the_studios_zone(desk: Desk, template_id: uuid.UUID) -> None:
    # 18 on 11 March 2026 in São Paulo: at 01:00 UTC on the 11th it is still the 10th there.
    bia = desk.add_client("Bia Souza", birth_date="2008-03-11")
    late = dt.datetime(2026, 3, 11, 1, 0, tzinfo=UTC)
    error = refused(desk, "consent_form.sign", sign_args(bia, template_id, desk.owner_id, signed_at=late.isoformat()))
    assert error.code == "form_guardian_missing"
    desk.run("consent_form.sign", sign_args(bia, template_id, desk.owner_id, signed_at=at(11, 9).isoformat()))
    assert desk.rows(consent_form, client_id=bia)[0]["minor"] is False


def test_an_amendment_is_a_new_form_of_the_same_client(desk: Desk, template_id: uuid.UUID) -> None:
    ana, bruno = desk.add_client("Ana Souza"), desk.add_client("Bruno Dias")
    first = sign_args(ana, template_id, desk.owner_id)
    desk.run("consent_form.sign", first)
    other = sign_args(bruno, template_id, desk.owner_id, amends_id=first["form_id"])
    assert refused(desk, "consent_form.sign", other).code == "form_amends_other_client"
    amendment = sign_args(ana, template_id, desk.owner_id, amends_id=first["form_id"], answers=answers(diabetes="1"))
    desk.run("consent_form.sign", amendment)
    forms = desk.rows(consent_form, client_id=ana)
    assert [f["amends_id"] for f in forms] == [None, uuid.UUID(first["form_id"])]
    assert forms[0]["answers"] == first["answers"], "the amended form is unchanged"


def test_a_signed_form_is_never_changed(desk: Desk, template_id: uuid.UUID) -> None:
    ana = desk.add_client("Ana Souza")
    args = sign_args(ana, template_id, desk.owner_id)
    desk.run("consent_form.sign", args)
    before = desk.one(consent_form, uuid.UUID(args["form_id"]))
    # Signed again under the same id (another desk's edit, a forged push): refused, not replaced.
    again = {**args, "answers": answers(hepatitis_hiv="")}
    error = refused(desk, "consent_form.sign", again)
    assert (error.code, error.params) == ("append_only", {"what": "consent_form"})
    # Any write through the framework is refused before anything is read or written.
    with desk.engine.begin() as tx:
        ctx = ApplyContext(tx, desk.actor(), uuid7(), "consent_form.sign", desk.now)
        with pytest.raises(NotAllowed) as caught:
            ctx.update(consent_form, uuid.UUID(args["form_id"]), {"image_use": True})
        assert caught.value.code == "append_only"
        with pytest.raises(NotAllowed):
            ctx.soft_delete(form_template, template_id)
    assert desk.one(consent_form, uuid.UUID(args["form_id"])) == before


def test_an_artist_signs_only_for_their_own_bookings(desk: Desk, template_id: uuid.UUID) -> None:
    rafa, duda = desk.add_staff("artist", "Rafa"), desk.add_staff("artist", "Duda")
    ana = desk.add_client("Ana Souza")
    booking = desk.book(rafa, at(10, 10), at(10, 12), client_id=ana)
    args = sign_args(ana, template_id, duda, appointment_id=str(booking))
    assert refused(desk, "consent_form.sign", args, **desk.as_staff(duda)).code == "artist_own_calendar"
    desk.run("consent_form.sign", sign_args(ana, template_id, rafa, appointment_id=str(booking)),
             **desk.as_staff(rafa))  # fmt: skip
    assert desk.rows(consent_form, appointment_id=booking)[0]["witness_id"] == rafa


def test_an_erased_client_signs_nothing_and_an_erase_keeps_the_signed_forms(desk: Desk, template_id: uuid.UUID) -> None:
    """After an erase: the signed forms stay, unchanged, for the retention period."""
    ana = desk.add_client("Ana Souza", allergies="Dipirona")
    args = sign_args(ana, template_id, desk.owner_id, answers=answers(allergy_latex=""))
    desk.run("consent_form.sign", args)
    form = desk.one(consent_form, uuid.UUID(args["form_id"]))
    desk.run("client.erase", {"client_id": str(ana), "erased_at": desk.now.isoformat()})
    assert desk.one(client, ana)["allergies"] is None
    assert desk.one(consent_form, uuid.UUID(args["form_id"])) == form
    error = refused(desk, "consent_form.sign", sign_args(ana, template_id, desk.owner_id))
    assert isinstance(error, StaleTarget)
    assert error.code == "client_erased"


def test_the_policy_on_unsigned_forms_is_a_setting(desk: Desk, core_engine: Engine) -> None:
    from kronos_core.schema import studio

    assert desk.one(studio, desk.studio_id)["unsigned_form_policy"] == "warn"
    desk.run("studio.update", {"unsigned_form_policy": "block", "seen": {"unsigned_form_policy": "warn"}})
    assert desk.one(studio, desk.studio_id)["unsigned_form_policy"] == "block"
    with pytest.raises(InvalidArguments):
        desk.run("studio.update", {"unsigned_form_policy": "sometimes"})
    manager = desk.add_staff("manager", "Gil")
    desk.run("studio.update", {"unsigned_form_policy": "warn"}, **desk.as_staff(manager))
    assert refused(desk, "studio.update", {"unsigned_form_policy": "block"}, role=Role.RECEPTIONIST).code == (
        "role_not_allowed"
    )
