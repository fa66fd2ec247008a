"""Restoring a copy from Studio → Backups, off the GUI thread (issue 17): the copy is checked
(a large studio's copy takes seconds: ``integrity_check`` reads every page), the person confirms
(the copy's date, where the current data is kept), the copy is staged beside the database
(kronos_desktop/store/restore_staging.py), and ``restart_requested`` asks the app to restart and
put it in place. A refused copy is said in words; nothing is staged or replaced."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.settings.backup_words import refusal_words, when_text

Confirm = Callable[[str, Path], bool]  # (the copy's date, where the current data goes) -> go on


class RestoreFlow(QObject):
    said = Signal(str, str)  # words, role ("note", "error", "muted")
    busy_changed = Signal(bool)
    restart_requested = Signal()
    _checked = Signal(object)  # (copy, CopyFacts | Exception), from the checking thread
    _staged = Signal(object)  # None | Exception, from the staging thread

    def __init__(self, ctx: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.confirm: Confirm = self.ask
        self.busy = False
        self.database: Path | None = None
        self._checked.connect(self._on_checked)
        self._staged.connect(self._on_staged)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def start(self, copy: Path, database: Path) -> bool:
        """Check ``copy`` on a thread of its own; the rest follows (False: one is under way)."""
        from kronos_desktop.store.restore_staging import check_copy

        if self.busy:
            return False
        self.database = database
        self._set_busy(True)
        self.said.emit(self.tr("Checking the copy…"), "muted")

        def work() -> None:
            try:
                outcome: object = check_copy(copy, database)
            except Exception as exc:
                outcome = exc
            self._checked.emit((copy, outcome))

        threading.Thread(target=work, name="restore-check", daemon=True).start()
        return True

    def _refused(self, exc: BaseException) -> None:
        from kronos_desktop.store.restore_staging import CopyRefused

        if isinstance(exc, CopyRefused):
            text = self.tr("This copy cannot be restored: {reason}").format(reason=refusal_words(exc.code))
        else:
            text = self.tr("The copy could not be prepared ({detail}): nothing was replaced.").format(
                detail=str(exc) or type(exc).__name__
            )
        self.said.emit(text, "error")
        self._set_busy(False)

    def _on_checked(self, done: object) -> None:
        from kronos_desktop.store.backup_erasures import REPLACED_FOLDER
        from kronos_desktop.store.restore_staging import CopyFacts, stage

        assert isinstance(done, tuple)
        copy, outcome = done
        if isinstance(outcome, BaseException):
            self._refused(outcome)
            return
        assert isinstance(outcome, CopyFacts)
        assert self.database is not None
        data_dir = self.database.parent
        if not self.confirm(when_text(outcome.taken_at, self.ctx.zone()), data_dir / REPLACED_FOLDER):
            self.said.emit("", "muted")
            self._set_busy(False)
            return
        self.said.emit(self.tr("Preparing the copy…"), "muted")
        who: uuid.UUID | None = self.ctx.who.staff_id

        def work() -> None:
            try:
                stage(data_dir, copy, requested_by=who)
                self._staged.emit(None)
            except Exception as exc:
                self._staged.emit(exc)

        threading.Thread(target=work, name="restore-stage", daemon=True).start()

    def _on_staged(self, outcome: object) -> None:
        if isinstance(outcome, BaseException):
            self._refused(outcome)
            return
        self.said.emit(self.tr("KRONOS restarts to put the copy in place…"), "note")
        self._set_busy(False)
        self.restart_requested.emit()

    def ask(self, when: str, kept_in: Path) -> bool:
        """The confirmation: the copy's date, what is replaced, where the current data is kept."""
        box = QMessageBox(self.parent_widget)
        box.setObjectName("restoreConfirmDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore a copy"))
        box.setText(self.tr("Restore the copy of {when}?").format(when=when))
        desk = self.ctx.desk()
        synced = desk is not None and bool(desk.server_url)
        words = [self.tr("What was recorded on this desk after {when} will be replaced by the copy.").format(when=when)]
        if synced:
            words.append(self.tr("What already reached the server comes back with the next sync."))
        words.append(self.tr("The current data is kept aside in {folder}.").format(folder=kept_in))
        words.append(self.tr("KRONOS restarts to put the copy in place."))
        box.setInformativeText(" ".join(words))
        restore = box.addButton(self.tr("Restore and restart"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore
