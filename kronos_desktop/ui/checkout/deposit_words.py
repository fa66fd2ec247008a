"""A deposit's words on the desk: its status (a held one past its expiry: "Expired"), when it
expires, its ledger's entries, why the studio kept it, what it is for."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QCoreApplication

from kronos_desktop.store.queries.checkout_deposits import DepositRow
from kronos_desktop.ui.checkout.deposit_read import Holder
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate


def status_label(status: str) -> str:
    """kronos_core.schema_base.DEPOSIT_STATUSES as the client record shows them."""
    labels = {
        "held": translate("Deposits", "Held", "deposit"),
        "applied": translate("Deposits", "Applied", "deposit"),
        "forfeited": translate("Deposits", "Forfeited", "deposit"),
        "refunded": translate("Deposits", "Refunded", "deposit"),
        "transferred": translate("Deposits", "Moved", "deposit"),
    }
    return labels.get(status, status)


def state_label(row: DepositRow) -> str:
    """A deposit's status as the client record shows it: a held one past its expiry is "Expired"
    (its money still held until someone forfeits it)."""
    if row.status == "held" and row.expired:
        return translate("Deposits", "Expired", "deposit")
    return status_label(row.status)


def expiry_text(row: DepositRow) -> str:
    """When a deposit expires, for the record's "Expires" column: the last day it is good for, or
    "While booked" when a session it holds is still to come (nothing, once no longer held)."""
    if row.booked_ahead:
        return translate("Deposits", "While booked")
    return fmt.date_text(row.expiry) if row.expiry is not None else ""


def expiry_note(row: DepositRow) -> str | None:
    """A sentence on a held deposit's expiry (a tooltip; None when there is nothing to say)."""
    if row.status != "held":
        return None
    if row.expired and row.expiry is not None:
        return translate(
            "Deposits", "Expired: it was good until {date}. The studio's policy keeps it: forfeit it as expired."
        ).format(date=fmt.date_text(row.expiry))
    if row.booked_ahead:
        return translate("Deposits", "It does not expire while a session it holds is still to come.")
    if row.expiry is not None:
        return translate("Deposits", "Good until {date}.").format(date=fmt.date_text(row.expiry))
    return None


def entry_label(kind: str) -> str:
    """kronos_core.schema_base.DEPOSIT_ENTRY_KINDS: one line of a deposit's ledger."""
    labels = {
        "taken": translate("Deposits", "Taken"),
        "applied": translate("Deposits", "Applied to a sale"),
        "forfeited": translate("Deposits", "Forfeited"),
        "refunded": translate("Deposits", "Refunded"),
        "transferred": translate("Deposits", "Moved"),
        "rescheduled": translate("Deposits", "Booking rescheduled"),
        "returned": translate("Deposits", "Returned (sale voided)"),
    }
    return labels.get(kind, kind)


def forfeit_reason_label(reason: str) -> str:
    """kronos_core.schema_base.DEPOSIT_FORFEIT_REASONS."""
    labels = {
        "no_show": translate("Deposits", "The client did not come (no-show)"),
        "late_cancel": translate("Deposits", "Cancelled too late"),
        "expired": translate("Deposits", "Expired"),
        "reschedules": translate("Deposits", "Rescheduled too many times"),
    }
    return labels.get(reason, reason)


def holder_text(holder: Holder, zone: zoneinfo.ZoneInfo) -> str:
    """A booking or project a deposit is for, as the deposit dialogs list it."""
    if holder.kind == "project":
        return translate("Deposits", "Project: {title}").format(title=holder.title or "")
    assert holder.starts_at is not None
    when = fmt.date_text(holder.starts_at.astimezone(zone).date()) + " " + fmt.time_text(holder.starts_at, zone)
    text = translate("Deposits", "Booking {when} with {artist}").format(when=when, artist=holder.artist_name or "")
    return f"{text} · {holder.title}" if holder.title else text
