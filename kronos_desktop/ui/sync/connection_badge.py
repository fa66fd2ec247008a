"""The sign-in in the status bar: signed in or not, and the warning when the tokens live in
memory only (no secure keyring). Hidden on a standalone desk; a click opens the connection.
The desk's status bar it sits in hears each status too (:meth:`DeskStatusBar.show_session`), so
its sync text can say why the desk does not sync (a manager must sign in)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from kronos_desktop.auth.model import SessionState, SessionStatus
from kronos_desktop.ui.sync import connection_text


class ConnectionBadge(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionState")
        self.setProperty("flat", "nav")
        self.setAccessibleName(self.tr("Sign-in state"))
        self.hide()

    def show_status(self, status: SessionStatus) -> None:
        bar = self.parentWidget()
        show_session = getattr(bar, "show_session", None)
        if callable(show_session):
            show_session(status)
        self._show(status)

    def _show(self, status: SessionStatus) -> None:
        warn = False
        tips = []
        connection = status.connection
        if status.state is SessionState.STANDALONE:
            self.hide()
            return
        if status.state is SessionState.SIGNED_IN and not status.persistent:
            text = self.tr("Signed in · tokens in memory only (no secure keyring)")
            tips.append(connection_text.memory_only_text(status))
            warn = True
        elif connection_text.manager_needed(status):
            text = self.tr("Signed out by the server")
            tips.append(connection_text.signed_out_text(status))
            warn = True
        elif status.state is SessionState.SIGNED_OUT:
            text = self.tr("Signed out: sign in again")
            tips.append(connection_text.signed_out_text(status))
            warn = True
        else:
            text = connection_text.state_text(status)
        if connection is not None:
            tips.insert(0, self.tr("Server: {url}").format(url=connection.server_url))
        self.setText(text)
        self.setToolTip("\n".join(t for t in tips if t))
        self.setAccessibleName(self.tr("Sign-in state: {state}").format(state=text))
        self.setProperty("warn", "true" if warn else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()
