"""The desk's copies of its database while the app runs (issue 17): one a day (checked every few
minutes, so a desk left on overnight and one opened in the morning both take theirs), one on
quit and one whenever someone asks (Studio → Backups), into the folder of the desk's settings
(``backups/folder``; by default ``copies`` beside the database), rotated to 7 daily and 4 weekly
(kronos_desktop/store/scheduled_backups.py). A copy that fails (a folder that is gone, full or
read-only) is said in the status bar in red until a copy succeeds again; the next check tries
again; the desk's own file is never touched.

A copy on quit is skipped when nothing was written to the database since this keeper's last good
copy, which is still in the folder: the keeper keeps a read-only connection of its own and reads
SQLite's ``PRAGMA data_version`` just before each copy; the value changes whenever any other
connection (the store's, a sync, another process) commits, so a write missed is impossible and a
change that wrote nothing (a checkpoint) only costs a copy. A large studio's quit then closes at
once after a day's copy taken with no work since.

Across starts (:meth:`BackupKeeper.finish`, once the store has closed): when nothing was written
since the last good copy, the database file's size and time (its WAL gone: the keeper's
connection closes last) are kept in the settings with that copy's path. The next keeper reads
``data_version`` first, then finds the file as it was left, with no WAL frames (any write, even
one made before the keeper started, is in the WAL or changed the file): that copy counts as its
last one. Anything else, and the quit copies.

Erasures kept erased (kronos_desktop/store/backup_erasures.py): after every copy, and a moment
after clients change (an erase made here or pulled), every copy that still holds a client the
desk has erased is scrubbed. Copies and sweeps run one at a time on the keeper's own thread.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from kronos_desktop.store.backup_erasures import apply_to_copies, copies_in, erased_clients
from kronos_desktop.store.scheduled_backups import CopyResult, prune, take_copy, taken_at
from kronos_desktop.ui.look import themed

log = logging.getLogger(__name__)

FOLDER_KEY = "backups/folder"
UNCHANGED_KEY = "backups/unchanged"  # the file as the last quit left it, and its copy
DEFAULT_FOLDER = "copies"
CHECK_MS = 10 * 60 * 1000
SWEEP_DELAY_MS = 3000  # after clients change: one sweep for a burst of changes


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class BackupKeeper(QObject):
    """Takes the copies (see the module). ``problem`` carries the words of a failure, "" once a
    copy succeeds again; ``copied`` every result (the Backups page lists the copies again)."""

    problem = Signal(str)
    copied = Signal(object)  # CopyResult
    _finished = Signal(object)  # a copy taken on the keeper's thread, back on the GUI thread

    def __init__(
        self,
        database: Path,
        settings: QSettings,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.clock = clock
        self.last: CopyResult | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("backupTimer")
        self.timer.timeout.connect(self.check)
        self.sweep_timer = QTimer(self)
        self.sweep_timer.setSingleShot(True)
        self.sweep_timer.setInterval(SWEEP_DELAY_MS)
        self.sweep_timer.timeout.connect(self.sweep_later)
        self._finished.connect(self._report)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup")
        self._jobs: list[Future[object]] = []
        self._copying = False
        self._swept: frozenset[object] = frozenset()  # the erased clients the copies were last swept of
        self._watch: sqlite3.Connection | None = None  # read-only: its data_version says others wrote
        self._watch_lock = threading.Lock()
        self._clean: tuple[Path, int] | None = None  # the last good copy, and data_version just before it
        self._adopt_last_quit()

    def start(self) -> None:
        self.timer.start(CHECK_MS)
        QTimer.singleShot(0, self.check)

    def watch(self, rows_changed: object) -> None:
        """Sweep the copies a moment after clients change (``rows_changed``: the hub's signal)."""
        rows_changed.connect(self._rows_changed)  # type: ignore[attr-defined]

    def _rows_changed(self, changed: object) -> None:
        if isinstance(changed, dict) and "client" in changed:
            self.sweep_timer.start()

    # -- the folder ----------------------------------------------------------------------------
    def default_folder(self) -> Path:
        return self.database.parent / DEFAULT_FOLDER

    def chosen_folder(self) -> str:
        return str(self.settings.value(FOLDER_KEY, "", type=str) or "")

    def folder(self) -> Path:
        chosen = self.chosen_folder()
        if chosen:
            return Path(chosen)
        default = self.default_folder()
        default.mkdir(mode=0o700, exist_ok=True)  # the default is the desk's own: made when missing
        return default

    def set_folder(self, folder: Path | None) -> None:
        """Keep ``folder`` (None: the default beside the database) for the next copies."""
        if folder is None or folder == self.default_folder():
            self.settings.remove(FOLDER_KEY)
        else:
            self.settings.setValue(FOLDER_KEY, str(folder))
        self.settings.sync()

    def taken_today(self) -> bool:
        folder = self.folder()
        if not folder.is_dir():
            return False
        today = self.clock().date()
        try:
            return any((at := taken_at(p)) is not None and at.date() == today for p in folder.iterdir())
        except OSError:
            return False

    # -- copies --------------------------------------------------------------------------------
    def busy(self) -> bool:
        return self._copying

    def check(self) -> None:
        """A copy on the keeper's thread when none was taken today (UTC day) in the folder (the
        counter never waits for a copy of a large studio)."""
        if self._copying or self.taken_today():
            return
        self.take_later()

    def take_later(self) -> bool:
        """A copy now, on the keeper's thread (False: one is already being taken)."""
        if self._copying:
            return False
        self._copying = True
        folder, now = self.folder(), self.clock()
        self._submit(lambda: self._finished.emit((self._copy(folder, now), folder)))
        return True

    def take(self, *, if_changed: bool = False) -> CopyResult:
        """A copy now, waiting for it (on quit: after any copy still running). ``if_changed``
        (the quit): none when nothing was written since this keeper's last good copy and that
        copy is still in the folder (its result is returned again)."""
        self.wait()
        folder = self.folder()
        if if_changed and (same := self.unchanged_copy(folder)) is not None:
            log.info("no copy on quit: nothing written since %s", same.name)
            return CopyResult(same)
        self._copying = True
        result = self._copy(folder, self.clock())
        self._report((result, folder))
        return result

    def sweep_later(self) -> None:
        """Scrub, on the keeper's thread, the erased clients out of every copy (when the desk
        erased someone since the last sweep: a client's other changes cost one read)."""
        folder = self.folder()
        self._submit(lambda: self._sweep(folder, only_if_new=True))

    def wait(self) -> None:
        while self._jobs:
            self._jobs.pop(0).result()

    def shutdown(self) -> None:
        self.wait()
        self._pool.shutdown(wait=True)
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None

    # -- what changed since the last copy ------------------------------------------------------
    def data_version(self) -> int | None:
        """SQLite's ``data_version`` on the keeper's own read-only connection (None: unreadable)."""
        with self._watch_lock:
            try:
                if self._watch is None:  # never writes; read-write so that, closed last, it tidies the WAL
                    uri = f"{self.database.resolve().as_uri()}?mode=rw"
                    self._watch = sqlite3.connect(uri, uri=True, check_same_thread=False)
                return int(self._watch.execute("PRAGMA data_version").fetchall()[0][0])  # all: no read left open
            except sqlite3.Error as exc:
                log.warning("the database's changes cannot be followed (%s): every quit copies", exc)
                return None

    def _adopt_last_quit(self) -> None:
        """The last quit's copy as this keeper's own, if the file is as that quit left it."""
        saved = str(self.settings.value(UNCHANGED_KEY, "", type=str) or "")
        if not saved:
            return
        self.settings.remove(UNCHANGED_KEY)  # used once: a crash after this start leaves nothing behind
        try:
            left = json.loads(saved)
            database, file, copy = str(left["database"]), list(left["file"]), Path(str(left["copy"]))
        except (ValueError, KeyError, TypeError):
            return
        if database != str(self.database):
            return
        version = self.data_version()  # first: a write after this is seen by data_version
        if version is not None and file_state(self.database) == file and copy.is_file():
            self._clean = (copy, version)

    def finish(self) -> None:
        """After the store has closed: the keeper's connection closed (the last one: the WAL
        goes into the file) and, when nothing was written since the last good copy, the file's
        state kept for the next start (see the module)."""
        self.wait()
        clean = self._clean
        same = clean is not None and clean[0].is_file() and self.data_version() == clean[1]
        self.shutdown()
        state = file_state(self.database) if same else None
        if clean is not None and state is not None:
            left = {"database": str(self.database), "file": state, "copy": str(clean[0])}
            self.settings.setValue(UNCHANGED_KEY, json.dumps(left))
        else:
            self.settings.remove(UNCHANGED_KEY)
        self.settings.sync()

    def unchanged_copy(self, folder: Path) -> Path | None:
        """The last good copy when the database was not written since and it is still in ``folder``."""
        if self._clean is None:
            return None
        path, version = self._clean
        if path.parent != folder or not path.is_file():
            return None
        return path if self.data_version() == version else None

    def _submit(self, job: Callable[[], object]) -> None:
        self._jobs = [j for j in self._jobs if not j.done()]
        self._jobs.append(self._pool.submit(job))

    def _copy(self, folder: Path, now: dt.datetime) -> CopyResult:
        version = self.data_version()  # before the copy: a write after it is seen next time
        try:
            result = take_copy(self.database, folder, now)
            if result.ok:
                prune(folder, now)
                assert result.path is not None
                self._clean = (result.path, version) if version is not None else None
        except Exception as exc:  # never lose the desk over a copy
            log.exception("backup copy failed")
            result = CopyResult(None, "copy_failed", str(exc))
        self._sweep(folder)
        return result

    def _sweep(self, folder: Path, *, only_if_new: bool = False) -> None:
        try:
            erased = erased_clients(self.database)
            if only_if_new and frozenset(erased) == self._swept:
                return
            if erased:
                apply_to_copies(erased, copies_in(folder, self.database.parent))
            self._swept = frozenset(erased)
        except Exception:  # the next sweep tries again
            log.exception("erasures could not be applied to the copies")

    def _report(self, done: object) -> None:
        assert isinstance(done, tuple)
        result: CopyResult = done[0]
        folder: Path = done[1]
        self.last = result
        self._copying = False
        if result.ok:
            log.info("backup copy taken: %s", result.path)
            self.problem.emit("")
        else:
            log.warning("backup copy failed (%s): %s", result.problem, result.detail)
            self.problem.emit(self.words(result, folder))
        self.copied.emit(result)

    def words(self, result: CopyResult, folder: Path) -> str:
        if result.problem == "folder_missing":
            return self.tr("No backup copy: the folder {folder} is not there (a USB stick taken out?).").format(
                folder=folder
            )
        if result.problem == "folder_full":
            return self.tr(
                "No backup copy: the folder {folder} is full. Free some space; the next copy tries again."
            ).format(folder=folder)
        if result.problem == "folder_read_only":
            return self.tr(
                "No backup copy: KRONOS cannot write in the folder {folder}. Choose another folder in Studio → Backups."
            ).format(folder=folder)
        return self.tr("The backup copy failed ({detail}): the desk's data is as it was.").format(
            detail=result.detail or result.problem
        )


def file_state(database: Path) -> list[int] | None:
    """The database file's size and time, when no WAL frames are beside it (None: there are)."""
    try:
        wal = Path(f"{database}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        found = database.stat()
    except OSError:
        return None
    return [found.st_size, found.st_mtime_ns]


def writable(folder: Path) -> bool:
    """Whether a copy can be written in ``folder``: it is a folder and a file can be made in it
    (tried, not only asked: a permission said yes by the system may still fail on a stick)."""
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        return False
    probe = folder / f".kronos-probe-{os.getpid()}"
    try:
        with probe.open("wb") as fh:
            fh.write(b"kronos")
        probe.unlink()
    except OSError:
        return False
    return True


def install_in_status_bar(keeper: BackupKeeper, bar: QStatusBar) -> QLabel:
    """A red label in ``bar`` while the last copy failed."""
    label = QLabel(bar)
    label.setObjectName("backupProblem")
    themed(label, "color: @error@;")
    label.setWordWrap(False)
    label.hide()

    def show(text: str) -> None:
        label.setText(text)
        label.setToolTip(text)
        label.setVisible(bool(text))

    keeper.problem.connect(show)
    bar.addWidget(label, 1)
    return label
