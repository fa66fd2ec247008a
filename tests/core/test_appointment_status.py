"""``appointment.set_status``: a booking moves through its day along the status table only.

On SQLite and PostgreSQL: the day of a session (booked → confirmed → checked in → in progress →
completed) applies move by move; a jump (booked straight to completed), a finished booking moved
back to booked, and another artist's booking moved by an artist are refused and change nothing.
"""

from __future__ import annotations

import uuid

import pytest

from kronos_core.mutations import InvalidArguments, NotAllowed, StaleTarget
from kronos_core.roles import Role
from kronos_core.schema import appointment
from tests.core.harness import Desk, at


@pytest.fixture
def booking(desk: Desk) -> tuple[uuid.UUID, uuid.UUID]:
    artist = desk.add_staff("artist", "Rafa Lima")
    client = desk.add_client("Ana Souza")
    return artist, desk.book(artist, at(11, 10), at(11, 12), client_id=client)


def _set(desk: Desk, appointment_id: uuid.UUID, status: str, **kwargs: object) -> None:
    desk.run("appointment.set_status", {"appointment_id": str(appointment_id), "status": status}, **kwargs)  # type: ignore[arg-type]


def test_a_session_goes_through_its_day(desk: Desk, booking: tuple[uuid.UUID, uuid.UUID]) -> None:
    _, session = booking
    for status in ("confirmed", "checked_in", "in_progress", "completed"):
        _set(desk, session, status)
        assert desk.one(appointment, session)["status"] == status
    _set(desk, session, "completed")  # already there: nothing changes, nothing refused
    assert desk.one(appointment, session)["status"] == "completed"


def test_a_no_show_of_a_confirmed_booking(desk: Desk, booking: tuple[uuid.UUID, uuid.UUID]) -> None:
    _, session = booking
    _set(desk, session, "confirmed")
    _set(desk, session, "no_show")
    assert desk.one(appointment, session)["status"] == "no_show"


@pytest.mark.parametrize(
    ("path", "jump"),
    [((), "completed"), ((), "in_progress"), (("checked_in", "in_progress", "completed"), "booked")],
)
def test_a_jump_is_refused_and_changes_nothing(
    desk: Desk, booking: tuple[uuid.UUID, uuid.UUID], path: tuple[str, ...], jump: str
) -> None:
    _, session = booking
    for status in path:
        _set(desk, session, status)
    before = desk.one(appointment, session)
    with pytest.raises(StaleTarget) as refused:
        _set(desk, session, jump)
    assert refused.value.code == "status_move_not_allowed"
    assert refused.value.params == {"kind": "appointment", "from": before["status"], "to": jump}
    assert desk.one(appointment, session) == before


def test_cancelling_is_not_a_status_to_set(desk: Desk, booking: tuple[uuid.UUID, uuid.UUID]) -> None:
    _, session = booking
    with pytest.raises(InvalidArguments, match="status"):
        _set(desk, session, "cancelled")  # appointment.cancel keeps the reason and the time
    assert desk.one(appointment, session)["status"] == "booked"


def test_an_artist_moves_only_their_own_bookings(desk: Desk, booking: tuple[uuid.UUID, uuid.UUID]) -> None:
    artist, session = booking
    other = desk.add_staff("artist", "Caio Ferraz")
    with pytest.raises(NotAllowed) as refused:
        _set(desk, session, "confirmed", role=Role.ARTIST, staff_id=other)
    assert refused.value.code == "artist_own_calendar"
    assert desk.one(appointment, session)["status"] == "booked"
    _set(desk, session, "confirmed", role=Role.ARTIST, staff_id=artist)
    assert desk.one(appointment, session)["status"] == "confirmed"
