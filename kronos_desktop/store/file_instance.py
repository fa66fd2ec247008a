"""Which database file this is, on this computer: a copied file is found out before it prints
(issue 15, "Close and receipt": "a restored or copied file takes a new prefix before it prints
again").

A receipt number is the desk's prefix and the file's counter, so two files that share a device id
and a prefix print the same numbers: a ``kronos.db`` copied to another folder or another computer
(or a backup put back by hand) must take a new identity before it numbers again, not at its next
sync (the server's 409 comes after receipts were printed, and a standalone desk never syncs).

The file carries a *mark*: a random number in SQLite's ``PRAGMA user_version`` (a header field
SQLite leaves to the application and KRONOS uses for nothing else; it is copied with the file,
by a plain copy and by SQLite's backup API alike). The computer remembers, in the desk's settings
(QSettings, per user, ``KRONOS_CONFIG_DIR``), for each file it opened (by its real path): its
mark and the receipt counter it held then. At every start, after a staged restore is put in place
and before the window opens, :func:`recognise` compares:

- no replica row yet (a new file), or no mark (a file from before this check; a restored file,
  whose identity the restore already renewed: kronos_desktop/store/backup.py clears its mark):
  the file is stamped with a new mark and remembered; nothing else changes;
- the mark remembered for this path, and a counter not below the one remembered: the same file,
  started again (the normal case);
- the mark remembered for another path whose file no longer holds it: the file was moved (a
  renamed folder): remembered under its new path, nothing else changes;
- otherwise it is a copy: the mark is another file's here (which still holds it), or one this
  computer never recorded (the file came from another computer, or the settings were lost), or
  the file went back (its counter is below what this path held: an older copy put back by hand).
  It takes a new device id (its pending changes renumbered, :meth:`LocalSync.take_new_identity`)
  and a new receipt prefix, then a new mark, in one transaction, and says so in the log.

The new prefix is a *provisional* one (``"0"`` and 7 random hex digits, kronos_core/sale_prefixes.py),
for a desk of a server and a standalone desk alike. The server replaces it with its own letters at
the next sync (a pull or push registers the new device id). A standalone copy cannot know which
letters its siblings took: a copy of an "A" desk that took "B" would print the same numbers as
another copy of it that also took "B", or as a restore of it. Any rule computed from the file alone
gives two copies the same answer, so only a random prefix keeps them apart; it stays until the desk
joins a server, which gives it letters.

Erring on the side of a new identity costs little (a new prefix, pending changes renumbered);
erring the other way prints numbers twice. Known limit: a copy of the file from *before* its last
start, put back by hand, is found out only if a receipt was numbered in between (its counter is
then below the one remembered); with the same counter it prints no number twice anyway.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from kronos_desktop.store.local_schema import replica

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from kronos_desktop.store.store import LocalStore

log = logging.getLogger(__name__)

GROUP = "deskFiles"  # settings: deskFiles/<hash of the path>/{path,mark,counter}


# -- the mark in the file ------------------------------------------------------------------------
def read_mark(conn: Connection) -> int:
    """The file's mark (0: none yet)."""
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def write_mark(conn: Connection, mark: int) -> None:
    """Set the file's mark, in the caller's transaction (0 clears it)."""
    conn.exec_driver_sql(f"PRAGMA user_version = {int(mark)}")


def new_mark() -> int:
    """A random mark: a positive 31-bit number (``user_version`` is a signed 32-bit integer)."""
    return secrets.randbelow(2**31 - 1) + 1


def still_holds(path: Path, mark: int) -> bool:
    """Whether the file at ``path`` still carries ``mark`` (read-only). A file that is there but
    cannot be read counts as holding it: when in doubt, the other file is a copy."""
    if not path.is_file():
        return False
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return int(db.execute("PRAGMA user_version").fetchone()[0]) == mark
        finally:
            db.close()
    except sqlite3.Error:
        return True


def real_path(path: Path) -> str:
    """The file's path as this computer names it (links resolved; case folded where the file
    system ignores it)."""
    return os.path.normcase(os.path.realpath(path))


# -- what this computer remembers ----------------------------------------------------------------
@dataclass(frozen=True)
class Remembered:
    path: str
    mark: int
    counter: int


class Ledger:
    """The files this computer opened, in the desk's settings (a QSettings)."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    @staticmethod
    def _key(path: str) -> str:
        return f"{GROUP}/{hashlib.sha256(path.encode()).hexdigest()[:16]}"

    def _read(self, key: str) -> Remembered | None:
        path, mark, counter = (self.settings.value(f"{key}/{name}") for name in ("path", "mark", "counter"))
        try:
            return Remembered(str(path), int(str(mark)), int(str(counter)))
        except (TypeError, ValueError):
            return None

    def of_path(self, path: str) -> Remembered | None:
        found = self._read(self._key(path))
        return found if found is not None and found.path == path else None

    def with_mark(self, mark: int) -> list[Remembered]:
        self.settings.beginGroup(GROUP)
        try:
            keys = list(self.settings.childGroups())
        finally:
            self.settings.endGroup()
        found = [self._read(f"{GROUP}/{key}") for key in keys]
        return [r for r in found if r is not None and r.mark == mark]

    def remember(self, path: str, mark: int, counter: int) -> None:
        key = self._key(path)
        self.settings.setValue(f"{key}/path", path)
        self.settings.setValue(f"{key}/mark", str(mark))
        self.settings.setValue(f"{key}/counter", str(counter))
        self.settings.sync()

    def forget(self, path: str) -> None:
        self.settings.remove(self._key(path))
        self.settings.sync()


# -- at start ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Recognised:
    """What :func:`recognise` found: ``"new"`` (stamped: a new or unmarked file), ``"same"``,
    ``"moved"`` or ``"copy"`` (renewed); the device id and prefix a copy took."""

    outcome: str
    device_id: uuid.UUID | None = None
    sale_prefix: str | None = None


def judge(ledger: Ledger, path: str, mark: int, counter: int) -> tuple[str, str]:
    """Whether the marked file at ``path`` is the one this computer knows there: ``("same", "")``,
    ``("moved", <from where>)`` or ``("copy", <why>)``."""
    here = ledger.of_path(path)
    if here is not None and here.mark == mark:
        if counter < here.counter:
            return "copy", f"its receipt counter went back from {here.counter} to {counter} (an older copy put back)"
        return "same", ""
    elsewhere = [r.path for r in ledger.with_mark(mark) if r.path != path]
    held = [other for other in elsewhere if still_holds(Path(other), mark)]
    if held:
        return "copy", f"it is a copy of {held[0]}"
    if elsewhere:
        return "moved", elsewhere[0]  # the file it was no longer holds the mark
    return "copy", "this computer never opened it (it came from another computer, or the settings were lost)"


def recognise(store: LocalStore, settings: QSettings) -> Recognised:
    """Check the open store's file against what this computer remembers (see the module), before
    anything is numbered; a copy takes a new device id and receipt prefix. Runs on the thread that
    writes (the app calls it before the writer starts)."""
    ledger = Ledger(settings)
    path = real_path(store.path)
    with store.engine.begin() as conn:
        mark = read_mark(conn)
        row = conn.execute(select(replica.c.sale_counter).where(replica.c.id == 1)).first()
        counter = 0 if row is None else int(row.sale_counter)
        if row is None or mark == 0:
            kept, found = new_mark(), Recognised("new")
            write_mark(conn, kept)
        else:
            found_as, why = judge(ledger, path, mark, counter)
            if found_as != "copy":
                kept, found = mark, Recognised(found_as)
            else:
                from kronos_desktop.sync.local import LocalSync  # a copy only: not every start

                device = LocalSync(store).take_new_identity(conn)
                prefix = str(conn.execute(select(replica.c.sale_prefix).where(replica.c.id == 1)).scalar_one())
                kept, found = new_mark(), Recognised("copy", device, prefix)
                write_mark(conn, kept)
                log.warning(
                    "the database file %s is not the one this computer knows there: %s. It takes the new device id "
                    "%s and the receipt prefix %s before it numbers again",
                    path,
                    why,
                    device,
                    prefix,
                )
    if found.outcome == "moved":
        log.info("the database file %s was moved here from %s", path, why)
        for old in ledger.with_mark(mark):
            if old.path != path:
                ledger.forget(old.path)
    ledger.remember(path, kept, counter)
    return found


def recognise_at_start(store: LocalStore, settings: QSettings) -> None:
    """:func:`recognise` at the app's start; a failure is logged, never fatal (the desk opens)."""
    try:
        recognise(store, settings)
    except Exception:
        log.exception("the database file %s could not be checked against this computer's record", store.path)
