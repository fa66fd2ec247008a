"""The pieces of a session's traceability record (session_record_dialog.py puts them together):
the products used as an editable table — a row picked from the studio's list of inks and
materials comes filled in (name, manufacturer, ANVISA registration, colour, lot and dates), or one
is typed — and the words for a record already written, in the list of earlier records."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kronos_core.schema import MATERIAL_KINDS
from kronos_core.traceability import as_date
from kronos_desktop.store.queries.forms import MaterialRow, SessionRecordRow
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.look import colours
from kronos_desktop.ui.settings.material_dialog import kind_text

translate = QCoreApplication.translate
TEXTS = ("name", "manufacturer", "anvisa_registration", "colour", "lot")
DATES = ("manufactured_on", "expires_on", "opened_on")
KEYS = ("kind", *TEXTS, *DATES)  # the table's columns, in order
MATERIAL_ID_ROLE = Qt.ItemDataRole.UserRole + 10


HIDDEN = (KEYS.index("manufactured_on"), KEYS.index("opened_on"))  # edited under the table, for the chosen row
NAME_COLUMN = 1
COMBO_ROOM = 24  # the style sheet's cell padding (6 + 6) and the cell's margins round the kind's combo


def column_titles() -> list[str]:
    return [
        translate("SessionRecord", "Kind"),
        translate("SessionRecord", "Name"),
        translate("SessionRecord", "Manufacturer"),
        translate("SessionRecord", "ANVISA"),
        translate("SessionRecord", "Colour"),
        translate("SessionRecord", "Lot"),
        translate("SessionRecord", "Manufactured"),
        translate("SessionRecord", "Expires"),
        translate("SessionRecord", "Opened"),
    ]


def material_label(row: MaterialRow) -> str:
    """A material in the picker: its name, colour and lot."""
    bits = [row.name]
    if row.colour:
        bits.append(row.colour)
    if row.lot:
        bits.append(translate("SessionRecord", "lot {lot}").format(lot=row.lot))
    return f"{kind_text(row.kind)}: " + " · ".join(bits)


class ProductsTable(QTableWidget):
    """The products used: one row each, every cell editable (a picked material's too: a bottle's
    opening date is often filled in on the day). The manufacture and opening dates are hidden
    columns, edited for the chosen row in the fields under the table (:class:`ProductDates`), so
    the others read whole at 1024 wide: each as wide as its header and cells need under the
    style sheet, the name taking the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(KEYS), parent)
        named(self, "sessionProducts", translate("SessionRecord", "Products used"))
        self.setHorizontalHeaderLabels(column_titles())
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in HIDDEN:
            self.setColumnHidden(column, True)
        self.itemChanged.connect(lambda _item: self.fit())
        self.fit()
        self.setMinimumHeight(120)

    def add_product(self, product: Mapping[str, Any] | None = None) -> int:
        """A row for ``product`` (None: an empty one to type in, an ink); returns its index."""
        product = product or {"kind": "ink"}
        at = self.rowCount()
        self.insertRow(at)
        kind = named(QComboBox(), f"sessionProductKind{at}", translate("SessionRecord", "Kind"))
        for value in MATERIAL_KINDS:
            kind.addItem(kind_text(value), value)
        kind.setCurrentIndex(max(0, kind.findData(product.get("kind") or "ink")))
        self.setCellWidget(at, 0, kind)
        for column, key in enumerate(KEYS[1:], start=1):
            text = str(product.get(key) or "")
            if key in DATES:
                day = as_date(product.get(key))
                text = fmt.date_text(day) if day is not None else ""
            item = QTableWidgetItem(text)
            if column == 1:
                material_id = product.get("material_id")
                item.setData(MATERIAL_ID_ROLE, material_id)
            self.setItem(at, column, item)
        self.fit()
        self.selectRow(at)  # its dates show in the fields under the table
        return at

    def fit(self) -> None:
        """Each visible column (the name's aside) as wide as its header and cells need."""
        for column in range(self.columnCount()):
            if column == NAME_COLUMN or self.isColumnHidden(column):
                continue
            if column == 0:
                widths = [self.cellWidget(r, 0).sizeHint().width() for r in range(self.rowCount())]
                hint = self.horizontalHeader().sectionSizeHint(0)
                self.setColumnWidth(0, max([hint, *widths]) + COMBO_ROOM)
            else:
                self.resizeColumnToContents(column)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.selectedIndexes()}, reverse=True)
        for at in rows:
            self.removeRow(at)

    def products(self) -> tuple[list[dict[str, Any]], list[int]]:
        """The products typed (empty rows left out) and the rows whose dates are not dates."""
        found: list[dict[str, Any]] = []
        bad: list[int] = []
        for at in range(self.rowCount()):
            cells = {key: (self._text(at, column)) for column, key in enumerate(KEYS) if column}
            if not any(cells.values()):
                continue
            kind = self.cellWidget(at, 0)
            name_item = self.item(at, 1)
            material_id = name_item.data(MATERIAL_ID_ROLE) if name_item is not None else None
            product: dict[str, Any] = {
                "material_id": material_id or None,
                "kind": kind.currentData() if isinstance(kind, QComboBox) else "other",
            }
            for key in TEXTS:
                product[key] = cells[key] or None
            for key in DATES:
                text = cells[key]
                day = fmt.parse_date(text) if text else None
                if text and day is None:
                    bad.append(at)
                product[key] = day.isoformat() if day is not None else None
            found.append(product)
        return found, bad

    def _text(self, at: int, column: int) -> str:
        item = self.item(at, column)
        return item.text().strip() if item is not None else ""

    def mark(self, refused: set[int]) -> None:
        """Shade the rows the record refuses (by their place among :meth:`products`' rows)."""
        kept = 0
        for at in range(self.rowCount()):
            if not any(self._text(at, column) for column in range(1, len(KEYS))):
                continue
            brush = QBrush(QColor(colours().refused)) if kept in refused else QBrush()
            for column in range(1, len(KEYS)):
                item = self.item(at, column)
                if item is not None:
                    item.setBackground(brush)
            kept += 1


class ProductDates(QWidget):
    """The chosen product's manufacture and opening dates (the table's hidden columns), typed
    here in the locale's short format."""

    def __init__(self, table: ProductsTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setObjectName("sessionProductDates")
        self.edits: dict[int, QLineEdit] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(translate("SessionRecord", "Chosen product:"))
        layout.addWidget(self.title)
        titles = column_titles()
        for column, name in zip(HIDDEN, ("sessionProductManufactured", "sessionProductOpened"), strict=True):
            label = QLabel(titles[column])
            edit = named(QLineEdit(), name, titles[column])
            edit.setPlaceholderText(fmt.date_input_format().lower())
            edit.textEdited.connect(lambda text, c=column: self._typed(c, text))
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit, 1)
            self.edits[column] = edit
        table.itemSelectionChanged.connect(self.follow)
        table.model().rowsRemoved.connect(lambda *_: self.follow())
        self.follow()

    def row(self) -> int:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return min(rows) if rows else -1

    def follow(self) -> None:
        at = self.row()
        for column, edit in self.edits.items():
            item = self.table.item(at, column) if at >= 0 else None
            edit.setText(item.text() if item is not None else "")
            edit.setEnabled(item is not None)

    def _typed(self, column: int, text: str) -> None:
        item = self.table.item(self.row(), column) if self.row() >= 0 else None
        if item is not None:
            item.setText(text)


def record_title(row: SessionRecordRow, zone: Any, numbers: Mapping[uuid.UUID, int]) -> str:
    """An earlier record in the list: when, where on the body, how many products, and which
    record it corrects."""
    when = fmt.local_time(row.recorded_at, zone)
    products = len(row.products or [])
    # Two strings, not one "%n" plural: lupdate reads plurals only from a QObject's tr().
    if products == 1:
        count = translate("SessionRecord", "1 product")
    else:
        count = translate("SessionRecord", "{count} products").format(count=products)
    text = translate("SessionRecord", "#{number} · {date} {time} · {location} · {count}").format(
        number=numbers.get(row.id, 0),
        date=fmt.date_text(when.date()),
        time=fmt.time_text(row.recorded_at, zone),
        location=row.body_location,
        count=count,
    )
    if row.corrects_id is not None:
        text += " · " + translate("SessionRecord", "corrects #{number}").format(number=numbers.get(row.corrects_id, 0))
    return text


def record_details(row: SessionRecordRow) -> str:
    """An earlier record in full (its tooltip)."""
    lines = [translate("SessionRecord", "Body location: {text}").format(text=row.body_location)]
    if row.adverse_reactions:
        lines.append(translate("SessionRecord", "Adverse reactions: {text}").format(text=row.adverse_reactions))
    for product in row.products or []:
        bits = [p for p in (product.get("name"), product.get("colour"), product.get("manufacturer")) if p]
        if product.get("lot"):
            bits.append(translate("SessionRecord", "lot {lot}").format(lot=product["lot"]))
        if product.get("anvisa_registration"):
            bits.append(translate("SessionRecord", "ANVISA {number}").format(number=product["anvisa_registration"]))
        lines.append("• " + " · ".join(bits))
    if row.needle_lots:
        lines.append(translate("SessionRecord", "Needle lots: {lots}").format(lots=", ".join(row.needle_lots)))
    if row.disposable_lots:
        lines.append(translate("SessionRecord", "Disposable lots: {lots}").format(lots=", ".join(row.disposable_lots)))
    if row.autoclave_cycle:
        lines.append(translate("SessionRecord", "Autoclave cycle: {cycle}").format(cycle=row.autoclave_cycle))
    return "\n".join(lines)


def lots_of(text: str) -> list[str]:
    """Lots typed one after another, separated by commas or semicolons."""
    return [bit.strip() for bit in text.replace(";", ",").split(",") if bit.strip()]


def session_day(starts_at: dt.datetime, zone: Any) -> dt.date:
    return fmt.local_time(starts_at, zone).date()
