"""Likely duplicates on the desk (kronos_desktop/store/queries/duplicates.py), on a real file:
what the receptionist is shown before registering someone twice, and who carries "possible
duplicate of a client with a health alert"."""

from __future__ import annotations

import uuid
from typing import Any

from kronos_core.duplicates import Person, Reason
from kronos_core.roles import Role
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries.duplicates import find_duplicates, health_twins


def _studio(store: LocalStore) -> uuid.UUID:
    with store.read_engine.connect() as conn:
        return uuid.UUID(conn.exec_driver_sql("SELECT id FROM studio").scalar_one())


def _client(store: LocalStore, name: str, **fields: Any) -> uuid.UUID:
    client_id = uuid.uuid4()
    store.apply("client.create", {"client_id": str(client_id), "full_name": name, **fields})
    return client_id


def _find(store: LocalStore, candidate: Person, **kw: Any) -> list[tuple[str, list[Reason]]]:
    with store.read_engine.connect() as conn:
        return [(d.full_name, d.reasons) for d in find_duplicates(conn, _studio(store), candidate, **kw)]


def _twins(store: LocalStore, *ids: uuid.UUID) -> set[uuid.UUID]:
    with store.read_engine.connect() as conn:
        return health_twins(conn, _studio(store), ids)


def test_the_same_phone_email_or_document_is_found_however_the_name_was_typed(store: LocalStore) -> None:
    _client(store, "Beatriz Conceição", phone="+5511987654321")
    _client(store, "Carlos Reis", email="carlos.reis@gmail.com")
    _client(store, "Joana Prado", document_type="cpf", document_number="529.982.247-25")
    _client(store, "Mauro Lins", phone="+5511912345678")
    assert _find(store, Person("Bia", phone="+5511987654321")) == [("Beatriz Conceição", [Reason.SAME_PHONE])]
    assert _find(store, Person("C. R.", email="Carlos.Reis@gmail.com")) == [("Carlos Reis", [Reason.SAME_EMAIL])]
    assert _find(store, Person("Jo", document="52998224725")) == [("Joana Prado", [Reason.SAME_DOCUMENT])]
    assert _find(store, Person("Ana Lima", phone="+5521998765432")) == []


def test_a_document_typed_with_or_without_its_punctuation_is_the_same_document(store: LocalStore) -> None:
    _client(store, "Renata Quintela", document_type="rg", document_number="12.345.678-9")
    _client(store, "Otávio Brandão", document_type="passport", document_number="FX123456")
    assert _find(store, Person("R", document="123456789")) == [("Renata Quintela", [Reason.SAME_DOCUMENT])]
    assert _find(store, Person("R", document="12345678-9")) == [("Renata Quintela", [Reason.SAME_DOCUMENT])]
    assert _find(store, Person("R", document="2345678")) == []  # a part of it is another document


def test_a_similar_name_is_found_without_accents_or_with_a_surname_left_out(store: LocalStore) -> None:
    _client(store, "José da Conceição")
    _client(store, "José Santos")  # the first name only
    _client(store, "Ana Maria Silva Souza", phone="+5511987654321")
    assert _find(store, Person("jose conceicao")) == [("José da Conceição", [Reason.SIMILAR_NAME])]
    assert _find(store, Person("Ana Maria Silva")) == [("Ana Maria Silva Souza", [Reason.SIMILAR_NAME])]
    # A namesake who has another phone is someone else.
    assert _find(store, Person("José Conceição", phone="+5511912345678")) == [
        ("José da Conceição", [Reason.SIMILAR_NAME])
    ]
    assert _find(store, Person("Ana Maria Silva", phone="+5511912345678")) == []


def test_the_best_reason_comes_first_and_the_record_itself_is_left_out(store: LocalStore) -> None:
    mine = _client(store, "Ana Lima", phone="+5511987654321")
    _client(store, "Ana Lima")
    _client(store, "A. Souza", document_type="cpf", document_number="52998224725")
    candidate = Person("Ana Lima", mine, phone="+5511987654321", document="52998224725")
    assert [name for name, _ in _find(store, candidate)] == ["A. Souza", "Ana Lima"]


def test_merged_clients_are_never_candidates(store: LocalStore) -> None:
    kept = _client(store, "Ana Lima", phone="+5511987654321")
    gone = _client(store, "Ana L.", phone="+5511987654321")
    assert len(_find(store, Person("Ana", phone="+5511987654321"))) == 2
    owner = _owner(store)
    store.apply("client.merge", {"keep_id": str(kept), "merged_id": str(gone)}, staff_id=owner)
    assert _find(store, Person("Ana", phone="+5511987654321")) == [("Ana Lima", [Reason.SAME_PHONE])]


def _owner(store: LocalStore) -> uuid.UUID:
    with store.read_engine.connect() as conn:
        return uuid.UUID(conn.exec_driver_sql(f"SELECT id FROM staff WHERE role = '{Role.OWNER.value}'").scalar_one())


def test_a_client_without_alert_sharing_a_key_with_one_who_has_it_is_a_health_twin(store: LocalStore) -> None:
    alert = _client(store, "Beatriz Souza", phone="+5511987654321", allergies="Alergia a látex")
    by_phone = _client(store, "Bia", phone="+5511987654321")
    medicated = _client(store, "Carlos Reis", email="carlos@gmail.com", medication="Varfarina")
    by_email = _client(store, "Carlinhos", email="CARLOS@gmail.com")
    conditioned = _client(
        store, "Joana Prado", document_type="cpf", document_number="52998224725", medical_alerts="Epilepsia"
    )
    by_document = _client(store, "J. Prado", document_type="cpf", document_number="529.982.247-25")
    stranger = _client(store, "Mauro Lins", phone="+5511912345678")
    everyone = (alert, by_phone, medicated, by_email, conditioned, by_document, stranger)
    assert _twins(store, by_document) == {by_document}  # one client (a record, the booking dialog)
    assert _twins(store, *everyone) == {by_phone, by_email, by_document}  # a day's many (ix_client_document)
    store.apply("client.merge", {"keep_id": str(alert), "merged_id": str(by_phone)}, staff_id=_owner(store))
    assert _twins(store, by_phone) == set()  # merged: the kept record has the alert
