"""Copies of the desk's database file kept in ``backups/`` beside it.

A copy is taken with SQLite's online backup API (a consistent snapshot even while the file is
open in WAL mode), readable by the user alone, before anything that could lose rows if it went
wrong: a schema upgrade (:mod:`kronos_desktop.store.migrate`), joining a server's studio
(:mod:`kronos_desktop.sync.local`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

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
