"""The client record's fields (issue 13): stored as given, checked at the mutation."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronos_core import contact
from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments
from kronos_core.mutations.clients import ClientFields
from kronos_core.roles import Role
from kronos_core.schema import client
from tests.core.harness import Desk

RECORD = {
    "whatsapp": True,
    "instagram": "ana.tattoo",
    "referral_source": "instagram",
    "medication": "isotretinoína",
    "health_data_consent": True,
    "blocked": True,
    "blocked_reason": "faltou três vezes",
    "guardian_name": "Carla Souza",
    "guardian_document": "52998224725",
    "guardian_relationship": "mãe",
    "guardian_phone": "+5511912345678",
}


def test_create_stores_every_field_of_the_record(desk: Desk) -> None:
    row = desk.one(client, desk.add_client("Ana Souza", **RECORD))
    assert {name: row[name] for name in RECORD} == RECORD
    assert row["merged_into"] is None
    assert row["erased_at"] is None


def test_update_changes_the_new_fields(desk: Desk) -> None:
    client_id = desk.add_client("Ana Souza")
    changes = {"whatsapp": True, "medication": "insulina", "guardian_name": "Carla Souza"}
    desk.run(
        "client.update",
        {
            "client_id": str(client_id),
            "changes": changes,
            "seen": {"whatsapp": False, "medication": None, "guardian_name": None},
        },
    )
    row = desk.one(client, client_id)
    assert (row["whatsapp"], row["medication"], row["guardian_name"]) == (True, "insulina", "Carla Souza")


def refused(desk: Desk, fields: dict[str, Any], *, role: Role = Role.OWNER) -> InvalidArguments:
    with pytest.raises(InvalidArguments) as caught:
        desk.run("client.create", {"client_id": str(uuid7()), "full_name": "Ana Souza", **fields}, role=role)
    return caught.value


def test_contact_details_are_stored_in_one_form(desk: Desk) -> None:
    """What a receptionist types is stored the way every desk reads it: a Brazilian number
    without +55 in E.164, a foreign one with its country, the handle without "@"."""
    row = desk.one(
        client,
        desk.add_client(
            "Ana Souza",
            phone="(11) 98765-4321",
            guardian_phone="+1 650 253 0000",
            email="  Ana.Souza@Example.COM ",
            instagram=" @Ana.Tattoo ",
            guardian_document="529.982.247-25",
            guardian_name="  Carla   Souza ",
            referral_source="  amiga ",
        ),
    )
    assert row["phone"] == "+5511987654321"
    assert row["guardian_phone"] == "+16502530000"
    assert row["email"] == "ana.souza@example.com"
    assert row["instagram"] == "ana.tattoo"
    assert row["guardian_document"] == "52998224725"
    assert row["guardian_name"] == "Carla Souza"
    assert row["referral_source"] == "amiga"


def test_blank_text_clears_a_field(desk: Desk) -> None:
    client_id = desk.add_client(phone="11 98765-4321", instagram="ana")
    desk.run(
        "client.update",
        {"client_id": str(client_id), "changes": {"phone": "  ", "instagram": ""}},
    )
    row = desk.one(client, client_id)
    assert row["phone"] is None
    assert row["instagram"] is None


@pytest.mark.parametrize(
    ("fields", "code", "params"),
    [
        ({"phone": "123"}, "phone_too_short", {"field": "phone"}),
        ({"phone": "(11) 1234-5678x"}, "phone_invalid", {"field": "phone"}),
        ({"guardian_phone": "abc"}, "phone_not_a_number", {"field": "guardian_phone"}),
        ({"email": "ana-at-example"}, "email_invalid", {"field": "email"}),
        ({"instagram": "ana souza!"}, "instagram_invalid", {"field": "instagram"}),
        ({"instagram": "a" * 31}, "instagram_too_long", {"field": "instagram", "max": "30"}),
        ({"document_type": "cpf", "document_number": "529.982.247-24"}, "invalid_cpf", {"number": "529.982.247-24"}),
        ({"guardian_document": "529.982.247-24"}, "invalid_cpf", {"field": "guardian_document"}),
        ({"blocked_reason": "faltou"}, "blocked_reason_not_blocked", {"field": "blocked_reason"}),
        ({"birth_date": "2099-01-01"}, "birth_in_future", {"field": "birth_date"}),
    ],
)
def test_bad_input_is_refused_with_a_code_and_nothing_is_stored(
    desk: Desk, fields: dict[str, Any], code: str, params: dict[str, str]
) -> None:
    problem = refused(desk, fields)
    assert (problem.code, problem.params) == (code, params)
    assert desk.rows(client) == []


def test_a_refusal_never_repeats_what_was_typed(desk: Desk) -> None:
    problem = refused(desk, {"phone": "+55 11 0000 zuleika"})
    assert "zuleika" not in problem.message
    assert "zuleika" not in str(problem.params)


def test_a_guardian_document_that_is_not_a_cpf_is_kept_as_typed(desk: Desk) -> None:
    row = desk.one(client, desk.add_client(guardian_document="RG 12.345.678-9"))
    assert row["guardian_document"] == "RG 12.345.678-9"


def test_the_birth_date_is_checked_against_the_day_the_change_was_made(desk: Desk) -> None:
    """Today (the mutation's own time, in São Paulo) is allowed, tomorrow is not; a change made
    yesterday and applied today gives the same answer as it did yesterday."""
    made = dt.datetime(2026, 5, 4, 2, 30, tzinfo=dt.UTC)  # 3 May, 23:30 in São Paulo
    mutation_uuid = uuid_at(made)
    ok = {"client_id": str(uuid7()), "full_name": "Bia", "birth_date": "2026-05-03"}
    desk.run("client.create", ok, mutation_uuid=mutation_uuid)
    late = {"client_id": str(uuid7()), "full_name": "Caio", "birth_date": "2026-05-04"}
    with pytest.raises(InvalidArguments) as caught:
        desk.run("client.create", late, mutation_uuid=uuid_at(made))
    assert caught.value.code == "birth_in_future"


def test_blocking_keeps_a_reason_and_unblocking_clears_it(desk: Desk) -> None:
    client_id = desk.add_client(blocked=True, blocked_reason="  faltou três vezes ")
    assert desk.one(client, client_id)["blocked_reason"] == "faltou três vezes"
    desk.run("client.update", {"client_id": str(client_id), "changes": {"blocked": False}})
    row = desk.one(client, client_id)
    assert row["blocked"] is False
    assert row["blocked_reason"] is None
    with pytest.raises(InvalidArguments) as caught:
        desk.run("client.update", {"client_id": str(client_id), "changes": {"blocked_reason": "de novo"}})
    assert caught.value.code == "blocked_reason_not_blocked"


def uuid_at(instant: dt.datetime) -> uuid.UUID:
    """A UUIDv7 made at ``instant`` (a mutation made then)."""
    ms = int(instant.timestamp() * 1000)
    return uuid.UUID(int=(ms << 80) | (uuid7().int & ((1 << 80) - 1)))


# -- the normalisers, under any text ----------------------------------------------------------

NORMALISERS = [
    contact.normalize_phone,
    contact.normalize_email,
    contact.normalize_cpf,
    contact.normalize_instagram,
]


@pytest.mark.parametrize("normalise", NORMALISERS, ids=lambda f: f.__name__)
@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60) | st.from_regex(r"\+?[0-9 ().@_a-zA-Z-]{0,25}", fullmatch=True))
def test_a_normaliser_gives_a_value_or_a_code_and_is_idempotent(normalise: Callable[[str], str], text: str) -> None:
    code: str | None = None
    try:
        value = normalise(text)
    except contact.ContactProblem as problem:
        code = problem.code
    if code is not None:
        assert code in contact.CODES
    else:
        assert normalise(value) == value


@settings(max_examples=200, deadline=None)
@given(
    area=st.sampled_from(["11", "21", "31", "41", "51", "61", "71", "81", "91"]),
    number=st.from_regex(r"9[6-9][0-9]{7}", fullmatch=True),
    style=st.sampled_from(["({a}) {n1}-{n2}", "{a}{n}", "+55 {a} {n}", "0{a} {n1} {n2}", "+55({a}){n1}.{n2}"]),
)
def test_a_brazilian_mobile_however_typed_is_one_number(area: str, number: str, style: str) -> None:
    typed = style.format(a=area, n=number, n1=number[:5], n2=number[5:])
    assert contact.normalize_phone(typed) == f"+55{area}{number}"


@settings(max_examples=200, deadline=None)
@given(
    handle=st.from_regex(r"[A-Za-z0-9._]{1,30}", fullmatch=True), at=st.booleans(), pad=st.sampled_from(["", " ", "  "])
)
def test_an_instagram_handle_however_typed_is_one_handle(handle: str, at: bool, pad: str) -> None:
    typed = f"{pad}{'@' if at else ''}{handle}{pad}"
    assert contact.normalize_instagram(typed) == handle.lower()


def test_the_arguments_carry_the_stored_form_so_an_undo_sees_the_row() -> None:
    """What the desk keeps in its outbox (and undoes, redoes, pushes) is what is stored; an
    invalid value stays as typed, for the mutation to refuse with its code."""
    fields = ClientFields(phone="+55 11 97777-6666", email=" Ana@Example.COM ", instagram=" @Ana ", blocked_reason=" ")
    assert fields.model_dump(exclude_unset=True) == {
        "phone": "+5511977776666",
        "email": "ana@example.com",
        "instagram": "ana",
        "blocked_reason": None,
    }
    assert ClientFields(phone="123").phone == "123"
