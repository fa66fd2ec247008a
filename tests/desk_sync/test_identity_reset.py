"""Restored and copied files (new device id, renumbering), server resets (new epoch), a
standalone desk connecting, and what the desk keeps for how long."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import update

from kronos_core.roles import Role
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox, replica
from kronos_desktop.sync.local import LocalSync, connect_desk
from kronos_desktop.sync.steps import PullStep, PushStep, SyncSteps
from tests.desk_sync.conftest import Studio, booking, new_client, payment
from tests.desk_sync.fake_server import FakeServer, FakeTransport


def test_a_file_copied_to_a_second_pc_takes_a_new_device_id_on_409(studio: Studio) -> None:
    a = studio.desk("a")
    a.apply("client.create", new_client("Antes"))
    studio.settle()
    twin = studio.copy_desk(a, "twin")
    a.apply("client.create", new_client("Do A"))
    twin_change = twin.apply("client.create", new_client("Do gêmeo"))
    a.steps.sync()
    assert twin.steps.push_once() is PushStep.RENUMBERED
    status = twin.local.status()
    assert status is not None
    assert status.device_id != a.local.status().device_id  # type: ignore[union-attr]
    (pending,) = [r for r in twin.outbox() if r["status"] == "pending"]
    assert (pending["seq"], pending["uuid"]) == (1, twin_change.uuid), "renumbered from 1, UUID kept"
    assert status.last_seq == 1
    assert status.pushed_upto == 0
    studio.settle()
    studio.assert_converged()


def test_a_copy_with_nothing_pending_notices_on_pull(studio: Studio) -> None:
    """No push answers 409 here: the pull's last_mutation_id says another file used the id."""
    a = studio.desk("a")
    a.apply("client.create", new_client())
    studio.settle()
    twin = studio.copy_desk(a, "twin")
    a.apply("client.create", new_client("Só no A"))
    a.steps.sync()
    device = twin.local.status().device_id  # type: ignore[union-attr]
    assert twin.steps.pull() is PullStep.RENUMBERED
    assert twin.local.status().device_id != device  # type: ignore[union-attr]
    twin.apply("payment.record", payment(1200))
    studio.settle()
    studio.assert_converged()


def test_a_desk_restored_from_an_earlier_copy_sends_nothing_twice(studio: Studio, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = studio.desk("a")
    a.apply("client.create", new_client())
    studio.settle()
    earlier = a.snapshot(tmp_path / "backup-of-a")
    a.apply("payment.record", payment(3000))
    a.apply("client.create", new_client("Perdido no backup"))
    studio.settle()
    a.restore_from(earlier)
    # The old copy does not know about its last two mutations; it records a new one under the
    # same sequence number the server already holds for another UUID.
    a.apply("payment.record", payment(4000))
    studio.settle()
    studio.assert_converged()
    paid = sorted(r["amount"] for (t, _), r in studio.server.rows().items() if t == "payment")
    assert paid == [3000, 4000]


def test_a_restored_copy_resends_what_it_had_pending(studio: Studio, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = studio.desk("a")
    a.steps.pull()
    a.apply("payment.record", payment(100))
    earlier = a.snapshot(tmp_path / "copy")  # taken while the payment was pending
    studio.settle()
    a.restore_from(earlier)
    studio.settle()
    studio.assert_converged()
    assert studio.server.applied_count.most_common(1)[0][1] == 1


def test_server_restored_from_a_backup_resets_every_desk_and_loses_nothing(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    a.apply("client.create", new_client("Antes do backup"))
    studio.settle()
    backup = studio.server.take_backup()
    lost_client = a.apply("client.create", new_client("Depois do backup")).args.client_id
    b.apply("payment.record", payment(15000))
    studio.settle()
    old_epoch = studio.server.epoch
    studio.server.restore(backup)
    assert studio.server.epoch != old_epoch
    assert ("client", lost_client) not in studio.server.rows()
    a.apply("client.create", new_client("Durante"))
    studio.settle()
    studio.assert_converged()
    assert ("client", lost_client) in studio.server.rows(), "acknowledged mutations were pushed again"
    paid = [r["amount"] for (t, _), r in studio.server.rows().items() if t == "payment"]
    assert paid == [15000]


def test_reset_noticed_by_a_pull_without_an_epoch_in_push_answers(studio: Studio) -> None:
    studio.server.send_epoch = False
    a = studio.desk("a")
    a.apply("client.create", new_client())
    studio.settle()
    backup = studio.server.take_backup()
    a.apply("client.create", new_client("B"))
    studio.settle()
    studio.server.restore(backup)
    assert a.steps.push() in (PushStep.NOTHING, PushStep.NO_PROGRESS)
    assert a.steps.pull() is PullStep.RESET
    studio.settle()
    studio.assert_converged()


def test_a_standalone_desk_pushes_its_whole_history_when_connected(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = LocalStore.open(tmp_path / "desk")
    state = store.ensure_identity()
    owner = uuid.uuid4()
    store.apply(
        "studio.setup",
        {"studio_id": str(state.studio_id), "name": "Solo", "owner_staff_id": str(owner), "owner_name": "Rui"},
        staff_id=owner,
    )
    cid = store.apply("client.create", new_client()).args.client_id
    for hour in range(0, 120, 2):
        store.apply("appointment.book", booking(owner, cid, hour))
    server = FakeServer(tmp_path / "server", state.studio_id)
    connect_desk(store, "http://fake", studio_id=state.studio_id, role=Role.OWNER, staff_id=owner)
    local = LocalSync(store)
    steps = SyncSteps(local, FakeTransport(server))
    seen: list[tuple[str, int, int | None]] = []
    steps.sync(progress=lambda p: seen.append((p.phase, p.done, p.total)))
    assert local.counts().pending == 0
    assert server.pushes == 2, "62 mutations in batches of at most 50"
    pushes = [s for s in seen if s[0] == "push"]
    assert pushes == [("push", 0, 62), ("push", 50, 62), ("push", 62, 62)]
    assert any(s[0] == "apply" for s in seen)
    from tests.desk_sync.conftest import synced_rows

    assert synced_rows(store) == server.rows()
    store.close()
    server.close()


def test_acknowledged_mutations_are_kept_30_days(studio: Studio) -> None:
    a = studio.desk("a")
    a.apply("client.create", new_client("Velho"))
    a.apply("client.create", new_client("Novo"))
    studio.settle()
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=31)
    first = a.outbox()[0]["pos"]
    with a.store.engine.begin() as conn:
        conn.execute(update(outbox).where(outbox.c.pos == first).values(acked_at=old))
    a.apply("client.create", new_client("Mais um"))
    studio.settle()
    names = [r["args"]["full_name"] for r in a.outbox()]
    assert names == ["Novo", "Mais um"]


def test_the_cursor_never_moves_backwards(studio: Studio) -> None:
    a = studio.desk("a")
    a.apply("client.create", new_client())
    studio.settle()
    cursor = a.local.status().cursor  # type: ignore[union-attr]
    assert cursor is not None
    # Pages left from a pull that started at another cursor (an old copy's leftovers) are dropped.
    a.local.save_page(f"{cursor.epoch}:0", studio.server.pull(uuid.uuid4(), f"{cursor.epoch}:0", 1), cursor_time())
    assert a.steps.pull() is PullStep.STALE
    assert a.local.status().cursor == cursor  # type: ignore[union-attr]
    with a.store.engine.begin() as conn:  # and a cursor ahead of the server is answered with a reset
        conn.execute(update(replica).values(cursor=f"{cursor.epoch}:{cursor.version + 50}"))
    assert a.steps.pull() is PullStep.RESET
    studio.settle()
    studio.assert_converged()


def cursor_time() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def test_rows_of_another_studio_are_never_applied(studio: Studio, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kronos_desktop.sync.local import StudioMismatch

    store = LocalStore.open(tmp_path / "elsewhere")
    other = store.ensure_identity()  # a desk of another studio, pointed at this server
    local = LocalSync(store)
    steps = SyncSteps(local, FakeTransport(studio.server))
    with pytest.raises(StudioMismatch, match=str(other.studio_id)):
        steps.pull()
    from tests.desk_sync.conftest import synced_rows

    assert synced_rows(store) == {}
    assert local.status().cursor is None  # type: ignore[union-attr]
    store.close()


def test_a_restored_copy_that_pulls_first_still_learns_every_result(studio: Studio, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Found by the stateful test: the copy's mutation was pushed (by the file before the
    restore), so a pull acknowledges it before this file ever heard its push answer."""
    a = studio.desk("a")
    a.apply("payment.record", payment(700))
    earlier = a.snapshot(tmp_path / "copy")
    a.steps.push()
    a.restore_from(earlier)
    assert a.steps.pull() is PullStep.APPLIED
    (rec,) = a.outbox()
    assert (rec["status"], rec["result"]) == ("acked", None)
    studio.settle()
    (rec,) = a.outbox()
    assert (rec["status"], rec["result"]) == ("acked", "applied")
    assert rec["result_version"] == studio.server.results[rec["uuid"]][1]
    studio.assert_converged()
    assert studio.server.applied_count[rec["uuid"]] == 1
