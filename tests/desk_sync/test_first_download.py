"""A new desk's first download: with nothing pending, pages are applied as they come.

Each page (or each few fetched meanwhile) is written with its cursor in one transaction, so an
interrupted download goes on from where it stopped and nothing is kept aside; once a mutation
is pending the rest of the pull is kept aside and applied with the rebase, as any other pull.
Real SQLite files, the in-process fake of the wire protocol.
"""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from typing import Any

import pytest

from kronos_core.roles import Role
from kronos_desktop.sync.http import Offline
from kronos_desktop.sync.local import FetchedPage, PullApplied, connect_desk
from kronos_desktop.sync.steps import PullStep
from tests.desk_sync.conftest import Desk, Studio, new_client, payment


def joining(studio: Studio, name: str) -> Desk:
    """A desk connected to the studio that has not downloaded anything yet."""
    desk = Desk(name, studio.folder / name, studio.server, studio.studio_id, studio.owner_id)
    connect_desk(desk.store, "http://fake", studio_id=studio.studio_id, role=Role.OWNER, staff_id=studio.owner_id)
    studio.desks.append(desk)
    return desk


def clients(desk: Desk) -> set[uuid.UUID]:
    return {row_id for (table, row_id) in desk.rows() if table == "client"}


@pytest.fixture
def busy(studio: Studio) -> Studio:
    """A studio whose history is eight client versions after its setup."""
    a = studio.desk("a")
    for n in range(8):
        a.apply("client.create", new_client(f"Cliente {n}"))
    a.steps.sync()
    return studio


def test_an_interrupted_first_download_keeps_what_it_applied_and_goes_on_from_there(busy: Studio) -> None:
    b = joining(busy, "b")
    assert b.steps.pull(limit=1, max_pages=3) is PullStep.INTERRUPTED
    status = b.local.status()
    assert status is not None
    assert status.cursor is not None, "the cursor moved with the pages"
    assert status.last_sync_at is None, "a download is complete only at its last page"
    assert b.local.stored_pages().count == 0, "nothing kept aside"
    assert len(clients(b)) == 2, "the studio's setup, then two clients"
    assert b.steps.last_pull is not None
    assert b.steps.last_pull.rows == 5, "the studio, its owner, the setup's audit row, two clients"
    with b.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2, "FULL again for what comes next"
    # The desk is closed and opened again: the download goes on from its cursor.
    b.close()
    b.open()
    pulls = busy.server.pulls
    assert b.steps.pull(limit=1) is PullStep.APPLIED
    assert busy.server.pulls - pulls == 6, "six client versions left, one page each"
    assert len(clients(b)) == 8
    status = b.local.status()
    assert status is not None
    assert status.last_sync_at is not None
    busy.settle()
    busy.assert_converged()


def test_a_connection_cut_mid_download_loses_nothing_applied(busy: Studio) -> None:
    b = joining(busy, "b")
    changed: list[set[uuid.UUID]] = []
    b.steps.on_applied = lambda result: changed.append(result.changed.get("client", set()))
    b.transport.cut_pages_after = 4
    with pytest.raises(Offline):
        b.steps.pull(limit=1)
    assert len(clients(b)) == 3
    assert changed == [clients(b)], "the views hear of what was applied"
    b.transport.cut_pages_after = None
    assert b.steps.pull(limit=1) is PullStep.APPLIED
    assert len(clients(b)) == 8
    busy.settle()
    busy.assert_converged()


def test_a_change_recorded_mid_download_sends_the_rest_the_kept_aside_way(busy: Studio) -> None:
    b = joining(busy, "b")
    assert b.steps.pull(limit=1, max_pages=2) is PullStep.INTERRUPTED  # the studio and one client
    made = b.apply("client.create", new_client("Feito no meio"))
    before = b.rows()
    assert b.steps.pull(limit=1, max_pages=2) is PullStep.INTERRUPTED
    assert b.rows() == before, "pages are not applied while a mutation is pending"
    assert b.local.stored_pages().count == 2
    assert b.steps.pull(limit=1) is PullStep.APPLIED
    assert len(clients(b)) == 9, "the server's eight and the pending one on top"
    (pending,) = [r for r in b.outbox() if r["status"] == "pending"]
    assert pending["uuid"] == made.uuid
    busy.settle()
    busy.assert_converged()


def test_a_desk_with_something_pending_keeps_its_first_download_aside(busy: Studio) -> None:
    b = joining(busy, "b")
    assert b.steps.pull(limit=1, max_pages=1) is PullStep.INTERRUPTED  # the studio's setup
    b.apply("payment.record", payment(4200))
    b.steps.push()
    before = b.rows()
    assert b.steps.pull(limit=1, max_pages=3) is PullStep.INTERRUPTED
    assert b.rows() == before
    assert b.local.stored_pages().count == 3
    assert b.steps.pull(limit=1) is PullStep.APPLIED
    busy.settle()
    busy.assert_converged()


def test_a_server_reset_mid_download_starts_it_again(busy: Studio) -> None:
    backup = busy.server.take_backup()
    busy.desks[0].apply("client.create", new_client("Perdido no restauro"))
    busy.desks[0].steps.sync()
    b = joining(busy, "b")
    assert b.steps.pull(limit=1, max_pages=4) is PullStep.INTERRUPTED
    busy.server.restore(backup)
    assert b.steps.pull(limit=1) is PullStep.RESET
    assert b.steps.pull(limit=1) is PullStep.APPLIED
    busy.settle()
    busy.assert_converged()


def test_a_page_that_does_not_continue_from_the_cursor_is_not_applied(busy: Studio) -> None:
    b = joining(busy, "b")
    assert b.steps.pull(limit=1, max_pages=3) is PullStep.INTERRUPTED
    status = b.local.status()
    assert status is not None
    assert status.cursor is not None
    rows = b.rows()
    epoch = status.cursor.epoch
    old = FetchedPage.of(f"{epoch}:0", busy.server.pull(status.device_id, f"{epoch}:0", 1), dt.datetime.now(dt.UTC))
    assert b.local.apply_pages([old]).outcome is PullApplied.STALE
    assert b.local.status() == status, "the cursor never moves backwards"
    assert b.rows() == rows


def test_the_cycle_collector_is_paused_only_while_pages_are_applied_as_they_come(busy: Studio) -> None:
    b = joining(busy, "b")
    seen: list[bool] = []
    fetch = b.transport.pull

    def pull(device_id: uuid.UUID, cursor: str | None, limit: int) -> dict[str, Any]:
        seen.append(gc.isenabled())
        return fetch(device_id, cursor, limit)

    b.transport.pull = pull  # type: ignore[method-assign]
    assert gc.isenabled()
    b.transport.cut_pages_after = 2
    with pytest.raises(Offline):
        b.steps.pull(limit=1)
    assert gc.isenabled(), "enabled again whatever stopped the download"
    b.transport.cut_pages_after = None
    assert b.steps.pull(limit=1) is PullStep.APPLIED
    assert gc.isenabled()
    assert len(seen) == 3 + 7
    assert not any(seen), "paused while the pages came"
    busy.desks[0].apply("client.create", new_client("Depois"))
    busy.desks[0].steps.sync()
    gc.disable()
    try:
        assert b.steps.pull() is PullStep.APPLIED
        assert not gc.isenabled(), "a collector paused by someone else stays paused"
    finally:
        gc.enable()
    assert b.steps.pull() is PullStep.APPLIED
    assert seen[-1] is True, "pulls after the first download leave it alone"
