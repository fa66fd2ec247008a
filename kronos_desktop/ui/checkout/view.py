"""Caixa: the business day's sales and what was received, by payment method. An artist at the
desk sees only the sales with their own lines, and the day's figures of those
(store/queries/checkout.py); a line under the title says so."""

from __future__ import annotations

import datetime as dt
import enum
import zoneinfo
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget
from sqlalchemy import Connection

from kronos_core.schema import PAYMENT_METHODS
from kronos_desktop.store.queries import checkout as checkout_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.checkout import DaySummary, SaleRow
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.day_view import Asker, DayView
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate


@dataclass(frozen=True)
class CheckoutRead:
    """A business day's sales and summary, as read on the reader thread (one snapshot)."""

    day: dt.date
    rows: list[SaleRow]
    summary: DaySummary
    here: desk_q.Here  # the desk and its studio: time zone, currency, today by the desk's clock
    own_only: bool = False  # an artist's read: their sales alone

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self.here.zone

    @property
    def currency(self) -> str:
        return self.here.currency


def read_checkout(conn: Connection, day: dt.date, asker: Asker | None = None) -> CheckoutRead:
    """The business day as ``asker`` may see it (None: as the desk's own role sees it)."""
    here = desk_q.here(conn)
    if here.studio_id is None:
        return CheckoutRead(day, [], DaySummary(0, 0, 0, 0, {}), here)
    who = (asker or Asker(None, None)).viewer(conn)
    rows = checkout_q.sales(conn, here.studio_id, day, viewer_id=who.staff_id, sees_all=who.sees_all)
    summary = checkout_q.day_summary(conn, here.studio_id, day, viewer_id=who.staff_id, sees_all=who.sees_all)
    return CheckoutRead(day, rows, summary, here, own_only=not who.sees_all)


class SalesModel(RowTableModel[SaleRow]):
    class Col(enum.IntEnum):
        NUMBER = 0
        TIME = 1
        CLIENT = 2
        STATUS = 3
        TOTAL = 4
        PAYMENTS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone_or_default(None)
        self.currency = "BRL"

    def set_day(self, rows: list[SaleRow], zone: zoneinfo.ZoneInfo, currency: str) -> None:
        self.zone = zone
        self.currency = currency
        self.set_rows(rows)

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.NUMBER: ColumnSpec(lambda: translate("SalesModel", "Number"), 110),
            c.TIME: ColumnSpec(lambda: translate("SalesModel", "Time"), 80),
            c.CLIENT: ColumnSpec(lambda: translate("SalesModel", "Client"), 220),
            c.STATUS: ColumnSpec(lambda: translate("SalesModel", "Status"), 90),
            c.TOTAL: ColumnSpec(lambda: translate("SalesModel", "Total"), 130, align_right=True),
            c.PAYMENTS: ColumnSpec(lambda: translate("SalesModel", "Payments"), 0),
        }

    def cell(self, row: SaleRow, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.NUMBER:
                return row.number
            if column == c.TIME:
                return fmt.time_text(row.closed_at, self.zone) if row.closed_at else ""
            if column == c.CLIENT:
                return row.client_name or translate("SalesModel", "(no client)")
            if column == c.STATUS:
                return fmt.sale_status_label(row.status)
            if column == c.TOTAL:
                return fmt.money_text(row.total, self.currency)
            if column == c.PAYMENTS:
                return self._payments(row)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "void":
                return QBrush(QColor("#8a8593"))
            if column == c.PAYMENTS and row.status == "closed" and sum(row.payments.values()) < row.total:
                return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.FontRole and column == c.TOTAL:
            font = QFont()
            font.setBold(row.status == "closed")
            font.setStrikeOut(row.status == "void")
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (c.NUMBER, c.TIME) and row.made_by:
            return translate("SalesModel", "Rung up by {name}").format(name=row.made_by)
        if role == Qt.ItemDataRole.ToolTipRole and column == c.PAYMENTS:
            paid = sum(row.payments.values())
            if row.status == "closed" and paid < row.total:
                return translate("SalesModel", "{amount} still to receive").format(
                    amount=fmt.money_text(row.total - paid, self.currency)
                )
        return None

    def _payments(self, row: SaleRow) -> str:
        if not row.payments:
            return translate("SalesModel", "Not paid")
        ordered = sorted(
            row.payments.items(), key=lambda kv: PAYMENT_METHODS.index(kv[0]) if kv[0] in PAYMENT_METHODS else 99
        )
        return " · ".join(f"{fmt.method_label(m)} {fmt.money_text(a, self.currency)}" for m, a in ordered)


class SummaryPanel(QFrame):
    """The day at the counter: sales total, received, and per method."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutSummary")
        self.setProperty("role", "card")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 12, 16, 12)
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(2)
        self.values: dict[str, QLabel] = {}

    def show_summary(self, summary: DaySummary, currency: str) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        self.values.clear()
        cells: list[tuple[str, str, str]] = [
            ("sales_total", self.tr("Sales total"), fmt.money_text(summary.sales_total, currency)),
            ("sales_count", self.tr("Sales"), fmt.count_text(summary.sales_count)),
            ("received_total", self.tr("Received"), fmt.money_text(summary.received_total, currency)),
        ]
        for method in PAYMENT_METHODS:
            if method in summary.by_method:
                cells.append((method, fmt.method_label(method), fmt.money_text(summary.by_method[method], currency)))
        if summary.tips:
            cells.append(("tips", self.tr("Tips"), fmt.money_text(summary.tips, currency)))
        for column, (key, caption, value) in enumerate(cells):
            caption_label = QLabel(caption)
            caption_label.setProperty("role", "caption")
            value_label = QLabel(value)
            value_label.setObjectName(f"summary_{key}")
            value_label.setProperty("role", "figure" if column else "figure-main")
            value_label.setAccessibleName(f"{caption}: {value}")
            self.grid.addWidget(caption_label, 0, column)
            self.grid.addWidget(value_label, 1, column)
            self.values[key] = value_label
        self.grid.setColumnStretch(len(cells), 1)


class CheckoutView(DayView[CheckoutRead]):
    TABLES = frozenset({"sale", "payment", "client", "studio", "replica"})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "checkout", parent)
        self.setObjectName("checkoutView")
        self.model = SalesModel(self)
        self.summary_panel = SummaryPanel(self)
        self.table = named(QTableView(), "salesTable", self.tr("Sales of the day"))
        configure_table(self.table, self.model)
        self.empty = self.empty_label(self.tr("No sales on this day."), "checkoutEmpty")

        self.own_only = QLabel(self.tr("Only your sales and their figures are shown."))
        self.own_only.setObjectName("checkoutOwnOnly")
        self.own_only.setProperty("role", "muted")
        self.own_only.hide()

        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Checkout"), "checkoutTitle"))
        header.addStretch(1)
        header.addWidget(self.own_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.navigator)
        layout.addWidget(self.summary_panel)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)  # in the table's place when the day has nothing
        self.summary: DaySummary | None = None
        self.start()

    def read_day(self, conn: Connection, day: dt.date, asker: Asker) -> CheckoutRead:
        return read_checkout(conn, day, asker)

    def blank(self) -> None:
        super().blank()
        self.summary = None
        self.model.set_day([], self.model.zone, self.model.currency)
        self.summary_panel.hide()
        self.own_only.hide()

    def show_day(self, read: CheckoutRead) -> None:
        self.summary = read.summary
        self.model.set_day(read.rows, read.zone, read.currency)
        self.summary_panel.show_summary(read.summary, read.currency)
        self.summary_panel.show()
        self.own_only.setVisible(read.own_only)
        self.show_rows(bool(read.rows))
