"""The idle lock with a controlled clock: an idle desk locks back to the picker after the
studio's minutes; input starts the count again; a view's hold keeps it unlocked (the PIX code,
a client filling a form) until released; what was on screen is there after unlocking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from kronos_core.demo import DemoStudio
from kronos_desktop.app import Desk
from kronos_desktop.store.queries.desk_lock import Member
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.lock_helpers import give_pin, press_digits, tile_click


class Clock:
    """Monotonic seconds that only move when the test says."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def minutes(self, m: float) -> None:
        self.t += m * 60


@pytest.fixture
def clock(window: MainWindow) -> Clock:
    made = Clock()
    window.desk_lock.use_clock(made)
    window.desk_lock.set_idle_minutes(5)
    window.desk_lock.timer.setInterval(50)  # it checks about once a second; the test need not wait
    return made


def _member(window: MainWindow, demo: DemoStudio) -> Member:
    found = window.lock_screen.desk.member(demo.artist_ids[0])
    assert found is not None
    return found


def test_an_idle_desk_locks_after_the_minutes_and_input_resets_the_count(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, clock: Clock, demo: DemoStudio
) -> None:
    window.desk_lock.unlock_as(_member(window, demo))
    clock.minutes(4)
    qtbot.keyClick(window.clients, Qt.Key.Key_Shift)  # someone is at the desk
    clock.minutes(4)
    qtbot.wait(200)  # a few of the timer's checks
    assert not window.desk_lock.locked
    assert window.shell.currentWidget() is window.workspace

    clock.minutes(1.01)
    qtbot.waitUntil(lambda: window.desk_lock.locked, timeout=3000)
    assert window.shell.currentWidget() is window.lock_screen
    assert window.desk_lock.member is None
    assert not window.action_set.actions["edit.undo"].isEnabled()
    assert not window.action_set.actions["go.clients"].isEnabled(), "no way around the lock from the menus"
    assert not window.status.isEnabled(), "the conflicts button is not a way in either"


def test_a_hold_keeps_the_desk_unlocked_and_its_release_lets_it_lock(  # type: ignore[no-untyped-def]
    window: MainWindow, clock: Clock, demo: DemoStudio
) -> None:
    lock = window.desk_lock
    lock.unlock_as(_member(window, demo))
    token = lock.hold(window.checkout)
    clock.minutes(30)
    assert not lock.check_idle()
    assert not lock.locked
    lock.release(token)  # the client finished: the count starts from now
    clock.minutes(4)
    assert not lock.check_idle()
    clock.minutes(1)
    assert lock.check_idle()
    assert lock.locked


def test_a_hold_ends_with_the_view_that_held_it(window: MainWindow, clock: Clock, demo: DemoStudio) -> None:  # type: ignore[no-untyped-def]
    lock = window.desk_lock
    lock.unlock_as(_member(window, demo))
    owner = QObject()
    with lock.hold(owner):
        assert lock.held
    assert not lock.held
    screen = QWidget()
    lock.hold(screen)
    assert lock.held
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not lock.held
    clock.minutes(5)
    assert lock.check_idle()


def test_no_idle_lock_when_the_studio_says_never(window: MainWindow, clock: Clock, demo: DemoStudio) -> None:
    lock = window.desk_lock
    lock.unlock_as(_member(window, demo))
    lock.set_idle_minutes(0)
    clock.minutes(600)
    assert not lock.check_idle()
    assert not lock.timer.isActive()


def test_the_idle_minutes_are_the_studios(window: MainWindow, desk: Desk) -> None:
    assert window.desk_lock.idle_minutes == 5  # the studio's default


def test_what_was_on_screen_is_there_after_unlocking(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, clock: Clock, demo: DemoStudio
) -> None:
    artist = demo.artist_ids[0]
    give_pin(desk, demo.owner_id, artist, "2468")
    window.desk_lock.unlock_as(_member(window, demo))
    window.show_section("clients")
    window.clients.search.setText("Ana")
    window.clients.open_new_client()
    dialog = window.clients.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.full_name.setText("Lia Prado")
    clock.minutes(6)
    qtbot.waitUntil(lambda: window.desk_lock.locked, timeout=3000)
    assert not window.clients.isVisible(), "nothing of the clients shows behind the lock"
    assert not dialog.isVisible(), "nor a dialog left open"
    screen = window.lock_screen
    qtbot.waitUntil(lambda: screen.picker.tile(artist) is not None)
    tile_click(qtbot, screen, artist)
    with qtbot.waitSignal(screen.unlocked, timeout=5000):
        press_digits(qtbot, screen, "2468")
    assert window.shell.currentWidget() is window.workspace
    assert window.current_section() == "clients"
    assert window.clients.isVisible()
    assert window.clients.search.text() == "Ana"
    assert dialog.isVisible()
    assert dialog.full_name.text() == "Lia Prado"


def test_a_lock_as_the_desk_closes_is_not_an_error(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The idle lock may fire as the desk quits, after the writer stopped (a CI run saw 'cannot
    schedule new futures after shutdown'): nobody is recorded, nothing raises."""
    window.ctx.runner.writer.shutdown()
    window.desk_lock.member_changed.emit(None)
    qtbot.wait(20)
