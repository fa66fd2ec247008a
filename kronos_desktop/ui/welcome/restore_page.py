"""The welcome's "Restore from a backup copy" (issue 17: a studio whose counter PC died installs
KRONOS on a new one and brings the studio back from its USB stick or cloud folder).

One page: the copy is chosen with the system's file dialog (a hurried person with a stick opens
it and picks the newest ``kronos-….db``; the names carry the date), said with its date, and
Restore runs Studio → Backups' own path (kronos_desktop/ui/settings/restore_flow.py): the copy
checked off the GUI thread (a desk with no studio takes any studio's copy), refused in words
with nothing written, or confirmed and staged beside the empty database; KRONOS then restarts
and puts it in place before the store opens (a new device id and receipt prefix), opening on the
restored studio."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from kronos_desktop.store.scheduled_backups import taken_at
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.settings.backup_words import when_text
from kronos_desktop.ui.settings.restore_flow import RestoreFlow
from kronos_desktop.ui.welcome.page import Page, hint

if TYPE_CHECKING:
    from kronos_desktop.ui.welcome.wizard import WelcomeWizard


class RestorePage(Page):
    key = "restore"
    said = Signal(str, str)  # the flow's words, role ("note", "error", "muted")
    restart_requested = Signal()  # the copy is staged: KRONOS restarts to put it in place

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.copy: Path | None = None
        self.column.addWidget(
            hint(
                self.tr(
                    "Plug in the USB stick, or open the folder where KRONOS kept its copies (a cloud folder), "
                    "and choose the newest copy: its name has its date, like kronos-20261204T233000Z.db. "
                    "The studio comes back as it was then, with its staff and their PINs."
                ),
                "welcomeRestoreIntro",
            )
        )
        self.path = named(QLineEdit(), "welcomeRestorePath", self.tr("The copy to restore"))
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No copy chosen yet"))
        self.choose_button = named(
            QPushButton(self.tr("Choose the copy…")), "welcomeRestoreChoose", self.tr("Choose the copy to restore")
        )
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        self.column.addLayout(row)
        self.when = QLabel()
        self.when.setObjectName("welcomeRestoreWhen")
        self.when.setWordWrap(True)
        self.column.addWidget(self.when)
        self.column.addStretch(1)
        # The system's file dialog; a test sets what it answers.
        self.ask_file: Callable[[], str] = self._ask_file
        self.flow: RestoreFlow | None = None
        self.database: Path | None = None  # the desk's file, beside which the copy is staged

    def use_flow(self, flow: RestoreFlow) -> None:
        """The flow of Studio → Backups, with this page's confirmation (an empty desk: nothing replaced)."""
        self.flow = flow
        flow.confirm = self.confirm
        flow.said.connect(self.said)
        flow.restart_requested.connect(self.restart_requested)

    # -- choosing ------------------------------------------------------------------------------
    def _ask_file(self) -> str:
        start = str(self.copy.parent) if self.copy is not None else QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.HomeLocation
        )  # fmt: skip
        found, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the copy to restore"),
            start,
            self.tr("KRONOS copies (*.db *.sqlite);;All files (*)"),
        )
        return found

    def choose(self) -> None:
        if self.flow is not None and self.flow.busy:
            return
        found = self.ask_file()
        if found:
            self.use(Path(found))

    def use(self, copy: Path) -> None:
        """``copy`` chosen: its path, and its date when its name says it (KRONOS' own copies)."""
        self.copy = copy
        self.path.setText(str(copy))
        self.path.setCursorPosition(0)
        at = taken_at(copy)
        self.when.setText(
            self.tr("A copy made on {when}.").format(when=when_text(at, self.ctx.zone())) if at is not None else ""
        )
        self.edited.emit()

    # -- restoring -----------------------------------------------------------------------------
    def restore(self) -> bool:
        """Check, confirm and stage the chosen copy (False: none chosen, or one under way)."""
        if self.flow is None or self.copy is None or self.database is None:
            return False
        return self.flow.start(self.copy, self.database)

    def confirm(self, when: str, _kept_in: Path) -> bool:
        self.said.emit("", "muted")  # checked: no longer "Checking the copy…" while asked
        box = QMessageBox(self)
        box.setObjectName("welcomeRestoreConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore from a backup copy"))
        box.setText(self.tr("Restore the studio from the copy of {when}?").format(when=when))
        box.setInformativeText(
            self.tr(
                "KRONOS restarts and opens the studio as it was then. What was recorded after {when} is not "
                "in the copy: if the studio uses a server, it comes back with the next sync."
            ).format(when=when)
        )
        restore = box.addButton(self.tr("Restore and restart"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter does not restore: a click does
        box.exec()
        return box.clickedButton() is restore

    # -- the page ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Restore from a backup copy")

    def first_field(self) -> QWidget:
        return self.choose_button

    def collect(self, draft: dict[str, Any]) -> None:
        """Nothing kept: a copy on a stick may not be there at the next start."""

    def problem(self) -> tuple[str, QWidget | None] | None:
        if self.copy is None:
            return self.tr("Choose the copy to restore."), self.choose_button
        return None


def start_restore_flow(wizard: WelcomeWizard, page: RestorePage) -> Callable[[], None]:
    """Wire ``page`` into ``wizard``: the flow's words in the wizard's busy line (the wizard
    waits, Quit too) or its error line; once the copy is staged, the draft is forgotten and KRONOS
    restarts. Returns the restart (kronos_desktop/ui/settings/backup_restore.py's), which the
    wizard keeps as ``restart`` (a test replaces it)."""
    from kronos_desktop.store.paths import DB_FILENAME
    from kronos_desktop.ui.settings.backup_restore import request_restart

    if wizard.draft_file is not None:  # the draft lives in the data folder, beside the database
        page.database = wizard.draft_file.path.parent / DB_FILENAME
    page.use_flow(RestoreFlow(wizard.ctx, page))

    def said(text: str, role: str) -> None:
        if role == "error":
            wizard._show_busy("")
            wizard.show_error(text)
        else:
            wizard.show_error("")
            wizard._show_busy(text)

    def staged() -> None:
        wizard._forget_draft()
        wizard._show_busy(QCoreApplication.translate("RestorePage", "KRONOS restarts to open the restored studio…"))
        wizard.restart()

    page.said.connect(said)
    page.restart_requested.connect(staged)
    return request_restart
