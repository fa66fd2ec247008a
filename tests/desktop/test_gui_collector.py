"""Cycles holding Qt objects are freed on the GUI thread, never by a worker thread that happens
to allocate (the reader thread once crashed the desk that way: kronos_desktop/gui_collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject

from kronos_desktop.gui_collector import GuiThreadCollector


def test_a_cycle_holding_a_qt_object_is_freed_on_the_gui_thread(qtbot: Any) -> None:
    before = gc.isenabled()
    collector = GuiThreadCollector(interval_ms=20)
    try:
        assert not gc.isenabled()
        freed_in: list[str] = []
        holder = QObject()
        holder.setProperty("kept", True)
        cycle: list[Any] = [holder]
        cycle.append(cycle)  # unreachable once dropped, but only the cycle collector frees it
        marker = weakref.finalize(_Box(cycle), lambda: freed_in.append(threading.current_thread().name))
        del holder, cycle

        kept: list[list[Any]] = []  # allocations a worker holds: far past the collector's threshold
        worker = threading.Thread(target=lambda: kept.extend([] for _ in range(100_000)), name="reader")
        worker.start()
        worker.join()
        assert freed_in == [], "a worker thread's allocations never run the collector"

        qtbot.waitUntil(lambda: bool(freed_in), timeout=5000)  # the GUI thread's timer does
        kept.clear()
        assert freed_in == [threading.main_thread().name]
        assert not marker.alive
    finally:
        collector.stop()
    assert gc.isenabled() is before, "the collector leaves Python's own as it found it"


class _Box:
    """A cycle of its own (it refers to itself) holding the list that holds the Qt object."""

    def __init__(self, held: list[Any]) -> None:
        self.held = held
        self.me = self
