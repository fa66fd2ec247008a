"""First run of a desk: set up a new studio (you will be its owner), or join a studio that
already uses a server.

Joining signs in through the desk's session (the same flow as Settings → Connection: the system
browser, the address to open by hand, Cancel); once signed in, the desk downloads the studio
and adds nothing of its own to it (no studio, no owner: its outbox stays empty).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kronos_desktop.auth.model import Connection
from kronos_desktop.ops.studio import setup_studio
from kronos_desktop.store import Applied
from kronos_desktop.ui.common import errors
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.sync import connection_text
from kronos_desktop.ui.sync.session_bridge import SessionBridge

INDENT = 26  # an option's fields sit under its text, past the radio button


def _hint(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def _indented(*items: QWidget | QFormLayout | QHBoxLayout) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(INDENT, 0, 0, 4)
    for item in items:
        if isinstance(item, QWidget):
            layout.addWidget(item)
        else:
            layout.addLayout(item)
    return box


class SetupDialog(KeyedDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, *, bridge: SessionBridge | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.setObjectName("setupDialog")
        self.setAccessibleName(self.tr("Welcome to KRONOS"))
        self.setWindowTitle(self.tr("Welcome to KRONOS"))
        self.setModal(True)
        self.setMinimumWidth(560)

        title = title_label(self.tr("Welcome to KRONOS"), "setupTitle")
        intro = QLabel(self.tr("How will this computer start?"))
        intro.setObjectName("setupIntro")
        intro.setWordWrap(True)

        # -- a new studio -------------------------------------------------------------------
        self.new_choice = named(
            QRadioButton(self.tr("Set up a new studio")), "setupNewStudio", self.tr("Set up a new studio")
        )
        self.new_hint = _hint(
            self.tr(
                "This computer keeps the studio's agenda, clients and checkout on its own (a server can be "
                "added later). Tell us the studio's name and yours: you will be its owner."
            ),
            "setupNewHint",
        )
        self.studio_name = named(QLineEdit(), "setupStudioName", self.tr("Studio name"))
        self.studio_name.setPlaceholderText(self.tr("e.g. Agulha de Ouro Tattoo"))
        self.owner_name = named(QLineEdit(), "setupOwnerName", self.tr("Your name"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Studio name"), self.studio_name)
        form.addRow(self.tr("Your name"), self.owner_name)
        self.new_fields = _indented(form)

        # -- a studio that uses a server ----------------------------------------------------
        self.join_choice = named(
            QRadioButton(self.tr("Join a studio that uses a server")),
            "setupJoinStudio",
            self.tr("Join a studio that uses a server"),
        )
        self.join_hint = _hint(
            self.tr(
                "The studio already uses KRONOS with a server. The owner or a manager signs in, in the web "
                "browser, and this computer downloads the studio's agenda, clients and checkout."
            ),
            "setupJoinHint",
        )
        self.address = named(QLineEdit(), "setupServerAddress", self.tr("Server address"))
        self.address.setPlaceholderText(self.tr("e.g. kronos.yourstudio.com.br"))
        address_form = QFormLayout()
        address_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        address_form.addRow(self.tr("Server address"), self.address)
        self.waiting = self._waiting_card()
        self.join_fields = _indented(address_form, self.waiting)

        self.choice = QButtonGroup(self)
        self.choice.addButton(self.new_choice)
        self.choice.addButton(self.join_choice)
        self.new_choice.setChecked(True)
        self.choice.buttonToggled.connect(self._chosen)

        self.error = QLabel()
        self.error.setObjectName("setupError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.start_button = named(QPushButton(self.tr("Start")), "setupStartButton", self.tr("Start using KRONOS"))
        self.start_button.setProperty("kind", "primary")
        self.quit_button = named(QPushButton(self.tr("Quit")), "setupQuitButton", self.tr("Quit KRONOS"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        for choice, hint, fields in (
            (self.new_choice, self.new_hint, self.new_fields),
            (self.join_choice, self.join_hint, self.join_fields),
        ):
            bold = choice.font()
            bold.setBold(True)
            choice.setFont(bold)
            layout.addSpacing(6)
            layout.addWidget(choice)
            layout.addWidget(_indented(hint))
            layout.addWidget(fields)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

        if bridge is None:  # no sign-in to offer (tests of the new studio alone)
            for widget in (self.join_choice, self.join_hint, self.join_fields):
                widget.hide()
        else:
            bridge.sign_in_url.connect(self._show_link)
            bridge.sign_in_finished.connect(self._joined)
            bridge.sign_in_failed.connect(self._join_failed)
        self._update()

    def _waiting_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("setupWaiting")
        card.setProperty("role", "card")
        text = QLabel(
            self.tr(
                "Waiting for the sign-in in your web browser… Sign in there with the e-mail and password of "
                "the studio's owner or a manager."
            )
        )
        text.setWordWrap(True)
        hint = QLabel(self.tr("If the browser did not open, open this address in it:"))
        hint.setWordWrap(True)
        self.link = named(QLineEdit(), "setupSignInLink", self.tr("Sign-in address to open in the browser"))
        self.link.setReadOnly(True)
        self.copy_button = named(QPushButton(self.tr("Copy")), "setupCopyLink", self.tr("Copy the sign-in address"))
        self.copy_button.clicked.connect(self._copy_link)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "setupCancelSignIn", self.tr("Cancel the sign-in"))
        self.cancel_button.clicked.connect(self._cancel_sign_in)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.copy_button)
        link_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(card)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addLayout(link_row)
        card.hide()
        return card

    # -- keys --------------------------------------------------------------------------------
    def primary_button(self) -> QPushButton:
        return self.start_button  # Enter starts (or connects); never Quit, never Cancel

    def typed(self) -> bool:
        return any(field.text().strip() for field in (self.studio_name, self.owner_name, self.address))

    # -- showing -----------------------------------------------------------------------------
    @property
    def joining(self) -> bool:
        return self.join_choice.isChecked() and self.bridge is not None

    @property
    def signing_in(self) -> bool:
        return self.bridge is not None and self.bridge.signing_in

    def _update(self) -> None:
        busy = self.signing_in
        self.new_choice.setEnabled(not busy)
        self.join_choice.setEnabled(not busy)
        self.new_fields.setVisible(not self.joining)
        self.join_fields.setVisible(self.joining)
        self.address.setEnabled(not busy)
        self.waiting.setVisible(busy)
        self.start_button.setVisible(not busy)
        if self.joining:
            self.start_button.setText(self.tr("Connect"))
            self.start_button.setAccessibleName(self.tr("Connect this desk to the studio's server"))
        else:
            self.start_button.setText(self.tr("Start"))
            self.start_button.setAccessibleName(self.tr("Start using KRONOS"))
        # Once the layout has taken the new visibility in: fit the window to what it shows.
        QTimer.singleShot(0, self.adjustSize)

    def _chosen(self, _button: object = None, checked: bool = True) -> None:
        if not checked:
            return
        self._show_error("")
        self._update()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_link(self, url: str) -> None:
        self.link.setText(url)
        self.link.setCursorPosition(0)

    # -- actions -----------------------------------------------------------------------------
    def submit(self) -> None:
        if self.joining:
            self.join()
            return
        studio, owner = self.studio_name.text().strip(), self.owner_name.text().strip()
        if not studio or not owner:
            self._show_error(self.tr("Type the studio's name and yours."))
            (self.studio_name if not studio else self.owner_name).setFocus()
            return
        self._show_error("")
        self.start_button.setEnabled(False)
        op = setup_studio(studio, owner, language=self.ctx.language, parent=self)
        self.ctx.runner.run(op.success(self._done).failure(self._failed))

    def join(self) -> None:
        """Sign in to the studio's server (in the background); nothing is written until it
        answers, and then only the connection: the studio comes with the first download."""
        if self.bridge is None or self.signing_in:
            return
        address = self.address.text().strip()
        if not address:
            self._show_error(self.tr("Type the server's address."))
            self.address.setFocus()
            return
        self._show_error("")
        self.link.clear()
        self.bridge.sign_in(address, self.ctx.language)
        self._update()
        self.cancel_button.setFocus()

    def _copy_link(self) -> None:
        if self.link.text():
            QGuiApplication.clipboard().setText(self.link.text())

    def _cancel_sign_in(self) -> None:
        if self.bridge is not None:
            self.bridge.cancel_sign_in()

    def done(self, result: int) -> None:
        """Quitting abandons a sign-in still waiting for the browser."""
        self._cancel_sign_in()
        super().done(result)

    # -- outcomes ----------------------------------------------------------------------------
    def _done(self, applied: Applied) -> None:
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        errors.show_failure(self, exc)

    def _joined(self, connection: Connection) -> None:
        self._update()
        self.accept()

    def _join_failed(self, error: BaseException) -> None:
        self._show_error(connection_text.error_text(error))
        self._update()
        self.address.setFocus()
