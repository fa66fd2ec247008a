"""The status bar: the sync state and who is at the desk."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from kronos_desktop.ui import fmt
from kronos_desktop.ui.context import DeskContext


class DeskStatusBar(QStatusBar):
    TABLES = frozenset({"replica", "staff", "studio"})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("statusBar")
        self.setSizeGripEnabled(False)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        self.sync_label.setProperty("role", "badge")
        self.staff_label = QLabel()
        self.staff_label.setObjectName("deskStaff")
        self.addWidget(self.sync_label)
        self.addPermanentWidget(self.staff_label)
        ctx.hub.rows_changed.connect(self.on_rows_changed)
        self.refresh()

    def on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        # Every local change adds to the outbox, so the count of waiting changes moves too.
        self.refresh()

    def refresh(self) -> None:
        desk = self.ctx.desk()
        if desk is None or desk.server_url is None:
            self.sync_label.setText(self.tr("Standalone"))
            pending = desk.pending if desk is not None else 0
            self.sync_label.setToolTip(
                self.tr(
                    "No server is configured: this computer is the whole studio. "
                    "Its %Ln change(s) are kept and will be sent when a server is connected.",
                    "",
                    pending,
                )
            )
        else:
            self.sync_label.setText(self.tr("Not connected · %Ln change(s) waiting", "", desk.pending))
            self.sync_label.setToolTip(self.tr("Server: {url}").format(url=desk.server_url))
        self.sync_label.setAccessibleName(self.tr("Sync state: {state}").format(state=self.sync_label.text()))
        staff = self.ctx.reader.staff_member(desk.staff_id) if desk is not None and desk.staff_id else None
        if staff is None:
            self.staff_label.setText(self.tr("No one identified at the desk"))
        else:
            self.staff_label.setText(
                self.tr("At the desk: {name} ({role})").format(name=staff.name, role=fmt.role_label(staff.role))
            )
        self.staff_label.setAccessibleName(self.staff_label.text())
