"""How a deposit was paid, in the "Take deposit" dialog: cash (what was handed over, the change),
a credit or debit card (brand, instalments up to the studio's limit, NSU; the machine's fee from
the studio's rate), PIX at the counter (its QR on the PIX screen when the deposit is saved), PIX
paid beforehand (its end-to-end id or a note: one of them), or a bank transfer (its reference).
The amount is the dialog's; :meth:`DepositMoney.payment` gives the payment for it."""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

from kronos_core.ids import uuid7
from kronos_core.schema import CARD_BRANDS
from kronos_core.ticket import DraftPayment, card_fee
from kronos_desktop.ui.checkout.money_field import MoneyField
from kronos_desktop.ui.checkout.payment_rows import BRAND_NAMES
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named

# The ways a deposit comes in (the dialog's choices) → the payment's method.
WAYS = ("cash", "credit", "debit", "pix_counter", "pix_before", "transfer")
METHOD = {"pix_counter": "pix", "pix_before": "pix"}
E2E = re.compile(r"^[A-Za-z0-9]{1,35}$")  # as the PIX screen checks it


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def say(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


class DepositMoney(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("depositMoney")
        self.currency = "BRL"
        self.instalments_max, self.debit_bps, self.credit_bps = 12, 0, 0
        self.pix_ready = True  # the studio has a PIX key, merchant name and city
        self._made: list[QWidget] = []  # the pages of the ways' fields, as made
        self.way = named(QComboBox(), "depositWay", self.tr("How the deposit was paid"))
        for way, text in (
            ("cash", fmt.method_label("cash")),
            ("credit", fmt.method_label("credit")),
            ("debit", fmt.method_label("debit")),
            ("pix_counter", self.tr("PIX now, at the counter (QR code)")),
            ("pix_before", self.tr("PIX paid beforehand")),
            ("transfer", fmt.method_label("transfer")),
        ):
            self.way.addItem(text, way)

        self.received = MoneyField(self, object_name="depositCashReceived", accessible_name=self.tr("Cash received"))
        self.received.setPlaceholderText(self.tr("what the client hands over"))
        self.change = QLabel()
        self.change.setObjectName("depositCashChange")
        cash = self._page()
        cash.addRow(self.tr("Received"), self.received.with_message())
        cash.addRow("", self.change)

        self.brand = named(QComboBox(), "depositCardBrand", self.tr("Card brand"))
        self.brand.addItem(self.tr("Choose the brand…"), None)
        for brand in CARD_BRANDS:
            self.brand.addItem(BRAND_NAMES.get(brand, brand), brand)
        self.brand_problem = error_label("depositCardBrandProblem")
        self.instalments = named(QSpinBox(), "depositCardInstalments", self.tr("Instalments"))
        self.instalments.setSuffix("x")
        self.instalments.setRange(1, 12)
        self.auth_code = named(QLineEdit(), "depositCardAuthCode", self.tr("Authorisation code or NSU"))
        self.auth_code.setMaxLength(40)
        self.auth_code.setPlaceholderText(self.tr("from the card machine's slip"))
        card = self._page()
        card.addRow(self.tr("Brand"), self.brand)
        card.addRow("", self.brand_problem)
        card.addRow(self.tr("Instalments"), self.instalments)
        card.addRow(self.tr("NSU / code"), self.auth_code)
        self.card_form = card

        counter = QLabel(
            self.tr("Save shows the PIX QR code to the client; the deposit is saved once the money arrived.")
        )
        counter.setObjectName("depositPixCounterNote")
        counter.setWordWrap(True)
        self.pix_problem = error_label("depositPixProblem")
        pix_page = QWidget()
        pix_box = QVBoxLayout(pix_page)
        pix_box.setContentsMargins(0, 0, 0, 0)
        pix_box.addWidget(counter)
        pix_box.addWidget(self.pix_problem)
        pix_box.addStretch(1)

        self.e2e = named(QLineEdit(), "depositPixE2e", self.tr("End-to-end id of the PIX"))
        self.e2e.setMaxLength(64)
        self.e2e.setPlaceholderText(self.tr("E1234567820261204…"))
        self.pix_note = named(QLineEdit(), "depositPixNote", self.tr("Note on the PIX paid beforehand"))
        self.pix_note.setMaxLength(40)
        self.pix_note.setPlaceholderText(self.tr("e.g. seen in the bank's app on 03/12"))
        self.before_problem = error_label("depositPixBeforeProblem")
        before = self._page()
        before.addRow(self.tr("End-to-end id"), self.e2e)
        before.addRow(self.tr("or a note"), self.pix_note)
        before.addRow("", self.before_problem)

        self.reference = named(QLineEdit(), "depositTransferNote", self.tr("Transfer reference or note"))
        self.reference.setMaxLength(40)
        self.reference.setPlaceholderText(self.tr("e.g. the bank's reference"))
        transfer = self._page()
        transfer.addRow(self.tr("Reference"), self.reference)

        self.pages = QStackedWidget()
        self.pages.setObjectName("depositWayPages")
        self._index = {"cash": 0, "credit": 1, "debit": 1, "pix_counter": 2, "pix_before": 3, "transfer": 4}
        cash_page, card_page, before_page, transfer_page = self._made
        for page in (cash_page, card_page, pix_page, before_page, transfer_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.way)
        layout.addWidget(self.pages)

        self.way.currentIndexChanged.connect(self._way_changed)
        self.received.amountChanged.connect(lambda _v: self.changed.emit())
        self.brand.currentIndexChanged.connect(lambda _i: say(self.brand_problem, None))
        for edit in (self.e2e, self.pix_note):
            edit.textChanged.connect(lambda _t: say(self.before_problem, None))
        self._way_changed()

    def tab_chain(self) -> list[QWidget]:
        """Its fields in the order Tab visits them (those of the ways not chosen are hidden, skipped)."""
        return [
            self.way, self.received, self.brand, self.instalments, self.auth_code, self.e2e, self.pix_note,
            self.reference,
        ]  # fmt: skip

    def _page(self) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self._made.append(page)
        return form

    # -- set up ----------------------------------------------------------------------------------
    def set_studio(
        self, *, currency: str, instalments_max: int, debit_bps: int, credit_bps: int, pix_ready: bool
    ) -> None:
        self.currency = currency
        self.instalments_max, self.debit_bps, self.credit_bps = max(1, instalments_max), debit_bps, credit_bps
        self.instalments.setRange(1, self.instalments_max)
        self.pix_ready = pix_ready
        self._way_changed()

    def chosen(self) -> str:
        return str(self.way.currentData())

    def set_way(self, way: str) -> None:
        self.way.setCurrentIndex(max(0, self.way.findData(way)))

    def _way_changed(self, *_: object) -> None:
        way = self.chosen()
        self.pages.setCurrentIndex(self._index[way])
        label = self.card_form.labelForField(self.instalments)
        self.instalments.setVisible(way == "credit")
        if label is not None:
            label.setVisible(way == "credit")
        no_key = self.tr(
            "The studio has no PIX key (or merchant name or city) yet: an owner or manager sets it in Settings."
        )
        say(self.pix_problem, None if self.pix_ready else no_key)
        self.changed.emit()

    def show_change(self, amount: int | None) -> None:
        received = self.received.value()
        extra = (received - amount) if received is not None and amount else 0
        self.change.setText(
            self.tr("Change: {amount}").format(amount=fmt.money_text(extra, self.currency)) if extra > 0 else ""
        )

    # -- what was typed --------------------------------------------------------------------------
    def typed(self) -> bool:
        texts = (
            self.received.text(),
            self.auth_code.text(),
            self.e2e.text(),
            self.pix_note.text(),
            self.reference.text(),
        )
        return any(t.strip() for t in texts) or self.brand.currentIndex() > 0

    def needs_pix_screen(self) -> bool:
        return self.chosen() == "pix_counter"

    def check(self, amount: int | None) -> bool:
        """Show what is missing for the way chosen; whether the payment is complete."""
        way, good = self.chosen(), True
        if way == "cash":
            good = self.received.check()
            received = self.received.value()
            if received is not None and amount and received < amount:
                self.received.set_problem(
                    self.tr("Less than the deposit: the client hands over at least {amount}.").format(
                        amount=fmt.money_text(amount, self.currency)
                    )
                )
                good = False
        elif way in ("credit", "debit") and self.brand.currentData() is None:
            say(self.brand_problem, self.tr("Choose the card's brand, as the machine's slip says."))
            good = False
        elif way == "pix_counter":
            good = self.pix_ready
        elif way == "pix_before":
            e2e = "".join(self.e2e.text().split())
            if not e2e and not self.pix_note.text().strip():
                say(self.before_problem, self.tr("Type the PIX's end-to-end id or a note on how it was confirmed."))
                good = False
            elif e2e and E2E.match(e2e) is None:
                say(self.before_problem, self.tr("An end-to-end id is letters and digits only (32, starting with E)."))
                good = False
        return good

    def payment(self, amount: int, *, pix_e2e_id: str = "", payment_id: uuid.UUID | None = None) -> DraftPayment:
        """The payment of ``amount`` as typed (``pix_e2e_id``: the PIX screen's, at the counter)."""
        way = self.chosen()
        method = METHOD.get(way, way)
        card = way in ("credit", "debit")
        received = self.received.value() if way == "cash" else None
        note = {
            "credit": self.auth_code,
            "debit": self.auth_code,
            "pix_before": self.pix_note,
            "transfer": self.reference,
        }
        field = note.get(way)
        e2e = "".join(self.e2e.text().split()) if way == "pix_before" else pix_e2e_id
        return DraftPayment(
            payment_id=payment_id or uuid7(),
            method=method,  # type: ignore[arg-type]  # one of the payment methods
            amount=amount,
            card_brand=self.brand.currentData() if card else None,
            instalments=self.instalments.value() if way == "credit" else (1 if card else None),
            auth_code=field.text().strip() if field is not None else "",
            card_fee=card_fee(amount, self.credit_bps if way == "credit" else self.debit_bps) if card else 0,
            pix_e2e_id=e2e,
            cash_tendered=(received if received is not None else amount) if way == "cash" else None,
        )
