"""The sign-in in the main window: Settings → Connection…, and its badge in the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from kronos_desktop.ui.actions import ActionSet, spec
from kronos_desktop.ui.sync.connection_badge import ConnectionBadge
from kronos_desktop.ui.sync.connection_dialog import ConnectionDialog
from kronos_desktop.ui.sync.session_bridge import SessionBridge

translate = QCoreApplication.translate


class ConnectionMenu:
    """Owns the menu action, the status-bar badge and the (one) open connection dialog."""

    def __init__(
        self,
        window: QMainWindow,
        bridge: SessionBridge,
        language: str,
        pending: Callable[[], int] = lambda: 0,
        *,
        cannot_join: Callable[[], str] = lambda: "",
    ) -> None:
        self.window = window
        self.bridge = bridge
        self.language = language
        self._pending = pending
        self._cannot_join = cannot_join  # why this desk cannot join a server ("" if it can)
        self.dialog: ConnectionDialog | None = None
        self.badge = ConnectionBadge(window.statusBar())
        window.statusBar().addPermanentWidget(self.badge)
        self.badge.clicked.connect(self.open)
        bridge.status_changed.connect(self.badge.show_status)
        self.badge.show_status(bridge.status())
        # Settings → Connection… is declared in the action registry (kronos_desktop/ui/actions.py);
        # the window built it hidden, and it shows once it has this handler.
        action_set = getattr(window, "action_set", None)
        if isinstance(action_set, ActionSet):
            self.action = action_set.bind("settings.connection", self.open)
        else:  # a window without the registry's menus (none today)
            self.action = QAction(translate("ConnectionMenu", "&Connection…"), window)
            self.action.setObjectName(spec("settings.connection").object_name)
            self.action.triggered.connect(self.open)

    def open(self) -> ConnectionDialog:
        if self.dialog is None:
            self.dialog = ConnectionDialog(
                self.bridge, self.language, self._pending, self.window, cannot_join=self._cannot_join
            )
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
