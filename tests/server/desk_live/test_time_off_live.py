"""Time off against the real server and PostgreSQL: a clash made on two offline desks against a
block ends in the conflicts inbox whichever reaches the server first, and a push that books and
blocks the same artist in one batch (the fast path's clash index) flags what the desk would."""

from __future__ import annotations

import uuid

import pytest

from kronos_core.time_off import block_id
from kronos_desktop.sync.inbox import load_inbox
from tests.desk_sync.conftest import booking, new_client
from tests.desk_sync.test_time_off_sync import LUNCH_DAY, lunch
from tests.server.desk_live.conftest import LiveStudio

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("block_first", [True, False])
def test_a_clash_with_time_off_made_offline_ends_in_the_inbox(live_studio: LiveStudio, block_first: bool) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    cid = a.apply("client.create", new_client()).args.client_id
    live_studio.settle()
    a.net.offline = b.net.offline = True
    args = lunch(live_studio.owner_id)
    a.apply("time_off.add", args)
    booked = b.apply("appointment.book", booking(live_studio.owner_id, cid, 3)).args.appointment_id
    first, second = (a, b) if block_first else (b, a)
    first.net.offline = False
    first.steps.sync()
    live_studio.settle()
    live_studio.assert_converged()
    rows = live_studio.server_rows()
    block = block_id(uuid.UUID(args["series_id"]), LUNCH_DAY)
    flagged, kept = (booked, block) if block_first else (block, booked)
    assert rows[("appointment", kept)]["in_conflict"] is False
    assert rows[("appointment", flagged)]["in_conflict"] is True
    (conflict,) = [r for (t, _), r in rows.items() if t == "sync_conflict"]
    assert (conflict["kind"], conflict["row_ids"]) == ("double_booking", [str(flagged), str(kept)])
    for desk in (a, b):
        assert [i.kind for i in load_inbox(desk.store.read_engine)] == ["double_booking"]
    assert second.rows() == first.rows()


def test_one_push_that_books_and_blocks_an_artist_flags_the_second(live_studio: LiveStudio) -> None:
    a = live_studio.desk("a")
    cid = a.apply("client.create", new_client()).args.client_id
    live_studio.settle()
    a.net.offline = True
    booked = a.apply("appointment.book", booking(live_studio.owner_id, cid, 3)).args.appointment_id
    args = lunch(live_studio.owner_id)
    a.apply("time_off.add", args)  # the desk flags it already: it sees the booking
    block = block_id(uuid.UUID(args["series_id"]), LUNCH_DAY)
    assert a.rows()[("appointment", block)]["in_conflict"] is True
    a.apply("time_off.exclude_day", {"series_id": args["series_id"], "day": LUNCH_DAY.isoformat()})
    live_studio.settle()
    live_studio.assert_converged()
    rows = live_studio.server_rows()
    assert rows[("appointment", booked)]["in_conflict"] is False
    assert (rows[("appointment", block)]["in_conflict"], rows[("appointment", block)]["deleted"]) == (True, True)
