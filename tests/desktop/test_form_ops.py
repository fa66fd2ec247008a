"""Issue 14's ops on a real desk file (kronos_desktop/ops/forms.py): publishing the
questionnaire numbers its versions; signing stores the form whole, with its hash, and its health
alerts appear on the client's record; a minor's form without a guardian is refused with the
reason and nothing is written; the inks list and a session's record go through their ops, an
expired lot refused before anything is saved."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kronos_core.forms import Template, content_sha256
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.schema import consent_form, form_template
from kronos_desktop.ops import forms as ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox
from kronos_desktop.store.queries import forms as q
from kronos_desktop.store.queries.client_record import read_record
from kronos_desktop.store.queries.viewer import Viewer
from tests.store.form_rows import QUESTIONS, SIGNATURE, add_client, book, studio_and_owner

SP = zoneinfo.ZoneInfo("America/Sao_Paulo")
NOW = dt.datetime(2026, 12, 4, 15, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    s = LocalStore.open(tmp_path / "data")
    state = s.ensure_identity()
    owner = uuid.uuid4()
    s.apply(
        "studio.setup",
        {"studio_id": str(state.studio_id), "name": "Estúdio", "owner_staff_id": str(owner), "owner_name": "Marina"},
    )
    s.set_desk_staff(owner)
    yield s
    s.close()


def _publish(store: LocalStore, title: str = "Anamnese") -> Template:
    template_id = uuid7()
    ops.publish_template(
        template_id,
        language="pt_BR",
        title=title,
        questions=QUESTIONS,
        consent_text="Declaro que as informações são verdadeiras.",
        image_use_text="Autorizo o uso de imagem.",
    ).write(store)
    with store.read_engine.connect() as conn:
        found = q.template(conn, template_id)
    assert found is not None
    return found


def _count(store: LocalStore, table: object) -> int:
    with store.read_engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def _health(store: LocalStore, client_id: uuid.UUID) -> dict[str, str]:
    with store.read_engine.connect() as conn:
        record = read_record(conn, client_id, Viewer.everyone())
    assert record is not None
    return dict(record.health_alerts)


def _sign(store: LocalStore, shown: Template, client_id: uuid.UUID, **extra: object) -> uuid.UUID:
    _, owner = studio_and_owner(store)
    form_id = uuid7()
    fields: dict[str, object] = {
        "client_id": client_id,
        "template_id": shown.id,
        "answers": {"allergy": {"value": True, "details": "látex"}},
        "signature": SIGNATURE,
        "witness_id": owner,
        "signed_at": NOW,
        "image_use": True,
        "client_document_type": "cpf",
        "client_document_number": "52998224725",
    }
    fields.update(extra)
    ops.sign_form(form_id, **fields).write(store)  # type: ignore[arg-type]
    return form_id


def test_each_publish_is_the_next_version(store: LocalStore) -> None:
    studio_id, _ = studio_and_owner(store)
    first = _publish(store, "Ficha")
    second = _publish(store, "Ficha revista")
    assert (first.number, second.number) == (1, 2)
    with store.read_engine.connect() as conn:
        offered = q.current_template(conn, studio_id, "pt_BR")
    assert (offered.id, offered.title) == (second.id, "Ficha revista")
    assert [question.id for question in offered.questions] == ["allergy", "notes"]


def test_a_signed_form_is_stored_whole_and_its_alert_joins_the_clients_record(store: LocalStore) -> None:
    _, owner = studio_and_owner(store)
    template = _publish(store)
    ana = add_client(store, "Ana Souza", allergies="Penicilina")
    session = book(store, ana, owner, NOW + dt.timedelta(hours=1))
    form_id = _sign(store, template, ana, appointment_id=session)

    with store.read_engine.connect() as conn:
        (row,) = q.client_forms(conn, ana)
        detail = q.form_detail(conn, form_id)
        assert q.has_signed_form(conn, session)
    assert (row.id, row.template_number, row.witness_name, row.minor) == (form_id, 1, "Marina", False)
    assert row.alerts == [["allergies", "Allergy: látex"]]
    assert detail is not None
    assert detail.form["content_sha256"] == content_sha256(detail.form, detail.template)
    assert detail.form["signature"] == SIGNATURE
    assert detail.form["client_document_number"] == "52998224725"
    assert _health(store, ana)["allergies"] == "Penicilina\nAllergy: látex"

    _sign(store, template, ana)  # the same answer again: the line is not written twice
    assert _health(store, ana)["allergies"] == "Penicilina\nAllergy: látex"


def test_a_signed_form_gives_the_records_health_data_consent(store: LocalStore) -> None:
    """The record said "✗ Health data (LGPD art. 11)" under alerts from a signed form: signing
    now records the consent, with the value the desk saw sent along (the server merges it)."""
    template = _publish(store)
    ana = add_client(store, "Ana Souza")
    with store.read_engine.connect() as conn:
        record = read_record(conn, ana, Viewer.everyone())
    assert record is not None
    assert not record.value("health_data_consent")
    _sign(store, template, ana)
    with store.read_engine.connect() as conn:
        record = read_record(conn, ana, Viewer.everyone())
        sent = conn.execute(
            select(outbox.c.args).where(outbox.c.name == "consent_form.sign").order_by(outbox.c.pos.desc())
        ).scalar_one()
    assert record is not None
    assert record.value("health_data_consent") is True
    assert sent["health_consent_seen"] is False


def test_a_form_shown_from_an_unpublished_template_publishes_it_first(store: LocalStore) -> None:
    studio_id, owner = studio_and_owner(store)
    shown = Template(
        language="pt_BR",
        title="Ficha padrão",
        questions=QUESTIONS,
        consent_text="Declaro que li.",
        image_use_text="Autorizo.",
    )
    ana = add_client(store, "Ana")
    unanswered = {"allergy": {"value": None, "details": ""}}
    with pytest.raises(MutationError) as caught:
        ops.sign_form(
            uuid7(), client_id=ana, template=shown, answers=unanswered, signature=SIGNATURE, witness_id=owner,
            signed_at=NOW,
        ).write(store)  # fmt: skip
    assert caught.value.code == "form_answer_missing"
    assert caught.value.params["questions"] == "Any allergy?"
    assert _count(store, form_template) == 0, "nothing published for a form refused on the desk"

    form_id = _sign(store, shown, ana, template_id=None, template=shown)
    with store.read_engine.connect() as conn:
        offered = q.current_template(conn, studio_id, "pt_BR")
        detail = q.form_detail(conn, form_id)
    assert (offered.number, offered.title) == (1, "Ficha padrão")
    assert detail is not None
    assert detail.template.id == offered.id


def test_a_minor_without_a_guardian_is_refused_and_nothing_is_written(store: LocalStore) -> None:
    template = _publish(store)
    teen = add_client(store, "Lia Prado", birth_date="2011-03-10", allergies="Dipirona")
    written = _count(store, outbox)
    with pytest.raises(MutationError) as caught:
        _sign(store, template, teen, guardian_signature=SIGNATURE)
    assert caught.value.code == "form_guardian_missing"
    assert "guardian" in caught.value.message
    assert _count(store, consent_form) == 0
    assert _count(store, outbox) == written
    assert _health(store, teen) == {"allergies": "Dipirona"}, "no alert added by a refused form"


def test_an_empty_signature_is_refused(store: LocalStore) -> None:
    template = _publish(store)
    ana = add_client(store, "Ana")
    with pytest.raises(MutationError) as caught:
        _sign(store, template, ana, signature={"w": 1000, "h": 350, "strokes": []})
    assert caught.value.code == "form_signature_empty"
    assert _count(store, consent_form) == 0


def test_the_inks_list_and_a_sessions_record_through_their_ops(store: LocalStore) -> None:
    studio_id, owner = studio_and_owner(store)
    ink, old = uuid7(), uuid7()
    ops.add_material(
        {"material_id": ink, "kind": "ink", "name": "Preto Linha", "manufacturer": "Electric Ink",
         "anvisa_registration": "80012340001", "lot": "L2026", "expires_on": dt.date(2028, 1, 31)}
    ).write(store)  # fmt: skip
    ops.add_material(
        {"material_id": old, "kind": "ink", "name": "Vermelho", "anvisa_registration": "80012340002",
         "lot": "V2019", "expires_on": dt.date(2026, 1, 31)}
    ).write(store)  # fmt: skip
    with store.read_engine.connect() as conn:
        listed = {m.name: m for m in q.materials(conn, studio_id)}
    changes, seen = ops.material_changes(listed["Preto Linha"], {"colour": "preto", "opened_on": dt.date(2026, 11, 2)})
    ops.update_material(ink, changes, seen).write(store)
    with store.read_engine.connect() as conn:
        black = q.material_row(conn, ink)
    assert black is not None
    assert (black.colour, black.opened_on) == ("preto", dt.date(2026, 11, 2))

    ana = add_client(store, "Ana")
    session = book(store, ana, owner, NOW)
    written = _count(store, outbox)
    with pytest.raises(MutationError) as caught:
        ops.add_session_record(
            uuid7(), appointment_id=session, body_location="antebraço", recorded_at=NOW,
            products=[black.product(), listed["Vermelho"].product()],
        ).write(store)  # fmt: skip
    assert caught.value.code == "material_expired"
    assert caught.value.params["lot"] == "V2019"
    assert _count(store, outbox) == written

    record = uuid7()
    ops.add_session_record(
        record, appointment_id=session, body_location=" antebraço esquerdo ", recorded_at=NOW,
        products=[black.product()], needle_lots=["N-33", " "], autoclave_cycle="C-118",
    ).write(store)  # fmt: skip
    with store.read_engine.connect() as conn:
        (row,) = q.session_records(conn, session)
    assert (row.id, row.body_location, row.artist_name) == (record, "antebraço esquerdo", "Marina")
    assert row.products[0]["lot"] == "L2026"
    assert row.products[0]["material_id"] == ink.hex
    assert (row.needle_lots, row.autoclave_cycle) == (["N-33"], "C-118")


def test_a_receptionist_signs_the_first_form_on_the_shipped_questionnaire(store: LocalStore) -> None:
    studio_id, _ = studio_and_owner(store)
    receptionist = uuid7()
    store.apply("staff.add", {"staff_id": str(receptionist), "display_name": "Rui", "role": "receptionist"})
    with store.read_engine.connect() as conn:
        shipped = q.current_template(conn, studio_id, "pt_BR")
    assert shipped.id is None
    plain = {"yes_no": False, "text": "nada", "date": "2026-12-04"}
    answers = {
        question.id: {
            "value": question.choices[0] if question.kind == "choice" else plain[question.kind],
            "details": "",
        }
        for question in shipped.questions
    }
    ana = add_client(store, "Ana")
    form_id = uuid7()
    ops.sign_form(
        form_id, client_id=ana, template=shipped, answers=answers, signature=SIGNATURE, witness_id=receptionist,
        signed_at=NOW,
    ).write(store)  # fmt: skip
    with store.read_engine.connect() as conn:
        (row,) = q.client_forms(conn, ana)
        offered = q.current_template(conn, studio_id, "pt_BR")
    assert (row.id, row.template_number, row.witness_name) == (form_id, 1, "Rui")
    assert offered.number == 1
    assert offered.questions == shipped.questions
