"""Sell a gift voucher (vale-presente): its value, who buys it and for whom, an expiry date if the
studio gives one, how it was paid (deposit_money.py: cash with the change, a card, PIX at the
counter through the PIX screen or paid beforehand, a transfer). "Sell voucher" runs
``ops.vouchers.sell_voucher`` (the voucher and its money in one transaction, a new code drawn),
then its card opens to print or save (voucher_card.py). Open it with :func:`sell_voucher`."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_desktop.ops import vouchers as voucher_ops
from kronos_desktop.ops.checkout import CheckoutRefused
from kronos_desktop.store import Applied
from kronos_desktop.store.queries.settings import StudioSettings, studio_settings
from kronos_desktop.ui.checkout.click_guard import guard_clicks
from kronos_desktop.ui.checkout.deposit_money import DepositMoney, error_label, say
from kronos_desktop.ui.checkout.money_field import MoneyField
from kronos_desktop.ui.checkout.pix_screen import ask_pix
from kronos_desktop.ui.checkout.voucher_card import VoucherCardDialog
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

VALID_MONTHS = 12  # the expiry offered when "Expires" is ticked


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    return fmt.pydate(fmt.qdate(day).addMonths(months))


class VoucherDialog(KeyedDialog):
    sold = Signal(object)  # the voucher's id, once sold

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.click_guard = guard_clicks(self)
        self.ctx = ctx
        self.voucher_id = uuid7()
        self.settings: StudioSettings | None = None
        self.today = ctx.today()
        self.setObjectName("voucherDialog")
        self.setWindowTitle(self.tr("Sell gift voucher"))
        self.setAccessibleName(self.tr("Sell a gift voucher"))
        self.setModal(True)

        self.amount = MoneyField(self, object_name="voucherAmount", accessible_name=self.tr("Value of the voucher"))
        self.amount.required = True
        self.buyer = named(QLineEdit(), "voucherBuyer", self.tr("Who buys the voucher"))
        self.buyer.setMaxLength(120)
        self.buyer.setPlaceholderText(self.tr("the buyer's name (optional)"))
        self.recipient = named(QLineEdit(), "voucherRecipient", self.tr("Who the voucher is for"))
        self.recipient.setMaxLength(120)
        self.recipient.setPlaceholderText(self.tr("printed on the card (optional)"))
        self.expires = named(QCheckBox(self.tr("Expires on")), "voucherExpires", self.tr("The voucher expires"))
        self.expiry = named(QDateEdit(), "voucherExpiry", self.tr("Last day the voucher can be used"))
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat(fmt.date_input_format())
        self.expiry.setMinimumDate(fmt.qdate(self.today))
        self.expiry.setDate(fmt.qdate(months_later(self.today, VALID_MONTHS)))
        self.expiry.setEnabled(False)
        expiry_row = QWidget()
        expiry_box = QHBoxLayout(expiry_row)
        expiry_box.setContentsMargins(0, 0, 0, 0)
        expiry_box.addWidget(self.expires)
        expiry_box.addWidget(self.expiry, 1)
        self.money = DepositMoney(self)
        note = self.money.findChild(QWidget, "depositPixCounterNote")
        if note is not None:  # the deposit's words, said of a voucher
            note.setProperty("text", self.tr("Sell shows the PIX QR code; the voucher is sold once the money arrived."))
        intro = QLabel(self.tr("A new code is drawn when the voucher is sold; its card then opens, to print or save."))
        intro.setObjectName("voucherIntro")
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("Value"), self.amount.with_message())
        form.addRow(self.tr("Bought by"), self.buyer)
        form.addRow(self.tr("For"), self.recipient)
        form.addRow(self.tr("Expiry"), expiry_row)
        form.addRow(self.tr("Paid by"), self.money)

        self.form_error = error_label("voucherFormError")
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "voucherCancel", self.tr("Cancel: no voucher"))
        self.sell_button = named(QPushButton(self.tr("Sell voucher")), "voucherSell", self.tr("Sell the voucher"))
        self.sell_button.setProperty("kind", "primary")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sell_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        chain: list[QWidget] = [self.amount, self.buyer, self.recipient, self.expires, self.expiry]
        chain += [*self.money.tab_chain(), self.cancel_button, self.sell_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

        self.expires.toggled.connect(self.expiry.setEnabled)
        self.cancel_button.clicked.connect(self.reject)
        self.sell_button.clicked.connect(self.sell)
        self.amount.amountChanged.connect(lambda v: self.money.show_change(v))
        self.money.changed.connect(lambda: self.money.show_change(self.amount.value()))
        ctx.reads.ask(self, "settings", studio_settings, self._settings_read)

    def primary_button(self) -> QPushButton:
        return self.sell_button

    def typed(self) -> bool:
        texts = (self.amount.text(), self.buyer.text(), self.recipient.text())
        return any(t.strip() for t in texts) or self.money.typed()

    def _settings_read(self, settings: StudioSettings | None) -> None:
        self.settings = settings
        if settings is None:
            return
        self.money.set_studio(
            currency=self.ctx.currency(),
            instalments_max=settings.card_instalments_max,
            debit_bps=settings.card_fee_debit_bps,
            credit_bps=settings.card_fee_credit_bps,
            pix_ready=bool(settings.pix_key and settings.merchant_name and settings.merchant_city),
        )

    # -- selling ---------------------------------------------------------------------------------
    def expires_on(self) -> dt.date | None:
        return fmt.pydate(self.expiry.date()) if self.expires.isChecked() else None

    def check(self) -> bool:
        """Show what is missing; whether the voucher may be sold."""
        good = self.amount.check()
        amount = self.amount.value()
        if good and not amount:
            self.amount.set_problem(self.tr("A voucher is worth more than zero."))
            good = False
        received = self.money.received.value()
        if self.money.chosen() == "cash" and received is not None and amount and received < amount:
            self.money.received.set_problem(
                self.tr("Less than the voucher: the buyer hands over at least {amount}.").format(
                    amount=fmt.money_text(amount, self.ctx.currency())
                )
            )
            return False
        return self.money.check(amount) and good

    def sell(self) -> None:
        if not self.sell_button.isEnabled():
            return
        say(self.form_error, None)
        if not self.check():
            QTimer.singleShot(0, self, self.adjustSize)  # room for the words shown (drawn over the field)
            return
        amount = self.amount.value()
        assert amount is not None
        e2e = ""
        if self.money.needs_pix_screen():
            arrived = self._pix(amount)
            if arrived is None:
                return
            e2e = arrived
        args = {
            "voucher_id": self.voucher_id,
            "amount": amount,
            "sold_on": self.today,
            "client_id": None,
            "buyer_name": self.buyer.text().strip() or None,
            "recipient_name": self.recipient.text().strip() or None,
            "expires_on": self.expires_on(),
            "note": None,
        }
        payment = self.money.payment(amount, pix_e2e_id=e2e)
        self.sell_button.setEnabled(False)
        op = voucher_ops.sell_voucher(args, [payment], staff_id=self.ctx.who.staff_id, parent=self)
        self.ctx.runner.run(op.success(self._done).failure(self._failed))

    def _pix(self, amount: int) -> str | None:
        s = self.settings
        if s is None:
            return None
        return ask_pix(self.ctx, s, amount, "VALE" + self.voucher_id.hex[-8:].upper(), self)

    def _done(self, _applied: Applied) -> None:
        self.sold.emit(self.voucher_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.sell_button.setEnabled(True)
        if isinstance(exc, CheckoutRefused):
            say(self.form_error, self.tr("Not sold: the payment does not match the voucher. Check how it was paid."))
        elif isinstance(exc, MutationError):
            say(self.form_error, self.tr("Not sold: {why}").format(why=refusal_text(exc)))
        else:
            say(self.form_error, self.tr("Not sold."))
            errors.show_failure(self, exc)


def open_card(ctx: DeskContext, voucher_id: uuid.UUID, parent: QWidget | None = None) -> VoucherCardDialog:
    """A voucher's card over ``parent`` (not blocking; deleted when closed)."""
    card = VoucherCardDialog(ctx, voucher_id, parent)
    card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    card.open()
    return card


def sell_voucher(parent: QWidget, ctx: DeskContext) -> VoucherDialog:
    """Open the sell dialog (not blocking); once sold, the voucher's card opens over ``parent``."""
    dialog = VoucherDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.sold.connect(lambda voucher_id: open_card(ctx, voucher_id, parent))
    dialog.open()
    return dialog
