"""A status jump pushed straight to the server (not through a desk) is refused there too.

The server runs the same table (kronos_core/transitions.py): cancelling a completed session is
answered ``rejected``, and the conflict every desk pulls carries the code and the statuses, so
each desk says why in its own language; the session stays completed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import update

from kronos_core.ids import derived_id, uuid7
from kronos_core.roles import Role
from kronos_core.schema import appointment
from kronos_server.db import Database
from tests.server.conftest import MadeMember, MadeStudio
from tests.server.sync.conftest import T0, MakeDesk, book, client_create
from tests.server.sync.test_push_pull import pull_all, push, rows

MakeStudio = Callable[..., MadeStudio]
MakeMember = Callable[..., MadeMember]


def test_cancelling_a_completed_session_is_rejected_with_the_code(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_member: MakeMember, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    artist = make_member(studio.studio_id, Role.ARTIST)
    desk = make_desk(studio)
    other = make_desk(studio)
    ana = uuid7()
    session = uuid7()
    answer = push(
        client,
        desk,
        [
            desk.mutation("client.create", client_create("Ana Souza", ana)),
            desk.mutation("appointment.book", book(artist.staff_id, ana, appointment_id=session)),
        ],
    )
    assert [r["status"] for r in answer["results"]] == ["applied", "applied"]
    with app_db.tenant(studio.studio_id) as conn:  # done, as the complete mutation to come will mark it
        conn.execute(update(appointment).where(appointment.c.id == session).values(status="completed"))

    args: dict[str, Any] = {"appointment_id": str(session), "reason": "engano", "cancelled_at": T0.isoformat()}
    cancel = desk.mutation("appointment.cancel", args)
    (result,) = push(client, desk, [cancel])["results"]
    assert result["status"] == "rejected"
    assert result["conflict_id"] == str(derived_id(uuid.UUID(cancel["uuid"]), "rejected"))
    pulled = pull_all(client, other)
    conflict = rows(pulled, "sync_conflict")[result["conflict_id"]]
    assert conflict["kind"] == "rejected"
    assert conflict["theirs"] == {
        "code": "status_move_not_allowed",
        "params": {"kind": "appointment", "from": "completed", "to": "cancelled"},
    }
    with app_db.tenant(studio.studio_id) as conn:
        row = conn.execute(appointment.select().where(appointment.c.id == session)).mappings().one()
    assert (row["status"], row["cancellation_reason"], row["cancelled_at"]) == ("completed", None, None)
