"""Switching who is at the desk: the PIN check, and from picking a name to the desk unlocked.

``desk.pin_check_ms``: p95 of the PIN check as the lock screen runs it (the member's synced hash
read from a real demo desk file, then argon2id verified at kronos_core.pins.MIN_COST); baseline,
in the same run: the argon2id verify alone on a hash in memory. ``desk.pin_switch_ms``: p95 from
a click on a name in the picker to the desk unlocked (PIN typed on the pad, checked on the reader
thread, the workspace back), through the real widgets on offscreen Qt; baseline: the PIN check's
p50 (so the ratio is what the widgets and the threads add). The p50s are printed beside them.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

from bench.harness import Figure, benchmark

CHECKS = 40
SWITCHES = 30
PIN = "1234"


def p95(samples: Sequence[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def _demo_desk(folder: Path) -> tuple[object, list[object]]:
    """A standard demo desk whose artists have PIN 1234 (as the demo's README says)."""
    from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
    from kronos_core.pins import hash_pin
    from kronos_desktop.store import LocalStore

    store = LocalStore.open(folder)
    store.ensure_identity(studio_id=DEMO_STUDIO_ID)
    with store.engine.begin() as conn:
        demo = generate_demo(conn, size=DemoSize.standard())
    store.set_desk_staff(demo.receptionist_id)
    for staff_id in demo.artist_ids:
        store.apply("staff.set_pin", {"staff_id": str(staff_id), "pin_hash": hash_pin(PIN)}, staff_id=demo.owner_id)
    return store, list(demo.artist_ids)


@benchmark("desk.pin_check_ms", "desk.pin_check_p50_ms", "desk.pin_switch_ms", "desk.pin_switch_p50_ms")
def pin_switch(tmp: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from kronos_core.pins import hash_pin, pin_matches
    from kronos_desktop.app import Desk, create_application
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries import Reader
    from kronos_desktop.store.queries.desk_lock import check_pin
    from kronos_desktop.ui.main_window import MainWindow

    folder = tmp / "desk"
    store, artists = _demo_desk(folder)
    store.close()  # type: ignore[attr-defined]

    # The PIN check alone, on the reader's connection (as the lock screen asks it).
    reader = Reader(LocalStore.open(folder).path)
    checks: list[float] = []
    try:
        with reader.connect() as conn:
            for i in range(CHECKS):
                start = time.perf_counter()
                assert check_pin(conn, artists[i % len(artists)], PIN)  # type: ignore[arg-type]
                checks.append((time.perf_counter() - start) * 1000)
    finally:
        reader.close()
    in_memory = hash_pin(PIN)
    verify: list[float] = []
    for _ in range(CHECKS):
        start = time.perf_counter()
        assert pin_matches(in_memory, PIN)
        verify.append((time.perf_counter() - start) * 1000)

    # From a click on a name to the desk unlocked, through the widgets.
    app = create_application("kronos-bench")
    desk = Desk(LocalStore.open(folder), "en")
    window = MainWindow(desk.ctx, None)
    window.show()
    screen = window.lock_screen
    switches: list[float] = []

    def wait(signal: object, ms: int = 10_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    try:
        for i in range(SWITCHES + 2):
            window.lock_desk()
            while not desk.ctx.reads.idle() or not screen.picker.tiles:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            tile = screen.picker.tile(artists[i % len(artists)])
            assert tile is not None
            start = time.perf_counter()
            QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
            for digit in PIN:
                QTest.mouseClick(screen.pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
            QTest.mouseClick(screen.pad.ok_button, Qt.MouseButton.LeftButton)
            if window.desk_lock.locked:
                wait(screen.unlocked)
            took = (time.perf_counter() - start) * 1000
            if window.desk_lock.locked:
                raise RuntimeError("the desk did not unlock")
            if i >= 2:  # two warm-ups
                switches.append(took)
    finally:
        window.confirm_quit = False
        window.close()
        window.deleteLater()
        desk.close()
    check_p50 = statistics.median(checks)
    return [
        Figure("desk.pin_check_ms", p95(checks), "ms", p95(verify)),
        Figure("desk.pin_check_p50_ms", check_p50, "ms", statistics.median(verify)),
        Figure("desk.pin_switch_ms", p95(switches), "ms", check_p50),
        Figure("desk.pin_switch_p50_ms", statistics.median(switches), "ms", check_p50),
    ]
