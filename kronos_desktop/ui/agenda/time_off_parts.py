"""Pieces of the time-off dialog: the list of dates taken out of a series, and a booking the
planned time off would hold (with Move… and Cancel)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kronos_desktop.store.queries.time_off import HeldBooking
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named


class ExcludedDates(QWidget):
    """Dates taken out of the time off: a date, Add, the list, and Remove."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeOffExcludedDates")
        self.date_edit = named(QDateEdit(), "timeOffExcludeDate", self.tr("A date to take out"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(fmt.date_input_format())
        self.date_edit.setDate(fmt.qdate(today))
        self.add_button = named(QPushButton(self.tr("Take out")), "timeOffExcludeAdd", self.tr("Take this date out"))
        self.list = named(QListWidget(), "timeOffExcluded", self.tr("Dates taken out"))
        self.list.setMaximumHeight(90)
        self.remove_button = named(
            QPushButton(self.tr("Put back")), "timeOffExcludeRemove", self.tr("Put the chosen date back")
        )
        self.remove_button.setEnabled(False)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.date_edit)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.add_button.clicked.connect(lambda: self.add(fmt.pydate(self.date_edit.date())))
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(lambda: self.remove_button.setEnabled(bool(self.list.selectedItems())))

    def days(self) -> list[dt.date]:
        return sorted(self._day(self.list.item(i)) for i in range(self.list.count()))

    @staticmethod
    def _day(item: QListWidgetItem | None) -> dt.date:
        assert item is not None
        return dt.date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole)))

    def add(self, day: dt.date) -> None:
        """Take ``day`` out (the list stays in the order of the days)."""
        if day in self.days():
            return
        days = sorted([*self.days(), day])
        self.list.clear()
        for each in days:
            item = QListWidgetItem(fmt.date_text(each))
            item.setData(Qt.ItemDataRole.UserRole, each.isoformat())
            self.list.addItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()


class HeldRow(QFrame):
    """A booking the time off would hold: who, when, and Move… / Cancel."""

    def __init__(self, booking: HeldBooking, zone: zoneinfo.ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.booking = booking
        self.setObjectName("timeOffHeldRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.words = self.describe(booking, zone)
        label = QLabel(self.words)
        label.setObjectName("timeOffHeldText")
        label.setWordWrap(True)
        self.label = label
        self.move_button = named(
            QPushButton(self.tr("Move…")),
            "timeOffMoveBooking",
            self.tr("Move {booking}").format(booking=self.words),
        )
        self.cancel_button = named(
            QPushButton(self.tr("Cancel booking")),
            "timeOffCancelBooking",
            self.tr("Cancel {booking}").format(booking=self.words),
        )
        self.move_button.setVisible(booking.client_name is not None)  # earlier time off is not moved
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addLayout(buttons)

    def describe(self, booking: HeldBooking, zone: zoneinfo.ZoneInfo) -> str:
        """ "Ana Souza · 05/12/2026 · 14:00 – 17:00" (earlier time off: "Time off: <reason>")."""
        if booking.client_name is not None:
            who = booking.client_name
        elif booking.notes:
            who = self.tr("Time off: {reason}").format(reason=booking.notes)
        else:
            who = fmt.kind_label("block")
        day = fmt.date_text(booking.starts_at.astimezone(zone).date())
        return f"{who} · {day} · {fmt.time_range_text(booking.starts_at, booking.ends_at, zone)}"
