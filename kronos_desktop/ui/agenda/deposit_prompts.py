"""The agenda's deposit questions (issue 15): what happens to a deposit held for a booking when
the booking is marked a no-show, cancelled late or moved to another day. The booking flow
(booking_flow.py) calls these once its own change is saved; each reads the deposits held for the
booking (store/queries/agenda_deposits.py: the booking's own, or its project's) and the studio's
policy (kronos_core.deposits), and asks only when the policy forfeits the deposit:

- a no-show, when the studio forfeits on a no-show and the client is the policy's minutes late by
  the desk's clock: "Keep the deposit as forfeited?" → ``deposit.forfeit``, reason ``no_show``;
- a cancellation within the policy's hours before the start: the same, reason ``late_cancel``;
- a move to another day (a drag or the booking dialog): every held deposit counts one more
  reschedule (``deposit.rescheduled``); when that is more than the policy lets it survive, the
  same question, reason ``reschedules``.

Yes forfeits (the receptionist confirms); No (the default, and Esc) keeps the deposit held. The
question is window-modal (``open``, not a nested loop). Nothing is asked of someone the desk
does not let forfeit a deposit (an artist): the deposit stays held for the front desk to decide.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from kronos_core import deposits as rules
from kronos_core.roles import FRONT_DESK
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store.queries.agenda_deposits import HeldDeposit, HeldFor, held_for
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.context import DeskContext

Reason = Literal["no_show", "late_cancel", "reschedules"]


class DepositPrompts(QObject):
    def __init__(self, ctx: DeskContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.widget = widget
        self.box: QMessageBox | None = None  # the question open now

    def _may_forfeit(self) -> bool:
        role = self.ctx.who.role
        return role is None or role in FRONT_DESK  # None: the desk's own role acts

    def _read(self, key: str, appointment_id: uuid.UUID, then: Callable[[HeldFor | None], None]) -> None:
        if self._may_forfeit():
            self.ctx.reads.ask(self, f"{key}-{appointment_id}", lambda conn: held_for(conn, appointment_id), then)

    # -- the flows' hooks ----------------------------------------------------------------------
    def after_no_show(self, appointment_id: uuid.UUID) -> None:
        """The booking was marked a no-show."""

        def read(held: HeldFor | None) -> None:
            if held is None or not held.policy.forfeit_on_no_show:
                return
            if rules.counts_as_no_show(held.policy, held.starts_at, held.now):
                self.ask(held, held.deposits, "no_show")

        self._read("no-show", appointment_id, read)

    def after_cancel(self, appointment_id: uuid.UUID) -> None:
        """The booking was cancelled."""

        def read(held: HeldFor | None) -> None:
            if held is not None and rules.late_cancellation(held.policy, held.starts_at, held.now):
                self.ask(held, held.deposits, "late_cancel")

        self._read("cancel", appointment_id, read)

    def after_move(self, appointment_id: uuid.UUID, was_starts_at: dt.datetime) -> None:
        """The booking was moved (it started at ``was_starts_at``): a reschedule when its day changed."""

        def read(held: HeldFor | None) -> None:
            if held is None or _day(held, held.starts_at) == _day(held, was_starts_at):
                return
            beyond = tuple(d for d in held.deposits if not rules.survives_reschedule(held.policy, d.reschedules))
            for number, one in enumerate(held.deposits, start=1):
                op = deposit_ops.count_reschedule(one.id, business_date=held.today, parent=self.widget)
                if number == len(held.deposits) and beyond:
                    op.success(lambda _a: self._ask_beyond(held, beyond))
                self.ctx.runner.run(op)

        self._read("move", appointment_id, read)

    def _ask_beyond(self, held: HeldFor, beyond: tuple[HeldDeposit, ...]) -> None:
        self.ask(held, beyond, "reschedules")

    # -- the question --------------------------------------------------------------------------
    def ask(self, held: HeldFor, deposits: tuple[HeldDeposit, ...], reason: Reason) -> QMessageBox:
        """ "Keep the deposit as forfeited?" with the policy's rule; Yes forfeits ``deposits``."""
        amount = fmt.money_text(sum(d.amount for d in deposits), held.currency)
        box = QMessageBox(self.widget)
        box.setObjectName("depositForfeitConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Deposit"))
        box.setText(self.tr("Keep the deposit of {amount} as forfeited?").format(amount=amount))
        box.setInformativeText(self.policy_line(held.policy, reason))
        yes = box.addButton(self.tr("Yes, forfeit it"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("depositForfeitYes")
        yes.setAccessibleName(self.tr("Yes, forfeit it"))
        no = box.addButton(self.tr("No, keep it held"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("depositForfeitNo")
        no.setAccessibleName(self.tr("No, keep it held"))
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            self.box = None
            if button is yes:
                for one in deposits:
                    op = deposit_ops.forfeit_deposit(one.id, reason, business_date=held.today, parent=self.widget)
                    self.ctx.runner.run(op)

        box.buttonClicked.connect(answered)
        self.box = box
        box.open()  # window-modal: the agenda keeps painting behind it
        return box

    def policy_line(self, policy: rules.DepositPolicy, reason: Reason) -> str:
        """The policy's rule that forfeits the deposit, in a line."""
        if reason == "no_show":
            return self.tr(
                "Policy: a client %n minute(s) late or more is a no-show, and a no-show loses the deposit.",
                "",
                policy.no_show_late_minutes,
            )
        if reason == "late_cancel":
            return self.tr(
                "Policy: cancelling less than %n hour(s) before the booking loses the deposit.",
                "",
                policy.late_cancel_hours,
            )
        return self.tr("Policy: the deposit survives %n reschedule(s); this one is beyond it.", "", policy.reschedules)


def _day(held: HeldFor, instant: dt.datetime) -> dt.date:
    return instant.astimezone(held.zone).date()
