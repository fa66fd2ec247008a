"""Refund one payment of a sale (issue 15, "Refund or void"): the payment chosen among those that
still hold money (its method shown: brand and instalments for a card), the amount (up to what it
still holds, :func:`kronos_core.ticket.refundable`: above it is said at the field and nothing is
recorded) and the reason (required). A refund is a new, negative payment pointing at the one it
gives back (``ops.checkout.refund_payment``, ``payment.refund``): owners and managers only;
anyone else sees the dialog with Refund disabled and the reason.

The sale is read on the reader thread (``store.queries.checkout.sale_detail``, the receipt's
read). :class:`SaleDialog` is shared with the void dialog (void_dialog.py)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core import ticket
from kronos_core.mutations import MutationError, get_spec
from kronos_core.roles import Role
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.store.queries import checkout as checkout_q
from kronos_desktop.store.queries.checkout import DetailPayment, SaleDetail
from kronos_desktop.ui.checkout.money_field import MoneyField
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.fmt import role_label
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate


def not_for_role(mutation: str | None, role: Role | None) -> str:
    """Why ``role`` may not do ``mutation`` ("" if it may), in the window's actions' words. Its
    roles, not ``MutationSpec.allows``: a refund is never refused when it syncs (it is stored and
    flagged), yet the desk offers it only to the roles it names."""
    if mutation is None:
        return ""
    roles = get_spec(mutation).roles
    if role in roles:
        return ""
    allowed = [role_label(r.value) for r in Role if r in roles]
    return translate("Actions", "Not for your role ({role}): only {allowed} can do this.").format(
        role=role_label(role.value) if role is not None else "?", allowed=", ".join(allowed)
    )


def index_of(combo: QComboBox, wanted: object) -> int:
    """The row of ``combo`` whose data is ``wanted`` (-1: none); findData does not compare UUIDs."""
    return next((at for at in range(combo.count()) if combo.itemData(at) == wanted), -1)


def method_text(p: DetailPayment) -> str:
    """The payment's method as the receipt names it: "Credit card · Visa · 3x"."""
    bits = [fmt.method_label(p.method)]
    if p.card_brand:
        bits.append(p.card_brand.capitalize() if p.card_brand.islower() else p.card_brand)
    if p.instalments and p.instalments > 1:
        bits.append(translate("RefundDialog", "{n}x").format(n=p.instalments))
    return " · ".join(bits)


def holding(detail: SaleDetail) -> list[DetailPayment]:
    """The sale's payments that still hold money to give back, oldest first."""
    return [p for p in detail.payments if p.refundable > 0]


def message_label(object_name: str, role: str = "error") -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.hide()
    return label


def reserve(label: QLabel) -> QLabel:
    """Keep ``label``'s line while it is hidden: a message coming or going while a person types
    must not move the fields under the pointer (a click aimed at Reason landed in Amount)."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().lineSpacing())
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def stacked(field: QWidget, message: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return box


class SaleDialog(KeyedDialog):
    """A dialog over one sale: reads it, says who may act (the ``MUTATION``'s roles), a required
    reason, a primary button; ``acted`` when its op succeeded (the sale's id). Its own words are
    in the "SaleDialog" context (``self.tr`` would look them up under the subclass's name)."""

    MUTATION = ""
    loaded = Signal()
    acted = Signal(object)  # the sale's id, once the op succeeded

    def __init__(self, ctx: DeskContext, sale_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sale_id = sale_id
        self.detail: SaleDetail | None = None
        self.setModal(True)
        self.notice = message_label(f"{self.prefix()}Notice", "warning")
        self.reason = named(QLineEdit(), f"{self.prefix()}Reason", translate("SaleDialog", "Reason"))
        self.reason.setMaxLength(200)
        self.reason_problem = reserve(message_label(f"{self.prefix()}ReasonProblem"))
        self.reason.textChanged.connect(lambda _t: say(self.reason_problem, ""))
        self.problem = message_label(f"{self.prefix()}Problem")
        cancel = translate("SaleDialog", "Cancel")
        self.cancel_button = named(QPushButton(cancel), f"{self.prefix()}Cancel", cancel)
        self.cancel_button.clicked.connect(self.reject)

    def prefix(self) -> str:
        return "saleDialog"

    def buttons(self, primary: QPushButton) -> QDialogButtonBox:
        box = QDialogButtonBox()
        box.addButton(primary, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        return box

    def not_allowed(self) -> str:
        """Why the person at the desk may not do this ("" if they may)."""
        return not_for_role(self.MUTATION, self.ctx.who.role)

    def read(self) -> None:
        sale_id = self.sale_id
        self.ctx.reads.ask(self, "sale", lambda conn: checkout_q.sale_detail(conn, sale_id), self._loaded)

    def _loaded(self, detail: SaleDetail | None) -> None:
        self.detail = detail
        self.show_sale(detail)
        self.loaded.emit()

    def show_sale(self, detail: SaleDetail | None) -> None:
        raise NotImplementedError

    def typed(self) -> bool:
        return bool(self.reason.text().strip())

    def reason_given(self) -> str | None:
        text = " ".join(self.reason.text().split())
        if not text:
            say(self.reason_problem, translate("SaleDialog", "Say why: the owner reads it later."))
            self.reason.setFocus()
            return None
        return text

    def succeeded(self) -> None:
        self.acted.emit(self.sale_id)
        self.accept()

    def primary_button(self) -> QPushButton | None:
        """None: Enter never refunds nor voids (it cannot be taken back); only a click or the
        button's mnemonic (Alt+ its underlined letter) does, as cancelling a booking asks first."""
        return None

    def action_button(self) -> QPushButton | None:
        """The button of the dialog's irreversible action."""
        return None

    def failed(self, exc: BaseException) -> None:
        action = self.action_button()
        if action is not None:
            action.setEnabled(True)
        if isinstance(exc, MutationError):
            say(self.problem, refusal_text(exc))
            return
        errors.show_failure(self, exc)


class RefundDialog(SaleDialog):
    """Refund one payment of ``sale_id`` (``payment_id``: the one chosen first)."""

    MUTATION = "payment.refund"

    def __init__(
        self,
        ctx: DeskContext,
        sale_id: uuid.UUID,
        payment_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, sale_id, parent)
        self.wanted = payment_id
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Refund a payment"))
        self.setAccessibleName(self.tr("Refund a payment"))
        self.sale_label = QLabel()
        self.sale_label.setObjectName("refundSale")
        self.sale_label.setWordWrap(True)
        self.payment = named(QComboBox(), "refundPayment", self.tr("Payment to refund"))
        self.method = QLabel()
        self.method.setObjectName("refundMethod")
        self.holds = QLabel()
        self.holds.setObjectName("refundHolds")
        self.holds.setProperty("role", "muted")
        self.holds.setWordWrap(True)
        self.amount = MoneyField(
            self, object_name="refundAmount", accessible_name=self.tr("Amount to refund"), required=True
        )
        self.amount.setMaximumWidth(180)
        reserve(self.amount.message)
        self.reason.setPlaceholderText(self.tr("e.g. the client gave up the product, charged twice"))
        self.refund_button = named(QPushButton(self.tr("&Refund")), "refundButton", self.tr("Refund the amount"))
        self.refund_button.setProperty("kind", "danger")
        self.refund_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Sale"), self.sale_label)
        form.addRow(self.tr("Payment"), self.payment)
        form.addRow(self.tr("Method"), self.method)
        form.addRow("", self.holds)
        form.addRow(self.tr("Amount *"), self.amount.with_message())
        form.addRow(self.tr("Reason *"), stacked(self.reason, self.reason_problem))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons(self.refund_button))
        self.payment.currentIndexChanged.connect(lambda _i: self._payment_chosen())
        self.amount.amountChanged.connect(lambda _v: self._check_amount())
        self.refund_button.clicked.connect(self.submit)
        self.resize(500, 300)
        self.read()

    def prefix(self) -> str:
        return "refund"

    def action_button(self) -> QPushButton:
        return self.refund_button

    def typed(self) -> bool:
        return super().typed() or self.amount.isModified()

    # -- the sale ------------------------------------------------------------------------------
    def show_sale(self, detail: SaleDetail | None) -> None:
        self.payment.clear()
        if detail is None:
            self._block(self.tr("This sale is not on this desk."))
            return
        self.sale_label.setText(
            self.tr("{number} · {total}").format(
                number=detail.number, total=fmt.money_text(detail.total, detail.currency)
            )
        )
        for p in holding(detail):
            text = f"{method_text(p)} · {fmt.money_text(p.amount + p.tip, detail.currency)}"
            self.payment.addItem(text, p.id)
        if self.payment.count() == 0:
            self._block(self.tr("Every payment of this sale was given back already: nothing is left to refund."))
            return
        at = index_of(self.payment, self.wanted) if self.wanted is not None else -1
        self.payment.setCurrentIndex(max(0, at))
        self._payment_chosen()
        reason = self.not_allowed()
        if reason:
            self._block(reason)
            return
        say(self.notice, "")
        self.refund_button.setEnabled(True)
        self.refund_button.setToolTip("")

    def _block(self, text: str) -> None:
        say(self.notice, text)
        self.refund_button.setEnabled(False)
        self.refund_button.setToolTip(text)
        self.amount.setEnabled(False)
        self.reason.setEnabled(False)

    def chosen(self) -> DetailPayment | None:
        if self.detail is None:
            return None
        wanted = self.payment.currentData()
        return next((p for p in self.detail.payments if p.id == wanted), None)

    def _payment_chosen(self) -> None:
        p = self.chosen()
        if p is None or self.detail is None:
            return
        currency = self.detail.currency
        self.method.setText(method_text(p))
        left = ticket.refundable(p.amount + p.tip, p.refunded)
        holds = self.tr("It took {paid}; {left} can still be refunded.").format(
            paid=fmt.money_text(p.amount + p.tip, currency), left=fmt.money_text(left, currency)
        )
        if p.refunded:
            holds = self.tr("It took {paid}, {refunded} refunded already; {left} can still be refunded.").format(
                paid=fmt.money_text(p.amount + p.tip, currency),
                refunded=fmt.money_text(p.refunded, currency),
                left=fmt.money_text(left, currency),
            )
        self.holds.setText(holds)
        self.amount.set_value(left)

    def left(self) -> int:
        p = self.chosen()
        return ticket.refundable(p.amount + p.tip, p.refunded) if p is not None else 0

    def _check_amount(self) -> None:
        value = self.amount.value()
        problem = None
        if value is not None and value > self.left() and self.detail is not None:
            problem = self.tr("At most {amount} of this payment can be refunded.").format(
                amount=fmt.money_text(self.left(), self.detail.currency)
            )
        elif value == 0:
            problem = self.tr("Type the amount to give back.")
        self.amount.set_problem(problem)

    # -- refunding -----------------------------------------------------------------------------
    def submit(self) -> None:
        p = self.chosen()
        if p is None or self.not_allowed():
            return
        self._check_amount()
        amount_ok = self.amount.check()
        reason = self.reason_given()
        if not amount_ok:
            self.amount.setFocus()
            return
        if reason is None:
            return
        amount = self.amount.value()
        assert amount is not None
        say(self.problem, "")
        self.refund_button.setEnabled(False)
        op = checkout_ops.refund_payment(p.id, amount, reason=reason, business_date=self.ctx.today(), parent=self)
        self.ctx.runner.run(op.success(lambda _a: self.succeeded()).failure(self.failed))
