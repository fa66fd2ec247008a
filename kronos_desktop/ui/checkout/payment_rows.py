"""The payments taken so far on a ticket: a table (method and details, amount and tip) with a button to
take one back before the ticket closes."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from kronos_core.ticket import DraftPayment
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table, selected_row
from kronos_desktop.ui.common.widgets import named

translate = QCoreApplication.translate

BRAND_NAMES = {"visa": "Visa", "mastercard": "Mastercard", "elo": "Elo", "hipercard": "Hipercard", "amex": "Amex"}


def payment_details(payment: DraftPayment, currency: str) -> str:
    """What identifies a payment besides its amount: a card's brand, instalments, code and fee;
    the cash handed over and the change; a PIX's end-to-end id; a transfer's note."""
    parts: list[str] = []
    if payment.method in ("credit", "debit"):
        if payment.card_brand:
            parts.append(BRAND_NAMES.get(payment.card_brand, payment.card_brand))
        if payment.method == "credit" and payment.instalments:
            # Two strings, not one "%n" plural: lupdate reads plurals only from a QObject's tr().
            if payment.instalments == 1:
                parts.append(translate("PaymentRows", "1 instalment"))
            else:
                parts.append(translate("PaymentRows", "{n} instalments").format(n=payment.instalments))
        if payment.auth_code:
            parts.append(translate("PaymentRows", "NSU {code}").format(code=payment.auth_code))
        if payment.card_fee:
            parts.append(
                translate("PaymentRows", "fee {amount}").format(amount=fmt.money_text(payment.card_fee, currency))
            )
    elif payment.method == "cash" and payment.cash_tendered is not None:
        change = payment.cash_tendered - payment.amount - payment.tip
        parts.append(
            translate("PaymentRows", "received {amount}").format(amount=fmt.money_text(payment.cash_tendered, currency))
        )
        if change > 0:
            parts.append(translate("PaymentRows", "change {amount}").format(amount=fmt.money_text(change, currency)))
    elif payment.method == "pix" and payment.pix_e2e_id:
        parts.append(translate("PaymentRows", "id {e2e}").format(e2e=payment.pix_e2e_id))
    elif payment.method == "transfer" and payment.auth_code:
        parts.append(payment.auth_code)
    return " · ".join(parts)


def amount_text(payment: DraftPayment, currency: str) -> str:
    """What was paid; with a tip, the tip on a second line said to be part of it ("R$ 350,00" over
    "(tip R$ 50,00 included)"): two amounts one over the other read as adding up."""
    paid = fmt.money_text(payment.amount + payment.tip, currency)
    if not payment.tip:
        return paid
    tip = translate("PaymentRows", "(tip {amount} included)").format(amount=fmt.money_text(payment.tip, currency))
    return f"{paid}\n{tip}"


class PaymentRowsModel(RowTableModel[DraftPayment]):
    class Col(enum.IntEnum):
        PAYMENT = 0  # the method, and its details on a second line
        AMOUNT = 1  # what was paid, and under it the part of it that is a tip (included)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "BRL"

    def row_id(self, row: DraftPayment) -> uuid.UUID:
        return row.payment_id

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.PAYMENT: ColumnSpec(lambda: translate("PaymentRows", "Payment"), 0),
            c.AMOUNT: ColumnSpec(lambda: translate("PaymentRows", "Amount"), 150, align_right=True),
        }

    def cell(self, row: DraftPayment, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.PAYMENT:
                details = payment_details(row, self.currency)
                return fmt.method_label(row.method) + (f"\n{details}" if details else "")
            if column == c.AMOUNT:
                return amount_text(row, self.currency)
        if role == Qt.ItemDataRole.ToolTipRole and column == c.AMOUNT and row.tip:
            text = translate("PaymentRows", "{paid} paid: {bill} to the bill and a tip of {tip}")
            return text.format(
                paid=fmt.money_text(row.amount + row.tip, self.currency),
                bill=fmt.money_text(row.amount, self.currency),
                tip=fmt.money_text(row.tip, self.currency),
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            details = payment_details(row, self.currency)
            return details or None
        return None


class PaymentRows(QWidget):
    """The payments taken so far, and "Remove payment" (also the Delete key in the table)."""

    remove_requested = Signal(object)  # the payment's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentRows")
        self.model = PaymentRowsModel(self)
        self.table = named(QTableView(), "paymentRowsTable", self.tr("Payments taken"))
        configure_table(self.table, self.model)
        self.table.setWordWrap(True)  # a payment's details on their own line, whole
        # Three lines a row: the method, then its details over two (Qt's own measure of wrapped
        # text fell a line short under the style sheet and cut the change off).
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(3 * self.table.fontMetrics().lineSpacing() + 10)
        self.table.setMinimumHeight(96)
        self.empty = QLabel(self.tr("No payment taken yet."))
        self.empty.setObjectName("paymentRowsEmpty")
        self.empty.setProperty("role", "muted")
        self.remove_button = named(
            QPushButton(self.tr("Remove payment")),
            "paymentRemove",
            self.tr("Remove the chosen payment"),
            self.tr("Take the chosen payment off the ticket (Delete)"),
        )
        self.remove_button.setEnabled(False)
        caption = QLabel(self.tr("Payments"))
        caption.setProperty("role", "section")
        head = QHBoxLayout()
        head.addWidget(caption)
        head.addStretch(1)
        head.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove)
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.model.modelReset.connect(self._enable)

    def set_payments(self, payments: list[DraftPayment], currency: str) -> None:
        self.model.currency = currency
        self.model.set_rows(payments)
        self.empty.setVisible(not payments)
        if payments:
            self.table.selectRow(len(payments) - 1)

    def _enable(self) -> None:
        self.remove_button.setEnabled(selected_row(self.table) is not None)

    def _remove(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.remove_requested.emit(row.payment_id)
