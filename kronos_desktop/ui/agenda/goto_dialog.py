"""Go to a date (Ctrl+G): the small dialog the Agenda asks the day with."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named


class GoToDateDialog(KeyedDialog):
    """Go to a date (Ctrl+G): a date field, OK and Cancel; ``chosen`` when OK is pressed (Enter,
    wherever the focus is: never Cancel)."""

    chosen = Signal(object)  # datetime.date

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToDateDialog")
        self.setWindowTitle(self.tr("Go to a date"))
        self.date_edit = named(QDateEdit(fmt.qdate(day)), "goToDateField", self.tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(fmt.date_input_format())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("goToDateButtons")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("goToDateOk")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("goToDateCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Show the agenda on:")))
        layout.addWidget(self.date_edit)
        layout.addWidget(buttons)
        self.date_edit.setFocus()

    def primary_button(self) -> QPushButton:
        return self.ok_button

    def accept(self) -> None:
        self.chosen.emit(fmt.pydate(self.date_edit.date()))
        super().accept()
