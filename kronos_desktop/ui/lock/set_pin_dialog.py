"""Setting a member's first PIN at the desk: the new PIN twice (4 to 6 digits, the same both
times), then ``ops.studio.set_pin`` as the member themselves (only the hash is stored and
synced). :class:`PinDialog` is what this and the change of one's own PIN share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kronos_core.mutations import MutationError
from kronos_core.pins import PIN_MAX_DIGITS, PIN_PATTERN
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.ops.studio import set_pin
from kronos_desktop.store import Applied
from kronos_desktop.store.queries.desk_lock import Member
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.errors import show_failure
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate


def pin_field(object_name: str, accessible: str) -> QLineEdit:
    field = named(QLineEdit(), object_name, accessible)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{PIN_MAX_DIGITS}}}"), field))
    field.setMaxLength(6)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field


class PinDialog(KeyedDialog):
    """A new PIN typed twice, checked here before anything is stored."""

    pin_set = Signal()

    def __init__(self, ctx: DeskContext, member: Member, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.setWindowTitle(title)
        self.setModal(True)
        self.intro = QLabel()
        self.intro.setObjectName("pinDialogIntro")
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.new_pin = pin_field("newPin", translate("PinDialog", "New PIN"))
        self.again = pin_field("newPinAgain", translate("PinDialog", "New PIN again"))
        self.message = QLabel()
        self.message.setObjectName("pinDialogMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("pinDialogOk")
        self.ok.setText(translate("PinDialog", "Save PIN"))
        self.ok.setProperty("kind", "primary")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("pinDialogCancel")
        self.ok.setAccessibleName(self.ok.text())
        cancel.setAccessibleName(cancel.text())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.saving = False

    def add_new_fields(self) -> None:
        self.form.addRow(translate("PinDialog", "New PIN (4 to 6 digits)"), self.new_pin)
        self.form.addRow(translate("PinDialog", "New PIN again"), self.again)

    def primary_button(self) -> QPushButton | None:
        return self.ok

    def typed(self) -> bool:
        """A PIN typed in any field: Esc asks before dropping it, as every dialog does."""
        return any(field.text() for field in self.findChildren(QLineEdit))

    def say(self, text: str, field: QLineEdit | None = None) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        if field is not None:
            field.setFocus()
            field.selectAll()

    def problem(self) -> tuple[str, QLineEdit] | None:
        """What is wrong with what was typed (and the field to fix), or None."""
        if PIN_PATTERN.fullmatch(self.new_pin.text()) is None:
            return translate("PinDialog", "A PIN has 4 to 6 digits."), self.new_pin
        if self.again.text() != self.new_pin.text():
            return translate("PinDialog", "The two PINs typed are not the same."), self.again
        return None

    def old_pin(self) -> str | None:
        return None

    def save(self) -> None:
        if self.saving:
            return
        found = self.problem()
        if found is not None:
            self.say(*found)
            return
        self.say("")
        self.saving = True
        self.ok.setEnabled(False)
        self.ctx.runner.run(self.make_op().success(self._saved).failure(self._refused))

    def make_op(self) -> MutationOp:
        """What saving runs: the member's own PIN set (the old one checked where asked)."""
        return set_pin(
            self.member.id, self.new_pin.text(), acting_staff_id=self.member.id, old_pin=self.old_pin(), parent=self
        )

    def _saved(self, applied: Applied) -> None:
        self.saving = False
        self.pin_set.emit()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.saving = False
        self.ok.setEnabled(True)
        if not isinstance(exc, MutationError):
            show_failure(self, exc)
            return
        self.say(refusal_text(exc), self.new_pin)


class SetPinDialog(PinDialog):
    """A member's first PIN, on their first pick at a desk that may set it."""

    def __init__(self, ctx: DeskContext, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member, translate("SetPinDialog", "Set your PIN"), parent)
        self.setObjectName("setPinDialog")
        self.intro.setText(
            translate(
                "SetPinDialog",
                "{name}, choose a PIN of 4 to 6 digits. You will type it each time you step up to the desk.",
            ).format(name=self.member.name)
        )
        self.add_new_fields()
        self.new_pin.setFocus()
