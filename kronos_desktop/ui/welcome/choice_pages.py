"""The wizard's first page (create a studio, join a studio's server, open the demo studio,
restore a studio from a backup copy: welcome/restore_page.py) and
the page that joins a server (its address; then the sign-in in the browser, waited for here)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
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

from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.welcome.page import Page, hint

CREATE, JOIN, DEMO, RESTORE = "create", "join", "demo", "restore"
INDENT = 26  # an option's words sit under its text, past the round button

# Words the Settings pages and the old first screen already had, with their translations.
translate = QCoreApplication.translate


class ChoicePage(Page):
    key = "choice"

    def __init__(
        self, *, can_join: bool, can_demo: bool, can_restore: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        intro = QLabel(translate("SetupDialog", "How will this computer start?"))
        intro.setObjectName("welcomeIntro")
        intro.setWordWrap(True)
        self.column.addWidget(intro)
        self.create_choice = self._option(
            "welcomeCreateStudio",
            self.tr("Create a studio"),
            self.tr(
                "This computer keeps the studio's agenda, clients and checkout on its own (a server can be added "
                "later). A few steps: the studio, its hours, you as its owner, the artists and stations, the PIX key."
            ),
        )
        self.join_choice = self._option(
            "welcomeJoinStudio",
            self.tr("Join a studio's server"),
            translate(
                "SetupDialog",
                "The studio already uses KRONOS with a server. The owner or a manager signs in, in the web browser, "
                "and this computer downloads the studio's agenda, clients and checkout.",
            ),
            visible=can_join,
        )
        self.demo_choice = self._option(
            "welcomeOpenDemo",
            self.tr("Open the demo studio"),
            self.tr(
                "A made-up studio full of clients and bookings, to try KRONOS out. Every demo member's PIN is 1234. "
                "This data folder then holds the demo: a real studio is set up in a new one."
            ),
            visible=can_demo,
        )
        self.restore_choice = self._option(
            "welcomeRestoreCopy",
            self.tr("Restore from a backup copy"),
            self.tr(
                "A new computer for a studio that already used KRONOS here: bring the studio back from the copy "
                "on its USB stick or in its cloud folder."
            ),
            visible=can_restore,
        )
        self.group = QButtonGroup(self)
        for button in (self.create_choice, self.join_choice, self.demo_choice, self.restore_choice):
            self.group.addButton(button)
        self.create_choice.setChecked(True)
        self.group.buttonToggled.connect(self._toggled)
        self.column.addStretch(1)

    def _toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.edited.emit()

    def _option(self, name: str, text: str, words: str, *, visible: bool = True) -> QRadioButton:
        button = named(QRadioButton(text), name, text)
        bold = button.font()
        bold.setBold(True)
        button.setFont(bold)
        words_label = hint(words, f"{name}Hint")
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 6, 0, 0)
        box.setSpacing(2)
        box.addWidget(button)
        indented = QHBoxLayout()
        indented.setContentsMargins(INDENT, 0, 0, 0)
        indented.addWidget(words_label)
        box.addLayout(indented)
        holder.setVisible(visible)
        self.column.addWidget(holder)
        return button

    def title(self) -> str:
        return translate("SetupDialog", "Welcome to KRONOS")

    def first_field(self) -> QWidget:
        return self.group.checkedButton() or self.create_choice

    def choice(self) -> str:
        if self.join_choice.isChecked():
            return JOIN
        if self.restore_choice.isChecked():
            return RESTORE
        return DEMO if self.demo_choice.isChecked() else CREATE

    def fill(self, draft: dict[str, Any]) -> None:
        button = {JOIN: self.join_choice, DEMO: self.demo_choice, RESTORE: self.restore_choice}.get(
            str(draft.get("choice")), self.create_choice
        )
        holder = button.parentWidget()
        if holder is not None and not holder.isHidden():
            button.setChecked(True)

    def collect(self, draft: dict[str, Any]) -> None:
        draft["choice"] = self.choice()


class JoinPage(Page):
    key = "join"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.addWidget(
            hint(
                self.tr(
                    "Type the address of the studio's server. The owner or a manager then signs in, in the web "
                    "browser, and this computer downloads the studio."
                ),
                "welcomeJoinIntro",
            )
        )
        self.address = named(QLineEdit(), "welcomeServerAddress", translate("SetupDialog", "Server address"))
        self.address.setPlaceholderText(translate("SetupDialog", "e.g. kronos.yourstudio.com.br"))
        self.address.textEdited.connect(lambda _t: self.edited.emit())
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(translate("SetupDialog", "Server address"), self.address)
        self.column.addLayout(form)
        self.waiting = self._waiting_card()
        self.column.addWidget(self.waiting)
        self.column.addStretch(1)

    def _waiting_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("welcomeWaiting")
        card.setProperty("role", "card")
        text = QLabel(
            translate(
                "SetupDialog",
                "Waiting for the sign-in in your web browser… Sign in there with the e-mail and password of "
                "the studio's owner or a manager.",
            )
        )
        text.setWordWrap(True)
        where = QLabel(translate("SetupDialog", "If the browser did not open, open this address in it:"))
        where.setWordWrap(True)
        self.link = named(
            QLineEdit(), "welcomeSignInLink", translate("SetupDialog", "Sign-in address to open in the browser")
        )
        self.link.setReadOnly(True)
        self.copy_button = named(
            QPushButton(translate("SetupDialog", "Copy")),
            "welcomeCopyLink",
            translate("SetupDialog", "Copy the sign-in address"),
        )
        self.copy_button.clicked.connect(self._copy_link)
        self.cancel_button = named(
            QPushButton(translate("SetupDialog", "Cancel")),
            "welcomeCancelSignIn",
            translate("SetupDialog", "Cancel the sign-in"),
        )
        row = QHBoxLayout()
        row.addWidget(self.link, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(card)
        layout.addWidget(text)
        layout.addWidget(where)
        layout.addLayout(row)
        card.hide()
        return card

    def _copy_link(self) -> None:
        if self.link.text():
            QGuiApplication.clipboard().setText(self.link.text())

    def show_link(self, url: str) -> None:
        self.link.setText(url)
        self.link.setCursorPosition(0)

    def title(self) -> str:
        return self.tr("Join a studio's server")

    def first_field(self) -> QWidget:
        return self.address

    def fill(self, draft: dict[str, Any]) -> None:
        self.address.setText(str(draft.get("server_address") or ""))

    def collect(self, draft: dict[str, Any]) -> None:
        draft["server_address"] = self.address.text().strip()

    def problem(self) -> tuple[str, QWidget | None] | None:
        if not self.address.text().strip():
            return translate("SetupDialog", "Type the server's address."), self.address
        return None

    def typed(self) -> bool:
        return bool(self.address.text().strip())
