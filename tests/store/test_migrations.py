"""Upgrading a populated desk database keeps every row and leaves a backup.

A table-rebuild ("batch") migration with foreign keys on silently deletes ON DELETE CASCADE
children (DESIGN.md pitfalls); the store runs migrations with foreign keys off, set before
BEGIN, and checks them before commit. The rebuild here is a test migration put on top of the
real history, so the check holds for whatever the real history becomes.
"""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from kronos_core.demo import DemoSize, generate_demo
from kronos_core.schema import SYNCED_TABLES
from kronos_desktop.resources import migrations_dir
from kronos_desktop.store import LocalStore
from kronos_desktop.store.engine import create_sqlite_engine, foreign_keys_deferred, install_sync_write
from kronos_desktop.store.migrate import LOCAL_HEAD, alembic_config
from kronos_desktop.store.paths import DB_FILENAME
from tests.old_demo import write_old_demo

REBUILD = textwrap.dedent(
    '''
    """test only: rebuild tables that have children (sale: ON DELETE CASCADE sale lines)"""
    import sqlalchemy as sa
    from alembic import op

    revision = "9000_test_rebuild"
    down_revision = {head!r}
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        for table in {tables!r}:
            with op.batch_alter_table(table, recreate="always") as batch:
                batch.add_column(sa.Column("test_note", sa.Text(), nullable=True))


    def downgrade() -> None:
        pass
    '''
)


def history_with_rebuild_of(folder: Path, tables: tuple[str, ...]) -> Path:
    """The real local history plus a test migration that rebuilds ``tables``."""
    location = folder / "migrations-local"
    shutil.copytree(migrations_dir("local"), location)
    head = ScriptDirectory.from_config(alembic_config(location)).get_current_head()
    (location / "versions" / "9000_test_rebuild.py").write_text(REBUILD.format(head=head, tables=tables))
    return location


def counts(path: Path) -> dict[str, int]:
    """Rows per synced table the file has (an older revision lacks the newer tables)."""
    conn = sqlite3.connect(path)
    try:
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {
            t.name: conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
            for t in SYNCED_TABLES
            if t.name in present
        }
    finally:
        conn.close()


@pytest.fixture
def history_with_rebuild(tmp_path: Path) -> Path:
    return history_with_rebuild_of(tmp_path, ("sale", "client", "staff"))


@pytest.fixture
def demo_desk(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store = LocalStore.open(data)
    with store.engine.begin() as conn:
        generate_demo(conn, size=DemoSize(clients=300))
    store.close()
    return data


def test_upgrade_of_a_populated_demo_database_keeps_every_row(demo_desk: Path, history_with_rebuild: Path) -> None:
    path = demo_desk / DB_FILENAME
    before = counts(path)
    assert before["sale_line"] > 0
    assert before["client"] == 300

    store = LocalStore.open(demo_desk, script_location=history_with_rebuild)
    store.close()

    assert counts(path) == before
    backups = list((demo_desk / "backups").glob("*.db"))
    assert len(backups) == 1, "an upgrade leaves exactly one backup copy"
    assert counts(backups[0]) == before
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9000_test_rebuild"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    # Opening again: nothing pending, no second backup.
    LocalStore.open(demo_desk, script_location=history_with_rebuild).close()
    assert len(list((demo_desk / "backups").glob("*.db"))) == 1


def test_the_same_rebuild_with_foreign_keys_on_would_lose_rows(demo_desk: Path, tmp_path: Path) -> None:
    """Proves the pitfall is real on this stack, so the guard above is needed.

    With foreign keys on, rebuilding ``sale`` drops the old table, which deletes its
    ON DELETE CASCADE children (the sale lines) without a word. (Payments and tips, which
    reference sales without a cascade, as do stock movements, would make the drop fail instead; they are removed first
    so the silent loss shows.)
    """
    path = demo_desk / DB_FILENAME
    db = sqlite3.connect(path)
    install_sync_write(db).on = True  # payments and tips are append-only: deleted as the sync may
    db.execute("DELETE FROM payment")
    db.execute("DELETE FROM sale_tip")
    db.execute("DELETE FROM stock_movement")
    db.commit()
    db.close()
    before = counts(path)
    assert before["sale_line"] > 0
    engine = create_sqlite_engine(path)
    cfg = alembic_config(history_with_rebuild_of(tmp_path, ("sale",)))
    with engine.connect() as conn, conn.begin():  # foreign keys stay ON here
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    engine.dispose()
    after = counts(path)
    assert after["sale"] == before["sale"]
    assert after["sale_line"] == 0, "the cascade emptied the sale lines"


def test_every_real_upgrade_on_a_populated_demo_database_keeps_every_row(tmp_path: Path) -> None:
    """From each earlier revision of the real history to the newest, on demo data."""
    scripts = ScriptDirectory.from_config(alembic_config())
    revisions = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    for start in revisions[:-1]:
        data = tmp_path / f"from-{start}"
        data.mkdir()
        path = data / DB_FILENAME
        engine = create_sqlite_engine(path)
        cfg = alembic_config()
        with engine.connect() as conn, foreign_keys_deferred(conn):
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, start)
        engine.dispose()
        write_old_demo(path, DemoSize(clients=200), tmp_path)
        before = counts(path)
        LocalStore.open(data).close()
        after = counts(path)
        assert {name: after[name] for name in before} == before, f"rows lost upgrading from {start}"
        backups = list((data / "backups").glob("*.db"))
        assert len(backups) == 1
        assert counts(backups[0]) == before


def test_the_fast_path_knows_the_newest_revision() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == LOCAL_HEAD


def test_a_new_desk_is_at_the_newest_schema(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "data")
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() == head
        for table in SYNCED_TABLES:
            assert conn.execute(select(func.count()).select_from(table)).scalar_one() == 0
    store.close()
    assert not (tmp_path / "data" / "backups").exists(), "a brand-new file needs no backup"
