"""The conflicts inbox against the real server and PostgreSQL: a change the server refused is
redone from another desk (refused again while it still cannot apply), and the desk's engine
learns the other desks' names from ``GET /v1/desks/names``."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from kronos_core.instants import utcnow
from kronos_core.mutations import MutationError
from kronos_desktop.store.writer import Writer
from kronos_desktop.sync.engine import Phase, SyncEngine
from kronos_desktop.sync.inbox import load_inbox
from kronos_server.tables import desk as desk_table
from tests.desk_sync.conftest import booking, new_client
from tests.server.desk_live.conftest import LiveDesk, LiveStudio

pytestmark = pytest.mark.postgres


def set_blocked(d: LiveDesk, client_id: uuid.UUID, blocked: bool) -> None:
    d.apply("client.update", {"client_id": str(client_id), "changes": {"blocked": blocked},
                              "seen": {"blocked": not blocked}})  # fmt: skip
    d.steps.sync()


def redo(d: LiveDesk, conflict_id: uuid.UUID) -> None:
    d.apply("conflict.resolve", {"conflict_id": str(conflict_id), "resolution": "redo",
                                 "resolved_at": utcnow().isoformat()})  # fmt: skip


def desk_name(live_studio: LiveStudio, d: LiveDesk) -> str:
    desk_id = d.http.session.ids[1]  # type: ignore[attr-defined]
    with live_studio.db.tenant(live_studio.studio_id) as conn:
        name: str = conn.execute(select(desk_table.c.name).where(desk_table.c.id == desk_id)).scalar_one()
    return name


def test_a_refused_booking_is_redone_from_another_desk(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    ana = a.apply("client.create", new_client("Ana Souza")).args.client_id
    live_studio.settle()
    a.net.offline = True
    args = booking(live_studio.owner_id, ana, 3)
    a.apply("appointment.book", args)
    set_blocked(b, ana, True)
    a.net.offline = False
    a.steps.sync()
    assert [r["result"] for r in a.outbox()][-1] == "rejected"
    b.steps.sync()
    (item,) = load_inbox(b.store.read_engine)
    assert (item.kind, item.resolutions, item.from_this_desk) == ("rejected", ("redo", "dismiss"), False)
    assert item.refused is not None
    assert (item.refused.name, item.refused.client_name) == ("appointment.book", "Ana Souza")

    # The engine of desk b names desk a, as the server enrolled it.
    writer = Writer()
    try:
        assert SyncEngine(b.store, writer, b.http, poll_interval=3600).run_once().phase is Phase.SYNCED
    finally:
        writer.shutdown()
    (item,) = load_inbox(b.store.read_engine)
    assert item.desk_name == desk_name(live_studio, a)

    with pytest.raises(MutationError, match="Ana Souza is blocked from booking"):
        redo(b, item.id)
    set_blocked(b, ana, False)
    redo(b, item.id)
    live_studio.settle()
    live_studio.assert_converged()
    rows = live_studio.server_rows()
    booked = rows[("appointment", uuid.UUID(args["appointment_id"]))]
    assert (booked["status"], booked["in_conflict"]) == ("booked", False)
    conflict = rows[("sync_conflict", item.id)]
    assert (conflict["status"], conflict["resolution"]) == ("resolved", {"resolution": "redo", "reason": ""})
    assert ("appointment", uuid.UUID(args["appointment_id"])) in a.rows(), "the booking reached the first desk"
    assert load_inbox(a.store.read_engine) == []
