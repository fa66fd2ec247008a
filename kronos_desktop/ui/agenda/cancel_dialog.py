"""Cancel a booking: why (required), and whether it is a late cancellation by the studio's rule
(``late_cancel_hours`` before the start, by the desk's clock) said before it is confirmed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kronos_core.mutations import MutationError
from kronos_desktop.ops import agenda as agenda_ops
from kronos_desktop.store import Applied
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries.booking import CancelFacts
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.ui.agenda.client_finder import error_label
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import themed


class CancelDialog(KeyedDialog):
    cancelled = Signal(object)  # the booking's id, once cancelled

    def __init__(self, ctx: DeskContext, appointment_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment_id = appointment_id
        self.facts: CancelFacts | None = None
        self.setObjectName("cancelDialog")
        self.setWindowTitle(self.tr("Cancel booking"))
        self.setAccessibleName(self.tr("Cancel booking"))
        self.setModal(True)
        self.setMinimumWidth(460)

        self.which = QLabel()
        self.which.setObjectName("cancelWhich")
        self.which.setWordWrap(True)
        self.late = QLabel()
        self.late.setObjectName("cancelLate")
        self.late.setWordWrap(True)
        self.reason = named(QLineEdit(), "cancelReason", self.tr("Why it is cancelled"))
        self.reason.setPlaceholderText(self.tr("e.g. The client is ill"))
        self.reason.setMaxLength(500)
        self.reason_error = error_label("cancelReasonError")
        self.form_error = error_label("cancelFormError")
        self.confirm_button = named(
            QPushButton(self.tr("Cancel the booking")), "cancelConfirm", self.tr("Cancel the booking")
        )
        self.confirm_button.setProperty("kind", "danger")
        self.confirm_button.setEnabled(False)  # until the booking is read
        self.keep_button = named(QPushButton(self.tr("Keep the booking")), "cancelKeep", self.tr("Keep the booking"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.which)
        layout.addWidget(self.late)
        layout.addWidget(QLabel(self.tr("Reason *")))
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

        self.confirm_button.clicked.connect(self.confirm)
        self.keep_button.clicked.connect(self.reject)
        ctx.reads.ask(self, "facts", lambda conn: booking_q.cancel_facts(conn, appointment_id), self._show)

    def primary_button(self) -> QPushButton:
        return self.confirm_button

    def typed(self) -> bool:
        return bool(self.reason.text().strip())

    def _show(self, facts: CancelFacts | None) -> None:
        self.facts = facts
        if facts is None:
            self.which.setText(self.tr("This booking is no longer there."))
            return
        found, zone = facts.booking, zone_or_default(facts.zone_name)
        when = (
            fmt.date_text(found.starts_at.astimezone(zone).date())
            + " "
            + fmt.time_range_text(found.starts_at, found.ends_at, zone)
        )
        who = facts.client_name or fmt.kind_label(found.kind)
        self.which.setText(self.tr("Cancel the booking of {who}, {when}?").format(who=who, when=when))
        if facts.late:
            self.late.setText(
                self.tr(
                    "Late cancellation: less than %n hour(s) before the start. It is recorded as late.",
                    "",
                    facts.late_cancel_hours,
                )
            )
            themed(self.late, "color: @error@; font-weight: bold;")
        else:
            self.late.setText(self.tr("Not late: more than %n hour(s) before the start.", "", facts.late_cancel_hours))
            self.late.setStyleSheet("")
        self.confirm_button.setEnabled(True)
        self.reason.setFocus()

    def confirm(self) -> None:
        if self.facts is None:
            return
        reason = self.reason.text().strip()
        self.reason_error.setText(self.tr("Say why the booking is cancelled."))
        self.reason_error.setVisible(not reason)
        if not reason:
            self.reason.setFocus()
            return
        now = self.ctx.reader.now(self.ctx.desk())
        self.confirm_button.setEnabled(False)
        op = agenda_ops.cancel(self.appointment_id, reason, cancelled_at=now, parent=self)
        self.ctx.runner.run(op.success(self._done).failure(self._failed))

    def _done(self, _applied: Applied) -> None:
        self.cancelled.emit(self.appointment_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        if isinstance(exc, MutationError):
            self.form_error.setText(self.tr("Not cancelled: {why}").format(why=refusal_text(exc)))
        else:
            self.form_error.setText(self.tr("Not cancelled."))
            errors.show_failure(self, exc)
        self.form_error.show()
