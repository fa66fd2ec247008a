"""A line edit for money as people type it (``1.234,56``, ``12,5``, ``R$ 90``): it parses with
:func:`kronos_core.money.parse_money` in the desk's language, says under itself what is wrong,
and gives integer centavos.

Use::

    price = MoneyField(self, object_name="linePrice", accessible_name=self.tr("Unit price"))
    form.addRow(self.tr("Price"), price.with_message())  # the field over its message line
    price.value()  # int centavos, or None (empty or not an amount)
    price.amountChanged  # emitted as the text changes: the amount or None

A rule of the caller (a discount above its line) is shown in the same place with
``set_problem(text)`` and cleared with ``set_problem(None)``; while one is set, ``is_valid()`` is
False but ``value()`` still gives what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from kronos_core.money import format_money, parse_money
from kronos_desktop import i18n

translate = QCoreApplication.translate

_SYMBOLS = ("R$", "US$", "€")


def amount_text(amount: int, language: str) -> str:
    """Centavos as typed in ``language`` without the currency: ``1.234,56`` / ``1,234.56``."""
    text = format_money(amount, language, "BRL").replace("\u00a0", "")
    for symbol in _SYMBOLS:
        text = text.replace(symbol, "")
    return text.strip()


def parse_problem(text: str, language: str) -> tuple[int | None, str | None]:
    """(centavos, None) for an amount; (None, message) for anything else; (None, None) when empty."""
    stripped = text.strip()
    if not stripped:
        return None, None
    if stripped.startswith("-"):
        return None, translate("MoneyField", "An amount cannot be negative.")
    try:
        value = parse_money(stripped, language)
    except ValueError:
        example = amount_text(123_456, language)
        return None, translate("MoneyField", "Not an amount: type it like {example}.").format(example=example)
    if value < 0:
        return None, translate("MoneyField", "An amount cannot be negative.")
    return value, None


class MoneyField(QLineEdit):
    """Money typed by a person. ``value()`` is integer centavos (None: empty or not an amount)."""

    amountChanged = Signal(object)  # int | None

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        object_name: str = "moneyField",
        accessible_name: str = "",
        language: str | None = None,
        required: bool = False,
    ) -> None:
        super().__init__(parent)
        self.language = language or i18n.current_language()
        self.required = required
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name or translate("MoneyField", "Amount"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(amount_text(0, self.language))
        self.message = QLabel()
        self.message.setObjectName(f"{object_name}Problem")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self._problem: str | None = None  # the caller's rule, over the parse's message
        self._shown_once = False  # a parse message waits for the first editingFinished
        self.textChanged.connect(self._changed)
        self.editingFinished.connect(self._finished)

    # -- the value -----------------------------------------------------------------------------
    def value(self) -> int | None:
        return parse_problem(self.text(), self.language)[0]

    def set_value(self, amount: int | None) -> None:
        self.setText("" if amount is None else amount_text(amount, self.language))
        self._shown_once = False
        self._refresh()

    def parse_message(self) -> str | None:
        """What is wrong with the text itself (None: an amount, or empty and not required)."""
        text = self.text()
        if not text.strip() and self.required:
            return translate("MoneyField", "Type an amount.")
        return parse_problem(text, self.language)[1]

    def is_valid(self) -> bool:
        return self._problem is None and self.parse_message() is None

    def problem(self) -> str | None:
        """The message shown now (or that would be shown: ``check()`` shows it)."""
        return self._problem or self.parse_message()

    def set_problem(self, text: str | None) -> None:
        """A rule of the caller's (a discount above its line): shown under the field until cleared."""
        self._problem = text or None
        self._refresh()

    def check(self) -> bool:
        """Show whatever is wrong now (e.g. on OK) and say whether the field is right."""
        self._shown_once = True
        self._refresh()
        return self.is_valid()

    # -- the message line ---------------------------------------------------------------------
    def with_message(self, parent: QWidget | None = None) -> QWidget:
        """The field over its message line, for a form's row."""
        box = QWidget(parent)
        box.setObjectName(f"{self.objectName()}Box")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self)
        layout.addWidget(self.message)
        return box

    def _changed(self, _text: str) -> None:
        self._refresh()
        self.amountChanged.emit(self.value())

    def _finished(self) -> None:
        self._shown_once = True
        value = self.value()
        if value is not None:
            tidy = amount_text(value, self.language)
            if tidy != self.text():
                self.blockSignals(True)
                self.setText(tidy)
                self.blockSignals(False)
        self._refresh()

    def _refresh(self) -> None:
        # A half-typed amount ("1.2" on the way to "1.234") is not scolded until the field is
        # left or checked; once shown, the message follows the text and goes when it is right.
        message = self._problem or (self.parse_message() if self._shown_once else None)
        self.message.setText(message or "")
        if self.message.parentWidget() is not None:  # never a window of its own
            self.message.setVisible(bool(message))
        self.setProperty("invalid", bool(message))
        self.style().unpolish(self)
        self.style().polish(self)
        self.setToolTip(message or "")
