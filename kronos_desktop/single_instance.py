"""One desk per data folder.

Two copies of KRONOS on one data folder would each keep their own view of the database (the
first never sees what the second writes), so the first copy to start takes a lock file beside
the database (``kronos.db.lock``, a :class:`QLockFile`) and holds it until it exits. A second
copy on the same folder finds the lock held, asks the first to come forward over a local socket
named from the folder's path (:func:`server_name`), says so on stderr and in the log, and exits.
A lock left by a copy that crashed is taken over: QLockFile finds its process gone (same host)
or the file older than its stale time, and an operating-system lock on the file keeps a live
holder's lock from being taken whatever its age. Another data folder has another lock and
another socket name, so copies on different folders never meet.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from kronos_desktop.store.paths import DB_FILENAME

LOCK_FILENAME = f"{DB_FILENAME}.lock"
COME_FORWARD = b"come-forward\n"
ANSWER = b"ok\n"
ANSWER_MS = 5000
CAME_FORWARD_LINE = "another copy of KRONOS was started on this data folder and refused: this window comes forward"

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Claim(enum.Enum):
    TAKEN = "taken"  # this copy holds the folder
    HELD_ELSEWHERE = "held elsewhere"  # another copy runs on it: this one must not start
    UNAVAILABLE = "unavailable"  # no lock could be made (a folder that cannot be written): the store says why


def server_name(data_dir: Path) -> str:
    """The local socket's name for a data folder: the same for every spelling of one folder
    (relative, through a symbolic link, another case on Windows), different for another."""
    key = os.path.normcase(str(data_dir.expanduser().resolve()))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]  # short: a socket's path has ~100 bytes on macOS
    return f"kronos-desk-{digest}"


class DataFolderGuard(QObject):
    """The lock on one data folder, and the socket a later copy knocks on."""

    come_forward_requested = Signal()  # a later copy on this folder was refused and asked for this window

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock_path = data_dir / LOCK_FILENAME
        self._lock = QLockFile(str(self.lock_path))
        self._server: QLocalServer | None = None
        self._window: QWidget | None = None
        self._pending = False
        self.holder_pid: int | None = None

    # -- the first copy --------------------------------------------------------------------
    def claim(self) -> Claim:
        try:
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no lock on the data folder %s (%s)", self.data_dir, exc.strerror or exc)
            return Claim.UNAVAILABLE
        if self._lock.tryLock(0):  # a stale lock (its copy crashed) is removed and taken here
            self._listen()
            log.info("this copy of KRONOS (process %s) holds the data folder %s", os.getpid(), self.data_dir)
            return Claim.TAKEN
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("no lock on the data folder %s (%s)", self.data_dir, self._lock.error().name)
            return Claim.UNAVAILABLE
        pid = self._lock.getLockInfo()[0]  # 0 when the file could not be read
        self.holder_pid = int(pid) if pid else None
        log.warning("the data folder %s is in use by another copy of KRONOS (process %s)", self.data_dir, pid or "?")
        return Claim.HELD_ELSEWHERE

    def attach(self, window: QWidget) -> None:
        """The window to bring forward (a request that came before it is answered now)."""
        self._window = window
        log.info("the main window is open: a later copy on this data folder brings it forward")
        if self._pending:
            self._bring_forward()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # left by a copy that crashed: this copy holds the lock now
        if not server.listen(name):
            log.warning("a later copy cannot ask this one to come forward (%s)", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        server = self._server
        while server is not None and (socket := server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)
            self._on_request(socket)

    def _on_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > len(COME_FORWARD):
                socket.abort()  # not one of ours
            return
        if bytes(socket.readLine().data()) != COME_FORWARD:
            socket.abort()
            return
        log.info(CAME_FORWARD_LINE)
        self._pending = True
        self.come_forward_requested.emit()
        self._bring_forward()
        socket.write(ANSWER)
        socket.flush()

    def _bring_forward(self) -> None:
        window = self._window
        if window is None:
            return  # still starting: the window comes forward once attached
        self._pending = False
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not window:  # the setup dialog, say: it is what waits
            modal.raise_()
            modal.activateWindow()

    # -- a later copy ----------------------------------------------------------------------
    def ask_holder_to_come_forward(self, timeout_ms: int = ANSWER_MS) -> bool:
        """Ask the copy holding the folder to bring its window forward; True once it answered."""
        if sys.platform == "win32" and self.holder_pid:  # Windows lets only the foreground process give focus away
            try:
                import ctypes

                ctypes.windll.user32.AllowSetForegroundWindow(self.holder_pid)  # type: ignore[attr-defined]
            except (OSError, AttributeError):
                pass
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.data_dir))
        if not socket.waitForConnected(timeout_ms):
            log.warning("the copy holding %s did not answer (%s)", self.data_dir, socket.errorString())
            return False
        socket.write(COME_FORWARD)
        socket.waitForBytesWritten(timeout_ms)
        answered = False
        while not answered and socket.waitForReadyRead(timeout_ms):
            answered = bytes(socket.readAll().data()).startswith(ANSWER.strip())
        socket.abort()
        if not answered:
            log.warning("the copy holding %s did not bring its window forward", self.data_dir)
        return answered


def already_open_title() -> str:
    return translate("SingleInstance", "KRONOS is already open")


def already_open_text(guard: DataFolderGuard, *, came_forward: bool) -> str:
    """What a refused copy says, in the interface language."""
    if came_forward:
        text = translate(
            "SingleInstance",
            "KRONOS is already open on the data folder {folder} (process {pid}); its window was brought forward.\n\n"
            "Only one copy of KRONOS at a time can use a data folder: use the window already open.",
        )
    else:
        text = translate(
            "SingleInstance",
            "KRONOS is already open on the data folder {folder} (process {pid}), and that copy did not answer: "
            "it may still be starting.\n\n"
            "Only one copy of KRONOS at a time can use a data folder: use the window already open, or close it "
            "and start KRONOS again.",
        )
    return text.format(folder=str(guard.data_dir), pid=str(guard.holder_pid or "?"))
