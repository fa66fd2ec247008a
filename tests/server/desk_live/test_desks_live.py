"""The desk's engine against the real server and PostgreSQL: the same steps as tests/desk_sync with
the fake, here over HTTP, with the server's own answers."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from sqlalchemy import text

from kronos_desktop.store.writer import Writer
from kronos_desktop.sync.engine import Backoff, Phase, RowsChanged, SyncEngine
from kronos_desktop.sync.steps import PullStep, PushStep
from tests.desk_sync.conftest import booking, new_client, payment
from tests.server.conftest import CentralDb
from tests.server.desk_live.conftest import LiveStudio

pytestmark = pytest.mark.postgres


def test_a_change_reaches_another_desk_through_the_server(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    cid = a.apply("client.create", new_client("Bruna")).args.client_id
    assert a.steps.push() is PushStep.NOTHING
    assert [r["result"] for r in a.outbox()] == ["applied"]
    assert b.steps.pull() is PullStep.APPLIED
    assert b.rows()[("client", cid)]["full_name"] == "Bruna"
    live_studio.settle()
    live_studio.assert_converged()


def test_rebase_keeps_pending_changes_on_top(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    cid = a.apply("client.create", new_client("Bruna")).args.client_id
    live_studio.settle()
    b.apply("client.update", {"client_id": str(cid), "changes": {"email": "b@x.com"}, "seen": {"email": None}})
    b.steps.sync()
    a.apply("client.update", {"client_id": str(cid), "changes": {"notes": "tímida"}, "seen": {"notes": None}})
    a.steps.pull(limit=1)
    row = a.rows()[("client", cid)]
    assert (row["email"], row["notes"], row["version"]) == ("b@x.com", "tímida", 0)
    live_studio.settle()
    live_studio.assert_converged()


def test_double_booking_offline_on_two_desks(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    cid = a.apply("client.create", new_client()).args.client_id
    live_studio.settle()
    a.net.offline = b.net.offline = True
    first = a.apply("appointment.book", booking(live_studio.owner_id, cid, 3)).args.appointment_id
    second = b.apply("appointment.book", booking(live_studio.owner_id, cid, 4)).args.appointment_id
    b.apply("payment.record", payment(12345))
    live_studio.settle()
    live_studio.assert_converged()
    rows = live_studio.server_rows()
    assert rows[("appointment", first)]["in_conflict"] is False
    assert rows[("appointment", second)]["in_conflict"] is True
    assert [r["kind"] for (t, _), r in rows.items() if t == "sync_conflict"] == ["double_booking"]


def test_a_copied_file_renumbers_and_nothing_is_lost(live_studio: LiveStudio) -> None:
    a = live_studio.desk("a")
    a.apply("client.create", new_client())
    live_studio.settle()
    twin = live_studio.copy_desk(a, "twin")
    a.apply("payment.record", payment(100))
    twin.apply("payment.record", payment(200))
    a.steps.sync()
    assert twin.steps.push_once() is PushStep.RENUMBERED
    live_studio.settle()
    live_studio.assert_converged()
    paid = sorted(r["amount"] for (t, _), r in live_studio.server_rows().items() if t == "payment")
    assert paid == [100, 200]


def test_a_desk_restored_from_an_earlier_copy(live_studio: LiveStudio, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = live_studio.desk("a")
    a.apply("payment.record", payment(100))
    earlier = a.snapshot(tmp_path / "copy")  # the payment still pending in the copy
    live_studio.settle()
    a.apply("payment.record", payment(300))
    live_studio.settle()
    a.restore_from(earlier)
    a.apply("payment.record", payment(500))  # the same sequence number the server holds for 300
    live_studio.settle()
    live_studio.assert_converged()
    paid = sorted(r["amount"] for (t, _), r in live_studio.server_rows().items() if t == "payment")
    assert paid == [100, 300, 500]


def test_a_new_server_epoch_resets_the_desks(live_studio: LiveStudio, central_db: CentralDb) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    a.apply("client.create", new_client())
    live_studio.settle()
    admin = central_db.admin_database()
    try:
        with admin.engine.begin() as conn:  # the database failed over: a new history's epoch
            conn.execute(
                text("UPDATE studio_clock SET epoch = :e WHERE studio_id = :s"),
                {"e": uuid.uuid4(), "s": live_studio.studio_id},
            )
    finally:
        admin.dispose()
    b.apply("client.create", new_client("Depois"))
    assert b.steps.push_once() is PushStep.RESET
    assert a.steps.pull() is PullStep.RESET
    live_studio.settle()
    live_studio.assert_converged()


def test_the_engine_shows_a_booking_on_another_desk_through_server_events(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    cid = a.apply("client.create", new_client()).args.client_id
    live_studio.settle()
    wa, wb = Writer(), Writer()
    backoff = Backoff(base=0.1, cap=1.0)
    ea = SyncEngine(a.store, wa, a.net, poll_interval=3600, backoff=backoff)
    eb = SyncEngine(b.store, wb, b.net, poll_interval=3600, backoff=backoff, events=b.http.events)
    seen = threading.Event()
    eb.subscribe(lambda e: seen.set() if isinstance(e, RowsChanged) and "appointment" in e.changed else None)
    ea.start()
    eb.start()
    try:
        deadline = time.monotonic() + 10
        while eb.state().phase is not Phase.SYNCED and time.monotonic() < deadline:
            time.sleep(0.02)
        made = wa.submit(a.store.apply, "appointment.book", booking(live_studio.owner_id, cid, 8)).result()
        ea.wake()
        assert seen.wait(10), "the booking did not reach the other desk"
        assert ("appointment", made.args.appointment_id) in b.rows()
    finally:
        ea.stop()
        eb.stop()
        wa.shutdown()
        wb.shutdown()


def test_a_copy_on_a_second_pc_learns_the_results_the_first_pc_received(live_studio: LiveStudio) -> None:
    a = live_studio.desk("a")
    a.apply("payment.record", payment(700))
    twin = live_studio.copy_desk(a, "twin")  # the payment pending in both files
    a.steps.sync()
    assert twin.steps.pull() is PullStep.APPLIED  # the server has it: acknowledged, no answer yet
    assert [r["result"] for r in twin.outbox()] == [None]
    live_studio.settle()
    live_studio.assert_converged()
    assert [r["result"] for r in twin.outbox()] == ["applied"]


def test_a_copy_enrolled_as_another_desk_learns_the_results_by_uuid(live_studio: LiveStudio) -> None:
    """The file copied to a PC that signs in as a desk of its own: the first PC's device id is
    not its to push under (409), so it asks for the results by UUID alone, once."""
    a = live_studio.desk("a")
    a.apply("payment.record", payment(700))
    a.apply("payment.record", payment(300))
    folder = a.snapshot(live_studio.folder / "other-pc")  # both payments pending in the copy
    a.steps.sync()
    other = live_studio.desk("other-pc", folder=folder)  # enrolled on its own (another desk)
    other.steps.sync()
    live_studio.settle()
    live_studio.assert_converged()
    assert [r["result"] for r in other.outbox()] == ["applied", "applied"]
    assert other.local.missing_results() == []
    assert other.steps.fetch_missing_results() == 0  # nothing left to ask
