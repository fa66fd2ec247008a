"""Take deposit (sinal): a client's deposit for one of their bookings or projects (or none yet:
held for the client), the artist, the amount, how it was paid (deposit_money.py; PIX at the
counter through the PIX screen), the day it expires by the studio's policy, and the policy's
words the client reads (the studio's own, or kronos_core.deposits.policy_text in the desk's
language) with the required "The client read and accepted the policy". Save runs
``ops.deposits.take_deposit``: the deposit and its money in one transaction, the words shown
stored on the deposit.

Opened from the client record's Deposits tab and the booking's menu (:func:`take_deposit`)."""

from __future__ import annotations

import itertools
import uuid
import zoneinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core.deposits import expires_on, policy_text
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_desktop import i18n
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.ops.checkout import CheckoutRefused
from kronos_desktop.store import Applied
from kronos_desktop.ui.checkout.click_guard import guard_clicks
from kronos_desktop.ui.checkout.deposit_money import DepositMoney, error_label, say
from kronos_desktop.ui.checkout.deposit_read import DepositSetup, Holder, read_deposit_setup
from kronos_desktop.ui.checkout.deposit_words import holder_text
from kronos_desktop.ui.checkout.money_field import MoneyField
from kronos_desktop.ui.checkout.pix_screen import ask_pix
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

NO_HOLDER = "none"


class DepositDialog(KeyedDialog):
    taken = Signal(object)  # the deposit's id, once saved

    def __init__(
        self,
        ctx: DeskContext,
        client_id: uuid.UUID,
        *,
        appointment_id: uuid.UUID | None = None,
        project_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.click_guard = guard_clicks(self)  # a double click on "Take deposit…" opens it once, untouched
        self.ctx = ctx
        self.client_id = client_id
        self.given = appointment_id or project_id
        self.setup: DepositSetup | None = None
        self.deposit_id = uuid7()
        self.setObjectName("depositDialog")
        self.setWindowTitle(self.tr("Take deposit"))
        self.setAccessibleName(self.tr("Take deposit (sinal)"))
        self.setModal(True)

        self.client = QLabel()
        self.client.setObjectName("depositClient")
        self.holder = named(QComboBox(), "depositHolder", self.tr("Booking or project the deposit is for"))
        self.artist = named(QComboBox(), "depositArtist", self.tr("Artist"))
        self.amount = MoneyField(self, object_name="depositAmount", accessible_name=self.tr("Deposit amount"))
        self.amount.required = True
        self.money = DepositMoney(self)
        self.expiry = QLabel()
        self.expiry.setObjectName("depositExpiry")
        self.expiry.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("For"), self.holder)
        form.addRow(self.tr("Artist"), self.artist)
        form.addRow(self.tr("Amount"), self.amount.with_message())
        form.addRow(self.tr("Paid by"), self.money)
        form.addRow(self.tr("Valid until"), self.expiry)

        policy_title = QLabel(self.tr("The studio's deposit policy (show it to the client)"))
        policy_title.setObjectName("depositPolicyTitle")
        policy_title.setWordWrap(True)
        self.policy = named(QPlainTextEdit(), "depositPolicyText", self.tr("The studio's deposit policy"))
        self.policy.setReadOnly(True)
        self.policy.setTabChangesFocus(True)
        self.policy.setMinimumHeight(250)  # the whole policy read without scrolling, at 1024×600 too
        self.accepted_box = named(
            QCheckBox(self.tr("The client read and accepted the policy")),
            "depositPolicyAccepted",
            self.tr("The client read and accepted the policy"),
        )
        self.accepted_problem = error_label("depositPolicyAcceptedProblem")
        side = QVBoxLayout()
        side.addWidget(policy_title)
        side.addWidget(self.policy, 1)
        side.addWidget(self.accepted_box)
        side.addWidget(self.accepted_problem)

        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(side, 2)
        self.form_error = error_label("depositFormError")
        keep = self.form_error.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # hidden, it still takes the row: the buttons keep their size
        self.form_error.setSizePolicy(keep)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "depositCancel", self.tr("Cancel: no deposit"))
        self.save_button = named(QPushButton(self.tr("Save deposit")), "depositSave", self.tr("Save the deposit"))
        self.save_button.setProperty("kind", "primary")
        self.save_button.setEnabled(False)  # until read
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(860)
        chain: list[QWidget] = [self.holder, self.artist, self.amount, *self.money.tab_chain(), self.policy]
        chain += [self.accepted_box, self.cancel_button, self.save_button]
        for before, after in itertools.pairwise(chain):  # the form's order, top to bottom, then the policy
            QWidget.setTabOrder(before, after)

        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.holder.currentIndexChanged.connect(self._holder_changed)
        self.amount.amountChanged.connect(lambda v: self.money.show_change(v))
        self.money.changed.connect(lambda: self.money.show_change(self.amount.value()))
        self.accepted_box.toggled.connect(lambda _on: say(self.accepted_problem, None))
        ctx.reads.ask(self, "setup", lambda conn: read_deposit_setup(conn, client_id), self._show)

    def primary_button(self) -> QPushButton:
        return self.save_button

    def typed(self) -> bool:
        return bool(self.amount.text().strip()) or self.money.typed() or self.accepted_box.isChecked()

    # -- showing ---------------------------------------------------------------------------------
    def _show(self, setup: DepositSetup | None) -> None:
        self.setup = setup
        if setup is None:
            say(self.form_error, self.tr("This client is no longer in the studio."))
            return
        self.client.setText(setup.client_name)
        zone = zoneinfo.ZoneInfo(setup.zone_name)
        self.holder.addItem(self.tr("No booking yet (held for the client)"), NO_HOLDER)
        for holder in setup.holders:
            self.holder.addItem(holder_text(holder, zone), str(holder.id))
        self.artist.addItem(self.tr("— none —"), None)
        for artist in setup.artists:
            self.artist.addItem(artist.name, str(artist.id))  # str: findData compares it
        s = setup.settings
        self.money.set_studio(
            currency=setup.currency,
            instalments_max=s.card_instalments_max,
            debit_bps=s.card_fee_debit_bps,
            credit_bps=s.card_fee_credit_bps,
            pix_ready=bool(s.pix_key and s.merchant_name and s.merchant_city),
        )
        if self.given is not None:
            self.holder.setCurrentIndex(max(0, self.holder.findData(str(self.given))))
        self._holder_changed()
        months = setup.policy.expiry_months
        last_day = expires_on(setup.today, setup.policy)
        self.expiry.setText(self.tr("%n month(s) from today: {day}", "", months).format(day=fmt.date_text(last_day)))
        self.policy.setPlainText(policy_text(setup.policy, i18n.current_language()))
        self.save_button.setEnabled(True)
        self.amount.setFocus()

    def chosen_holder(self) -> Holder | None:
        data = self.holder.currentData()
        if self.setup is None or data in (None, NO_HOLDER):
            return None
        return next((h for h in self.setup.holders if str(h.id) == data), None)

    def chosen_artist(self) -> uuid.UUID | None:
        data = self.artist.currentData()
        return uuid.UUID(data) if data else None

    def _holder_changed(self, *_: object) -> None:
        holder = self.chosen_holder()
        if holder is not None and holder.artist_id is not None:
            self.artist.setCurrentIndex(max(0, self.artist.findData(str(holder.artist_id))))

    # -- saving ----------------------------------------------------------------------------------
    def check(self) -> bool:
        """Show what is missing; whether the deposit may be saved."""
        good = self.amount.check()
        amount = self.amount.value()
        if good and not amount:
            self.amount.set_problem(self.tr("A deposit is more than zero."))
            good = False
        good = self.money.check(amount) and good
        if not self.accepted_box.isChecked():
            say(self.accepted_problem, self.tr("Show the policy to the client: they must accept it first."))
            good = False
        return good

    def save(self) -> None:
        setup = self.setup
        if setup is None or not self.save_button.isEnabled():
            return
        say(self.form_error, None)
        if not self.check():
            return
        amount = self.amount.value()
        assert amount is not None
        e2e = ""
        if self.money.needs_pix_screen():
            arrived = self._pix(amount)
            if arrived is None:
                return
            e2e = arrived
        holder = self.chosen_holder()
        args = {
            "deposit_id": self.deposit_id,
            "client_id": self.client_id,
            "appointment_id": holder.id if holder is not None and holder.kind == "appointment" else None,
            "project_id": holder.id if holder is not None and holder.kind == "project" else None,
            "artist_id": self.chosen_artist(),
            "amount": amount,
            "expires_on": expires_on(setup.today, setup.policy),
            "policy_text": self.policy.toPlainText(),
            "acknowledged": True,
            "business_date": setup.today,
        }
        payment = self.money.payment(amount, pix_e2e_id=e2e)
        self.save_button.setEnabled(False)
        op = deposit_ops.take_deposit(args, payment, staff_id=self.ctx.who.staff_id, parent=self)
        self.ctx.runner.run(op.success(self._done).failure(self._failed))

    def _pix(self, amount: int) -> str | None:
        """The PIX screen for ``amount``: the end-to-end id typed there ("" for none), None if cancelled."""
        assert self.setup is not None
        s = self.setup.settings
        return ask_pix(self.ctx, s, amount, "SINAL" + self.deposit_id.hex[-8:].upper(), self)

    def _done(self, _applied: Applied) -> None:
        self.taken.emit(self.deposit_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, CheckoutRefused):
            say(self.form_error, self.tr("Not saved: the payment does not match the deposit. Check how it was paid."))
        elif isinstance(exc, MutationError):
            say(self.form_error, self.tr("Not saved: {why}").format(why=refusal_text(exc)))
        else:
            say(self.form_error, self.tr("Not saved."))
            errors.show_failure(self, exc)


def take_deposit(
    parent: QWidget,
    ctx: DeskContext,
    client_id: uuid.UUID,
    *,
    appointment_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
) -> DepositDialog:
    """Open the dialog (not blocking); it closes itself once the deposit is saved."""
    dialog = DepositDialog(ctx, client_id, appointment_id=appointment_id, project_id=project_id, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
