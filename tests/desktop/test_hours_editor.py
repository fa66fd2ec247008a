"""The week-of-hours editor (Settings and staff pages): a week shown is the week read back, a
second span, a day closed, and what is wrong said on the day's row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from kronos_core.hours import DEFAULT_OPENING, Week
from kronos_desktop.ui.settings.hours_editor import HoursEditor


@pytest.fixture
def language() -> str:
    return "en"  # the messages are asserted in the source language


@pytest.fixture(autouse=True)
def _english(translated: str) -> str:
    return translated


SPLIT = Week.of({"mon": [("09:00", "12:00"), ("13:00", "24:00")], "sat": [("10:00", "16:00")]})


def child(editor: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = editor.findChild(kind, name)
    assert found is not None, name
    return found


def editor_with(qtbot: QtBot, week: Week, prefix: str = "hours") -> HoursEditor:
    editor = HoursEditor(prefix)
    qtbot.addWidget(editor)
    editor.set_week(week)
    editor.show()
    return editor


def test_a_week_shown_is_the_week_read_back(qtbot: QtBot) -> None:
    for week in (DEFAULT_OPENING, SPLIT):
        editor = editor_with(qtbot, week)
        assert editor.week() == week
        assert editor.problems() == []
    assert child(editor, QTimeEdit, "hoursMonEnd2").time() == QTime(0, 0)  # midnight, the end of the day
    assert not child(editor, QCheckBox, "hoursSunOpen").isChecked()


def test_edits_say_changed_and_a_second_span_can_be_added_and_removed(qtbot: QtBot) -> None:
    editor = editor_with(qtbot, DEFAULT_OPENING, prefix="staffHours")
    with qtbot.waitSignal(editor.changed):
        child(editor, QPushButton, "staffHoursWedAddSpan").click()
    week = editor.week()
    assert week is not None
    assert week.json()["wed"] == [["10:00", "19:00"], ["20:00", "21:00"]]
    with qtbot.waitSignal(editor.changed):
        child(editor, QPushButton, "staffHoursWedRemoveSpan2").click()
    assert editor.week() == DEFAULT_OPENING
    with qtbot.waitSignal(editor.changed):
        child(editor, QCheckBox, "staffHoursMonOpen").setChecked(False)
    week = editor.week()
    assert week is not None
    assert week.on(0) == ()


def test_what_is_wrong_is_said_on_the_day(qtbot: QtBot) -> None:
    editor = editor_with(qtbot, DEFAULT_OPENING)
    child(editor, QTimeEdit, "hoursTueEnd1").setTime(QTime(9, 30))
    child(editor, QPushButton, "hoursThuAddSpan").click()
    child(editor, QTimeEdit, "hoursThuStart2").setTime(QTime(18, 0))
    assert editor.week() is None
    assert editor.problems() == [
        "Tuesday: closing time is before opening time",
        "Thursday: two spans of the day overlap",
    ]
    assert child(editor, QLabel, "hoursTueProblem").isVisible()
    assert child(editor, QTimeEdit, "hoursTueEnd1").property("invalid") is True
    assert not child(editor, QLabel, "hoursMonProblem").isVisible()
    editor.set_week(DEFAULT_OPENING)  # what the form starts from again: nothing wrong is left shown
    assert editor.problems() == []
    assert not child(editor, QLabel, "hoursTueProblem").isVisible()
