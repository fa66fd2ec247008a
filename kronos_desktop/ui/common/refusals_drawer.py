"""Issue 16's refusals (the cash drawer and the day's close, gift vouchers, stock) in the
receptionist's language, kept apart from :mod:`kronos_desktop.ui.common.refusals` (which adds
them to its ``TEXTS``). Codes: the contract's (kronos_core/mutations/drawer.py, vouchers.py,
stock.py) and the desk's own checks before a write (``voucher_<problem>`` of
``kronos_core.vouchers.redeem_problem``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from kronos_desktop.ui.common.fmt import money_text

translate = QCoreApplication.translate

Params = Mapping[str, str]


def _money(centavos: str) -> str:
    """A balance sent as centavos in a string ("-2500"), as money (as sent, if it is not a number)."""
    try:
        return money_text(int(centavos))
    except ValueError:
        return centavos


DRAWER_TEXTS: dict[str, Callable[[Params], str]] = {
    # the drawer and its day
    "drawer_unknown": lambda p: translate(
        "Refusals", "This cash drawer is not in the studio: another desk may not have sent it yet."
    ),
    "session_already_open": lambda p: translate(
        "Refusals", "This drawer's day is open already (maybe on another desk): use the open day."
    ),
    "session_unknown": lambda p: translate(
        "Refusals", "This drawer's day is not on this desk: open the day first, or wait for the sync."
    ),
    "session_closed": lambda p: translate(
        "Refusals", "This drawer's day is closed: a manager must reopen it before anything else is recorded."
    ),
    "drawer_missing": lambda p: translate(
        "Refusals", "This studio has no cash drawer yet: an owner or a manager opens its first day."
    ),
    "cash_out_over_drawer": lambda p: translate(
        "Refusals", "This is more than the drawer holds: an owner or a manager must confirm this cash out."
    ),
    "session_open": lambda p: translate("Refusals", "This drawer's day is open: only a closed day can be reopened."),
    # the count at the close
    "note_required": lambda p: translate(
        "Refusals", "The count does not match what was expected: write a note saying why before closing."
    ),
    "count_negative": lambda p: translate(
        "Refusals", "A count cannot have a negative quantity: type how many notes or coins there are (0 or more)."
    ),
    "count_unknown_denomination": lambda p: translate(
        "Refusals", "The count has a note or coin that is not Brazilian money: count only real notes and coins."
    ),
    "count_total_wrong": lambda p: translate(
        "Refusals", "The count's total does not match its notes and coins: count the drawer again."
    ),
    # gift vouchers
    "voucher_code_taken": lambda p: translate(
        "Refusals", "This voucher code is used already: the desk draws another, try again."
    ),
    "voucher_unknown": lambda p: translate(
        "Refusals", "No gift voucher has this code: check the code on the card (letters and digits)."
    ),
    "voucher_spent": lambda p: translate("Refusals", "This gift voucher is spent: nothing is left on it."),
    "voucher_over_balance": lambda p: translate(
        "Refusals", "The amount is more than what is left on the gift voucher: use at most its balance."
    ),
    "voucher_expired": lambda p: translate("Refusals", "This gift voucher has expired: it can no longer be used."),
    "voucher_not_positive": lambda p: translate("Refusals", "Type an amount above zero to use from the voucher."),
    "voucher_overdrawn": lambda p: translate(
        "Refusals", "Gift voucher {code} was used beyond its value on two desks: its balance is {balance}."
    ).format(code=p.get("code", ""), balance=_money(p.get("balance", ""))),
    "payment_voucher_missing": lambda p: translate(
        "Refusals", "A payment used a gift voucher this studio does not have: check it with the client."
    ),
    # stock
    "product_unknown": lambda p: translate(
        "Refusals", "This product is not in the studio: another desk may not have sent it yet."
    ),
    "reason_required": lambda p: translate("Refusals", "Say why the stock changes: the reason is required."),
}
