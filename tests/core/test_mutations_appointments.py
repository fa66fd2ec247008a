"""Booking, rescheduling and cancelling; double bookings are kept and flagged, never lost."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments, NotAllowed, NotFound, StaleTarget
from kronos_core.schema import appointment, sync_conflict
from tests.core.harness import UTC, Desk, at


@pytest.fixture
def artist(desk: Desk) -> uuid.UUID:
    return desk.add_staff("artist", "Rafa Lima")


@pytest.fixture
def ana(desk: Desk) -> uuid.UUID:
    return desk.add_client("Ana Souza")


def _conflicts(desk: Desk, kind: str = "double_booking") -> list[dict]:
    return desk.rows(sync_conflict, kind=kind)


def test_book_stores_the_appointment_in_utc(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    booking = desk.book(artist, at(12, 14), at(12, 17), client_id=ana)
    row = desk.one(appointment, booking)
    assert row["starts_at"] == dt.datetime(2026, 3, 12, 17, 0, tzinfo=UTC)
    assert row["ends_at"] == dt.datetime(2026, 3, 12, 20, 0, tzinfo=UTC)
    assert (row["status"], row["kind"], row["in_conflict"], row["client_id"]) == ("booked", "session", False, ana)
    assert _conflicts(desk) == []


def test_a_clash_with_the_same_artist_is_stored_in_conflict(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    first = desk.book(artist, at(12, 14), at(12, 17), client_id=ana)
    second_id = uuid7()
    mutation = uuid7()
    ctx = desk.run(
        "appointment.book",
        {
            "appointment_id": str(second_id),
            "client_id": str(desk.add_client("Bia")),
            "artist_id": str(artist),
            "starts_at": at(12, 16).isoformat(),
            "ends_at": at(12, 18).isoformat(),
        },
        mutation_uuid=mutation,
    )
    assert desk.one(appointment, first)["in_conflict"] is False  # the first booking keeps the slot
    second = desk.one(appointment, second_id)
    assert second["in_conflict"] is True
    assert second["status"] == "booked"  # stored, not refused
    (conflict,) = _conflicts(desk)
    assert conflict["row_ids"] == [str(second_id), str(first)]
    assert conflict["mine"]["id"] == str(second_id)
    assert [c["id"] for c in conflict["theirs"]] == [str(first)]
    assert conflict["mutation_uuid"] == mutation
    assert conflict["id"] == ctx.derived_id("conflict:1")
    assert ctx.changed == {"appointment": {second_id}, "sync_conflict": {conflict["id"]}}
    assert [(u.table, u.before) for u in ctx.undo] == [("appointment", None), ("sync_conflict", None)]


def test_adjacent_bookings_do_not_clash(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    desk.book(artist, at(12, 10), at(12, 13), client_id=ana)
    before = desk.book(artist, at(12, 7), at(12, 10), client_id=ana)
    after = desk.book(artist, at(12, 13), at(12, 15), client_id=ana)
    assert desk.one(appointment, before)["in_conflict"] is False
    assert desk.one(appointment, after)["in_conflict"] is False
    assert _conflicts(desk) == []


def test_the_longest_booking_is_still_seen_at_its_end(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    """The clash check reads bookings that start at most 16 hours (the longest allowed) before:
    a 16-hour session still clashes with a booking in its last hour, on both databases."""
    marathon = desk.book(artist, at(12, 6), at(12, 22), client_id=ana)  # 16 hours
    late = desk.book(artist, at(12, 21), at(12, 23), client_id=ana)
    assert desk.one(appointment, marathon)["in_conflict"] is False
    assert desk.one(appointment, late)["in_conflict"] is True
    with pytest.raises(InvalidArguments, match="16 hours"):
        desk.book(artist, at(13, 6), at(13, 22, 1), client_id=ana)


def test_offsets_do_not_fool_the_clash_check(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    desk.book(artist, at(12, 10), at(12, 13), client_id=ana)  # 13:00-16:00 UTC
    # 15:00-16:00 UTC written in UTC: overlaps though the wall-clock hours look later.
    clash = desk.book(
        artist, dt.datetime(2026, 3, 12, 15, tzinfo=UTC), dt.datetime(2026, 3, 12, 16, tzinfo=UTC), client_id=ana
    )
    assert desk.one(appointment, clash)["in_conflict"] is True


def test_other_artists_and_other_studios_do_not_clash(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    desk.book(artist, at(12, 10), at(12, 13), client_id=ana)
    colleague = desk.add_staff("artist")
    other_booking = desk.book(colleague, at(12, 10), at(12, 13), client_id=ana)
    assert desk.one(appointment, other_booking)["in_conflict"] is False
    other = Desk(desk.engine).setup()
    theirs = other.book(other.owner_id, at(12, 10), at(12, 13), client_id=other.add_client())
    assert other.one(appointment, theirs)["in_conflict"] is False
    assert _conflicts(desk) == []


def test_a_station_is_booked_once_at_a_time(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    maca = desk.add_station()
    desk.book(artist, at(12, 10), at(12, 13), client_id=ana, station_id=maca)
    colleague = desk.add_staff("artist")
    clash = desk.book(colleague, at(12, 12), at(12, 14), client_id=ana, station_id=maca)
    assert desk.one(appointment, clash)["in_conflict"] is True
    assert len(_conflicts(desk)) == 1


def test_a_booking_in_conflict_does_not_take_the_slot(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    holder = desk.book(artist, at(12, 10), at(12, 13), client_id=ana)
    second = desk.book(artist, at(12, 10), at(12, 13), client_id=ana)  # in conflict with the holder
    third = desk.book(artist, at(12, 11), at(12, 12), client_id=ana)
    assert desk.one(appointment, third)["in_conflict"] is True
    # Each conflict names the new booking and the one holding the slot, never the other loser.
    assert sorted(c["row_ids"] for c in _conflicts(desk)) == sorted(
        [[str(second), str(holder)], [str(third), str(holder)]]
    )


def test_a_cancelled_booking_frees_the_slot(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    first = desk.book(artist, at(12, 10), at(12, 13), client_id=ana)
    desk.run(
        "appointment.cancel",
        {"appointment_id": str(first), "reason": "cliente desmarcou", "cancelled_at": at(11, 9).isoformat()},
    )
    again = desk.book(artist, at(12, 10), at(12, 13), client_id=ana)
    assert desk.one(appointment, again)["in_conflict"] is False
    assert _conflicts(desk) == []


def test_a_block_needs_no_client_but_a_session_does(desk: Desk, artist: uuid.UUID) -> None:
    block = desk.book(artist, at(13, 12), at(13, 13), kind="block")
    assert desk.one(appointment, block)["client_id"] is None
    with pytest.raises(InvalidArguments, match="a booking needs a client"):
        desk.book(artist, at(13, 14), at(13, 15))


@pytest.mark.parametrize(
    ("starts", "ends", "message"),
    [
        ("2026-03-12T10:00:00", "2026-03-12T12:00:00-03:00", "starts_at: Input should have timezone info"),
        ("2026-03-12T10:00:00-03:00", "2026-03-12T12:00:00", "ends_at: Input should have timezone info"),
        ("2026-03-12T12:00:00-03:00", "2026-03-12T10:00:00-03:00", "must end after it starts"),
        ("2026-03-12T10:00:00-03:00", "2026-03-13T10:00:00-03:00", "cannot last more than 16 hours"),
        ("amanhã", "2026-03-12T10:00:00-03:00", "starts_at: Input should be a valid datetime"),
    ],
)
def test_invalid_spans_are_refused(
    desk: Desk, artist: uuid.UUID, ana: uuid.UUID, starts: str, ends: str, message: str
) -> None:
    with pytest.raises(InvalidArguments) as caught:
        desk.run(
            "appointment.book",
            {
                "appointment_id": str(uuid7()),
                "client_id": str(ana),
                "artist_id": str(artist),
                "starts_at": starts,
                "ends_at": ends,
            },
        )
    assert message in caught.value.message
    assert desk.rows(appointment) == []


def test_python_naive_datetimes_are_refused_too(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    starts, ends = dt.datetime(2026, 3, 12, 10), dt.datetime(2026, 3, 12, 12)  # noqa: DTZ001  (the point)
    args = {"appointment_id": uuid7(), "client_id": ana, "artist_id": artist, "starts_at": starts, "ends_at": ends}
    with pytest.raises(InvalidArguments, match="timezone"):
        desk.run("appointment.book", args)


def test_unknown_or_blocked_targets(desk: Desk, artist: uuid.UUID) -> None:
    with pytest.raises(NotFound, match="client"):
        desk.book(artist, at(12, 10), at(12, 11), client_id=uuid7())
    with pytest.raises(NotFound, match="artist"):
        desk.book(uuid7(), at(12, 10), at(12, 11), kind="block")
    with pytest.raises(NotFound, match="station"):
        desk.book(artist, at(12, 10), at(12, 11), kind="block", station_id=uuid7())
    blocked = desk.add_client("Caio", blocked=True)
    with pytest.raises(InvalidArguments, match="Caio is blocked"):
        desk.book(artist, at(12, 10), at(12, 11), client_id=blocked)
    desk.run("staff.update", {"staff_id": str(artist), "active": False})
    with pytest.raises(InvalidArguments, match="no longer active"):
        desk.book(artist, at(12, 10), at(12, 11), kind="block")
    assert desk.rows(appointment) == []


def test_artists_book_only_on_their_own_calendar(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    colleague = desk.add_staff("artist")
    own = desk.book(artist, at(12, 10), at(12, 11), client_id=ana, **desk.as_staff(artist))
    assert desk.one(appointment, own)["changed_by"] == artist
    with pytest.raises(NotAllowed, match="own calendar"):
        desk.book(colleague, at(12, 10), at(12, 11), client_id=ana, **desk.as_staff(artist))
    theirs = desk.book(colleague, at(12, 12), at(12, 13), client_id=ana)
    with pytest.raises(NotAllowed):
        desk.run(
            "appointment.reschedule",
            {"appointment_id": str(theirs), "starts_at": at(12, 14).isoformat(), "ends_at": at(12, 15).isoformat()},
            **desk.as_staff(artist),
        )
    with pytest.raises(NotAllowed):  # nor move their own booking onto a colleague's calendar
        desk.run(
            "appointment.reschedule",
            {
                "appointment_id": str(own),
                "starts_at": at(12, 14).isoformat(),
                "ends_at": at(12, 15).isoformat(),
                "artist_id": str(colleague),
            },
            **desk.as_staff(artist),
        )
    with pytest.raises(NotAllowed):
        desk.run(
            "appointment.cancel",
            {"appointment_id": str(theirs), "cancelled_at": at(11, 9).isoformat()},
            **desk.as_staff(artist),
        )
    assert desk.one(appointment, theirs)["status"] == "booked"


def test_a_receptionist_books_for_any_artist(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    receptionist = desk.add_staff("receptionist")
    booking = desk.book(artist, at(12, 10), at(12, 11), client_id=ana, **desk.as_staff(receptionist))
    assert desk.one(appointment, booking)["changed_by"] == receptionist


def test_reschedule_moves_and_records_the_before_image(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    booking = desk.book(artist, at(12, 10), at(12, 11), client_id=ana)
    ctx = desk.run(
        "appointment.reschedule",
        {"appointment_id": str(booking), "starts_at": at(13, 15).isoformat(), "ends_at": at(13, 17).isoformat()},
    )
    row = desk.one(appointment, booking)
    assert (row["starts_at"], row["ends_at"]) == (at(13, 15), at(13, 17))
    (undo,) = ctx.undo
    assert undo.before is not None
    assert dt.datetime.fromisoformat(undo.before["starts_at"]) == at(12, 10)
    assert ctx.changed == {"appointment": {booking}}


def test_reschedule_into_a_clash_and_out_of_it(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    holder = desk.book(artist, at(12, 10), at(12, 12), client_id=ana)
    mover = desk.book(artist, at(12, 14), at(12, 15), client_id=ana)
    desk.run(
        "appointment.reschedule",
        {"appointment_id": str(mover), "starts_at": at(12, 11).isoformat(), "ends_at": at(12, 13).isoformat()},
    )
    assert desk.one(appointment, mover)["in_conflict"] is True
    (conflict,) = _conflicts(desk)
    assert conflict["row_ids"] == [str(mover), str(holder)]
    desk.run(
        "appointment.reschedule",
        {"appointment_id": str(mover), "starts_at": at(12, 12).isoformat(), "ends_at": at(12, 13).isoformat()},
    )
    assert desk.one(appointment, mover)["in_conflict"] is False


def test_reschedule_to_another_artist_and_station(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    maca = desk.add_station()
    colleague = desk.add_staff("artist")
    booking = desk.book(artist, at(12, 10), at(12, 11), client_id=ana, station_id=maca)
    desk.run(
        "appointment.reschedule",
        {
            "appointment_id": str(booking),
            "starts_at": at(12, 10).isoformat(),
            "ends_at": at(12, 11).isoformat(),
            "artist_id": str(colleague),
            "clear_station": True,
        },
    )
    row = desk.one(appointment, booking)
    assert (row["artist_id"], row["station_id"]) == (colleague, None)


def test_cancel_is_idempotent(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    booking = desk.book(artist, at(12, 10), at(12, 11), client_id=ana)
    args = {"appointment_id": str(booking), "reason": "febre", "cancelled_at": at(11, 20).isoformat()}
    first = desk.run("appointment.cancel", args)
    row = desk.one(appointment, booking)
    assert (row["status"], row["cancellation_reason"]) == ("cancelled", "febre")
    assert row["cancelled_at"] == at(11, 20)
    assert first.changed["appointment"] == {booking}
    assert len(first.changed["audit_event"]) == 1  # the trail of a status move
    again = desk.run("appointment.cancel", {**args, "reason": "outra", "cancelled_at": at(11, 21).isoformat()})
    assert again.changed == {}
    assert again.undo == []
    assert desk.one(appointment, booking) == row


def test_a_cancelled_booking_cannot_be_rescheduled(desk: Desk, artist: uuid.UUID, ana: uuid.UUID) -> None:
    booking = desk.book(artist, at(12, 10), at(12, 11), client_id=ana)
    desk.run("appointment.cancel", {"appointment_id": str(booking), "cancelled_at": at(11, 9).isoformat()})
    with pytest.raises(StaleTarget, match="cancelled appointment cannot be rescheduled"):
        desk.run(
            "appointment.reschedule",
            {"appointment_id": str(booking), "starts_at": at(13, 10).isoformat(), "ends_at": at(13, 11).isoformat()},
        )
    with pytest.raises(NotFound):
        desk.run("appointment.cancel", {"appointment_id": str(uuid7()), "cancelled_at": at(11, 9).isoformat()})
    with pytest.raises(InvalidArguments, match="cancelled_at: Field required"):
        desk.run("appointment.cancel", {"appointment_id": str(booking)})
