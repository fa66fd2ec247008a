"""Joining a server never loses a row of the desk's own (issue 8, "What two desks hit").

A desk on the demo studio (written by ``--demo``, with no outbox: its rows can never be pushed)
that signed in to a server used to join the server's studio, push nothing, and then have its
first download empty its tables: 2,000 clients to none. Now it is refused before anything
changes, whichever way the sync gets there. A standalone desk with its history in the outbox
joins: its file is first copied to ``backups/``, every row reaches the server, and the desk keeps
every one of them. Every table is counted before and after, against the real server.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import update

from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
from kronos_core.roles import Role
from kronos_core.schema import SYNCED_TABLES
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import replica
from kronos_desktop.sync.http import HttpTransport
from kronos_desktop.sync.join import RowsWouldBeLost
from kronos_desktop.sync.local import LocalSync
from kronos_desktop.sync.steps import SyncSteps
from tests.desk_sync.conftest import outbox_rows, synced_rows
from tests.server.desk_live.conftest import LiveStudio
from tests.server.desk_live.test_standalone_join import standalone_history

pytestmark = pytest.mark.postgres


def table_counts(path: Path) -> dict[str, int]:
    """Rows in every synced table of the SQLite file at ``path``, and in its outbox."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [t.name for t in SYNCED_TABLES] + ["outbox"]
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        conn.close()


def backups(store: LocalStore) -> list[Path]:
    folder = store.path.parent / "backups"
    return sorted(folder.glob("*before-join*.db")) if folder.exists() else []


def signed_in(live_studio: LiveStudio, store: LocalStore) -> SyncSteps:
    """The desk as a sign-in leaves it: the server's address recorded, enrolled, syncing."""
    with store.engine.begin() as conn:
        conn.execute(update(replica).values(server_url=live_studio.base_url))
    http = HttpTransport(live_studio.base_url, live_studio.enrol())
    live_studio.transports.append(http)
    steps = SyncSteps(LocalSync(store), http)
    steps.server_studio = lambda: (live_studio.studio_id, Role.OWNER)
    return steps


def demo_desk(folder: Path, studio_id: uuid.UUID = DEMO_STUDIO_ID) -> LocalStore:
    """Rows written straight into the file, no outbox: as ``--demo`` writes its studio."""
    store = LocalStore.open(folder)
    store.ensure_identity(studio_id=studio_id)
    with store.engine.begin() as conn:
        generate_demo(conn, size=DemoSize.small(), studio_id=studio_id)
    return store


@pytest.mark.parametrize("same_studio", [False, True], ids=["demo-studio", "server-studio"])
def test_rows_no_push_can_bring_are_refused_and_kept(live_studio: LiveStudio, same_studio: bool) -> None:
    """The demo studio joining a server is refused before anything changes; so is the first
    download of a desk of the server's own studio whose rows were written with no outbox (the
    download would empty its tables), whichever step the sync reaches."""
    studio_id = live_studio.studio_id if same_studio else DEMO_STUDIO_ID
    store = demo_desk(live_studio.folder / "demo", studio_id)
    before = table_counts(store.path)
    assert before["client"] == 200
    assert before["outbox"] == 0
    rows_before = synced_rows(store)
    server_before = live_studio.server_rows()
    steps = signed_in(live_studio, store)

    with pytest.raises(RowsWouldBeLost) as refused:
        steps.sync()

    assert refused.value.demo is not same_studio
    assert refused.value.counts["client"] == 200
    assert table_counts(store.path) == before, "not a row of the desk was lost or added"
    assert synced_rows(store) == rows_before, "the desk's rows are untouched"
    state = LocalSync(store).status()
    assert state is not None
    assert state.studio_id == studio_id, "the desk did not join the server's studio"
    assert state.cursor is None
    assert live_studio.server_rows() == server_before, "nothing reached the server"
    assert backups(store) == [], "refused before anything changed"
    store.close()


def test_a_standalone_desk_joins_backs_up_and_keeps_every_row(live_studio: LiveStudio) -> None:
    store, _owner, _bookings = standalone_history(live_studio.folder / "solo")
    own_studio = store.identity().studio_id  # type: ignore[union-attr]
    before = table_counts(store.path)
    mine = {key for key in synced_rows(store) if key[0] != "studio"}
    server_before = live_studio.server_rows()
    steps = signed_in(live_studio, store)

    steps.sync()

    assert LocalSync(store).counts().pending == 0
    server = live_studio.server_rows()
    local = synced_rows(store)
    assert mine <= set(server), "every row of the desk reached the server"
    assert local == server, "the desk holds the studio as the server does"
    after = table_counts(store.path)
    for table in SYNCED_TABLES:
        gained = sum(1 for (t, _) in server if t == table.name) - sum(1 for (t, _) in server_before if t == table.name)
        own = sum(1 for (t, _) in mine if t == table.name)
        assert gained == own, f"{table.name}: every row of the desk arrived once"
        if table.name != "studio":
            expected = before[table.name] + sum(1 for (t, _) in server_before if t == table.name)
            assert after[table.name] == expected, f"{table.name}: the desk kept its rows and got the studio's"
    assert after["studio"] == 1

    copies = backups(store)
    assert len(copies) == 1, "the file was copied before joining"
    assert table_counts(copies[0]) == before, "the copy holds the desk as it was"
    copy = sqlite3.connect(f"file:{copies[0]}?mode=ro", uri=True)
    try:
        (studio_id,) = copy.execute("SELECT studio_id FROM replica").fetchone()
    finally:
        copy.close()
    assert uuid.UUID(hex=str(studio_id)) == own_studio, "the copy is the desk's own studio, before the join"
    assert [r["status"] for r in outbox_rows(store)] == ["acked"] * before["outbox"]
    store.close()
