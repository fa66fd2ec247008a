"""Void (cancel) a closed sale (issue 15, "Refund or void"): the dialog lists the payments that
will be refunded, each for what it still holds, and their total, and asks the reason (required).
``ops.checkout.void_sale`` marks the sale void (``sale.void``) and refunds each of those payments
in the same transaction; the sale and its payments stay, never edited. Owners and managers only:
anyone else sees it with "Void sale" disabled and the reason. A sale already void says so."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.store.queries.checkout import SaleDetail
from kronos_desktop.ui.checkout.refund_dialog import SaleDialog, holding, method_text, say, stacked
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext


class VoidDialog(SaleDialog):
    MUTATION = "sale.void"

    def __init__(self, ctx: DeskContext, sale_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ctx, sale_id, parent)
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("Void sale"))
        self.setAccessibleName(self.tr("Void sale"))
        self.sale_label = QLabel()
        self.sale_label.setObjectName("voidSale")
        self.sale_label.setWordWrap(True)
        self.payments = QLabel()
        self.payments.setObjectName("voidPayments")
        self.payments.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("voidRefundTotal")
        self.total.setProperty("role", "figure")
        self.rest = QLabel()  # why the total refunded is less than the sale's
        self.rest.setObjectName("voidRest")
        self.rest.setWordWrap(True)
        self.rest.hide()
        self.explain = QLabel(self.tr("The sale stays in the day's list, marked cancelled, and its receipt says so."))
        self.explain.setObjectName("voidExplain")
        self.explain.setProperty("role", "muted")
        self.explain.setWordWrap(True)
        self.reason.setPlaceholderText(self.tr("e.g. rung up on the wrong client"))
        self.void_button = named(QPushButton(self.tr("&Void sale")), "voidButton", self.tr("Void the sale"))
        self.void_button.setProperty("kind", "danger")
        self.void_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Sale"), self.sale_label)
        form.addRow(self.tr("Refunds"), self.payments)
        form.addRow(self.tr("Total refunded"), self.total)
        form.addRow("", self.rest)
        form.addRow(self.tr("Reason *"), stacked(self.reason, self.reason_problem))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons(self.void_button))
        self.void_button.clicked.connect(self.submit)
        self.resize(500, 300)
        self.read()

    def prefix(self) -> str:
        return "void"

    def action_button(self) -> QPushButton:
        return self.void_button

    def refund_total(self) -> int:
        return sum(p.refundable for p in holding(self.detail)) if self.detail is not None else 0

    def show_sale(self, detail: SaleDetail | None) -> None:
        if detail is None:
            self._block(self.tr("This sale is not on this desk."))
            return
        currency = detail.currency
        client = detail.client_name or self.tr("no client")
        self.sale_label.setText(
            self.tr("{number} · {client} · {total}").format(
                number=detail.number, client=client, total=fmt.money_text(detail.total, currency)
            )
        )
        left = holding(detail)
        if left:
            lines = [f"{method_text(p)}: {fmt.money_text(p.refundable, currency)}" for p in left]
            self.payments.setText("\n".join(lines))
        else:
            self.payments.setText(self.tr("None: nothing is left to give back."))
        self.total.setText(fmt.money_text(self.refund_total(), currency))
        say(self.rest, self.rest_text(detail))
        self.payments.setAccessibleName(self.tr("Refunds") + ": " + self.payments.text())
        if detail.status == "void":
            self._block(self.tr("This sale was cancelled already."))
            return
        if detail.status != "closed":
            self._block(self.tr("Only a closed sale can be voided."))
            return
        reason = self.not_allowed()
        if reason:
            self._block(reason)
            return
        say(self.notice, "")
        self.void_button.setEnabled(True)
        self.void_button.setToolTip("")

    def rest_text(self, detail: SaleDetail) -> str:
        """What of the sale is not in the total refunded, and where it goes: the deposit applied
        back to the client's held deposits, and what was refunded earlier."""
        currency = detail.currency
        said = []
        if detail.deposit_applied > 0:
            said.append(
                self.tr(
                    "The deposit applied ({amount}) is not refunded: it goes back to {client}'s held deposits."
                ).format(
                    amount=fmt.money_text(detail.deposit_applied, currency),
                    client=detail.client_name or self.tr("the client"),
                )
            )
        earlier = sum(p.refunded for p in detail.payments)
        if earlier > 0:
            said.append(self.tr("{amount} was refunded earlier.").format(amount=fmt.money_text(earlier, currency)))
        return "\n".join(said)

    def _block(self, text: str) -> None:
        say(self.notice, text)
        self.void_button.setEnabled(False)
        self.void_button.setToolTip(text)
        self.reason.setEnabled(False)

    def submit(self) -> None:
        if self.detail is None or self.detail.status != "closed" or self.not_allowed():
            return
        reason = self.reason_given()
        if reason is None:
            return
        say(self.problem, "")
        self.void_button.setEnabled(False)
        op = checkout_ops.void_sale(self.sale_id, reason, business_date=self.ctx.today(), parent=self)
        self.ctx.runner.run(op.success(lambda _a: self.succeeded()).failure(self.failed))
