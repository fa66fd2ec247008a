"""One payment being taken: the method (large buttons, keys 1..6), the amount, and the fields of
the chosen method: cash received and the change; a card's brand, instalments (credit), NSU and
the machine's fee (prefilled from the studio's rate, editable); PIX (its QR code is shown when
the payment is added); a transfer's note; a gift voucher's code and balance
(voucher_payment_field.py: the amount capped at what the voucher holds)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kronos_core.schema import CARD_BRANDS
from kronos_core.ticket import DraftPayment, card_fee
from kronos_desktop.ui.checkout.money_field import MoneyField
from kronos_desktop.ui.checkout.payment_rows import BRAND_NAMES
from kronos_desktop.ui.checkout.voucher_payment_field import VoucherPaymentField
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named

METHODS = ("cash", "credit", "debit", "pix", "transfer", "voucher")
_PAGE = {"cash": 0, "credit": 1, "debit": 1, "pix": 2, "transfer": 3, "voucher": 4}


@dataclass(frozen=True)
class CardSettings:
    """The studio's card settings (StudioSettings: ``card_instalments_max``, the fees in bps)."""

    instalments_max: int = 12
    credit_fee_bps: int = 0
    debit_fee_bps: int = 0


class MethodForm(QWidget):
    """The payment being typed. ``changed``: anything typed (the dialog refreshes its figures)."""

    changed = Signal()
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentMethodForm")
        self.card = CardSettings()
        self.currency = "BRL"
        self._fee_typed = False  # the fee was typed by hand: a new amount no longer replaces it
        self._pix_problem: str | None = None  # why no PIX code can be shown (no key in the settings)
        self._open = True  # something is left to pay: a payment may be typed
        self._left = 0  # what was left when this payment started (a voucher's amount is capped by both)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)  # six methods side by side at 1024 px
        self.method_buttons: dict[str, QPushButton] = {}
        for number, method in enumerate(METHODS, start=1):
            label = fmt.method_label(method)
            button = named(
                QPushButton(f"{number} · {label}"),
                f"paymentMethod_{method}",
                label,
                self.tr("Pay by {method} (key {number})").format(method=label, number=number),
            )
            button.setCheckable(True)
            button.setMinimumHeight(48)
            button.setProperty("segment", True)  # the checked one shows as chosen
            self.group.addButton(button, number)
            buttons.addWidget(button, 1)
            self.method_buttons[method] = button
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda m=method: self._method_key(m))

        self.amount = MoneyField(self, object_name="paymentAmount", accessible_name=self.tr("Amount of this payment"))
        self.amount.setMinimumHeight(40)
        self.amount.setStyleSheet("font-size: 14pt;")

        # cash
        self.received = MoneyField(self, object_name="cashReceived", accessible_name=self.tr("Cash received"))
        self.received.setPlaceholderText(self.tr("what the client hands over"))
        self.change_label = QLabel()
        self.change_label.setObjectName("cashChange")
        self.change_label.setProperty("role", "figure")
        cash = QWidget()
        cash_form = QFormLayout(cash)
        cash_form.setContentsMargins(0, 0, 0, 0)
        cash_form.addRow(self.tr("Received"), self.received.with_message())
        cash_form.addRow(self.change_label)

        # cards
        self.brand = named(QComboBox(), "cardBrand", self.tr("Card brand"))
        self.brand.addItem(self.tr("Choose the brand…"), None)
        for brand in CARD_BRANDS:
            self.brand.addItem(BRAND_NAMES.get(brand, brand), brand)
        self.brand_problem = self._problem_label("cardBrandProblem")
        self.instalments = named(QSpinBox(), "cardInstalments", self.tr("Instalments"))
        self.instalments.setRange(1, self.card.instalments_max)
        self.instalments.setSuffix("x")
        self.instalments_hint = QLabel()
        self.instalments_hint.setObjectName("cardInstalmentsHint")
        self.instalments_hint.setProperty("role", "muted")
        self.instalments_row = QWidget()
        row = QHBoxLayout(self.instalments_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.instalments)
        row.addWidget(self.instalments_hint, 1)
        self.auth_code = named(QLineEdit(), "cardAuthCode", self.tr("Authorisation code or NSU"))
        self.auth_code.setMaxLength(40)
        self.auth_code.setPlaceholderText(self.tr("from the card machine's slip"))
        self.fee = MoneyField(self, object_name="cardFee", accessible_name=self.tr("The card machine's fee"))
        self.fee_hint = QLabel()
        self.fee_hint.setObjectName("cardFeeHint")
        self.fee_hint.setProperty("role", "muted")
        fee_row = QWidget()
        fee_box = QHBoxLayout(fee_row)
        fee_box.setContentsMargins(0, 0, 0, 0)
        fee_box.addWidget(self.fee.with_message(), 1)
        fee_box.addWidget(self.fee_hint, 1)
        card = QWidget()
        self.card_form = QFormLayout(card)
        self.card_form.setContentsMargins(0, 0, 0, 0)
        self.card_form.addRow(self.tr("Brand"), self.brand)
        self.card_form.addRow("", self.brand_problem)
        self.card_form.addRow(self.tr("Instalments"), self.instalments_row)
        self.card_form.addRow(self.tr("NSU / code"), self.auth_code)
        self.card_form.addRow(self.tr("Machine's fee"), fee_row)

        # pix
        self.pix_note = QLabel(
            self.tr("“Show QR code” shows this amount's PIX code to the client; confirm there when the money arrives.")
        )
        self.pix_note.setObjectName("pixNote")
        self.pix_note.setWordWrap(True)
        self.pix_problem = self._problem_label("pixProblem")
        pix = QWidget()
        pix_box = QVBoxLayout(pix)
        pix_box.setContentsMargins(0, 0, 0, 0)
        pix_box.addWidget(self.pix_note)
        pix_box.addWidget(self.pix_problem)
        pix_box.addStretch(1)

        # transfer
        self.transfer_note = named(QLineEdit(), "transferNote", self.tr("Transfer reference or note"))
        self.transfer_note.setMaxLength(40)
        self.transfer_note.setPlaceholderText(self.tr("e.g. the bank's reference"))
        transfer = QWidget()
        transfer_form = QFormLayout(transfer)
        transfer_form.setContentsMargins(0, 0, 0, 0)
        transfer_form.addRow(self.tr("Reference"), self.transfer_note)

        # gift voucher
        self.voucher = VoucherPaymentField()
        self.voucher.found.connect(lambda _state: self._voucher_found())
        self.voucher.changed.connect(self.changed.emit)

        self.pages = QStackedWidget()
        self.pages.setObjectName("paymentMethodPages")
        for page in (cash, card, pix, transfer, self.voucher):
            self.pages.addWidget(page)

        self.add_button = named(QPushButton(self.tr("Add payment")), "paymentAdd", self.tr("Add this payment"))
        self.add_button.setMinimumHeight(40)
        self.add_button.setProperty("kind", "primary")

        # Nothing left to pay: the payment's fields and "Add payment" give way to this line.
        self.paid_note = QLabel()
        self.paid_note.setObjectName("paymentPaidNote")
        self.paid_note.setWordWrap(True)
        self.paid_note.hide()

        self.entry = QWidget()
        self.entry.setObjectName("paymentEntry")
        amount_row = QFormLayout()
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addRow(self.tr("Amount"), self.amount.with_message())
        entry = QVBoxLayout(self.entry)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(8)
        entry.addLayout(amount_row)
        entry.addWidget(self.pages)
        entry.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.entry)
        layout.addWidget(self.paid_note)
        layout.addStretch(1)

        self.group.idClicked.connect(lambda number: self.set_method(METHODS[number - 1]))
        self.amount.amountChanged.connect(self._amount_changed)
        self.received.amountChanged.connect(lambda _v: self._refresh_change())
        self.fee.textEdited.connect(self._fee_edited)
        self.brand.currentIndexChanged.connect(lambda _i: self.brand_problem.hide())
        for signal in (
            self.received.amountChanged,
            self.fee.amountChanged,
            self.brand.currentIndexChanged,
            self.instalments.valueChanged,
        ):
            signal.connect(lambda *_: self.changed.emit())
        self.add_button.clicked.connect(self.add_requested.emit)
        self.set_method("cash")

    @staticmethod
    def _problem_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.hide()
        return label

    # -- set up ----------------------------------------------------------------------------------
    def set_card_settings(self, card: CardSettings) -> None:
        self.card = card
        self.instalments.setRange(1, max(1, card.instalments_max))
        self.instalments_hint.setText(
            self.tr("the studio offers up to %n instalment(s)", "", self.instalments.maximum())
        )
        self._refresh_fee()

    def set_pix_problem(self, text: str | None) -> None:
        """Why a PIX cannot be shown now (no PIX key in the studio's settings); None: it can."""
        self._pix_problem = text or None
        self.pix_problem.setText(text or "")
        self.pix_problem.setVisible(bool(text))

    def set_open(self, open_: bool, note: str = "") -> None:
        """Whether a payment may be typed (something is left to pay). Closed: the methods are
        greyed, the amount, the method's fields and "Add payment" are hidden and ``note`` says
        why, so the dialog's one main button is "Close ticket"."""
        self._open = open_
        self.entry.setVisible(open_)
        self.paid_note.setText(note)
        self.paid_note.setVisible(not open_ and bool(note))
        for button in self.method_buttons.values():
            button.setEnabled(open_)

    def is_open(self) -> bool:
        return self._open

    def _method_key(self, method: str) -> None:
        """A method's key (1..6) pressed where no text is typed (a text field keeps its digits)."""
        if self._open:
            self.set_method(method, focus=True)

    def method(self) -> str:
        for method, button in self.method_buttons.items():
            if button.isChecked():
                return method
        return "cash"

    def set_method(self, method: str, *, focus: bool = False) -> None:
        self.method_buttons[method].setChecked(True)
        self.pages.setCurrentIndex(_PAGE[method])
        self.instalments_row.setVisible(method == "credit")
        label = self.card_form.labelForField(self.instalments_row)
        if label is not None:
            label.setVisible(method == "credit")
        self.add_button.setText(self.tr("Show QR code") if method == "pix" else self.tr("Add payment"))
        self.add_button.setAccessibleName(
            self.tr("Show the PIX QR code for this amount") if method == "pix" else self.tr("Add this payment")
        )
        self._refresh_fee()
        self._refresh_change()
        self.changed.emit()
        if focus:
            field = self.voucher.code if method == "voucher" else self.amount  # a voucher: its code first
            field.setFocus()
            field.selectAll()

    def start(self, left: int, currency: str) -> None:
        """A new payment: the amount at what is left, every method's field empty."""
        self.currency = currency
        self._left = left
        self.amount.set_value(left if left > 0 else None)
        self.amount.set_problem(None)
        self.received.set_value(None)
        self.received.set_problem(None)
        self.brand.setCurrentIndex(0)
        self.brand_problem.hide()
        self.instalments.setValue(1)
        self.auth_code.clear()
        self.transfer_note.clear()
        self.voucher.clear()
        self._fee_typed = False
        self._refresh_fee()
        self._refresh_change()

    # -- what was typed --------------------------------------------------------------------------
    def typed(self) -> bool:
        """Something typed beyond the amount offered (what closing the dialog would lose)."""
        return bool(
            self.received.text().strip()
            or self.auth_code.text().strip()
            or self.transfer_note.text().strip()
            or self.voucher.typed()
            or self.brand.currentIndex() > 0
            or self._fee_typed
        )

    def cash_change(self) -> int:
        """The change for the cash being typed (0: none, or not cash)."""
        if self.method() != "cash":
            return 0
        amount, received = self.amount.value(), self.received.value()
        if amount is None or received is None:
            return 0
        return max(0, received - amount)

    def check(self) -> bool:
        """Show what is missing in the chosen method's fields; whether the payment may be added."""
        method = self.method()
        for field in (self.amount, self.received, self.fee):
            field.set_problem(None)  # the rules are looked at again, as the fields are now
        good = self.amount.check()
        amount = self.amount.value()
        if good and not amount:
            self.amount.set_problem(self.tr("Type the amount of this payment."))
            good = False
        if method == "cash":
            good = self.received.check() and good
            received = self.received.value()
            if received is not None and amount and received < amount:
                self.received.set_problem(
                    self.tr("Less than the amount: the client hands over at least {amount}.").format(
                        amount=fmt.money_text(amount, self.currency)
                    )
                )
                good = False
        if method in ("credit", "debit"):
            if self.brand.currentData() is None:
                self.brand_problem.setText(self.tr("Choose the card's brand, as the machine's slip says."))
                self.brand_problem.show()
                good = False
            good = self.fee.check() and good
            fee = self.fee.value() or 0
            if amount and fee > amount:
                self.fee.set_problem(self.tr("The fee cannot be more than the payment."))
                good = False
        if method == "pix" and self._pix_problem:
            good = False
        if method == "voucher":
            good = self.voucher.check(amount) and good
        return good

    def payment(self, amount: int, tip: int, *, pix_e2e_id: str = "") -> DraftPayment:
        """The payment typed, ``amount`` of it to the ticket and ``tip`` to the tips."""
        method = self.method()
        paid = amount + tip
        card = method in ("credit", "debit")
        received = self.received.value() if method == "cash" else None
        note = self.auth_code.text() if card else self.transfer_note.text() if method == "transfer" else ""
        return DraftPayment(
            payment_id=uuid.uuid4(),
            method=method,  # type: ignore[arg-type]  # one of METHODS
            amount=amount,
            tip=tip,
            card_brand=self.brand.currentData() if card else None,
            instalments=self.instalments.value() if method == "credit" else (1 if card else None),
            auth_code=note.strip(),
            card_fee=(self.fee.value() or 0) if card else 0,
            pix_e2e_id=pix_e2e_id,
            cash_tendered=(received if received is not None else paid) if method == "cash" else None,
            voucher_id=self.voucher.voucher_id() if method == "voucher" else None,
        )

    # -- keeping the fields in step --------------------------------------------------------------
    def _amount_changed(self, _value: int | None) -> None:
        self.amount.set_problem(None)
        self.received.set_problem(None)
        self._refresh_fee()
        self._refresh_change()
        self.changed.emit()

    def _voucher_found(self) -> None:
        """A voucher found: the amount is what is left, up to what the voucher holds."""
        available = self.voucher.available()
        if available is not None and available > 0 and self._left > 0:
            self.amount.set_value(min(self._left, available))

    def _fee_edited(self, _text: str) -> None:
        self._fee_typed = True
        self.fee.set_problem(None)

    def _fee_bps(self) -> int:
        return self.card.credit_fee_bps if self.method() == "credit" else self.card.debit_fee_bps

    def _refresh_fee(self) -> None:
        method = self.method()
        if method not in ("credit", "debit"):
            return
        self.fee_hint.setText(self.tr("the studio's rate: {rate}").format(rate=fmt.percent_text(self._fee_bps())))
        if not self._fee_typed:
            amount = self.amount.value() or 0
            self.fee.set_value(card_fee(amount, self._fee_bps()) if amount else None)

    def _refresh_change(self) -> None:
        self.received.set_problem(None)
        change = self.cash_change()
        self.change_label.setText(
            self.tr("Change: {amount}").format(amount=fmt.money_text(change, self.currency)) if change else ""
        )
        self.change_label.setVisible(bool(change))
