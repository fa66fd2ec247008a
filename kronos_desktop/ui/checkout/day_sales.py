"""The Caixa's day list: its sales' table model (number, time, client, status, total, payments)
and the headline over it (the day's sales total, how many, what was received). The day's fuller
figures (by method net of refunds, tips, deposits, per artist) are day_figures.py's."""

from __future__ import annotations

import enum
import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from kronos_core.schema import PAYMENT_METHODS
from kronos_desktop.store.queries.checkout import DaySummary, SaleRow
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel
from kronos_desktop.ui.look import readable

translate = QCoreApplication.translate


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
                return QBrush(readable(QColor("#8a8593")))
            if column == c.PAYMENTS and row.due > 0:
                return QBrush(readable(QColor("#b3261e")))
        if role == Qt.ItemDataRole.FontRole and column == c.TOTAL:
            font = QFont()
            font.setBold(row.status == "closed")
            font.setStrikeOut(row.status == "void")
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (c.NUMBER, c.TIME) and row.made_by:
            return translate("SalesModel", "Rung up by {name}").format(name=row.made_by)
        if role == Qt.ItemDataRole.ToolTipRole and column == c.PAYMENTS:
            return self._payments_tip(row)
        return None

    def _ordered(self, by_method: dict[str, int]) -> list[tuple[str, int]]:
        return sorted(
            by_method.items(), key=lambda kv: PAYMENT_METHODS.index(kv[0]) if kv[0] in PAYMENT_METHODS else 99
        )

    def _payments(self, row: SaleRow) -> str:
        """What each method holds (tips in, refunds out), the deposits applied and what was given
        back, in words; a voided sale: what each method took, all given back."""
        money = self.currency
        refunded = sum(row.refunds.values())
        if row.status == "void":
            taken = {m: a + row.refunds.get(m, 0) for m, a in row.payments.items()}
            parts = [f"{fmt.method_label(m)} {fmt.money_text(a, money)}" for m, a in self._ordered(taken) if a]
            if not parts:
                return translate("SalesModel", "Not paid")
            if refunded:
                parts.append(translate("SalesModel", "all refunded"))
            return " · ".join(parts)
        parts = [f"{fmt.method_label(m)} {fmt.money_text(a, money)}" for m, a in self._ordered(row.payments)]
        if row.deposit_applied:
            parts.append(
                translate("SalesModel", "deposit {amount}").format(amount=fmt.money_text(row.deposit_applied, money))
            )
        if refunded:
            parts.append(translate("SalesModel", "{amount} refunded").format(amount=fmt.money_text(refunded, money)))
        return " · ".join(parts) if parts else translate("SalesModel", "Not paid")

    def _payments_tip(self, row: SaleRow) -> str | None:
        if row.due > 0:
            return translate("SalesModel", "{amount} still to receive").format(
                amount=fmt.money_text(row.due, self.currency)
            )
        if row.status == "void" and row.refunds:
            return translate("SalesModel", "Cancelled: every payment was given back.")
        if row.refunds:
            return translate("SalesModel", "Paid in full; {amount} given back later.").format(
                amount=fmt.money_text(sum(row.refunds.values()), self.currency)
            )
        return None


class SummaryPanel(QFrame):
    """The day at the counter in three figures: the sales total, how many, and what was received
    net of refunds (by method, with the refunds and tips, in the day's figures below)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutSummary")
        self.setProperty("role", "card")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 6, 16, 6)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(0)
        self.values: dict[str, QLabel] = {}

    def show_summary(self, summary: DaySummary, currency: str, net: int | None = None) -> None:
        """``net``: what came in less what went back (the day's figures); None: what the day's
        sales received."""
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
        ]
        if net is None:
            cells.append(("received_total", self.tr("Received"), fmt.money_text(summary.received_total, currency)))
        else:
            cells.append(("net", self.tr("Net received"), fmt.money_text(net, currency)))
        for at, (key, caption, value) in enumerate(cells):  # one row (room for the sales below)
            caption_label = QLabel(caption)
            caption_label.setProperty("role", "caption")
            caption_label.setContentsMargins(24 if at else 0, 0, 0, 0)
            value_label = QLabel(value)
            value_label.setObjectName(f"summary_{key}")
            value_label.setProperty("role", "figure" if at else "figure-main")
            value_label.setAccessibleName(f"{caption}: {value}")
            self.grid.addWidget(caption_label, 0, 2 * at, Qt.AlignmentFlag.AlignBaseline)
            self.grid.addWidget(value_label, 0, 2 * at + 1, Qt.AlignmentFlag.AlignBaseline)
            self.values[key] = value_label
        self.grid.setColumnStretch(2 * len(cells), 1)
