"""Payments and audit rows are append-only on the desk, and the sync's own writes still go through.

The desk's file refuses UPDATE and DELETE of them (triggers of migrations/local 0005) except while
the sync writes (kronos_desktop.store.engine.sync_writes): taking pending mutations back and
applying them again in a rebase, writing pulled rows, re-keying rows to a joined studio. Against
the in-process fake server (tests/desk_sync/fake_server.py); the audit rows reaching the real
server: tests/server/desk_live/test_audit_live.py.
"""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from sqlalchemy import select, update

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.pins import hash_pin
from kronos_core.roles import Role
from kronos_core.schema import audit_event, payment
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import replica
from kronos_desktop.sync.bulk import prepare, write
from kronos_desktop.sync.local import LocalSync
from kronos_desktop.sync.steps import PullStep
from tests.desk_sync.conftest import Desk, Studio, booking, new_client
from tests.desk_sync.conftest import payment as payment_args


def rows_of(d: Desk, table: str) -> dict[uuid.UUID, dict[str, object]]:
    return {row_id: row for (t, row_id), row in d.rows().items() if t == table}


def test_a_rebase_over_a_pending_payment_takes_it_back_and_applies_it_again(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    cid = a.apply("client.create", new_client("Ana Souza")).args.client_id
    studio.settle()
    a.transport.offline = True
    taken = a.apply("payment.record", payment_args(25_000)).args.payment_id
    b.apply("client.update", {"client_id": str(cid), "changes": {"notes": "alérgica a látex"},
                              "seen": {"notes": None}})  # fmt: skip
    b.steps.sync()
    a.transport.offline = False

    assert a.steps.pull() is PullStep.APPLIED  # takes the payment back (a DELETE), pulls, applies it again
    shown = a.row("payment", taken)
    assert shown is not None
    assert (shown["amount"], shown["version"]) == (25_000, 0), "still shown, still pending"
    assert a.row("client", cid)["notes"] == "alérgica a látex"  # type: ignore[index]
    (pending,) = [r for r in a.outbox() if r["status"] == "pending"]
    assert pending["name"] == "payment.record"
    assert pending["likely_conflict"] is False
    assert [(u["table"], u["before"]) for u in pending["undo"]] == [("payment", None)]

    studio.settle()
    studio.assert_converged()
    on_b = b.row("payment", taken)
    assert on_b is not None
    assert (on_b["amount"], on_b["version"] > 0) == (25_000, True)


def test_a_pulled_payment_applies_and_a_page_bringing_it_again_too(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    before = b.local.status()
    assert before is not None
    taken = a.apply("payment.record", payment_args(9_900)).args.payment_id
    a.steps.sync()
    assert b.steps.pull() is PullStep.APPLIED
    pulled = b.row("payment", taken)
    assert pulled is not None
    assert pulled["amount"] == 9_900

    # The same rows again (the cursor moved back, as after a page applied twice): the upsert
    # updates the payment it holds, which only the sync may.
    with b.store.engine.begin() as conn:
        conn.execute(update(replica).where(replica.c.id == 1).values(cursor=str(before.cursor)))
    assert b.steps.pull() is PullStep.APPLIED
    assert b.row("payment", taken) == pulled
    studio.settle()
    studio.assert_converged()


def test_the_same_pulled_rows_written_outside_the_sync_are_refused(studio: Studio) -> None:
    """The test above goes through the trigger: the very write, without the sync's flag, is refused."""
    a, b = studio.desk("a"), studio.desk("b")
    taken = a.apply("payment.record", payment_args(5_000)).args.payment_id
    a.steps.sync()
    b.steps.pull()
    row = b.row("payment", taken)
    assert row is not None
    change = {"table": "payment", "id": str(taken), "version": row["version"], "deleted": False, "row": row}
    prepared = prepare([change], str(studio.studio_id))
    with pytest.raises(sqlite3.IntegrityError, match="append_only"), b.store.engine.begin() as conn:
        write(conn, prepared)  # bulk writes on the driver: its error as it is
    assert b.row("payment", taken) == row


def test_audit_rows_of_a_pin_reset_and_a_conflict_resolution_sync_like_any_row(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    artist = uuid7()
    a.apply("staff.add", {"staff_id": str(artist), "display_name": "Rafa", "role": "artist"})
    cid = a.apply("client.create", new_client()).args.client_id
    studio.settle()
    a.apply("staff.set_pin", {"staff_id": str(artist), "pin_hash": hash_pin("2468")})
    a.apply("appointment.book", booking(artist, cid, 3))
    b.apply("appointment.book", booking(artist, cid, 4))
    studio.settle()
    conflict_id = next(i for (t, i) in b.rows() if t == "sync_conflict")
    b.apply("conflict.resolve", {"conflict_id": str(conflict_id), "resolution": "dismiss",
                                 "resolved_at": utcnow().isoformat()})  # fmt: skip
    studio.settle()
    studio.assert_converged()
    trail = rows_of(a, "audit_event")
    by_action = {str(r["action"]): r for r in trail.values()}
    assert {"staff.add", "pin.reset", "conflict.resolve"} <= set(by_action)
    assert by_action["pin.reset"]["row_id"] == str(artist)
    assert by_action["pin.reset"]["device_id"] == str(a.local.status().device_id)  # type: ignore[union-attr]
    assert by_action["conflict.resolve"]["row_id"] == str(conflict_id)
    assert by_action["conflict.resolve"]["device_id"] == str(b.local.status().device_id)  # type: ignore[union-attr]
    assert all(int(r["version"]) > 0 for r in trail.values()), "every one came back from the server"  # type: ignore[call-overload]
    assert trail == {i: r for (t, i), r in studio.server.rows().items() if t == "audit_event"}


def test_a_standalone_desk_joining_a_studio_rekeys_its_payments_and_trail(studio: Studio) -> None:
    store = LocalStore.open(studio.folder / "standalone")
    try:
        own = store.ensure_identity()
        owner = uuid7()
        store.apply("studio.setup", {"studio_id": str(own.studio_id), "name": "Meu Estúdio",
                                     "owner_staff_id": str(owner), "owner_name": "Rita"}, staff_id=owner)  # fmt: skip
        paid = payment_args(7_000)
        store.apply("payment.record", paid)
        taken = uuid.UUID(paid["payment_id"])
        store.apply("staff.add", {"staff_id": str(uuid7()), "display_name": "Rafa", "role": "artist"}, staff_id=owner)
        assert LocalSync(store).join_studio(studio.studio_id, Role.OWNER)
        with store.engine.connect() as conn:
            kept = conn.execute(select(payment.c.studio_id, payment.c.amount).where(payment.c.id == taken)).one()
            trail = conn.execute(select(audit_event.c.studio_id)).scalars().all()
        assert tuple(kept) == (studio.studio_id, 7_000)
        assert trail == [studio.studio_id] * 2, "the setup's and the staff.add's audit rows, re-keyed"
    finally:
        store.close()
