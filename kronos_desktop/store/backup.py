"""Copies of the desk's database file kept in ``backups/`` beside it.

A copy is taken with SQLite's online backup API (a consistent snapshot even while the file is
open in WAL mode), readable by the user alone, before anything that could lose rows if it went
wrong: a schema upgrade (:mod:`kronos_desktop.store.migrate`), joining a server's studio
(:mod:`kronos_desktop.sync.local`).

:func:`restore_backup` puts a copy back in place of the desk's file. The restored file is behind
what the desk printed and pushed since the copy was taken, so before it records or numbers
anything it takes a new device id (its pending changes renumbered under it, as after a 409) and a
new receipt prefix (:mod:`kronos_desktop.store.sale_numbers`): its receipt counter went back too.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kronos_desktop.store.store import LocalStore

BACKUP_FOLDER = "backups"


def backup_copy(path: Path, label: str) -> Path:
    """Copy the database at ``path`` to ``backups/<stem>-<UTC stamp>-<label>.db`` beside it."""
    folder = path.parent / BACKUP_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", label).strip("-") or "copy"
    target = folder / f"{path.stem}-{stamp}-{safe}.db"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if os.name == "posix":
        os.chmod(target, 0o600)
    return target


def prefixes_of(path: Path) -> set[str]:
    """The receipt prefixes the file at ``path`` printed with (empty if it cannot be read)."""
    from kronos_core.sale_prefixes import prefix_of

    found: set[str] = set()
    if not path.exists():
        return found
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return found
    try:
        for (prefix,) in conn.execute("SELECT sale_prefix FROM replica"):
            found.add(str(prefix))
        for (number,) in conn.execute("SELECT DISTINCT number FROM sale"):
            found.add(prefix_of(str(number)))
    except sqlite3.Error:
        pass
    finally:
        conn.close()
    return {p for p in found if p}


def restore_backup(data_dir: Path, copy: Path) -> LocalStore:
    """Put the backup ``copy`` in place of the desk's file in ``data_dir`` (the desk's store
    must be closed) and open it: the file being replaced is kept in ``backups/`` first; the
    restored file takes a new device id and a new receipt prefix before anything else. Returns
    the open store."""
    from kronos_desktop.store.paths import DB_FILENAME
    from kronos_desktop.store.store import LocalStore

    path = data_dir / DB_FILENAME
    replaced = prefixes_of(path)
    if path.exists():
        backup_copy(path, "before-restore")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(path)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    store = LocalStore.open(data_dir)
    try:
        renew_identity(store, replaced)
    except BaseException:
        store.close()
        raise
    return store


def renew_identity(store: LocalStore, replaced: set[str]) -> None:
    """A restored file, before it records or numbers anything: a new device id (its pending
    changes renumbered under it, still pending) and a receipt prefix none of its own sales nor
    ``replaced`` (the prefixes of the file it replaced) printed with. Its file mark is cleared: the
    next start stamps it anew without taking yet another identity (kronos_desktop/store/file_instance.py)."""
    from kronos_desktop.store.file_instance import write_mark
    from kronos_desktop.store.sale_numbers import prefix_after_restore
    from kronos_desktop.sync.local import LocalSync

    with store.engine.begin() as conn:
        if store.identity(conn) is not None:
            LocalSync(store).take_new_identity(conn)
            prefix_after_restore(conn, replaced)
        write_mark(conn, 0)
