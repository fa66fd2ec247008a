"""The agenda draws the day (issue 12's first step): the drawn day is what the receptionist sees
first, with a block for every booking; the List button shows the same rows as a list, and back."""

from __future__ import annotations

from typing import Any

import pytest

from kronos_desktop.app import Desk
from kronos_desktop.ui.agenda.view import AgendaView
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
