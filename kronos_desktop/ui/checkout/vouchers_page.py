"""The studio's gift vouchers (vale-presente), for the Caixa: code, value, balance, the day sold,
for whom, until when; a voucher spent beyond its value (two desks offline) reads "overdrawn" in
red. "Find by code" narrows the list as the code is typed (case, spaces and the dash do not
matter); "Sell voucher…" opens the sell dialog, "Print card…" the chosen voucher's card. The list
is read again when vouchers or payments change (once shown again, when hidden then). "Back to the
day" (``back``) is for the Caixa that shows the page in the day's place."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kronos_core.schema import payment, voucher
from kronos_desktop.store.queries.vouchers import VoucherState, vouchers
from kronos_desktop.ui.checkout.voucher_dialog import open_card, sell_voucher
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import readable

translate = QCoreApplication.translate
RED = QColor("#b3261e")
GREY = QColor("#8a8593")


def code_key(text: str) -> str:
    """A code as compared while typing: upper case, no spaces or dashes."""
    return "".join(ch for ch in text.upper() if ch not in " -\t")


class VouchersModel(RowTableModel[VoucherState]):
    class Col(enum.IntEnum):
        CODE = 0
        VALUE = 1
        BALANCE = 2
        SOLD = 3
        RECIPIENT = 4
        EXPIRES = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "BRL"
        self.today = dt.date(2000, 1, 1)  # the desk's today, set with the rows

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.CODE: ColumnSpec(lambda: translate("VouchersModel", "Code"), 120),
            c.VALUE: ColumnSpec(lambda: translate("VouchersModel", "Value"), 110, align_right=True),
            c.BALANCE: ColumnSpec(lambda: translate("VouchersModel", "Balance"), 170, align_right=True),
            c.SOLD: ColumnSpec(lambda: translate("VouchersModel", "Sold on"), 100),
            c.RECIPIENT: ColumnSpec(lambda: translate("VouchersModel", "For"), 0),
            c.EXPIRES: ColumnSpec(lambda: translate("VouchersModel", "Valid until"), 110),
        }

    def balance_text(self, row: VoucherState) -> str:
        money = fmt.money_text(row.balance, self.currency)
        if row.overdrawn:
            return translate("VouchersModel", "{amount} · overdrawn").format(amount=money)
        if row.expired(self.today):
            return translate("VouchersModel", "{amount} · expired").format(amount=money)
        if row.balance == 0:
            return translate("VouchersModel", "spent")
        return money

    def cell(self, row: VoucherState, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.CODE:
                return row.code
            if column == c.VALUE:
                return fmt.money_text(row.amount, self.currency)
            if column == c.BALANCE:
                return self.balance_text(row)
            if column == c.SOLD:
                return fmt.date_text(row.sold_on)
            if column == c.RECIPIENT:
                return row.recipient_name or ""
            if column == c.EXPIRES:
                return fmt.date_text(row.expires_on) if row.expires_on else translate("VouchersModel", "no expiry")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == c.BALANCE:
            if row.overdrawn:
                return QBrush(readable(RED))
            if row.balance == 0 or row.expired(self.today):
                return QBrush(readable(GREY))
        if role == Qt.ItemDataRole.FontRole and column in (c.CODE, c.BALANCE):
            font = QFont()
            font.setBold(column == c.CODE or row.overdrawn)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (c.CODE, c.RECIPIENT) and row.buyer_name:
            return translate("VouchersModel", "Bought by {name}").format(name=row.buyer_name)
        return None


class VouchersPage(QWidget):
    """The vouchers list with its search and actions (see the module)."""

    TABLES = frozenset({voucher.name, payment.name})
    back = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("vouchersPage")
        self._all: list[VoucherState] = []
        self._stale = True  # read when next shown
        self.back_button = named(QPushButton(self.tr("Back to the day")), "vouchersBack", self.tr("Back to the day"))
        self.search = named(QLineEdit(), "vouchersFind", self.tr("Find a voucher by its code"))
        self.search.setPlaceholderText(self.tr("Find by code, e.g. K7QX-M4P9"))
        self.search.setClearButtonEnabled(True)
        self.sell_button = named(QPushButton(self.tr("Sell voucher…")), "vouchersSell", self.tr("Sell a gift voucher"))
        self.card_button = named(
            QPushButton(self.tr("Print card…")), "vouchersCard", self.tr("Print or save the chosen voucher's card")
        )
        self.card_button.setEnabled(False)
        self.model = VouchersModel(self)
        self.table = named(QTableView(), "vouchersTable", self.tr("Gift vouchers"))
        self.table.setModel(self.model)
        configure_table(self.table, self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.summary = QLabel()
        self.summary.setObjectName("vouchersSummary")
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)
        self.no_match = QLabel()  # under the search, where the eye is (at the foot it went unseen)
        self.no_match.setObjectName("vouchersNoMatch")
        self.no_match.setProperty("role", "error")
        self.no_match.hide()
        head = QHBoxLayout()
        head.addWidget(title_label(self.tr("Gift vouchers"), "vouchersTitle"))
        head.addStretch(1)
        head.addWidget(self.back_button)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.card_button)
        top.addWidget(self.sell_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(top)
        layout.addWidget(self.no_match)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.search.textChanged.connect(lambda _t: self._show())
        self.search.returnPressed.connect(self.open_card)  # a code typed and Enter: its card
        self.back_button.clicked.connect(self.back.emit)
        self.sell_button.clicked.connect(lambda: sell_voucher(self, self.ctx))
        self.card_button.clicked.connect(self.open_card)
        self.table.doubleClicked.connect(lambda _i: self.open_card())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen_changed())
        ctx.hub.rows_changed.connect(self.on_rows_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self.search.setFocus()

    def on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if self.TABLES & changed.keys():
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        desk = self.ctx.desk()
        if desk is None:
            return
        studio_id = desk.studio_id
        self._stale = False
        self.ctx.reads.ask(self, "vouchers", lambda conn: vouchers(conn, studio_id), self._read)

    def _read(self, rows: list[VoucherState]) -> None:
        self._all = rows
        self.model.currency = self.ctx.currency()
        self.model.today = self.ctx.today()
        self._show()

    def shown(self) -> list[VoucherState]:
        """The vouchers the search lets through (all while it is empty)."""
        key = code_key(self.search.text())
        return [v for v in self._all if key in code_key(v.code)] if key else list(self._all)

    def _show(self) -> None:
        chosen = self.chosen()
        rows = self.shown()
        self.model.set_rows(rows)
        if chosen is not None and (at := self.model.find_row(chosen)) >= 0:
            self.table.selectRow(at)
        elif len(rows) == 1:
            self.table.selectRow(0)  # one voucher found by its code: chosen
        money = self.model.currency
        held = sum(max(0, v.balance) for v in self._all if not v.expired(self.model.today))
        overdrawn = sum(1 for v in self._all if v.overdrawn)
        text = self.tr("%n voucher(s); still to spend: {amount}", "", len(self._all))
        parts = [text.format(amount=fmt.money_text(held, money))]
        if overdrawn:
            parts.append(self.tr("%n overdrawn: see the conflicts inbox", "", overdrawn))
        typed = self.search.text().strip()
        self.no_match.setText(self.tr("No voucher has a code like {code}.").format(code=typed))
        self.no_match.setVisible(bool(typed) and not rows)
        self.summary.setText(" · ".join(parts))
        self._chosen_changed()

    def chosen(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def _chosen_changed(self) -> None:
        self.card_button.setEnabled(self.chosen() is not None)

    def open_card(self) -> None:
        voucher_id = self.chosen()
        if voucher_id is not None:
            open_card(self.ctx, voucher_id, self)
