"""The PIN pad: the member's initials and name, a dot for each digit typed, the digits 0-9 as
large buttons (or typed on the keyboard), Backspace, OK (or Enter) and Back (or Esc) to the
picker. A PIN is 4 to 6 digits. A wrong one clears the dots, shakes them and says how many tries
are left."""

from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kronos_core.pins import PIN_MAX_DIGITS, PIN_MIN_DIGITS
from kronos_desktop.store.queries.desk_lock import Member
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.lock.picker import member_fill, text_on

MIN_DIGITS = PIN_MIN_DIGITS
MAX_DIGITS = PIN_MAX_DIGITS

_KEY_STYLE = (
    "QPushButton { font-size: 22px; font-weight: 600;"
    " min-width: 84px; max-width: 84px; min-height: 42px; max-height: 42px; }"
)
_BADGE_STYLE = (
    "QLabel {{ background: {color}; color: {text}; border-radius: 22px; font-size: 17px; font-weight: 700; }}"
)


class PinPad(QWidget):
    """Typing a PIN. ``submitted(str)`` on OK/Enter with 4-6 digits; ``back`` on Back/Esc."""

    submitted = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.member: Member | None = None
        self._digits = ""
        self._busy = False

        self.badge = QLabel()
        self.badge.setObjectName("pinPadInitials")
        self.badge.setFixedSize(44, 44)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label = QLabel()
        self.name_label.setObjectName("pinPadName")
        self.name_label.setProperty("role", "title")
        self.role_label = QLabel()
        self.role_label.setObjectName("pinPadRole")
        self.role_label.setProperty("role", "muted")
        who = QVBoxLayout()
        who.setSpacing(0)
        who.addWidget(self.name_label)
        who.addWidget(self.role_label)
        head = QHBoxLayout()
        head.addStretch(1)
        head.addWidget(self.badge)
        head.addSpacing(10)
        head.addLayout(who)
        head.addStretch(1)

        self.dots = QLabel()
        self.dots.setObjectName("pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(34)
        self.dots.setStyleSheet("QLabel { font-size: 28px; letter-spacing: 6px; color: palette(link); }")
        self.message = QLabel()
        self.message.setObjectName("pinPadMessage")
        self.message.setProperty("role", "error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(22)

        keys = QGridLayout()
        keys.setSpacing(8)
        self.digit_buttons: dict[str, QPushButton] = {}
        for i, digit in enumerate("123456789"):
            keys.addWidget(self._digit_button(digit), i // 3, i % 3)
        self.backspace_button = named(
            QPushButton("⌫"), "pinBackspace", self.tr("Delete the last digit"), self.tr("Delete the last digit")
        )
        self.ok_button = named(QPushButton(self.tr("OK")), "pinOk", self.tr("Enter the PIN"))
        self.ok_button.setProperty("kind", "primary")
        for button in (self.backspace_button, self.ok_button):
            button.setStyleSheet(_KEY_STYLE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        keys.addWidget(self.backspace_button, 3, 0)
        keys.addWidget(self._digit_button("0"), 3, 1)
        keys.addWidget(self.ok_button, 3, 2)
        self.backspace_button.clicked.connect(self.backspace)
        self.ok_button.clicked.connect(self.submit)

        self.back_button = named(
            QPushButton(self.tr("← Someone else")), "pinBack", self.tr("Back to the list of people")
        )
        self.back_button.setProperty("flat", "nav")
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.back)

        column = QVBoxLayout()
        column.setSpacing(6)
        column.addStretch(1)  # the room to spare goes above and below the pad, not inside it
        column.addLayout(head)
        column.addWidget(self.dots)
        column.addWidget(self.message)
        column.addLayout(keys)
        column.addSpacing(4)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column)
        outer.addStretch(1)

        self._shake = QVariantAnimation(self)
        self._shake.setDuration(360)
        self._shake.setStartValue(0.0)
        self._shake.setEndValue(1.0)
        self._shake.setEasingCurve(QEasingCurve.Type.Linear)
        self._shake.valueChanged.connect(self._shake_step)
        self._show_dots()

    def _digit_button(self, digit: str) -> QPushButton:
        button = named(QPushButton(digit), f"pinDigit{digit}", self.tr("Digit {digit}").format(digit=digit))
        button.setStyleSheet(_KEY_STYLE)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard types into the pad itself
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _checked=False, d=digit: self.type_digit(d))
        self.digit_buttons[digit] = button
        return button

    # -- who --------------------------------------------------------------------------------
    def set_member(self, member: Member) -> None:
        self.member = member
        self.badge.setText(member.initials)
        fill = member_fill(member.color)
        self.badge.setStyleSheet(_BADGE_STYLE.format(color=fill.name(), text=text_on(fill).name()))
        self.name_label.setText(member.name)
        self.role_label.setText(fmt.role_label(member.role.value))
        self.setAccessibleName(self.tr("PIN for {name}").format(name=member.name))
        self.clear()
        self.say("")
        self.set_busy(False)

    # -- typing -----------------------------------------------------------------------------
    def pin(self) -> str:
        return self._digits

    def type_digit(self, digit: str) -> None:
        if self._busy or len(self._digits) >= MAX_DIGITS:
            return
        self._digits += digit
        if len(self._digits) == 1:
            self.say("")
        self._show_dots()

    def backspace(self) -> None:
        if not self._busy:
            self._digits = self._digits[:-1]
            self._show_dots()

    def clear(self) -> None:
        self._digits = ""
        self._show_dots()

    def submit(self) -> None:
        if self._busy:
            return
        if len(self._digits) < MIN_DIGITS:
            self.say(self.tr("A PIN has 4 to 6 digits."))
            self.shake()
            return
        self.submitted.emit(self._digits)

    def set_busy(self, busy: bool) -> None:
        """While the PIN is being checked, typing waits."""
        self._busy = busy
        self.ok_button.setEnabled(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def wrong(self, text: str) -> None:
        """A wrong PIN: the dots clear and shake, and the pad says ``text``."""
        self.set_busy(False)
        self.clear()
        self.say(text)
        self.shake()

    def _show_dots(self) -> None:
        shown = "●" * len(self._digits) + "○" * max(MIN_DIGITS - len(self._digits), 0)
        self.dots.setText(shown)
        self.dots.setAccessibleName(self.tr("%Ln digit(s) typed", "", len(self._digits)))
        self.backspace_button.setEnabled(bool(self._digits))

    # -- the shake ----------------------------------------------------------------------------
    def shake(self) -> None:
        self._shake.stop()
        self._shake.start()

    def _shake_step(self, value: float) -> None:
        offset = 0 if value >= 1.0 else int(10 * math.sin(value * math.pi * 6) * (1 - value))
        self.dots.setContentsMargins(max(offset, 0) * 2, 0, max(-offset, 0) * 2, 0)

    # -- the keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if text and text.isdigit() and len(text) == 1:
            self.type_digit(text)
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)
