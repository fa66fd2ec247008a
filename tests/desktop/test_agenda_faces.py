"""The agenda draws the day (issue 12's first step): the drawn day is what the receptionist sees
first, with a block for every booking; the List button shows the same rows as a list, and back."""

from __future__ import annotations

from typing import Any

import pytest

from kronos_desktop.app import Desk
from kronos_desktop.ui.agenda.day_list import AgendaModel
from kronos_desktop.ui.agenda.view import AgendaView
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def test_the_day_is_drawn_first_and_listed_at_a_switch(qtbot: Any, desk: Desk) -> None:
    view = AgendaView(desk.ctx)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    settle(qtbot, desk.ctx)
    rows = view.model.rows()
    assert rows, "the demo's today has bookings"
    assert view.faces.currentWidget() is view.canvas_scroll
    drawn = view.canvas.layout_
    assert {b.row.id for b in drawn.blocks} == {r.id for r in rows}
    view.list_button.click()
    assert view.faces.currentIndex() == 1
    assert view.list_button.text() == "Calendar"
    view.list_button.click()
    assert view.faces.currentWidget() is view.canvas_scroll
    assert view.list_button.text() == "List"


def test_the_list_keeps_the_health_alerts_in_sight_at_1024_px(qtbot: Any, window: MainWindow) -> None:
    """The list's alerts sit beside the client: on a 1024×600 screen they are never behind the
    horizontal scrollbar (as they were when they came last)."""
    window.resize(1024, 600)
    window.show_section("agenda")
    agenda = window.agenda
    agenda.set_face("list")
    settle(qtbot, window.ctx)
    table, model = agenda.table, agenda.model
    marked = [r for r in range(model.rowCount()) if model.index(r, AgendaModel.Col.ALERTS).data()]
    assert marked, "the demo's day has a booking with a health alert"
    for row in marked:
        rect = table.visualRect(model.index(row, AgendaModel.Col.ALERTS))
        assert rect.left() >= 0
        assert rect.right() <= table.viewport().width(), "the alert is on screen"
