"""The booking flow with issue 14's two steps around the needle:

- before it: checking in or starting a session with no signed consent form (kronos_core
  .forms_gate) asks first under the studio's policy ``warn`` — "No signed consent form for this
  session. Check in anyway?" — and goes on on a yes; under ``block`` the op's refusal is shown
  (``form_not_signed``, the default refusal dialog);
- the booking's menu item "Consent form…" opens client mode for it (the form points at it);
- after it: the booking's menu item "Session record…" opens the traceability record
  (session_record_dialog.py).

The agenda's commands (commands.py) use this flow in place of the plain BookingFlow."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from kronos_core import forms_gate
from kronos_core.mutations import MutationError
from kronos_desktop.ops import agenda as agenda_ops
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries.booking import Booking
from kronos_desktop.ui.agenda.booking_flow import BookingFlow
from kronos_desktop.ui.agenda.session_record_dialog import SessionRecordDialog
from kronos_desktop.ui.clients.client_mode import ClientModeWindow, open_client_mode
from kronos_desktop.ui.common import errors
from kronos_desktop.ui.context import DeskContext

WARNING = forms_gate.UnsignedFormWarning.code


class SessionFlow(BookingFlow):
    def __init__(self, ctx: DeskContext, parent: QWidget) -> None:
        super().__init__(ctx, parent)
        self.record_dialog: SessionRecordDialog | None = None
        self.unsigned_box: QMessageBox | None = None
        self.client_mode: ClientModeWindow | None = None

    def act(self, appointment_id: uuid.UUID, key: str) -> None:
        if key == "record":
            self.open_record(appointment_id)
        elif key == "form":
            self.ctx.reads.ask(
                self, "form", lambda conn: booking_q.booking(conn, appointment_id), self._open_client_mode
            )
        else:
            super().act(appointment_id, key)

    def _open_client_mode(self, found: Booking | None) -> None:
        """The booking's client fills in and signs a form for it, in client mode."""
        if found is None or found.client is None:
            return
        self.client_mode = open_client_mode(
            self.ctx, found.client.id, appointment_id=found.id, parent=self.widget.window()
        )

    def open_record(self, appointment_id: uuid.UUID) -> SessionRecordDialog:
        """The session's traceability record, on the booking."""
        dialog = SessionRecordDialog(self.ctx, appointment_id, self.widget)
        dialog.saved.connect(lambda _record: self.changed.emit(appointment_id))
        dialog.finished.connect(dialog.deleteLater)
        self.record_dialog = dialog
        dialog.open()
        return dialog

    def set_status(self, appointment_id: uuid.UUID, status: str) -> None:
        if status not in forms_gate.GATED_STATUSES:
            super().set_status(appointment_id, status)
            return
        op = agenda_ops.set_status(appointment_id, status, warn_unsigned=True, parent=self.widget)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, MutationError) and exc.code == WARNING:
                self._ask_unsigned(appointment_id, status)
            else:
                errors.show_failure(self.widget, exc)

        self.ctx.runner.run(op.success(lambda _a: self.changed.emit(appointment_id)).failure(failed))

    def _ask_unsigned(self, appointment_id: uuid.UUID, status: str) -> None:
        """Under the studio's ``warn``: ask, and check in (or start) on a yes."""
        box = QMessageBox(self.widget)
        box.setObjectName("unsignedFormConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        starting = status == "in_progress"
        box.setWindowTitle(self.tr("No signed consent form"))
        box.setText(
            self.tr("No signed consent form for this session. Start anyway?")
            if starting
            else self.tr("No signed consent form for this session. Check in anyway?")
        )
        box.setInformativeText(self.tr("The client can fill in and sign the form at the desk before the session."))
        yes_text = self.tr("Start anyway") if starting else self.tr("Check in anyway")
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("unsignedFormGoOn")
        yes.setAccessibleName(yes_text)
        no = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("unsignedFormNotNow")
        no.setAccessibleName(self.tr("Not now"))
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            self.unsigned_box = None
            if button is yes:
                op = agenda_ops.set_status(appointment_id, status, parent=self.widget)
                self.ctx.runner.run(op.success(lambda _a: self.changed.emit(appointment_id)))

        box.buttonClicked.connect(answered)
        self.unsigned_box = box
        box.open()  # window-modal, not a nested loop: the agenda keeps painting behind it
