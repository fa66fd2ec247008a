"""The main window fits a small counter screen (1024x600): its first size is the screen's free
area at most, and nothing it holds (the demo's agenda, clients, checkout) asks for more."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from kronos_desktop.app import Desk
from kronos_desktop.ui.main_window import MINIMUM, MainWindow, fitting_size
from tests.desktop.column_fit import the_look

pytestmark = pytest.mark.gui

SMALL = QSize(1024, 600 - 40)  # 1024x600 less a taskbar


def test_the_first_size_fits_the_screen_and_never_goes_below_the_minimum() -> None:
    small = fitting_size(SMALL)
    assert small.width() <= SMALL.width()
    assert small.height() <= SMALL.height()
    assert fitting_size(QSize(1920, 1080)) == QSize(1280, 800)
    assert fitting_size(QSize(640, 400)) == MINIMUM


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_every_section_of_the_demo_fits_a_1024x600_screen(qtbot, desk: Desk, language: str) -> None:  # type: ignore[no-untyped-def]
    """Under the desk's own look (its style sheet), in each language: the Portuguese words are
    the longer ones (the questionnaire's title once pushed the Studio section to 1056 px)."""
    with the_look():
        window = MainWindow(desk.ctx, None)  # made under the look, as the app makes it
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            needed = window.minimumSizeHint().expandedTo(window.minimumSize())
            where = window.stack.currentWidget().objectName()
            assert needed.width() <= fitting_size(SMALL).width(), (where, language, needed)
            assert needed.height() <= fitting_size(SMALL).height(), (where, language, needed)
