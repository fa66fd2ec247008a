"""Enter and Esc in every dialog of the desk.

- Enter does the dialog's main action (its primary button), or nothing: it never cancels,
  closes or discards. No other button is a default or an "auto-default" (Qt makes every push
  button of a dialog take Enter while it has the focus: tabbing past Cancel and pressing Enter
  used to cancel). A focused button is still pressed with Space.
- Esc (and Cancel, and the window's close button) with something typed asks first, "Discard what
  you typed?", keeping it being the default answer; with nothing typed it closes at once.

A dialog inherits ``KeyedDialog``, says which button is its main action (``primary_button``,
none by default) and what counts as typed (``typed``, nothing by default).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QMessageBox, QPushButton, QWidget

translate = QCoreApplication.translate


def calm_buttons(dialog: QWidget, primary: QPushButton | None = None) -> None:
    """Only ``primary`` takes Enter; every other button of ``dialog`` waits for a click or Space."""
    for button in dialog.findChildren(QPushButton):
        if button is not primary:
            button.setAutoDefault(False)
            button.setDefault(False)
    if primary is not None:
        primary.setAutoDefault(False)
        primary.setDefault(True)


def ask_discard(parent: QWidget) -> bool:
    """Ask whether to throw away what was typed; True only on an explicit "Discard"."""
    box = QMessageBox(parent)
    box.setObjectName("discardTypedConfirm")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("DialogKeys", "Discard"))
    box.setText(translate("DialogKeys", "Discard what you typed?"))
    box.setInformativeText(translate("DialogKeys", "What you typed in this window will be lost."))
    discard = box.addButton(translate("DialogKeys", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discardYes")
    keep = box.addButton(translate("DialogKeys", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("discardNo")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class KeyedDialog(QDialog):
    """A dialog where Enter never cancels and Esc never silently discards (see the module)."""

    def primary_button(self) -> QPushButton | None:
        """The button of the dialog's main action, pressed by Enter; None: Enter does nothing."""
        return None

    def typed(self) -> bool:
        """Whether the person typed something that closing the dialog would lose."""
        return False

    def showEvent(self, event: QShowEvent) -> None:
        calm_buttons(self, self.primary_button())
        super().showEvent(event)

    def reject(self) -> None:
        if self.isVisible() and self.typed() and not ask_discard(self):
            return
        super().reject()


class KeyedInputDialog(QInputDialog):
    """Qt's input dialog (a list to choose from, a line to type) where only OK takes Enter."""

    def showEvent(self, event: QShowEvent) -> None:
        box = self.findChild(QDialogButtonBox)  # made by Qt once the dialog is about to show
        calm_buttons(self, box.button(QDialogButtonBox.StandardButton.Ok) if box is not None else None)
        super().showEvent(event)
