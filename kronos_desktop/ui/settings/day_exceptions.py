"""The days a member's hours differ from their week (kronos_core.hours.DayException): a small list
of dates, each a day off or its own spans ("10:00-14:00, 15:00-18:00"), checked by
kronos_core.hours' rules as the mutation checks them; what is wrong is said under the line."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core.hours import MAX_SPANS_A_DAY, DayException, HoursProblem, Span, parse_spans
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named

translate = QCoreApplication.translate
_SPLIT = re.compile(r"[,;]")
_DASH = re.compile(r"\s*[-–—]\s*|\s+(?:to|a|às|as|até)\s+")


def spans_text(spans: tuple[Span, ...]) -> str:
    if not spans:
        return translate("DayExceptions", "Day off")
    return ", ".join("{}–{}".format(*span.text()) for span in spans)


def parse_spans_text(text: str, day: str) -> tuple[Span, ...]:
    """ "10:00-14:00, 15:00-18:00" → spans, checked (:class:`HoursProblem`)."""
    pairs: list[list[str]] = []
    for part in _SPLIT.split(text):
        if not part.strip():
            continue
        ends = [e.strip() for e in _DASH.split(part.strip()) if e.strip()]
        if len(ends) != 2:
            raise HoursProblem("bad_time", day, f"{part!r} is not a span")
        pairs.append([_clock(ends[0]), _clock(ends[1])])
    if not pairs:
        raise HoursProblem("bad_time", day, "no span")
    return parse_spans(pairs, day)


def _clock(text: str) -> str:
    """ "9" → "09:00", "9h30" / "9:30" → "09:30" (kronos_core.hours checks the rest)."""
    found = re.fullmatch(r"(\d{1,2})(?:[:hH.](\d{2}))?[hH]?", text)
    if found is None:
        return text
    return f"{int(found.group(1)):02d}:{found.group(2) or '00'}"


def problem_text(problem: HoursProblem) -> str:
    texts = {
        "end_before_start": translate("DayExceptions", "A span ends before it starts."),
        "overlap": translate("DayExceptions", "Two spans of the day overlap."),
        "too_many": translate("DayExceptions", "At most {count} spans a day.").format(count=MAX_SPANS_A_DAY),
    }
    return texts.get(
        problem.code, translate("DayExceptions", "Type the hours as 10:00-14:00 (two spans: 10:00-13:00, 14:00-18:00).")
    )


class DayExceptionsEditor(QWidget):
    """The dates whose hours differ, sorted; add (or replace) a date, remove the one chosen."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffExceptions")
        self.setAccessibleName(translate("DayExceptions", "Days that differ"))
        self._days: dict[dt.date, DayException] = {}
        self.list = named(QListWidget(), "staffExceptionsList", translate("DayExceptions", "Days that differ"))
        self.list.setMaximumHeight(110)
        self.date = named(QDateEdit(), "staffExceptionDate", translate("DayExceptions", "Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(fmt.date_input_format())
        self.date.setDate(fmt.qdate(today))
        self.off = named(
            QCheckBox(translate("DayExceptions", "Day off")), "staffExceptionOff", translate("DayExceptions", "Day off")
        )
        self.off.setChecked(True)
        self.spans = named(QLineEdit(), "staffExceptionSpans", translate("DayExceptions", "Hours that day"))
        self.spans.setPlaceholderText(translate("DayExceptions", "e.g. 10:00-14:00"))
        self.spans.setEnabled(False)
        self.add = named(
            QPushButton(translate("DayExceptions", "Add day")),
            "staffExceptionAdd",
            translate("DayExceptions", "Add this day"),
            translate("DayExceptions", "Add the day (a date already listed is replaced)"),
        )
        self.remove = named(
            QPushButton(translate("DayExceptions", "Remove")),
            "staffExceptionRemove",
            translate("DayExceptions", "Remove the chosen day"),
        )
        self.remove.setEnabled(False)
        self.problem = QLabel()
        self.problem.setObjectName("staffExceptionProblem")
        self.problem.setProperty("role", "error")
        self.problem.hide()

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.date)
        line.addWidget(self.off)
        line.addWidget(self.spans, 1)
        line.addWidget(self.add)
        line.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(line)
        layout.addWidget(self.problem)

        self.off.toggled.connect(lambda off: self.spans.setEnabled(not off))
        self.add.clicked.connect(self.add_day)
        self.spans.returnPressed.connect(self.add_day)
        self.remove.clicked.connect(self.remove_chosen)
        self.list.currentRowChanged.connect(lambda row: self.remove.setEnabled(row >= 0))

    def set_exceptions(self, days: tuple[DayException, ...]) -> None:
        self._days = {d.date: d for d in days}
        self._show()

    def exceptions(self) -> list[DayException]:
        return [self._days[d] for d in sorted(self._days)]

    def add_day(self) -> None:
        day = fmt.pydate(self.date.date())
        try:
            spans = () if self.off.isChecked() else parse_spans_text(self.spans.text(), day.isoformat())
        except HoursProblem as problem:
            self._say(problem_text(problem))
            self.spans.setFocus()
            return
        self._say("")
        self._days[day] = DayException(day, spans)
        self._show(select=day)
        self.changed.emit()

    def remove_chosen(self) -> None:
        if self.list.currentRow() < 0:
            return
        day = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        if day is None:
            return
        self._days.pop(day, None)
        self._show()
        self.changed.emit()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _show(self, select: dt.date | None = None) -> None:
        self.list.clear()
        for day in sorted(self._days):
            text = f"{fmt.date_text(day)} — {spans_text(self._days[day].spans)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.list.addItem(item)
            if day == select:
                self.list.setCurrentItem(item)
        if not self._days:
            empty = QListWidgetItem(translate("DayExceptions", "None: the week's hours every day"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.remove.setEnabled(self.list.currentItem() is not None and select is not None)
