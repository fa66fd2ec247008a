"""A manager (or an owner) resets the PIN of a member below them: the new PIN twice, no old PIN
(``ops.staff.reset_pin``); the member uses it at the desk and can change it themselves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kronos_desktop.ops import staff as staff_ops
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store.queries.desk_lock import Member
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.lock.set_pin_dialog import PinDialog

translate = QCoreApplication.translate


class ResetPinDialog(PinDialog):
    def __init__(self, ctx: DeskContext, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, member, translate("ResetPinDialog", "Reset {name}'s PIN").format(name=member.name), parent
        )
        self.setObjectName("resetPinDialog")
        self.setAccessibleName(self.windowTitle())
        self.intro.setText(
            translate(
                "ResetPinDialog",
                "Type a new PIN of 4 to 6 digits for {name} and tell it to them: their old PIN stops working.",
            ).format(name=member.name)
        )
        self.add_new_fields()
        self.new_pin.setFocus()

    def make_op(self) -> MutationOp:
        """A manager's reset: no old PIN asked (the rule of who may is the mutation's)."""
        return staff_ops.reset_pin(self.member.id, self.new_pin.text(), parent=self)
