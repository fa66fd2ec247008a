"""First run of a standalone desk: name the studio and yourself (its owner)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_desktop.ops.studio import setup_studio
from kronos_desktop.store import Applied
from kronos_desktop.ui import errors
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.widgets import named


class SetupDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("setupDialog")
        self.setAccessibleName(self.tr("Set up your studio"))
        self.setWindowTitle(self.tr("Set up your studio"))
        self.setModal(True)
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr(
                "Welcome to KRONOS. This computer will keep the studio's agenda, clients and "
                "checkout on its own. Tell us the studio's name and yours: you will be its owner."
            )
        )
        intro.setWordWrap(True)
        self.studio_name = named(QLineEdit(), "setupStudioName", self.tr("Studio name"))
        self.studio_name.setPlaceholderText(self.tr("e.g. Agulha de Ouro Tattoo"))
        self.owner_name = named(QLineEdit(), "setupOwnerName", self.tr("Your name"))
        self.error = QLabel()
        self.error.setObjectName("setupError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Studio name"), self.studio_name)
        form.addRow(self.tr("Your name"), self.owner_name)

        self.start_button = named(QPushButton(self.tr("Start")), "setupStartButton", self.tr("Start using KRONOS"))
        self.start_button.setProperty("kind", "primary")
        self.start_button.setDefault(True)
        self.quit_button = named(QPushButton(self.tr("Quit")), "setupQuitButton", self.tr("Quit KRONOS"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        studio, owner = self.studio_name.text().strip(), self.owner_name.text().strip()
        if not studio or not owner:
            self.error.setText(self.tr("Type the studio's name and yours."))
            self.error.show()
            (self.studio_name if not studio else self.owner_name).setFocus()
            return
        self.error.hide()
        self.start_button.setEnabled(False)
        op = setup_studio(studio, owner, language=self.ctx.language, parent=self)
        self.ctx.runner.run(op.success(self._done).failure(self._failed))

    def _done(self, applied: Applied) -> None:
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        errors.show_failure(self, exc)
