"""Helpers of the desk-lock tests: giving a member a PIN (or none) as the owner would, reading
the staff as the picker should show them, and stepping up to the desk through the real widgets."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from kronos_core.pins import hash_pin
from kronos_desktop.app import Desk
from kronos_desktop.ui.lock.lock_screen import LockScreen
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


def give_pin(desk: Desk, owner_id: uuid.UUID, staff_id: uuid.UUID, pin: str | None) -> None:
    """The owner sets (None: clears) ``staff_id``'s PIN, on the writer thread; views are told."""
    args = {"staff_id": str(staff_id), "pin_hash": hash_pin(pin) if pin is not None else None}
    applied = desk.writer.submit(desk.store.apply, "staff.set_pin", args, staff_id=owner_id).result()
    desk.hub.notify(applied.changed)


def sql(path: Path, query: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(query, params).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def tile_click(qtbot: Any, screen: LockScreen, staff_id: uuid.UUID) -> None:
    tile = screen.picker.tile(staff_id)
    assert tile is not None, f"{staff_id} is not in the picker"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)


def press_digits(qtbot: Any, screen: LockScreen, pin: str) -> None:
    """Type ``pin`` on the pad's buttons, then OK."""
    for digit in pin:
        qtbot.mouseClick(screen.pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.pad.ok_button, Qt.MouseButton.LeftButton)


def locked_window(qtbot: Any, window: MainWindow, desk: Desk) -> LockScreen:
    """Lock the desk and wait for the picker's read."""
    window.lock_desk()
    settle(qtbot, desk.ctx)
    assert window.shell.currentWidget() is window.lock_screen
    return window.lock_screen


def step_up(qtbot: Any, window: MainWindow, desk: Desk, staff_id: uuid.UUID, pin: str) -> None:
    """Pick ``staff_id`` and type ``pin``; wait until the desk is unlocked as them."""
    screen = locked_window(qtbot, window, desk)
    tile_click(qtbot, screen, staff_id)
    with qtbot.waitSignal(screen.unlocked, timeout=5000):
        press_digits(qtbot, screen, pin)


def says_tries_left(text: str, left: int) -> bool:
    """The pad's "Wrong PIN, N tries left" in English (its plural from kronos_en.ts)."""
    plural = "try" if left == 1 else "tries"
    return text == f"Wrong PIN, {left} {plural} left"
