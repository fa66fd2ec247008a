"""A desk upgrading its synced tables reloads the server's state and keeps what it had pending.

The upgrade here is a test migration on top of the real local history: it adds a column to
``client`` and, as a conversion the server fills in would, leaves the desk's copy of a field
blank. Declared ``reloads_synced_tables``, it makes the desk forget its cursor: the next sync
is a full download that brings the server's values back and applies the pending change again,
sent exactly once. Undeclared, the cursor is kept (the flag is what decides).
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from kronos_desktop.resources import migrations_dir
from kronos_desktop.store import LocalStore
from kronos_desktop.store.migrate import alembic_config
from kronos_desktop.sync.local import LocalSync
from kronos_desktop.sync.steps import SyncSteps
from tests.desk_sync.conftest import Desk, Studio, new_client, payment

UPGRADE = textwrap.dedent(
    '''
    """test only: a new column on client; the desk's notes left for the server to fill"""
    import sqlalchemy as sa
    from alembic import op

    revision = "9100_test_synced_upgrade"
    down_revision = {head!r}
    branch_labels = None
    depends_on = None
    reloads_synced_tables = {reloads!r}


    def upgrade() -> None:
        with op.batch_alter_table("client") as batch:
            batch.add_column(sa.Column("test_handle", sa.Text(), nullable=True))
        op.execute("UPDATE client SET notes = NULL")


    def downgrade() -> None:
        pass
    '''
)


def history_with_upgrade(folder: Path, *, reloads: bool) -> Path:
    location = folder / f"migrations-local-{reloads}"
    shutil.copytree(migrations_dir("local"), location)
    head = ScriptDirectory.from_config(alembic_config(location)).get_current_head()
    (location / "versions" / "9100_test_synced_upgrade.py").write_text(UPGRADE.format(head=head, reloads=reloads))
    return location


def reopen_upgraded(desk: Desk, location: Path) -> None:
    """The new version of the app opens the desk's file (and migrates it)."""
    desk.close()
    desk.store = LocalStore.open(desk.folder, script_location=location)
    desk.local = LocalSync(desk.store)
    desk.steps = SyncSteps(desk.local, desk.transport)


@pytest.fixture
def offline_desk_with_pending_work(studio: Studio) -> tuple[Desk, str, str]:
    """A desk that synced a client with notes, then went offline and took a payment and a new
    client while another desk changed the first client on the server."""
    a, b = studio.desk("a"), studio.desk("b")
    made = a.apply("client.create", new_client("Ana Souza", notes="alergia a látex"))
    studio.settle()
    a.transport.offline = True
    a.apply("payment.record", payment(15000))
    walk_in = a.apply("client.create", new_client("Caio Lima", notes="primeira sessão"))
    b.apply("client.update", {"client_id": str(made.args.client_id), "changes": {"phone": "+5511912345678"}})
    b.steps.sync()
    return a, str(made.args.client_id), str(walk_in.args.client_id)


def notes_of(desk: Desk, client_id: str) -> str | None:
    row = next(r for (t, i), r in desk.rows().items() if t == "client" and str(i) == client_id)
    return row["notes"]


def test_an_upgrade_of_the_synced_tables_reloads_the_server_state_and_keeps_pending_work(
    studio: Studio, offline_desk_with_pending_work: tuple[Desk, str, str], tmp_path: Path
) -> None:
    a, ana, caio = offline_desk_with_pending_work
    reopen_upgraded(a, history_with_upgrade(tmp_path, reloads=True))

    status = a.local.status()
    assert status is not None
    assert status.cursor is None, "the next pull is a full download"
    assert a.local.counts().pending == 2, "nothing pending was lost"
    assert notes_of(a, ana) is None  # what the migration left for the server to fill

    a.transport.offline = False
    studio.settle()
    studio.assert_converged()
    assert notes_of(a, ana) == "alergia a látex"  # the server's values are back
    assert notes_of(a, caio) == "primeira sessão"  # the desk's own change, sent once
    row = next(r for (t, i), r in a.rows().items() if t == "client" and str(i) == ana)
    assert row["phone"] == "+5511912345678"  # and what another desk did meanwhile
    assert sorted(r["amount"] for (t, _), r in a.rows().items() if t == "payment") == [15000]


def test_an_upgrade_that_does_not_declare_it_keeps_the_cursor(
    offline_desk_with_pending_work: tuple[Desk, str, str], tmp_path: Path
) -> None:
    a, _, _ = offline_desk_with_pending_work
    before = a.local.status()
    reopen_upgraded(a, history_with_upgrade(tmp_path, reloads=False))
    after = a.local.status()
    assert before is not None
    assert after is not None
    assert after.cursor == before.cursor
    assert a.local.counts().pending == 2
