"""History: the studio's audit trail, newest first (who did what, at which desk, when), for
owners and managers; filtered at a choice by client (a search, as on Clients: their records,
bookings, projects and sales), by kind of change (clients' records: merges, exports, erasures,
blocks; bookings; staff and settings...) and by the member who made the change."""

from __future__ import annotations

import enum
import uuid
import zoneinfo
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget
from sqlalchemy import Connection

from kronos_core.roles import MANAGEMENT
from kronos_desktop.store.queries.activity import HistoryEntry, history, members
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.store.queries.desk import here
from kronos_desktop.ui.common.fmt import date_text, time_text
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.settings.history_words import entry_text

SEARCH_DELAY_MS = 250  # as the Clients list: the trail is read again once typing pauses


class HistoryModel(RowTableModel[HistoryEntry]):
    class Col(enum.IntEnum):
        WHEN = 0
        WHO = 1
        WHAT = 2
        DESK = 3

    def __init__(self, ctx: DeskContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.zone = zone_or_default(None)  # the studio's, read with the entries

    def specs(self) -> dict[Any, ColumnSpec]:
        return {
            self.Col.WHEN: ColumnSpec(lambda: self.tr("When"), 150),
            self.Col.WHO: ColumnSpec(lambda: self.tr("Who"), 170),
            self.Col.WHAT: ColumnSpec(lambda: self.tr("What"), 0),
            self.Col.DESK: ColumnSpec(lambda: self.tr("Desk"), 150),
        }

    def cell(self, row: HistoryEntry, column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Col.WHO and row.principal:
            return self.tr("Identified by PIN at {desk_member}'s desk").format(desk_member=row.principal)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Col.WHAT:
            return entry_text(row, self.zone)  # the whole sentence, when the column cuts it
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.Col.WHEN:
            zone = self.zone
            local_day = row.occurred_at.astimezone(zone).date()
            return f"{date_text(local_day)} {time_text(row.occurred_at, zone)}"
        if column == self.Col.WHO:
            return row.who or self.tr("(unknown)")
        if column == self.Col.WHAT:
            return entry_text(row, self.zone)
        if row.desk is None:
            return "—"
        if row.desk == "":
            return self.tr("This desk")
        return row.desk if row.desk != "?" else self.tr("Another desk")


class HistoryPage(QWidget):
    """The audit trail. Read on the reader thread; again when the trail grows."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("historyPage")
        self.model = HistoryModel(ctx)
        self.table = named(QTableView(), "historyTable", self.tr("History"))
        configure_table(self.table, self.model)
        self.client = named(QLineEdit(), "historyClient", self.tr("Changes about a client"))
        self.client.setPlaceholderText(self.tr("Client: name, phone or document"))
        self.client.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.refresh)
        self.client.textChanged.connect(self._typing.start)
        self.kind = named(QComboBox(), "historyKind", self.tr("Kind of change"))
        self.kind.addItem(self.tr("All changes"), None)
        self.kind.addItem(self.tr("Clients: merges, exports, erasures, blocks"), "clients")
        self.kind.addItem(self.tr("Bookings and projects"), "bookings")
        self.kind.addItem(self.tr("Staff and settings"), "staff")
        self.kind.addItem(self.tr("Sales and payments"), "money")
        self.kind.addItem(self.tr("Conflicts"), "conflicts")
        self.kind.currentIndexChanged.connect(self.refresh)
        self.member = named(QComboBox(), "historyMember", self.tr("Whose changes"))
        self.member.addItem(self.tr("Everyone"), None)
        self.member.currentIndexChanged.connect(self.refresh)
        for combo, letters in ((self.kind, 22), (self.member, 16)):  # room for the search, even at 1024 px
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        self.empty = QLabel(self.tr("Nothing recorded yet."))
        self.empty.setObjectName("historyEmpty")
        self.closed = QLabel(self.tr("Only owners and managers see the studio's history."))
        self.closed.setObjectName("historyClosed")
        self.closed.setProperty("role", "warning")  # the style sheet's notice, as on Staff
        self.closed.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title_label(self.tr("History"), "historyTitle"), 1)
        self.filters = QWidget()
        self.filters.setObjectName("historyFilters")
        row = QHBoxLayout(self.filters)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.client, 1)
        row.addWidget(self.kind)
        row.addWidget(self.member)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.closed)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        ctx.hub.rows_changed.connect(self._on_rows_changed)
        ctx.who.changed.connect(self.refresh)
        self._members_read = False
        self.refresh()

    def allowed(self) -> bool:
        return self.ctx.who.role in MANAGEMENT

    def refresh(self) -> None:
        allowed = self.allowed()
        self.closed.setVisible(not allowed)
        self.table.setVisible(allowed)
        self.filters.setVisible(allowed)
        if not allowed:
            self.model.set_rows([])
            self.empty.hide()
            return
        if not self._members_read:
            self.ctx.reads.ask(self, "history_members", members, self._show_members)
        self._typing.stop()
        chosen = self.member.currentData()
        staff_id = uuid.UUID(chosen) if isinstance(chosen, str) else None
        text = self.client.text()
        kind = self.kind.currentData()
        kind = kind if isinstance(kind, str) else None
        self.empty.setText(
            self.tr("Nothing recorded matches these filters.")
            if text.strip() or kind or staff_id
            else self.tr("Nothing recorded yet.")
        )

        def read(conn: Connection) -> tuple[list[HistoryEntry], zoneinfo.ZoneInfo]:
            return history(conn, staff_id=staff_id, client_text=text, kind=kind), here(conn).zone

        self.ctx.reads.ask(self, "history", read, self._show)

    def _show_members(self, found: list[tuple[uuid.UUID, str]]) -> None:
        self._members_read = True
        for staff_id, name in found:
            self.member.addItem(name, str(staff_id))  # a string: Qt compares it in findData

    def _show(self, answer: tuple[list[HistoryEntry], zoneinfo.ZoneInfo]) -> None:
        entries, self.model.zone = answer
        self.model.set_rows(entries)
        self.empty.setVisible(not entries)

    def _on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if "staff" in changed:
            self._members_read = False
            while self.member.count() > 1:
                self.member.removeItem(1)
        if {"audit_event", "staff", "client"} & changed.keys():
            self.refresh()
