"""Paying with a gift voucher (vale-presente) in the payment dialog: the voucher's code typed (as
printed on its card; case, spaces and the dash do not matter), its balance looked up on the
reader thread and shown with whom it is for and until when, what this ticket already takes from
it counted. :meth:`VoucherPaymentField.check` says, at the field, why an amount cannot be taken
(an unknown code, a spent or expired voucher, an amount above the balance): nothing is added then.
The close checks the balance again in its transaction (ops/checkout.py): its refusal in words is
:func:`voucher_refusal_text`."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kronos_core import vouchers as rules
from kronos_core.mutations import MutationError
from kronos_desktop.store.queries.vouchers import VoucherState, voucher_by_code
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate

Pending = Callable[[], Mapping[uuid.UUID, int]]


def problem_text(problem: str, code: str, balance: int | None, currency: str, expires: str = "") -> str:
    """A voucher problem (kronos_core.vouchers.redeem_problem's codes) in words."""
    money = fmt.money_text(balance or 0, currency)
    if problem == "unknown":
        return translate("VoucherPayment", "No voucher has the code {code}: check it on the card.").format(code=code)
    if problem == "spent":
        return translate("VoucherPayment", "The voucher {code} is spent: nothing is left on it.").format(code=code)
    if problem == "over_balance":
        text = translate("VoucherPayment", "The voucher {code} holds {balance}: the amount cannot be more.")
        return text.format(code=code, balance=money)
    if problem == "expired":
        if expires:
            text = translate("VoucherPayment", "The voucher {code} expired on {date}.")
            return text.format(code=code, date=expires)
        return translate("VoucherPayment", "The voucher {code} has expired.").format(code=code)
    if problem == "not_positive":
        return translate("VoucherPayment", "Type the amount to take from the voucher.")
    return translate("VoucherPayment", "The voucher {code} cannot pay this ({problem}).").format(
        code=code, problem=problem
    )


def voucher_refusal_text(exc: MutationError, currency: str) -> str | None:
    """A close refused for a voucher (``voucher_<problem>``) in words; None for any other refusal."""
    if not exc.code.startswith("voucher_") or exc.code == "voucher_code_taken":
        return None
    params = exc.params or {}
    balance = params.get("balance") or ""
    return problem_text(
        exc.code.removeprefix("voucher_"),
        str(params.get("code") or ""),
        int(balance) if balance.lstrip("-").isdigit() else None,
        currency,
    )


class VoucherPaymentField(QWidget):
    """The voucher's code and what it holds. ``found``: the voucher looked up (None: no such code)."""

    found = Signal(object)  # VoucherState | None
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voucherPaymentField")
        self.ctx: DeskContext | None = None
        self.pending: Pending = dict
        self.currency = "BRL"
        self._state: VoucherState | None = None
        self._looked: str = ""  # the normalised code last looked up
        self._waiting = False
        self.code = named(
            QLineEdit(), "voucherCode", self.tr("Voucher code"), self.tr("The code on the voucher's card")
        )
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. K7QX-M4P9"))
        self.code.setStyleSheet("font-size: 14pt; letter-spacing: 1px;")
        self.status = QLabel()
        self.status.setObjectName("voucherStatus")
        self.status.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("voucherProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Code"), self.code)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.code.textEdited.connect(self._edited)
        self.code.editingFinished.connect(self.look_up)

    def set_context(self, ctx: DeskContext, pending: Pending) -> None:
        """Where to look vouchers up, and what the ticket already takes from each (its payments)."""
        self.ctx = ctx
        self.pending = pending
        self.currency = ctx.currency()

    # -- what is known -------------------------------------------------------------------------
    def state(self) -> VoucherState | None:
        return self._state if self._looked == self.typed_code() else None

    def voucher_id(self) -> uuid.UUID | None:
        state = self.state()
        return state.id if state is not None else None

    def typed_code(self) -> str:
        return rules.normalise_code(self.code.text()) if self.code.text().strip() else ""

    def available(self) -> int | None:
        """The balance less what this ticket already takes from it (None: not looked up)."""
        state = self.state()
        if state is None:
            return None
        return state.balance - self.pending().get(state.id, 0)

    def clear(self) -> None:
        self.code.clear()
        self._state, self._looked = None, ""
        self._say(None)
        self.status.clear()

    def typed(self) -> bool:
        return bool(self.code.text().strip())

    def looking(self) -> bool:
        return self._waiting

    # -- the look-up ---------------------------------------------------------------------------
    def _edited(self, _text: str) -> None:
        self._say(None)
        code = self.typed_code()
        if len(code) == 9 and code != self._looked:  # a whole code: looked up at once
            self.look_up()
        elif code != self._looked:
            self.status.clear()
        self.changed.emit()

    def look_up(self) -> None:
        code = self.typed_code()
        if not code or code == self._looked or self.ctx is None:
            return
        desk = self.ctx.desk()
        if desk is None:
            return
        studio_id = desk.studio_id
        self._waiting = True
        self.status.setText(self.tr("Looking for the voucher…"))
        self.ctx.reads.ask(self, "voucher", lambda conn: voucher_by_code(conn, studio_id, code), self._read)
        self._looked = code

    def _read(self, state: VoucherState | None) -> None:
        self._waiting = False
        self._state = state
        if state is not None and self.typed_code() == state.code and self.code.text() != state.code:
            self.code.setText(state.code)  # as printed on the card ("k7qx m4p9" reads "K7QX-M4P9")
        self._show()
        self.found.emit(state)
        self.changed.emit()

    def _show(self) -> None:
        state = self.state()
        if state is None:
            self.status.clear()
            if self._looked:
                self._say(problem_text("unknown", self._looked, None, self.currency))
            return
        available = self.available() or 0
        parts = [self.tr("Balance {amount}").format(amount=fmt.money_text(available, self.currency))]
        if state.recipient_name:
            parts.append(self.tr("for {name}").format(name=state.recipient_name))
        if state.expires_on is not None:
            parts.append(self.tr("valid until {date}").format(date=fmt.date_text(state.expires_on)))
        self.status.setText(" · ".join(parts))
        problem = self._problem_now(None)
        self._say(problem)

    def _problem_now(self, amount: int | None) -> str | None:
        state = self.state()
        if state is None:
            return None
        available = self.available() or 0
        expired = self.ctx is not None and state.expired(self.ctx.today())
        found = rules.redeem_problem(available, amount if amount is not None else 1, expired=expired)
        if found is None or (amount is None and found == "over_balance"):
            return None
        expires = fmt.date_text(state.expires_on) if state.expires_on is not None else ""
        return problem_text(found, state.code, available, self.currency, expires)

    def check(self, amount: int | None) -> bool:
        """Show why ``amount`` cannot be taken from the voucher; whether it can."""
        code = self.typed_code()
        if not code:
            self._say(self.tr("Type the voucher's code, as printed on its card."))
            return False
        if code != self._looked or self._waiting:
            self.look_up()
            self._say(self.tr("Looking for the voucher… try again in a moment."))
            return False
        if self.state() is None:
            self._say(problem_text("unknown", code, None, self.currency))
            return False
        problem = self._problem_now(amount or 0)
        self._say(problem)
        return problem is None

    def _say(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
