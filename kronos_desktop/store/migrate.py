"""Opening the desk's database file safely and bringing its schema up to date.

Before anything is written the file is checked: it must be SQLite, undamaged, KRONOS's own,
and not from a newer version of the app. A file that fails any check is never written to.

KRONOS's own: the file's header carries ``PRAGMA application_id`` = :data:`APPLICATION_ID`
(0x4B524E53, the bytes "KRNS"), set on every new file and on an existing file at its next
opening. A file without it (application_id 0) is adopted only if it is a desk file from before
the mark: an ``alembic_version`` table naming a revision of migrations/local, and no table or
view KRONOS does not know. Anything else (another program's SQLite file, one with another
application_id, one with someone else's tables beside ours) is refused as
:class:`ForeignDatabase`. A file of 0 bytes is a new file.

The first write to a file that already existed (a pending upgrade, or only setting the mark)
comes after a copy of it in ``backups/`` (SQLite's backup API); the writes run with foreign
keys off (set before BEGIN) and checked before commit, and the mark is set in the same
transaction.

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

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from kronos_desktop.resources import migrations_dir
from kronos_desktop.store.backup import backup_copy
from kronos_desktop.store.engine import foreign_keys_deferred
from kronos_desktop.store.errors import (
    DamagedDatabase,
    DatabaseTooNew,
    ForeignDatabase,
    MigrationFailed,
    NotADatabase,
)

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest revision of migrations/local. A file already there opens without loading Alembic
# (a quarter of a second at every start); tests/store/test_migrations.py keeps it true.
LOCAL_HEAD = "0013"

SQLITE_HEADER = b"SQLite format 3\x00"
# ``PRAGMA application_id`` of a KRONOS desk file: "KRNS" (not in SQLite's registry of
# application ids, magic.txt). Never change it: it is how a desk knows its own files.
APPLICATION_ID = int.from_bytes(b"KRNS", "big")  # 0x4B524E53 = 1263685203
# The Alembic version table; with the desk's tables (kronos_desktop.store.local_schema) the
# only tables a desk file holds.
VERSION_TABLE = "alembic_version"
# The client search index (migrations 0008 and 0009, not in the metadata: SQLite virtual tables), with the
# shadow tables FTS5 keeps for each.
SEARCH_TABLES = frozenset(
    base + suffix
    for base in ("client_search", "client_search_digits")
    for suffix in ("", "_config", "_content", "_data", "_docsize", "_idx")
)


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


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to the file, nor create anything beside it: with no
    ``-wal`` or ``-journal`` beside the file, everything is in the file itself and it is read
    as immutable (a read-only connection on a WAL file would leave a ``-wal`` and a ``-shm``
    beside another program's file)."""
    pending = any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal"))
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{'' if pending else '&immutable=1'}", uri=True)


def check_file(path: Path, *, script_location: Path | None = None) -> None:
    """Refuse a file that is not an undamaged SQLite database of KRONOS's, without writing to it."""
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
        conn = _read_only(path)
        try:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            conn.close()
        facts = read_facts(path)
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
    check_owner(path, facts, script_location=script_location)


@dataclass(frozen=True)
class FileFacts:
    """What the header and schema of an existing database file say (read without writing)."""

    application_id: int
    revision: str | None  # None: no version table, or one KRONOS cannot read
    names: frozenset[str]  # its tables and views, SQLite's own (sqlite_*) left out


def read_facts(path: Path) -> FileFacts | None:
    """The facts of the file at ``path``; None for a new file (absent, or 0 bytes)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = _read_only(path)
    try:
        application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        names = frozenset(
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            )
        )
        revision = None
        if VERSION_TABLE in names:
            try:
                row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            except sqlite3.OperationalError:  # someone else's table of that name
                row = None
            revision = None if row is None else str(row[0])
        return FileFacts(application_id, revision, names)
    finally:
        conn.close()


def known_names() -> frozenset[str]:
    """Every table a desk file may hold: the desk's schema, Alembic's version table and the
    client search index."""
    from kronos_desktop.store.local_schema import DESK_METADATA

    return frozenset(name for md in DESK_METADATA for name in md.tables) | {VERSION_TABLE} | SEARCH_TABLES


def known_revisions(script_location: Path | None = None) -> frozenset[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(script_location))
    return frozenset(s.revision for s in scripts.walk_revisions())


def check_owner(path: Path, facts: FileFacts | None, *, script_location: Path | None = None) -> None:
    """Refuse (:class:`ForeignDatabase`) a file that is not KRONOS's: see the module's docstring."""
    if facts is None or facts.application_id == APPLICATION_ID:
        return
    untouched = "It was left untouched. Choose another data folder with --data-dir, or move the file away."
    if facts.application_id != 0:
        raise ForeignDatabase(
            f"The file {path} is a database of another program (SQLite application_id "
            f"0x{facts.application_id & 0xFFFFFFFF:08X}), not of KRONOS. {untouched}",
            path,
        )
    if not facts.names:
        return  # an SQLite file with nothing in it: adopted, after a copy
    if facts.revision is None:
        shown = ", ".join(sorted(facts.names)[:5])
        raise ForeignDatabase(
            f"The file {path} is a database of another program (tables: {shown}), not of KRONOS. {untouched}",
            path,
        )
    unknown = facts.names - known_names()
    if unknown:
        shown = ", ".join(sorted(unknown)[:5])
        raise ForeignDatabase(
            f"The file {path} holds tables KRONOS does not know ({shown}): it is not a KRONOS database, "
            f"or another program has written into it. {untouched}",
            path,
        )
    if facts.revision not in known_revisions(script_location):
        raise ForeignDatabase(
            f"The file {path} has a schema version KRONOS does not know ({facts.revision}) and no KRONOS mark: "
            f"it is not a KRONOS database. {untouched}",
            path,
        )


def backup_file(path: Path, revision: str | None) -> Path:
    """A consistent copy of the database before an upgrade from ``revision``, readable by the
    user alone (:func:`kronos_desktop.store.backup.backup_copy`)."""
    return backup_copy(path, f"rev{revision or 'none'}")


def current_revision(path: Path) -> str | None:
    """The schema revision recorded in the file (read-only; None for a new file)."""
    facts = read_facts(path)
    return None if facts is None else facts.revision


def _create_private(path: Path) -> None:
    """Create the new file empty and readable by the user alone, before SQLite opens it: its
    ``-wal`` and ``-shm`` then get the same mode."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def upgrade(engine: Engine, path: Path, *, script_location: Path | None = None) -> MigrationReport:
    """Bring the file at ``path`` (open through ``engine``) to the newest schema, marked as
    KRONOS's; refuse a file that is not KRONOS's. An existing file is copied first."""
    facts = read_facts(path)
    current = None if facts is None else facts.revision
    marked = facts is not None and facts.application_id == APPLICATION_ID
    if script_location is None and current == LOCAL_HEAD and marked:
        return MigrationReport(current, LOCAL_HEAD, None)
    check_owner(path, facts, script_location=script_location)
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config(script_location)
    scripts = ScriptDirectory.from_config(cfg)
    head = scripts.get_current_head()
    assert head is not None
    if current == head and marked:
        return MigrationReport(current, head, None)
    if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
        raise DatabaseTooNew(
            f"The database {path} was written by a newer version of KRONOS (schema {current}). "
            "Nothing was changed. Install the newest version of KRONOS to open it.",
            path,
        )
    if facts is None:
        _create_private(path)
        backup = None
    else:  # the first write to a file that already existed comes after a copy of it
        backup = backup_file(path, current)
    log.info("upgrading %s from %s to %s (backup: %s)", path, current, head, backup)
    reloading = [
        script.revision
        for script in (scripts.iterate_revisions(head, current or "base") if current != head else ())
        if getattr(script.module, "reloads_synced_tables", False)
    ]
    try:
        with engine.connect() as conn, foreign_keys_deferred(conn):
            if current != head:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
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
