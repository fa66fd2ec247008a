"""Wrong PINs at the desk (kronos_desktop/store/pin_lockout.py, through the real lock screen):
five in a row lock that member on this desk for five minutes, shown counting down on the
picker; the right PIN clears the count; the lock is in the desk's file, so it survives a restart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kronos_core.demo import DemoStudio
from kronos_desktop.app import Desk
from kronos_desktop.store import LocalStore, pin_lockout
from kronos_desktop.store.pin_lockout import FIRST_LOCK, LONGEST_LOCK, lock_length
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.lock_helpers import give_pin, locked_window, press_digits, says_tries_left, sql, tile_click
from tests.desktop.reads import settle

NOON = dt.datetime(2026, 3, 10, 15, 0, tzinfo=dt.UTC)


@pytest.fixture
def language() -> str:
    return "en"


class Clock:
    def __init__(self) -> None:
        self.now = NOON

    def __call__(self) -> dt.datetime:
        return self.now


def test_lock_lengths_double_from_five_minutes_up_to_an_hour() -> None:
    assert [lock_length(n) for n in range(1, 5)] == [None] * 4
    assert lock_length(5) == FIRST_LOCK == dt.timedelta(minutes=5)
    assert lock_length(6) == dt.timedelta(minutes=10)
    assert lock_length(8) == dt.timedelta(minutes=40)
    assert lock_length(9) == lock_length(30) == LONGEST_LOCK


def test_five_wrong_pins_lock_the_member_with_the_time_shown_and_the_right_pin_clears(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    artist = demo.artist_ids[0]
    give_pin(desk, demo.owner_id, artist, "2468")
    clock = Clock()
    screen = locked_window(qtbot, window, desk)
    screen.use_clock(clock)
    tile_click(qtbot, screen, artist)
    for left in (4, 3, 2, 1):
        press_digits(qtbot, screen, "1111")
        qtbot.waitUntil(lambda left=left: says_tries_left(screen.pad.message.text(), left))
        assert screen.pad.pin() == "", "a wrong PIN clears the dots"
    press_digits(qtbot, screen, "1111")  # the fifth
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.picker)
    name = sql(desk.store.path, "SELECT display_name FROM staff WHERE id = ?", artist.hex)[0][0]
    assert screen.notice.text() == f"Too many wrong PINs: {name} is locked on this desk for 5:00."
    settle(qtbot, desk.ctx)
    tile = screen.picker.tile(artist)
    assert tile is not None
    assert tile.caption() == "Locked for 5:00"
    clock.now += dt.timedelta(minutes=1, seconds=28)
    screen.picker.tick()
    assert tile.caption() == "Locked for 3:32"
    assert "Locked for 3:32" in tile.accessibleName()

    # While locked, picking them opens no pad, even with the right PIN at hand.
    tile_click(qtbot, screen, artist)
    assert screen.pages.currentWidget() is screen.picker
    assert "locked on this desk" in screen.notice.text()

    # Five minutes on, the right PIN unlocks and clears the count.
    clock.now = NOON + dt.timedelta(minutes=5, seconds=1)
    screen.picker.tick()
    assert tile.caption() == "Artist"
    tile_click(qtbot, screen, artist)
    with qtbot.waitSignal(screen.unlocked, timeout=5000):
        press_digits(qtbot, screen, "2468")
    assert window.at_desk.staff_id == artist
    qtbot.waitUntil(lambda: not sql(desk.store.path, "SELECT failures FROM pin_lockout"))


def test_after_a_lock_each_wrong_pin_locks_again_for_longer(desk: Desk, demo: DemoStudio) -> None:
    artist = demo.artist_ids[1]
    for _ in range(5):
        last = desk.writer.submit(pin_lockout.record_failure, desk.store, artist, NOON).result()
    assert last.locked_until == NOON + dt.timedelta(minutes=5)
    # A wrong try while locked is not counted; the one after the lock ends locks for ten minutes.
    during = desk.writer.submit(pin_lockout.record_failure, desk.store, artist, NOON + dt.timedelta(minutes=1)).result()
    assert during == last
    later = NOON + dt.timedelta(minutes=6)
    again = desk.writer.submit(pin_lockout.record_failure, desk.store, artist, later).result()
    assert (again.failures, again.locked_until) == (6, later + dt.timedelta(minutes=10))


def test_the_lock_survives_a_restart_of_the_desk(  # type: ignore[no-untyped-def]
    qtbot, demo_dir: Path, demo: DemoStudio, translated: str
) -> None:
    artist = demo.artist_ids[2]
    first = Desk(LocalStore.open(demo_dir), translated)
    try:
        for _ in range(5):
            first.writer.submit(pin_lockout.record_failure, first.store, artist, NOON).result()
    finally:
        first.close()
    again = Desk(LocalStore.open(demo_dir), translated)
    try:
        window = MainWindow(again.ctx, None)
        qtbot.addWidget(window)
        window.show()
        screen = locked_window(qtbot, window, again)
        screen.use_clock(lambda: NOON + dt.timedelta(minutes=2))
        tile = screen.picker.tile(artist)
        assert tile is not None
        assert tile.caption() == "Locked for 3:00"
        window.close()
    finally:
        again.close()
