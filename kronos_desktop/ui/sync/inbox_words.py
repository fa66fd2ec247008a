"""The conflicts inbox's words: what kind of conflict, which field, who and which desk, which
booking, and both sides of a conflict for people (the details under the list)."""

from __future__ import annotations

import html
import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from kronos_desktop.sync.inbox import Booking, InboxItem
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.refusals import text_for
from kronos_desktop.ui.sync.change_words import change_label, refused_words, review_words

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    labels = {
        "double_booking": translate("Conflicts", "Double booking"),
        "field_overwrite": translate("Conflicts", "Changed on two desks"),
        "renumbered": translate("Conflicts", "Sale renumbered"),
        "duplicate_client": translate("Conflicts", "Possible duplicate client"),
        "rejected": translate("Conflicts", "Change refused"),
        "needs_review": translate("Conflicts", "Stored, to review"),
        "predicted": translate("Conflicts", "May conflict"),
    }
    return labels.get(kind, kind)


def field_label(name: str) -> str:
    labels = {
        "full_name": translate("Conflicts", "Name"),
        "name": translate("Conflicts", "Name"),  # the studio's or a station's
        "display_name": translate("Conflicts", "Name"),  # a member of staff's
        "preferred_name": translate("Conflicts", "Preferred name"),
        "phone": translate("Conflicts", "Phone"),
        "email": translate("Conflicts", "E-mail"),
        "notes": translate("Conflicts", "Notes"),
        "allergies": translate("Conflicts", "Allergies"),
        "medical_alerts": translate("Conflicts", "Medical alerts"),
        "address": translate("Conflicts", "Address"),
    }
    return labels.get(name, name)


def desk_text(item: InboxItem) -> str:
    """Which desk: "this desk (Recepção)", "Balcão 2", or "another desk" when its name is unknown."""
    if item.from_this_desk:
        if item.desk_name:
            return translate("Conflicts", "this desk ({name})").format(name=item.desk_name)
        return translate("Conflicts", "this desk")
    return item.desk_name or translate("Conflicts", "another desk")


def who_text(item: InboxItem) -> str:
    who = item.who or translate("Conflicts", "someone")
    return f"{who} · {desk_text(item)}"


def _value_text(value: Any) -> str:
    if value is None or value == "":
        return translate("Conflicts", "(empty)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def booking_text(booking: Booking, zone: zoneinfo.ZoneInfo) -> str:
    """Which booking: "Ana with Rita, 03/12/2026 14:00 – 16:00"."""
    return translate("Conflicts", "{client} with {artist}, {day} {time}").format(
        client=booking.client_name or translate("Conflicts", "time off"),
        artist=booking.artist_name or "?",
        day=fmt.date_text(booking.starts_at.astimezone(zone).date()),
        time=fmt.time_range_text(booking.starts_at, booking.ends_at, zone),
    )


def details_html(item: InboxItem, zone: zoneinfo.ZoneInfo) -> str:
    """Both sides of the conflict, for people."""
    e = html.escape
    lines: list[str] = [f"<b>{e(kind_label(item.kind))}</b> — {e(change_label(item.mutation_name))}"]
    if item.predicted:
        lines.append(
            e(translate("Conflicts", "This change has not reached the server yet; it will decide when the desk syncs."))
        )
    if item.kind == "double_booking":
        for n, row_id in enumerate(item.row_ids):
            booking = item.bookings.get(row_id)
            if booking is None:
                continue
            side = translate("Conflicts", "Clashing booking") if n == 0 else translate("Conflicts", "Already booked")
            text = booking_text(booking, zone)
            lines.append(f"{e(side)}: {e(text)} ({e(fmt.status_label(booking.status))})")
        lines.append(e(translate("Conflicts", "The artist or the station was already booked at that time.")))
    elif item.kind == "field_overwrite" and isinstance(item.mine, dict):
        theirs = item.theirs if isinstance(item.theirs, dict) else {}
        for name, value in item.mine.items():
            lines.append(
                e(
                    translate("Conflicts", "{field}: this change wanted “{mine}”; “{theirs}” was kept").format(
                        field=field_label(name), mine=_value_text(value), theirs=_value_text(theirs.get(name))
                    )
                )
            )
    elif item.kind == "needs_review":
        lines.append(e(review_words(item)))
    elif item.kind == "rejected" and item.refused is not None:
        lines.append(e(translate("Conflicts", "Refused: {change}").format(change=refused_words(item.refused, zone))))
    note = None if item.predicted else server_note(item)  # a prediction: nobody decided yet
    if note:
        lines.append(e(translate("Conflicts", "Server's note: {detail}").format(detail=note)))
    lines.append(e(translate("Conflicts", "By {who}").format(who=who_text(item))))
    return "<br>".join(lines)


def server_note(item: InboxItem) -> str | None:
    """Why the server refused a change, in the desk's language when it sent the refusal's code
    (none for a double booking: its English note is said in the desk's words with the bookings)."""
    if item.kind == "double_booking":
        return None  # said in the desk's words with the two bookings (details_html)
    if item.kind == "needs_review":
        return None  # its words are the review's (review_words), not the server's English
    refusal = item.theirs if item.kind == "rejected" and isinstance(item.theirs, dict) else None
    if refusal is not None and isinstance(refusal.get("code"), str):
        params = refusal.get("params")
        return text_for(refusal["code"], params if isinstance(params, dict) else {}, item.detail or "")
    return item.detail
