"""The confirmation before a client's data is erased (LGPD art. 18, VI): what goes, what the law
keeps and until when, and the client's name typed to confirm. Destructive: Enter never erases
(the dialog has no default button) and Erase is off until the name typed is the client's."""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kronos_desktop.store.queries.client_export import ClientExport
from kronos_desktop.ui.clients.privacy_words import kept_label
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named


def _same_name(typed: str, name: str) -> bool:
    """Typed as the client is called, whatever the case, accents or spacing ("ze  CORTES" is
    not "Zé Côrtes"; "zé côrtes" is)."""

    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).casefold().split())

    return bool(norm(name)) and norm(typed) == norm(name)


class EraseDialog(KeyedDialog):
    """Says what an erase removes and keeps; Erase is on once the client's name is typed."""

    def __init__(self, export: ClientExport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.export = export
        self.setObjectName("eraseClientDialog")
        self.setWindowTitle(self.tr("Erase the client's data"))
        self.setModal(True)
        self.setMinimumWidth(520)
        name = export.full_name
        counts = export.counts()
        merged = max(0, counts.get("client", 1) - 1)
        sentences = [
            self.tr(
                "This erases {name}'s personal data from this desk, every other desk and the server: "
                "name, phone, e-mail, document, address, birth date, Instagram, health alerts, notes, tags, "
                "consents and guardian."
            ).format(name=name)
        ]
        if merged:
            sentences.append(self.tr("The %n record(s) merged into this one are erased with it.", "", merged))
        bookings, projects = counts.get("appointments", 0), counts.get("projects", 0)
        if bookings or projects:
            sentences.append(
                self.tr("Their bookings ({bookings}) and projects ({projects}) stay, without their name.").format(
                    bookings=bookings, projects=projects
                )
            )
        sentences.append(self.tr("This cannot be undone."))
        what = QLabel(" ".join(sentences))
        what.setObjectName("eraseWhat")
        what.setWordWrap(True)
        kept_title = QLabel(
            self.tr("What the law keeps (LGPD, art. 16, I), for {years} years after the erase:").format(
                years=export.years
            )
        )
        kept_title.setObjectName("eraseKeptTitle")
        kept_title.setWordWrap(True)
        lines = [kept_label(item) for item in export.kept]
        self.kept = QLabel("\n".join(f"• {line}" for line in lines))
        self.kept.setObjectName("eraseKept")
        self.kept.setWordWrap(True)
        ask = QLabel(self.tr("To confirm, type the client's name: {name}").format(name=name))
        ask.setObjectName("eraseAsk")
        ask.setWordWrap(True)
        self.confirm = named(QLineEdit(), "eraseConfirmName", self.tr("The client's name, to confirm"))
        self.confirm.setPlaceholderText(name)
        self.confirm.textChanged.connect(self._check)
        buttons = QDialogButtonBox()
        self.erase_button = named(
            QPushButton(self.tr("Erase for good")), "eraseConfirm", self.tr("Erase the client's data for good")
        )
        self.erase_button.setProperty("role", "danger")
        self.erase_button.setEnabled(False)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "eraseCancel", self.tr("Cancel"))
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.erase_button.clicked.connect(self._erase)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addSpacing(6)
        layout.addWidget(kept_title)
        layout.addWidget(self.kept)
        layout.addSpacing(6)
        layout.addWidget(ask)
        layout.addWidget(self.confirm)
        layout.addWidget(buttons)
        self.confirm.setFocus()

    def primary_button(self) -> QPushButton | None:
        return None  # destructive: Enter never erases

    def typed(self) -> bool:
        return bool(self.confirm.text().strip())  # as every dialog of the desk: Esc asks first

    def _check(self) -> None:
        self.erase_button.setEnabled(_same_name(self.confirm.text(), self.export.full_name))

    def _erase(self) -> None:
        if _same_name(self.confirm.text(), self.export.full_name):
            self.accept()
