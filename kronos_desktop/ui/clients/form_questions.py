"""The studio's questionnaire as a form to fill in (issue 14): one row per question of a
:class:`~kronos_core.forms.Template`.

- yes/no: two large toggle buttons; a question that asks for details shows its details field
  when answered "Yes";
- text: a line; choice: radio buttons (up to four choices) or a list to pick from; date: a date
  typed in the studio's format, which may stay empty;
- a required question is marked "*"; :meth:`QuestionsForm.missing` lists the required ones left
  unanswered and highlights them (the highlight goes as soon as each is answered);
- an answer that raises a health alert (:func:`kronos_core.forms.raises_alert`) is marked in red
  with the alert's words, as they will join the client's record.

``large``: the client-mode size (a tablet or a turned monitor: larger type and buttons). The
widget scrolls its own rows. :meth:`QuestionsForm.answers` gives every question of the template,
``{"value": None, "details": ""}`` when unanswered (the shape of ``consent_form.answers``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kronos_core.forms import Answers, Question, Template, alerts_of, raises_alert
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.look import themed

translate = QCoreApplication.translate

RADIO_AT_MOST = 4  # more choices than this: a list to pick from
ALERT_STYLE = "QLabel { color: @error@; font-weight: 600; }"
MISSING_STYLE = "QFrame#%s { border: 2px solid @error@; border-radius: 6px; background: @error_bg@; }"
REQUIRED_STYLE = "QLabel { color: @error@; font-weight: 700; }"
# A chosen Yes or No must be seen at a glance (and in a large font on a tablet).
TOGGLE_STYLE = (
    "QPushButton:checked { background: @accent@; color: @on_accent@; border: 2px solid @figure@; border-radius: 6px;"
    " font-weight: 700; }"
)
LARGE_PX = 22
# Large (client mode): the form's own style sheet, set before its rows are built, sizes every
# text in it (the desk's ``QWidget { font-size: 10pt }`` would win over a font set on the form)
# and makes its buttons and fields a finger's size (the desk's ``QPushButton { min-height }``
# would win over a minimum height set on a button).
LARGE_STYLE = (
    f"#questionsForm QWidget {{ font-size: {LARGE_PX}px; }}"
    " #questionsForm QPushButton { min-height: 44px; }"
    " #questionsForm QRadioButton::indicator { width: 26px; height: 26px; }"
)
LARGE_FIELD_H = 48  # a line edit's or a list's height in the large form


def _unset(group: QButtonGroup) -> None:
    """Uncheck every button of an exclusive group (Qt refuses it while exclusive)."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(False)
    group.setExclusive(True)


class QuestionRow(QFrame):
    """One question: its text, its answer's input, the details asked on "Yes", its alert."""

    changed = Signal()

    def __init__(self, question: Question, *, large: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.large = large
        self.setObjectName(f"questionRow_{question.id}")
        self.setAccessibleName(question.text)
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)

        head = QHBoxLayout()
        head.setSpacing(4)
        self.text_label = QLabel(question.text)
        self.text_label.setObjectName(f"questionText_{question.id}")
        self.text_label.setWordWrap(True)
        head.addWidget(self.text_label, 1)
        if question.required:
            star = QLabel("*")
            star.setObjectName(f"questionRequired_{question.id}")
            themed(star, self._sized(REQUIRED_STYLE))
            star.setToolTip(translate("QuestionsForm", "Required"))
            star.setAccessibleName(translate("QuestionsForm", "Required"))
            head.insertWidget(0, star)
        layout.addLayout(head)

        self.group: QButtonGroup | None = None
        self.yes: QPushButton | None = None
        self.no: QPushButton | None = None
        self.line: QLineEdit | None = None
        self.combo: QComboBox | None = None
        self.details: QLineEdit | None = None
        self.details_label: QLabel | None = None
        qid, words = question.id, question.text
        if question.kind == "yes_no":
            self.yes = named(
                QPushButton(translate("QuestionsForm", "Yes")),
                f"questionYes_{qid}",
                translate("QuestionsForm", "Yes: {question}").format(question=words),
            )
            self.no = named(
                QPushButton(translate("QuestionsForm", "No")),
                f"questionNo_{qid}",
                translate("QuestionsForm", "No: {question}").format(question=words),
            )
            self.group = QButtonGroup(self)
            row = QHBoxLayout()
            for button in (self.yes, self.no):
                button.setCheckable(True)
                themed(button, self._sized("QPushButton { }" + TOGGLE_STYLE))
                button.setMinimumHeight(56 if large else 34)
                button.setMinimumWidth(140 if large else 90)
                self.group.addButton(button)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            if question.details:
                self.details_label = QLabel(question.details)
                self.details_label.setObjectName(f"questionDetailsLabel_{qid}")
                self.details_label.setWordWrap(True)
                self.details = named(QLineEdit(), f"questionDetails_{qid}", question.details)
                if large:
                    self.details.setMinimumHeight(LARGE_FIELD_H)
                layout.addWidget(self.details_label)
                layout.addWidget(self.details)
                self.details.textEdited.connect(lambda _t: self._changed())
            self.group.buttonToggled.connect(self._toggled)
        elif question.kind == "choice" and len(question.choices) <= RADIO_AT_MOST:
            self.group = QButtonGroup(self)
            row = QHBoxLayout()
            for i, choice in enumerate(question.choices):
                radio = named(QRadioButton(choice), f"questionChoice_{qid}_{i}", f"{words}: {choice}")
                if large:
                    radio.setMinimumHeight(44)
                self.group.addButton(radio, i)
                row.addWidget(radio)
            row.addStretch(1)
            layout.addLayout(row)
            self.group.buttonToggled.connect(self._toggled)
        elif question.kind == "choice":
            self.combo = named(QComboBox(), f"questionChoice_{qid}", words)
            self.combo.addItem(translate("QuestionsForm", "Choose…"), None)
            for choice in question.choices:
                self.combo.addItem(choice, choice)
            if large:
                self.combo.setMinimumHeight(LARGE_FIELD_H)
            layout.addWidget(self.combo)
            self.combo.currentIndexChanged.connect(lambda _i: self._changed())
        else:  # text or date
            self.line = named(QLineEdit(), f"questionAnswer_{qid}", words)
            if large:
                self.line.setMinimumHeight(LARGE_FIELD_H)
            if question.kind == "date":
                example = fmt.date_text(dt.date(2026, 12, 31))
                self.line.setPlaceholderText(translate("QuestionsForm", "e.g. {date}").format(date=example))
                self.line.setMaximumWidth(320 if large else 200)
            layout.addWidget(self.line)
            self.line.textEdited.connect(lambda _t: self._changed())

        self.problem = QLabel()
        self.problem.setObjectName(f"questionProblem_{qid}")
        themed(self.problem, self._sized(ALERT_STYLE))
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.alert_label = QLabel()
        self.alert_label.setObjectName(f"questionAlert_{qid}")
        themed(self.alert_label, self._sized(ALERT_STYLE))
        self.alert_label.setWordWrap(True)
        self.alert_label.hide()
        layout.addWidget(self.alert_label)
        self._missing = False
        self._refresh()

    def _sized(self, style: str) -> str:
        """A label's own style sheet keeps the large font (a style sheet drops the parent's)."""
        return style.replace("}", f" font-size: {LARGE_PX}px; }}") if self.large else style

    # -- the answer ----------------------------------------------------------------------------
    def answer(self) -> dict[str, Any]:
        """``{"value": ..., "details": str}``: value None when not answered."""
        q = self.question
        value: Any = None
        details = ""
        if q.kind == "yes_no":
            value = True if self.yes and self.yes.isChecked() else False if self.no and self.no.isChecked() else None
            if value is True and self.details is not None:
                details = self.details.text().strip()
        elif self.group is not None:  # choice as radios
            checked = self.group.checkedId()
            value = q.choices[checked] if 0 <= checked < len(q.choices) else None
        elif self.combo is not None:
            value = self.combo.currentData()
        elif self.line is not None:
            text = self.line.text().strip()
            if q.kind == "date":
                day = fmt.parse_date(text) if text else None
                value = day.isoformat() if day else None
            else:
                value = text or None
        return {"value": value, "details": details}

    def set_answer(self, answer: dict[str, Any] | None) -> None:
        q = self.question
        value = None if answer is None else answer.get("value")
        details = "" if answer is None else str(answer.get("details") or "")
        blockers = [w for w in (self.group, self.combo, self.line, self.details) if w is not None]
        for w in blockers:
            w.blockSignals(True)
        try:
            if q.kind == "yes_no" and self.group is not None:
                _unset(self.group)
                if value is True and self.yes:
                    self.yes.setChecked(True)
                elif value is False and self.no:
                    self.no.setChecked(True)
                if self.details is not None:
                    self.details.setText(details)
            elif self.group is not None:
                _unset(self.group)
                if isinstance(value, str) and value in q.choices:
                    button = self.group.button(q.choices.index(value))
                    if button is not None:
                        button.setChecked(True)
            elif self.combo is not None:
                index = self.combo.findData(value) if isinstance(value, str) else -1
                self.combo.setCurrentIndex(max(0, index))
            elif self.line is not None:
                text = ""
                if isinstance(value, str) and value:
                    if q.kind == "date":
                        try:
                            text = fmt.date_text(dt.date.fromisoformat(value))
                        except ValueError:
                            text = value
                    else:
                        text = value
                self.line.setText(text)
        finally:
            for w in blockers:
                w.blockSignals(False)
        self._refresh()

    def is_answered(self) -> bool:
        value = self.answer()["value"]
        return value is not None and (not isinstance(value, str) or bool(value.strip()))

    # -- marks ---------------------------------------------------------------------------------
    def set_missing(self, missing: bool) -> None:
        self._missing = missing
        themed(self, MISSING_STYLE % self.objectName() if missing else "")
        self._refresh()

    def is_missing(self) -> bool:
        return self._missing

    def alert_words(self) -> str | None:
        """The alert this answer raises, in the words the client's record will get; None."""
        answer = self.answer()
        if not raises_alert(self.question, answer):
            return None
        one = Template(language="", title="", questions=(self.question,), consent_text="", image_use_text="")
        found = alerts_of(one, {self.question.id: answer})
        return found[0][1] if found else (self.question.alert or self.question.text)

    def _toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        self._changed()

    def _changed(self) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        answer = self.answer()
        if self.details is not None and self.details_label is not None:
            shown = answer["value"] is True
            self.details.setVisible(shown)
            self.details_label.setVisible(shown)
        problem = ""
        typed = self.line.text().strip() if self.line is not None else ""
        if self.question.kind == "date" and typed and answer["value"] is None:
            example = fmt.date_text(dt.date(2026, 12, 31))
            problem = translate("QuestionsForm", "Type the date as {example}.").format(example=example)
        if self._missing and self.is_answered():
            self._missing = False
            themed(self, "")
        if not problem and self._missing:
            problem = translate("QuestionsForm", "Please answer this question.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        words = self.alert_words()
        self.alert_label.setText(
            translate("QuestionsForm", "Health alert: {words}").format(words=words) if words else ""
        )
        self.alert_label.setAccessibleName(self.alert_label.text())
        self.alert_label.setVisible(bool(words))


class QuestionsForm(QWidget):
    """The questions of ``template``, one row each, to answer; scrolls its own rows."""

    changed = Signal()

    def __init__(self, template: Template, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.template = template
        self.large = large
        self.setObjectName("questionsForm")
        self.setAccessibleName(translate("QuestionsForm", "Health questionnaire"))
        if large:
            font = self.font()
            font.setPixelSize(LARGE_PX)
            self.setFont(font)
            self.setStyleSheet(LARGE_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("questionsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area)
        body = QWidget()
        body.setObjectName("questionsBody")
        column = QVBoxLayout(body)
        column.setSpacing(14 if large else 6)
        self.rows: dict[str, QuestionRow] = {}
        for question in template.questions:
            row = QuestionRow(question, large=large)
            row.changed.connect(self.changed)
            self.rows[question.id] = row
            column.addWidget(row)
        if not template.questions:
            empty = QLabel(translate("QuestionsForm", "This questionnaire has no questions yet."))
            empty.setObjectName("questionsEmpty")
            empty.setProperty("role", "empty")
            column.addWidget(empty)
        column.addStretch(1)
        self.scroll_area.setWidget(body)

    def answers(self) -> Answers:
        """Every question's answer, keyed by question id (value None when not answered)."""
        return {qid: row.answer() for qid, row in self.rows.items()}

    def set_answers(self, answers: Answers) -> None:
        """Show ``answers`` (questions not in it are left unanswered); emits ``changed`` once."""
        for qid, row in self.rows.items():
            row.set_answer(answers.get(qid))
        self.changed.emit()

    def missing(self) -> list[Question]:
        """The required questions left unanswered, in order; highlights them (and only them)
        and scrolls to the first."""
        found: list[Question] = []
        for row in self.rows.values():
            gap = row.question.required and not row.is_answered()
            row.set_missing(gap)
            if gap:
                found.append(row.question)
        if found:
            self.scroll_area.ensureWidgetVisible(self.rows[found[0].id])
        return found

    def alerts(self) -> list[tuple[str, str]]:
        """The health alerts the answers raise now: ``(client field, words)``."""
        return alerts_of(self.template, self.answers())

    def set_read_only(self, read_only: bool) -> None:
        """Show the answers without letting them change (a signed form)."""
        for row in self.rows.values():
            for widget in row.findChildren(QWidget):
                if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox)):
                    widget.setEnabled(not read_only)
