"""The day as a list (the Agenda's List face): a row per booking with its time, artist, client,
kind, status, station and alerts; a colleague's booking, shown to an artist, only as "Busy"."""

from __future__ import annotations

import enum
import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.ui.agenda.day_paint import INACTIVE  # called off: their time is free
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel
from kronos_desktop.ui.look import colours

translate = QCoreApplication.translate


class AgendaModel(RowTableModel[AgendaRow]):
    class Col(enum.IntEnum):
        # The alerts beside the client, never past the right edge of a 1024 px screen.
        TIME = 0
        CLIENT = 1
        ALERTS = 2
        ARTIST = 3
        KIND = 4
        STATUS = 5
        STATION = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone_or_default(None)

    def set_day(self, rows: list[AgendaRow], zone: zoneinfo.ZoneInfo) -> None:
        self.zone = zone
        self.set_rows(rows)

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.TIME: ColumnSpec(lambda: translate("AgendaModel", "Time"), 150),
            c.ARTIST: ColumnSpec(lambda: translate("AgendaModel", "Artist"), 150),
            c.CLIENT: ColumnSpec(lambda: translate("AgendaModel", "Client"), 0),
            c.KIND: ColumnSpec(lambda: translate("AgendaModel", "Kind"), 100),
            c.STATUS: ColumnSpec(lambda: translate("AgendaModel", "Status"), 125),
            c.STATION: ColumnSpec(lambda: translate("AgendaModel", "Station"), 90),
            c.ALERTS: ColumnSpec(lambda: translate("AgendaModel", "Alerts"), 140),
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
            if column == c.ALERTS and (row.health_alert or row.in_conflict or row.health_twin):
                parts = []
                if row.health_alert:
                    parts.append(translate("AgendaModel", "Health alert:") + "\n" + row.health_alert)
                elif row.health_twin:
                    parts.append(translate("AgendaModel", "Possible duplicate of a client with a health alert"))
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
                return QBrush(QColor(colours().faint))
            if column == c.ALERTS and (row.health_alert or row.in_conflict):
                return QBrush(QColor(colours().error))
            if column == c.ALERTS and row.health_twin:
                return QBrush(QColor(colours().amber))  # a warning: amber
            return None
        if role == Qt.ItemDataRole.FontRole:
            if row.status in INACTIVE:
                font = QFont()
                font.setStrikeOut(column == c.TIME)
                return font
            if column == c.ALERTS and (row.health_alert or row.health_twin):
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _alerts(self, row: AgendaRow) -> str:
        parts = []
        if row.health_alert:
            parts.append("⚠ " + translate("AgendaModel", "Health"))
        elif row.health_twin:
            parts.append("⚠ " + translate("AgendaModel", "Possible duplicate"))
        if row.in_conflict:
            parts.append(translate("AgendaModel", "Double-booked"))
        return " · ".join(parts)
