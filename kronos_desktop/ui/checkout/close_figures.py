"""The close's figures (issue 16), as the close dialogs show them (close_result.py): what the drawer
should hold and why, line by line, what was counted and the difference in words ("Over"/"Short":
sobra/falta)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from kronos_core.drawer import CashFigures
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate


def difference_text(difference: int) -> str:
    """The difference in words: over (sobra), short (falta) or none."""
    if difference > 0:
        return translate("CloseResult", "Over: {amount} more than expected").format(amount=fmt.money_text(difference))
    if difference < 0:
        return translate("CloseResult", "Short: {amount} less than expected").format(amount=fmt.money_text(-difference))
    return translate("CloseResult", "No difference: the count matches")


def signed_money(amount: int) -> str:
    """Money taken off with the minus sign, as the ticket and the receipt write it (−R$ 40,00)."""
    return "\u2212" + fmt.money_text(-amount) if amount < 0 else fmt.money_text(amount)


def difference_role(difference: int) -> str:
    return "error" if difference else "note"


def figure_rows(figures: CashFigures) -> list[tuple[str, int]]:
    """How the expected amount is made, line by line (signed as they count)."""
    return [
        (translate("CloseResult", "Float"), figures.opening_float),
        (translate("CloseResult", "Cash taken"), figures.cash_taken),
        (translate("CloseResult", "Change given"), -figures.change),
        (translate("CloseResult", "Refunded in cash"), -figures.cash_refunded),
        (translate("CloseResult", "Cash in (suprimentos)"), figures.cash_in),
        (translate("CloseResult", "Cash out (sangrias)"), -figures.cash_out),
    ]


def value_label(object_name: str, text: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


class ResultPanel(QWidget):
    """Expected against counted: the expected amount's lines, the counted total, the difference."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeResult")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.expected = value_label("closeExpected")
        self.counted = value_label("closeCounted")
        self.difference = value_label("closeDifference")
        self.setMaximumWidth(520)  # the figures beside their names, not across a wide dialog

    def show_result(self, figures: CashFigures | None, expected: int, counted: int) -> None:
        while self.form.rowCount():
            self.form.takeRow(0)
        if figures is not None:
            for at, (name, amount) in enumerate(figure_rows(figures)):
                self.form.addRow(name, value_label(f"closeFigure{at}", signed_money(amount), "muted"))
        self.expected.setText(fmt.money_text(expected))
        self.counted.setText(fmt.money_text(counted))
        diff = counted - expected
        self.difference.setText(difference_text(diff))
        self.difference.setProperty("role", difference_role(diff))
        self.difference.style().unpolish(self.difference)
        self.difference.style().polish(self.difference)
        self.form.addRow(translate("CloseResult", "Expected in the drawer"), self.expected)
        self.form.addRow(translate("CloseResult", "Counted"), self.counted)
        self.form.addRow(translate("CloseResult", "Difference"), self.difference)
