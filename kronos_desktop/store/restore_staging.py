"""Restoring a chosen copy of the desk's database (issue 17), never under the open store.

A restore asked for while the desk runs is checked and *staged*: :func:`stage` checks the copy
(:func:`check_copy`), copies it beside the desk's file as ``kronos-restore.db`` (SQLite's backup
API, checked, through a temporary name) and writes ``kronos-restore.json`` last (the copy's
name and date, who asked). Nothing the open store uses is touched; the app then restarts.

At the next start, before the store opens, :func:`apply_staged` puts it in place:

1. the staged file is checked again;
2. the desk's file (with its ``-wal`` and ``-shm``) is moved aside to ``replaced/<UTC stamp>/``
   (folder 0700, files 0600) and made one self-contained file there: kept, never deleted;
3. the staged copy becomes ``kronos.db``; the store opens it (an older schema is upgraded as
   usual) and it takes a new device id (its pending changes renumbered, still pending, pushed by
   the next sync) and a new receipt prefix (kronos_desktop/store/backup.py), so the sync never
   mistakes it for the old desk and no printed number repeats;
4. every client the replaced file had erased and the copy still holds is erased again, as a
   ``client.erase`` of this desk (so it reaches the server too), and this desk's copies scrubbed
   (kronos_desktop/store/erase.py).

If anything fails after step 2, the desk's file is put back as it was and the copy kept in the
``replaced`` folder; a staged file without its marker (a staging cut short) is removed.

Refused, nothing replaced (:class:`CopyRefused`'s ``code``): ``missing`` (the file is gone),
``not_sqlite``, ``damaged`` (``integrity_check`` fails), ``not_kronos`` (SQLite, but not a
KRONOS desk file: another program's mark or tables, no schema version), ``too_new`` (a schema
revision migrations/local does not know: a newer KRONOS wrote it) and ``other_studio`` (a copy
of another studio than the one the desk holds: restoring it would mix two studios' receipts and
sync; a desk with no studio yet, a new PC, takes any studio's copy).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kronos_core.mutations import load_all as load_mutations  # before any: all at once, one thread at a time
from kronos_desktop.store.backup_erasures import REPLACED_FOLDER, apply_to_copies, erased_clients
from kronos_desktop.store.scheduled_backups import integrity, taken_at

if TYPE_CHECKING:
    from kronos_desktop.store.store import LocalStore

log = logging.getLogger(__name__)

STAGED = "kronos-restore.db"
MARKER = "kronos-restore.json"
STAMP = "%Y%m%dT%H%M%SZ"


class CopyRefused(Exception):
    """A copy that cannot be restored; ``code`` says why (see the module), ``detail`` the facts."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class CopyFacts:
    path: Path
    revision: str | None
    studio_id: uuid.UUID | None
    taken_at: dt.datetime  # from the copy's name, else the file's time


@dataclass(frozen=True)
class Staged:
    copy_name: str
    taken_at: dt.datetime
    requested_by: uuid.UUID | None


@dataclass(frozen=True)
class Restored:
    """A restore done at start: the copy's date, where the file it replaced is kept, the
    clients erased again, whether that file held a studio (not: a new PC's empty desk)."""

    copy_name: str
    taken_at: dt.datetime
    kept_aside: Path
    erased_again: int
    replaced_a_studio: bool = True


def _studio_of(path: Path) -> uuid.UUID | None:
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = db.execute("SELECT studio_id FROM replica").fetchone()
    except sqlite3.Error:
        return None
    finally:
        db.close()
    return None if row is None or row[0] is None else uuid.UUID(str(row[0]))


def check_copy(copy: Path, current: Path | None = None, *, full: bool = True) -> CopyFacts:
    """The copy's facts, or :class:`CopyRefused` (read-only: nothing is written). ``full``: a
    whole ``integrity_check`` (every page read: seconds on a large studio's copy), else SQLite's
    ``quick_check`` (for a file checked whole when it was staged)."""
    from kronos_desktop.store import migrate
    from kronos_desktop.store.errors import DamagedDatabase, ForeignDatabase, NotADatabase

    if not copy.is_file():
        raise CopyRefused("missing", str(copy))
    try:
        with copy.open("rb") as fh:
            header = fh.read(len(migrate.SQLITE_HEADER))
    except OSError as exc:
        raise CopyRefused("missing", str(exc)) from exc
    if header != migrate.SQLITE_HEADER:
        raise CopyRefused("not_sqlite", copy.name)
    try:
        migrate.check_file(copy)
        checked = integrity(copy) if full else "ok"
        facts = migrate.read_facts(copy)
    except ForeignDatabase as exc:
        raise CopyRefused("not_kronos", exc.message) from exc
    except DamagedDatabase as exc:
        raise CopyRefused("damaged", exc.message) from exc
    except NotADatabase as exc:
        raise CopyRefused("not_sqlite", exc.message) from exc
    except sqlite3.Error as exc:
        raise CopyRefused("damaged", str(exc)) from exc
    if checked != "ok":
        raise CopyRefused("damaged", checked)
    if facts is None or facts.revision is None or "replica" not in facts.names:
        raise CopyRefused("not_kronos", copy.name)
    if facts.revision not in migrate.known_revisions():
        raise CopyRefused("too_new", facts.revision)
    studio = _studio_of(copy)
    mine = _studio_of(current) if current is not None and current.is_file() else None
    if mine is not None and studio is not None and studio != mine:
        raise CopyRefused("other_studio", str(studio))
    when = taken_at(copy) or dt.datetime.fromtimestamp(copy.stat().st_mtime, dt.UTC)
    return CopyFacts(copy, facts.revision, studio, when)


def _private(path: Path, mode: int = 0o600) -> None:
    if os.name == "posix":
        os.chmod(path, mode)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def stage(data_dir: Path, copy: Path, *, requested_by: uuid.UUID | None = None) -> Staged:
    """Check ``copy`` and stage it for the next start (see the module); raises
    :class:`CopyRefused` (nothing staged) or OSError/sqlite3.Error (nothing staged either)."""
    from kronos_desktop.store.paths import DB_FILENAME

    facts = check_copy(copy, data_dir / DB_FILENAME, full=False)  # the staged file is checked whole below
    target = data_dir / STAGED
    partial = data_dir / (STAGED + ".partial")
    (data_dir / MARKER).unlink(missing_ok=True)  # a restore staged before is replaced by this one
    try:
        src = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _private(partial)
        if integrity(partial) != "ok":
            raise CopyRefused("damaged", copy.name)
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise
    staged = Staged(copy.name, facts.taken_at, requested_by)
    marker = {
        "copy": staged.copy_name,
        "taken_at": staged.taken_at.isoformat(),
        "requested_by": str(requested_by) if requested_by is not None else None,
    }
    _write_private(data_dir / MARKER, json.dumps(marker))
    log.info("restore of %s staged for the next start", copy.name)
    return staged


def _write_private(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(partial, path)


def staged(data_dir: Path) -> Staged | None:
    """The restore waiting for the next start (None: none, or one cut short)."""
    marker = data_dir / MARKER
    if not marker.is_file() or not (data_dir / STAGED).is_file():
        return None
    try:
        found = json.loads(marker.read_text(encoding="utf-8"))
        who = found.get("requested_by")
        return Staged(
            str(found["copy"]),
            dt.datetime.fromisoformat(found["taken_at"]),
            uuid.UUID(who) if who else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def cancel(data_dir: Path) -> None:
    """Forget a staged restore (nothing of the desk's is touched)."""
    (data_dir / MARKER).unlink(missing_ok=True)
    _remove(data_dir / STAGED)
    _remove(data_dir / (STAGED + ".partial"))


def _one_file(path: Path) -> None:
    """The file kept aside made self-contained (its WAL written into it), when it opens."""
    try:
        db = sqlite3.connect(path)
        try:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("PRAGMA journal_mode=DELETE")
        finally:
            db.close()
    except sqlite3.Error as exc:  # kept as it is, -wal beside it
        log.warning("the replaced file was kept as it was (%s)", exc)
    for leftover in path.parent.iterdir():
        _private(leftover)


def apply_staged(data_dir: Path, *, now: dt.datetime | None = None) -> Restored | None:
    """Put a staged restore in place (see the module); None when none is staged. Raises
    :class:`CopyRefused` when the staged file no longer passes (it is removed, nothing replaced),
    or whatever opening the restored file raised (the desk's file put back first)."""
    from kronos_desktop.store.backup import prefixes_of, renew_identity
    from kronos_desktop.store.paths import DB_FILENAME
    from kronos_desktop.store.store import LocalStore

    found = staged(data_dir)
    if found is None:
        if (data_dir / STAGED).exists() or (data_dir / MARKER).exists():
            log.warning("a restore staged but cut short was dropped")
            cancel(data_dir)
        return None
    current = data_dir / DB_FILENAME
    pending = data_dir / STAGED
    try:
        check_copy(pending, current, full=False)  # checked whole when it was staged
    except CopyRefused:
        cancel(data_dir)
        raise
    at = now or dt.datetime.now(dt.UTC)
    aside = data_dir / REPLACED_FOLDER / at.strftime(STAMP)
    replaced = prefixes_of(current)
    erased = erased_clients(current)
    had_studio = current.is_file() and _studio_of(current) is not None
    (data_dir / REPLACED_FOLDER).mkdir(mode=0o700, exist_ok=True)
    aside.mkdir(mode=0o700)
    # Their data out of the copy before it is the desk's file (a copy that cannot be scrubbed is
    # deleted: the replace below then fails and the desk's file is put back).
    apply_to_copies(erased, [pending])
    moved = _move_aside(current, aside)
    try:
        os.replace(pending, current)
        _private(current)
        store = LocalStore.open(data_dir)
        try:
            renew_identity(store, replaced)
            again = erase_again(store, erased, found.requested_by)
        finally:
            store.close()
    except BaseException:
        log.exception("the restore of %s failed: the desk's file is put back", found.copy_name)
        if current.exists():
            _remove_to(current, aside / f"refused-{found.copy_name}")
        for name in moved:
            os.replace(aside / name, data_dir / name)
        (data_dir / MARKER).unlink(missing_ok=True)
        raise
    (data_dir / MARKER).unlink(missing_ok=True)
    if (aside / DB_FILENAME).exists():
        _one_file(aside / DB_FILENAME)
    log.warning("restored %s (taken %s); the replaced file is kept in %s", found.copy_name, found.taken_at, aside)
    return Restored(found.copy_name, found.taken_at, aside, again, had_studio)


def _move_aside(current: Path, aside: Path) -> list[str]:
    moved = []
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = Path(f"{current}{suffix}")
        if path.exists():
            os.replace(path, aside / path.name)
            moved.append(path.name)
    return moved


def _remove_to(path: Path, target: Path) -> None:
    try:
        shutil.move(str(path), str(target))
    except OSError:
        log.warning("the refused copy could not be kept aside")
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def erase_again(store: LocalStore, erased: dict[uuid.UUID, dt.datetime], requested_by: uuid.UUID | None) -> int:
    """Erase again, in the restored file, the clients the replaced file had erased (a
    ``client.erase`` each, as the person who asked for the restore when the copy knows them, else
    as the desk); then this desk's copies are scrubbed. How many were erased again."""
    from sqlalchemy import select

    load_mutations()
    from kronos_core.mutations import MutationError
    from kronos_core.mutations.client_erase import ClientErase
    from kronos_core.schema import client, staff
    from kronos_desktop.store.backup_erasures import holding
    from kronos_desktop.store.erase import after_erase

    if not erased:
        return 0
    with store.read_engine.connect() as conn:
        still = {
            r.id
            for r in conn.execute(
                select(client.c.id).where(client.c.id.in_(list(erased)), client.c.erased_at.is_(None))
            )
        }
        known = requested_by is not None and conn.execute(select(staff.c.id).where(staff.c.id == requested_by)).first()
    done: list[uuid.UUID] = []
    for client_id in sorted(still):
        try:
            applied = store.apply(
                "client.erase",
                ClientErase(client_id=client_id, erased_at=erased[client_id]),
                staff_id=requested_by if known else None,
            )
        except MutationError as exc:  # their data was taken out of the copy before it came in
            log.warning("an erase could not be recorded again after a restore (%s)", exc)
            continue
        done += list(applied.changed.get("client") or {client_id})
    if done:
        after_erase(store.engine, store.path, done)
    left = holding(store.path, erased)
    if left:  # never expected: the erase mutation takes every personal column
        log.error("%d erased client(s) still hold data after a restore", len(left))
    return len(still)
