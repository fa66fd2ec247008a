"""The client record: a page of the Clients section, in the list's place (Back, Alt+Left or Esc
returns to the list, its search and place kept).

A page rather than a window: at the counter the receptionist goes search → record → back to the
search with the keyboard alone, nothing to find behind the main window, nothing left open when
the next client walks in; it has the whole window's room at 1024×600.

The record is read on the reader thread (:func:`client_record.read_record`) for whoever is at the
desk, read again when one of its tables changes or someone else steps up. Its actions: Edit (the
client dialog with the record's values), and under More, the owners' and managers' Merge…,
Export data… and Erase… (kronos_desktop/ui/clients/merge_dialog.py and privacy.py).
"""

from __future__ import annotations

import uuid
import zoneinfo

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from kronos_desktop.store.queries.client_record import ClientRecord, read_record
from kronos_desktop.ui.clients.client_dialog import NewClientDialog
from kronos_desktop.ui.clients.forms_tab import FormsTab
from kronos_desktop.ui.clients.merge_dialog import merge_clients
from kronos_desktop.ui.clients.privacy import erase_client, export_client
from kronos_desktop.ui.clients.privacy_words import may_handle_privacy
from kronos_desktop.ui.clients.record_deposits import DepositsTab
from kronos_desktop.ui.clients.record_header import RecordHeader
from kronos_desktop.ui.clients.record_tabs import RecordTabs
from kronos_desktop.ui.common.day_view import Asker
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext


def live_record(record: ClientRecord) -> bool:
    """Neither merged into another record nor erased: it may be edited, and a form filled."""
    return record.merged_into is None and not record.erased


class ClientRecordView(QWidget):
    back = Signal()  # the person asked for the list again
    shown = Signal(object)  # the record on screen (a ClientRecord), each time one is shown
    fill_requested = Signal(object, object)  # client mode asked for: client id, the form amended or None
    TABLES = frozenset({"client", "appointment", "project", "sale", "payment", "studio"})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("clientRecordView")
        self.client_id: uuid.UUID | None = None
        self.record: ClientRecord | None = None
        self.dialog: NewClientDialog | None = None

        self.back_button = named(
            QPushButton("← " + self.tr("Clients")),
            "recordBackButton",
            self.tr("Back to the client list"),
            self.tr("Back to the client list (Alt+Left, Esc)"),
        )
        self.edit_button = named(QPushButton(self.tr("Edit…")), "recordEditButton", self.tr("Edit the client"))
        self.edit_button.setProperty("kind", "primary")
        self.more_button = named(QPushButton(self.tr("More")), "recordMoreButton", self.tr("More actions"))
        self.more_menu = QMenu(self.more_button)
        self.more_menu.setObjectName("recordMoreMenu")
        self.merge_action = named(self.more_menu.addAction(self.tr("Merge with another record…")), "recordMerge",
                                  self.tr("Merge with another record"))  # fmt: skip
        self.export_action = named(self.more_menu.addAction(self.tr("Export data…")), "recordExport",
                                   self.tr("Export the client's data (LGPD)"))  # fmt: skip
        self.more_menu.addSeparator()
        self.erase_action = named(self.more_menu.addAction(self.tr("Erase…")), "recordErase",
                                  self.tr("Erase the client's personal data (LGPD)"))  # fmt: skip
        self.more_menu.setToolTipsVisible(True)  # a disabled action says why
        self.more_button.setMenu(self.more_menu)
        self.status = QLabel()
        self.status.setObjectName("recordStatus")
        self.status.setProperty("role", "empty")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.header = RecordHeader(self)
        self.tabs = RecordTabs(self)
        self.forms_tab = FormsTab(ctx, self)
        self.tabs.addTab(self.forms_tab, self.tr("Forms"))
        self.deposits_tab = DepositsTab(ctx, self)
        self.tabs.addTab(self.deposits_tab, self.tr("Deposits"))

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.back.emit)
        self.edit_button.clicked.connect(self.edit)
        self.merge_action.triggered.connect(self.merge)
        self.export_action.triggered.connect(self.export)
        self.erase_action.triggered.connect(self.erase)
        self.header.open_kept.connect(self.open)
        self.forms_tab.fill_requested.connect(self.fill_requested)
        self.forms_tab.counted.connect(
            lambda n: self.tabs.setTabText(self.tabs.indexOf(self.forms_tab), self.tr("Forms (%n)", "", n))
        )
        self.deposits_tab.counted.connect(
            lambda n: self.tabs.setTabText(self.tabs.indexOf(self.deposits_tab), self.tr("Deposits (%n)", "", n))
        )
        ctx.hub.rows_changed.connect(self.on_rows_changed)
        ctx.who.changed.connect(self._on_who_changed)
        for widget in [self, *self.findChildren(QWidget)]:
            widget.installEventFilter(self)  # Alt+Left and Esc go back from anywhere in the record
        self._blank(self.tr("Loading…"))

    # -- keys ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.isVisible()
            and not isinstance(watched, QMenu)  # Esc in the More menu closes the menu alone
        ):
            key, mods = event.key(), event.modifiers()
            if (key == Qt.Key.Key_Left and mods == Qt.KeyboardModifier.AltModifier) or (
                key == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier
            ):
                self.back.emit()
                return True
        return super().eventFilter(watched, event)

    # -- reading -------------------------------------------------------------------------------
    def open(self, client_id: uuid.UUID) -> None:
        """Show ``client_id``'s record (what another client's record showed goes at once)."""
        if client_id != self.client_id:
            self.client_id = client_id
            self.record = None
            self._blank(self.tr("Loading…"))
            self.tabs.setCurrentIndex(0)
        self.refresh()

    def refresh(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        asker = Asker.of(self.ctx)  # taken here, on the GUI thread
        self.ctx.reads.ask(
            self, "record", lambda conn: (client_id, read_record(conn, client_id, asker.viewer(conn))), self._answered
        )

    def on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if self.client_id is not None and self.TABLES & changed.keys():
            self.refresh()

    def _on_who_changed(self) -> None:
        """Someone else at the desk: what was read for the one before goes first."""
        if self.client_id is not None:
            self.record = None
            self._blank(self.tr("Loading…"))
            self.refresh()

    def _answered(self, answer: tuple[uuid.UUID, ClientRecord | None]) -> None:
        client_id, record = answer
        if client_id != self.client_id:
            return
        if record is None:
            self.record = None
            self._blank(self.tr("This client's record is not available to you."))
            return
        self.record = record
        self.status.hide()
        self.header.show_record(record)
        self.tabs.show_record(record)
        self.forms_tab.show_client(record.id, zone=zoneinfo.ZoneInfo(record.zone_name), live=live_record(record))
        self.deposits_tab.show_client(record.id, zone=zoneinfo.ZoneInfo(record.zone_name), live=live_record(record))
        self.header.show()
        self.tabs.show()
        self._enable(record)
        self.shown.emit(record)

    def _blank(self, text: str) -> None:
        self.header.hide()
        self.tabs.hide()
        self.status.setText(text)
        self.status.show()
        self.edit_button.setEnabled(False)
        self.more_button.setEnabled(False)

    def _enable(self, record: ClientRecord) -> None:
        live = live_record(record)
        self.edit_button.setEnabled(live)
        manages = may_handle_privacy(self.ctx.who.role)  # owners and managers, as the mutations say
        self.more_button.setEnabled(True)
        for action in (self.merge_action, self.erase_action):
            action.setEnabled(manages and live)
        self.export_action.setEnabled(manages)
        why = "" if manages else self.tr("Only an owner or a manager merges, exports or erases a client's records.")
        for action, tip in (
            (self.merge_action, self.tr("Merge with another record")),
            (self.export_action, self.tr("Export the client's data (LGPD)")),
            (self.erase_action, self.tr("Erase the client's personal data (LGPD)")),
        ):
            action.setToolTip(why or tip)

    # -- actions -------------------------------------------------------------------------------
    def edit(self) -> None:
        if self.record is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        self.dialog = NewClientDialog(self.ctx, self, record=self.record)
        self.dialog.open()

    def merge(self) -> None:
        if self.client_id is not None:
            merge_clients(self, self.ctx, self.client_id)

    def export(self) -> None:
        if self.client_id is not None:
            export_client(self, self.ctx, self.client_id)

    def erase(self) -> None:
        if self.client_id is not None:
            erase_client(self, self.ctx, self.client_id)
