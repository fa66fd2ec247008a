"""A ticket's line: a service (what was done, by which artist, its price typed: a studio has no
price list for tattoos) or a product from the studio's list, found by name or SKU as you type,
each with its stock as the desk knows it ("12 in stock", "2 in stock · low", "out of stock"; issue
16). A low or missing stock is a warning, never a refusal: two desks sell offline, the stock may go
below 0 and a count puts it right."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kronos_core.ticket import DraftLine
from kronos_desktop.store.queries.checkout import ProductRow
from kronos_desktop.store.queries.stock import StockRow, stock_on_sale
from kronos_desktop.ui.checkout.click_guard import guard_clicks
from kronos_desktop.ui.checkout.money_field import MoneyField
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.settings.stock_dialogs import level_color

ID_ROLE = Qt.ItemDataRole.UserRole
PRICE_ROLE = Qt.ItemDataRole.UserRole + 1  # the product's price as shown, in its own column at the right
STOCK_ROLE = Qt.ItemDataRole.UserRole + 2  # its stock in words, in a column left of the price
STOCK_COLOR_ROLE = Qt.ItemDataRole.UserRole + 3  # the colour of a low or missing stock (with its words)
STOCK_WIDTH = 150


class PriceDelegate(QStyledItemDelegate):
    """A product's name (elided when long), its stock (when known) and its price right-aligned
    in columns of their own: a long name never pushes the price off the list."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        price = str(index.data(PRICE_ROLE) or "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        stock = str(index.data(STOCK_ROLE) or "")
        room = opt.fontMetrics.horizontalAdvance(price) + 16 + (STOCK_WIDTH if stock else 0)
        text = opt.text
        opt.text = ""
        widget: QWidget | None = opt.widget  # None when painted off a view (a grab)
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(6, 0, -6, 0)
        name_rect = rect.adjusted(0, 0, -room - (10 if stock else 0), 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, name_rect.width())
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft | middle), elided)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | middle), price)
        if stock:
            color = index.data(STOCK_COLOR_ROLE)
            if color is not None and not selected:
                painter.setPen(color)
            stock_rect = rect.adjusted(rect.width() - room, 0, -(room - STOCK_WIDTH), 0)
            painter.drawText(stock_rect, int(Qt.AlignmentFlag.AlignLeft | middle), stock)
        painter.restore()


def _quantity(owner: QWidget, value: int) -> QSpinBox:
    box = named(QSpinBox(), "lineQuantity", owner.tr("Quantity"))
    box.setRange(1, 999)
    box.setValue(value)
    return box


def _problem(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


class ServiceLineDialog(KeyedDialog):
    """Add or edit a line. A service: description, artist, price, quantity. A product line
    (``line.kind == "product"``): its quantity and price (the name is the product's)."""

    def __init__(
        self,
        artists: Sequence[tuple[uuid.UUID, str]],
        line: DraftLine | None = None,
        *,
        currency: str = "BRL",
        default_artist: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.line = line
        self.result_line: DraftLine | None = None
        self.product = line is not None and line.kind == "product"
        self.setObjectName("ticketLineDialog")
        if self.product:
            title = self.tr("Product line")
        else:
            title = self.tr("Edit service line") if line is not None else self.tr("Add a service line")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        guard_clicks(self)  # the second click of the double-click that opened it

        self.description = named(QLineEdit(), "lineDescription", self.tr("Description"))
        self.description.setMaxLength(200)
        self.description.setPlaceholderText(self.tr("e.g. Session · fine line, forearm"))
        self.description.setReadOnly(self.product)
        self.description_problem = _problem("lineDescriptionProblem")
        self.artist = named(QComboBox(), "lineArtist", self.tr("Artist"))
        self.artist.addItem(self.tr("No artist (the studio's)"), None)
        for artist_id, name in artists:
            self.artist.addItem(name, str(artist_id))
        self.price = MoneyField(self, object_name="linePrice", accessible_name=self.tr("Unit price"), required=True)
        self.quantity = _quantity(self, line.quantity if line is not None else 1)

        description_box = QWidget()
        box = QVBoxLayout(description_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.description)
        box.addWidget(self.description_problem)
        form = QFormLayout()
        form.addRow(self.tr("Description *"), description_box)
        if not self.product:
            form.addRow(self.tr("Artist"), self.artist)
        form.addRow(self.tr("Unit price *"), self.price.with_message())
        form.addRow(self.tr("Quantity"), self.quantity)

        self.ok_button = named(
            QPushButton(self.tr("Save line") if line is not None else self.tr("Add line")),
            "lineSave",
            self.tr("Save line"),
        )
        self.ok_button.setProperty("kind", "primary")
        cancel = named(QPushButton(self.tr("Cancel")), "lineCancel", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

        chosen = line.artist_id if line is not None else default_artist
        if chosen is not None:
            at = self.artist.findData(str(chosen))
            self.artist.setCurrentIndex(max(at, 0))
        elif artists and line is None:
            self.artist.setCurrentIndex(1)
        if line is not None:
            self.description.setText(line.description)
            self.price.set_value(line.unit_price)
        self._start = self._values()
        self.ok_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self.description.textChanged.connect(lambda _t: self.description_problem.hide())
        self.setMinimumWidth(440)
        (self.price if self.product or (line is not None and line.description) else self.description).setFocus()

    def primary_button(self) -> QPushButton:
        return self.ok_button

    def _values(self) -> tuple[Any, ...]:
        return self.description.text(), self.artist.currentIndex(), self.price.text(), self.quantity.value()

    def typed(self) -> bool:
        return self._values() != self._start

    def artist_id(self) -> uuid.UUID | None:
        data = self.artist.currentData()
        return uuid.UUID(data) if data else None

    def submit(self) -> None:
        description = self.description.text().strip()
        if not description:
            self.description_problem.setText(self.tr("Say what the line is."))
            self.description_problem.show()
            self.description.setFocus()
            return
        if not self.price.check():
            self.price.setFocus()
            return
        price = self.price.value()
        assert price is not None
        if self.line is not None:
            self.result_line = dataclasses.replace(
                self.line,
                description=description,
                artist_id=None if self.product else self.artist_id(),
                unit_price=price,
                quantity=self.quantity.value(),
            )
        else:
            self.result_line = DraftLine(
                line_id=uuid.uuid4(), kind="service", description=description, artist_id=self.artist_id(),
                product_id=None, quantity=self.quantity.value(), unit_price=price,
            )  # fmt: skip
        self.accept()


class ProductDialog(KeyedDialog):
    """Add a product from the studio's list: type part of its name or SKU, Enter (or Down and
    Enter) takes the highlighted one with the quantity. Each shows its stock once read (``stock``
    given, or read through ``ctx``, by default the parent's: the ticket page's); a low or missing
    stock for the chosen product is said under the list, and the sale still goes through."""

    def __init__(
        self,
        products: Sequence[ProductRow],
        *,
        currency: str = "BRL",
        parent: QWidget | None = None,
        ctx: DeskContext | None = None,
        stock: Mapping[uuid.UUID, StockRow] | None = None,
    ) -> None:
        super().__init__(parent)
        self.products = [p for p in products if p.active]
        self.stock: dict[uuid.UUID, StockRow] = dict(stock or {})
        self.currency = currency
        self.result_line: DraftLine | None = None
        self.setObjectName("ticketProductDialog")
        title = self.tr("Add a product")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        guard_clicks(self)  # the second click of the double-click that opened it

        self.search = named(QLineEdit(), "productSearch", self.tr("Find a product"))
        self.search.setPlaceholderText(self.tr("Name or SKU"))
        self.search.setClearButtonEnabled(True)
        self.results = named(QListWidget(), "productResults", self.tr("Products found"))
        self.results.setMinimumHeight(160)
        self.results.setItemDelegate(PriceDelegate(self.results))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel()
        self.empty.setObjectName("productNone")
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.quantity = _quantity(self, 1)
        self.problem = _problem("productProblem")
        self.stock_note = _problem("productStockNote")
        self.stock_note.setProperty("role", "warning")
        form = QFormLayout()
        form.addRow(self.tr("Quantity"), self.quantity)

        self.ok_button = named(QPushButton(self.tr("Add product")), "productAdd", self.tr("Add product"))
        self.ok_button.setProperty("kind", "primary")
        cancel = named(QPushButton(self.tr("Cancel")), "productCancel", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.stock_note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(lambda _i: self.submit())
        self.results.currentRowChanged.connect(lambda _r: self.problem.hide())
        self.results.currentRowChanged.connect(lambda _r: self._say_stock())
        self.quantity.valueChanged.connect(lambda _v: self._say_stock())
        self.ok_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self._filter("")
        self.setMinimumSize(520, 400)
        self.search.setFocus()
        ctx = ctx if ctx is not None else getattr(parent, "ctx", None)
        if stock is None and isinstance(ctx, DeskContext):
            ctx.reads.ask(self, "stock", stock_on_sale, self.show_stock)

    def show_stock(self, stock: Mapping[uuid.UUID, StockRow]) -> None:
        """The products' stock, read: shown beside each (the list kept where it was)."""
        self.stock, at = dict(stock), self.results.currentRow()
        self._filter(self.search.text())  # the same search: the same rows
        self.results.setCurrentRow(at)
        self._say_stock()

    def stock_text(self, row: StockRow) -> str:
        n = fmt.count_text(row.level)
        if row.out:
            return self.tr("Out of stock ({n})").format(n=n) if row.level < 0 else self.tr("Out of stock")
        if row.low:
            return self.tr("{n} in stock · low").format(n=n)
        return self.tr("{n} in stock").format(n=n)

    def _say_stock(self) -> None:
        """A word under the list when the chosen product's stock is low, out or short of the quantity."""
        product = self.chosen()
        row = self.stock.get(product.id) if product is not None else None
        text = ""
        if row is not None and (row.out or row.level < self.quantity.value()):
            text = self.tr(
                "This desk knows of {n} in stock. The sale still goes through; a count puts the stock right."
            )
            text = text.format(n=fmt.count_text(row.level))
        elif row is not None and row.low:
            text = self.tr("Stock is low ({n} left): tell a manager to order more.").format(n=fmt.count_text(row.level))
        self.stock_note.setText(text)
        self.stock_note.setVisible(bool(text))

    def primary_button(self) -> QPushButton:
        return self.ok_button

    def typed(self) -> bool:
        """A quantity changed is something typed; a search is only a way to look (Esc closes)."""
        return self.quantity.value() != 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(max(self.results.currentRow(), 0))
                return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        words = text.strip().casefold().split()
        self.results.clear()
        for product in self.products:
            haystack = f"{product.name} {product.sku or ''}".casefold()
            if all(word in haystack for word in words):
                label = product.name + (f" · {product.sku}" if product.sku else "")
                price = fmt.money_text(product.price, self.currency)
                item = QListWidgetItem(label)
                item.setData(PRICE_ROLE, price)
                stock = self.stock.get(product.id)
                said = f", {self.stock_text(stock)}" if stock is not None else ""
                if stock is not None:
                    item.setData(STOCK_ROLE, self.stock_text(stock))
                    item.setData(STOCK_COLOR_ROLE, level_color(stock))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label}{said}, {price}")
                item.setToolTip(f"{label}{said.replace(',', ' ·', 1)} · {price}")
                item.setData(ID_ROLE, str(product.id))
                self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        if not self.products:
            self.empty.setText(self.tr("The studio has no products yet (a manager adds them in Studio)."))
        elif not self.results.count():
            self.empty.setText(self.tr("No product has this name or SKU."))
        self.empty.setVisible(not self.results.count())

    def chosen(self) -> ProductRow | None:
        row = self.results.currentRow()
        if row < 0:
            return None
        wanted = self.results.item(row).data(ID_ROLE)
        return next((p for p in self.products if str(p.id) == wanted), None)

    def submit(self) -> None:
        product = self.chosen()
        if product is None:
            self.problem.setText(self.tr("Choose a product from the list."))
            self.problem.show()
            self.search.setFocus()
            return
        self.result_line = DraftLine(
            line_id=uuid.uuid4(), kind="product", description=product.name, artist_id=None,
            product_id=product.id, quantity=self.quantity.value(), unit_price=product.price,
        )  # fmt: skip
        self.accept()
