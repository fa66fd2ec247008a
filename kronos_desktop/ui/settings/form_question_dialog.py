"""Add or edit one question of the studio's questionnaire (issue 14): its kind (yes/no, text,
choice, date), its words, whether it is required, the choices of a choice question, the details a
"Yes" asks for, which answers raise a health alert, the alert's words and which of the client's
health fields (allergies, medical alerts, medication) it joins.

The question keeps its id when edited (answers and alerts of older versions keep their meaning);
a new one gets a fresh id. Nothing is written here: the page publishes the whole questionnaire.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core.forms import HEALTH_FIELDS, Question
from kronos_core.schema import FORM_QUESTION_KINDS
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named

translate = QCoreApplication.translate
TEXT_MAX = 500


def kind_text(kind: str) -> str:
    return {
        "yes_no": translate("FormQuestion", "Yes / no"),
        "text": translate("FormQuestion", "Text"),
        "choice": translate("FormQuestion", "Choice"),
        "date": translate("FormQuestion", "Date"),
    }.get(kind, kind)


def field_text(field: str) -> str:
    return {
        "allergies": translate("FormQuestion", "Allergies"),
        "medical_alerts": translate("FormQuestion", "Medical alerts"),
        "medication": translate("FormQuestion", "Medication"),
    }.get(field, field)


def choices_of(text: str) -> tuple[str, ...]:
    """One choice a line, blank lines and repeats left out."""
    found: list[str] = []
    for line in text.splitlines():
        choice = " ".join(line.split())
        if choice and choice not in found:
            found.append(choice)
    return tuple(found)


class QuestionDialog(KeyedDialog):
    """``question``: the one edited, or None for a new one; ``question()``: it as the form shows."""

    def __init__(self, question: Question | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = question
        self.question_id = question.id if question is not None else uuid.uuid4().hex
        self.setObjectName("formQuestionDialog")
        title = self.tr("New question") if question is None else self.tr("Edit question")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)

        self.kind = named(QComboBox(), "questionKind", self.tr("Kind of answer"))
        for kind in FORM_QUESTION_KINDS:
            self.kind.addItem(kind_text(kind), kind)
        self.text = named(QPlainTextEdit(), "questionTextEdit", self.tr("Question"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(60)
        self.required = named(QCheckBox(self.tr("An answer is required")), "questionRequiredCheck", self.tr("Required"))
        self.choices = named(QPlainTextEdit(), "questionChoices", self.tr("Choices, one a line"))
        self.choices.setTabChangesFocus(True)
        self.choices.setFixedHeight(80)
        self.choices.setPlaceholderText(self.tr("One choice a line"))
        self.details = named(QLineEdit(), "questionDetailsPrompt", self.tr("Details asked on Yes"))
        self.details.setPlaceholderText(self.tr("e.g. Which ones? (leave empty to ask none)"))
        self.alert_yes = named(QCheckBox(self.tr("Yes")), "questionAlertYes", self.tr("A Yes raises an alert"))
        self.alert_no = named(QCheckBox(self.tr("No")), "questionAlertNo", self.tr("A No raises an alert"))
        self.alert_any = named(
            QCheckBox(self.tr("Any answer")), "questionAlertAny", self.tr("Any answer raises an alert")
        )
        self.alert_choices = named(QListWidget(), "questionAlertChoices", self.tr("Choices that raise an alert"))
        self.alert_choices.setFixedHeight(80)
        self.alert_words = named(QLineEdit(), "questionAlertWords", self.tr("The alert's words"))
        self.alert_words.setMaxLength(200)
        self.alert_words.setPlaceholderText(self.tr("e.g. Anticoagulants (the question's words when empty)"))
        self.alert_field = named(QComboBox(), "questionAlertField", self.tr("The alert goes to"))
        for field in HEALTH_FIELDS:
            self.alert_field.addItem(field_text(field), field)
        self.problem = QLabel()
        self.problem.setObjectName("questionProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind of answer"), self.kind)
        self.form.addRow(self.tr("Question"), self.text)
        self.form.addRow("", self.required)
        self.form.addRow(self.tr("Choices"), self.choices)
        self.form.addRow(self.tr("Details asked on Yes"), self.details)
        alert_row = QWidget()
        alert_row.setObjectName("questionAlertOn")
        column = QVBoxLayout(alert_row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for box in (self.alert_yes, self.alert_no, self.alert_any, self.alert_choices):
            column.addWidget(box)
        self.form.addRow(self.tr("Raises a health alert on"), alert_row)
        self.form.addRow(self.tr("The alert's words"), self.alert_words)
        self.form.addRow(self.tr("The alert goes to"), self.alert_field)
        self.form.addRow("", self.problem)
        self.ok_button = named(QPushButton(self.tr("OK")), "questionOkButton", self.tr("Keep this question"))
        self.ok_button.setProperty("kind", "primary")
        cancel = named(QPushButton(self.tr("Cancel")), "questionCancelButton", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)  # room to spare stays under the form, not between its rows
        layout.addWidget(buttons)

        if question is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(question.kind)))
            self.text.setPlainText(question.text)
            self.required.setChecked(question.required)
            self.choices.setPlainText("\n".join(question.choices))
            self.details.setText(question.details)
            self.alert_yes.setChecked("yes" in question.alert_on)
            self.alert_no.setChecked("no" in question.alert_on)
            self.alert_any.setChecked(question.kind in ("text", "date") and bool(question.alert_on))
            self.alert_words.setText(question.alert)
            self.alert_field.setCurrentIndex(max(0, self.alert_field.findData(question.alert_field)))
        self._fill_alert_choices(question.alert_on if question is not None else ())
        self.kind.currentIndexChanged.connect(lambda _i: self._follow())
        self.choices.textChanged.connect(lambda: self._fill_alert_choices(self._alert_choices()))
        for box in (self.alert_yes, self.alert_no, self.alert_any):
            box.toggled.connect(lambda _on: self._follow())
        self.alert_choices.itemChanged.connect(lambda _item: self._follow())
        self._follow()
        self._start = self.question()
        self.resize(520, 420)

    def primary_button(self) -> QPushButton:
        return self.ok_button

    def typed(self) -> bool:
        return self.question() != self._start

    # -- the question -------------------------------------------------------------------------
    def _alert_choices(self) -> tuple[str, ...]:
        found = []
        for i in range(self.alert_choices.count()):
            item = self.alert_choices.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(item.text())
        return tuple(found)

    def _fill_alert_choices(self, checked: tuple[str, ...]) -> None:
        self.alert_choices.blockSignals(True)
        self.alert_choices.clear()
        for choice in choices_of(self.choices.toPlainText()):
            item = QListWidgetItem(choice)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice in checked else Qt.CheckState.Unchecked)
            self.alert_choices.addItem(item)
        self.alert_choices.blockSignals(False)
        self._follow()

    def alert_on(self) -> tuple[str, ...]:
        kind = self.kind.currentData()
        if kind == "yes_no":
            return tuple(a for a, box in (("yes", self.alert_yes), ("no", self.alert_no)) if box.isChecked())
        if kind == "choice":
            return self._alert_choices()
        return ("any",) if self.alert_any.isChecked() else ()

    def question(self) -> Question:
        kind = str(self.kind.currentData())
        return Question(
            id=self.question_id,
            kind=kind,
            text=" ".join(self.text.toPlainText().split()),
            required=self.required.isChecked(),
            choices=choices_of(self.choices.toPlainText()) if kind == "choice" else (),
            details=self.details.text().strip() if kind == "yes_no" else "",
            alert_on=self.alert_on(),
            alert=self.alert_words.text().strip(),
            alert_field=str(self.alert_field.currentData()),
        )

    def problems(self) -> str:
        q = self.question()
        if not q.text:
            return self.tr("Type the question.")
        if len(q.text) > TEXT_MAX:
            return self.tr("At most {count} characters.").format(count=TEXT_MAX)
        if q.kind == "choice" and len(q.choices) < 2:
            return self.tr("A choice question needs at least two choices.")
        return ""

    def _follow(self) -> None:
        kind = self.kind.currentData()
        shown = {
            self.choices: kind == "choice",
            self.details: kind == "yes_no",
            self.alert_yes: kind == "yes_no",
            self.alert_no: kind == "yes_no",
            self.alert_any: kind in ("text", "date"),
            self.alert_choices: kind == "choice",
        }
        for widget, visible in shown.items():
            if widget in (self.choices, self.details):
                self.form.setRowVisible(widget, visible)  # the row's label too
            else:
                widget.setVisible(visible)
        alerting = bool(self.alert_on())
        self.alert_words.setEnabled(alerting)
        self.alert_field.setEnabled(alerting)

    def submit(self) -> None:
        problem = self.problems()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem:
            return
        self.accept()
