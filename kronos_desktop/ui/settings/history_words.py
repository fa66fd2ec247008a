"""An audit trail entry in words: "Reset Caio Ferraz's PIN", "Changed the studio's settings:
PIX key, opening hours" (kronos_desktop/store/queries/activity.py reads the entries)."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kronos_desktop.store.queries.activity import ClientNamed, HistoryEntry
from kronos_desktop.ui.common.fmt import date_text, money_text, percent_text, role_label, status_label, time_text

translate = QCoreApplication.translate


def field_label(name: str) -> str:
    """A setting or a staff member's detail as the settings and staff pages call it."""
    labels: dict[str, Callable[[], str]] = {
        "name": lambda: translate("History", "name"),
        "display_name": lambda: translate("History", "name"),
        "timezone": lambda: translate("History", "time zone"),
        "state": lambda: translate("History", "state"),
        "opening_hours": lambda: translate("History", "opening hours"),
        "age_of_majority": lambda: translate("History", "age of majority"),
        "min_client_age": lambda: translate("History", "minimum age"),
        "pix_key": lambda: translate("History", "PIX key"),
        "pix_key_kind": lambda: translate("History", "PIX key kind"),
        "merchant_name": lambda: translate("History", "merchant name"),
        "merchant_city": lambda: translate("History", "merchant city"),
        "deposit_expiry_months": lambda: translate("History", "deposit expiry"),
        "forfeit_on_no_show": lambda: translate("History", "forfeit on no-show"),
        "late_cancel_hours": lambda: translate("History", "late cancellation"),
        "forfeit_keeper": lambda: translate("History", "who keeps a forfeited deposit"),
        "commission_base": lambda: translate("History", "commission base"),
        "cleaning_buffer_minutes": lambda: translate("History", "cleaning time"),
        "retention_years": lambda: translate("History", "record retention"),
        "idle_lock_minutes": lambda: translate("History", "idle lock"),
        "receipt_footer": lambda: translate("History", "receipt footer"),
        "unsigned_form_policy": lambda: translate("History", "policy on unsigned forms"),
        "role": lambda: translate("History", "role"),
        "color": lambda: translate("History", "colour"),
        "active": lambda: translate("History", "active"),
        "working_hours": lambda: translate("History", "working hours"),
        "hours_exceptions": lambda: translate("History", "days that differ"),
        "guest_from": lambda: translate("History", "guest from"),
        "guest_to": lambda: translate("History", "guest until"),
    }
    label = labels.get(name)
    return label() if label is not None else name.replace("_", " ")


def _fields(entry: HistoryEntry) -> str:
    changes = entry.detail.get("changes")
    if not isinstance(changes, dict):
        return ""
    return ", ".join(field_label(name) for name in changes)


def _staff_update(entry: HistoryEntry, target: str) -> str:
    changes = entry.detail.get("changes")
    if isinstance(changes, dict) and set(changes) == {"active"}:
        if (changes["active"] or {}).get("to") is False:
            return translate("History", "Deactivated {name}").format(name=target)
        return translate("History", "Reactivated {name}").format(name=target)
    return translate("History", "Changed {name}: {fields}").format(name=target, fields=_fields(entry))


def _booking(entry: HistoryEntry, zone: zoneinfo.ZoneInfo) -> str:
    """ "Ana Souza, 03/12/2026 14:00" (or the time alone for time off; "" when not known here)."""
    if entry.booking is None:
        return ""
    name, starts_at = entry.booking
    when = f"{date_text(starts_at.astimezone(zone).date())} {time_text(starts_at, zone)}"
    return f"{name}, {when}" if name else when


def client_text(named: ClientNamed | None) -> str:
    """A client an entry names: their name, or that their data was erased."""
    if named is None:
        return translate("History", "a client")
    if named.erased:
        return translate("History", "an erased client")
    return named.name


def _client_entry(entry: HistoryEntry) -> str | None:
    """A change to a client's record in words (None: not one)."""
    action, who = entry.action, client_text(entry.client)
    if action == "client.export":
        return translate("History", "Exported the data of {client} (LGPD)").format(client=who)
    if action == "client.erase":
        return translate("History", "Erased the data of a client (LGPD)")
    if action == "client.merge":
        return translate("History", "Merged {other} into {client}").format(other=client_text(entry.merged), client=who)
    changes = entry.detail.get("changes")
    blocked = changes.get("blocked") if isinstance(changes, dict) else None
    if action == "client.block" or (isinstance(blocked, dict) and blocked.get("to") is True):
        return translate("History", "Blocked {client}").format(client=who)
    if action == "client.unblock" or (isinstance(blocked, dict) and blocked.get("to") is False):
        return translate("History", "Unblocked {client}").format(client=who)
    if action == "client.create":
        return translate("History", "Registered {client}").format(client=who)
    if action == "client.update":
        return translate("History", "Changed {client}: {fields}").format(client=who, fields=_fields(entry))
    return None


def entry_text(entry: HistoryEntry, zone: zoneinfo.ZoneInfo | None = None) -> str:
    """What happened, as a sentence without its subject (the table shows who); a booking's
    client and time in the studio's ``zone``."""
    target = entry.target or translate("History", "a staff member")
    detail = entry.detail
    action = entry.action
    if action == "studio.setup":
        return translate("History", "Set up the studio")
    if action == "form_template.publish":
        return translate("History", "Published version {number} of the health questionnaire").format(
            number=detail.get("number", "?")
        )
    if action == "consent_form.sign":
        if detail.get("amends"):
            return translate("History", "Witnessed an amended consent form (questionnaire version {number})").format(
                number=detail.get("template", "?")
            )
        return translate("History", "Witnessed a signed consent form (questionnaire version {number})").format(
            number=detail.get("template", "?")
        )
    if action == "studio.update":
        return translate("History", "Changed the studio's settings: {fields}").format(fields=_fields(entry))
    if action == "staff.add":
        return translate("History", "Added {name} as {role}").format(
            name=detail.get("name", target), role=role_label(str(detail.get("role", "")))
        )
    if action == "staff.update":
        return _staff_update(entry, target)
    if action == "commission.set":
        return translate("History", "Set {name}'s commission to {rate} from {day}").format(
            name=target, rate=percent_text(int(detail.get("rate_bps", 0))), day=detail.get("from", "")
        )
    if action == "pin.set":
        return translate("History", "Set their own PIN")
    if action == "pin.reset":
        return translate("History", "Reset {name}'s PIN").format(name=detail.get("name", target))
    if action == "pin.clear":
        return translate("History", "Cleared {name}'s PIN").format(name=detail.get("name", target))
    if action == "station.add":
        return translate("History", "Added the station {name}").format(name=detail.get("name", ""))
    if action == "station.update":
        return translate("History", "Changed a station: {fields}").format(fields=_fields(entry))
    booking = _booking(entry, zone or zoneinfo.ZoneInfo("America/Sao_Paulo"))
    if action == "appointment.cancel":
        if booking:
            return translate("History", "Cancelled the booking of {booking}").format(booking=booking)
        return translate("History", "Cancelled a booking")
    if action == "appointment.set_status":
        moved = {
            "from_status": status_label(str(detail.get("from", ""))),
            "to_status": status_label(str(detail.get("to", ""))),
        }
        if booking:
            return translate("History", "{booking}: “{from_status}” → “{to_status}”").format(booking=booking, **moved)
        return translate("History", "Moved a booking from “{from_status}” to “{to_status}”").format(**moved)
    if action == "conflict.resolve":
        return translate("History", "Resolved a conflict")
    if action == "cash_session.count_shown":
        return translate("History", "Counted {counted} in the drawer and was shown the expected {expected}").format(
            counted=money_text(int(detail.get("counted", 0))), expected=money_text(int(detail.get("expected", 0)))
        )
    return _client_entry(entry) or action
