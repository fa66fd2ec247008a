"""The agenda from the keyboard, in the window (ui/actions.py's Agenda menu): Alt+1/2/3 switch day,
week and month; Alt+PgUp/PgDn move back and on by the face's unit; Ctrl+T comes back to today;
Ctrl+G asks for a date; Alt+4 switches the drawn day's columns between artists and stations. Each
is an item of the Agenda menu and a line of Help → Keyboard shortcuts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.ui import actions
from kronos_desktop.ui.agenda.goto_dialog import GoToDateDialog
from kronos_desktop.ui.agenda.week_layout import week_start
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def language() -> str:
    return "en"


def press(qtbot: Any, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(window.focusWidget(), key, modifier)
    settle(qtbot, window.ctx)


def test_the_faces_switch_by_key_and_by_button(qtbot: Any, window: MainWindow) -> None:
    agenda = window.agenda
    agenda.canvas.setFocus()
    press(qtbot, window, Qt.Key.Key_2, ALT)
    assert agenda.face() == "week"
    assert agenda.faces.currentWidget() is agenda.week_scroll
    assert agenda.face_buttons["week"].isChecked()
    press(qtbot, window, Qt.Key.Key_3, ALT)
    assert agenda.face() == "month"
    assert agenda.faces.currentWidget() is agenda.month
    assert agenda.month.days(), "the month is read"
    press(qtbot, window, Qt.Key.Key_1, ALT)
    assert agenda.face() == "day"
    assert agenda.faces.currentWidget() is agenda.canvas_scroll
    qtbot.mouseClick(agenda.face_buttons["month"], Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert agenda.face() == "month"
    qtbot.mouseClick(agenda.face_buttons["day"], Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert agenda.face() == "day"


def test_a_key_from_another_section_brings_the_agenda(qtbot: Any, window: MainWindow) -> None:
    window.show_section("clients")
    press(qtbot, window, Qt.Key.Key_2, ALT)
    assert window.current_section() == "agenda"
    assert window.agenda.face() == "week"


@pytest.mark.parametrize("face", ["day", "week", "month"])
def test_previous_next_and_today_move_by_the_faces_unit(qtbot: Any, window: MainWindow, face: str) -> None:
    agenda = window.agenda
    agenda.set_face(face)
    settle(qtbot, window.ctx)
    shown = agenda.faces.currentWidget()
    assert shown is not None
    shown.setFocus()
    today = agenda.today()
    press(qtbot, window, Qt.Key.Key_PageDown, ALT)
    moved = agenda.day()
    if face == "day":
        assert moved == today + dt.timedelta(days=1)
        assert agenda.canvas.layout_.day == moved
    elif face == "week":
        assert moved == today + dt.timedelta(weeks=1)
        assert agenda.week.layout_.days[0] == week_start(today) + dt.timedelta(weeks=1)
    else:
        assert (moved.year * 12 + moved.month) == (today.year * 12 + today.month) + 1
        assert any(d.in_month and d.day.month == moved.month for d in agenda.month.days())
    press(qtbot, window, Qt.Key.Key_PageUp, ALT)
    press(qtbot, window, Qt.Key.Key_PageUp, ALT)
    assert agenda.day() < today
    press(qtbot, window, Qt.Key.Key_T, CTRL)
    assert agenda.day() == today


def test_ctrl_g_goes_to_the_date_typed(qtbot: Any, window: MainWindow) -> None:
    agenda = window.agenda
    agenda.canvas.setFocus()
    qtbot.keyClick(agenda.canvas, Qt.Key.Key_G, CTRL)
    dialog = window.findChild(GoToDateDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    target = agenda.today() + dt.timedelta(days=40)
    dialog.date_edit.setDate(fmt.qdate(target))
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: window.findChild(GoToDateDialog) is None)  # closed (and gone)
    assert agenda.day() == target
    assert agenda.canvas.layout_.day == target


def test_alt_4_switches_the_columns_between_artists_and_stations(qtbot: Any, window: MainWindow) -> None:
    agenda = window.agenda
    agenda.canvas.setFocus()
    press(qtbot, window, Qt.Key.Key_4, ALT)
    assert agenda.grouping() == "station"
    assert agenda.grouping_buttons["station"].isChecked()
    assert agenda.canvas.grouping() == "station"
    names = {c.name for c in agenda.canvas.layout_.columns}
    with window.ctx.reader.connect() as conn:
        here = desk_q.here(conn)
        assert here.studio_id is not None
        stations = {s.name for s in agenda_q.stations(conn, here.studio_id)}
    assert stations <= names, "a column per station"
    press(qtbot, window, Qt.Key.Key_4, ALT)
    assert agenda.grouping() == "artist"
    assert agenda.canvas.grouping() == "artist"
    qtbot.mouseClick(agenda.grouping_buttons["station"], Qt.MouseButton.LeftButton)
    assert agenda.canvas.grouping() == "station"


def test_the_agenda_menu_holds_every_move_with_its_keys(window: MainWindow) -> None:
    menu = window.menuBar().findChild(QMenu, "agendaMenu")
    assert menu is not None
    items = {a.objectName(): a for a in menu.actions() if not a.isSeparator()}
    moves = {"today", "previous", "next", "go_to", "day", "week", "month", "columns"}
    for spec in actions.ACTIONS:
        if spec.menu == "agenda":
            assert spec.object_name in items
            assert items[spec.object_name].isVisible()
            if spec.name.removeprefix("agenda.") in moves:
                assert not items[spec.object_name].shortcut().isEmpty()
    listed = dict(actions.listed())
    assert listed["New booking (in the agenda)"] == "N"
    assert listed["Print the day"] == "Ctrl+P"
    assert listed["Week"] == "Alt+2"
    assert listed["Go to a date"] == "Ctrl+G"
