"""The desk's session as Qt signals: a thin adapter over :class:`DeskSession` (plain Python).

Sign-in, rename, sign-out and retry run in background threads (they wait on the browser, the
network or the keyring); their outcomes, and every change of the session's status, come back
to the GUI thread through queued signals, so no widget is touched from another thread. A change
of the connection also goes out on the hub's ``rows_changed`` (as ``replica``), so the status
bar and the window title follow.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from kronos_desktop.auth.desk_link import DeskLink
from kronos_desktop.auth.model import SessionState, SessionStatus
from kronos_desktop.auth.session import DeskSession
from kronos_desktop.hub import Hub
from kronos_desktop.store import LocalStore
from kronos_desktop.store.writer import Writer

log = logging.getLogger(__name__)


def ui_locale(language: str) -> str:
    return "pt-BR" if language == "pt_BR" else "en"


def suggested_desk_name() -> str:
    try:
        return socket.gethostname().split(".")[0][:120]
    except OSError:
        return ""


class SessionBridge(QObject):
    status_changed = Signal(object)  # SessionStatus
    sign_in_url = Signal(str)  # the address the browser was sent to (to open by hand)
    sign_in_finished = Signal(object)  # Connection
    sign_in_failed = Signal(object)  # exception (AuthError, CredentialError, or unexpected)
    rename_finished = Signal(object)  # Connection
    rename_failed = Signal(object)
    sign_out_finished = Signal(object)  # SignOutResult
    sign_out_failed = Signal(object)

    _status = Signal(object)
    _url = Signal(str)
    _done = Signal(str, bool, object)  # (action, succeeded, result or exception)

    def __init__(
        self,
        session: DeskSession,
        hub: Hub | None = None,
        *,
        opener: Callable[[str], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.hub = hub
        self.opener = opener  # None: the system browser (tests give a fake one)
        self._attempt: Any = None
        self._last: SessionStatus = session.status()
        self._status.connect(self._on_status, Qt.ConnectionType.QueuedConnection)
        self._url.connect(self.sign_in_url, Qt.ConnectionType.QueuedConnection)
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._listener = self._status.emit
        session.add_listener(self._listener)

    @classmethod
    def for_store(cls, store: LocalStore, writer: Writer, hub: Hub, parent: QObject | None = None) -> SessionBridge:
        """The app's bridge: replica writes on the writer thread."""
        link = DeskLink(store, run_write=lambda fn: writer.submit(fn).result())
        return cls(DeskSession(link), hub, parent=parent)

    # -- state -------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the connection (quick); keyring and first refresh go on in the background."""
        self._last = self.session.start()

    def status(self) -> SessionStatus:
        return self._last

    @property
    def signing_in(self) -> bool:
        return self._attempt is not None

    def _on_status(self, status: SessionStatus) -> None:
        previous = self._last
        self._last = status
        self.status_changed.emit(status)
        if self.hub is not None and (previous.connection != status.connection or previous.state != status.state):
            self.hub.notify({"replica": set()})

    # -- actions -----------------------------------------------------------------------------
    def _run(self, action: str, fn: Callable[[], object]) -> None:
        def work() -> None:
            try:
                value, succeeded = fn(), True
            except BaseException as exc:
                log.info("%s failed: %r", action, exc)
                value, succeeded = exc, False
            self._done.emit(action, succeeded, value)

        threading.Thread(target=work, name=f"kronos-{action}", daemon=True).start()

    def _on_done(self, action: str, succeeded: bool, value: object) -> None:
        signals = {
            "sign-in": (self.sign_in_finished, self.sign_in_failed),
            "rename": (self.rename_finished, self.rename_failed),
            "sign-out": (self.sign_out_finished, self.sign_out_failed),
        }
        if action == "sign-in":
            self._attempt = None
        ok, failed = signals[action]
        (ok if succeeded else failed).emit(value)

    def sign_in(self, address: str, language: str, *, wait_s: float | None = None) -> None:
        from kronos_desktop.auth.oauth import SignInAttempt

        if self._attempt is not None:
            return
        attempt = SignInAttempt()
        self._attempt = attempt
        options: dict[str, Any] = {
            "on_url": self._url.emit,
            "desk_name": suggested_desk_name(),
            "lang": ui_locale(language),
        }
        if self.opener is not None:
            options["opener"] = self.opener
        if wait_s is not None:
            options["wait_s"] = wait_s
        self._run("sign-in", lambda: self.session.sign_in(address, attempt, **options))

    def cancel_sign_in(self) -> None:
        if self._attempt is not None:
            self._attempt.cancel()

    def rename(self, name: str) -> None:
        self._run("rename", lambda: self.session.rename_desk(name))

    def sign_out(self) -> None:
        self._run("sign-out", self.session.sign_out)

    def resume(self) -> None:
        self.session.resume()

    @property
    def connected(self) -> bool:
        return self._last.state is not SessionState.STANDALONE

    def close(self) -> None:
        self.cancel_sign_in()
        self.session.remove_listener(self._listener)
        self.session.close()
