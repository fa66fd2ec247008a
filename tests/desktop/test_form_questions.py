"""The questionnaire to fill in (issue 14): each kind of question answered as a person does,
the details asked on "Yes", required questions left blank highlighted, an alert-raising answer
marked in red with the words the client's record will get, and answers shown back as given."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QRadioButton

from kronos_core.forms import Answers, Question, Template, missing_answers
from kronos_desktop.app import apply_look
from kronos_desktop.ui.clients.form_questions import QuestionsForm
from kronos_desktop.ui.look import colours

TEMPLATE = Template(
    language="en",
    title="Health questionnaire",
    questions=(
        Question(
            id="anticoagulants",
            kind="yes_no",
            text="Do you take anticoagulants?",
            required=True,
            details="Which ones?",
            alert_on=("yes",),
            alert="Anticoagulants",
            alert_field="medication",
        ),
        Question(id="slept", kind="yes_no", text="Did you sleep well?"),
        Question(id="doctor", kind="text", text="Your doctor's name", required=True),
        Question(
            id="skin",
            kind="choice",
            text="Skin type",
            choices=("Dry", "Oily", "Mixed"),
            alert_on=("Oily",),
            alert="Oily skin",
        ),
        Question(id="blood", kind="choice", text="Blood type", choices=("A+", "A-", "B+", "B-", "AB+", "O+", "O-")),
        Question(id="last_tattoo", kind="date", text="Date of your last tattoo"),
    ),
    consent_text="I agree.",
    image_use_text="Photos may be used.",
)


def make(qtbot: Any, **kwargs: Any) -> QuestionsForm:
    form = QuestionsForm(TEMPLATE, **kwargs)
    qtbot.addWidget(form)
    form.resize(700, 900)
    form.show()
    qtbot.waitExposed(form)
    return form


def child(form: QuestionsForm, kind: Any, name: str) -> Any:
    found = form.findChild(kind, name)
    assert found is not None, name
    return found


def test_answering_each_kind(qtbot: Any, translated: str) -> None:
    form = make(qtbot)
    changes: list[int] = []
    form.changed.connect(lambda: changes.append(1))
    details = child(form, QLineEdit, "questionDetails_anticoagulants")
    assert not details.isVisible()  # asked only on "Yes"
    qtbot.mouseClick(child(form, QPushButton, "questionYes_anticoagulants"), Qt.MouseButton.LeftButton)
    assert details.isVisible()
    qtbot.keyClicks(details, "Warfarin")
    qtbot.mouseClick(child(form, QPushButton, "questionNo_slept"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(child(form, QLineEdit, "questionAnswer_doctor"), "Dr. Lima")
    child(form, QRadioButton, "questionChoice_skin_2").click()
    combo = child(form, QComboBox, "questionChoice_blood")  # seven choices: a list
    combo.setCurrentIndex(combo.findData("O-"))
    qtbot.keyClicks(child(form, QLineEdit, "questionAnswer_last_tattoo"), "15/03/2025")

    assert form.answers() == {
        "anticoagulants": {"value": True, "details": "Warfarin"},
        "slept": {"value": False, "details": ""},
        "doctor": {"value": "Dr. Lima", "details": ""},
        "skin": {"value": "Mixed", "details": ""},
        "blood": {"value": "O-", "details": ""},
        "last_tattoo": {"value": "2025-03-15", "details": ""},
    }
    assert changes, "changed is emitted as the person answers"
    assert form.missing() == []

    # "No" after "Yes": the details go away with the "Yes"
    qtbot.mouseClick(child(form, QPushButton, "questionNo_anticoagulants"), Qt.MouseButton.LeftButton)
    assert not details.isVisible()
    assert form.answers()["anticoagulants"] == {"value": False, "details": ""}


def test_required_left_blank_are_highlighted_until_answered(qtbot: Any, translated: str) -> None:
    form = make(qtbot)
    assert form.answers()["anticoagulants"] == {"value": None, "details": ""}
    missing = form.missing()
    assert [q.id for q in missing] == ["anticoagulants", "doctor"]
    assert missing == missing_answers(TEMPLATE, form.answers())  # the mutation's rule, too
    problem = child(form, QLabel, "questionProblem_doctor")
    assert problem.isVisible()
    assert problem.text()
    assert colours().error in form.rows["doctor"].styleSheet()  # the red frame
    assert not child(form, QLabel, "questionProblem_slept").isVisible()  # not required

    qtbot.keyClicks(child(form, QLineEdit, "questionAnswer_doctor"), "Dr. Lima")
    assert not problem.isVisible()
    assert form.rows["doctor"].styleSheet() == ""
    assert child(form, QLabel, "questionProblem_anticoagulants").isVisible()  # still unanswered
    assert child(form, QLabel, "questionRequired_doctor").text() == "*"


def test_an_alert_raising_answer_is_marked_with_the_alerts_words(qtbot: Any, translated: str) -> None:
    form = make(qtbot)
    alert = child(form, QLabel, "questionAlert_anticoagulants")
    assert not alert.isVisible()
    qtbot.mouseClick(child(form, QPushButton, "questionYes_anticoagulants"), Qt.MouseButton.LeftButton)
    assert alert.isVisible()
    assert "Anticoagulants" in alert.text()
    qtbot.keyClicks(child(form, QLineEdit, "questionDetails_anticoagulants"), "Warfarin")
    assert "Anticoagulants: Warfarin" in alert.text()
    child(form, QRadioButton, "questionChoice_skin_1").click()  # Oily
    assert "Oily skin" in child(form, QLabel, "questionAlert_skin").text()
    assert form.alerts() == [("medication", "Anticoagulants: Warfarin"), ("medical_alerts", "Oily skin: Oily")]
    qtbot.mouseClick(child(form, QPushButton, "questionNo_anticoagulants"), Qt.MouseButton.LeftButton)
    assert not alert.isVisible()


def test_set_answers_shows_them_and_clears_the_rest(qtbot: Any, translated: str) -> None:
    form = make(qtbot, large=True)
    given: Answers = {
        "anticoagulants": {"value": True, "details": "Aspirin"},
        "slept": {"value": True, "details": ""},
        "doctor": {"value": "Dr. Souza", "details": ""},
        "skin": {"value": "Dry", "details": ""},
        "blood": {"value": "AB+", "details": ""},
        "last_tattoo": {"value": "2024-12-01", "details": ""},
    }
    form.set_answers(given)
    assert form.answers() == given
    assert child(form, QLineEdit, "questionAnswer_last_tattoo").text() == "01/12/2024"
    assert child(form, QLabel, "questionAlert_anticoagulants").isVisible()

    form.set_answers({"doctor": {"value": "Dr. Souza", "details": ""}})
    answers = form.answers()
    assert answers["anticoagulants"]["value"] is None
    assert answers["skin"]["value"] is None
    assert answers["blood"]["value"] is None
    assert answers["last_tattoo"]["value"] is None
    assert not child(form, QPushButton, "questionYes_anticoagulants").isChecked()
    assert not child(form, QLabel, "questionAlert_anticoagulants").isVisible()


def test_a_date_that_is_not_one_is_said_and_not_answered(qtbot: Any, translated: str) -> None:
    form = make(qtbot)
    qtbot.keyClicks(child(form, QLineEdit, "questionAnswer_last_tattoo"), "31/02/2025")
    assert form.answers()["last_tattoo"]["value"] is None
    assert child(form, QLabel, "questionProblem_last_tattoo").isVisible()


def test_large_mode_has_larger_type_and_buttons(qtbot: Any, translated: str) -> None:
    small = make(qtbot)
    large = make(qtbot, large=True)
    assert large.font().pixelSize() >= 20
    big = child(large, QPushButton, "questionYes_anticoagulants")
    little = child(small, QPushButton, "questionYes_anticoagulants")
    assert big.height() > little.height()
    for form in (small, large):
        for kind in (QPushButton, QLineEdit, QComboBox, QRadioButton):
            for widget in form.findChildren(kind):
                if widget.parent() is not None and isinstance(widget.parent(), QComboBox):
                    continue  # a combo's own line edit
                assert widget.objectName(), widget
                assert widget.accessibleName(), widget


def test_large_mode_is_large_under_the_desk_s_own_style_sheet(qtbot: Any, translated: str) -> None:
    """The desk's style sheet sets every widget's text to 10pt and every button's minimum height:
    the large form (client mode) still shows its questions, details and buttons at a tablet's size."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    try:
        large = make(qtbot, large=True)
        small = make(qtbot)
        text = child(large, QLabel, "questionText_anticoagulants")
        assert QFontInfo(text.font()).pixelSize() >= 22
        assert QFontInfo(child(small, QLabel, "questionText_anticoagulants").font()).pixelSize() < 20  # the desk's
        yes = child(large, QPushButton, "questionYes_anticoagulants")
        no = child(large, QPushButton, "questionNo_anticoagulants")
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
        details = child(large, QLineEdit, "questionDetails_anticoagulants")
        assert details.isVisible()
        for button in (yes, no):
            assert button.height() >= 48, button.objectName()  # a finger's target
            assert QFontInfo(button.font()).pixelSize() >= 22
        assert details.height() >= 44
        assert QFontInfo(details.font()).pixelSize() >= 22
        assert QFontInfo(child(large, QLabel, "questionDetailsLabel_anticoagulants").font()).pixelSize() >= 22
        assert child(large, QLineEdit, "questionAnswer_doctor").height() >= 44
    finally:
        app.setStyleSheet("")  # the other tests run without the look
