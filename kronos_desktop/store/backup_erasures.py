"""Erasures kept erased in the desk's copies (issue 17): a client erased at their request
(``client.erase``, kronos_desktop/store/erase.py) after a copy was made must not come back from
that copy, nor from a restore of it.

- :func:`erased_clients` reads which clients the desk's file has erased (and when);
- :func:`apply_to_copies` scrubs every copy that still holds one of them: the daily and weekly
  copies in the backup folder (``kronos-<stamp>.db``) and the files a restore kept aside
  (``replaced/<stamp>/kronos.db``). Each copy is scrubbed as erase.py scrubs ``backups/`` (the
  client's row by id, the outbox, the pulled pages, every text holding their words; the file
  vacuumed); a copy that cannot be scrubbed is deleted rather than kept with their data. A copy
  that holds none of them is not opened for writing (so the sweep is cheap: the backup keeper runs
  it at every backup and after every erase this desk makes or pulls).

What a copy "holds" is a client row of an erased client whose personal columns still have any
value other than their erased one (kronos_core.erasure.ERASED). The copy's row keeps
``erased_at`` empty: a copy restored later has the erase applied again as a change of its own
(kronos_desktop/store/restore_staging.py), so it reaches the server too.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kronos_core.erasure import ERASED, Scrubber
from kronos_core.instants import from_micros

log = logging.getLogger(__name__)

REPLACED_FOLDER = "replaced"  # beside the desk's file: the files a restore kept aside
_CHUNK = 500


@dataclass
class Sweep:
    """What one sweep did: the copies scrubbed and the ones deleted (could not be scrubbed)."""

    scrubbed: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def erased_clients(database: Path) -> dict[uuid.UUID, dt.datetime]:
    """The clients erased in the file at ``database`` and when (empty if it cannot be read)."""
    if not database.is_file():
        return {}
    try:
        db = _read_only(database)
        try:
            rows = db.execute("SELECT id, erased_at FROM client WHERE erased_at IS NOT NULL").fetchall()
        finally:
            db.close()
    except sqlite3.Error as exc:
        log.warning("the erased clients of %s could not be read: %s", database.name, exc)
        return {}
    return {_uuid(i): from_micros(int(at)) for i, at in rows}


def _uuid(value: object) -> uuid.UUID:
    if isinstance(value, bytes):
        return uuid.UUID(bytes=value)
    return uuid.UUID(str(value))


def _erased_value(column: str, value: object) -> bool:
    wanted = ERASED[column]
    if isinstance(wanted, list):
        return value is None or value == "[]" or (isinstance(value, str) and json.loads(value) == wanted)
    if isinstance(wanted, bool):
        return value in (None, 0, False)
    return value == wanted


def holding(copy: Path, ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """Which of ``ids`` the copy still holds the personal data of (read-only)."""
    wanted = list(ids)
    found: list[uuid.UUID] = []
    db = _read_only(copy)
    try:
        columns = {r[1] for r in db.execute("PRAGMA table_info(client)")}
        personal = [c for c in ERASED if c in columns]
        if not personal:
            return []
        for start in range(0, len(wanted), _CHUNK):
            chunk = [i.hex for i in wanted[start : start + _CHUNK]]
            marks = ",".join("?" * len(chunk))
            cur = db.execute(f"SELECT id, {', '.join(personal)} FROM client WHERE id IN ({marks})", chunk)
            for row in cur.fetchall():
                if not all(_erased_value(c, v) for c, v in zip(personal, row[1:], strict=True)):
                    found.append(_uuid(row[0]))
    finally:
        db.close()
    return found


def copies_in(folder: Path | None, data_dir: Path | None) -> list[Path]:
    """The copies a sweep looks at: ``kronos-<stamp>.db`` in ``folder``, and every file a restore
    kept aside under ``data_dir/replaced``."""
    from kronos_desktop.store.scheduled_backups import taken_at

    found: list[Path] = []
    if folder is not None and folder.is_dir():
        found += sorted(p for p in folder.iterdir() if taken_at(p) is not None and p.is_file())
    if data_dir is not None and (data_dir / REPLACED_FOLDER).is_dir():
        found += sorted((data_dir / REPLACED_FOLDER).glob("*/*.db"))
    return found


def apply_to_copies(erased: Mapping[uuid.UUID, dt.datetime] | Iterable[uuid.UUID], copies: Iterable[Path]) -> Sweep:
    """Scrub the clients ``erased`` from every one of ``copies`` still holding them."""
    from kronos_desktop.store.erase import EraseReport, Words, scrub_backup

    ids = list(erased)
    sweep = Sweep()
    if not ids:
        return sweep
    nothing = Words(Scrubber(set()), Scrubber(set()))  # each copy's own rows give the words
    for copy in copies:
        try:
            held = holding(copy, ids)
        except sqlite3.Error as exc:
            log.warning("a copy could not be read for erasures (%s): %s", copy.name, exc)
            held = ids  # scrubbed, or deleted if it cannot be: never kept unread with their data
        if not held:
            continue
        report = EraseReport()
        scrub_backup(copy, held, nothing, report)
        sweep.scrubbed += report.backups_scrubbed
        sweep.deleted += report.backups_deleted
    if sweep.scrubbed or sweep.deleted:
        log.info("erasures applied again: %d copies scrubbed, %d deleted", len(sweep.scrubbed), len(sweep.deleted))
    return sweep
