"""Settings → Connection: connect this desk to the studio's server, see the connection, rename
the desk, sign out.

The sign-in runs in the background (the bridge's threads): the dialog only shows where it is —
waiting for the browser, with the address to open by hand and a Cancel button — and what came
of it. Every failure is a sentence from ``connection_text``; the desk keeps working on its own
data whatever happens here.

The sync's state (from the main window's desk, when the dialog is opened there) keeps two lines
true: a desk the server cut off says that a manager must sign in, with the changes waiting; and
the "Ready to sync" note leaves once the desk has synced.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_desktop.auth.model import Connection, SessionState, SessionStatus, SignedOutReason
from kronos_desktop.auth.session import SignOutResult
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.sync import connection_text
from kronos_desktop.ui.sync.adapter import SyncAdapter
from kronos_desktop.ui.sync.session_bridge import SessionBridge


def _value_label(object_name: str) -> QLabel:
    # Not word-wrapped: a wrapped label in a form row is given the height of one line (and an
    # address has no spaces to wrap at anyway); the dialog widens instead.
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _message(object_name: str, role: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.hide()
    return label


class ConnectionDialog(KeyedDialog):
    def __init__(
        self,
        bridge: SessionBridge,
        language: str,
        pending: Callable[[], int] = lambda: 0,
        parent: QWidget | None = None,
        *,
        cannot_join: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.language = language
        self._pending = pending
        # Why this desk cannot join a server (the demo studio: its rows could never be pushed),
        # in words; "" when it can. Asked once: nothing is offered to sign in with meanwhile.
        self._cannot_join = cannot_join()
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Connection to the studio server"))
        self.setAccessibleName(self.tr("Connection to the studio server"))
        self.setMinimumWidth(560)

        self.intro = QLabel(
            self.tr(
                "Connect this computer to your studio's KRONOS server, so that every desk shares the agenda, "
                "clients and checkout. The owner or a manager signs in once, in the web browser; after that "
                "the desk stays signed in."
            )
        )
        self.intro.setObjectName("connectionIntro")
        self.intro.setWordWrap(True)
        self.cannot_join = _message("connectionCannotJoin", "warning")
        self.cannot_join.setText(self._cannot_join)

        # -- the server's address and the sign-in -------------------------------------------
        self.address = named(QLineEdit(), "connectionAddress", self.tr("Server address"))
        self.address.setPlaceholderText(self.tr("e.g. kronos.yourstudio.com.br"))
        self.address.returnPressed.connect(self.connect_desk)
        self.connect_button = named(
            QPushButton(self.tr("Connect")), "connectionConnect", self.tr("Connect this desk to the server")
        )
        self.connect_button.setProperty("kind", "primary")
        self.connect_button.clicked.connect(self.connect_desk)
        self.address_label = QLabel(self.tr("Server address"))
        self.address_label.setBuddy(self.address)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.connect_button)
        self.address_box = QWidget()
        self.address_box.setObjectName("connectionAddressBox")
        address_layout = QVBoxLayout(self.address_box)
        address_layout.setContentsMargins(0, 0, 0, 0)
        address_layout.addWidget(self.address_label)
        address_layout.addLayout(address_row)

        self.waiting = QFrame()
        self.waiting.setObjectName("connectionWaiting")
        self.waiting.setProperty("role", "card")
        self.waiting_text = QLabel(
            self.tr(
                "Waiting for the sign-in in your web browser… Sign in there with the e-mail and password of "
                "the studio's owner or a manager."
            )
        )
        self.waiting_text.setObjectName("connectionWaitingText")
        self.waiting_text.setWordWrap(True)
        self.link_hint = QLabel(self.tr("If the browser did not open, open this address in it:"))
        self.link_hint.setObjectName("connectionLinkHint")
        self.link_hint.setWordWrap(True)
        self.link = named(QLineEdit(), "connectionLink", self.tr("Sign-in address to open in the browser"))
        self.link.setReadOnly(True)
        self.copy_button = named(
            QPushButton(self.tr("Copy")), "connectionCopyLink", self.tr("Copy the sign-in address")
        )
        self.copy_button.clicked.connect(self.copy_link)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "connectionCancel", self.tr("Cancel the sign-in"))
        self.cancel_button.clicked.connect(self.bridge.cancel_sign_in)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.copy_button)
        cancel_row = QHBoxLayout()
        cancel_row.addStretch(1)
        cancel_row.addWidget(self.cancel_button)
        waiting_layout = QVBoxLayout(self.waiting)
        waiting_layout.addWidget(self.waiting_text)
        waiting_layout.addWidget(self.link_hint)
        waiting_layout.addLayout(link_row)
        waiting_layout.addLayout(cancel_row)
        self.waiting.hide()

        self.error = _message("connectionError", "error")

        # -- this desk ----------------------------------------------------------------------
        self.details = QFrame()
        self.details.setObjectName("connectionDetails")
        self.details.setProperty("role", "card")
        self.state_value = _value_label("connectionStateValue")
        self.state_value.setProperty("role", "badge")
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_value)
        state_row.addStretch(1)
        self.server_value = _value_label("connectionServer")
        self.studio_value = _value_label("connectionStudio")
        self.desk_name = named(QLineEdit(), "connectionDeskName", self.tr("Desk name"))
        self.desk_name.setMaxLength(120)
        self.desk_name.textChanged.connect(self._update_rename)
        self.desk_name.returnPressed.connect(self.rename)
        self.rename_button = named(QPushButton(self.tr("Rename")), "connectionRename", self.tr("Rename this desk"))
        self.rename_button.clicked.connect(self.rename)
        desk_row = QHBoxLayout()
        desk_row.addWidget(self.desk_name, 1)
        desk_row.addWidget(self.rename_button)
        self.enrolled_value = _value_label("connectionEnrolledBy")
        self.keyring_value = _value_label("connectionKeyring")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Status"), state_row)
        form.addRow(self.tr("Server"), self.server_value)
        form.addRow(self.tr("Studio"), self.studio_value)
        form.addRow(self.tr("Desk name"), desk_row)
        form.addRow(self.tr("Enrolled by"), self.enrolled_value)
        form.addRow(self.tr("Sign-in kept in"), self.keyring_value)
        self.form = form
        self._enrolment_rows = (desk_row, self.enrolled_value, self.keyring_value)
        self.warning = _message("connectionWarning", "warning")
        self.note = _message("connectionNote", "note")
        details_layout = QVBoxLayout(self.details)
        details_layout.addLayout(form)
        details_layout.addWidget(self.warning)
        details_layout.addWidget(self.note)

        # -- buttons ------------------------------------------------------------------------
        self.retry_button = named(
            QPushButton(self.tr("Try again")), "connectionRetry", self.tr("Read the saved sign-in again")
        )
        self.retry_button.clicked.connect(self.retry)
        self.sign_out_button = named(
            QPushButton(self.tr("Sign out")), "connectionSignOut", self.tr("Sign this desk out of the server")
        )
        self.sign_out_button.clicked.connect(self.confirm_sign_out)
        self.close_button = named(QPushButton(self.tr("Close")), "connectionClose", self.tr("Close this window"))
        self.close_button.clicked.connect(self.accept)
        buttons = QDialogButtonBox()
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title_label(self.tr("Connection"), "connectionTitle"))
        layout.addWidget(self.intro)
        layout.addWidget(self.cannot_join)
        layout.addWidget(self.address_box)
        layout.addWidget(self.waiting)
        layout.addWidget(self.error)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(buttons)

        # Enter in a field does that field's action (sign in, rename); no button is the dialog's
        # default, or the Enter that starts a sign-in would also click whichever button the focus
        # moved to (Cancel), cancelling it at once.
        for button in (
            self.connect_button,
            self.copy_button,
            self.cancel_button,
            self.rename_button,
            self.retry_button,
            self.sign_out_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
            button.setDefault(False)

        # The desk's sync, when the dialog belongs to a desk's window.
        sync = getattr(getattr(parent, "ctx", None), "sync", None)
        self._sync: SyncAdapter | None = sync if isinstance(sync, SyncAdapter) else None
        if self._sync is not None:
            self._sync.state_changed.connect(lambda _state: self._show_sync_lines(self.bridge.status()))

        bridge.status_changed.connect(self.show_status)
        bridge.sign_in_url.connect(self._show_link)
        bridge.sign_in_finished.connect(self._signed_in)
        bridge.sign_in_failed.connect(self._failed)
        bridge.rename_finished.connect(self._renamed)
        bridge.rename_failed.connect(self._failed)
        bridge.sign_out_finished.connect(self._signed_out)
        bridge.sign_out_failed.connect(self._failed)
        self.show_status(bridge.status())

    def typed(self) -> bool:
        """An address typed and not yet used to sign in, or a desk name not yet saved: Esc asks."""
        connection = self.bridge.status().connection
        address = self.address.text().strip()
        known = connection.server_url if connection is not None else ""
        if not self.address_box.isHidden() and self.address.isEnabled() and address and address != known:
            return True
        name = self.desk_name.text().strip()
        return self.desk_name.isEnabled() and bool(name) and name != (connection.desk_name if connection else None)

    def done(self, result: int) -> None:
        """Closing the window abandons a sign-in still waiting for the browser."""
        self.bridge.cancel_sign_in()
        super().done(result)

    # -- showing -----------------------------------------------------------------------------
    def show_status(self, status: SessionStatus) -> None:
        connection = status.connection
        standalone = status.state is SessionState.STANDALONE
        signed_in = status.state is SessionState.SIGNED_IN
        # The status may say "signed in" a moment before the sign-in's own outcome arrives:
        # from then on there is nothing left to wait for in the browser.
        signing_in = self.bridge.signing_in and not signed_in
        self.intro.setVisible(standalone or connection is None)
        blocked = standalone and bool(self._cannot_join)
        self.cannot_join.setVisible(blocked)
        self.address_box.setVisible(not signed_in and not blocked and status.state is not SessionState.STARTING)
        self.address.setEnabled(not signing_in)
        self.connect_button.setVisible(not signing_in)
        self.connect_button.setText(self.tr("Connect") if standalone else self.tr("Sign in again"))
        if connection is not None and not self.address.text():
            self.address.setText(connection.server_url)
        self.waiting.setVisible(signing_in)

        self.details.setVisible(not standalone)
        self._show_sync_lines(status)
        self.state_value.setProperty("tone", "ok" if signed_in else "warn")
        self.state_value.style().unpolish(self.state_value)
        self.state_value.style().polish(self.state_value)
        enrolled = connection is not None and connection.enrolled
        for row in self._enrolment_rows:
            self.form.setRowVisible(row, enrolled)
        self.server_value.setText(connection.server_url if connection is not None else "—")
        self.studio_value.setText(self._studio_text(connection))
        if connection is not None and not self.desk_name.hasFocus():
            self.desk_name.setText(connection.desk_name or "")
        self.desk_name.setEnabled(signed_in)
        self.enrolled_value.setText(self._enrolled_text(connection))
        self.keyring_value.setText(connection_text.keyring_name(status.keyring) if status.keyring else "—")
        warning = connection_text.signed_out_text(status) or connection_text.memory_only_text(status)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.retry_button.setVisible(
            status.state is SessionState.SIGNED_OUT and status.reason is SignedOutReason.KEYRING
        )
        self.sign_out_button.setVisible(
            signed_in or (status.state is SessionState.SIGNED_OUT and status.reason is SignedOutReason.KEYRING)
        )
        self._update_rename()
        # Once the layout has taken the new visibility in: fit the window to what it shows.
        QTimer.singleShot(0, self._fit)

    def _show_sync_lines(self, status: SessionStatus) -> None:
        """The state line (a manager must sign in, with the changes waiting) and the note before
        the first sync (gone once the desk has synced)."""
        if connection_text.manager_needed(status):
            pending = self._pending()
            self.state_value.setText(
                self.tr("A manager needs to sign in on this desk · %Ln change(s) waiting", "", pending)
                if pending
                else self.tr("A manager needs to sign in on this desk")
            )
        else:
            self.state_value.setText(connection_text.state_text(status))
        sync = self._sync
        synced = sync is not None and sync.connected and sync.state().last_sync_at is not None
        note = "" if synced else connection_text.sync_note_text(status)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        width = max(self.minimumWidth(), self.width(), layout.totalMinimumSize().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, max(height, layout.totalMinimumSize().height()))

    def _studio_text(self, connection: Connection | None) -> str:
        if connection is None or not connection.studio_name:
            return "—"
        return connection.studio_name

    def _enrolled_text(self, connection: Connection | None) -> str:
        if connection is None or not connection.enrolled_by:
            return "—"
        if connection.account:
            return self.tr("{name} ({email})").format(name=connection.enrolled_by, email=connection.account)
        return connection.enrolled_by

    def _update_rename(self) -> None:
        status = self.bridge.status()
        current = status.connection.desk_name if status.connection is not None else None
        name = self.desk_name.text().strip()
        self.rename_button.setEnabled(status.signed_in and bool(name) and name != current)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_link(self, url: str) -> None:
        self.link.setText(url)
        self.link.setCursorPosition(0)

    # -- actions -----------------------------------------------------------------------------
    def connect_desk(self) -> None:
        if self._cannot_join and self.bridge.status().state is SessionState.STANDALONE:
            return  # said in the dialog; nothing is signed in or changed
        address = self.address.text().strip()
        if not address:
            self._show_error(self.tr("Type the server's address."))
            self.address.setFocus()
            return
        self._show_error("")
        self.link.clear()
        self.bridge.sign_in(address, self.language)
        self.show_status(self.bridge.status())
        self.cancel_button.setFocus()

    def copy_link(self) -> None:
        if self.link.text():
            QGuiApplication.clipboard().setText(self.link.text())

    def rename(self) -> None:
        if not self.rename_button.isEnabled():
            return
        self.rename_button.setEnabled(False)
        self._show_error("")
        self.bridge.rename(self.desk_name.text())

    def retry(self) -> None:
        self._show_error("")
        self.bridge.resume()

    def confirm_sign_out(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("signOutConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Sign out"))
        box.setText(self.tr("Sign this desk out of the server?"))
        pending = self._pending()
        box.setInformativeText(
            self.tr(
                "The server will stop accepting this desk until the owner or a manager signs in again. "
                "The data on this computer, and the %Ln change(s) not yet sent, are kept.",
                "",
                pending,
            )
            if pending
            else self.tr(
                "The server will stop accepting this desk until the owner or a manager signs in again. "
                "The data on this computer is kept."
            )
        )
        sign_out = box.addButton(self.tr("Sign out"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter keeps the desk signed in (it signed out: the focus was there)
        box.exec()
        if box.clickedButton() is sign_out:
            self.sign_out()

    def sign_out(self) -> None:
        self.sign_out_button.setEnabled(False)
        self._show_error("")
        self.bridge.sign_out()

    # -- outcomes ----------------------------------------------------------------------------
    def _signed_in(self, connection: Connection) -> None:
        self._show_error("")
        self.desk_name.setText(connection.desk_name or "")
        self.show_status(self.bridge.status())
        self.close_button.setFocus()

    def _renamed(self, connection: Connection) -> None:
        self.desk_name.setText(connection.desk_name or "")
        self._update_rename()

    def _signed_out(self, result: SignOutResult) -> None:
        self.sign_out_button.setEnabled(True)
        if not result.server_told:
            self._show_error(
                self.tr(
                    "Signed out on this computer, but the server could not be told ({problem}). "
                    "Ask the owner to revoke this desk in the list of desks."
                ).format(problem=connection_text.error_text(result.server_error) if result.server_error else "—")
            )
        self.show_status(self.bridge.status())
        self.connect_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.sign_out_button.setEnabled(True)
        self._show_error(connection_text.error_text(error))
        self.show_status(self.bridge.status())
        self._update_rename()
