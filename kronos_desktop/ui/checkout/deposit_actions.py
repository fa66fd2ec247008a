"""What the client record's Deposits tab does to a held deposit, each a small dialog that runs its
op (kronos_desktop/ops/deposits.py) and says a refusal in the desk's words:

- Forfeit…: why the studio keeps it (the policy's reasons; "Expired" chosen already for a
  deposit past its expiry, which the dialog says, and refused at the desk for one the studio's
  rule keeps good, kronos_core.deposits.expiry, even when the day written on it has passed), a
  note, and who keeps how much (the artist's and the studio's parts,
  ``kronos_core.deposits.forfeit_shares``, as the op fixes them: a deposit with no artist is the
  studio's whole);
- Refund…: the reason, required (owners and managers: the money goes back with it);
- Move…: to another of the client's bookings or open projects, a note."""

from __future__ import annotations

import uuid
import zoneinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kronos_core.deposits import forfeit_shares
from kronos_core.mutations import MutationError
from kronos_core.schema import DEPOSIT_FORFEIT_REASONS
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied
from kronos_desktop.store.queries.checkout import DepositRow
from kronos_desktop.ui.checkout.deposit_money import error_label, say
from kronos_desktop.ui.checkout.deposit_read import DepositSetup, read_deposit_setup
from kronos_desktop.ui.checkout.deposit_words import forfeit_reason_label, holder_text
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

ACTIONS = ("forfeit", "refund", "move")


class DepositActionDialog(KeyedDialog):
    done_with = Signal(object)  # the deposit's id, once the action was saved

    def __init__(self, ctx: DeskContext, held: DepositRow, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert action in ACTIONS
        self.ctx = ctx
        self.held = held
        self.action = action
        self.setup: DepositSetup | None = None
        self.setObjectName(f"deposit{action.title()}Dialog")
        titles = {
            "forfeit": self.tr("Forfeit deposit"),
            "refund": self.tr("Refund deposit"),
            "move": self.tr("Move deposit"),
        }
        self.setWindowTitle(titles[action])
        self.setAccessibleName(titles[action])
        self.setModal(True)
        self.setMinimumWidth(480)
        money = fmt.money_text(held.amount)
        said = [self.tr("Deposit of {amount} taken on {day}.").format(amount=money, day=fmt.date_text(held.taken_on))]
        if held.status == "held" and held.expired and held.expiry is not None:
            said.append(self.tr("It expired: it was good until {day}.").format(day=fmt.date_text(held.expiry)))
        about = QLabel(" ".join(said))
        about.setObjectName("depositActionAbout")
        about.setWordWrap(True)
        form = QFormLayout()
        self.reason = named(QComboBox(), "depositForfeitReason", self.tr("Why the studio keeps the deposit"))
        for reason in DEPOSIT_FORFEIT_REASONS:
            self.reason.addItem(forfeit_reason_label(reason), reason)
        if held.expired:
            self.reason.setCurrentIndex(self.reason.findData("expired"))
        self.target = named(QComboBox(), "depositMoveTarget", self.tr("Booking or project the deposit moves to"))
        self.note = named(QLineEdit(), "depositActionNote", self.tr("Note"))
        self.note.setMaxLength(500)
        self.problem = error_label("depositActionProblem")
        self.shares = QLabel()
        self.shares.setObjectName("depositForfeitShares")
        self.shares.setWordWrap(True)
        if action == "forfeit":
            form.addRow(self.tr("Reason"), self.reason)
            form.addRow(self.tr("Note"), self.note)
            form.addRow(self.tr("Kept by"), self.shares)
        elif action == "refund":
            self.note.setAccessibleName(self.tr("Why the deposit is given back"))
            self.note.setPlaceholderText(self.tr("e.g. The studio cancelled the session"))
            form.addRow(self.tr("Reason *"), self.note)
            form.addRow("", QLabel(self.tr("The client gets {amount} back.").format(amount=money)))
        else:
            form.addRow(self.tr("Move to"), self.target)
            form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.problem)
        labels = {"forfeit": self.tr("Forfeit"), "refund": self.tr("Refund"), "move": self.tr("Move")}
        self.confirm_button = named(QPushButton(labels[action]), f"deposit{action.title()}Confirm", titles[action])
        self.confirm_button.setProperty("kind", "danger" if action != "move" else "primary")
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "depositActionCancel", self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self.confirm)
        self.note.textChanged.connect(lambda _t: say(self.problem, None))
        if action == "move":
            self.confirm_button.setEnabled(False)  # until the bookings and projects are read
            client_id = held.client_id
            ctx.reads.ask(self, "setup", lambda conn: read_deposit_setup(conn, client_id), self._targets)
        elif action == "forfeit":
            client_id = held.client_id
            ctx.reads.ask(self, "setup", lambda conn: read_deposit_setup(conn, client_id), self._show_shares)

    def primary_button(self) -> QPushButton:
        return self.confirm_button

    def typed(self) -> bool:
        return bool(self.note.text().strip())

    def _show_shares(self, setup: DepositSetup | None) -> None:
        """Who keeps how much of the forfeited deposit, by the studio's policy."""
        self.setup = setup
        if setup is None:
            return
        amount = self.held.amount
        artist, studio = forfeit_shares(setup.policy, amount)
        if self.held.artist_id is None:
            artist, studio = 0, amount
        money = fmt.money_text(studio, setup.currency)
        if artist == 0:
            text = self.tr("The studio keeps all of it: {studio}.").format(studio=money)
        else:
            text = self.tr("{artist} keeps {share}; the studio keeps {studio}.").format(
                artist=self.held.artist_name or self.tr("The artist"),
                share=fmt.money_text(artist, setup.currency),
                studio=money,
            )
        self.shares.setText(text)
        self.shares.setAccessibleName(self.tr("Kept by") + ": " + text)

    def _targets(self, setup: DepositSetup | None) -> None:
        self.setup = setup
        if setup is None:
            return
        zone = zoneinfo.ZoneInfo(setup.zone_name)
        here = {self.held.appointment_id, self.held.project_id}
        for holder in setup.holders:
            if holder.id not in here:
                self.target.addItem(holder_text(holder, zone), str(holder.id))
        if self.target.count() == 0:
            say(self.problem, self.tr("The client has no other booking to come nor open project: book one first."))
        self.confirm_button.setEnabled(self.target.count() > 0)

    def confirm(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        day, staff = self.ctx.today(), self.ctx.who.staff_id
        note = self.note.text().strip()
        op: MutationOp
        if self.action == "forfeit":
            reason = str(self.reason.currentData())
            kept = self._still_good() if reason == "expired" else None
            if kept is not None:
                say(self.problem, kept)
                return
            op = deposit_ops.forfeit_deposit(
                self.held.id, reason, business_date=day, note=note, staff_id=staff, parent=self
            )
        elif self.action == "refund":
            if not note:
                say(self.problem, self.tr("Say why the deposit is given back."))
                self.note.setFocus()
                return
            op = deposit_ops.refund_deposit(self.held.id, note, business_date=day, staff_id=staff, parent=self)
        else:
            chosen = self.target.currentData()
            holder = next((h for h in (self.setup.holders if self.setup else []) if str(h.id) == chosen), None)
            if holder is None:
                return
            where = {"appointment_id" if holder.kind == "appointment" else "project_id": uuid.UUID(chosen)}
            op = deposit_ops.transfer_deposit(
                self.held.id, business_date=day, note=note, staff_id=staff, parent=self, **where
            )
        self.confirm_button.setEnabled(False)
        self.ctx.runner.run(op.success(self._done).failure(self._failed))

    def _still_good(self) -> str | None:
        """Why an "expired" forfeit is refused at the desk: the studio's rule keeps the deposit good
        (a session it holds is to come, or its last one moved its expiry later), though the day
        written on it when it was taken, which the mutation checks, has passed. None: go on (the
        mutation decides when that day has not passed)."""
        held, today = self.held, self.ctx.today()
        written_passed = held.expires_on is not None and today > held.expires_on
        if held.expired or not written_passed:
            return None
        if held.booked_ahead:
            return self.tr("Not saved: this deposit does not expire while a session it holds is still to come.")
        day = fmt.date_text(held.expiry) if held.expiry is not None else ""
        return self.tr("Not saved: this deposit has not expired: it is good until {day}.").format(day=day)

    def _done(self, _applied: Applied) -> None:
        self.done_with.emit(self.held.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        if isinstance(exc, MutationError):
            say(self.problem, self.tr("Not saved: {why}").format(why=refusal_text(exc)))
        else:
            say(self.problem, self.tr("Not saved."))
            errors.show_failure(self, exc)
