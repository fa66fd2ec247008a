"""A change (a mutation) in words a receptionist understands: "Book Ana Souza with Rafa on
03/12/2026, 14:00 – 16:00" where its arguments and the desk's rows allow, otherwise a readable
name of the change ("New client"). Used by the conflicts inbox to say what a redo will do, and
what a change stored for review is about ("Payment of R$ 150,00 recorded; the sale was not
found: review it")."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from kronos_desktop.sync.inbox import InboxItem, RefusedChange
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate


def change_label(name: str | None) -> str:
    """The kind of change, as a noun ("Booking")."""
    labels = {
        "appointment.book": translate("Conflicts", "Booking"),
        "appointment.reschedule": translate("Conflicts", "Rescheduling"),
        "appointment.cancel": translate("Conflicts", "Cancellation"),
        "appointment.set_status": translate("Conflicts", "Booking status"),
        "appointment.edit": translate("Conflicts", "Booking details"),
        "project.create": translate("Conflicts", "New project"),
        "project.update": translate("Conflicts", "Project details"),
        "time_off.add": translate("Conflicts", "New time off"),
        "time_off.remove": translate("Conflicts", "Time off removed"),
        "time_off.restore": translate("Conflicts", "Time off restored"),
        "time_off.exclude_day": translate("Conflicts", "Day taken out of time off"),
        "time_off.restore_day": translate("Conflicts", "Day put back in time off"),
        "client.create": translate("Conflicts", "New client"),
        "client.update": translate("Conflicts", "Client details"),
        "client.merge": translate("Conflicts", "Merge of client records"),
        "client.erase": translate("Conflicts", "Erasure of a client's data (LGPD)"),
        "client.export_recorded": translate("Conflicts", "Export of a client's data (LGPD)"),
        "payment.record": translate("Conflicts", "Payment"),
        "sale.record": translate("Conflicts", "Sale"),
        "conflict.resolve": translate("Conflicts", "Conflict resolution"),
        "staff.add": translate("Conflicts", "New staff member"),
        "staff.update": translate("Conflicts", "Staff member's details"),
        "station.add": translate("Conflicts", "New station"),
        "station.update": translate("Conflicts", "Station details"),
        "studio.setup": translate("Conflicts", "New studio"),
        "studio.update": translate("Conflicts", "Studio settings"),
        "commission.set": translate("Conflicts", "Commission"),
        "staff.set_pin": translate("Conflicts", "PIN"),
        "form_template.publish": translate("Conflicts", "New version of the health questionnaire"),
        "consent_form.sign": translate("Conflicts", "Signed consent form"),
        "material.add": translate("Conflicts", "New ink or material"),
        "material.update": translate("Conflicts", "Ink or material details"),
        "session_record.add": translate("Conflicts", "Session record"),
        "payment.refund": translate("Conflicts", "Refund"),
        "sale.void": translate("Conflicts", "Cancelled sale"),
        "product.save": translate("Conflicts", "Product"),
        "deposit.take": translate("Conflicts", "Deposit taken"),
        "deposit.forfeit": translate("Conflicts", "Deposit forfeited"),
        "deposit.refund": translate("Conflicts", "Deposit refunded"),
        "deposit.transfer": translate("Conflicts", "Deposit moved"),
        "deposit.rescheduled": translate("Conflicts", "Deposit's booking rescheduled"),
        "cash_drawer.save": translate("Conflicts", "Cash drawer"),
        "cash_session.open": translate("Conflicts", "Cash drawer opened for the day"),
        "cash.move": translate("Conflicts", "Cash put in or taken out of the drawer"),
        "cash_session.count_shown": translate("Conflicts", "Drawer count shown against the expected amount"),
        "cash_session.close": translate("Conflicts", "Cash drawer closed for the day"),
        "cash_session.reopen": translate("Conflicts", "Cash drawer's day reopened"),
        "voucher.sell": translate("Conflicts", "Gift voucher sold"),
        "stock.move": translate("Conflicts", "Stock movement"),
    }
    return labels.get(name or "", name or "")


def _instant(value: Any) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _when(starts: Any, ends: Any, zone: zoneinfo.ZoneInfo) -> str | None:
    start, end = _instant(starts), _instant(ends)
    if start is None:
        return None
    day = fmt.date_text(start.astimezone(zone).date())
    hours = fmt.time_range_text(start, end, zone) if end is not None else fmt.time_text(start, zone)
    return f"{day}, {hours}"


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _booking_words(change: RefusedChange, zone: zoneinfo.ZoneInfo) -> str | None:
    args, booking = change.args, change.booking
    someone = change.client_name or (booking.client_name if booking is not None else None)
    artist = change.artist_name or (booking.artist_name if booking is not None else None)
    if change.name == "appointment.book":
        when = _when(args.get("starts_at"), args.get("ends_at"), zone)
        if when is None or artist is None:
            return None
        if args.get("kind") == "block":
            return translate("Conflicts", "Block time off for {artist} on {when}").format(artist=artist, when=when)
        if someone is None:
            return None
        return translate("Conflicts", "Book {client} with {artist} on {when}").format(
            client=someone, artist=artist, when=when
        )
    if change.name == "appointment.reschedule":
        when = _when(args.get("starts_at"), args.get("ends_at"), zone)
        if when is None or someone is None:
            return None
        return translate("Conflicts", "Move {client}'s booking to {when}").format(client=someone, when=when)
    if change.name == "appointment.set_status" and booking is not None and _text(args.get("status")):
        when = _when(booking.starts_at.isoformat(), booking.ends_at.isoformat(), zone)
        return translate("Conflicts", "Mark {client}'s booking on {when} as {status}").format(
            client=someone or translate("Conflicts", "time off"), when=when, status=fmt.status_label(args["status"])
        )
    if change.name == "appointment.cancel" and booking is not None:
        when = _when(booking.starts_at.isoformat(), booking.ends_at.isoformat(), zone)
        return translate("Conflicts", "Cancel {client}'s booking on {when}").format(
            client=someone or translate("Conflicts", "time off"), when=when
        )
    return None


def refused_words(change: RefusedChange, zone: zoneinfo.ZoneInfo) -> str:
    """What a redo of ``change`` will do, in words."""
    args = change.args
    words = _booking_words(change, zone)
    if words is None:
        if change.name == "client.create" and _text(args.get("full_name")):
            words = translate("Conflicts", "Add the client {name}").format(name=args["full_name"])
        elif change.name == "client.update" and change.client_name:
            words = translate("Conflicts", "Change the details of {client}").format(client=change.client_name)
        elif change.name == "staff.add" and _text(args.get("display_name")):
            words = translate("Conflicts", "Add {name} to the staff").format(name=args["display_name"])
        elif change.name == "station.add" and _text(args.get("name")):
            words = translate("Conflicts", "Add the station {name}").format(name=args["name"])
    return words or change_label(change.name)


def _amount(params: dict[str, str]) -> str:
    try:
        return fmt.money_text(int(params.get("amount", "")))
    except ValueError:
        return "?"


# What a ``needs_review`` conflict says, by the code kronos_core stored in its ``theirs``
# (kronos_core/mutations/sales.py): the change was stored; a person should look at it.
REVIEW_TEXTS = {
    "payment_sale_missing": lambda p: translate(
        "Conflicts", "Payment of {amount} recorded; the sale was not found: review it"
    ).format(amount=_amount(p)),
    "payment_sale_void": lambda p: translate(
        "Conflicts", "Payment of {amount} recorded; the sale {number} is void: review it"
    ).format(amount=_amount(p), number=p.get("number", "")),
    "payment_taker_unknown": lambda p: translate(
        "Conflicts", "Payment of {amount} recorded; who took it is not known here: review it"
    ).format(amount=_amount(p)),
    "payment_deposit_missing": lambda p: translate(
        "Conflicts", "Payment of {amount} recorded; its deposit was not found: review it"
    ).format(amount=_amount(p)),
    # kronos_core/mutations/payments.py: a gift voucher's payment (issue 16).
    "payment_voucher_missing": lambda p: translate(
        "Conflicts", "Payment of {amount} recorded; its gift voucher was not found: review it"
    ).format(amount=_amount(p)),
    "voucher_overdrawn": lambda p: translate(
        "Conflicts", "Payment of {amount} recorded; it overdrew the gift voucher {code} (balance {balance}): review it"
    ).format(amount=_amount(p), code=p.get("code", ""), balance=_amount({"amount": p.get("balance", "")})),
    # kronos_core/mutations/refunds.py: a refund is always stored (the money left the drawer).
    "refund_role": lambda p: translate(
        "Conflicts", "Refund of {amount} stored, made by a role that may not give refunds: review it"
    ).format(amount=_amount(p)),
    "refund_exceeds": lambda p: translate(
        "Conflicts", "Refund of {amount} stored, more than the {left} the payment still held: review it"
    ).format(amount=_amount(p), left=_amount({"amount": p.get("left", "")})),
    "refund_of_unknown": lambda p: translate(
        "Conflicts", "Refund of {amount} stored; the payment it gives back was not found: review it"
    ).format(amount=_amount(p)),
    # kronos_core/mutations/sales.py and deposits.py: a deposit that could not be applied or kept.
    "deposit_not_held": lambda p: translate(
        "Conflicts", "Sale {number} stored without a deposit that was no longer held: review it"
    ).format(number=p.get("number", "")),
    "deposit_other_client": lambda p: translate(
        "Conflicts", "Sale {number} stored without a deposit of {amount} of another client: review it"
    ).format(number=p.get("number", ""), amount=_amount(p)),
    "deposit_client_erased": lambda p: translate(
        "Conflicts", "Deposit of {amount} kept without its note: its client's data was erased meanwhile: review it"
    ).format(amount=_amount(p)),
    # kronos_core/mutations/staff_pin.py: held until a manager redoes (approves) or dismisses it.
    "pin_change_needs_approval": lambda p: translate(
        "Conflicts", "{name} changed their own PIN at a desk that may not set it: approve it (redo) or dismiss it"
    ).format(name=p.get("name", "")),
    # kronos_server/sync/push.py: applied under the desk's role; its author left since.
    "author_inactive": lambda p: translate(
        "Conflicts", "Made at the desk by a person deactivated since; stored: review it"
    ),
}


def review_words(item: InboxItem) -> str:
    """What a change stored for review (a ``needs_review`` conflict) is about, in words."""
    theirs = item.theirs if isinstance(item.theirs, dict) else {}
    code, params = theirs.get("code"), theirs.get("params")
    text = REVIEW_TEXTS.get(code) if isinstance(code, str) else None
    if text is None:  # a code from a newer version: its English note, else the plain fact
        return item.detail or translate("Conflicts", "Stored; someone should review it")
    return text({str(k): str(v) for k, v in params.items()} if isinstance(params, dict) else {})
