"""The second click of a double-click never acts in what the first opened: for the double-click
interval after a window or page shows, the mouse presses, releases and double-clicks aimed at it
are swallowed (a double-click on "Open ticket" opened the ticket and then the editor of the line
under the pointer; on "Take deposit…" it dropped the Paid-by list open). Keys are untouched."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QMouseEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

MOUSE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)


class ClickGuard(QObject):
    """Installed on ``target``: each time it shows, the clicks on it wait out the interval."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.target = target
        self.until = 0.0
        self.watching = False
        target.installEventFilter(self)

    def arm(self) -> None:
        app = QApplication.instance()
        if app is None:
            return
        self.until = time.monotonic() + QApplication.doubleClickInterval() / 1000
        if not self.watching:
            app.installEventFilter(self)
            self.watching = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.target and kind == QEvent.Type.Show:
            self.arm()
            return False
        if not self.watching or kind not in MOUSE:
            return False
        if time.monotonic() >= self.until:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self.watching = False
            return False
        if isinstance(watched, QWidget):
            return watched is self.target or self.target.isAncestorOf(watched)
        # the press reaches the native window first, which gives the focus before any widget sees it
        top = self.target.window()
        if not isinstance(watched, QWindow) or watched is not top.windowHandle() or not isinstance(event, QMouseEvent):
            return False
        at = self.target.mapFrom(top, event.position().toPoint())
        return self.target.rect().contains(at)


def guard_clicks(target: QWidget) -> ClickGuard:
    """``target`` ignores the clicks of the double-click interval after it shows."""
    return ClickGuard(target)
