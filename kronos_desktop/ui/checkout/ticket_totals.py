"""The ticket's totals, as they change with each line: subtotal, the lines' discounts, the
ticket's discount, the deposits applied, and the total due in large type (from
:func:`kronos_core.ticket.totals`). A ticket that breaks a money rule shows the rule instead
of a total that would be wrong."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kronos_core import ticket
from kronos_core.ticket import TicketDraft, TicketError, TicketTotals
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate
DEPOSIT_PROBLEMS = ("deposit_above_total", "deposit_twice")  # said at the deposits box, not under the totals


def totals_to_show(
    draft: TicketDraft | None, totals: TicketTotals | None, error: TicketError | None
) -> TicketTotals | None:
    """The totals a ticket shows: with a deposit it cannot take (said once, at the deposits box),
    its own figures before deposits, never blanks."""
    if totals is not None or draft is None or error is None or error.code not in DEPOSIT_PROBLEMS:
        return totals
    try:
        return ticket.totals(dataclasses.replace(draft, deposit_ids=[]), {})
    except TicketError:
        return None


def ticket_error_text(error: TicketError) -> str:
    """What a person reads for a broken money rule (kronos_core.ticket's codes)."""
    texts = {
        "discount_above_line": translate("TicketTotals", "A line's discount is larger than the line."),
        "discount_above_total": translate("TicketTotals", "The ticket's discount is larger than the ticket."),
        "deposit_above_total": translate("TicketTotals", "The deposits applied are more than the ticket's total."),
        "deposit_twice": translate("TicketTotals", "A deposit is applied once."),
        "deposit_unknown": translate("TicketTotals", "A deposit applied is no longer held for this client."),
        "quantity": translate("TicketTotals", "A line's quantity is at least 1."),
        "negative": translate("TicketTotals", "An amount cannot be negative."),
        "percent": translate("TicketTotals", "A discount is between 0% and 100%."),
    }
    return texts.get(error.code, str(error))


class TicketTotalsPanel(QFrame):
    """Subtotal, discounts, deposits applied and the total due."""

    ROWS = ("subtotal", "line_discounts", "ticket_discount", "deposit_applied")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketTotals")
        self.setProperty("role", "card")
        self.currency = "BRL"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(2)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for at, key in enumerate((*self.ROWS, "due")):
            caption = QLabel()
            caption.setProperty("role", "caption" if key != "due" else "")
            caption.setWordWrap(key == "ticket_discount")  # its reason may be long
            value = QLabel()
            value.setObjectName(f"ticketTotal_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "due":
                value.setProperty("role", "figure-main")
                caption.setStyleSheet("font-weight: 600;")
            if key == "due":  # its own row: the large figure does not share the captions' column
                due = QHBoxLayout()
                due.addWidget(caption)
                due.addStretch(1)
                due.addWidget(value)
            else:
                grid.addWidget(caption, at, 0)
                grid.addWidget(value, at, 1)
            self.captions[key] = caption
            self.values[key] = value
        self.problem = QLabel()
        self.problem.setObjectName("ticketTotalsProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        outer.addLayout(due)
        outer.addWidget(self.problem)
        self.totals: TicketTotals | None = None
        self.show_totals(None)

    def caption_text(self, key: str) -> str:
        texts = {
            "subtotal": translate("TicketTotals", "Subtotal"),
            "line_discounts": translate("TicketTotals", "Line discounts"),
            "ticket_discount": translate("TicketTotals", "Ticket discount"),
            "deposit_applied": translate("TicketTotals", "Deposit applied"),
            "due": translate("TicketTotals", "Total due"),
        }
        return texts[key]

    def show_totals(
        self,
        totals: TicketTotals | None,
        problem: str | None = None,
        currency: str | None = None,
        ticket_reason: str = "",
    ) -> None:
        """``totals`` (None: nothing to show, or ``problem`` says why); ``ticket_reason``: why the
        ticket's discount was given, said beside it."""
        if currency is not None:
            self.currency = currency
        self.totals = totals
        amounts = {
            "subtotal": totals.subtotal if totals else 0,
            "line_discounts": -totals.line_discounts if totals else 0,
            "ticket_discount": -totals.ticket_discount if totals else 0,
            "deposit_applied": -totals.deposit_applied if totals else 0,
            "due": totals.due if totals else 0,
        }
        for key, value in self.values.items():
            caption = self.caption_text(key)
            if key == "ticket_discount" and ticket_reason.strip():
                caption = translate("TicketTotals", "Ticket discount ({reason})").format(reason=ticket_reason.strip())
            self.captions[key].setText(caption)
            text = fmt.money_text(amounts[key], self.currency).replace("-", "−") if totals or not problem else "—"
            value.setText(text)
            value.setAccessibleName(f"{caption}: {text}")
            # the rows with nothing in them step aside (a plain ticket reads subtotal, total)
            shown = key in ("subtotal", "due") or bool(amounts[key])
            self.captions[key].setVisible(shown)
            value.setVisible(shown)
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
