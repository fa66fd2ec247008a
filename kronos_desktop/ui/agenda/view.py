"""Agenda: the day's appointments in the studio's time zone. An artist at the desk sees their own
bookings in full and a colleague's as "Busy" (the read leaves out the rest: store/queries/agenda.py)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
import zoneinfo
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core.holidays_br import holiday_on
from kronos_core.hours import Span, spans_on
from kronos_desktop import i18n
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.ui.agenda.day_canvas import DayCanvas
from kronos_desktop.ui.agenda.day_layout import Column, artist_columns
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.day_view import Asker, DayView
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext

INACTIVE = {"cancelled", "no_show"}


translate = QCoreApplication.translate


@dataclass(frozen=True)
class DayRead:
    """One day of the agenda, as read on the reader thread."""

    day: dt.date
    rows: list[AgendaRow]
    here: desk_q.Here  # the desk and its studio: the time zone, and today by the desk's clock
    columns: list[Column] = field(default_factory=list)  # the drawn day's, an artist each
    opening: tuple[Span, ...] = ()  # the studio's opening spans of the day
    holiday: str | None = None  # the public holiday of the studio's state on the day, by name

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self.here.zone


def read_day(conn: Connection, day: dt.date, asker: Asker | None = None) -> DayRead:
    """The day as ``asker`` may see it (None: as the desk's own role sees it)."""
    here = desk_q.here(conn)
    if here.studio_id is None:
        return DayRead(day, [], here)
    who = (asker or Asker(None, None)).viewer(conn)
    rows = agenda_q.agenda(conn, here.studio_id, day, here.zone, viewer_id=who.staff_id, sees_all=who.sees_all)
    opening, state = staff_q.opening_and_state(conn, here.studio_id)
    columns = artist_columns(staff_q.members(conn, here.studio_id), opening, day, rows)
    holiday = holiday_on(state, day, i18n.current_language())
    return DayRead(day, rows, here, columns, spans_on(opening, (), day), holiday)


class AgendaModel(RowTableModel[AgendaRow]):
    class Col(enum.IntEnum):
        TIME = 0
        ARTIST = 1
        CLIENT = 2
        KIND = 3
        STATUS = 4
        STATION = 5
        ALERTS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone_or_default(None)

    def set_day(self, rows: list[AgendaRow], zone: zoneinfo.ZoneInfo) -> None:
        self.zone = zone
        self.set_rows(rows)

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.TIME: ColumnSpec(lambda: translate("AgendaModel", "Time"), 170),
            c.ARTIST: ColumnSpec(lambda: translate("AgendaModel", "Artist"), 170),
            c.CLIENT: ColumnSpec(lambda: translate("AgendaModel", "Client"), 0),
            c.KIND: ColumnSpec(lambda: translate("AgendaModel", "Kind"), 110),
            c.STATUS: ColumnSpec(lambda: translate("AgendaModel", "Status"), 135),
            c.STATION: ColumnSpec(lambda: translate("AgendaModel", "Station"), 95),
            c.ALERTS: ColumnSpec(lambda: translate("AgendaModel", "Alerts"), 150),
        }

    def cell(self, row: AgendaRow, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.TIME:
                return fmt.time_range_text(row.starts_at, row.ends_at, self.zone)
            if column == c.ARTIST:
                return row.artist_name
            if column == c.CLIENT:
                if row.busy:
                    return translate("AgendaModel", "Busy")
                return row.client_name or ("—" if row.kind == "block" else "")
            if column == c.KIND:
                return fmt.kind_label(row.kind)
            if column == c.STATUS:  # time off and a colleague's booking: no status, unless called off
                if (row.kind == "block" or row.busy) and row.status not in INACTIVE:
                    return ""
                return fmt.status_label(row.status)
            if column == c.STATION:
                return row.station_name or ""
            if column == c.ALERTS:
                return self._alerts(row)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == c.ARTIST:
            return QColor(row.artist_color)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.busy:
                return translate("AgendaModel", "{artist} is busy at this time").format(artist=row.artist_name)
            if column == c.TIME and row.booked_by:
                return translate("AgendaModel", "Booked by {name}").format(name=row.booked_by)
            if column == c.CLIENT and row.client_full_name and row.client_full_name != row.client_name:
                return row.client_full_name
            if column == c.ALERTS and (row.health_alert or row.in_conflict):
                parts = []
                if row.health_alert:
                    parts.append(translate("AgendaModel", "Health alert:") + "\n" + row.health_alert)
                if row.in_conflict:
                    parts.append(
                        translate("AgendaModel", "This booking clashes with another one; check the conflicts.")
                    )
                return "\n\n".join(parts)
            if row.notes:
                return row.notes
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status in INACTIVE:
                return QBrush(QColor("#8a8593"))
            if column == c.ALERTS and (row.health_alert or row.in_conflict):
                return QBrush(QColor("#b3261e"))
            return None
        if role == Qt.ItemDataRole.FontRole:
            if row.status in INACTIVE:
                font = QFont()
                font.setStrikeOut(column == c.TIME)
                return font
            if column == c.ALERTS and row.health_alert:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _alerts(self, row: AgendaRow) -> str:
        parts = []
        if row.health_alert:
            parts.append("⚠ " + translate("AgendaModel", "Health"))
        if row.in_conflict:
            parts.append(translate("AgendaModel", "Double-booked"))
        return " · ".join(parts)


class AgendaView(DayView[DayRead]):
    TABLES = frozenset({"appointment", "client", "staff", "station", "studio", "replica"})
    # A booking stored in conflict was opened (double-click or Enter): the window shows it in the
    # conflicts inbox, where it is resolved.
    resolve_requested = Signal(object)  # the booking's id

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "agenda", parent)
        self.setObjectName("agendaView")
        self.model = AgendaModel(self)

        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")
        self.summary.setProperty("role", "muted")
        self.table = named(QTableView(), "agendaTable", self.tr("Appointments of the day"))
        configure_table(self.table, self.model)
        self.empty = self.empty_label(self.tr("No appointments on this day."), "agendaEmpty")
        # The day drawn (the default), or the same rows as a list (a switch in the header).
        self.canvas = DayCanvas()
        self.canvas_scroll = QScrollArea()
        self.canvas_scroll.setObjectName("agendaCanvasScroll")
        self.canvas_scroll.setWidgetResizable(True)
        self.canvas_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.canvas_scroll.setWidget(self.canvas)
        self.list_button = named(
            QPushButton(self.tr("List")),
            "agendaListButton",
            self.tr("Show the day as a list"),
            self.tr("Show the day as a list (or drawn, when pressed again)"),
        )
        self.list_button.setCheckable(True)
        self.list_button.toggled.connect(self._show_face)
        self.canvas.block_activated.connect(self._activated)

        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Agenda"), "agendaTitle"))
        header.addStretch(1)
        header.addWidget(self.summary)
        header.addWidget(self.list_button)
        listing = QWidget()
        in_list = QVBoxLayout(listing)
        in_list.setContentsMargins(0, 0, 0, 0)
        in_list.addWidget(self.table, 1)
        in_list.addWidget(self.empty, 1)  # in the table's place when the day has nothing
        self.faces = QStackedWidget()
        self.faces.setObjectName("agendaFaces")
        self.faces.addWidget(self.canvas_scroll)
        self.faces.addWidget(listing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.navigator)
        layout.addWidget(self.faces, 1)
        self.start()

    def _activated(self, row_id: uuid.UUID) -> None:
        row = next((r for r in self.model.rows() if r.id == row_id), None)
        if row is not None and row.in_conflict:
            self.resolve_requested.emit(row_id)

    def _show_face(self, as_list: bool) -> None:
        """The button says what pressing it shows: the list from the drawn day, and back."""
        self.faces.setCurrentIndex(1 if as_list else 0)
        self.list_button.setText(self.tr("Calendar") if as_list else self.tr("List"))

    def read_day(self, conn: Connection, day: dt.date, asker: Asker) -> DayRead:
        return read_day(conn, day, asker)

    def blank(self) -> None:
        super().blank()
        self.model.set_day([], self.model.zone)
        self.canvas.set_day(self.day(), [], [], (), {}, self.model.zone, None)
        self.summary.clear()

    def show_day(self, read: DayRead) -> None:
        rows = read.rows
        self.model.set_day(rows, read.zone)
        self.canvas.set_day(
            read.day, rows, read.columns, read.opening, {}, read.zone, read.here.now(), holiday=read.holiday
        )
        active = sum(1 for r in rows if r.status not in INACTIVE and r.kind != "block" and not r.busy)
        alerts = sum(1 for r in rows if r.health_alert and r.status not in INACTIVE)
        text = self.tr("%Ln appointment(s)", "", active) if active else self.tr("No appointments")
        if alerts:
            text += " · " + self.tr("%Ln with health alert(s)", "", alerts)
        holiday = self.canvas.holiday_text()
        if holiday:
            text = f"{holiday} · {text}"
        self.summary.setText(text)
        self.show_rows(bool(rows))
