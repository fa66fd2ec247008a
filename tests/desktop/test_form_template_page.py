"""The questionnaire editor on the demo desk (issue 14): it starts from the studio's published
version and says which; a manager edits a question and publishes: a new version row holds the
change and the old version is left as it was; a receptionist sees it read-only, and a publish the
mutation refuses writes nothing and says why."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from kronos_core.demo import DemoStudio
from kronos_core.forms import Question
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.store.local_schema import replica
from kronos_desktop.ui.settings.form_question_dialog import QuestionDialog
from kronos_desktop.ui.settings.form_template_page import FormTemplatePage
from tests.desktop.reads import settle

QUESTIONS = [
    Question(
        id="anticoagulants", kind="yes_no", text="Do you take anticoagulants?", required=True,
        details="Which ones?", alert_on=("yes",), alert="Anticoagulants", alert_field="medication",
    ),
    Question(id="doctor", kind="text", text="Your doctor's name"),
]  # fmt: skip


@pytest.fixture
def language() -> str:
    return "en"  # the messages are asserted in the source language


def templates(data_dir: Path) -> list[dict[str, Any]]:
    conn = sqlite3.connect(data_dir / "kronos.db")
    conn.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in conn.execute("SELECT * FROM form_template ORDER BY number")]
    finally:
        conn.close()
    for row in rows:
        row["questions"] = json.loads(row["questions"])
    return rows


def staff_name(data_dir: Path, staff_id: uuid.UUID) -> str:
    conn = sqlite3.connect(data_dir / "kronos.db")
    try:
        return str(conn.execute("SELECT display_name FROM staff WHERE id = ?", (staff_id.hex,)).fetchone()[0])
    finally:
        conn.close()


def publish_first(desk: Desk, demo: DemoStudio) -> None:
    """Version 1, published by the owner on this desk before the page opens."""
    args = {
        "template_id": str(uuid.uuid4()),
        "number": 1,
        "language": "en",
        "title": "Health questionnaire",
        "questions": [q.to_json() for q in QUESTIONS],
        "consent_text": "I consent to the procedure.",
        "image_use_text": "Photos of the work may be shown on social media.",
    }
    desk.store.apply("form_template.publish", args, staff_id=demo.owner_id)


def open_page(qtbot: Any, desk: Desk, member: Any, role: Role, name: str) -> FormTemplatePage:
    desk.store.set_member(member)
    desk.ctx.who.set(member, role, name)
    page = FormTemplatePage(desk.ctx)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    settle(qtbot, desk.ctx)
    return page


def edit_first_question(qtbot: Any, page: FormTemplatePage, text: str) -> None:
    editor = page.editor
    editor.list.setCurrentRow(0)
    qtbot.mouseClick(editor.edit_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert isinstance(dialog, QuestionDialog)
    assert dialog.text.toPlainText() == "Do you take anticoagulants?"
    dialog.text.setPlainText(text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert editor.dialog is None


def test_a_manager_edits_a_question_and_publishes_a_new_version(
    qtbot: Any, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    publish_first(desk, demo)
    assert demo.manager_id is not None
    page = open_page(qtbot, desk, demo.manager_id, Role.MANAGER, "Manager")
    assert page.version.text().startswith("Version 1, published ")
    assert page.version.text().endswith(f" by {staff_name(demo_dir, demo.owner_id)}")
    assert page.editor.title.text() == "Health questionnaire"
    assert page.editor.list.count() == 2
    assert not page.publish_button.isEnabled()  # nothing changed yet

    edit_first_question(qtbot, page, "Do you take blood thinners (anticoagulants)?")
    assert page.publish_button.isEnabled()
    assert page.editor.list.item(0).text().startswith("1. [Yes / no] * Do you take blood thinners")
    preview = page.editor.preview
    assert preview.rows["anticoagulants"].text_label.text() == "Do you take blood thinners (anticoagulants)?"

    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)

    old, new = templates(demo_dir)
    assert (old["number"], new["number"]) == (1, 2)
    assert old["questions"][0]["text"] == "Do you take anticoagulants?"  # the old version unchanged
    assert new["questions"][0]["text"] == "Do you take blood thinners (anticoagulants)?"
    assert new["questions"][0]["id"] == "anticoagulants"  # the same question, so its answers keep meaning
    assert new["questions"][1] == old["questions"][1]
    assert new["consent_text"] == old["consent_text"]
    assert uuid.UUID(str(new["created_by"])) == demo.manager_id
    assert page.version.text().startswith("Version 2, published ")
    assert page.version.text().endswith(f" by {staff_name(demo_dir, demo.manager_id)}")
    assert page.note.text() == "Published. Forms signed from now on use this version."
    assert not page.publish_button.isEnabled()


def test_adding_moving_and_removing_questions(qtbot: Any, desk: Desk, demo: DemoStudio, demo_dir: Path) -> None:
    publish_first(desk, demo)
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER, "Owner")
    editor = page.editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert isinstance(dialog, QuestionDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("choice"))
    dialog.text.setPlainText("Skin type")
    dialog.choices.setPlainText("Dry")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert editor.dialog is dialog  # one choice short: the dialog says so and stays
    assert dialog.problem.text() == "A choice question needs at least two choices."
    dialog.choices.setPlainText("Dry\nOily\nMixed")
    dialog.alert_choices.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.alert_words.setText("Oily skin")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [q.text for q in editor.questions] == ["Do you take anticoagulants?", "Your doctor's name", "Skin type"]
    assert editor.questions[2].alert_on == ("Oily",)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)  # the new one is chosen: up
    assert [q.id for q in editor.questions][1] == editor.questions[1].id
    assert editor.questions[1].text == "Skin type"
    editor.list.setCurrentRow(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [q.text for q in editor.questions] == ["Skin type", "Your doctor's name"]
    assert list(page.editor.preview.rows) == [q.id for q in editor.questions]

    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    newest = templates(demo_dir)[-1]
    assert [q["text"] for q in newest["questions"]] == ["Skin type", "Your doctor's name"]
    assert newest["questions"][0]["choices"] == ["Dry", "Oily", "Mixed"]


def test_what_cannot_be_published_is_said_and_publish_waits(qtbot: Any, desk: Desk, demo: DemoStudio) -> None:
    publish_first(desk, demo)
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER, "Owner")
    page.editor.consent.setPlainText("   ")
    assert not page.publish_button.isEnabled()
    assert page.problem.isVisible()
    assert page.problem.text() == "Type the consent text."
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.editor.consent.toPlainText() == "I consent to the procedure."
    assert not page.problem.isVisible()


def test_a_receptionist_cannot_publish(qtbot: Any, desk: Desk, demo: DemoStudio, demo_dir: Path) -> None:
    publish_first(desk, demo)
    page = open_page(qtbot, desk, demo.receptionist_id, Role.RECEPTIONIST, "Reception")
    assert page.reason.isVisible()
    assert page.reason.text() == "Only owners and managers edit the questionnaire. You can see it."
    assert page.editor.list.count() == 2  # the questionnaire is shown
    for button in (page.publish_button, page.editor.add_button, page.editor.edit_button):
        assert not button.isEnabled()
    assert page.editor.title.isReadOnly()
    page.publish()
    assert len(templates(demo_dir)) == 1

    # The page believes a manager is at the desk, but the desk was enrolled by a receptionist:
    # the mutation refuses, the page says so, keeps the edit, and nothing is written.
    with desk.store.engine.begin() as conn:
        conn.execute(update(replica).where(replica.c.id == 1).values(desk_role="receptionist"))
    desk.ctx.who.set(demo.receptionist_id, Role.MANAGER, "Reception")
    assert page.editor.add_button.isEnabled()
    page.editor.title.setText("Changed title")
    page.editor.title.textEdited.emit("Changed title")
    assert page.publish_button.isEnabled(), page.publish_button.toolTip()
    with qtbot.waitSignal(desk.runner.op_failed, timeout=5000):
        qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert page.problem.isVisible()
    assert page.problem.text() == "Not published: The role “Receptionist” at this desk does not allow this."
    assert page.editor.title.text() == "Changed title"
    assert len(templates(demo_dir)) == 1


def test_with_none_published_it_starts_from_the_default_and_publishes_it_as_version_1(
    qtbot: Any, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER, "Owner")
    assert templates(demo_dir) == []
    assert page.version.text() == "Not published yet: this is the questionnaire that ships with the app."
    assert page.editor.list.count() > 3
    assert page.editor.consent.toPlainText()
    assert page.publish_button.isEnabled()  # the default may be published as it is
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    (row,) = templates(demo_dir)
    assert (row["number"], row["language"]) == (1, "en")
    assert len(row["questions"]) == page.editor.list.count()
    assert page.version.text().startswith("Version 1, published ")

    # The other language has its own version, the default until published.
    page.language.setCurrentIndex(page.language.findData("pt_BR"))
    settle(qtbot, desk.ctx)
    assert page.version.text() == "Not published yet: this is the questionnaire that ships with the app."
    assert page.editor.template().language == "pt_BR"


def test_a_version_published_elsewhere_while_editing_keeps_the_edits(
    qtbot: Any, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    publish_first(desk, demo)
    page = open_page(qtbot, desk, demo.owner_id, Role.OWNER, "Owner")
    edit_first_question(qtbot, page, "Do you take blood thinners?")
    args = {
        "template_id": str(uuid.uuid4()),
        "number": 2,
        "language": "en",
        "title": "Published elsewhere",
        "questions": [q.to_json() for q in QUESTIONS],
        "consent_text": "Another desk's consent.",
        "image_use_text": "",
    }
    applied = desk.store.apply("form_template.publish", args, staff_id=demo.owner_id)
    desk.hub.notify(applied.changed)  # as a sync's pull says it
    settle(qtbot, desk.ctx)
    assert page.editor.questions[0].text == "Do you take blood thinners?"  # the edit stays
    assert page.note.isVisible()
    assert page.note.text() == "A newer version was published meanwhile — Revert to see it."
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.editor.title.text() == "Published elsewhere"
    assert page.version.text().startswith("Version 2, published ")
    assert not page.note.isVisible()


def test_the_question_dialog_asks_what_each_kind_needs(qtbot: Any, translated: str) -> None:
    dialog = QuestionDialog(QUESTIONS[1])  # a text question
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.choices.isVisible()
    assert not dialog.details.isVisible()
    assert dialog.alert_any.isVisible()
    assert not dialog.alert_words.isEnabled()  # no alert: its words are not asked
    dialog.alert_any.setChecked(True)
    assert dialog.alert_words.isEnabled()
    dialog.alert_field.setCurrentIndex(dialog.alert_field.findData("allergies"))
    dialog.alert_words.setText("See the doctor's note")
    question = dialog.question()
    assert (question.id, question.alert_on, question.alert_field) == ("doctor", ("any",), "allergies")
    dialog.kind.setCurrentIndex(dialog.kind.findData("yes_no"))
    assert dialog.details.isVisible()
    assert dialog.alert_yes.isVisible()
    assert dialog.question().alert_on == ()  # "any answer" is not a yes/no's
    dialog.text.setPlainText("")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.text() == "Type the question."
    dialog.done(0)
