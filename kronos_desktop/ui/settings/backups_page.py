"""Studio → Backups (issue 17): this desk's copies of its data.

- The folder in use, "Change folder…" (a folder a copy cannot be written in is said, not kept)
  and "Use the default folder" (``copies`` beside the database); the setting is the desk's own
  (QSettings ``backups/folder``, kronos_desktop/ui/backup_keeper.py).
- The last good copy (when, size), and what went wrong with the last one, in red.
- "Back up now", for anyone at the desk.
- The copies in the folder (when, daily or weekly, size) and "Restore this copy…": owners and
  managers only (anyone else sees why). The copy is checked first (a file that is not a KRONOS
  copy, damaged, of a newer KRONOS or of another studio is refused, nothing replaced); a
  confirmation names its date and where the current data is kept; the copy is staged and
  KRONOS restarts to put it in place (kronos_desktop/store/restore_staging.py).

The page works once the app gives it the desk's keeper (:meth:`BackupsPage.use`); before that
(a window without one, in some tests) it says backups are not running.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kronos_core.roles import MANAGEMENT
from kronos_desktop.store.scheduled_backups import CopyInfo, CopyResult, list_copies
from kronos_desktop.ui.backup_keeper import BackupKeeper, writable
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.settings.backup_words import kind_words, when_text
from kronos_desktop.ui.settings.restore_flow import RestoreFlow


def size_text(size: int) -> str:
    """1.6 MB (decimal units, as the system's file manager says them), in the interface's locale."""
    return fmt.locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupsPage(QWidget):
    restart_requested = Signal()  # a restore is staged: quit and start again

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keeper: BackupKeeper | None = None
        self.copies: list[CopyInfo] = []
        self.setObjectName("backupsPage")
        self.setAccessibleName(self.tr("Backups"))
        intro = QLabel(
            self.tr(
                "This desk copies its data every day and when KRONOS closes, and keeps 7 daily and 4 weekly "
                "copies. A folder on another disk (a USB stick, a synced cloud folder) keeps them safe if this "
                "computer fails."
            )
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupsFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = named(
            QPushButton(self.tr("Change folder…")), "backupsChangeFolder", self.tr("Change the backup folder")
        )
        self.default_button = named(
            QPushButton(self.tr("Use the default folder")),
            "backupsDefaultFolder",
            self.tr("Keep the copies beside the desk's data"),
        )
        self.last_label = QLabel()
        self.last_label.setObjectName("backupsLast")
        self.problem = QLabel()
        self.problem.setObjectName("backupsProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.message = QLabel()
        self.message.setObjectName("backupsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.now_button = named(QPushButton(self.tr("Back up now")), "backupsNow", self.tr("Take a copy now"))
        self.now_button.setProperty("kind", "primary")
        self.table = named(QTableWidget(0, 3), "backupsCopies", self.tr("Copies in the folder"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kept as"), self.tr("Size")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumWidth(700)
        self.empty = QLabel(self.tr("No copy in this folder yet."))
        self.empty.setObjectName("backupsEmpty")
        self.empty.setProperty("role", "muted")
        self.restore_button = named(
            QPushButton(self.tr("Restore this copy…")), "backupsRestore", self.tr("Restore the chosen copy")
        )
        self.reason = QLabel(self.tr("Only owners and managers restore a copy."))
        self.reason.setObjectName("backupsReadOnlyReason")
        self.reason.setProperty("role", "muted")
        self.reason.setWordWrap(True)

        form = QFormLayout()
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.change_button)
        folder_buttons.addWidget(self.default_button)
        folder_buttons.addStretch(1)
        form.addRow(self.tr("Folder"), self.folder_label)
        form.addRow("", folder_buttons)
        form.addRow(self.tr("Last copy"), self.last_label)
        now_row = QHBoxLayout()
        now_row.addWidget(self.now_button)
        now_row.addStretch(1)
        restore_row = QHBoxLayout()
        self.restore_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.reason, 1)
        restore_row.addStretch(0)  # the button under the table's left edge, the reason hidden or not
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Backups"), "backupsTitle"))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.message)
        layout.addLayout(now_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(restore_row)

        self.flow = RestoreFlow(ctx, self)
        self.flow.said.connect(self.say)
        self.flow.busy_changed.connect(lambda _busy: self._update())
        self.flow.restart_requested.connect(self.restart_requested)
        self.change_button.clicked.connect(self.change_folder)
        self.default_button.clicked.connect(self.use_default)
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.table.itemSelectionChanged.connect(self._update)
        ctx.who.changed.connect(self._update)
        self.refresh()

    # -- the keeper ----------------------------------------------------------------------------
    def use(self, keeper: BackupKeeper) -> None:
        self.keeper = keeper
        keeper.copied.connect(self._copied)
        keeper.problem.connect(self._problem)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def may_restore(self) -> bool:
        return self.ctx.who.role in MANAGEMENT

    def refresh(self) -> None:
        keeper = self.keeper
        if keeper is None:
            self.folder_label.setText(self.tr("Backups are not running on this desk."))
            self.copies = []
        else:
            folder = keeper.folder()
            chosen = keeper.chosen_folder()
            shown = (
                str(folder)
                if chosen
                else self.tr("{folder} (the default, beside the desk's data)").format(folder=folder)
            )
            self.folder_label.setText(shown)
            self.copies = list_copies(folder, keeper.clock())
        self._fill()
        self._update()

    def _fill(self) -> None:
        zone = self.ctx.zone()
        self.table.setRowCount(len(self.copies))
        for row, copy in enumerate(self.copies):
            cells = (when_text(copy.taken_at, zone), kind_words(copy.kind), size_text(copy.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.copies)
        if self.copies:
            last = self.copies[0]
            self.last_label.setText(
                self.tr("{when} · {size}").format(when=when_text(last.taken_at, zone), size=size_text(last.size))
            )
        else:
            self.last_label.setText(self.tr("None yet"))

    def _update(self) -> None:
        running = self.keeper is not None
        busy = running and self.keeper is not None and self.keeper.busy()
        for button in (self.change_button, self.default_button):
            button.setEnabled(running)
        self.default_button.setEnabled(running and bool(self.keeper and self.keeper.chosen_folder()))
        self.now_button.setEnabled(running and not busy)
        self.now_button.setText(self.tr("Copying…") if busy else self.tr("Back up now"))
        allowed = self.may_restore()
        self.restore_button.setEnabled(running and allowed and self.chosen() is not None and not self.flow.busy)
        self.reason.setVisible(not allowed)

    def chosen(self) -> CopyInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.copies):
            return None
        return self.copies[rows[0].row()]

    def say(self, text: str, role: str = "note") -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _copied(self, result: object) -> None:
        assert isinstance(result, CopyResult)
        if result.ok:
            self.say(self.tr("Copy taken."))
        else:
            self.say("")
        self.refresh()

    # -- actions -------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.keeper is not None and self.keeper.take_later():
            self.say("")
            self._update()

    def change_folder(self) -> None:
        if self.keeper is None:
            return
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), str(self.keeper.folder()))
        if chosen:
            self.keep_folder(Path(chosen))

    def keep_folder(self, folder: Path) -> bool:
        """Keep ``folder`` for the next copies if a copy can be written there (said otherwise)."""
        if self.keeper is None:
            return False
        if not writable(folder):
            self.say(
                self.tr("KRONOS cannot write in {folder}: the folder was not changed.").format(folder=folder), "error"
            )
            return False
        self.keeper.set_folder(folder)
        self.say(self.tr("The copies now go to {folder}.").format(folder=folder))
        self.refresh()
        return True

    def use_default(self) -> None:
        if self.keeper is None:
            return
        self.keeper.set_folder(None)
        self.say(self.tr("The copies now go to {folder}.").format(folder=self.keeper.folder()))
        self.refresh()

    def restore_chosen(self) -> None:
        copy = self.chosen()
        if copy is None or self.keeper is None or not self.may_restore():
            return
        self.restore(copy.path)

    def restore(self, copy: Path) -> bool:
        """Check ``copy``, ask, stage it and ask for a restart (:class:`RestoreFlow`, off the GUI
        thread); False when backups are not running or a restore is under way."""
        if self.keeper is None:
            return False
        return self.flow.start(copy, self.keeper.database)
