"""A week of hours, edited a weekday a row: the studio's opening hours (the Settings page) and a
member's working hours (the staff page) use the same widget.

Each row: the day's name, an "Open" box, and one to four spans (from – to) with "+" to add a
span and "×" to take one away. An end of 00:00 is midnight at the end of the day ("24:00" in
kronos_core.hours). The rules are kronos_core.hours' own (:func:`parse_spans`), so the form
refuses what the mutation would, and says so on the day's row: "Tuesday: closing time is before
opening time".

API (kept stable for the staff page): :meth:`HoursEditor.set_week` (fills the rows, says nothing),
:meth:`HoursEditor.week` (None while a day is wrong), :meth:`HoursEditor.problems` (a line per
wrong day, in the person's language) and the :attr:`HoursEditor.changed` signal (any edit).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kronos_core.hours import MAX_SPANS_A_DAY, WEEKDAYS, HoursProblem, Span, Week, parse_spans
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.look import themed

translate = QCoreApplication.translate
DEFAULT_SPAN = Span(600, 1140)  # what a day just opened gets: 10:00 to 19:00
# A field whose value cannot be kept (``invalid`` property): a red border where the style sheet
# draws the frame; a pale red background on spin and time boxes (a border would drop their arrows).
INVALID_STYLE = (
    'QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"]'
    " { border: 1px solid @error@; }"
    ' QAbstractSpinBox[invalid="true"] { background: @error_bg@; color: @error_text@; }'
)
_KEYS = {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun"}


def day_name(key: str) -> str:
    """A weekday (kronos_core.hours.WEEKDAYS) by its name, in the person's language."""
    names = {
        "mon": translate("HoursEditor", "Monday"),
        "tue": translate("HoursEditor", "Tuesday"),
        "wed": translate("HoursEditor", "Wednesday"),
        "thu": translate("HoursEditor", "Thursday"),
        "fri": translate("HoursEditor", "Friday"),
        "sat": translate("HoursEditor", "Saturday"),
        "sun": translate("HoursEditor", "Sunday"),
    }
    return names.get(key, key)


def problem_text(problem: HoursProblem) -> str:
    """A :class:`HoursProblem` of a weekday in words, naming the day."""
    day = day_name(problem.day)
    texts = {
        "end_before_start": translate("HoursEditor", "{day}: closing time is before opening time"),
        "overlap": translate("HoursEditor", "{day}: two spans of the day overlap"),
        "too_many": translate("HoursEditor", "{day}: at most {count} spans a day"),
    }
    text = texts.get(problem.code, translate("HoursEditor", "{day}: check the times"))
    return text.format(day=day, count=MAX_SPANS_A_DAY)


def _qtime(minutes: int) -> QTime:
    return QTime(0, 0) if minutes >= 1440 else QTime(minutes // 60, minutes % 60)


def _clock(time: QTime, *, end: bool) -> str:
    if end and time.hour() == 0 and time.minute() == 0:
        return "24:00"  # midnight at the end of the day
    return f"{time.hour():02d}:{time.minute():02d}"


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field whose value cannot be kept (drawn by :data:`INVALID_STYLE`, which the widget
    or one of its parents carries)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _SpanEdit(QWidget):
    """From – to, with × to take the span away (not on a day's first span)."""

    def __init__(self, prefix: str, key: str, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        day = day_name(key)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.start = named(
            QTimeEdit(), f"{prefix}{_KEYS[key]}Start{index}", translate("HoursEditor", "{day}: from").format(day=day)
        )
        self.end = named(
            QTimeEdit(),
            f"{prefix}{_KEYS[key]}End{index}",
            translate("HoursEditor", "{day}: to").format(day=day),
            translate("HoursEditor", "00:00 is midnight, the end of the day"),
        )
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.setMinimumWidth(72)
        self.remove = named(
            QPushButton("×"),
            f"{prefix}{_KEYS[key]}RemoveSpan{index}",
            translate("HoursEditor", "{day}: remove this span").format(day=day),
            translate("HoursEditor", "Remove this span"),
        )
        self.remove.setFixedWidth(28)
        self.remove.setVisible(index > 1)
        row.addWidget(self.start)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end)
        row.addWidget(self.remove)

    def set_span(self, span: Span) -> None:
        self.start.setTime(_qtime(span.start))
        self.end.setTime(_qtime(span.end))

    def pair(self) -> list[str]:
        return [_clock(self.start.time(), end=False), _clock(self.end.time(), end=True)]


class _DayRow:
    """One weekday's widgets in the editor's grid."""

    def __init__(self, editor: HoursEditor, prefix: str, key: str, working: bool = False) -> None:
        self.editor = editor
        self.prefix = prefix
        self.key = key
        day = day_name(key)
        self.label = QLabel(day)
        self.label.setObjectName(f"{prefix}{_KEYS[key]}Name")
        self.open = named(
            QCheckBox(translate("HoursEditor", "Works") if working else translate("HoursEditor", "Open")),
            f"{prefix}{_KEYS[key]}Open",
            (translate("HoursEditor", "{day}: works") if working else translate("HoursEditor", "{day}: open")).format(
                day=day
            ),
        )
        self.spans_box = QWidget()
        self.spans_layout = QHBoxLayout(self.spans_box)
        self.spans_layout.setContentsMargins(0, 0, 0, 0)
        self.spans_layout.setSpacing(12)
        self.spans: list[_SpanEdit] = []
        self.add = named(
            QPushButton(translate("HoursEditor", "+ span")),
            f"{prefix}{_KEYS[key]}AddSpan",
            translate("HoursEditor", "{day}: add a span").format(day=day),
            translate("HoursEditor", "Add another span to the day (e.g. after a lunch break)"),
        )
        self.closed = QLabel(translate("HoursEditor", "Day off") if working else translate("HoursEditor", "Closed"))
        self.closed.setProperty("role", "muted")
        self.problem = QLabel()
        self.problem.setObjectName(f"{prefix}{_KEYS[key]}Problem")
        self.problem.setProperty("role", "error")
        self.problem.hide()
        self.open.toggled.connect(self._toggled)
        self.add.clicked.connect(lambda: self._add_span(DEFAULT_SPAN if not self.spans else None, emit=True))

    def set_spans(self, spans: tuple[Span, ...]) -> None:
        while self.spans:
            self._drop(self.spans[-1])
        self.open.blockSignals(True)
        self.open.setChecked(bool(spans))
        self.open.blockSignals(False)
        for span in spans or (DEFAULT_SPAN,):
            self._add_span(span, emit=False)
        self._show_open()

    def raw(self) -> list[list[str]]:
        return [edit.pair() for edit in self.spans] if self.open.isChecked() else []

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        for edit in self.spans:
            mark_invalid(edit.start, bool(text))
            mark_invalid(edit.end, bool(text))

    def _add_span(self, span: Span | None, *, emit: bool) -> None:
        if len(self.spans) >= MAX_SPANS_A_DAY:
            return
        if span is None:  # after the last span: an hour later, an hour long
            last = self.spans[-1].end.time()
            begin = min(last.hour() * 60 + last.minute() + 60, 1380) if last != QTime(0, 0) else 1380
            span = Span(begin, min(begin + 60, 1440))
        edit = _SpanEdit(self.prefix, self.key, len(self.spans) + 1)
        edit.set_span(span)
        edit.start.timeChanged.connect(self.editor._edited)
        edit.end.timeChanged.connect(self.editor._edited)
        edit.remove.clicked.connect(lambda: self._remove(edit))
        self.spans.append(edit)
        self.spans_layout.addWidget(edit)
        self._show_open()
        if emit:
            self.editor._edited()

    def _drop(self, edit: _SpanEdit) -> None:
        self.spans.remove(edit)
        self.spans_layout.removeWidget(edit)
        edit.setParent(None)
        edit.deleteLater()

    def _remove(self, edit: _SpanEdit) -> None:
        if edit in self.spans and len(self.spans) > 1:
            self._drop(edit)
            for index, rest in enumerate(self.spans, start=1):
                rest.start.setObjectName(f"{self.prefix}{_KEYS[self.key]}Start{index}")
                rest.end.setObjectName(f"{self.prefix}{_KEYS[self.key]}End{index}")
                rest.remove.setObjectName(f"{self.prefix}{_KEYS[self.key]}RemoveSpan{index}")
            self._show_open()
            self.editor._edited()

    def _toggled(self, _checked: bool) -> None:
        self._show_open()
        self.editor._edited()

    def _show_open(self) -> None:
        is_open = self.open.isChecked()
        self.spans_box.setVisible(is_open)
        self.closed.setVisible(not is_open)
        self.add.setVisible(is_open)
        self.add.setEnabled(len(self.spans) < MAX_SPANS_A_DAY)


class HoursEditor(QWidget):
    """A week of hours, a row a weekday (Monday first). ``prefix`` starts every object name
    (``hoursTueStart1``, ``staffHoursSatOpen``...), so two editors in one window stay apart."""

    changed = Signal()  # any edit by the person (not set_week)

    def __init__(self, prefix: str = "hours", parent: QWidget | None = None, *, working: bool = False) -> None:
        """``working``: a member's working hours ("Works", "Day off"), not the studio's ("Open")."""
        super().__init__(parent)
        self.setObjectName(f"{prefix}Editor")
        self.setAccessibleName(translate("HoursEditor", "Hours of the week"))
        themed(self, INVALID_STYLE)
        self._rows = [_DayRow(self, prefix, key, working) for key in WEEKDAYS]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for index, row in enumerate(self._rows):
            line = index * 2
            grid.addWidget(row.label, line, 0)
            grid.addWidget(row.open, line, 1)
            grid.addWidget(row.closed, line, 2)
            grid.addWidget(row.spans_box, line, 2)
            grid.addWidget(row.add, line, 3)
            grid.addWidget(row.problem, line + 1, 2, 1, 3)
        grid.setColumnStretch(4, 1)
        outer.addLayout(grid)
        self.set_week(Week(tuple(() for _ in WEEKDAYS)))

    def set_week(self, week: Week) -> None:
        """Show ``week`` (no :attr:`changed`: it is what the form starts from)."""
        for row, spans in zip(self._rows, week.days, strict=True):
            row.set_spans(spans)
        self._check()

    def raw(self) -> dict[str, list[list[str]]]:
        """The week as typed, in kronos_core.hours' JSON form (checked or not)."""
        return {row.key: row.raw() for row in self._rows}

    def week(self) -> Week | None:
        """The week shown, or None while a day is wrong (:meth:`problems` says which)."""
        try:
            return Week(tuple(parse_spans(row.raw(), row.key) for row in self._rows))
        except HoursProblem:
            return None

    def day_problems(self) -> dict[str, str]:
        """The wrong days' lines by weekday key (``"tue": "Tuesday: ..."``)."""
        found: dict[str, str] = {}
        for row in self._rows:
            try:
                parse_spans(row.raw(), row.key)
            except HoursProblem as problem:
                found[row.key] = problem_text(problem)
        return found

    def problems(self) -> list[str]:
        """A line per wrong day ("Tuesday: closing time is before opening time"), Monday first."""
        return list(self.day_problems().values())

    def _check(self) -> None:
        found = self.day_problems()
        for row in self._rows:
            row.show_problem(found.get(row.key, ""))

    def _edited(self) -> None:
        self._check()
        self.changed.emit()
