"""The light and the dark theme (kronos_desktop/ui/look.py): following the system's colour
scheme as it changes, chosen in Settings → Theme at once and remembered at the next start."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kronos_desktop.app import Desk
from kronos_desktop.ui import look
from kronos_desktop.ui.backup_keeper import BackupKeeper, install_in_status_bar
from kronos_desktop.ui.look import apply_look, saved_theme
from kronos_desktop.ui.look_colours import LIGHT, luminance
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle

ROOT = Path(__file__).resolve().parents[2]
ISOLATED = os.environ.get("KRONOS_LOOK_ISOLATED") == "1"
# A theme switch restyles every widget of the process. After some other tests' leftovers (seen:
# test_session_record_dialog's 1024-wide dialog under column_fit.the_look, then any app-wide
# setStyleSheet) Qt crashes in QApplication::setStyleSheet; the switches run in a process of
# their own, started by the first test here.
isolated = pytest.mark.skipif(not ISOLATED, reason="run in a process of their own (the test below)")


def test_the_theme_switches_run_in_a_process_of_their_own() -> None:
    if ISOLATED:
        pytest.skip("this is that process")
    env = {**os.environ, "KRONOS_LOOK_ISOLATED": "1", "QT_QPA_PLATFORM": "offscreen"}
    files = ["tests/desktop/test_look.py", "tests/desktop/test_theme_contrast.py"]
    args = ["-m", "pytest", "-n0", "-q", "-p", "no:cacheprovider", "-o", "faulthandler_timeout=120", *files]
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in done.stdout


def switch_system_scheme(scheme: Qt.ColorScheme) -> None:
    """The system's colour scheme changes. Qt asks the platform (QStyleHints.setColorScheme, Qt
    6.8+); a platform that cannot (offscreen, bare X) says nothing, so the test says what the
    platform would: the hints' colorSchemeChanged with the new scheme."""
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(scheme)
    if hints.colorScheme() != scheme:
        hints.colorSchemeChanged.emit(scheme)
    QApplication.processEvents()


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The application under the desk's look for the test; as the other tests expect it after."""
    found = QApplication.instance()
    assert isinstance(found, QApplication)
    yield found
    QGuiApplication.styleHints().unsetColorScheme()
    look.look_of(found).stop()
    look._current = LIGHT
    found.setStyleSheet("")
    found.setPalette(found.style().standardPalette())


def pixel(widget: QWidget, x: int = 3, y: int = 3) -> QColor:
    QApplication.processEvents()
    return widget.grab().toImage().pixelColor(x, y)


def is_dark(color: QColor) -> bool:
    return luminance(color) < 0.05


@isolated
def test_following_the_system_the_window_goes_dark_and_back(qtbot: Any, desk: Desk, app: QApplication) -> None:
    """With "follow the system", the system turning dark darkens the open window at once (its
    page, a label's text turning light, the drawn agenda's page), and turning light again brings
    the light look back; the sidebar stays dark in both."""
    switch_system_scheme(Qt.ColorScheme.Light)
    apply_look(app, "system")
    window = MainWindow(desk.ctx, None)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, desk.ctx)
    stack = window.findChild(QWidget, "sectionStack")
    sidebar = window.findChild(QWidget, "sidebar")
    assert stack is not None
    assert sidebar is not None
    label = window.findChild(QLabel, "agendaSummary")
    assert label is not None
    assert not is_dark(pixel(stack))
    assert look.colours().name == "light"

    switch_system_scheme(Qt.ColorScheme.Dark)
    assert look.colours().name == "dark"
    assert is_dark(pixel(stack)), "the page is dark"
    assert luminance(label.palette().windowText().color()) > 0.3, "text is light on it"
    assert is_dark(window.palette().base().color())
    assert is_dark(pixel(sidebar))
    canvas = window.agenda.canvas  # the drawn day: its page repainted in the dark theme's colours
    assert is_dark(pixel(canvas, 5, canvas.height() - 5))

    switch_system_scheme(Qt.ColorScheme.Light)
    assert look.colours().name == "light"
    assert not is_dark(pixel(stack))
    assert luminance(label.palette().windowText().color()) < 0.15
    assert not is_dark(pixel(canvas, 5, canvas.height() - 5))
    assert is_dark(pixel(sidebar)), "the sidebar is dark on the light theme too"


@isolated
def test_a_chosen_theme_stays_whatever_the_system_does(app: QApplication) -> None:
    switch_system_scheme(Qt.ColorScheme.Dark)
    apply_look(app, "light")
    assert look.colours().name == "light"
    switch_system_scheme(Qt.ColorScheme.Light)
    apply_look(app, "dark")
    switch_system_scheme(Qt.ColorScheme.Light)
    assert look.colours().name == "dark"
    assert is_dark(app.palette().window().color())


@isolated
def test_the_style_sheet_has_every_colour_of_the_theme_filled_in(app: QApplication) -> None:
    for theme in ("light", "dark"):
        apply_look(app, theme)
        sheet = app.styleSheet()
        assert sheet, "the style sheet is loaded"
        assert not re.search(r"@[a-zA-Z_]+@", sheet), "no placeholder left unfilled"
        assert look.colours().window in sheet


def _theme_action(window: MainWindow, key: str) -> QAction:
    action = window.findChild(QAction, f"theme_{key}")
    assert action is not None
    return action


@isolated
def test_choosing_dark_in_settings_is_at_once_and_remembered_at_the_next_start(
    qtbot: Any, desk: Desk, app: QApplication, tmp_path: Path
) -> None:
    """Settings → Theme → Dark: the open window darkens at once (no restart), the choice is
    saved, and the next start (a new window on the same settings) shows dark and ticks Dark."""
    settings = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    switch_system_scheme(Qt.ColorScheme.Light)
    apply_look(app, saved_theme(settings))
    window = MainWindow(desk.ctx, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, desk.ctx)
    stack = window.findChild(QWidget, "sectionStack")
    assert stack is not None
    assert _theme_action(window, "system").isChecked()
    assert not is_dark(pixel(stack))

    _theme_action(window, "dark").trigger()
    assert is_dark(pixel(stack)), "dark at once"
    assert _theme_action(window, "dark").isChecked()
    window.close()

    again = QSettings(str(tmp_path / "kronos.ini"), QSettings.Format.IniFormat)
    assert saved_theme(again) == "dark"
    apply_look(app, "light")  # whatever showed before the start
    apply_look(app, saved_theme(again))  # what kronos_desktop.app.run does at start
    second = MainWindow(desk.ctx, again)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    stack = second.findChild(QWidget, "sectionStack")
    assert stack is not None
    assert is_dark(pixel(stack))
    assert _theme_action(second, "dark").isChecked()

    _theme_action(second, "system").trigger()  # and back to following the (light) system
    assert not is_dark(pixel(stack))
    assert saved_theme(again) == "system"


@isolated
def test_a_widget_s_own_colours_follow_the_theme(qtbot: Any, app: QApplication) -> None:
    """A widget's own style sheet in the theme's colours (look.themed): a clash in red reads on
    the light page and on the dark one, switched at once; gone with the widget."""
    apply_look(app, "light")
    label = QLabel("Clash")
    qtbot.addWidget(label)
    look.themed(label, "QLabel { color: @error@; font-weight: bold; }")
    assert LIGHT.error in label.styleSheet()
    apply_look(app, "dark")
    assert look.colours().error in label.styleSheet()
    assert look.colours().error != LIGHT.error
    label.show()
    qtbot.waitExposed(label)
    assert luminance(label.palette().windowText().color()) > 0.3, "light red on the dark page"


@isolated
def test_a_long_backup_warning_leaves_the_lock_button_on_a_small_screen(
    qtbot: Any, desk: Desk, app: QApplication, tmp_path: Path
) -> None:
    """The status bar's red "the last backup failed" is cut on a 1024-wide window (its tooltip
    says it whole) rather than pushing "Lock / switch person" off the window's edge."""
    apply_look(app, "dark")
    window = MainWindow(desk.ctx, None)
    qtbot.addWidget(window)
    keeper = BackupKeeper(desk.store.path, QSettings(str(tmp_path / "k.ini"), QSettings.Format.IniFormat))
    warning = install_in_status_bar(keeper, window.statusBar())
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, desk.ctx)
    words = "The last backup failed: the folder E:/KRONOS/copies is gone. Trying again in 10 minutes."
    keeper.problem.emit(words)
    QApplication.processEvents()
    lock = window.findChild(QWidget, "deskMemberButton")
    assert lock is not None
    assert warning.isVisible()
    assert warning.toolTip() == words
    right = lock.mapTo(window, lock.rect().topRight()).x()
    assert right <= window.width(), f"the lock button ends at {right}, past the window's {window.width()}"
    assert lock.visibleRegion().boundingRect().width() == lock.width(), "the lock button is whole"
