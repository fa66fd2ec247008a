"""Add or edit one product of the studio's list (issue 15): its name, SKU and price (typed as
people type money) and its low-stock mark (issue 16: warn at or below this many; empty: never).
The name is required, a price must be an amount and a mark a whole number of 0 or more, said at
the field with nothing saved; a SKU another product on sale already uses is a warning at the
field, not a refusal (two suppliers may share a code; the ticket finds both). Saved through
``ops.stock.save_product`` (``product.save``: owners and managers).

Also here: :class:`StockMovementsDialog`, a product's stock movements (when, what in words, how many,
why, who), newest first."""

from __future__ import annotations

import dataclasses
import enum
import uuid
import zoneinfo
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core import stock
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.store.queries.checkout import ProductRow
from kronos_desktop.store.queries.stock import StockMove, StockRow, level_of, movements
from kronos_desktop.ui.checkout.money_field import MoneyField
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.settings.materials_page import fit_columns
from kronos_desktop.ui.settings.stock_dialogs import kind_word, level_text, signed

Product = ProductRow | StockRow
translate = QCoreApplication.translate


def same_sku(rows: Sequence[Product], sku: str, product_id: uuid.UUID | None) -> Product | None:
    """Another product on sale with this SKU (compared without case or blanks around it)."""
    wanted = sku.strip().casefold()
    if not wanted:
        return None
    for row in rows:
        if row.active and row.id != product_id and (row.sku or "").strip().casefold() == wanted:
            return row
    return None


def _message_label(object_name: str, role: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.hide()
    return label


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _stacked(field: QWidget, message: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return box


class ProductDialog(KeyedDialog):
    """``row`` None: a new product; ``others``: the studio's list (for the SKU warning)."""

    saved = Signal(object)  # the product's id

    def __init__(
        self,
        ctx: DeskContext,
        row: Product | None,
        others: Sequence[Product] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.others = list(others)
        self.setObjectName("productDialog")
        title = self.tr("New product") if row is None else self.tr("Edit product")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)

        self.name = named(QLineEdit(), "productName", self.tr("Product name"))
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("e.g. Healing balm 50 g"))
        self.name_problem = _message_label("productNameProblem", "error")
        self.sku = named(QLineEdit(), "productSku", self.tr("SKU (product code)"))
        self.sku.setMaxLength(40)
        self.sku_warning = _message_label("productSkuWarning", "warning")
        self.price = MoneyField(self, object_name="productPrice", accessible_name=self.tr("Price"), required=True)
        self.price.setMaximumWidth(180)
        self.low_at = named(QLineEdit(), "productLowAt", self.tr("Warn when the stock is at or below"))
        self.low_at.setMaxLength(6)
        self.low_at.setMaximumWidth(180)
        self.low_at.setPlaceholderText(self.tr("No warning"))
        self.low_at_problem = _message_label("productLowAtProblem", "error")
        self.problem = _message_label("productProblem", "error")

        form = QFormLayout()
        form.addRow(self.tr("Name *"), _stacked(self.name, self.name_problem))
        form.addRow(self.tr("SKU"), _stacked(self.sku, self.sku_warning))
        form.addRow(self.tr("Price *"), self.price.with_message())
        form.addRow(self.tr("Low stock at"), _stacked(self.low_at, self.low_at_problem))
        form.addRow("", self.problem)
        self.save_button = named(QPushButton(self.tr("Save")), "saveProductButton", self.tr("Save the product"))
        self.save_button.setProperty("kind", "primary")
        cancel = named(QPushButton(self.tr("Cancel")), "cancelProductButton", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

        if row is not None:
            self.name.setText(row.name)
            self.sku.setText(row.sku or "")
            self.price.set_value(row.price)
            mark = getattr(row, "low_stock_level", None)
            self.low_at.setText(fmt.count_text(mark) if mark is not None else "")
        self.low_at.textChanged.connect(lambda _t: _say(self.low_at_problem, ""))
        self.sku.textChanged.connect(lambda _t: self._check_sku())
        self.name.textChanged.connect(lambda _t: self._say_name(""))
        self._check_sku()
        self._start = self._values()
        self.resize(480, 300)

    def primary_button(self) -> QPushButton:
        return self.save_button

    def _values(self) -> tuple[str, str, str, str]:
        return (
            self.name.text().strip(),
            self.sku.text().strip(),
            self.price.text().strip(),
            self.low_at.text().strip(),
        )

    def low_stock_level(self) -> int | None:
        """The mark typed (None: none); -1 when what is typed is not a whole number of 0 or more."""
        text = self.low_at.text().strip().replace(".", "").replace(",", "")
        if not text:
            return None
        return int(text) if text.isascii() and text.isdigit() else -1

    def typed(self) -> bool:
        return self._values() != self._start

    def _check_sku(self) -> None:
        own = self.row.id if self.row is not None else None
        twin = same_sku(self.others, self.sku.text(), own)
        text = ""
        if twin is not None:
            text = self.tr("{name} already uses this SKU. You can still save: both will be found by it.").format(
                name=twin.name
            )
        self.sku_warning.setText(text)
        self.sku_warning.setVisible(bool(text))

    def _say_name(self, text: str) -> None:
        self.name_problem.setText(text)
        self.name_problem.setVisible(bool(text))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def submit(self) -> None:
        name = " ".join(self.name.text().split())
        price_ok = self.price.check()
        if not name:
            self._say_name(self.tr("Give the product a name."))
            self.name.setFocus()
            return
        if not price_ok:
            self.price.setFocus()
            return
        mark = self.low_stock_level()
        if mark == -1:
            _say(self.low_at_problem, self.tr("Type a whole number, 0 or more, or leave it empty for no warning."))
            self.low_at.setFocus()
            return
        price = self.price.value()
        assert price is not None
        self._say("")
        product_id = self.row.id if self.row is not None else uuid7()
        active = self.row.active if self.row is not None else True
        before = getattr(self.row, "low_stock_level", None)
        if self.row is not None and (name, self.sku.text().strip() or None, price, mark) == (
            self.row.name,
            (self.row.sku or "").strip() or None,
            self.row.price,
            before,
        ):
            self.accept()  # nothing changed
            return
        self.save_button.setEnabled(False)
        op = checkout_ops.save_product(
            product_id, name=name, sku=self.sku.text(), price=price, active=active, low_stock_level=mark, parent=self
        )
        self.ctx.runner.run(op.success(lambda _a: self._saved(product_id)).failure(self._failed))

    def _saved(self, product_id: uuid.UUID) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(product_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, MutationError):
            self._say(refusal_text(exc))
            return
        errors.show_failure(self, exc)


# -- a product's movements ---------------------------------------------------------------------------
class StockMovementsModel(RowTableModel[StockMove]):
    """When (the studio's time), what (in words; a sale's number), how many (signed), why, who."""

    zone = zoneinfo.ZoneInfo("America/Sao_Paulo")

    class Col(enum.IntEnum):
        WHEN = 0
        WHAT = 1
        QUANTITY = 2
        REASON = 3
        WHO = 4

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.WHEN: ColumnSpec(lambda: translate("StockMovementsModel", "When"), 140),
            c.WHAT: ColumnSpec(lambda: translate("StockMovementsModel", "What"), 190),
            c.QUANTITY: ColumnSpec(lambda: translate("StockMovementsModel", "Quantity"), 80, align_right=True),
            c.REASON: ColumnSpec(lambda: translate("StockMovementsModel", "Reason"), 0),
            c.WHO: ColumnSpec(lambda: translate("StockMovementsModel", "Who"), 130),
        }

    def cell(self, row: StockMove, column: Any, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.Col
        if column == c.WHEN:
            return f"{fmt.date_text(fmt.local_time(row.at, self.zone).date())} {fmt.time_text(row.at, self.zone)}"
        if column == c.WHAT:
            return kind_word(row.kind) + (f" · {row.sale_number}" if row.sale_number else "")
        if column == c.QUANTITY:
            return signed(row.quantity)
        if column == c.REASON:
            return row.reason or ""
        return row.by_name or ""


class StockMovementsDialog(KeyedDialog):
    """``row``'s stock movements, newest first (the last 200), read again when stock moves: a
    table to read, nothing to type, no main action (Enter does nothing, Esc closes)."""

    def __init__(self, ctx: DeskContext, row: StockRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setObjectName("stockMovementsDialog")
        title = self.tr("Stock movements")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.heading = QLabel()
        self.heading.setObjectName("stockMovementsHeading")
        self.heading.setProperty("role", "strong")
        self.heading.setWordWrap(True)
        self.model = StockMovementsModel(self)
        self.model.zone = ctx.zone()
        self.table = named(QTableView(), "stockMovementsTable", title)
        configure_table(self.table, self.model)
        fit_columns(self.table, StockMovementsModel.Col.REASON)
        self.empty = QLabel(self.tr("No movement yet: receive stock or count it to start."))
        self.empty.setObjectName("stockMovementsEmpty")
        self.empty.setProperty("role", "muted")
        self.empty.hide()
        close = named(QPushButton(self.tr("Close")), "stockMovementsClose", self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QDialogButtonBox()
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self._heading(row)
        ctx.hub.rows_changed.connect(self._rows_changed)
        self.resize(760, 440)
        self.refresh()

    def _heading(self, row: StockRow) -> None:
        self.heading.setText(self.tr("{name}: stock {level}").format(name=row.name, level=level_text(row)))

    def refresh(self) -> None:
        pid = self.row.product_id

        def read(conn: Connection) -> tuple[int, list[StockMove]]:
            return level_of(conn, pid), movements(conn, pid)

        self.ctx.reads.ask(self, "movements", read, self._show)

    def _rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if "stock_movement" in changed:
            self.refresh()

    def _show(self, read: tuple[int, list[StockMove]]) -> None:
        level, moves = read
        self.row = dataclasses.replace(self.row, level=level, low=stock.is_low(level, self.row.low_stock_level))
        self._heading(self.row)
        self.model.set_rows(moves)
        self.empty.setVisible(not moves)
