"""The audit trail and append-only payments against the real server and PostgreSQL.

A PIN reset on one desk and a conflict resolution on another each write an ``audit_event`` row
(ApplyContext.audit) that the server writes again when the push applies (the same id: it derives
from the mutation) and every desk pulls; a payment taken offline is taken back and applied again
under what the desk pulls, and arrives once. Every desk ends with the server's rows.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.pins import hash_pin
from tests.desk_sync.conftest import booking, new_client, payment
from tests.server.desk_live.conftest import LiveDesk, LiveStudio

pytestmark = pytest.mark.postgres


def trail(rows: dict[tuple[str, uuid.UUID], dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for (table, _), row in rows.items():
        if table == "audit_event":
            found.setdefault(str(row["action"]), []).append(row)
    return found


def device(d: LiveDesk) -> str:
    status = d.local.status()
    assert status is not None
    return str(status.device_id)


def test_a_pin_reset_and_a_resolution_reach_the_server_trail(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    artist = uuid7()
    a.apply("staff.add", {"staff_id": str(artist), "display_name": "Rafa Lima", "role": "artist"})
    ana = a.apply("client.create", new_client("Ana Souza")).args.client_id
    live_studio.settle()

    a.apply("staff.set_pin", {"staff_id": str(artist), "pin_hash": hash_pin("2468")})
    a.apply("appointment.book", booking(artist, ana, 3))
    b.apply("appointment.book", booking(artist, ana, 4))
    live_studio.settle()
    (conflict_id,) = [row_id for (table, row_id) in live_studio.server_rows() if table == "sync_conflict"]
    b.apply("conflict.resolve", {"conflict_id": str(conflict_id), "resolution": "dismiss",
                                 "resolved_at": utcnow().isoformat()})  # fmt: skip
    live_studio.settle()
    live_studio.assert_converged()  # the desks' trail is the server's

    on_server = trail(live_studio.server_rows())
    (reset,) = on_server["pin.reset"]
    assert (reset["table_name"], reset["row_id"]) == ("staff", str(artist))
    assert (reset["staff_id"], reset["device_id"]) == (str(live_studio.owner_id), device(a))
    assert reset["detail"] == {"name": "Rafa Lima"}
    assert int(reset["version"]) > 0
    (resolved,) = on_server["conflict.resolve"]
    assert (resolved["row_id"], resolved["device_id"]) == (str(conflict_id), device(b))
    assert (resolved["detail"]["kind"], resolved["detail"]["resolution"]) == ("double_booking", "dismiss")
    assert [r["detail"]["name"] for r in on_server["staff.add"]] == ["Rafa Lima"]


def test_a_payment_taken_offline_is_rebased_and_arrives_once(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    ana = a.apply("client.create", new_client("Ana Souza")).args.client_id
    live_studio.settle()
    a.net.offline = True
    paid = payment(18_000)
    a.apply("payment.record", paid)
    b.apply("client.update", {"client_id": str(ana), "changes": {"notes": "prefere manhã"}, "seen": {"notes": None}})
    b.steps.sync()
    a.net.offline = False
    a.steps.pull()  # the pending payment taken back (a DELETE only the sync may do) and applied again
    assert a.rows()[("payment", uuid.UUID(paid["payment_id"]))]["version"] == 0
    live_studio.settle()
    live_studio.assert_converged()
    payments = [row for (table, _), row in live_studio.server_rows().items() if table == "payment"]
    assert [(p["id"], p["amount"]) for p in payments] == [(paid["payment_id"], 18_000)]
    assert b.rows()[("client", uuid.UUID(str(ana)))]["notes"] == "prefere manhã"
