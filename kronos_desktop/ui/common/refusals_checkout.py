"""The checkout's refusals (issue 15: deposits, tickets) in the receptionist's language, kept
apart from :mod:`kronos_desktop.ui.common.refusals` (which adds them to its ``TEXTS``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from kronos_desktop.ui.common.fmt import date_text

translate = QCoreApplication.translate

Params = Mapping[str, str]


def _day(iso: str) -> str:
    try:
        return date_text(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def deposit_status_word(status: str) -> str:
    """A deposit's status (kronos_core.schema_base.DEPOSIT_STATUSES) as a refusal says it."""
    names: dict[str, Callable[[], str]] = {
        "held": lambda: translate("Refusals", "held", "deposit"),
        "applied": lambda: translate("Refusals", "applied to a sale", "deposit"),
        "forfeited": lambda: translate("Refusals", "forfeited", "deposit"),
        "refunded": lambda: translate("Refusals", "refunded", "deposit"),
        "transferred": lambda: translate("Refusals", "moved to another booking or project", "deposit"),
    }
    name = names.get(status)
    return name() if name is not None else status


def _other_client(p: Params) -> str:
    if p.get("what") == "project":
        return translate("Refusals", "This project is another client's: choose one of this client's projects.")
    if p.get("what") == "appointment":
        return translate("Refusals", "This booking is another client's: choose one of this client's bookings.")
    return translate("Refusals", "This deposit is another client's: it cannot be used for this client.")


def _not_expired(p: Params) -> str:
    """An ``expired`` forfeit the studio's rule refuses (kronos_core/mutations/deposits.py): a
    session the deposit holds is still to come, or its last good day is not past."""
    if p.get("next_session"):
        return translate(
            "Refusals", "This deposit has not expired: it holds a session still to come, on {day}."
        ).format(day=_day(p["next_session"]))
    if not p.get("expires_on"):
        return translate("Refusals", "This deposit does not expire.")
    return translate("Refusals", "This deposit has not expired: it is valid until {day}.").format(
        day=_day(p["expires_on"])
    )


CHECKOUT_TEXTS: dict[str, Callable[[Params], str]] = {
    "deposit_unknown": lambda p: translate(
        "Refusals", "This deposit is not in the studio: another desk may not have sent it yet."
    ),
    "deposit_not_held": lambda p: translate(
        "Refusals", "This deposit is no longer held: it was {status} meanwhile."
    ).format(status=deposit_status_word(p.get("status", ""))),
    "deposit_other_client": _other_client,
    "deposit_above_total": lambda p: translate(
        "Refusals", "The deposits applied are more than the ticket's total: apply fewer deposits."
    ),
    "deposit_not_expired": _not_expired,
    "deposit_no_show_kept": lambda p: translate(
        "Refusals", "The studio's policy keeps the deposit when a client does not show up."
    ),
    "deposit_not_late": lambda p: translate(
        "Refusals", "The client is not a no-show yet: the policy counts one after {minutes} minutes late."
    ).format(minutes=p.get("minutes", "")),
    "deposit_not_late_cancel": lambda p: translate(
        "Refusals", "The booking was not cancelled late: the policy keeps the deposit only within {hours} hours."
    ).format(hours=p.get("hours", "")),
    "deposit_transfer_nowhere": lambda p: translate(
        "Refusals", "Choose the project or the booking the deposit moves to."
    ),
    "discount_above_total": lambda p: translate(
        "Refusals", "The ticket's discount is larger than the ticket: give a smaller discount."
    ),
    # The desk's own checks before a close or a deposit (kronos_desktop/ops/checkout.py): the
    # payment dialog says each problem itself; these are what any other place says.
    "ticket_cannot_close": lambda p: translate(
        "Refusals", "The ticket cannot close yet: what was paid must match what is due, with every payment complete."
    ),
    "deposit_payment": lambda p: translate(
        "Refusals",
        "The deposit's payment does not match it: the money taken must be the deposit's amount, without a tip.",
    ),
    "ticket_already_open": lambda p: translate(
        "Refusals", "This booking already has an open ticket: open it from Open tickets in the Caixa."
    ),
}
