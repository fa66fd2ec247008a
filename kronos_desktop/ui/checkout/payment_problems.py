"""Why a ticket cannot close yet, in words: :func:`kronos_core.ticket.closing_problems`'s codes as
the payment dialog says them under its figures (and on its Close button's tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kronos_core.ticket import TicketTotals
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate


def problem_texts(codes: list[str], t: TicketTotals | None, currency: str, instalments_max: int) -> list[str]:
    """One sentence per code, in the order given; an unknown code is said as itself."""

    def money(amount: int) -> str:
        return fmt.money_text(amount, currency)

    texts: list[str] = []
    for code in codes:
        if code == "no_lines":
            texts.append(translate("PaymentProblems", "The ticket has no line: add a service or a product first."))
        elif code == "unpaid" and t is not None:
            text = translate("PaymentProblems", "{amount} of the bill is still to pay.")
            texts.append(text.format(amount=money(t.due - t.paid)))
        elif code == "overpaid" and t is not None:
            text = translate(
                "PaymentProblems",
                "The payments are {amount} above the bill: remove one, or take it again as a tip.",
            )
            texts.append(text.format(amount=money(t.paid - t.due)))
        elif code == "tips_unpaid" and t is not None and t.tips_paid < t.tips:
            text = translate("PaymentProblems", "{amount} of the tips is still to pay.")
            texts.append(text.format(amount=money(t.tips - t.tips_paid)))
        elif code == "tips_unpaid" and t is not None:
            text = translate(
                "PaymentProblems",
                "The payments hold {amount} of tips no artist gets: remove that payment.",
            )
            texts.append(text.format(amount=money(t.tips_paid - t.tips)))
        elif code == "change_not_cash":
            texts.append(translate("PaymentProblems", "Only cash gives change: remove the payment that gives it."))
        elif code == "cash_short":
            texts.append(translate("PaymentProblems", "A cash payment received less than its amount: remove it."))
        elif code == "card_fields":
            texts.append(
                translate(
                    "PaymentProblems",
                    "A card payment lacks its brand, has a fee above it, or has more instalments than the studio offers (up to %n): remove it and take it again.",  # noqa: E501 - one literal for lupdate
                    "",
                    instalments_max,
                )
            )
        elif code == "discount_above_total":
            texts.append(translate("PaymentProblems", "The discount is above the total: change it on the ticket."))
        elif code == "deposit_above_total":
            text = translate("PaymentProblems", "The deposits applied are above the total: change them on the ticket.")
            texts.append(text)
        elif code == "voucher_missing":
            text = translate(
                "PaymentProblems",
                "A voucher payment does not name its voucher: remove it and take it again with the voucher's code.",
            )
            texts.append(text)
        else:
            text = translate("PaymentProblems", "The ticket cannot close yet ({code}).")
            texts.append(text.format(code=code))
    return texts
