"""File → Change my PIN…: the member at the desk types their current PIN, then the new one
twice (``ops.studio.set_pin`` with ``acting_staff_id`` and ``old_pin``: the desk checks the old
one, the server cannot). At a desk whose role may not set that member's PIN, the change waits
for a manager's approval in the conflicts inbox, and the dialog says so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from kronos_core.mutations import MutationError
from kronos_core.pins import PIN_PATTERN
from kronos_desktop.store import Applied
from kronos_desktop.store.queries.desk_lock import Member
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.lock.set_pin_dialog import PinDialog, pin_field

translate = QCoreApplication.translate


class ChangePinDialog(PinDialog):
    def __init__(self, ctx: DeskContext, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member, translate("ChangePinDialog", "Change my PIN"), parent)
        self.setObjectName("changePinDialog")
        self.intro.setText(
            translate("ChangePinDialog", "{name}, type your current PIN, then the new one twice.").format(
                name=member.name
            )
        )
        self.current = pin_field("currentPin", translate("ChangePinDialog", "Current PIN"))
        self.form.addRow(translate("ChangePinDialog", "Current PIN"), self.current)
        self.add_new_fields()
        self.current.setFocus()

    def problem(self) -> tuple[str, QLineEdit] | None:
        if PIN_PATTERN.fullmatch(self.current.text()) is None:
            return translate("ChangePinDialog", "Type your current PIN (4 to 6 digits)."), self.current
        return super().problem()

    def old_pin(self) -> str | None:
        return self.current.text()

    def _saved(self, applied: Applied) -> None:
        if "sync_conflict" in applied.changed:  # held for a manager's approval
            box = QMessageBox(self.parentWidget())
            box.setObjectName("pinAwaitsApprovalDialog")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(translate("ChangePinDialog", "Change my PIN"))
            box.setText(translate("ChangePinDialog", "Your new PIN waits for a manager's approval."))
            box.setInformativeText(
                translate("ChangePinDialog", "Until a manager approves it, your current PIN stays the one to type.")
            )
            box.open()
            self.awaits_box = box
        super()._saved(applied)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, MutationError) and exc.code == "pin_old_mismatch":
            self.saving = False
            self.ok.setEnabled(True)
            self.say(translate("ChangePinDialog", "The current PIN typed is not right."), self.current)
            return
        super()._refused(exc)
