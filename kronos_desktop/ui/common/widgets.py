"""Small shared widgets and helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kronos_desktop.ui import icons
from kronos_desktop.ui.common import fmt

W = TypeVar("W", bound=QObject)  # a widget or an action


def named(widget: W, object_name: str, accessible_name: str, tooltip: str | None = None) -> W:
    """Give a widget (or action) its stable object name and the name a screen reader says."""
    widget.setObjectName(object_name)
    if isinstance(widget, QWidget):
        widget.setAccessibleName(accessible_name)
        if tooltip:
            widget.setToolTip(tooltip)
    elif isinstance(widget, QAction):
        widget.setStatusTip(accessible_name)
        if tooltip:
            widget.setToolTip(tooltip)
    return widget


def push_button(object_name: str, text: str, slot: Callable[[], object]) -> QPushButton:
    """A named button (its text is its screen-reader name) that runs ``slot`` when clicked."""
    button = named(QPushButton(text), object_name, text)
    button.clicked.connect(slot)
    return button


def title_label(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setProperty("role", "title")
    return label


class ElidedLabel(QLabel):
    """A one-line label that, short of room, ends in "…" (the whole text in its tooltip and its
    accessible name), never cut in the middle of a word by its neighbours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(60)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width()))
        super().setText(shown)


class DayNavigator(QWidget):
    """Previous day · Today · Next day, a date picker, and the day in words."""

    day_changed = Signal(object)  # datetime.date

    def __init__(self, prefix: str, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._day = today()
        self.setObjectName(f"{prefix}DayNavigator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.previous_button = named(
            QPushButton(), f"{prefix}PreviousDay", self.tr("Previous day"), self.tr("Previous day")
        )
        self.today_button = named(QPushButton(self.tr("Today")), f"{prefix}Today", self.tr("Go to today"))
        self.next_button = named(QPushButton(), f"{prefix}NextDay", self.tr("Next day"), self.tr("Next day"))
        for button, arrow in ((self.previous_button, "chevron-left"), (self.next_button, "chevron-right")):
            button.setIcon(icons.icon(arrow))
            button.setProperty("flat", "nav")
            button.setFixedWidth(40)
        self.date_edit = named(QDateEdit(), f"{prefix}DatePicker", self.tr("Choose a day"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(fmt.date_input_format())
        self.day_label = ElidedLabel()
        self.day_label.setObjectName(f"{prefix}DayLabel")
        self.day_label.setProperty("role", "day")
        layout.addWidget(self.previous_button)
        layout.addWidget(self.today_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.date_edit)
        layout.addSpacing(12)
        layout.addWidget(self.day_label, 1)
        self.previous_button.clicked.connect(lambda: self.set_day(self._day - dt.timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.set_day(self._day + dt.timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.set_day(self._today()))
        self.date_edit.dateChanged.connect(lambda d: self.set_day(fmt.pydate(d)))
        self._show()

    def day(self) -> dt.date:
        return self._day

    def set_day(self, day: dt.date) -> None:
        if day == self._day:
            return
        self._day = day
        self._show()
        self.day_changed.emit(day)

    def refresh_label(self) -> None:
        """Say the day shown again, in its own words ("Today, ...")."""
        self._show()

    def _show(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(fmt.qdate(self._day))
        self.date_edit.blockSignals(False)
        if self._day == self._today():
            text = self.tr("Today, {date}").format(date=fmt.date_text(self._day, long=True, capital=False))
        else:
            text = fmt.date_text(self._day, long=True)
        self.day_label.setText(text)
