"""Rules about people, in the core and enforced by the mutations on SQLite and PostgreSQL: a CPF
must have its check digits right, and below the studio's minimum age a client is booked only for
a consultation (counted on the appointment's day in the studio's time zone)."""

from __future__ import annotations

import ast
import datetime as dt
import uuid
from pathlib import Path

import pytest

import kronos_core
import kronos_server
from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments
from kronos_core.people import age_on, cpf_is_valid, is_minor, normalise_cpf
from kronos_core.schema import appointment, client, sync_conflict
from tests.core.harness import UTC, Desk, at

VALID = "52998224725"


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("52998224725", True),
        ("529.982.247-25", True),
        (" 529.982.247-25 ", True),
        ("52998224724", False),  # last check digit wrong
        ("52998224715", False),  # first check digit wrong
        ("11111111111", False),  # the sum passes, but no such CPF is issued
        ("5299822472", False),  # ten digits
        ("529982247250", False),  # twelve
        ("", False),
    ],
)
def test_cpf_check_digits(text: str, valid: bool) -> None:
    assert cpf_is_valid(text) is valid


def test_age_counts_birthdays_had() -> None:
    born = dt.date(2008, 3, 20)
    assert age_on(born, dt.date(2026, 3, 19)) == 17
    assert age_on(born, dt.date(2026, 3, 20)) == 18
    leap = dt.date(2008, 2, 29)
    assert age_on(leap, dt.date(2026, 2, 28)) == 17
    assert age_on(leap, dt.date(2026, 3, 1)) == 18
    assert is_minor(born, dt.date(2026, 3, 19))
    assert not is_minor(born, dt.date(2026, 3, 20))
    assert not is_minor(None, dt.date(2026, 3, 19))


# -- CPF in client.create and client.update ---------------------------------------------------
def test_a_client_with_a_wrong_cpf_is_refused(desk: Desk) -> None:
    with pytest.raises(InvalidArguments) as caught:
        desk.add_client(document_type="cpf", document_number="529.982.247-24")
    assert caught.value.code == "invalid_cpf"
    assert caught.value.params == {"number": "529.982.247-24"}
    assert desk.rows(client) == []


def test_a_valid_cpf_is_kept_as_its_eleven_digits(desk: Desk) -> None:
    client_id = desk.add_client(document_type="cpf", document_number="529.982.247-25")
    assert desk.one(client, client_id)["document_number"] == VALID


def test_other_documents_are_not_held_to_the_cpf_rule(desk: Desk) -> None:
    client_id = desk.add_client(document_type="rg", document_number="12.345.678-X")
    assert desk.one(client, client_id)["document_number"] == "12.345.678-X"


@pytest.mark.parametrize(
    ("created", "changes"),
    [
        ({"document_type": "cpf", "document_number": VALID}, {"document_number": "52998224724"}),
        ({"document_type": "rg", "document_number": "52998224724"}, {"document_type": "cpf"}),
        ({}, {"document_type": "cpf", "document_number": "123"}),
    ],
)
def test_an_update_that_makes_a_wrong_cpf_is_refused(desk: Desk, created: dict, changes: dict) -> None:
    client_id = desk.add_client(**created)
    before = desk.one(client, client_id)
    with pytest.raises(InvalidArguments) as caught:
        desk.run("client.update", {"client_id": str(client_id), "changes": changes})
    assert caught.value.code == "invalid_cpf"
    assert desk.one(client, client_id) == before


def test_an_update_to_a_valid_cpf_applies(desk: Desk) -> None:
    client_id = desk.add_client()
    changes = {"document_type": "cpf", "document_number": "529.982.247-25"}
    desk.run("client.update", {"client_id": str(client_id), "changes": changes})
    assert desk.one(client, client_id)["document_number"] == normalise_cpf("529.982.247-25") == VALID


# -- the studio's minimum age ---------------------------------------------------------------------
@pytest.fixture
def artist(desk: Desk) -> uuid.UUID:
    return desk.add_staff("artist", "Rafa Lima")


@pytest.fixture
def teen(desk: Desk) -> uuid.UUID:
    """Turns 18 on 20 March 2026 (the harness's bookings are in São Paulo, March 2026)."""
    return desk.add_client("Lia Prado", birth_date="2008-03-20")


def test_a_session_for_a_client_under_the_minimum_age_is_refused(
    desk: Desk, artist: uuid.UUID, teen: uuid.UUID
) -> None:
    with pytest.raises(InvalidArguments) as caught:
        desk.book(artist, at(19, 14), at(19, 16), client_id=teen, kind="session")
    assert caught.value.code == "under_min_age"
    assert caught.value.params == {"name": "Lia Prado", "age": "17", "min_age": "18"}
    for kind in ("touch_up", "walk_in"):
        with pytest.raises(InvalidArguments):
            desk.book(artist, at(19, 14), at(19, 16), client_id=teen, kind=kind)
    assert desk.rows(appointment) == []


def test_a_consultation_for_the_same_client_is_booked(desk: Desk, artist: uuid.UUID, teen: uuid.UUID) -> None:
    booking = desk.book(artist, at(19, 14), at(19, 15), client_id=teen, kind="consultation")
    assert desk.one(appointment, booking)["kind"] == "consultation"


def test_the_day_counts_in_the_studios_time_zone(desk: Desk, artist: uuid.UUID, teen: uuid.UUID) -> None:
    # 19 March at 22:00 in São Paulo is already 20 March in UTC: she is still 17 at the studio.
    with pytest.raises(InvalidArguments) as caught:
        desk.book(artist, at(19, 22), at(19, 23), client_id=teen)
    assert caught.value.code == "under_min_age"
    assert at(19, 22).astimezone(UTC).date() == dt.date(2026, 3, 20)
    booking = desk.book(artist, at(20, 9), at(20, 12), client_id=teen)  # her 18th birthday
    assert desk.one(appointment, booking)["kind"] == "session"


def test_a_client_without_a_birth_date_is_booked(desk: Desk, artist: uuid.UUID) -> None:
    unknown = desk.add_client("Sem Data")
    assert desk.one(appointment, desk.book(artist, at(19, 14), at(19, 16), client_id=unknown))


def test_the_minimum_age_is_the_studios_setting(desk: Desk, artist: uuid.UUID, teen: uuid.UUID) -> None:
    desk.run("studio.update", {"min_client_age": 16})
    assert desk.one(appointment, desk.book(artist, at(19, 14), at(19, 16), client_id=teen))
    desk.run("studio.update", {"min_client_age": 21})
    with pytest.raises(InvalidArguments) as caught:
        desk.book(artist, at(25, 14), at(25, 16), client_id=teen)
    assert caught.value.params["min_age"] == "21"


def test_a_session_cannot_be_moved_to_a_day_the_client_is_under_age(
    desk: Desk, artist: uuid.UUID, teen: uuid.UUID
) -> None:
    booking = desk.book(artist, at(20, 14), at(20, 16), client_id=teen)
    move = {"appointment_id": str(booking), "starts_at": at(18, 14).isoformat(), "ends_at": at(18, 16).isoformat()}
    with pytest.raises(InvalidArguments) as caught:
        desk.run("appointment.reschedule", move)
    assert caught.value.code == "under_min_age"
    assert desk.one(appointment, booking)["starts_at"] == at(20, 14)
    later = {"appointment_id": str(booking), "starts_at": at(27, 14).isoformat(), "ends_at": at(27, 16).isoformat()}
    desk.run("appointment.reschedule", later)
    assert desk.one(appointment, booking)["starts_at"] == at(27, 14)


def test_a_consultation_can_be_moved_to_any_day(desk: Desk, artist: uuid.UUID, teen: uuid.UUID) -> None:
    booking = desk.book(artist, at(20, 14), at(20, 15), client_id=teen, kind="consultation")
    move = {"appointment_id": str(booking), "starts_at": at(12, 14).isoformat(), "ends_at": at(12, 15).isoformat()}
    desk.run("appointment.reschedule", move)
    assert desk.one(appointment, booking)["starts_at"] == at(12, 14)


# -- the double-booking conflict, built in one place ----------------------------------------------
def test_the_double_booking_conflict_is_built_in_one_place() -> None:
    """Every ``double_booking`` conflict is written by record_double_booking (its payload's shape
    is the inbox's and the desks' contract): no other ``.conflict("double_booking", ...)``."""
    writers = []
    for package in (kronos_core, kronos_server):
        for path in Path(package.__file__).parent.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "conflict"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and node.args[0].value == "double_booking"
                ):
                    writers.append(path.name)
    assert writers == ["appointments.py"]


def test_a_clash_records_mine_and_theirs_in_utc(desk: Desk, artist: uuid.UUID) -> None:
    """The booking's own span was kept with the offset the desk sent (-03:00) and the clashing
    ones in UTC; now both in UTC, as stored."""
    ana = desk.add_client("Ana Souza")
    first = desk.book(artist, at(12, 14), at(12, 17), client_id=ana)
    second_id = uuid7()
    args = {
        "appointment_id": str(second_id),
        "client_id": str(ana),
        "artist_id": str(artist),
        "starts_at": at(12, 16).isoformat(),
        "ends_at": at(12, 18).isoformat(),
    }
    desk.run("appointment.book", args)
    (conflict,) = desk.rows(sync_conflict, kind="double_booking")
    assert conflict["row_ids"] == [str(second_id), str(first)]
    assert conflict["mine"] == {
        "id": str(second_id),
        "starts_at": "2026-03-12T19:00:00+00:00",
        "ends_at": "2026-03-12T21:00:00+00:00",
    }
    assert conflict["theirs"] == [
        {"id": str(first), "starts_at": "2026-03-12T17:00:00+00:00", "ends_at": "2026-03-12T20:00:00+00:00"}
    ]
    assert conflict["detail"] == "the artist or station is already booked at that time"
