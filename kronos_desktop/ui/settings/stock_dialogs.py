"""The stock of a product (issue 16), from Studio → Products: Receive stock (how many arrived),
Adjust (a signed quantity and its reason, required), Stock count (every product on sale with the
level the desk knows and a column to type what is on the shelf: only the differences are recorded,
as "counted" movements) and a product's movements (when, what, how many, why, who).

Each writes through :mod:`kronos_desktop.ops.stock`; a quantity that is plainly wrong (a count
below 0, an adjustment of 0, a delivery of none) is said at the field and nothing is written. The
words of a level ("low", "out of stock") are here too: the list and the ticket's product picker
say them, never the colour alone."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kronos_core.mutations import MutationError
from kronos_desktop.ops import stock as stock_ops
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store.queries.stock import StockRow
from kronos_desktop.ui.checkout.refund_dialog import message_label, say, stacked
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import readable

translate = QCoreApplication.translate
LOW = QColor("#b26a00")  # with the words "low" / "out of stock", never alone
OUT = QColor("#c62828")
MOST = 99_999  # the most a quantity box takes


# -- words --------------------------------------------------------------------------------------
def kind_word(kind: str) -> str:
    """A stock movement's kind (kronos_core.schema_base.STOCK_MOVEMENT_KINDS) in words."""
    words = {
        "received": lambda: translate("StockWords", "Received"),
        "sold": lambda: translate("StockWords", "Sold"),
        "returned": lambda: translate("StockWords", "Returned (sale cancelled)"),
        "adjusted": lambda: translate("StockWords", "Adjusted"),
        "counted": lambda: translate("StockWords", "Counted"),
    }
    word = words.get(kind)
    return word() if word is not None else kind


def signed(quantity: int) -> str:
    """+3, -1 (0 as 0)."""
    return f"+{fmt.count_text(quantity)}" if quantity > 0 else fmt.count_text(quantity)


def level_text(row: StockRow) -> str:
    """A product's level with its state in words: "12", "2 · low", "0 · out of stock"."""
    if row.out:
        return translate("StockWords", "{n} · out of stock").format(n=fmt.count_text(row.level))
    if row.low:
        return translate("StockWords", "{n} · low").format(n=fmt.count_text(row.level))
    return fmt.count_text(row.level)


def level_color(row: StockRow) -> QColor | None:
    color = OUT if row.out else LOW if row.low else None
    return readable(color) if color is not None else None


def level_tip(row: StockRow) -> str:
    """Why a level is marked (empty: it is not)."""
    if row.out:
        return translate("StockWords", "None in stock that this desk knows of. A sale still goes through.")
    if row.low and row.low_stock_level is not None:
        return translate("StockWords", "At or below its low-stock mark ({n}): time to order more.").format(
            n=fmt.count_text(row.low_stock_level)
        )
    return ""


def _failed(dialog: QWidget, problem: QLabel, button: QPushButton, exc: BaseException) -> None:
    button.setEnabled(True)
    if isinstance(exc, MutationError):
        text = refusal_text(exc)
        if exc.code == "stock_count_matches":  # a sale closed meanwhile made the count right
            text = translate("StockWords", "Every count matches the stock: there is nothing to record.")
        say(problem, text)
        return
    errors.show_failure(dialog, exc)


def _buttons(primary: QPushButton, cancel: QPushButton) -> QDialogButtonBox:
    primary.setProperty("kind", "primary")
    box = QDialogButtonBox()
    box.addButton(primary, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    return box


# -- receive and adjust ---------------------------------------------------------------------------
class StockMoveDialog(KeyedDialog):
    """One product's stock moved by hand. ``kind`` "received": goods arrived (how many, at least
    1; a note, optional: a supplier, an invoice). "adjusted": a signed change (-1: a broken jar;
    not 0) and its reason, required."""

    moved = Signal(object)  # the product's id

    def __init__(self, ctx: DeskContext, row: StockRow, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row, self.kind = ctx, row, kind
        receive = kind == "received"
        self.setObjectName("stockReceiveDialog" if receive else "stockAdjustDialog")
        title = self.tr("Receive stock") if receive else self.tr("Adjust stock")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        product = QLabel(row.name)
        product.setObjectName("stockProduct")
        product.setProperty("role", "strong")
        product.setWordWrap(True)
        how_many = self.tr("Quantity received") if receive else self.tr("Change in stock")
        self.quantity = named(QSpinBox(), "stockQuantity", how_many)
        self.quantity.setRange(0 if receive else -MOST, MOST)
        self.quantity.setMinimumWidth(120)
        self.start = 1 if receive else 0
        self.quantity.setValue(self.start)
        self.after = QLabel()
        self.after.setObjectName("stockAfter")
        self.after.setProperty("role", "muted")
        self.reason = named(QLineEdit(), "stockReason", self.tr("Note") if receive else self.tr("Reason"))
        self.reason.setMaxLength(200)
        hint = self.tr("Supplier, invoice… (optional)") if receive else self.tr("e.g. a jar broke, a sample given")
        self.reason.setPlaceholderText(hint)
        self.problem = message_label("stockMoveProblem")
        form = QFormLayout()
        form.addRow(self.tr("Product"), product)
        form.addRow(self.tr("In stock now"), QLabel(level_text(row)))
        form.addRow(
            self.tr("Quantity received *") if receive else self.tr("Change (+ adds, − takes off) *"), self.quantity
        )
        form.addRow(self.tr("Afterwards"), self.after)
        form.addRow(self.tr("Note") if receive else self.tr("Reason *"), stacked(self.reason, self.problem))
        text = self.tr("Receive") if receive else self.tr("Adjust")
        self.ok_button = named(QPushButton(text), "stockMoveButton", title)
        cancel = named(QPushButton(self.tr("Cancel")), "stockMoveCancel", self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.submit)
        self.quantity.valueChanged.connect(self._follow)
        self.reason.textChanged.connect(lambda _t: say(self.problem, ""))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(_buttons(self.ok_button, cancel))
        self._follow(self.start)
        self.resize(520, 300)
        self.quantity.setFocus()
        self.quantity.selectAll()

    def primary_button(self) -> QPushButton:
        return self.ok_button

    def typed(self) -> bool:
        return self.quantity.value() != self.start or bool(self.reason.text().strip())

    def _follow(self, value: int) -> None:
        say(self.problem, "")
        self.after.setText(self.tr("{n} in stock").format(n=fmt.count_text(self.row.level + value)))

    def submit(self) -> None:
        quantity, reason = self.quantity.value(), self.reason.text()
        problem, focus = None, cast(QWidget, self.quantity)
        if self.kind == "received" and quantity <= 0:
            problem = self.tr("Type how many arrived: at least 1.")
        elif quantity == 0:
            problem = self.tr("Type how many to add (e.g. 2) or take off (e.g. -2): 0 changes nothing.")
        elif self.kind != "received" and not reason.strip():
            problem, focus = self.tr("Say why the stock changes: the reason is required."), self.reason
        if problem is not None:
            say(self.problem, problem)
            focus.setFocus()
            return
        pid = self.row.product_id
        if self.kind == "received":
            op = stock_ops.receive(pid, quantity, note=reason, parent=self)
        else:
            op = stock_ops.adjust(pid, quantity, reason, parent=self)
        _run(self, op, self.problem, self.ok_button)


def _run(dialog: Any, op: MutationOp, problem: QLabel, button: QPushButton) -> None:
    """Run a stock op for ``dialog`` (its ``moved`` signal and accept on success)."""
    button.setEnabled(False)
    product_id = dialog.row.product_id if getattr(dialog, "row", None) is not None else None

    def succeeded(_applied: object) -> None:
        button.setEnabled(True)
        dialog.moved.emit(product_id)
        dialog.accept()

    dialog.ctx.runner.run(op.success(succeeded).failure(lambda exc: _failed(dialog, problem, button, exc)))


# -- the count --------------------------------------------------------------------------------------
class StockCountDialog(KeyedDialog):
    """Every product listed with the level the desk knows; what is on the shelf typed beside it
    (left empty: not counted). Enter and the arrows move down and up the column."""

    moved = Signal(object)  # None (a count is about many products)
    PRODUCT, KNOWN, COUNTED, DIFFERENCE = range(4)

    def __init__(self, ctx: DeskContext, rows: Sequence[StockRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = None
        self.rows = [r for r in rows if r.active or r.level != 0]
        self.setObjectName("stockCountDialog")
        title = self.tr("Stock count")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        explain = QLabel(
            self.tr(
                "Type what is on the shelf in Counted. A product left empty is not counted; "
                "only the differences are recorded."
            )
        )
        explain.setObjectName("stockCountExplain")
        explain.setWordWrap(True)
        self.table = named(QTableWidget(len(self.rows), 4), "stockCountTable", self.tr("Products to count"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("In stock"), self.tr("Counted"), self.tr("Difference")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)  # a long name is elided on its line (its tooltip says it whole)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.PRODUCT, QHeaderView.ResizeMode.Stretch)
        for column in (self.KNOWN, self.COUNTED, self.DIFFERENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, 140 if column == self.KNOWN else 100)  # "0 · sem estoque" whole
        self.fields: list[QLineEdit] = []
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for at, row in enumerate(self.rows):
            name = QTableWidgetItem(row.name + (f" · {row.sku}" if row.sku else ""))
            name.setToolTip(name.text())
            self.table.setItem(at, self.PRODUCT, name)
            known = QTableWidgetItem(level_text(row))
            known.setTextAlignment(right)
            if (color := level_color(row)) is not None:
                known.setForeground(color)
            self.table.setItem(at, self.KNOWN, known)
            field = named(QLineEdit(), f"stockCounted{at}", self.tr("Counted: {name}").format(name=row.name))
            field.setAlignment(right)
            field.setMaxLength(6)
            field.textChanged.connect(lambda _t, at=at: self._follow(at))
            field.installEventFilter(self)
            self.table.setCellWidget(at, self.COUNTED, field)
            self.fields.append(field)
            difference = QTableWidgetItem("")
            difference.setTextAlignment(right)
            self.table.setItem(at, self.DIFFERENCE, difference)
        self.reason = named(QLineEdit(self.tr("Stock count")), "stockCountReason", self.tr("Reason"))
        self.reason.setMaxLength(200)
        self.summary = QLabel()
        self.summary.setObjectName("stockCountSummary")
        self.summary.setProperty("role", "muted")
        self.problem = message_label("stockCountProblem")
        form = QFormLayout()
        form.addRow(self.tr("Reason *"), self.reason)
        self.ok_button = named(QPushButton(self.tr("Record count")), "stockCountButton", self.tr("Record count"))
        cancel = named(QPushButton(self.tr("Cancel")), "stockCountCancel", self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self.ok_button, cancel))
        self._summarise()
        self.resize(860, 520)  # the names whole beside three number columns (720: most were elided)
        if self.fields:
            self.fields[0].setFocus()

    def primary_button(self) -> QPushButton:
        return self.ok_button

    def typed(self) -> bool:
        return any(f.text().strip() for f in self.fields)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.fields:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Return: 1, Qt.Key.Key_Enter: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(
                Qt.Key(event.key())
            )
            if step is not None:
                at = self.fields.index(watched) + step
                if 0 <= at < len(self.fields):
                    self.fields[at].setFocus()
                    self.table.scrollToItem(self._item(at, self.PRODUCT))
                elif at >= len(self.fields):
                    self.ok_button.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    @staticmethod
    def _parse(text: str) -> int | None:
        try:
            return int(text.strip().replace(".", "").replace(",", ""))
        except ValueError:
            return None

    def _follow(self, at: int) -> None:
        say(self.problem, "")
        text = self.fields[at].text().strip()
        found = self._parse(text) if text else None
        item = self._item(at, self.DIFFERENCE)
        moved = None if found is None or found < 0 else found - self.rows[at].level
        item.setText("" if moved is None else self.tr("same") if moved == 0 else signed(moved))
        self._summarise()

    def counted(self) -> dict[uuid.UUID, int] | None:
        """What was typed, by product (None: something typed is not a count, said at the dialog)."""
        out: dict[uuid.UUID, int] = {}
        for field, row in zip(self.fields, self.rows, strict=True):
            text = field.text().strip()
            if not text:
                continue
            found = self._parse(text)
            problem = None
            if found is None:
                problem = self.tr("“{text}” is not a quantity ({name}): type a whole number, 0 or more.")
            elif found < 0:
                problem = self.tr("A count cannot be below 0 ({name}): type what is on the shelf, 0 or more.")
            if problem is not None:
                say(self.problem, problem.format(text=text, name=row.name))
                field.setFocus()
                field.selectAll()
                return None
            out[row.product_id] = found  # type: ignore[assignment]
        return out

    def _summarise(self) -> None:
        typed = [(self._parse(f.text()), r) for f, r in zip(self.fields, self.rows, strict=True) if f.text().strip()]
        differ = sum(1 for found, r in typed if found is not None and found >= 0 and found != r.level)
        self.summary.setText(
            self.tr("%n product(s) counted", "", len(typed)) + " · " + self.tr("%n to correct", "", differ)
        )

    def submit(self) -> None:
        counted = self.counted()
        if counted is None:
            return
        if not counted:
            say(self.problem, self.tr("Type what you counted for at least one product."))
            if self.fields:
                self.fields[0].setFocus()
            return
        if not self.reason.text().strip():
            say(self.problem, self.tr("Say why you count (e.g. the monthly count): the reason is required."))
            self.reason.setFocus()
            return
        known = {r.product_id: r.level for r in self.rows}
        if not stock_ops.count_moves(known, counted):
            say(self.problem, translate("StockWords", "Every count matches the stock: there is nothing to record."))
            return
        _run(self, stock_ops.count(counted, self.reason.text(), parent=self), self.problem, self.ok_button)
