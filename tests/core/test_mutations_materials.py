"""The studio's inks and materials and the session's traceability record
(kronos_core/mutations/materials.py) on SQLite and PostgreSQL: the list kept by managers, a
record that copies what was used as it was, an expired lot or an unregistered ink refused against
the session's day in the studio's zone, records never changed, kept by an erase."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import ApplyContext, MutationError, NotAllowed
from kronos_core.schema import material, session_record
from tests.core.harness import Desk, at
from tests.core.test_inverses import undo

INK = {"kind": "ink", "name": "Preto Tribal", "manufacturer": "Electric Ink", "anvisa_registration": "80349870001",
       "colour": "Preto", "lot": "ET-2291", "manufactured_on": "2025-09-01", "expires_on": "2026-03-10",
       "opened_on": "2026-01-15"}  # fmt: skip


def refused(desk: Desk, name: str, args: dict[str, Any], **run: Any) -> MutationError:
    with pytest.raises(MutationError) as caught:
        desk.run(name, args, **run)
    return caught.value


def add_material(desk: Desk, **over: Any) -> uuid.UUID:
    material_id = uuid7()
    desk.run("material.add", {"material_id": str(material_id), **INK, **over})
    return material_id


@pytest.fixture
def session(desk: Desk) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """An artist, a client and a session on 10 March 2026, 21:00 to 23:00 in São Paulo (after
    midnight UTC: the 11th there)."""
    rafa, ana = desk.add_staff("artist", "Rafa Lima"), desk.add_client("Ana Souza")
    return rafa, ana, desk.book(rafa, at(10, 21), at(10, 23), client_id=ana)


def record_args(appointment_id: uuid.UUID, *products: dict[str, Any], **over: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "record_id": str(uuid7()),
        "appointment_id": str(appointment_id),
        "body_location": "Antebraço esquerdo",
        "products": list(products),
        "needle_lots": ["3RL-0425", " "],
        "disposable_lots": ["LUVA-77"],
        "autoclave_cycle": "Ciclo 1183",
        "recorded_at": at(10, 23, 30).isoformat(),
    }
    args.update(over)
    return args


def test_the_list_keeps_each_lot_and_an_edit_is_merged(desk: Desk) -> None:
    ink = add_material(desk, manufacturer="  Electric Ink ", colour="")
    row = desk.one(material, ink)
    assert (row["manufacturer"], row["colour"], row["active"]) == ("Electric Ink", None, True)
    assert str(row["expires_on"]) == "2026-03-10"
    desk.run("material.update", {"material_id": str(ink), "changes": {"lot": "ET-2300"}, "seen": {"lot": "ET-2291"}})
    assert desk.one(material, ink)["lot"] == "ET-2300"


@pytest.mark.parametrize(
    ("over", "problem"),
    [({"name": "   "}, "empty_name"), ({"manufactured_on": "2026-04-01"}, "expires_before_manufactured")],
)
def test_a_material_that_makes_no_sense_is_refused(desk: Desk, over: dict[str, Any], problem: str) -> None:
    error = refused(desk, "material.add", {"material_id": str(uuid7()), **INK, **over})
    assert (error.code, error.params["problem"]) == ("material_invalid", problem)
    ink = add_material(desk)
    error = refused(desk, "material.update", {"material_id": str(ink), "changes": {"expires_on": "2025-01-01"}})
    assert error.code == "material_invalid"
    assert desk.one(material, ink)["lot"] == "ET-2291"


def test_only_managers_keep_the_list_and_an_addition_undone_leaves_it(desk: Desk) -> None:
    receptionist = desk.add_staff("receptionist", "Lia")
    args = {"material_id": str(uuid7()), **INK}
    assert refused(desk, "material.add", args, **desk.as_staff(receptionist)).code == "role_not_allowed"
    ctx = desk.run("material.add", args)
    undo(desk, "material.add", args, ctx)
    assert desk.one(material, uuid.UUID(args["material_id"]))["active"] is False


def test_a_record_copies_the_products_as_they_were(desk: Desk, session: tuple[uuid.UUID, ...]) -> None:
    rafa, ana, booking = session
    ink = add_material(desk)
    product = {"material_id": ink.hex, **INK}
    args = record_args(booking, product, {"kind": "needle", "name": "Agulha 3RL", "lot": "3RL-0425"})
    desk.run("session_record.add", args, **desk.as_staff(rafa))
    row = desk.one(session_record, uuid.UUID(args["record_id"]))
    assert (row["client_id"], row["artist_id"], row["body_location"]) == (ana, rafa, "Antebraço esquerdo")
    assert row["products"][0] == {"material_id": ink.hex, **INK}
    assert row["products"][1]["anvisa_registration"] is None
    assert (row["needle_lots"], row["disposable_lots"], row["autoclave_cycle"]) == (
        ["3RL-0425"], ["LUVA-77"], "Ciclo 1183",
    )  # fmt: skip
    # A later edit of the list changes no record.
    desk.run("material.update", {"material_id": str(ink), "changes": {"lot": "ET-9999"}})
    assert desk.one(session_record, uuid.UUID(args["record_id"]))["products"][0]["lot"] == "ET-2291"


def test_a_lot_expiring_on_the_sessions_day_is_good_and_one_expired_before_is_refused(
    desk: Desk, session: tuple[uuid.UUID, ...]
) -> None:
    _, _, booking = session
    # The session is on 10 March in São Paulo (11 March in UTC): the lot expiring on the 10th is still good.
    desk.run("session_record.add", record_args(booking, INK))
    error = refused(desk, "session_record.add", record_args(booking, {**INK, "expires_on": "2026-03-09"}))
    assert error.code == "material_expired"
    assert error.params == {"name": "Preto Tribal", "lot": "ET-2291", "expires_on": "2026-03-09"}
    assert len(desk.rows(session_record)) == 1, "nothing of the refused record was written"


def test_an_ink_without_registration_is_refused_but_a_needle_needs_none(
    desk: Desk, session: tuple[uuid.UUID, ...]
) -> None:
    _, _, booking = session
    for blank in (None, "  "):
        error = refused(desk, "session_record.add", record_args(booking, {**INK, "anvisa_registration": blank}))
        assert (error.code, error.params) == ("ink_unregistered", {"name": "Preto Tribal"})
    desk.run("session_record.add", record_args(booking, {"kind": "needle", "name": "Agulha 7RS", "lot": "N1"}))
    assert len(desk.rows(session_record)) == 1


def test_a_record_needs_the_body_location(desk: Desk, session: tuple[uuid.UUID, ...]) -> None:
    _, _, booking = session
    error = refused(desk, "session_record.add", record_args(booking, body_location="   "))
    assert error.code == "session_record_location_missing"


def test_an_artist_records_only_their_own_sessions(desk: Desk, session: tuple[uuid.UUID, ...]) -> None:
    _, _, booking = session
    duda = desk.add_staff("artist", "Duda")
    assert refused(desk, "session_record.add", record_args(booking), **desk.as_staff(duda)).code == (
        "artist_own_calendar"
    )


def test_a_record_is_never_changed_and_a_correction_is_a_new_row(desk: Desk, session: tuple[uuid.UUID, ...]) -> None:
    rafa, ana, booking = session
    first = record_args(booking, INK)
    desk.run("session_record.add", first)
    before = desk.one(session_record, uuid.UUID(first["record_id"]))
    with desk.engine.begin() as tx:
        ctx = ApplyContext(tx, desk.actor(), uuid7(), "session_record.add", desk.now)
        with pytest.raises(NotAllowed) as caught:
            ctx.update(session_record, uuid.UUID(first["record_id"]), {"body_location": "Costas"})
        assert caught.value.code == "append_only"
    other = desk.book(rafa, at(12, 10), at(12, 12), client_id=ana)
    error = refused(desk, "session_record.add", record_args(other, corrects_id=first["record_id"]))
    assert error.code == "session_record_corrects_other"
    correction = record_args(booking, INK, body_location="Antebraço direito", corrects_id=first["record_id"])
    desk.run("session_record.add", correction)
    assert desk.one(session_record, uuid.UUID(first["record_id"])) == before
    assert desk.one(session_record, uuid.UUID(correction["record_id"]))["corrects_id"] == uuid.UUID(first["record_id"])


def test_after_an_erase_the_session_records_stay(desk: Desk, session: tuple[uuid.UUID, ...]) -> None:
    """After an erase: the client's session records stay, unchanged, for the retention period."""
    _, ana, booking = session
    args = record_args(booking, INK, adverse_reactions="Vermelhidão leve")
    desk.run("session_record.add", args)
    before = desk.one(session_record, uuid.UUID(args["record_id"]))
    desk.run("client.erase", {"client_id": str(ana), "erased_at": desk.now.isoformat()})
    assert desk.one(session_record, uuid.UUID(args["record_id"])) == before


def test_an_edit_of_the_list_undone_puts_the_values_back(desk: Desk) -> None:
    ink = add_material(desk)
    args = {"material_id": str(ink), "changes": {"lot": "ET-2300", "expires_on": "2027-06-30"},
            "seen": {"lot": "ET-2291", "expires_on": "2026-03-10"}}  # fmt: skip
    ctx = desk.run("material.update", args)
    undo(desk, "material.update", args, ctx)
    row = desk.one(material, ink)
    assert (row["lot"], str(row["expires_on"])) == ("ET-2291", "2026-03-10")
