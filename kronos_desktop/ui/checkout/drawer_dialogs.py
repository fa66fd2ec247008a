"""The drawer's small dialogs (issue 16), opened from the Caixa's drawer strip (drawer_panel.py):

- :class:`OpenDayDialog`: open the drawer's day with its float (fundo de troco; 0 allowed);
- :class:`CashMoveDialog`: cash in (suprimento) or out (sangria), the amount and the reason
  (required). A cash out above what the drawer should hold needs a manager: an owner or manager
  at the desk confirms it themselves (a question), anyone else asks one to type their PIN here
  (:class:`ManagerPinDialog`); without it nothing is recorded. The drawer's expected amount is
  never shown to a receptionist here: the close is blind (count_grid.py);
(The manager's reopen of a closed day is close_result.ReopenDialog.)

Each runs its op itself (``kronos_desktop.ops.drawer``) and says a refusal in place."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core.instants import utcnow
from kronos_core.mutations import MutationError
from kronos_core.roles import Role
from kronos_desktop.ops import MutationOp
from kronos_desktop.ops import drawer as drawer_ops
from kronos_desktop.store import pin_lockout
from kronos_desktop.store.queries import desk_lock
from kronos_desktop.ui.checkout.money_field import MoneyField
from kronos_desktop.ui.checkout.refund_dialog import message_label, reserve, say, stacked
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate
MANAGERS = (Role.OWNER, Role.MANAGER)


class DrawerDialog(KeyedDialog):
    """A drawer dialog: a reason line (when it has one), a problem line, a primary button;
    ``acted`` once its op succeeded."""

    acted = Signal()  # its op succeeded

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setModal(True)
        self.problem = message_label("drawerDialogProblem")
        self.primary: QPushButton | None = None

    def primary_button(self) -> QPushButton | None:
        return self.primary

    def run(self, op: MutationOp) -> None:
        if self.primary is not None:
            self.primary.setEnabled(False)
        self.ctx.runner.run(op.success(lambda _a: self._succeeded()).failure(self._failed))

    def _succeeded(self) -> None:
        self.acted.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if self.primary is not None:
            self.primary.setEnabled(True)
        if isinstance(exc, MutationError):
            say(self.problem, refusal_text(exc))
            return
        errors.show_failure(self, exc)

    def button_box(self, primary: QPushButton) -> QDialogButtonBox:
        self.primary = primary
        primary.setProperty("kind", "primary")
        cancel_text = translate("DrawerDialog", "Cancel")
        cancel = named(QPushButton(cancel_text), "drawerDialogCancel", cancel_text)
        cancel.clicked.connect(self.reject)
        box = QDialogButtonBox()
        box.addButton(primary, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        return box


def reason_field(object_name: str, accessible: str) -> QLineEdit:
    field = named(QLineEdit(), object_name, accessible)
    field.setMaxLength(200)
    return field


class OpenDayDialog(DrawerDialog):
    """Open ``day``'s drawer with a float."""

    def __init__(self, ctx: DeskContext, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.day = day
        self.setObjectName("openDayDialog")
        self.setWindowTitle(self.tr("Open the cash drawer"))
        self.setAccessibleName(self.tr("Open the cash drawer"))
        intro = QLabel(
            self.tr("Count the change the drawer starts the day ({day}) with (the float), and type it.").format(
                day=fmt.date_text(day, capital=False)
            )
        )
        intro.setWordWrap(True)
        self.amount = MoneyField(self, object_name="openDayFloat", accessible_name=self.tr("Float"), required=True)
        self.amount.setMaximumWidth(180)
        reserve(self.amount.message)
        button = named(QPushButton(self.tr("&Open the day")), "openDayButton", self.tr("Open the drawer's day"))
        button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("Float *"), self.amount.with_message())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.button_box(button))
        self.resize(420, 200)
        self.amount.setFocus()

    def typed(self) -> bool:
        return self.amount.isModified()

    def submit(self) -> None:
        if not self.amount.check():
            self.amount.setFocus()
            return
        amount = self.amount.value()
        assert amount is not None
        self.run(drawer_ops.open_day(self.day, amount, staff_id=self.ctx.who.staff_id, parent=self))


class ManagerPinDialog(KeyedDialog):
    """An owner or a manager of the studio picks their name and types their PIN (checked here,
    offline too; wrong PINs count towards their lockout on this desk as at the lock screen).
    ``confirmed_by`` is who confirmed, once accepted."""

    checked = Signal()  # a PIN was checked (right or wrong): for tests

    def __init__(self, ctx: DeskContext, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirmed_by: uuid.UUID | None = None
        self.setObjectName("managerPinDialog")
        self.setWindowTitle(self.tr("A manager's confirmation"))
        self.setAccessibleName(self.tr("A manager's confirmation"))
        self.setModal(True)
        reason = QLabel(why)
        reason.setObjectName("managerPinWhy")
        reason.setWordWrap(True)
        self.who = named(QComboBox(), "managerPinWho", self.tr("Owner or manager confirming"))
        self.pin = named(QLineEdit(), "managerPinPin", self.tr("Their PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        self.pin.setMaximumWidth(140)
        self.problem = reserve(message_label("managerPinProblem"))
        self.pin.textChanged.connect(lambda _t: say(self.problem, ""))
        self.ok = named(QPushButton(self.tr("&Confirm")), "managerPinConfirm", self.tr("Confirm with the PIN"))
        self.ok.setProperty("kind", "primary")
        self.ok.clicked.connect(self.check)
        cancel = named(QPushButton(self.tr("Cancel")), "managerPinCancel", self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Who confirms"), self.who)
        form.addRow(self.tr("PIN"), stacked(self.pin, self.problem))
        box = QDialogButtonBox()
        box.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(reason)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(box)
        self.resize(440, 220)
        self.ok.setEnabled(False)
        self.ctx.reads.ask(self, "managers", desk_lock.desk, self._members)

    def primary_button(self) -> QPushButton | None:
        return self.ok

    def typed(self) -> bool:
        return bool(self.pin.text())

    def _members(self, desk: desk_lock.Desk) -> None:
        managers = [m for m in desk.members if m.role in MANAGERS and m.has_pin]
        for member in managers:
            self.who.addItem(f"{member.name} ({fmt.role_label(member.role.value)})", member.id)
        if not managers:
            say(self.problem, self.tr("No owner or manager of the studio has a PIN on this desk."))
            return
        self.ok.setEnabled(True)
        self.pin.setFocus()

    def check(self) -> None:
        staff_id = self.who.currentData()
        pin = self.pin.text()
        if not isinstance(staff_id, uuid.UUID) or not pin:
            say(self.problem, self.tr("Type the PIN."))
            return
        self.ok.setEnabled(False)
        now = utcnow()
        self.ctx.reads.ask(
            self, "pin", lambda conn: desk_lock.try_pin(conn, staff_id, pin, now), lambda a: self._checked(staff_id, a)
        )

    def _checked(self, staff_id: uuid.UUID, answer: desk_lock.PinAnswer) -> None:
        self.ok.setEnabled(True)
        now = utcnow()
        if answer.matched:
            if answer.lockout.failures:
                self.ctx.runner.writer.submit(pin_lockout.clear, self.ctx.runner.store, staff_id)
            self.confirmed_by = staff_id
            self.checked.emit()
            self.accept()
            return
        self.pin.clear()  # before the message: typing again clears it
        self.pin.setFocus()
        if answer.lockout.locked(now):
            say(self.problem, self.tr("Too many wrong PINs: this person is locked on this desk for a while."))
        else:
            self.ctx.runner.writer.submit(pin_lockout.record_failure, self.ctx.runner.store, staff_id, now)
            say(self.problem, self.tr("Wrong PIN."))
        self.checked.emit()


class CashMoveDialog(DrawerDialog):
    """Cash in ("in": suprimento) or out ("out": sangria) of the open day ``session_id`` (``day``).
    ``holds``: what the drawer should hold now (a cash out above it needs a manager)."""

    def __init__(
        self,
        ctx: DeskContext,
        kind: str,
        session_id: uuid.UUID,
        day: dt.date,
        holds: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.kind, self.session_id, self.day, self.holds = kind, session_id, day, holds
        self.asked: ManagerPinDialog | None = None  # the manager's PIN, while asked
        cash_in = kind == "in"
        title = self.tr("Cash in (suprimento)") if cash_in else self.tr("Cash out (sangria)")
        self.setObjectName("cashInDialog" if cash_in else "cashOutDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = QLabel(
            self.tr("Money put into the drawer that is not a sale: change brought from the bank, for instance.")
            if cash_in
            else self.tr("Money taken out of the drawer that is not a refund: to the safe or the bank, for instance.")
        )
        intro.setWordWrap(True)
        self.amount = MoneyField(self, object_name="cashMoveAmount", accessible_name=self.tr("Amount"), required=True)
        self.amount.setMaximumWidth(180)
        reserve(self.amount.message)
        self.amount.amountChanged.connect(lambda _v: self.amount.set_problem(None))
        self.reason = reason_field("cashMoveReason", self.tr("Reason"))
        self.reason.setPlaceholderText(
            self.tr("e.g. change from the bank") if cash_in else self.tr("e.g. to the safe, paid the cleaner")
        )
        self.reason_problem = reserve(message_label("cashMoveReasonProblem"))
        self.reason.textChanged.connect(lambda _t: say(self.reason_problem, ""))
        label = self.tr("&Put in") if cash_in else self.tr("&Take out")
        button = named(QPushButton(label), "cashMoveButton", title)
        button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("Amount *"), self.amount.with_message())
        form.addRow(self.tr("Reason *"), stacked(self.reason, self.reason_problem))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.button_box(button))
        self.resize(460, 240)
        self.amount.setFocus()

    def typed(self) -> bool:
        return self.amount.isModified() or bool(self.reason.text().strip())

    def above_drawer(self, amount: int) -> bool:
        return self.kind == "out" and amount > self.holds

    def submit(self) -> None:
        amount_ok = self.amount.check()
        amount = self.amount.value()
        reason = " ".join(self.reason.text().split())
        if not reason:
            say(self.reason_problem, self.tr("Say why: the owner reads it at the close."))
        if not amount_ok or amount is None or not amount:
            if amount == 0:
                self.amount.set_problem(self.tr("Type an amount above zero."))
            self.amount.setFocus()
            return
        if not reason:
            self.reason.setFocus()
            return
        if not self.above_drawer(amount):
            self.record(amount, reason, None)
        elif self.ctx.who.role in MANAGERS and self.ctx.who.staff_id is not None:
            if self.manager_says_yes(amount):
                self.record(amount, reason, self.ctx.who.staff_id)
            else:
                self.not_confirmed()
        else:
            self.ask_manager(amount, reason)

    def record(self, amount: int, reason: str, confirmed_by: uuid.UUID | None) -> None:
        op = drawer_ops.cash_move(
            self.session_id, self.kind, amount, reason, business_date=self.day,
            confirmed_by=confirmed_by, staff_id=self.ctx.who.staff_id, parent=self,
        )  # fmt: skip
        self.run(op)

    def not_confirmed(self) -> None:
        say(
            self.problem,
            self.tr(
                "Nothing was taken out: a cash out above what the drawer should hold needs an owner's "
                "or a manager's confirmation."
            ),
        )

    def manager_says_yes(self, amount: int) -> bool:
        """An owner or manager at the desk confirms a cash out of ``amount`` above the drawer."""
        box = QMessageBox(self)
        box.setObjectName("cashOutAboveConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("More than the drawer holds"))
        box.setText(
            self.tr("{amount} is more than the drawer should hold ({holds}). Take it out anyway?").format(
                amount=fmt.money_text(amount), holds=fmt.money_text(max(self.holds, 0))
            )
        )
        yes = box.addButton(self.tr("Take it out"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is yes

    def ask_manager(self, amount: int, reason: str) -> None:
        """Anyone else: an owner or a manager types their PIN here, told the cash out and its reason
        (what the drawer holds is not said: the close is blind)."""
        why = self.tr(
            "A cash out of {amount} ({reason}) is more than the drawer should hold. An owner or a manager "
            "confirms it with their PIN."
        ).format(amount=fmt.money_text(amount), reason=reason)
        asked = ManagerPinDialog(self.ctx, why, self)
        asked.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.asked = asked

        def answered(result: int) -> None:
            self.asked = None
            if result == QDialog.DialogCode.Accepted.value and asked.confirmed_by is not None:
                self.record(amount, reason, asked.confirmed_by)
            else:
                self.not_confirmed()

        asked.finished.connect(answered)
        asked.open()
