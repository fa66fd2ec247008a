"""Erasing a client (LGPD): their row keeps its id and nothing personal, conflicts about them lose
their values, later changes are refused without keeping what they carried, and what the law
keeps (a sale, a payment, the audit trail) stays."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest
from sqlalchemy import update

from kronos_core.erasure import ERASED, ERASED_NAME, KEPT_COLUMNS, Scrubber, needles, refused_arguments
from kronos_core.ids import uuid7
from kronos_core.mutations import ApplyContext, MutationError
from kronos_core.retention import RETAINED, RETAINED_TABLES, kept_until
from kronos_core.roles import Role
from kronos_core.schema import TABLES_BY_NAME, appointment, audit_event, client, payment, sale, sync_conflict
from tests.core.harness import Desk, at

ERASED_AT = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.UTC)
ZULEIKA: dict[str, Any] = {
    "preferred_name": "Zulu Qwx",
    "birth_date": "1991-07-23",
    "phone": "+55 11 97531-8642",
    "email": "zuleika.wpqx@example.org",
    "document_type": "cpf",
    "document_number": "529.982.247-25",
    "address": "Rua Xiquexique 77, Pinheiros",
    "allergies": "látex e iodopovidona",
    "medical_alerts": "hemofilia leve",
    "medication": "varfarina 5mg",
    "notes": "tatuagem de lótus",
    "tags": ["vip"],
    "marketing_consent": True,
    "data_processing_consent": True,
    "health_data_consent": True,
    "whatsapp": True,
    "instagram": "@zuleika.ink",
    "referral_source": "instagram",
    "guardian_name": "Odete Wpqx",
    "guardian_document": "111.444.777-35",
    "guardian_relationship": "mãe",
    "guardian_phone": "+55 21 99876-5432",
}


def erase(desk: Desk, client_id: uuid.UUID, *, role: Role = Role.OWNER) -> ApplyContext:
    return desk.run("client.erase", {"client_id": str(client_id), "erased_at": ERASED_AT.isoformat()}, role=role)


def texts(desk: Desk) -> str:
    """Every row of every table of the desk's studio, as text."""
    return json.dumps({name: desk.rows(table) for name, table in TABLES_BY_NAME.items()}, default=str)


def test_every_client_column_is_erased_or_kept_on_purpose() -> None:
    assert set(ERASED) | KEPT_COLUMNS == set(client.columns.keys())
    assert not set(ERASED) & KEPT_COLUMNS


def test_an_erase_leaves_the_id_and_nothing_personal(desk: Desk) -> None:
    client_id = desk.add_client("Zuleika Wpqx", **ZULEIKA)
    before = desk.one(client, client_id)
    ctx = erase(desk, client_id)
    row = desk.one(client, client_id)
    assert row["full_name"] == ERASED_NAME
    assert {k: row[k] for k in ERASED if k != "full_name"} == {k: v for k, v in ERASED.items() if k != "full_name"}
    assert row["erased_at"] == ERASED_AT
    assert row["id"] == client_id
    (event,) = desk.rows(audit_event, action="client.erase")
    assert event["row_id"] == client_id
    assert event["staff_id"] == desk.owner_id
    found = texts(desk)
    for value in needles(before):
        assert value.lower() not in found.lower(), value
    assert ctx.changed["client"] == {client_id}


def test_erasing_twice_changes_nothing(desk: Desk) -> None:
    client_id = desk.add_client("Zuleika Wpqx", **ZULEIKA)
    erase(desk, client_id)
    ctx = erase(desk, client_id)
    assert ctx.changed == {}
    assert len(desk.rows(audit_event, action="client.erase")) == 1


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.ARTIST])
def test_only_owners_and_managers_erase(desk: Desk, role: Role) -> None:
    client_id = desk.add_client("Zuleika Wpqx")
    with pytest.raises(MutationError) as caught:
        erase(desk, client_id, role=role)
    assert caught.value.code == "role_not_allowed"
    assert desk.one(client, client_id)["full_name"] == "Zuleika Wpqx"


def test_a_manager_erases(desk: Desk) -> None:
    client_id = desk.add_client("Zuleika Wpqx")
    erase(desk, client_id, role=Role.MANAGER)
    assert desk.one(client, client_id)["erased_at"] == ERASED_AT


def test_a_change_to_an_erased_client_is_refused(desk: Desk) -> None:
    client_id = desk.add_client("Zuleika Wpqx")
    erase(desk, client_id)
    with pytest.raises(MutationError) as caught:
        desk.run("client.update", {"client_id": str(client_id), "changes": {"phone": "11 97531-8642"}})
    assert caught.value.code == "client_erased"
    assert "97531" not in caught.value.message
    assert desk.one(client, client_id)["phone"] is None


def test_a_merged_clients_change_lands_on_the_record_kept(desk: Desk) -> None:
    kept = desk.add_client("Zuleika Wpqx", phone="11 97531-8642")
    merged = desk.add_client("Zuleika W.")
    with desk.engine.begin() as tx:
        tx.execute(update(client).where(client.c.id == merged).values(merged_into=kept))
    seen = {"phone": "+5511975318642"}
    desk.run("client.update", {"client_id": str(merged), "changes": {"phone": "11 91111-2222"}, "seen": seen})
    assert desk.one(client, kept)["phone"] == "+5511911112222"
    assert desk.one(client, merged)["phone"] is None
    # Seen against the record kept: a value it no longer holds is a field_overwrite conflict.
    desk.run("client.update", {"client_id": str(merged), "changes": {"phone": "11 93333-4444"}, "seen": seen})
    assert desk.one(client, kept)["phone"] == "+5511911112222"
    (conflict,) = desk.rows(sync_conflict)
    assert conflict["kind"] == "field_overwrite"
    assert conflict["row_ids"] == [str(kept)]
    # Erasing either erases both: one person.
    erase(desk, merged)
    assert {desk.one(client, c)["erased_at"] for c in (kept, merged)} == {ERASED_AT}
    assert "93333" not in texts(desk)


def test_conflicts_about_the_client_lose_their_values(desk: Desk) -> None:
    client_id = desk.add_client("Zuleika Wpqx", **ZULEIKA)
    desk.run("client.update", {"client_id": str(client_id), "changes": {"email": "zw.novo@example.org"}})
    stale = {"client_id": str(client_id), "changes": {"email": "zw.velho@example.org"}}
    desk.run("client.update", {**stale, "seen": {"email": "zuleika.wpqx@example.org"}})
    other = desk.add_client("Bruno Dias", email="bruno@example.org")
    desk.run("client.update", {"client_id": str(other), "changes": {"email": "b2@example.org"}})
    desk.run(
        "client.update",
        {"client_id": str(other), "changes": {"email": "b3@example.org"}, "seen": {"email": "bruno@example.org"}},
    )
    erase(desk, client_id)
    conflicts = {c["row_ids"][0]: c for c in desk.rows(sync_conflict)}
    mine = conflicts[str(client_id)]
    assert mine["mine"] == {"email": None}
    assert mine["theirs"] == {"email": None}
    assert conflicts[str(other)]["mine"] == {"email": "b3@example.org"}  # another client's: untouched
    assert "zw.velho" not in texts(desk)


def test_the_clients_appointment_notes_lose_their_name(desk: Desk) -> None:
    client_id = desk.add_client("Zuleika Wpqx", **ZULEIKA)
    artist = desk.add_staff("artist")
    booked = desk.book(artist, at(12, 10), at(12, 12), client_id=client_id)
    desk.run(
        "appointment.edit", {"appointment_id": str(booked), "notes": "Zuleika Wpqx traz a referência; hemofilia leve"}
    )
    erase(desk, client_id)
    assert desk.one(appointment, booked)["notes"] == f"{ERASED_NAME} traz a referência; {ERASED_NAME}"


def test_a_sale_and_a_payment_for_an_erased_client_are_kept(desk: Desk) -> None:
    client_id = desk.add_client("Zuleika Wpqx")
    sale_id = uuid7()
    desk.run(
        "sale.record",
        {
            "sale_id": str(sale_id),
            "number": "D1-000001",
            "client_id": str(client_id),
            "business_date": "2026-03-10",
            "closed_at": at(10, 18).isoformat(),
            "lines": [{"line_id": str(uuid7()), "description": "Sessão", "unit_price": 50_000}],
        },
    )
    erase(desk, client_id)
    payment_id = uuid7()
    desk.run(
        "payment.record",
        {
            "payment_id": str(payment_id),
            "sale_id": str(sale_id),
            "method": "pix",
            "amount": 50_000,
            "business_date": "2026-03-10",
            "received_at": at(10, 18, 5).isoformat(),
        },
        role=Role.RECEPTIONIST,
    )
    assert desk.one(sale, sale_id)["client_id"] == client_id
    assert desk.one(payment, payment_id)["amount"] == 50_000


def test_a_refusal_for_an_erased_client_keeps_its_name_and_ids_only(desk: Desk) -> None:
    client_id = uuid7()
    mine = {"name": "client.update", "args": {"client_id": str(client_id), "changes": {"phone": "+5511975318642"}}}
    with desk.engine.begin() as tx:
        ctx = ApplyContext(tx, desk.actor(), uuid7(), "client.update", desk.now)
        conflict_id = ctx.conflict(
            "rejected", table=None, row_ids=[], mine=mine, theirs={"code": "client_erased", "params": {}}
        )
    assert desk.one(sync_conflict, conflict_id)["mine"] == {
        "name": "client.update",
        "args": {"client_id": str(client_id)},
        "erased": True,
    }
    assert refused_arguments(None) == {"name": None, "args": {}, "erased": True}


def test_the_scrubber_finds_a_value_however_it_was_written() -> None:
    row = {
        "full_name": "Zuleika Wpqx",
        "phone": "+5511975318642",
        "document_number": "52998224725",
        "birth_date": dt.date(1991, 7, 23),
        "allergies": "látex",
    }
    scrub = Scrubber(needles(row))
    said = "ZULEIKA WPQX, (11) 97531-8642, 11975318642, 529.982.247-25, LÁTEX"
    assert scrub.text(said) == ", ".join([ERASED_NAME] * 5)
    # Not searched for: a birth date (another client's may be the same); in records that are
    # not about the client, an allergy either.
    assert scrub.text("1991-07-23") == "1991-07-23"
    assert Scrubber(needles(row, identifying_only=True)).text("látex; Zuleika Wpqx") == f"látex; {ERASED_NAME}"
    assert scrub.value({"phone": "x", "n": ["zuleika wpqx"]}, personal_keys=True) == {"phone": None, "n": [ERASED_NAME]}


def test_the_retention_list_names_tables_and_a_date() -> None:
    assert {"sale", "sale_line", "payment", "audit_event", "consent_form", "session_record"} <= RETAINED_TABLES
    assert all(k.table in TABLES_BY_NAME for k in RETAINED if k.exists)
    assert kept_until(dt.datetime(2024, 2, 29, 12, tzinfo=dt.UTC), 5) == dt.date(2029, 2, 28)
    assert kept_until(ERASED_AT, 5) == dt.date(2031, 3, 10)
