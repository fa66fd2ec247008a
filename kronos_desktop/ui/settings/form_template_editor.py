"""The questionnaire as a manager edits it (issue 14): its title, its questions in order (add,
edit, remove, move up or down: form_question_dialog.py), the consent text and the image-use text,
and beside them a preview of the questions as a client fills them in (QuestionsForm).

:class:`TemplateEditor` knows nothing of reads or publishing: :meth:`set_template` shows a
template, :meth:`template` is what it shows now, :meth:`problem` the first reason it cannot be
published (kronos_core.forms.check_template, in words); the page (form_template_page.py) does the
rest.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kronos_core.forms import Question, Template, check_template
from kronos_desktop.ui.clients.form_questions import QuestionsForm
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.settings.form_question_dialog import QuestionDialog, field_text, kind_text

translate = QCoreApplication.translate
TITLE_MAX = 200


def problem_text(problem: str, question: Question | None) -> str:
    """What check_template's ``problem`` means, for the person (and at which question)."""
    words = {
        "empty_title": translate("TemplateEditor", "Give the questionnaire a title."),
        "no_questions": translate("TemplateEditor", "Add at least one question."),
        "empty_question_id": translate("TemplateEditor", "A question has no id."),
        "duplicate_question_id": translate("TemplateEditor", "Two questions have the same id."),
        "empty_question_text": translate("TemplateEditor", "A question has no words."),
        "choice_without_choices": translate("TemplateEditor", "A choice question has no choices."),
        "alert_not_an_answer": translate("TemplateEditor", "An alert is set on an answer the question does not have."),
        "empty_consent_text": translate("TemplateEditor", "Type the consent text."),
    }
    text = words.get(problem, translate("TemplateEditor", "The questionnaire cannot be published as it is."))
    if question is not None:
        text += " " + translate("TemplateEditor", "(“{question}”)").format(question=question.text[:60])
    return text


def question_line(number: int, q: Question) -> str:
    """A question as the list shows it: "3. [Yes / no] * Do you take … → Medication"."""
    text = f"{number}. [{kind_text(q.kind)}] {'* ' if q.required else ''}{q.text}"
    if q.alert_on:
        text += " → " + translate("TemplateEditor", "alert: {field}").format(field=field_text(q.alert_field))
    return text


class TemplateEditor(QWidget):
    edited = Signal()  # the person changed something (not set_template)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formTemplateEditor")
        self._base = Template(language="pt_BR", title="", questions=(), consent_text="", image_use_text="")
        self.questions: list[Question] = []
        self.dialog: QuestionDialog | None = None
        self._editable = True
        self._filling = False

        self.title = named(QLineEdit(), "templateTitle", self.tr("Title of the questionnaire"))
        self.title.setMaxLength(TITLE_MAX)
        self.list = named(QListWidget(), "templateQuestions", self.tr("Questions"))
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_question())
        self.list.currentRowChanged.connect(lambda _row: self._follow())
        self.add_button = self._button("templateAddQuestion", self.tr("Add…"), self.tr("Add a question"))
        self.edit_button = self._button("templateEditQuestion", self.tr("Edit…"), self.tr("Edit the question"))
        self.remove_button = self._button("templateRemoveQuestion", self.tr("Remove"), self.tr("Remove the question"))
        self.up_button = self._button("templateQuestionUp", self.tr("Up"), self.tr("Move the question up"))
        self.down_button = self._button("templateQuestionDown", self.tr("Down"), self.tr("Move the question down"))
        self.add_button.clicked.connect(self.add_question)
        self.edit_button.clicked.connect(self.edit_question)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.consent = named(QPlainTextEdit(), "templateConsentText", self.tr("Consent text"))
        self.consent.setTabChangesFocus(True)
        self.image_use = named(QPlainTextEdit(), "templateImageUseText", self.tr("Image-use authorisation text"))
        self.image_use.setTabChangesFocus(True)
        self.image_use.setFixedHeight(80)
        self.title.textEdited.connect(lambda _t: self._changed(preview=True))
        self.consent.textChanged.connect(lambda: self._changed())
        self.image_use.textChanged.connect(lambda: self._changed())

        left = QWidget()
        left.setObjectName("templateEditColumn")
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(QLabel(self.tr("Title")))
        column.addWidget(self.title)
        column.addWidget(QLabel(self.tr("Questions")))
        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(button)
        tools.addStretch(1)
        column.addLayout(tools)
        column.addWidget(self.list, 3)
        column.addWidget(QLabel(self.tr("Consent text")))
        column.addWidget(self.consent, 2)
        image_label = QLabel(self.tr("Image use (portfolio and social media), a consent of its own"))
        image_label.setWordWrap(True)
        column.addWidget(image_label)
        column.addWidget(self.image_use)

        self.preview_box = QGroupBox(self.tr("Preview: as the client fills it in"))
        self.preview_box.setObjectName("templatePreviewBox")
        self._preview_layout = QVBoxLayout(self.preview_box)
        self.preview_title = QLabel()
        self.preview_title.setObjectName("templatePreviewTitle")
        self.preview_title.setProperty("role", "title")
        self.preview_title.setWordWrap(True)
        self._preview_layout.addWidget(self.preview_title)
        self.preview = QuestionsForm(self._base)
        self._preview_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("templateSplitter")
        self.splitter.setChildrenCollapsible(False)
        scroll = QScrollArea()  # a small screen: the column scrolls, the page keeps to it
        scroll.setObjectName("templateEditScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left)
        self.consent.setMinimumHeight(120)
        self.list.setMinimumHeight(160)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.preview_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._follow()

    def _button(self, object_name: str, text: str, accessible: str) -> QPushButton:
        return named(QPushButton(text), object_name, accessible)

    # -- what it shows ------------------------------------------------------------------------
    def set_template(self, template: Template) -> None:
        """Show ``template`` (says nothing: it is where editing starts from)."""
        self._filling = True
        try:
            self._base = template
            self.title.setText(template.title)
            self.questions = list(template.questions)
            self.consent.setPlainText(template.consent_text)
            self.image_use.setPlainText(template.image_use_text)
            self._fill_list(0 if self.questions else -1)
        finally:
            self._filling = False
        self._refresh_preview()

    def template(self) -> Template:
        """The questionnaire as shown (language, number and id those of the one it started from)."""
        return dataclasses.replace(
            self._base,
            title=" ".join(self.title.text().split()),
            questions=tuple(self.questions),
            consent_text=self.consent.toPlainText().strip(),
            image_use_text=self.image_use.toPlainText().strip(),
        )

    def problem(self) -> str:
        """The first reason the questionnaire as shown cannot be published ("" when it can)."""
        template = self.template()
        found = check_template(template)
        if found is None:
            return ""
        problem, question_id = found
        return problem_text(problem, template.question(question_id) if question_id else None)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for widget in (self.title, self.consent, self.image_use):
            widget.setReadOnly(not editable)
        self._follow()

    # -- the questions ------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.list.currentRow()

    def add_question(self) -> QuestionDialog | None:
        if not self._editable:
            return None
        return self._open(QuestionDialog(None, self), None)

    def edit_question(self) -> QuestionDialog | None:
        row = self.current_row()
        if not self._editable or not 0 <= row < len(self.questions):
            return None
        return self._open(QuestionDialog(self.questions[row], self), row)

    def _open(self, dialog: QuestionDialog, row: int | None) -> QuestionDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._dialog_done(dialog, row, result))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_done(self, dialog: QuestionDialog, row: int | None, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if result != QDialog.DialogCode.Accepted.value:
            return
        question = dialog.question()
        if row is None:
            self.questions.append(question)
            row = len(self.questions) - 1
        else:
            self.questions[row] = question
        self._fill_list(row)
        self._changed(preview=True)

    def remove_question(self) -> None:
        row = self.current_row()
        if not self._editable or not 0 <= row < len(self.questions):
            return
        del self.questions[row]
        self._fill_list(min(row, len(self.questions) - 1))
        self._changed(preview=True)

    def move_question(self, step: int) -> None:
        row = self.current_row()
        to = row + step
        if not self._editable or not 0 <= row < len(self.questions) or not 0 <= to < len(self.questions):
            return
        self.questions[row], self.questions[to] = self.questions[to], self.questions[row]
        self._fill_list(to)
        self._changed(preview=True)

    def _fill_list(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, q in enumerate(self.questions, start=1):
            item = QListWidgetItem(question_line(i, q))
            item.setData(Qt.ItemDataRole.UserRole, q.id)
            self.list.addItem(item)
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self._follow()

    def _follow(self) -> None:
        row = self.current_row()
        chosen = 0 <= row < len(self.questions)
        self.add_button.setEnabled(self._editable)
        self.edit_button.setEnabled(self._editable and chosen)
        self.remove_button.setEnabled(self._editable and chosen)
        self.up_button.setEnabled(self._editable and chosen and row > 0)
        self.down_button.setEnabled(self._editable and chosen and row < len(self.questions) - 1)

    # -- changes ------------------------------------------------------------------------------
    def _changed(self, preview: bool = False) -> None:
        if self._filling:
            return
        if preview:
            self._refresh_preview()
        self.edited.emit()

    def _refresh_preview(self) -> None:
        template = self.template()
        self.preview_title.setText(template.title)
        fresh = QuestionsForm(template)
        self._preview_layout.replaceWidget(self.preview, fresh)
        self.preview.deleteLater()
        self.preview = fresh
