"""Opening the desk's database file safely and bringing its schema up to date.

Before anything is written the file is checked: it must be SQLite, undamaged, and not from
a newer version of the app. A pending upgrade first copies the file aside with SQLite's
backup API, then runs with foreign keys off (set before BEGIN) and checked before commit.
A file that fails any check is never written to.

A migration that changes what the desk keeps of the synced tables (a column the server fills,
say) declares ``reloads_synced_tables = True``. Upgrading a desk that syncs then also forgets
its cursor and any pages kept aside, in the same transaction: its next pull is a full download
(the server's state reloaded, as after a ``reset``), which empties the synced tables, writes the
server's rows and applies the pending mutations again from their arguments, writing their
take-back records afresh. Until then (offline for days, say) the desk shows the migrated rows
with its pending changes; nothing pending is lost or sent twice — the outbox is untouched.
DESIGN.md's "take the pending mutations back, migrate, reload, apply them again" comes down to
this because a full download never uses the take-back records written under the old schema.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from kronos_desktop.resources import migrations_dir
from kronos_desktop.store.backup import backup_copy
from kronos_desktop.store.engine import foreign_keys_deferred
from kronos_desktop.store.errors import DamagedDatabase, DatabaseTooNew, MigrationFailed, NotADatabase

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest revision of migrations/local. A file already there opens without loading Alembic
# (a quarter of a second at every start); tests/store/test_migrations.py keeps it true.
LOCAL_HEAD = "0004"

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or migrations_dir("local")))
    return cfg


def check_file(path: Path) -> None:
    """Refuse a file that is not an undamaged SQLite database, without writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabase(
            f"The file {path} is not a KRONOS database (it is not SQLite). It was left untouched. "
            "Choose another data folder with --data-dir, or move the file away.",
            path,
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(
            f"The database {path} is damaged ({exc}). It was left untouched. "
            "Restore the latest backup from the 'backups' folder beside it.",
            path,
        ) from exc
    if result is None or result[0] != "ok":
        raise DamagedDatabase(
            f"The database {path} is damaged ({result[0] if result else 'no answer'}). It was left untouched. "
            "Restore the latest backup from the 'backups' folder beside it.",
            path,
        )


def backup_file(path: Path, revision: str | None) -> Path:
    """A consistent copy of the database before an upgrade from ``revision``, readable by the
    user alone (:func:`kronos_desktop.store.backup.backup_copy`)."""
    return backup_copy(path, f"rev{revision or 'none'}")


def current_revision(path: Path) -> str | None:
    """The schema revision recorded in the file (read-only; None for a new file)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone() is None:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        conn.close()


def upgrade(engine: Engine, path: Path, *, script_location: Path | None = None) -> MigrationReport:
    """Bring the file at ``path`` (open through ``engine``) to the newest schema."""
    current = current_revision(path)
    if script_location is None and current == LOCAL_HEAD:
        return MigrationReport(current, LOCAL_HEAD, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config(script_location)
    scripts = ScriptDirectory.from_config(cfg)
    head = scripts.get_current_head()
    assert head is not None
    if current == head:
        return MigrationReport(current, head, None)
    if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
        raise DatabaseTooNew(
            f"The database {path} was written by a newer version of KRONOS (schema {current}). "
            "Nothing was changed. Install the newest version of KRONOS to open it.",
            path,
        )
    backup = backup_file(path, current) if current is not None else None
    log.info("upgrading %s from %s to %s (backup: %s)", path, current, head, backup)
    reloading = [
        script.revision
        for script in scripts.iterate_revisions(head, current or "base")
        if getattr(script.module, "reloads_synced_tables", False)
    ]
    try:
        with engine.connect() as conn, foreign_keys_deferred(conn):
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            if reloading and _forget_cursor(conn):
                log.warning("schema %s changes the synced tables: the next pull reloads the server's state", reloading)
    except Exception as exc:
        raise MigrationFailed(
            f"Updating the database {path} failed ({exc}); nothing was changed"
            + (f", and a copy is in {backup}." if backup else "."),
            path,
        ) from exc
    return MigrationReport(current, head, backup)


def _forget_cursor(conn: Connection) -> bool:
    """The next pull starts from nothing (a full download); False for a desk that never synced."""
    forgot = conn.exec_driver_sql("UPDATE replica SET cursor = NULL WHERE cursor IS NOT NULL").rowcount
    conn.exec_driver_sql("DELETE FROM pull_page")
    return bool(forgot)
