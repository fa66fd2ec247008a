"""Time off, projects and booking edits through the sync (real SQLite desks, the fake server).

A clash made on two offline desks against a time-off block ends in the conflicts inbox, whichever
reaches the server first: the one stored second is flagged ``in_conflict`` with a
``double_booking`` conflict; the blocks' ids are the same on every desk and on the server.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from kronos_core.ids import uuid7
from kronos_core.time_off import block_id
from kronos_desktop.sync.inbox import load_inbox
from tests.desk_sync.conftest import DAY, Desk, Studio, booking, new_client

LUNCH_DAY = DAY.date()  # 2026-12-07, a Monday; DAY is 09:00 in São Paulo


def lunch(artist: uuid.UUID, **over: Any) -> dict[str, Any]:
    """12:00-13:00 in São Paulo, Monday to Wednesday of DAY's week."""
    args = {
        "series_id": str(uuid7()),
        "artist_id": str(artist),
        "reason": "Almoço",
        "first_day": LUNCH_DAY.isoformat(),
        "last_day": (LUNCH_DAY + dt.timedelta(days=2)).isoformat(),
        "weekdays": [0, 1, 2],
        "start_minute": 12 * 60,
        "end_minute": 13 * 60,
    }
    return {**args, **over}


def _double_bookings(desk: Desk) -> list[dict[str, Any]]:
    return [r for (t, _), r in desk.rows().items() if t == "sync_conflict" and r["kind"] == "double_booking"]


def test_a_booking_made_offline_over_time_off_ends_in_the_inbox(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    cid = a.apply("client.create", new_client()).args.client_id
    studio.settle()
    args = lunch(studio.owner_id)
    a.apply("time_off.add", args)  # the owner's lunch, on desk a
    over_lunch = b.apply("appointment.book", booking(studio.owner_id, cid, 3)).args.appointment_id  # 12:00-14:00
    assert b.row("appointment", over_lunch)["in_conflict"] is False  # type: ignore[index]  # b cannot see it
    a.steps.sync()
    b.steps.sync()
    studio.settle()
    studio.assert_converged()
    block = block_id(uuid.UUID(args["series_id"]), LUNCH_DAY)
    rows = b.rows()
    assert rows[("appointment", block)]["in_conflict"] is False, "the block stored first keeps its time"
    assert rows[("appointment", over_lunch)]["in_conflict"] is True
    (conflict,) = _double_bookings(b)
    assert conflict["row_ids"] == [str(over_lunch), str(block)]
    (item,) = [i for i in load_inbox(b.store.read_engine) if i.kind == "double_booking"]
    assert item.status == "open"


def test_time_off_made_offline_over_a_booking_is_the_one_flagged(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    cid = a.apply("client.create", new_client()).args.client_id
    studio.settle()
    args = lunch(studio.owner_id)
    a.apply("time_off.add", args)
    booked = b.apply("appointment.book", booking(studio.owner_id, cid, 3)).args.appointment_id
    b.steps.sync()  # the booking reaches the server first
    a.steps.sync()
    studio.settle()
    studio.assert_converged()
    rows = a.rows()
    block = block_id(uuid.UUID(args["series_id"]), LUNCH_DAY)
    assert rows[("appointment", booked)]["in_conflict"] is False
    assert rows[("appointment", block)]["in_conflict"] is True
    others = [block_id(uuid.UUID(args["series_id"]), LUNCH_DAY + dt.timedelta(days=d)) for d in (1, 2)]
    assert [rows[("appointment", o)]["in_conflict"] for o in others] == [False, False]
    (conflict,) = _double_bookings(a)
    assert conflict["row_ids"] == [str(block), str(booked)]
    assert len(load_inbox(a.store.read_engine)) == 1


def test_projects_edits_and_days_taken_out_converge(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    cid = a.apply("client.create", new_client()).args.client_id
    project_id = str(uuid7())
    a.apply("project.create", {"project_id": project_id, "client_id": str(cid), "title": "Braço fechado"})
    first = booking(studio.owner_id, cid, 0)
    a.apply("appointment.book", {**first, "project_id": project_id})
    args = lunch(studio.owner_id)
    a.apply("time_off.add", args)
    studio.settle()
    b.apply("appointment.edit", {"appointment_id": first["appointment_id"], "kind": "touch_up", "notes": "Retoque"})
    b.apply("time_off.exclude_day", {"series_id": args["series_id"], "day": "2026-12-08"})
    a.apply("project.update", {"project_id": project_id, "healing_days": 30, "seen": {"healing_days": 21}})
    a.apply(
        "appointment.cancel",
        {"appointment_id": first["appointment_id"], "cancelled_at": DAY.isoformat(), "reason": "Doente"},
    )
    studio.settle()
    studio.assert_converged()
    row = a.row("appointment", uuid.UUID(first["appointment_id"]))
    assert row is not None
    assert (row["kind"], row["notes"], row["status"]) == ("touch_up", "Retoque", "cancelled")
    assert row["late_cancellation"] is True  # 09:00 for a 09:00 session
    assert row["project_id"] == project_id
    taken_out = a.row("appointment", block_id(uuid.UUID(args["series_id"]), dt.date(2026, 12, 8)))
    assert taken_out is not None
    assert taken_out["deleted"] is True
