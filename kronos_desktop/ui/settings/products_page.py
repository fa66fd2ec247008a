"""Products (owners and managers keep it, issue 15): the studio's retail list a ticket's product
lines are picked from, each with its name, SKU, price, stock and low-stock mark (issue 16). Add,
Edit, Deactivate or Reactivate through ``ops.stock.save_product`` (a product is never removed: the
lines that sold it keep pointing at it); a SKU two products on sale share is flagged in the list
(and warned about in the dialog). A stock at or below its mark is marked with an icon, a colour
and the words "low" / "out of stock". Stock: Receive… (the front desk and up), Adjust… and Count
stock… (owners and managers), Movements… (anyone). Artists see the list read-only, told why.
Read on the reader thread, again when products or stock change (``ctx.hub.rows_changed``)."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core.roles import EVERYONE, FRONT_DESK, MANAGEMENT
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.stock import StockRow, stock_rows
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table, select_row, selected_row
from kronos_desktop.ui.common.widgets import named, push_button, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import readable
from kronos_desktop.ui.settings.materials_page import fit_columns
from kronos_desktop.ui.settings.product_dialog import ProductDialog, StockMovementsDialog, same_sku
from kronos_desktop.ui.settings.stock_dialogs import (
    StockCountDialog,
    StockMoveDialog,
    level_color,
    level_text,
    level_tip,
)

translate = QCoreApplication.translate
D = TypeVar("D", bound=QDialog)
FLAGGED = QColor("#b26a00")
INACTIVE = QColor("#757575")


@dataclass(frozen=True)
class ProductsRead:
    rows: list[StockRow]  # every product, active or not, by name, with its stock
    currency: str
    studio_id: uuid.UUID | None


def read_products(conn: Connection) -> ProductsRead:
    here = desk_q.here(conn)
    if here.studio_id is None:
        return ProductsRead([], here.currency, None)
    return ProductsRead(stock_rows(conn, here.studio_id), here.currency, here.studio_id)


class ProductsModel(RowTableModel[StockRow]):
    """Name (stretching; "(inactive)" after a product off sale), SKU, price, stock (its state in
    words, an icon and a colour when low or out), the low-stock mark."""

    currency = "BRL"
    shared: frozenset[uuid.UUID] = frozenset()  # products on sale whose SKU another one on sale has

    class Col(enum.IntEnum):
        NAME = 0
        SKU = 1
        PRICE = 2
        STOCK = 3
        LOW_AT = 4

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.NAME: ColumnSpec(lambda: translate("ProductsModel", "Name"), 0),
            c.SKU: ColumnSpec(lambda: translate("ProductsModel", "SKU"), 120),
            c.PRICE: ColumnSpec(lambda: translate("ProductsModel", "Price"), 120, align_right=True),
            c.STOCK: ColumnSpec(lambda: translate("ProductsModel", "Stock"), 150, align_right=True),
            c.LOW_AT: ColumnSpec(lambda: translate("ProductsModel", "Low at"), 80, align_right=True),
        }

    def cell(self, row: StockRow, column: Any, role: int) -> Any:
        c = self.Col
        if column in (c.STOCK, c.LOW_AT):
            return self.stock_cell(row, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.NAME:
                if not row.active:
                    return translate("ProductsModel", "{name} (inactive)").format(name=row.name)
                return row.name
            if column == c.SKU:
                return row.sku or ""
            if column == c.PRICE:
                return fmt.money_text(row.price, self.currency)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.active:
                return QBrush(readable(INACTIVE))
            if column == c.SKU and row.id in self.shared:
                return QBrush(readable(FLAGGED))
        if role == Qt.ItemDataRole.ToolTipRole and column == c.SKU and row.id in self.shared:
            return translate("ProductsModel", "Another product on sale has this SKU.")
        return None

    def stock_cell(self, row: StockRow, column: Any, role: int) -> Any:
        if column == self.Col.LOW_AT:
            if role == Qt.ItemDataRole.DisplayRole:
                return fmt.count_text(row.low_stock_level) if row.low_stock_level is not None else "—"
            if role == Qt.ItemDataRole.ToolTipRole and row.low_stock_level is None:
                return translate("ProductsModel", "No low-stock warning for this product.")
            return QBrush(readable(INACTIVE)) if role == Qt.ItemDataRole.ForegroundRole and not row.active else None
        color = level_color(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return level_text(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(readable(INACTIVE) if not row.active else color) if color or not row.active else None
        if role == Qt.ItemDataRole.DecorationRole and color is not None and row.active:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return level_tip(row) or None
        return None


def shared_skus(rows: list[StockRow]) -> frozenset[uuid.UUID]:
    return frozenset(r.id for r in rows if r.active and same_sku(rows, r.sku or "", r.id) is not None)


class ProductsPage(QWidget):
    TABLES = frozenset({"product", "stock_movement", "studio", "replica"})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("productsPage")
        self.read: ProductsRead | None = None
        self.model = ProductsModel(self)
        self.dialog: QDialog | None = None
        self._select_id: uuid.UUID | None = None

        self.count_label = QLabel()
        self.count_label.setObjectName("productsCount")
        self.count_label.setProperty("role", "muted")
        self.notice = QLabel()
        self.notice.setObjectName("productsReadOnlyNotice")
        self.notice.setProperty("role", "warning")
        self.notice.setWordWrap(True)
        self.add_button = push_button("productsAdd", self.tr("Add product"), self.open_add)
        self.add_button.setProperty("kind", "primary")
        self.edit_button = push_button("productsEdit", self.tr("Edit"), self.open_edit)
        self.active_button = push_button("productsActive", self.tr("Deactivate"), self.toggle_active)
        self.low_label = QLabel()
        self.low_label.setObjectName("productsLow")
        self.low_label.setProperty("role", "warning")
        self.low_label.hide()
        self.receive_button = push_button("productsReceive", self.tr("Receive…"), self.open_receive)
        self.adjust_button = push_button("productsAdjust", self.tr("Adjust…"), self.open_adjust)
        self.count_button = push_button("productsCount", self.tr("Count stock…"), self.open_count)
        self.movements_button = push_button("productsMovements", self.tr("Movements…"), self.open_movements)
        self.show_inactive = named(
            QCheckBox(self.tr("Show inactive")), "productsShowInactive", self.tr("Show inactive")
        )
        self.show_inactive.toggled.connect(lambda _on: self._fill())
        self.table = named(QTableView(), "productsTable", self.tr("Products"))
        configure_table(self.table, self.model)
        fit_columns(self.table, ProductsModel.Col.NAME)
        self.table.doubleClicked.connect(lambda _index: self.edit_button.isEnabled() and self.open_edit())
        legend = QLabel(
            self.tr(
                "A ticket's product lines are picked from this list. Stock is the sum of what was received, "
                "sold, adjusted and counted; a sale is never refused for want of stock."
            )
        )
        legend.setObjectName("productsLegend")
        legend.setProperty("role", "muted")
        legend.setWordWrap(True)

        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Products"), "productsTitle"))
        header.addStretch(1)
        header.addWidget(self.low_label)
        header.addWidget(self.count_label)
        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.show_inactive)
        stock_tools = QHBoxLayout()  # a row of its own: both rows fit 1024 px in Portuguese
        stock_title = QLabel(self.tr("Stock:"))
        stock_title.setObjectName("productsStockTitle")
        stock_tools.addWidget(stock_title)
        for button in (self.receive_button, self.adjust_button, self.count_button, self.movements_button):
            stock_tools.addWidget(button)
        stock_tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addLayout(tools)
        layout.addLayout(stock_tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._follow())
        ctx.hub.rows_changed.connect(self.on_rows_changed)
        ctx.who.changed.connect(self._follow)
        self._follow()
        self.refresh()

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.reads.ask(self, "products", read_products, self._show)

    def on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if self.TABLES & changed.keys():
            self.refresh()

    def _show(self, read: ProductsRead) -> None:
        self.read = read
        self._fill()

    def _fill(self) -> None:
        read = self.read
        if read is None:
            return
        chosen = self._select_id or self.selected_id()
        self._select_id = None
        rows = read.rows if self.show_inactive.isChecked() else [r for r in read.rows if r.active]
        self.model.currency = read.currency
        self.model.shared = shared_skus(read.rows)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n product(s)", "", len(rows)))
        low = sum(1 for r in read.rows if r.active and (r.low or r.out))
        self.low_label.setText(self.tr("⚠ %n running low or out of stock", "", low))
        self.low_label.setVisible(low > 0)
        at = self.model.find_row(chosen) if chosen is not None else -1
        if at >= 0:
            self.table.selectRow(at)
        self._follow()

    def selected(self) -> StockRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, StockRow) else None

    def selected_id(self) -> uuid.UUID | None:
        row = self.selected()
        return row.id if row is not None else None

    def select(self, product_id: uuid.UUID) -> None:
        if not select_row(self.table, self.model, product_id):
            self._select_id = product_id  # when the list is read again

    # -- who may do what ---------------------------------------------------------------------
    def read_only_reason(self) -> str | None:
        """Why the page is read-only for the person at the desk (None: it is not)."""
        if self.ctx.who.role is None:
            return self.tr("Step up to the desk with your PIN to keep the list of products.")
        if self.ctx.who.role not in MANAGEMENT:
            return self.tr("Only owners and managers keep the list of products. You can see it.")
        return None

    def stock_reason(self, may: frozenset[Any], needs_row: bool) -> str | None:
        """Why a stock button is off for the person at the desk (None: it is on)."""
        if self.ctx.who.role is None:
            return self.tr("Step up to the desk with your PIN to keep the list of products.")
        if self.ctx.who.role not in may:
            return self.tr("Only owners and managers correct the stock.")
        if needs_row and self.selected() is None:
            return self.tr("Choose a product in the list first.")
        return None

    def _follow(self) -> None:
        row = self.selected()
        general = self.read_only_reason()
        choose = self.tr("Choose a product in the list first.")
        inactive = row is not None and not row.active
        self.active_button.setText(self.tr("Reactivate") if inactive else self.tr("Deactivate"))
        self.active_button.setAccessibleName(self.active_button.text())
        for button, needs_row in ((self.add_button, False), (self.edit_button, True), (self.active_button, True)):
            reason = general or (choose if needs_row and row is None else None)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        stock_buttons = (
            (self.receive_button, FRONT_DESK, True),
            (self.adjust_button, MANAGEMENT, True),
            (self.count_button, MANAGEMENT, False),
            (self.movements_button, EVERYONE, True),
        )
        for button, may, needs_row in stock_buttons:
            reason = self.stock_reason(may, needs_row)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        self.notice.setText(general or "")
        self.notice.setVisible(general is not None)

    # -- actions -----------------------------------------------------------------------------
    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for signal in ("saved", "moved"):
            if hasattr(dialog, signal):
                getattr(dialog, signal).connect(self._select_after)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _select_after(self, product_id: uuid.UUID | None) -> None:
        if product_id is not None:
            self.select(product_id)

    def _all(self) -> list[StockRow]:
        return self.read.rows if self.read is not None else []

    def open_add(self) -> ProductDialog | None:
        if self.read_only_reason() is not None:
            return None
        return self._open(ProductDialog(self.ctx, None, self._all(), self))

    def open_edit(self) -> ProductDialog | None:
        row = self.selected()
        if row is None or self.read_only_reason() is not None:
            return None
        return self._open(ProductDialog(self.ctx, row, self._all(), self))

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None or self.read_only_reason() is not None:
            return
        op = checkout_ops.save_product(
            row.id, name=row.name, sku=row.sku, price=row.price, active=not row.active,
            low_stock_level=row.low_stock_level, parent=self,
        )  # fmt: skip
        self.ctx.runner.run(op)

    # -- stock -------------------------------------------------------------------------------
    def open_receive(self) -> StockMoveDialog | None:
        row = self.selected()
        if row is None or self.stock_reason(FRONT_DESK, True) is not None:
            return None
        return self._open(StockMoveDialog(self.ctx, row, "received", self))

    def open_adjust(self) -> StockMoveDialog | None:
        row = self.selected()
        if row is None or self.stock_reason(MANAGEMENT, True) is not None:
            return None
        return self._open(StockMoveDialog(self.ctx, row, "adjusted", self))

    def open_count(self) -> StockCountDialog | None:
        if self.stock_reason(MANAGEMENT, False) is not None:
            return None
        return self._open(StockCountDialog(self.ctx, self._all(), self))

    def open_movements(self) -> StockMovementsDialog | None:
        row = self.selected()
        if row is None:
            return None
        return self._open(StockMovementsDialog(self.ctx, row, self))
