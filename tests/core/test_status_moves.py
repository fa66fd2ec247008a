"""Status moves of appointments and sale tickets follow one table (kronos_core/transitions.py).

A booking that already happened (completed) or a no-show cannot be cancelled, on SQLite and on
PostgreSQL, with the stable code ``status_move_not_allowed`` the desk says in its language; every
move today's mutations make (book, cancel, record a sale) still applies.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import update

from kronos_core.ids import uuid7
from kronos_core.mutations import StaleTarget
from kronos_core.schema import (
    ACTIVE_APPOINTMENT_STATUSES,
    APPOINTMENT_STATUSES,
    SALE_STATUSES,
    appointment,
    sale,
    sync_conflict,
)
from kronos_core.transitions import MOVES, STATUSES, allowed, require_move
from tests.core.harness import Desk, at


def test_the_table_speaks_of_every_status_and_only_of_them() -> None:
    assert STATUSES == {"appointment": APPOINTMENT_STATUSES, "sale": SALE_STATUSES}
    for kind, moves in MOVES.items():
        assert set(moves) == {None, *STATUSES[kind]}, kind  # every status has its row
        for targets in moves.values():
            assert targets <= set(STATUSES[kind]), kind


@pytest.mark.parametrize(
    ("kind", "from_status", "to_status"),
    [
        ("appointment", "completed", "booked"),  # a session that happened is not booked again
        ("appointment", "completed", "cancelled"),
        ("appointment", "completed", "no_show"),
        ("appointment", "no_show", "cancelled"),  # a no-show stays one
        ("appointment", "cancelled", "completed"),  # back only to where it was open (the un-cancel)
        ("appointment", "cancelled", "no_show"),
        ("appointment", "booked", "completed"),  # never done without being started
        ("appointment", None, "confirmed"),  # every booking starts booked
        ("sale", "void", "closed"),  # a void ticket stays void
        ("sale", "closed", "open"),  # a closed ticket is voided, never reopened
        ("sale", None, "void"),
    ],
)
def test_a_jump_of_status_is_refused_with_its_code(kind: str, from_status: str | None, to_status: str) -> None:
    with pytest.raises(StaleTarget) as refused:
        require_move(kind, from_status, to_status)  # type: ignore[arg-type]
    assert refused.value.code == "status_move_not_allowed"
    assert refused.value.params == {"kind": kind, "from": from_status or "", "to": to_status}


def test_every_move_in_the_table_passes_and_every_other_is_refused() -> None:
    for kind, moves in MOVES.items():
        for from_status in moves:
            for to_status in STATUSES[kind]:
                expected = to_status in moves[from_status] or to_status == from_status
                assert allowed(kind, from_status, to_status) is expected, (kind, from_status, to_status)
                if expected:
                    require_move(kind, from_status, to_status)
                else:
                    with pytest.raises(StaleTarget):
                        require_move(kind, from_status, to_status)


def test_a_status_that_does_not_exist_is_a_bug_not_a_refusal() -> None:
    with pytest.raises(ValueError, match="'done' is not a status of a appointment"):
        require_move("appointment", "booked", "done")


# -- through the mutations, on SQLite and PostgreSQL ----------------------------------------------
@pytest.fixture
def booking(desk: Desk) -> uuid.UUID:
    artist = desk.add_staff("artist", "Rafa Lima")
    client = desk.add_client("Ana Souza")
    return desk.book(artist, at(11, 10), at(11, 12), client_id=client)


def _mark(desk: Desk, appointment_id: uuid.UUID, status: str) -> None:
    """Put the booking in ``status`` as the check-in, start and complete mutations to come will."""
    with desk.engine.begin() as tx:
        tx.execute(update(appointment).where(appointment.c.id == appointment_id).values(status=status))


def _cancel(desk: Desk, appointment_id: uuid.UUID) -> None:
    desk.run(
        "appointment.cancel",
        {"appointment_id": str(appointment_id), "reason": "desmarcou", "cancelled_at": at(10, 9).isoformat()},
    )


def test_a_booking_starts_booked(desk: Desk, booking: uuid.UUID) -> None:
    assert desk.one(appointment, booking)["status"] == "booked"


@pytest.mark.parametrize("status", ACTIVE_APPOINTMENT_STATUSES)
def test_every_active_booking_can_be_cancelled(desk: Desk, booking: uuid.UUID, status: str) -> None:
    assert allowed("appointment", status, "cancelled")
    _mark(desk, booking, status)
    _cancel(desk, booking)
    row = desk.one(appointment, booking)
    assert (row["status"], row["cancellation_reason"]) == ("cancelled", "desmarcou")


@pytest.mark.parametrize("status", ["completed", "no_show"])
def test_a_finished_booking_cannot_be_cancelled(desk: Desk, booking: uuid.UUID, status: str) -> None:
    _mark(desk, booking, status)
    with pytest.raises(StaleTarget) as refused:
        _cancel(desk, booking)
    assert refused.value.code == "status_move_not_allowed"
    assert refused.value.params == {"kind": "appointment", "from": status, "to": "cancelled"}
    row = desk.one(appointment, booking)
    assert (row["status"], row["cancellation_reason"], row["cancelled_at"]) == (status, None, None)


def test_a_conflicts_cancel_resolution_follows_the_same_table(desk: Desk) -> None:
    artist = desk.add_staff("artist", "Rafa Lima")
    client = desk.add_client("Ana Souza")
    first = desk.book(artist, at(11, 10), at(11, 12), client_id=client)
    second = desk.book(artist, at(11, 11), at(11, 13), client_id=client)
    (conflict,) = desk.rows(sync_conflict, kind="double_booking")
    _mark(desk, second, "completed")
    with pytest.raises(StaleTarget) as refused:
        desk.run(
            "conflict.resolve",
            {
                "conflict_id": str(conflict["id"]),
                "resolution": "cancel",
                "appointment_id": str(second),
                "resolved_at": at(11, 14).isoformat(),
            },
        )
    assert refused.value.code == "status_move_not_allowed"
    assert desk.one(appointment, second)["status"] == "completed"
    assert desk.one(appointment, first)["status"] == "booked"


def test_a_recorded_sale_is_closed(desk: Desk) -> None:
    sale_id = uuid7()
    desk.run(
        "sale.record",
        {
            "sale_id": str(sale_id),
            "number": "A-1",
            "business_date": dt.date(2026, 3, 10).isoformat(),
            "closed_at": at(10, 12).isoformat(),
            "lines": [{"line_id": str(uuid7()), "description": "Tatuagem", "unit_price": 50000}],
        },
    )
    assert desk.one(sale, sale_id)["status"] == "closed"
