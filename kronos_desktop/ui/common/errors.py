"""What a person sees when something fails.

- A mutation refused (``MutationError``): its readable message, in a dialog over the window
  that asked.
- Anything unexpected — an exception in a slot (``sys.excepthook``), in another thread
  (``threading.excepthook``), or coming back from the writer thread through an op — goes to
  the log with its traceback, and a dialog a receptionist understands says where the details
  are and that the data is safe. The app keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kronos_core.mutations import MutationError
from kronos_desktop import logs
from kronos_desktop.ui.common.refusals import refusal_text

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def _parent(parent: QWidget | None) -> QWidget | None:
    if parent is not None:
        return parent
    return QApplication.activeWindow()


def show_refusal(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(_parent(parent))
    box.setObjectName("refusalDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Errors", "Not saved"))
    box.setText(translate("Errors", "This could not be saved."))
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def unexpected_text(log_path: Path | None) -> str:
    where = str(log_path) if log_path is not None else translate("Errors", "the console")
    return translate(
        "Errors",
        "Something went wrong inside KRONOS. The details were saved to the log at {path}.\n\n"
        "Your data is safe: everything saved before this is still there. "
        "You can keep working; if this happens again, send the log to your support contact.",
    ).format(path=where)


def show_unexpected(parent: QWidget | None, details: str) -> None:
    box = QMessageBox(_parent(parent))
    box.setObjectName("unexpectedErrorDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Errors", "Something went wrong"))
    box.setText(unexpected_text(logs.log_file()))
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """The default failure handler of an op."""
    if isinstance(exc, MutationError):
        show_refusal(parent, refusal_text(exc))
    else:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        show_unexpected(parent, details)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ExceptionReporter(QObject):
    """Installs ``sys.excepthook`` and ``threading.excepthook``; shows one dialog at a time."""

    _report = Signal(str)
    reported = Signal(str)  # the details, after they were logged (for tests and the status bar)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        # Queued: the dialog opens from the event loop, whichever thread failed.
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook

    def excepthook(self, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error", exc_info=(etype, value, tb))
        self._report.emit("".join(traceback.format_exception(etype, value, tb)))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        thread = args.thread.name if args.thread is not None else "?"
        log.error("unexpected error in thread %s", thread, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self._report.emit("".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))

    def _show(self, details: str) -> None:
        self.reported.emit(details)
        if self._showing:
            return  # one dialog at a time; every error is in the log
        self._showing = True
        try:
            show_unexpected(None, details)
        finally:
            self._showing = False
