"""Clientes: the client list, searched by name, phone or document, paged from SQL."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from kronos_desktop.store.queries import Reader
from kronos_desktop.store.queries.clients import ClientRow
from kronos_desktop.ui.clients.client_dialog import NewClientDialog
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext

PAGE_SIZE = 200
SEARCH_DELAY_MS = 250


translate = QCoreApplication.translate


class ClientsModel(RowTableModel[ClientRow]):
    """Clients in name order, a page at a time: the view asks for more as it scrolls
    (``canFetchMore``/``fetchMore``), so 100,000 clients never become 100,000 rows at once."""

    class Col(enum.IntEnum):
        NAME = 0
        PHONE = 1
        EMAIL = 2
        DOCUMENT = 3
        AGE = 4
        ALERTS = 5

    def __init__(self, reader: Reader, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self._today = today
        self.studio_id: uuid.UUID | None = None
        self.search = ""
        self.total = 0
        self._exhausted = True
        self._fetching = False
        self._as_of = dt.date.min

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.NAME: ColumnSpec(lambda: translate("ClientsModel", "Name"), 0),
            c.PHONE: ColumnSpec(lambda: translate("ClientsModel", "Phone"), 170),
            c.EMAIL: ColumnSpec(lambda: translate("ClientsModel", "E-mail"), 225),
            c.DOCUMENT: ColumnSpec(lambda: translate("ClientsModel", "Document"), 165),
            c.AGE: ColumnSpec(lambda: translate("ClientsModel", "Age"), 70, align_right=True),
            c.ALERTS: ColumnSpec(lambda: translate("ClientsModel", "Alerts"), 140),
        }

    # -- loading ---------------------------------------------------------------------------
    def load(self, studio_id: uuid.UUID | None, search: str = "") -> None:
        """Start again from the first page (a new search, or the desk's studio changed)."""
        self.studio_id = studio_id
        self.search = search
        self._as_of = self._today()
        if studio_id is None:
            self.total = 0
            self._exhausted = True
            self.set_rows([])
            return
        self.total = self.reader.count_clients(studio_id, search)
        rows = self.reader.clients(studio_id, search, limit=PAGE_SIZE)
        self._exhausted = len(rows) < PAGE_SIZE
        self.set_rows(rows)

    def reload(self) -> None:
        """Refresh after a change, keeping as many rows as are loaded (the scroll position stays)."""
        if self.studio_id is None:
            return
        wanted = max(len(self._rows), PAGE_SIZE)
        self.total = self.reader.count_clients(self.studio_id, self.search)
        rows = self.reader.clients(self.studio_id, self.search, limit=wanted)
        self._exhausted = len(rows) < wanted
        self.set_rows(rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self.studio_id is None or not self._rows:
            return
        last = self._rows[-1]
        rows = self.reader.clients(self.studio_id, self.search, after=(last.full_name, last.id), limit=PAGE_SIZE)
        self._exhausted = len(rows) < PAGE_SIZE
        if rows:
            # A view may ask for more while it hears about these rows: not until they are in.
            self._fetching = True
            try:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            finally:
                self._fetching = False

    # -- cells -----------------------------------------------------------------------------
    def cell(self, row: ClientRow, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.NAME:
                if row.preferred_name and row.preferred_name != row.full_name:
                    return translate("ClientsModel", "{name} ({called})").format(
                        name=row.full_name, called=row.preferred_name
                    )
                return row.full_name
            if column == c.PHONE:
                return fmt.phone_text(row.phone)
            if column == c.EMAIL:
                return row.email or ""
            if column == c.DOCUMENT:
                return fmt.document_text(row.document_type, row.document_number)
            if column == c.AGE:
                age = row.age(self._as_of)
                return "" if age is None else fmt.count_text(age)
            if column == c.ALERTS:
                return self._alerts(row)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == c.NAME and row.preferred_name:
                return translate("ClientsModel", "Called {called}").format(called=row.preferred_name)
            if column == c.ALERTS and row.health_alert:
                return translate("ClientsModel", "Health alert:") + "\n" + row.health_alert
            if column == c.AGE and row.birth_date is not None:
                return translate("ClientsModel", "Born {date}").format(date=fmt.date_text(row.birth_date))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == c.ALERTS and (row.health_alert or row.blocked):
                return QBrush(QColor("#b3261e"))
            if column == c.AGE and row.is_minor(self._as_of):
                return QBrush(QColor("#9a5b00"))
        return None

    def _alerts(self, row: ClientRow) -> str:
        parts = []
        if row.health_alert:
            parts.append("⚠ " + translate("ClientsModel", "Health"))
        if row.is_minor(self._as_of):
            parts.append(translate("ClientsModel", "Minor"))
        if row.blocked:
            parts.append(translate("ClientsModel", "Blocked"))
        return " · ".join(parts)


class ClientsView(QWidget):
    TABLES = frozenset({"client", "replica", "studio"})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("clientsView")
        self.model = ClientsModel(ctx.reader, ctx.today, self)

        self.search = named(QLineEdit(), "clientSearch", self.tr("Search clients"))
        self.search.setPlaceholderText(self.tr("Search by name, phone or document…"))
        self.search.setClearButtonEnabled(True)
        self.new_button = named(
            QPushButton(self.tr("New client")), "newClientButton", self.tr("New client"), self.tr("New client (Ctrl+N)")
        )
        self.new_button.setProperty("kind", "primary")
        self.count_label = QLabel()
        self.count_label.setObjectName("clientCount")
        self.count_label.setProperty("role", "muted")
        self.table = named(QTableView(), "clientsTable", self.tr("Clients"))
        configure_table(self.table, self.model)

        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Clients"), "clientsTitle"))
        header.addStretch(1)
        header.addWidget(self.count_label)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)
        self.new_button.clicked.connect(self.open_new_client)
        QShortcut(QKeySequence.StandardKey.New, self, self.open_new_client)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        ctx.hub.rows_changed.connect(self.on_rows_changed)
        self.dialog: NewClientDialog | None = None
        self.refresh()
        if self.model.studio_id is not None:
            ctx.reader.prepare_client_search(self.model.studio_id)  # ready before the first search

    def apply_search(self) -> None:
        self._search_timer.stop()
        desk = self.ctx.desk()
        self.model.load(desk.studio_id if desk else None, self.search.text().strip())
        self._show_count()

    def refresh(self) -> None:
        desk = self.ctx.desk()
        studio_id = desk.studio_id if desk else None
        if studio_id != self.model.studio_id:
            self.model.load(studio_id, self.search.text().strip())
        else:
            self.model.reload()
        self._show_count()

    def on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if self.TABLES & changed.keys():
            self.refresh()

    def _show_count(self) -> None:
        total = self.model.total
        if self.model.search:
            text = self.tr("%Ln client(s) found", "", total) if total else self.tr("No client found")
        else:
            text = self.tr("%Ln client(s)", "", total) if total else self.tr("No clients yet")
        self.count_label.setText(text)

    def open_new_client(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        self.dialog = NewClientDialog(self.ctx, self)
        self.dialog.created.connect(self._select_created)
        self.dialog.open()

    def _select_created(self, client_id: uuid.UUID, full_name: str) -> None:
        """After the new client is saved (and the list refreshed), show it selected; when it is
        not among the rows loaded, search for its name."""
        row = self.model.find_row(client_id)
        if row < 0:
            self.search.blockSignals(True)
            self.search.setText(full_name)
            self.search.blockSignals(False)
            self.apply_search()
            row = self.model.find_row(client_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
