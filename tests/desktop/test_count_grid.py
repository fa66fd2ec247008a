"""The blind count at the day's close (ui/checkout/count_grid.py and close_result.CloseDayDialog)
on a real desk file: quantities typed with the keyboard, Enter and Tab going down the notes then
the coins, each line's total and the counted total as they are typed; a negative quantity said in
words and nothing confirmed from it; the expected amount nowhere in the dialog until the count is
confirmed, then expected against counted with the difference in words. In English."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kronos_core.drawer import DENOMINATIONS
from kronos_desktop.ui.checkout.close_result import CloseDayDialog, day_reader, difference_text
from kronos_desktop.ui.checkout.count_grid import CountGrid
from tests.desktop.checkout_rows import DAY
from tests.desktop.test_drawer_panel import Studio, caixa, click, open_day, studio, texts, type_in

__all__ = ["studio"]
pytestmark = pytest.mark.usefixtures("shown")


@pytest.fixture
def language() -> str:
    return "en"


def key(qtbot: QtBot, widget: Any, which: Qt.Key) -> None:
    qtbot.keyClick(widget, which)  # type: ignore[no-untyped-call]


def shown_grid(qtbot: QtBot) -> CountGrid:
    grid = CountGrid()
    qtbot.addWidget(grid)
    grid.show()
    return grid


def test_quantities_typed_down_the_grid_add_up(qtbot: QtBot, translated: str) -> None:
    grid = shown_grid(qtbot)
    grid.focus_first()
    typed = {20_000: "1", 10_000: "2", 5_000: "", 2_000: "3"}  # R$ 200, 2 × R$ 100, none of R$ 50, 3 × R$ 20
    for text in typed.values():
        focused = grid.focusWidget()
        assert focused is not None
        if text:
            type_in(qtbot, focused, text)
        key(qtbot, focused, Qt.Key.Key_Return)  # Enter goes down
    assert grid.focusWidget() is grid.fields[1_000], "Enter moved down to R$ 10"
    type_in(qtbot, grid.fields[1_000], "1")
    key(qtbot, grid.fields[1_000], Qt.Key.Key_Tab)  # Tab too
    assert grid.focusWidget() is grid.fields[500]
    type_in(qtbot, grid.fields[25], "4")

    assert grid.line_totals[10_000].text() == "R$200.00"
    assert grid.line_totals[2_000].text() == "R$60.00"
    assert grid.line_totals[5_000].text() == "", "an empty line is 0 and shows nothing"
    assert grid.line_totals[25].text() == "R$1.00"
    assert grid.total() == 20_000 + 20_000 + 6_000 + 1_000 + 100
    assert grid.total_label.text() == "Counted: R$471.00"
    assert grid.grid() == {d: {20_000: 1, 10_000: 2, 2_000: 3, 1_000: 1, 25: 4}.get(d, 0) for d in DENOMINATIONS}


def test_the_last_coin_hands_over_to_confirm(qtbot: QtBot, translated: str) -> None:
    grid = shown_grid(qtbot)
    last = grid.fields[DENOMINATIONS[-1]]
    last.setFocus()
    with qtbot.waitSignal(grid.done, timeout=1000):
        key(qtbot, last, Qt.Key.Key_Enter)


def test_a_negative_quantity_is_refused_in_words(qtbot: QtBot, translated: str) -> None:
    grid = CountGrid()
    qtbot.addWidget(grid)
    grid.show()
    type_in(qtbot, grid.fields[5_000], "-2")
    assert grid.problem.isVisible()
    assert grid.problem.text() == "R$50.00: a quantity cannot be negative. Type how many there are (0 or more)."
    assert grid.fields[5_000].property("invalid") is True
    assert grid.total() is None
    assert grid.grid() is None
    assert grid.total_label.text() == "Counted: fix the lines marked in red"
    grid.fields[5_000].setText("2")
    assert not grid.problem.isVisible()
    assert grid.total() == 10_000


def test_the_expected_amount_shows_only_once_the_count_is_confirmed(qtbot: QtBot, studio: Studio) -> None:
    open_day(studio, 20_000)  # expected: R$ 200 float + R$ 110 cash = R$ 310
    _view, panel = caixa(qtbot, studio)
    assert panel.shown is not None
    dialog = CloseDayDialog(studio.desk.ctx, DAY, day_reader(panel.shown.studio_id, panel.shown.device_id, DAY))
    qtbot.addWidget(dialog)
    dialog.show()
    type_in(qtbot, dialog.grid.fields[10_000], "-1")
    click(qtbot, dialog.confirm)
    assert dialog.expected is None, "a wrong count is not confirmed"
    assert dialog.pages.currentIndex() == 0
    dialog.grid.fields[10_000].setText("3")
    type_in(qtbot, dialog.grid.fields[1_000], "2")  # R$ 320: R$ 10 over
    assert "R$310.00" not in texts(dialog)
    assert dialog.expected is None

    with qtbot.waitSignal(dialog.result_shown, timeout=10_000):
        click(qtbot, dialog.confirm)
    shown = texts(dialog)
    assert "R$310.00" in shown
    assert "R$320.00" in shown
    assert "Over: R$10.00 more than expected" in shown
    assert dialog.grid.fields[10_000].isReadOnly(), "the confirmed count is what the close records"
    assert dialog.note_label.text() == "Note *"


def test_the_difference_in_words(translated: str) -> None:
    assert difference_text(0) == "No difference: the count matches"
    assert difference_text(-250) == "Short: R$2.50 less than expected"
    assert difference_text(1_000) == "Over: R$10.00 more than expected"
