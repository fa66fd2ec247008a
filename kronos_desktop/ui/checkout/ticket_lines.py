"""The ticket's lines as a table: description (a discount's reason under it), artist, quantity,
unit price, discount (its percent in the tooltip) and the line's total, from the draft's
:class:`~kronos_core.ticket.DraftLine` rows and the money rules of :mod:`kronos_core.ticket`."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from kronos_core import ticket
from kronos_core.ticket import DraftLine
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel

translate = QCoreApplication.translate


def line_total(line: DraftLine) -> int | None:
    """Gross less the line's own discount (None: the line breaks a money rule)."""
    try:
        return ticket.line_gross(line) - ticket.line_discount(line)
    except ticket.TicketError:
        return None


class TicketLinesModel(RowTableModel[DraftLine]):
    class Col(enum.IntEnum):
        DESCRIPTION = 0
        ARTIST = 1
        QUANTITY = 2
        UNIT_PRICE = 3
        DISCOUNT = 4
        TOTAL = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "BRL"
        self.artists: dict[uuid.UUID, str] = {}
        self.artist_inline = False  # a narrow table: the artist under the description, their column hidden

    def two_lines(self) -> bool:
        """Whether a row needs a second line (an artist under its description, a discount's reason)."""
        return self.artist_inline or any(
            ln.discount_reason.strip() and (ln.discount_amount or ln.discount_bps is not None) for ln in self.rows()
        )

    def set_artist_inline(self, inline: bool) -> None:
        if inline != self.artist_inline:
            self.artist_inline = inline
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def row_id(self, row: DraftLine) -> uuid.UUID:
        return row.line_id

    def set_lines(self, lines: list[DraftLine], artists: dict[uuid.UUID, str], currency: str) -> None:
        self.artists = dict(artists)
        self.currency = currency
        self.set_rows(lines)

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.DESCRIPTION: ColumnSpec(lambda: translate("TicketLinesModel", "Description"), 0),
            c.ARTIST: ColumnSpec(lambda: translate("TicketLinesModel", "Artist"), 104),
            c.QUANTITY: ColumnSpec(lambda: translate("TicketLinesModel", "Qty"), 36, align_right=True),
            c.UNIT_PRICE: ColumnSpec(lambda: translate("TicketLinesModel", "Price"), 92, align_right=True),
            c.DISCOUNT: ColumnSpec(lambda: translate("TicketLinesModel", "Discount"), 88, align_right=True),
            c.TOTAL: ColumnSpec(lambda: translate("TicketLinesModel", "Total"), 96, align_right=True),
        }

    def artist_text(self, row: DraftLine) -> str:
        if row.artist_id is None:
            return translate("TicketLinesModel", "Studio") if row.kind == "product" else ""
        return self.artists.get(row.artist_id, "?")

    def money(self, amount: int) -> str:
        return fmt.money_text(amount, self.currency)

    def discount_text(self, line: DraftLine) -> str:
        try:
            amount = ticket.line_discount(line)
        except ticket.TicketError:
            return "?"
        if not amount and line.discount_bps is None:
            return ""
        return "−" + self.money(amount)  # a percent and the reason are in the tooltip

    def cell(self, row: DraftLine, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.DESCRIPTION:
                text = row.description or (
                    translate("TicketLinesModel", "(service)")
                    if row.kind == "service"
                    else translate("TicketLinesModel", "(product)")
                )
                under = [self.artist_text(row)] if self.artist_inline and row.artist_id is not None else []
                if row.discount_reason.strip() and (row.discount_amount or row.discount_bps is not None):
                    under.append(
                        translate("TicketLinesModel", "Discount: {reason}").format(reason=row.discount_reason.strip())
                    )
                return "\n".join([text, " · ".join(under)]) if under else text
            if column == c.ARTIST:
                return self.artist_text(row)
            if column == c.QUANTITY:
                return fmt.count_text(row.quantity)
            if column == c.UNIT_PRICE:
                return self.money(row.unit_price)
            if column == c.DISCOUNT:
                return self.discount_text(row)
            if column == c.TOTAL:
                total = line_total(row)
                return self.money(total) if total is not None else "?"
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == c.DISCOUNT and (row.discount_amount or row.discount_bps is not None):
                parts = [fmt.percent_text(row.discount_bps)] if row.discount_bps is not None else []
                if row.discount_reason:
                    parts.append(row.discount_reason)
                return translate("TicketLinesModel", "Discount: {reason}").format(reason=" · ".join(parts))
            if column == c.DESCRIPTION and row.description:
                return f"{row.description} · {self.artist_text(row)}" if self.artist_inline else row.description
            return None
        if role == Qt.ItemDataRole.FontRole and column == c.TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        return None
