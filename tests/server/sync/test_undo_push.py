"""An undo reaches the server as the mutation it is, through the same rules.

The undo of a cancellation (kronos_core/mutations/inverses.py: ``appointment.set_status`` back
to ``booked``) pushed after another desk took the slot: kept, flagged in conflict with a
``double_booking`` to resolve, as any clashing booking; not refused by PostgreSQL's exclusion
constraint, and never a silent double booking. (``appointment.set_status`` flags it itself; the
server's exclusion backstop would too, but the desk's SQLite has none: see
tests/core/test_inverses.py for the same undo on the desk's database.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from kronos_core.ids import uuid7
from kronos_core.mutations.inverses import Before, invert
from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import T0, MakeDesk, book, client_create
from tests.server.sync.test_push_pull import pull_all, push, rows

MakeStudio = Callable[..., MadeStudio]


def test_an_undone_cancellation_over_a_slot_taken_meanwhile_is_a_conflict(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    first, second = make_desk(studio), make_desk(studio)
    cid, mine, theirs = uuid7(), uuid7(), uuid7()
    cancel = {"appointment_id": str(mine), "cancelled_at": T0.isoformat()}
    push(
        client,
        first,
        [
            first.mutation("client.create", client_create(client_id=cid)),
            first.mutation("appointment.book", book(studio.owner_staff_id, cid, appointment_id=mine)),
            first.mutation("appointment.cancel", cancel),
        ],
    )
    # The slot is free: the other desk books it.
    later = T0 + dt.timedelta(hours=1)
    taken = push(
        client,
        second,
        [second.mutation("appointment.book", book(studio.owner_staff_id, cid, appointment_id=theirs, start=later))],
    )
    assert taken["results"][0]["status"] == "applied"
    # The first desk undoes its cancellation (the take-back record: the booking was booked).
    was: dict[str, Any] = {"status": "booked", "cancelled_at": None, "cancellation_reason": None}
    inverse = invert(
        "appointment.cancel", cancel, Before([{"table": "appointment", "id": str(mine), "before": was}]), T0
    )
    answer = push(client, first, [first.mutation(inverse.name, inverse.args)])
    (result,) = answer["results"]
    assert result["status"] == "conflict"
    pages = pull_all(client, second)
    booked = rows(pages, "appointment")
    assert (booked[str(mine)]["status"], booked[str(mine)]["in_conflict"]) == ("booked", True)
    assert (booked[str(theirs)]["status"], booked[str(theirs)]["in_conflict"]) == ("booked", False)
    conflict = rows(pages, "sync_conflict")[result["conflict_id"]]
    assert conflict["kind"] == "double_booking"
    assert conflict["row_ids"] == [str(mine), str(theirs)]
