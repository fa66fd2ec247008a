"""Clientes: the client list, searched by name, phone or document, paged from SQL; Enter or a
double-click on a client opens their record in the list's place (record_view.py), Back returns."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_desktop.store.queries import Reader
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.clients import ClientRow
from kronos_desktop.ui import actions, icons
from kronos_desktop.ui.clients.client_dialog import NewClientDialog
from kronos_desktop.ui.clients.client_mode import ClientModeWindow, open_client_mode
from kronos_desktop.ui.clients.record_view import ClientRecordView
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.day_view import Asker
from kronos_desktop.ui.common.reads import Reads
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import readable

PAGE_SIZE = 200  # a page read as the list scrolls
# The first page of a search (read at each keystroke): a tall screen's worth of rows, so typing
# reads and builds only what can be seen; scrolling reads PAGE_SIZE more at a time.
FIRST_PAGE = 60
SEARCH_DELAY_MS = 250


translate = QCoreApplication.translate


@dataclass(frozen=True)
class ClientsRead:
    """The first rows of the list (or of a search) and how many there are, read together."""

    studio_id: uuid.UUID | None
    search: str
    as_of: dt.date  # today in the studio, for the ages
    total: int
    rows: list[ClientRow]
    limit: int
    artist_id: uuid.UUID | None = None  # an artist's clients alone


def read_clients(conn: Connection, reader: Reader, search: str, limit: int, asker: Asker | None = None) -> ClientsRead:
    """The first ``limit`` clients matching ``search``: an artist at the desk (``asker``) sees
    their own clients alone."""
    studio_id, today = desk_q.studio_today(conn)
    if studio_id is None:
        return ClientsRead(None, search, today, 0, [], limit)
    who = (asker or Asker(None, None)).viewer(conn)
    artist_id = None if who.sees_all else (who.staff_id or uuid.UUID(int=0))
    rows = reader.client_page(conn, studio_id, search, limit=limit, artist_id=artist_id)
    # A page that is not full holds every client found: counting them again would cost a second
    # search at every keystroke of a name.
    full = len(rows) >= limit
    total = reader.client_count(conn, studio_id, search, artist_id=artist_id) if full else len(rows)
    return ClientsRead(studio_id, search, today, total, rows, limit, artist_id)


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

    loaded = Signal()  # the answer of a load or reload is shown

    def __init__(self, reads: Reads, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reads = reads
        self.studio_id: uuid.UUID | None = None
        self.search = ""  # the search whose rows are shown
        self._asked = ""  # the search last asked for (shown when its answer comes)
        self.total = 0
        self._exhausted = True
        self._loading = False  # a load or reload is on its way: no page is asked until it is in
        self._fetching = False
        self._as_of = dt.date.min
        self._artist_id: uuid.UUID | None = None  # the rows shown are this artist's clients alone
        self.asker: Callable[[], Asker] = lambda: Asker(None, None)  # who is at the desk (the view sets it)

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            # The name keeps its room on a 1024-pixel screen; the e-mail takes what is left.
            c.NAME: ColumnSpec(lambda: translate("ClientsModel", "Name"), 250),
            c.PHONE: ColumnSpec(lambda: translate("ClientsModel", "Phone"), 150),
            c.EMAIL: ColumnSpec(lambda: translate("ClientsModel", "E-mail"), 0),
            c.DOCUMENT: ColumnSpec(lambda: translate("ClientsModel", "Document"), 140),
            c.AGE: ColumnSpec(lambda: translate("ClientsModel", "Age"), 50, align_right=True),
            c.ALERTS: ColumnSpec(lambda: translate("ClientsModel", "Alerts"), 120),
        }

    # -- loading (on the reader thread; the answers come back as signals) -------------------
    def load(self, search: str = "") -> None:
        """Start again from the first page (a new search, or the desk's studio changed). Only
        the last load's answer is shown: typing fast never shows an older search's rows."""
        self._ask(search, FIRST_PAGE)

    def reload(self) -> None:
        """Read again after a change, as many rows as are loaded (the scroll position stays)."""
        self._ask(self._asked, max(len(self._rows), FIRST_PAGE))

    def _ask(self, search: str, limit: int) -> None:
        reader = self.reads.reader
        self.reads.forget(self, "more")  # a page of the older list would not follow this one
        self._fetching = False
        self._loading = True
        self._asked = search
        asker = self.asker()
        self.reads.ask(self, "list", lambda conn: read_clients(conn, reader, search, limit, asker), self._show)

    def _show(self, read: ClientsRead) -> None:
        self._loading = False
        self.studio_id = read.studio_id
        self.search = read.search
        self.total = read.total
        self._as_of = read.as_of
        self._artist_id = read.artist_id
        self._exhausted = len(read.rows) < read.limit
        self.set_rows(read.rows)
        self.loaded.emit()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        """Ask for the next page; it is added when it comes (the list never waits for it)."""
        if not self.canFetchMore(parent) or self.studio_id is None or not self._rows:
            return
        reader, studio_id, search, artist_id = self.reads.reader, self.studio_id, self.search, self._artist_id
        after = (self._rows[-1].full_name, self._rows[-1].id)
        self._fetching = True
        self.reads.ask(
            self,
            "more",
            lambda conn: reader.client_page(conn, studio_id, search, after=after, limit=PAGE_SIZE, artist_id=artist_id),
            self._add_page,
        )

    def _add_page(self, rows: list[ClientRow]) -> None:
        self._exhausted = len(rows) < PAGE_SIZE
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._fetching = False  # only now: a view may ask for more while it hears about these rows

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
                return fmt.document_text(row.document_type, row.document_number, masked=True)  # the list: masked
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
                return QBrush(readable(QColor("#b3261e")))
            if column == c.AGE and row.is_minor(self._as_of):
                return QBrush(readable(QColor("#9a5b00")))
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
    """The list and, in its place, a client's record (``pages``: the list page, the record)."""

    TABLES = frozenset({"client", "replica", "studio"})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("clientsView")
        self.model = ClientsModel(ctx.reads, self)
        self.model.asker = lambda: Asker.of(ctx)

        self.search = named(QLineEdit(), "clientSearch", self.tr("Search clients"))
        self.search.setPlaceholderText(self.tr("Search by name, phone or document…"))
        self.search.setClearButtonEnabled(True)
        self.new_button = named(
            QPushButton(self.tr("New client")), "newClientButton", self.tr("New client"), self.tr("New client (Ctrl+N)")
        )
        self.new_button.setProperty("kind", "primary")
        self.new_button.setIcon(icons.icon("user-plus", self.new_button))  # in its own (on the accent) colours
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
        self.list_page = QWidget()
        self.list_page.setObjectName("clientsListPage")
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        self.record = ClientRecordView(ctx)
        self.client_mode: ClientModeWindow | None = None  # the form being filled in, while it shows
        self.pages = QStackedWidget()
        self.pages.setObjectName("clientsPages")
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.record)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.record.back.connect(self.show_list)
        self.record.fill_requested.connect(self._fill_in_form)
        self.table.activated.connect(self._open_index)  # Enter on a row
        self.table.doubleClicked.connect(self._open_index)
        self.search.installEventFilter(self)  # Down: into the results; Enter: the first one

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_entered)
        self.new_button.clicked.connect(self.open_new_client)
        actions.shortcuts(self, {"open_new_client": self.open_new_client, "find": self.focus_search})
        ctx.hub.rows_changed.connect(self.on_rows_changed)
        ctx.who.changed.connect(self._on_who_changed)
        self.model.loaded.connect(self._on_loaded)
        self.dialog: NewClientDialog | None = None
        self._selecting: tuple[uuid.UUID, str, bool] | None = None  # (id, name, searched): to select
        self._index_prepared = False
        self._open_first = False  # Enter was pressed before the search's rows came
        self.refresh()

    def focus_search(self) -> None:
        """Ctrl+F here, Ctrl+K anywhere: the search (the list again, if a record was shown), its
        old text selected, so what is typed replaces it (not appended to it)."""
        self.pages.setCurrentWidget(self.list_page)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- the record --------------------------------------------------------------------------
    def open_record(self, client_id: uuid.UUID) -> None:
        """Show ``client_id``'s record in the list's place (the list keeps its search and row)."""
        self.record.open(client_id)
        self.pages.setCurrentWidget(self.record)
        self.record.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_in_form(self, client_id: uuid.UUID, amends_id: uuid.UUID | None) -> None:
        """The record's Forms tab asked for client mode: a new form, or one amending ``amends_id``."""
        self.client_mode = open_client_mode(self.ctx, client_id, amends_id=amends_id, parent=self.window())

    def show_list(self) -> None:
        """Back to the list, on the row of the client whose record was shown."""
        self.pages.setCurrentWidget(self.list_page)
        shown = self.record.client_id
        row = self.model.find_row(shown) if shown is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def showing_record(self) -> bool:
        return self.pages.currentWidget() is self.record

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record(self.model.row_at(index.row()).id)

    def _search_entered(self) -> None:
        """Enter in the search: the first client found (or the one chosen in the list) when the
        rows shown are this search's; otherwise the search now, and its first client when it comes."""
        text = self.search.text().strip()
        if text and text == self.model.search and not self._search_timer.isActive() and self.model.rowCount():
            current = self.table.currentIndex()
            self.open_record(self.model.row_at(current.row() if current.isValid() else 0).id)
            return
        self._open_first = bool(text)
        self.apply_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        down = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
        if watched is self.search and down and self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.load(self.search.text().strip())

    def refresh(self) -> None:
        self.model.reload()

    def _on_who_changed(self) -> None:
        """Someone else at the desk: the list the last person saw goes at once (an artist sees
        their own clients alone), then is read again for the new person."""
        self.model.set_rows([])
        self.model.load(self.search.text().strip())

    def on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if self.TABLES & changed.keys():
            self.refresh()

    def _on_loaded(self) -> None:
        if not self._index_prepared and self.model.studio_id is not None:
            self._index_prepared = True
            self.ctx.reader.prepare_client_search(self.model.studio_id)  # ready before the first search
        self._show_count()
        if self._selecting is not None:
            self._select_pending()
        if self._open_first:
            self._open_first = False
            if self.model.search and self.model.search == self.search.text().strip() and self.model.rowCount():
                self.open_record(self.model.row_at(0).id)

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
        self.dialog.open_existing.connect(self.open_record)  # "Open that one": a client already registered
        self.dialog.open()

    def _select_created(self, client_id: uuid.UUID, full_name: str) -> None:
        """After the new client is saved, show it selected once the list is read again; when it
        is not among the rows loaded, search for its name."""
        self._selecting = (client_id, full_name, False)
        self.refresh()

    def _select_pending(self) -> None:
        assert self._selecting is not None
        client_id, full_name, searched = self._selecting
        row = self.model.find_row(client_id)
        if row >= 0:
            self._selecting = None
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        elif not searched:
            self._selecting = (client_id, full_name, True)
            self.search.blockSignals(True)
            self.search.setText(full_name)
            self.search.blockSignals(False)
            self.apply_search()
        else:
            self._selecting = None
