"""The reads of issue 14 on a real desk file: the questionnaire the desk offers (the newest
version published, the app's default before any), a client's signed forms with who witnessed
them and which were amended, a form's detail, which bookings have a signed form (the calendar's
badge, the check-in's question), the inks and materials list, and a session's records."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from sqlalchemy import update

from kronos_core.schema import client
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import forms as q
from kronos_desktop.store.queries.reader import Reader
from tests.store.form_rows import (
    add_client,
    book,
    studio_and_owner,
    write_form,
    write_material,
    write_session_record,
    write_template,
)

SP = zoneinfo.ZoneInfo("America/Sao_Paulo")


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, 0, tzinfo=SP).astimezone(dt.UTC)


def test_the_desk_offers_the_newest_version_and_the_default_before_any(store: LocalStore) -> None:
    studio_id, _ = studio_and_owner(store)
    with store.read_engine.connect() as conn:
        before = q.current_template(conn, studio_id, "pt_BR")
    assert before.id is None
    assert before.number == 0
    assert before.questions, "the default that ships with the app"
    assert before.consent_text.strip()

    write_template(store, 1, title="Ficha v1")
    second = write_template(store, 2, title="Ficha v2")
    write_template(store, 3, language="en", title="Form v3")
    with store.read_engine.connect() as conn:
        offered = q.current_template(conn, studio_id, "pt_BR")
        english = q.current_template(conn, studio_id, "en")
        assert q.latest_template_number(conn, studio_id) == 3
    assert (offered.id, offered.number, offered.title) == (second.id, 2, "Ficha v2")
    assert offered.consent_text == "Declaro que li (versão 2)."
    assert english.title == "Form v3"


def test_a_clients_forms_newest_first_with_the_witness_and_amendments(store: LocalStore) -> None:
    _, owner = studio_and_owner(store)
    v1 = write_template(store, 1)
    ana = add_client(store, "Ana Souza")
    other = add_client(store, "Bruno Lima")
    session = book(store, ana, owner, at(10, 14))
    first = write_form(store, v1, ana, appointment_id=session, signed_at=at(10, 13), allergy="látex")
    amendment = write_form(store, v1, ana, signed_at=at(11, 9), amends_id=first)
    write_form(store, v1, other, signed_at=at(11, 10))

    with store.read_engine.connect() as conn:
        rows = q.client_forms(conn, ana)
    assert [r.id for r in rows] == [amendment, first]
    newest, oldest = rows
    assert newest.amends_id == first
    assert newest.amended_by is None
    assert oldest.amended_by == amendment
    assert oldest.witness_name == "Marina Costa"
    assert oldest.template_number == 1
    assert oldest.title == "Anamnese"
    assert oldest.appointment_id == session
    assert oldest.appointment_starts_at == at(10, 14)
    assert oldest.alerts == [["allergies", "Allergy: látex"]]


def test_forms_of_a_record_merged_into_the_client_are_theirs(store: LocalStore) -> None:
    v1 = write_template(store, 1)
    kept = add_client(store, "Ana Souza")
    twin = add_client(store, "Ana S.")
    form = write_form(store, v1, twin, signed_at=at(9, 10))
    with store.engine.begin() as conn:
        conn.execute(update(client).where(client.c.id == twin).values(merged_into=kept))
    with store.read_engine.connect() as conn:
        assert [r.id for r in q.client_forms(conn, kept)] == [form]


def test_a_forms_detail_holds_its_template_version_client_and_witness(store: LocalStore) -> None:
    v1 = write_template(store, 1)
    write_template(store, 2)  # a newer version: the form still shows the one it was signed with
    ana = add_client(store, "Ana Souza", birth_date="1990-05-02", document_type="cpf", document_number="52998224725")
    form = write_form(store, v1, ana, signed_at=at(9, 10), allergy="níquel")
    with store.read_engine.connect() as conn:
        detail = q.form_detail(conn, form)
        assert q.form_detail(conn, add_client(store)) is None
    assert detail is not None
    assert detail.template.number == 1
    assert detail.template.consent_text == "Declaro que li (versão 1)."
    assert detail.form["answers"]["allergy"] == {"value": True, "details": "níquel"}
    assert detail.form["signed_at"] == at(9, 10)
    assert (detail.client_name, detail.client_birth_date) == ("Ana Souza", dt.date(1990, 5, 2))
    assert (detail.client_document_type, detail.client_document_number) == ("cpf", "52998224725")
    assert (detail.witness_name, detail.studio_name) == ("Marina Costa", "Estúdio Teste")


def test_which_bookings_have_a_signed_form(store: LocalStore) -> None:
    _, owner = studio_and_owner(store)
    v1 = write_template(store, 1)
    ana, bia, caio = add_client(store, "Ana"), add_client(store, "Bia"), add_client(store, "Caio")
    pointed = book(store, ana, owner, at(10, 10))
    same_day = book(store, bia, owner, at(10, 13))
    next_day = book(store, caio, owner, at(11, 10))
    unsigned = book(store, ana, owner, at(12, 10))
    write_form(store, v1, ana, appointment_id=pointed, signed_at=at(10, 9))
    write_form(store, v1, bia, signed_at=at(10, 8))  # at the desk that morning, no booking picked
    write_form(store, v1, caio, signed_at=at(10, 20))  # the evening before: not that day's
    with store.read_engine.connect() as conn:
        found = q.appointments_with_signed_form(conn, [pointed, same_day, next_day, unsigned])
        assert found == {pointed, same_day}
        assert q.has_signed_form(conn, same_day)
        assert not q.has_signed_form(conn, unsigned)
        assert q.appointments_with_signed_form(conn, []) == set()


def test_a_late_evening_form_counts_on_the_studios_day_not_the_utc_one(store: LocalStore) -> None:
    _, owner = studio_and_owner(store)
    v1 = write_template(store, 1)
    ana = add_client(store, "Ana")
    evening = book(store, ana, owner, at(10, 22))  # 01:00 UTC on the 11th
    write_form(
        store,
        v1,
        ana,
        signed_at=at(
            10,
            21,
        ),
    )
    with store.read_engine.connect() as conn:
        assert q.has_signed_form(conn, evening)


def test_the_materials_list_by_kind_and_name_active_ones_unless_asked(store: LocalStore) -> None:
    studio_id, _ = studio_and_owner(store)
    write_material(store, "Preto Tribal", anvisa_registration="80000000001", lot="A1", expires_on=dt.date(2027, 5, 1))
    write_material(store, "agulha 3RL", kind="needle", lot="N9")
    write_material(store, "Azul", anvisa_registration="80000000002", active=False)
    with store.read_engine.connect() as conn:
        active = q.materials(conn, studio_id)
        every = q.materials(conn, studio_id, active_only=False)
    assert [(m.kind, m.name) for m in active] == [("ink", "Preto Tribal"), ("needle", "agulha 3RL")]
    assert [m.name for m in every] == ["Azul", "Preto Tribal", "agulha 3RL"]
    ink = active[0]
    assert ink.expired_on(dt.date(2027, 5, 2))
    assert not ink.expired_on(dt.date(2027, 5, 1))
    product = ink.product()
    assert product["material_id"] == ink.id.hex
    assert product["expires_on"] == "2027-05-01"
    assert product["anvisa_registration"] == "80000000001"
    assert product["lot"] == "A1"


def test_a_sessions_records_newest_first_with_corrections(store: LocalStore) -> None:
    _, owner = studio_and_owner(store)
    ana = add_client(store, "Ana")
    session = book(store, ana, owner, at(10, 10))
    other = book(store, ana, owner, at(20, 10))
    first = write_session_record(store, session, ana, owner, body_location="antebraço", recorded_at=at(10, 13))
    fixed = write_session_record(
        store, session, ana, owner, body_location="antebraço esquerdo", recorded_at=at(10, 14), corrects_id=first
    )
    later = write_session_record(store, other, ana, owner, body_location="ombro", recorded_at=at(20, 13))
    with store.read_engine.connect() as conn:
        rows = q.session_records(conn, session)
        everything = q.client_session_records(conn, ana)
    assert [r.id for r in rows] == [fixed, first]
    assert rows[1].corrected_by == fixed
    assert rows[0].corrects_id == first
    assert rows[0].body_location == "antebraço esquerdo"
    assert rows[0].artist_name == "Marina Costa"
    assert rows[0].products[0]["name"] == "Preto"
    assert rows[0].needle_lots == ["N-7"]
    assert rows[0].appointment_starts_at == at(10, 10)
    assert [r.id for r in everything] == [later, fixed, first]


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_the_reader_offers_the_same_reads(store: LocalStore, language: str) -> None:
    studio_id, owner = studio_and_owner(store)
    v1 = write_template(store, 1, language=language)
    ana = add_client(store, "Ana")
    session = book(store, ana, owner, at(10, 10))
    form = write_form(store, v1, ana, appointment_id=session, signed_at=at(10, 9))
    reader = Reader(store.path)
    try:
        assert reader.current_template(studio_id, language).id == v1.id
        assert [r.id for r in reader.client_forms(ana)] == [form]
        detail = reader.form_detail(form)
        assert detail is not None
        assert detail.form["id"] == form
        assert reader.has_signed_form(session)
        assert reader.materials(studio_id) == []
        assert reader.session_records(session) == []
    finally:
        reader.close()
