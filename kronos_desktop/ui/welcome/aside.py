"""What the welcome wizard does beside its pages: the question before leaving it, the words of a
Create that did not write, and running the demo's filling off the GUI thread."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from kronos_core.mutations import MutationError
from kronos_desktop.ui.common.refusals import refusal_text

translate = QCoreApplication.translate


class DemoNotOpened(Exception):
    """The demo studio cannot open here; the message is for the person (in their language)."""


def ask_leave(parent: QWidget) -> bool:
    """Esc (or Quit) with something typed: leave the setup for now? True only on "Leave"."""
    box = QMessageBox(parent)
    box.setObjectName("welcomeLeaveConfirm")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("WelcomeWizard", "Leave the setup"))
    box.setText(translate("WelcomeWizard", "Leave the setup for now?"))
    box.setInformativeText(
        translate(
            "WelcomeWizard", "What you typed is kept, except the PIN: KRONOS opens here again next time it starts."
        )
    )
    leave = box.addButton(translate("WelcomeWizard", "Leave"), QMessageBox.ButtonRole.DestructiveRole)
    leave.setObjectName("welcomeLeaveYes")
    stay = box.addButton(translate("WelcomeWizard", "Keep setting up"), QMessageBox.ButtonRole.RejectRole)
    stay.setObjectName("welcomeLeaveNo")
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is leave


def create_failed_text(exc: BaseException) -> str:
    """What the page says when Create did not write the studio (nothing of it was written)."""
    if isinstance(exc, MutationError) and exc.code == "demo_folder":
        return translate(
            "WelcomeWizard",
            "This data folder was being filled with the demo studio when KRONOS stopped. Choose "
            "“Open the demo studio” again, or start KRONOS on a new data folder for your studio.",
        )
    if isinstance(exc, MutationError):
        return refusal_text(exc)
    return translate("WelcomeWizard", "The studio was not created, and nothing was written. What you typed is kept.")


def run_aside(work: Callable[[], object], done: SignalInstance) -> None:
    """Run ``work`` on a thread of its own; ``done`` (a signal queued to the GUI thread) gets None,
    or the exception it raised."""

    def run() -> None:
        outcome: Exception | None = None
        try:
            work()
        except Exception as exc:  # said on the page: the person may choose again
            outcome = exc
        with contextlib.suppress(RuntimeError):  # the wizard is gone (KRONOS quit meanwhile)
            done.emit(outcome)

    threading.Thread(target=run, name="kronos-welcome-aside", daemon=True).start()
