"""The fields of the time-off dialog and their check: artist, reason, one day / several days /
weekly on chosen weekdays until an end date (at most a year), from–to or the whole day, and the
dates taken out. :meth:`TimeOffForm.plan` gives the time off as ``time_off.add`` takes it, or
None with each mistake said under its field."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kronos_core.schema import APPOINTMENT_MAX_HOURS, TIME_OFF_MAX_DAYS
from kronos_core.time_off import series_days
from kronos_desktop.store.queries import time_off as time_off_q
from kronos_desktop.store.queries.time_off import TimeOffSetup
from kronos_desktop.ui.agenda.time_off_parts import ExcludedDates
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named

ONCE, SEVERAL, WEEKLY = 0, 1, 2
MIDNIGHT = 1440


@dataclass(frozen=True)
class Plan:
    """A time off as typed, checked: what ``time_off.add`` is given."""

    artist_id: uuid.UUID
    reason: str
    first_day: dt.date
    last_day: dt.date
    weekdays: tuple[int, ...]
    start_minute: int
    end_minute: int
    excluded: tuple[dt.date, ...]

    def days(self) -> list[dt.date]:
        return series_days(self.first_day, self.last_day, self.weekdays, self.excluded)


def problem_label(object_name: str) -> QLabel:
    """The line under a field that says what is wrong with it (hidden while nothing is)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def _minutes(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


class TimeOffForm(QWidget):
    changed = Signal()  # a field changed: check again

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeOffForm")
        self.setup = TimeOffSetup()
        self.ready = False  # the artists are in
        self.artist = named(QComboBox(), "timeOffArtist", self.tr("Artist"))
        self.artist_problem = problem_label("timeOffArtistProblem")
        self.reason = named(QLineEdit(), "timeOffReason", self.tr("Reason"))
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Holiday, lunch, a convention…"))
        self.mode = QButtonGroup(self)
        modes = QHBoxLayout()
        for mode, text, name in (
            (ONCE, self.tr("One day"), "timeOffOnce"),
            (SEVERAL, self.tr("Several days"), "timeOffSeveral"),
            (WEEKLY, self.tr("Weekly"), "timeOffWeekly"),
        ):
            button = named(QRadioButton(text), name, text)
            self.mode.addButton(button, mode)
            modes.addWidget(button)
        modes.addStretch(1)
        self.mode.button(ONCE).setChecked(True)
        self.first = self._date("timeOffFirst", self.tr("First day"), today)
        self.last = self._date("timeOffLast", self.tr("Last day"), today)
        self.last_label = QLabel()
        self.days_problem = problem_label("timeOffDaysProblem")
        self.weekday_boxes: list[QCheckBox] = []
        self.weekdays_row = QWidget()
        weekdays = QHBoxLayout(self.weekdays_row)
        weekdays.setContentsMargins(0, 0, 0, 0)
        weekdays.setSpacing(4)
        for index in range(7):
            short = fmt.locale().dayName(index + 1, QLocale.FormatType.ShortFormat)
            box = named(QCheckBox(short), f"timeOffWeekday{index}", fmt.locale().dayName(index + 1))
            box.setChecked(index == today.weekday())
            self.weekday_boxes.append(box)
            weekdays.addWidget(box)
        self.weekdays_label = QLabel(self.tr("On"))
        self.weekday_problem = problem_label("timeOffWeekdayProblem")
        self.whole_day = named(QCheckBox(self.tr("Whole day")), "timeOffWholeDay", self.tr("Whole day"))
        self.whole_day.setToolTip(self.tr("The studio's opening hours of those days"))
        self.start = self._time("timeOffStart", self.tr("From"), QTime(12, 0))
        self.end = self._time("timeOffEnd", self.tr("To"), QTime(13, 0))
        self.end.setToolTip(self.tr("00:00 is midnight at the end of the day"))
        self.time_problem = problem_label("timeOffTimeProblem")
        self.excluded = ExcludedDates(today)
        self.excluded_label = QLabel(self.tr("Dates taken out"))

        days = QHBoxLayout()
        days.addWidget(self.first)
        days.addWidget(self.last_label)
        days.addWidget(self.last)
        days.addStretch(1)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addWidget(self.whole_day)
        times.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the fields keep their height; the room left stays below them
        form.addRow(self.tr("Artist"), self.artist)
        form.addRow("", self.artist_problem)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Repeat"), modes)
        form.addRow(self.tr("Days"), days)
        form.addRow("", self.days_problem)
        form.addRow(self.weekdays_label, self.weekdays_row)
        form.addRow("", self.weekday_problem)
        form.addRow(self.tr("Hours"), times)
        form.addRow("", self.time_problem)
        form.addRow(self.excluded_label, self.excluded)

        self.mode.idToggled.connect(self._mode_toggled)
        self.whole_day.toggled.connect(self._whole_day_toggled)
        for date_edit in (self.first, self.last):
            date_edit.dateChanged.connect(self.changed)
        for time_edit in (self.start, self.end):
            time_edit.timeChanged.connect(self.changed)
        for box in self.weekday_boxes:
            box.toggled.connect(self.changed)
        self.artist.currentIndexChanged.connect(self.changed)
        self.excluded.changed.connect(self.changed)
        self._show_mode()

    def _date(self, name: str, accessible: str, day: dt.date) -> QDateEdit:
        edit = named(QDateEdit(), name, accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(fmt.date_input_format())
        edit.setDate(fmt.qdate(day))
        return edit

    def _time(self, name: str, accessible: str, time: QTime) -> QTimeEdit:
        edit = named(QTimeEdit(), name, accessible)
        edit.setDisplayFormat("HH:mm")
        edit.setTime(time)
        return edit

    def set_setup(self, setup: TimeOffSetup, artist_id: uuid.UUID | None) -> None:
        """The artists (``artist_id`` chosen, if given) and the studio's hours, as read."""
        self.setup = setup
        self.artist.blockSignals(True)
        for each, name in setup.artists.items():
            self.artist.addItem(name, str(each))  # a combo keeps text data; ids compare as text
        if artist_id is not None:
            self.artist.setCurrentIndex(max(0, self.artist.findData(str(artist_id))))
        self.artist.blockSignals(False)
        self.ready = True

    def typed(self) -> bool:
        return bool(self.reason.text().strip()) or bool(self.excluded.days())

    # -- one day, several, weekly; whole day --------------------------------------------------
    def _mode_toggled(self, _mode: int, on: bool) -> None:
        if on:
            self._show_mode()
            self.changed.emit()

    def _show_mode(self) -> None:
        mode = self.mode.checkedId()
        for widget in (self.last, self.last_label, self.excluded, self.excluded_label):
            widget.setVisible(mode != ONCE)
        self.last_label.setText(self.tr("until") if mode == WEEKLY else self.tr("to"))
        self.weekdays_row.setVisible(mode == WEEKLY)
        self.weekdays_label.setVisible(mode == WEEKLY)

    def _whole_day_toggled(self, on: bool) -> None:
        self.start.setEnabled(not on)
        self.end.setEnabled(not on)
        self.changed.emit()

    # -- the check ----------------------------------------------------------------------------
    @staticmethod
    def say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def problems(self) -> list[QLabel]:
        return [self.artist_problem, self.days_problem, self.weekday_problem, self.time_problem]

    def _days(self) -> tuple[dt.date, dt.date, tuple[int, ...]]:
        mode = self.mode.checkedId()
        first = fmt.pydate(self.first.date())
        if mode == ONCE:
            return first, first, (first.weekday(),)
        last = fmt.pydate(self.last.date())
        if mode == SEVERAL:
            return first, last, tuple(range(7))
        return first, last, tuple(i for i, box in enumerate(self.weekday_boxes) if box.isChecked())

    def plan(self) -> Plan | None:
        """The time off as typed, or None with each mistake said at its field."""
        for label in self.problems():
            self.say(label, "")
        ok = True
        artist = self.artist.currentData()
        if self.ready and not artist:
            self.say(self.artist_problem, self.tr("Choose an artist."))
            ok = False
        first, last, weekdays = self._days()
        excluded = tuple(self.excluded.days()) if self.mode.checkedId() != ONCE else ()
        if last < first:
            self.say(self.days_problem, self.tr("The last day is before the first."))
            ok = False
        elif (last - first).days > TIME_OFF_MAX_DAYS:
            latest = fmt.date_text(first + dt.timedelta(days=TIME_OFF_MAX_DAYS))
            self.say(self.days_problem, self.tr("Time off lasts at most a year: until {date}.").format(date=latest))
            ok = False
        if not weekdays:
            self.say(self.weekday_problem, self.tr("Choose at least one weekday."))
            ok = False
        if not ok:
            return None
        days = series_days(first, last, weekdays, excluded)
        if not days:
            self.say(self.days_problem, self.tr("No day is left once the dates taken out are removed."))
            return None
        span = self._span(days)
        if span is None or not artist:
            return None
        return Plan(uuid.UUID(str(artist)), self.reason.text().strip(), first, last, weekdays, *span, excluded)

    def _span(self, days: list[dt.date]) -> tuple[int, int] | None:
        if self.whole_day.isChecked():
            span = time_off_q.whole_day(self.setup.opening, days)
            if span is None:
                self.say(self.time_problem, self.tr("The studio does not open on these days: choose the hours."))
                return None
            for edit, minute in ((self.start, span[0]), (self.end, span[1] % MIDNIGHT)):
                edit.blockSignals(True)
                edit.setTime(QTime(minute // 60, minute % 60))
                edit.blockSignals(False)
            return span
        start = _minutes(self.start.time())
        end = _minutes(self.end.time()) or MIDNIGHT  # 00:00 as an end: midnight
        if end == start:
            self.say(self.time_problem, self.tr("The time off must last more than zero minutes."))
            return None
        if end < start:
            self.say(self.time_problem, self.tr("The end is before the start."))
            return None
        if end - start > APPOINTMENT_MAX_HOURS * 60:
            text = self.tr("A day's time off lasts at most %n hour(s).", "", APPOINTMENT_MAX_HOURS)
            self.say(self.time_problem, text)
            return None
        return start, end
