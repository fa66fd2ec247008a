"""Paying a ticket: split across methods, cash change, cards, PIX, tips; then closing it.

A big "Left to pay" (and the change to hand over), the payment being typed (MethodForm), the
payments taken so far (PaymentRows) and the tips per artist (TipsPanel). Every payment and tip
added or removed goes into the ticket's draft and the draft is saved at once, so nothing taken
is lost if the dialog closes or the desk stops. "Close ticket" (Ctrl+Enter) is enabled only when
:func:`kronos_core.ticket.closing_problems` finds nothing, and says what is missing otherwise.

An amount above what is left is never taken silently: on a card, PIX or transfer the
receptionist is asked whether the excess is a tip, and for which artist (the ticket's first);
cash gives change instead (the "Received" field). Enter adds the payment typed; Ctrl+Enter
closes the ticket.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kronos_core import ticket
from kronos_core.mutations import MutationError
from kronos_core.ticket import DraftPayment, DraftTip, TicketDraft, TicketTotals
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.store import Applied
from kronos_desktop.store.queries import vouchers as vouchers_q
from kronos_desktop.store.queries.settings import StudioSettings, studio_settings
from kronos_desktop.ui.checkout.payment_method_form import CardSettings, MethodForm
from kronos_desktop.ui.checkout.payment_problems import problem_texts
from kronos_desktop.ui.checkout.payment_rows import PaymentRows
from kronos_desktop.ui.checkout.pix_screen import ask_pix
from kronos_desktop.ui.checkout.tips_panel import TipsPanel, ask_tip
from kronos_desktop.ui.checkout.voucher_payment_field import voucher_refusal_text
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import themed


def deposit_amounts(draft: TicketDraft, totals: TicketTotals) -> dict[uuid.UUID, int]:
    """The deposits applied, as :func:`kronos_core.ticket.totals` asks for them: the dialog is
    given their sum (the ticket page read them); payments and tips never change it."""
    amounts = dict.fromkeys(draft.deposit_ids, 0)
    if draft.deposit_ids:
        amounts[draft.deposit_ids[0]] = totals.deposit_applied
    return amounts


class PaymentDialog(KeyedDialog):
    closed = Signal(object)  # the sale's id, once the ticket is closed

    def __init__(
        self,
        ctx: DeskContext,
        draft: TicketDraft,
        totals: TicketTotals,
        artists: Mapping[uuid.UUID, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft = draft
        self.deposits: Mapping[uuid.UUID, int] = deposit_amounts(draft, totals)
        self.currency = ctx.currency()
        self.settings: StudioSettings | None = None
        self.instalments_max = 12
        self._closing = False  # a close is running: a second click does nothing
        self._adding = False  # a payment is being added (a tip it brings keeps the form as typed)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Payment"))
        self.setAccessibleName(self.tr("Payment of the ticket"))
        self.setModal(True)

        self.left_label = QLabel()
        self.left_label.setObjectName("paymentLeft")
        self.left_label.setProperty("role", "figure-main")
        self.left_label.setStyleSheet("font-size: 22pt;")
        self.change_label = QLabel()
        self.change_label.setObjectName("paymentChange")
        self.change_label.setProperty("role", "figure-main")
        themed(self.change_label, "font-size: 22pt; color: @ok@;")
        self.summary = QLabel()
        self.summary.setObjectName("paymentSummary")
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)

        self.form = MethodForm()
        self.form.voucher.set_context(ctx, lambda: vouchers_q.spend_of(self.draft.payments))
        self.rows = PaymentRows()
        on_ticket = [line.artist_id for line in draft.lines if line.artist_id is not None]
        self.tips = TipsPanel(dict(artists), on_ticket)  # the ticket's artists first, the first line's chosen
        self.problems = QLabel()
        self.problems.setObjectName("paymentProblems")
        self.problems.setProperty("role", "error")
        self.problems.setWordWrap(True)
        self.form_error = QLabel()
        self.form_error.setObjectName("paymentFormError")
        self.form_error.setProperty("role", "error")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.back_button = named(
            QPushButton(self.tr("Back to the ticket")),
            "paymentBack",
            self.tr("Back to the ticket"),
            self.tr("The payments taken stay on the ticket"),
        )
        self.close_button = named(
            QPushButton(self.tr("Close ticket")),
            "paymentCloseTicket",
            self.tr("Close the ticket"),
            self.tr("Record the sale and its payments (Ctrl+Enter)"),
        )
        self.close_button.setProperty("kind", "primary")
        self.close_button.setMinimumHeight(40)

        head = QHBoxLayout()
        head.addWidget(self.left_label, 1)
        head.addWidget(self.change_label)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.rows, 1)
        right.addWidget(self.tips)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.form, 3)
        body.addLayout(right, 2)
        content = QWidget()
        content.setObjectName("paymentContent")
        content_box = QVBoxLayout(content)
        content_box.setContentsMargins(0, 0, 6, 0)
        content_box.addLayout(body, 1)
        scroll = QScrollArea()
        scroll.setObjectName("paymentScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it, never to the area
        scroll.setStyleSheet("QScrollArea#paymentScroll, QWidget#paymentContent { background: transparent; }")
        foot = QHBoxLayout()
        foot.addWidget(self.back_button)
        foot.addStretch(1)
        foot.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.form_error)
        layout.addLayout(foot)
        self._fit_screen()

        self.form.changed.connect(self._refresh)
        self.form.add_requested.connect(self.add_payment)
        self.rows.remove_requested.connect(self.remove_payment)
        self.tips.tips_changed.connect(self._tips_changed)
        self.back_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.close_ticket)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.close_ticket)

        self.tips.set_tips(list(draft.tips), self.currency)
        self.rows.set_payments(list(draft.payments), self.currency)
        self.form.start(self._left(), self.currency)
        self._refresh()
        ctx.reads.ask(self, "settings", studio_settings, self.show_settings)

    def _fit_screen(self) -> None:
        """As large as the screen allows, up to 1120 x 660 (the body scrolls when short of room)."""
        room = self.screen().availableGeometry()
        self.resize(min(1120, room.width() - 24), min(660, room.height() - 40))

    def showEvent(self, event: QShowEvent) -> None:
        """The amount has the focus on opening (else the default button took it and the first
        digit typed chose a method instead of going into the amount)."""
        super().showEvent(event)
        if self.form.is_open():
            self.form.amount.setFocus()
            self.form.amount.selectAll()

    # -- KeyedDialog ------------------------------------------------------------------------------
    def primary_button(self) -> QPushButton:
        """Enter adds the payment typed. Closing the ticket is a click or Ctrl+Enter: two quick
        Enters never record a sale."""
        return self.form.add_button

    def typed(self) -> bool:
        return self.form.typed() or self.tips.typed()

    # -- figures ----------------------------------------------------------------------------------
    def totals(self) -> TicketTotals:
        return ticket.totals(self.draft, self.deposits)

    def _left(self) -> int:
        """What the client still has to pay: the bill's part and the tips' part (negative: over)."""
        try:
            t = self.totals()
        except ticket.TicketError:
            return 0
        return t.to_pay - t.paid - t.tips_paid

    def closing_problems(self) -> list[str]:
        return ticket.closing_problems(self.draft, self.deposits, instalments_max=self.instalments_max)

    def _refresh(self) -> None:
        try:
            t = self.totals()
        except ticket.TicketError as error:
            self.left_label.setText(self.tr("The ticket cannot be paid as it is"))
            self.problems.setText("\n".join(problem_texts([error.code], None, self.currency, self.instalments_max)))
            self.close_button.setEnabled(False)
            return
        left = t.to_pay - t.paid - t.tips_paid
        money = self._money
        if left > 0:
            self.left_label.setText(self.tr("Left to pay {amount}").format(amount=money(left)))
        elif left == 0:
            self.left_label.setText(self.tr("Paid in full"))
        else:
            self.left_label.setText(self.tr("Paid {amount} too much").format(amount=money(-left)))
        change = t.change + self.form.cash_change()
        self.change_label.setText(self.tr("Change {amount}").format(amount=money(change)) if change else "")
        self.change_label.setVisible(bool(change))
        self.left_label.setAccessibleName(self.left_label.text())
        parts = [self.tr("Total {amount}").format(amount=money(t.total))]
        if t.deposit_applied:
            parts.append(self.tr("deposit applied −{amount}").format(amount=money(t.deposit_applied)))
        if t.tips:
            parts.append(self.tr("tips {amount}").format(amount=money(t.tips)))
        parts.append(self.tr("paid {amount}").format(amount=money(t.paid + t.tips_paid)))
        self.summary.setText(" · ".join(parts))
        problems = self.closing_problems()
        texts = problem_texts(problems, t, self.currency, self.instalments_max)
        self.problems.setText("\n".join(texts))
        self.problems.setVisible(bool(texts))
        self.close_button.setEnabled(not problems and not self._closing)
        self.close_button.setToolTip(
            "\n".join(texts) if texts else self.tr("Record the sale and its payments (Ctrl+Enter)")
        )
        self._open_form(left)  # after "Close ticket" is enabled: it may take the focus

    def _open_form(self, left: int) -> None:
        """The payment's fields while something is left to pay; once paid (or over), a line
        instead, and the focus on "Close ticket" when it may close (Enter still does not)."""
        was_open = self.form.is_open()
        focus = QApplication.focusWidget()  # before the form hides (Qt would move it on)
        if left > 0:
            self.form.set_open(True)
            return
        if left == 0:
            note = self.tr("Nothing is left to pay: close the ticket, or remove a payment to take it again.")
        else:
            note = self.tr("The payments are above what is owed: remove one and take it again.")
        self.form.set_open(False, note)
        if was_open and (focus is None or focus is self or self.form.isAncestorOf(focus)):
            if self.closing_problems():
                self.rows.table.setFocus()
            else:
                self.close_button.setFocus()

    def _money(self, amount: int) -> str:
        return fmt.money_text(amount, self.currency)

    def show_settings(self, settings: StudioSettings | None) -> None:
        self.settings = settings
        if settings is None:
            return
        self.instalments_max = settings.card_instalments_max
        self.form.set_card_settings(
            CardSettings(
                instalments_max=settings.card_instalments_max,
                credit_fee_bps=settings.card_fee_credit_bps,
                debit_fee_bps=settings.card_fee_debit_bps,
            )
        )
        ready = settings.pix_key and settings.merchant_name and settings.merchant_city
        self.form.set_pix_problem(
            None
            if ready
            else self.tr(
                "The studio has no PIX key, merchant name and city yet: an owner or manager sets them in Settings."
            )
        )
        self._refresh()

    # -- payments ---------------------------------------------------------------------------------
    def add_payment(self) -> None:
        """Take the payment typed (a PIX once its QR code was shown and the money arrived)."""
        if self._closing:
            return
        left = self._left()
        if left <= 0:
            self.form.amount.set_problem(self.tr("Nothing is left to pay."))
            return
        if not self.form.check():
            return
        typed = self.form.amount.value() or 0
        tips_before = list(self.draft.tips)
        self._adding = True
        try:
            if typed > left and not self._excess_as_tip(typed - left, left):
                return
            t = self.totals()
            to_ticket, tip = ticket.card_overpay(t.due - t.paid, typed)
            e2e = ""
            if self.form.method() == "pix":
                shown = self._show_pix(typed)
                if shown is None:  # no PIX after all: nor the tip it was to bring
                    if self.draft.tips != tips_before:
                        self.tips.set_tips(tips_before, self.currency)
                        self._tips_changed(tips_before)
                    return
                e2e = shown
        finally:
            self._adding = False
        self._set_payments([*self.draft.payments, self.form.payment(to_ticket, tip, pix_e2e_id=e2e)])
        self.form.start(self._left(), self.currency)
        if self.form.is_open():  # else "Close ticket" has the focus
            self.form.amount.setFocus()

    def _excess_as_tip(self, excess: int, left: int) -> bool:
        """Whether ``excess`` above what is left becomes a tip (asked; cash gives change instead)."""
        above = self.tr("{amount} is more than is left to pay ({left}).").format(
            amount=self._money(self.form.amount.value() or 0), left=self._money(left)
        )
        if self.form.method() == "cash":
            self.form.amount.set_problem(
                above + " " + self.tr("Type what the client hands over under Received: the change is worked out.")
            )
            return False
        if self.form.method() == "voucher":
            self.form.amount.set_problem(above + " " + self.tr("A voucher pays at most what is left."))
            return False
        if not self.tips.artists:
            self.form.amount.set_problem(above + " " + self.tr("No artist on this ticket to give a tip to."))
            return False
        chosen = ask_tip(self, self._money(excess), self.tips)
        if chosen is None:
            self.form.amount.set_problem(above)
            self.form.amount.setFocus()
            return False
        self.tips.add_tip(chosen, excess)  # → _tips_changed: the draft keeps it
        return True

    def _show_pix(self, amount: int) -> str | None:
        """The PIX code for ``amount`` shown to the client; its end-to-end id ("" when not typed)
        once the receptionist says the money arrived; None when cancelled."""
        settings = self.settings
        if settings is None or not (settings.pix_key and settings.merchant_name and settings.merchant_city):
            return None
        return ask_pix(self.ctx, settings, amount, self.pix_reference(), self)

    def pix_reference(self) -> str:
        """The ticket's reference in its PIX code (at most 25 letters and digits): the client's bank
        statement and the studio's show it."""
        return "KR" + self.draft.ticket_id.hex[:12].upper()

    def remove_payment(self, payment_id: uuid.UUID) -> None:
        if self._closing:
            return
        self._set_payments([p for p in self.draft.payments if p.payment_id != payment_id])
        self.form.start(self._left(), self.currency)

    def _set_payments(self, payments: list[DraftPayment]) -> None:
        self.draft.payments = payments
        self.rows.set_payments(payments, self.currency)
        self._save()

    def _tips_changed(self, tips: list[DraftTip]) -> None:
        self.draft.tips = tips
        self._save()
        if not self._adding:  # a tip typed in the panel: the payment's amount offers it too
            self.form.amount.set_value(max(0, self._left()) or None)

    def _save(self) -> None:
        """The draft as it is now, saved on the desk (a close later, or after a restart)."""
        self._refresh()
        kept = dataclasses.replace(self.draft, payments=list(self.draft.payments), tips=list(self.draft.tips))
        self.ctx.runner.run(checkout_ops.save_draft(kept, parent=self).failure(self._save_failed))

    def _save_failed(self, exc: BaseException) -> None:
        self.form_error.setText(
            self.tr("The payments could not be saved on this desk; they stay here while it is open.")
        )
        self.form_error.show()
        errors.show_failure(self, exc)

    # -- closing ----------------------------------------------------------------------------------
    def close_ticket(self) -> None:
        if self._closing or self.closing_problems():
            return
        self._closing = True
        self.close_button.setEnabled(False)
        self.form_error.hide()
        draft = dataclasses.replace(self.draft, payments=list(self.draft.payments), tips=list(self.draft.tips))
        op = checkout_ops.close_ticket(draft, business_date=self.ctx.today(), parent=self)
        self.ctx.runner.run(op.success(self._closed).failure(self._close_failed))

    def _closed(self, applied: Applied) -> None:
        self.closed.emit(getattr(applied.args, "sale_id", self.draft.ticket_id))
        self.done(QDialog.DialogCode.Accepted)

    def _close_failed(self, exc: BaseException) -> None:
        self._closing = False
        if isinstance(exc, checkout_ops.CheckoutRefused):
            texts = problem_texts(exc.problems, None, self.currency, self.instalments_max)
            self.form_error.setText(self.tr("The ticket is not closed: {why}").format(why=" ".join(texts)))
        elif isinstance(exc, MutationError):
            why = voucher_refusal_text(exc, self.currency) or refusal_text(exc)
            self.form_error.setText(self.tr("The ticket is not closed: {why}").format(why=why))
        else:
            self.form_error.setText(self.tr("The ticket is not closed; its payments are kept."))
            errors.show_failure(self, exc)
        self.form_error.show()
        self._refresh()
