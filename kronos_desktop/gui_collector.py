"""Python's cycle collector, run on the GUI thread only.

The cyclic garbage collector runs in whichever thread happens to allocate when its threshold is
crossed: the reader, the writer or the sync thread as often as the GUI's. A cycle that holds a Qt
object (a dialog and a lambda that refers to it, say) is then freed off the GUI thread, and Qt
crashes the desk (seen here: a segmentation fault in the reader thread while it compiled a
query). As pyqtgraph, codimension and other Qt applications do, the automatic collector is turned
off and the GUI thread collects on a timer, generation by generation as the automatic one would;
reference counting still frees everything that is not in a cycle at once, on any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Disables the automatic collector while it lives, and collects on the GUI thread instead."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setObjectName("gcTimer")
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; the objects found."""
        first, second, third = gc.get_count()
        found = 0
        if first > self._threshold[0]:
            found += gc.collect(0)
            if second > self._threshold[1]:
                found += gc.collect(1)
                if third > self._threshold[2]:
                    found += gc.collect(2)
        return found

    def stop(self) -> None:
        """Back to Python's own collector (as it was before this one started)."""
        self.timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()


_installed: list[GuiThreadCollector] = []  # the application's, kept alive with it


def install(app: QObject) -> GuiThreadCollector:
    """The application's collector (once: a second call gives the first)."""
    if not _installed:
        _installed.append(GuiThreadCollector(app))
    return _installed[0]
