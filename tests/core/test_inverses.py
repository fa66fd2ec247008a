"""Each mutation's inverse (kronos_core/mutations/inverses.py), on SQLite and PostgreSQL.

The registry is listed: every registered mutation is either invertible or declared final, so a
new mutation cannot be forgotten. Each inverse is run as a mutation through the same rules
(``Desk.run``), from the take-back records the change left (``ApplyContext.undo``), and puts
back what a person sees; a change made elsewhere since is a conflict or a refusal, never a
silent overwrite.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from kronos_core.mutations import REGISTRY, ApplyContext, StaleTarget
from kronos_core.mutations.inverses import FINAL, INVERSES, Before, NoInverse, invert
from kronos_core.schema import appointment, client, station, studio, sync_conflict
from tests.core.harness import Desk, at


def test_every_mutation_is_invertible_or_declared_final() -> None:
    assert not set(INVERSES) & set(FINAL)
    forgotten = sorted(set(REGISTRY) - set(INVERSES) - set(FINAL))
    assert forgotten == [], f"declare an inverse or a reason it is final (inverses.py) for {forgotten}"
    assert sorted(set(INVERSES) | set(FINAL)) == sorted(REGISTRY), "an inverse declared for no mutation"


@pytest.mark.parametrize("name", sorted(FINAL))
def test_a_final_mutation_has_no_inverse(name: str) -> None:
    with pytest.raises(NoInverse) as refused:
        invert(name, {}, Before([]), at(10, 12))
    assert refused.value.code == "final"


def undo(desk: Desk, name: str, args: dict[str, Any], ctx: ApplyContext, **run_kwargs: Any) -> ApplyContext:
    """Run the inverse of the change ``ctx`` applied, as the desk would."""
    records = [{"table": u.table, "id": str(u.id), "before": u.before} for u in ctx.undo]
    inverse = invert(name, args, Before(records), desk.now)
    return desk.run(inverse.name, inverse.args, **run_kwargs)


@pytest.fixture
def booked(desk: Desk) -> tuple[uuid.UUID, uuid.UUID]:
    artist = desk.add_staff("artist", "Rafa Lima")
    return artist, desk.book(artist, at(11, 10), at(11, 12), client_id=desk.add_client("Ana Souza"))


def test_a_booking_undone_is_cancelled(desk: Desk) -> None:
    artist = desk.add_staff("artist", "Rafa Lima")
    args = {
        "appointment_id": str(uuid.uuid4()),
        "artist_id": str(artist),
        "client_id": str(desk.add_client("Ana Souza")),
        "starts_at": at(11, 10).isoformat(),
        "ends_at": at(11, 12).isoformat(),
    }
    ctx = desk.run("appointment.book", args)
    undo(desk, "appointment.book", args, ctx)
    row = desk.one(appointment, uuid.UUID(args["appointment_id"]))
    assert row["status"] == "cancelled"
    assert row["cancelled_at"] == desk.now


def test_a_reschedule_undone_goes_back(desk: Desk, booked: tuple[uuid.UUID, uuid.UUID]) -> None:
    _, booking = booked
    chair = desk.add_station("Maca 2")
    other = desk.add_staff("artist", "Bia Rocha")
    args = {
        "appointment_id": str(booking),
        "starts_at": at(12, 14).isoformat(),
        "ends_at": at(12, 15).isoformat(),
        "artist_id": str(other),
        "station_id": str(chair),
    }
    ctx = desk.run("appointment.reschedule", args)
    assert desk.one(appointment, booking)["station_id"] == chair
    undo(desk, "appointment.reschedule", args, ctx)
    row = desk.one(appointment, booking)
    assert (row["starts_at"], row["ends_at"]) == (at(11, 10), at(11, 12))
    assert row["artist_id"] == booked[0]
    assert row["station_id"] is None


def test_a_status_undone_goes_back(desk: Desk, booked: tuple[uuid.UUID, uuid.UUID]) -> None:
    _, booking = booked
    args = {"appointment_id": str(booking), "status": "confirmed"}
    ctx = desk.run("appointment.set_status", args)
    undo(desk, "appointment.set_status", args, ctx)
    assert desk.one(appointment, booking)["status"] == "booked"


def test_a_cancellation_undone_books_again(desk: Desk, booked: tuple[uuid.UUID, uuid.UUID]) -> None:
    _, booking = booked
    args = {"appointment_id": str(booking), "cancelled_at": desk.now.isoformat()}
    ctx = desk.run("appointment.cancel", args)
    undo(desk, "appointment.cancel", args, ctx)
    assert desk.one(appointment, booking)["status"] == "booked"


@pytest.mark.parametrize("status", ["confirmed", "checked_in", "in_progress"])
def test_a_cancellation_undone_goes_back_to_the_status_it_had(
    desk: Desk, booked: tuple[uuid.UUID, uuid.UUID], status: str
) -> None:
    """A confirmed booking called off, a checked-in client who left, a session stopped: Ctrl+Z
    brings each back as it was (issue 12: "cancelled → the status before"), not merely booked."""
    _, booking = booked
    for step in {
        "confirmed": ["confirmed"],
        "checked_in": ["checked_in"],
        "in_progress": ["checked_in", "in_progress"],
    }[status]:
        desk.run("appointment.set_status", {"appointment_id": str(booking), "status": step})
    args = {"appointment_id": str(booking), "cancelled_at": desk.now.isoformat()}
    ctx = desk.run("appointment.cancel", args)
    undo(desk, "appointment.cancel", args, ctx)
    row = desk.one(appointment, booking)
    assert (row["status"], row["cancelled_at"], row["cancellation_reason"]) == (status, None, None)


def test_a_finished_session_is_never_uncancelled_into_done(desk: Desk, booked: tuple[uuid.UUID, uuid.UUID]) -> None:
    """Back from cancelled goes only to an open status: never straight to completed."""
    _, booking = booked
    desk.run("appointment.cancel", {"appointment_id": str(booking), "cancelled_at": desk.now.isoformat()})
    with pytest.raises(StaleTarget) as refused:
        desk.run("appointment.set_status", {"appointment_id": str(booking), "status": "completed"})
    assert refused.value.code == "status_move_not_allowed"
    assert desk.one(appointment, booking)["status"] == "cancelled"


def test_a_client_update_undone_puts_the_values_back(desk: Desk) -> None:
    who = desk.add_client("Ana Souza", phone="+55 11 91234-5678", birth_date="1990-05-01")
    args = {
        "client_id": str(who),
        "changes": {"full_name": "Ana Souza Lima", "birth_date": "1991-06-02"},
        "seen": {"full_name": "Ana Souza", "birth_date": "1990-05-01"},
    }
    ctx = desk.run("client.update", args)
    undo(desk, "client.update", args, ctx)
    row = desk.one(client, who)
    assert (row["full_name"], row["birth_date"].isoformat()) == ("Ana Souza", "1990-05-01")
    assert desk.rows(sync_conflict) == []


def test_a_client_update_undone_after_a_change_elsewhere_is_a_conflict(desk: Desk) -> None:
    who = desk.add_client("Ana Souza")
    args = {"client_id": str(who), "changes": {"full_name": "Ana Lima"}, "seen": {"full_name": "Ana Souza"}}
    ctx = desk.run("client.update", args)
    desk.run("client.update", {"client_id": str(who), "changes": {"full_name": "Ana L. Souza"}})  # elsewhere
    undo(desk, "client.update", args, ctx)
    assert desk.one(client, who)["full_name"] == "Ana L. Souza"  # not silently overwritten
    (conflict,) = desk.rows(sync_conflict)
    assert (conflict["kind"], conflict["mine"], conflict["theirs"]) == (
        "field_overwrite",
        {"full_name": "Ana Souza"},
        {"full_name": "Ana L. Souza"},
    )


def test_studio_and_station_updates_undone(desk: Desk) -> None:
    renamed = {"name": "Agulha & Tinta", "seen": {"name": "Estúdio Agulha"}}
    ctx = desk.run("studio.update", renamed)
    undo(desk, "studio.update", renamed, ctx)
    assert desk.one(studio, desk.studio_id)["name"] == "Estúdio Agulha"
    chair = desk.add_station("Maca 1")
    retired: dict[str, Any] = {"station_id": str(chair), "active": False}
    ctx = desk.run("station.update", retired)
    undo(desk, "station.update", retired, ctx)
    assert desk.one(station, chair)["active"] is True


def test_a_cancellation_undone_over_a_slot_booked_since_is_flagged(
    desk: Desk, booked: tuple[uuid.UUID, uuid.UUID]
) -> None:
    """The booking comes back (un-cancelled), but its slot went to someone else meanwhile: it is
    flagged with a double_booking conflict, as any clashing booking is, never silently doubled."""
    artist, booking = booked
    args = {"appointment_id": str(booking), "cancelled_at": desk.now.isoformat(), "reason": "gripe"}
    ctx = desk.run("appointment.cancel", args)
    other = desk.book(artist, at(11, 11), at(11, 13), client_id=desk.add_client("Bia Rocha"))
    undo(desk, "appointment.cancel", args, ctx)
    row = desk.one(appointment, booking)
    assert (row["status"], row["in_conflict"], row["cancelled_at"], row["cancellation_reason"]) == (
        "booked",
        True,
        None,
        None,
    )
    assert desk.one(appointment, other)["in_conflict"] is False  # the one booked first keeps the slot
    (conflict,) = desk.rows(sync_conflict)
    assert conflict["kind"] == "double_booking"
    assert conflict["row_ids"] == [str(booking), str(other)]
