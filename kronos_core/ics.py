"""An artist's bookings as an iCalendar file (RFC 5545) their phone imports.

What leaves the studio is personal data under the LGPD, so an event carries only what an artist
needs to plan the day away from the desk: the time, the kind of booking and the client's
initials. Never a client's full name, phone, notes or health data; a time-off block says "Time
off" without its reason (the reason may be personal). The words (the kinds' labels) come from the
caller already translated, so this stays free of Qt.

Each event's UID is the appointment's id, so importing a newer export updates the events of an
earlier one instead of doubling them. A cancelled booking (or a no-show) is written with
``STATUS:CANCELLED``, which lets a calendar that imported it before mark it called off; a new
booking not yet confirmed is ``TENTATIVE``; the others ``CONFIRMED``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from icalendar import Calendar, Event

from kronos_core.instants import require_aware, utcnow

# Words of a name left out of its initials ("Ana de Souza" → "A.S.").
_PARTICLES = frozenset({"da", "das", "de", "di", "do", "dos", "du", "e", "y", "van", "von", "der", "del", "la"})

_STATUS = {
    "booked": "TENTATIVE",
    "confirmed": "CONFIRMED",
    "checked_in": "CONFIRMED",
    "in_progress": "CONFIRMED",
    "completed": "CONFIRMED",
    "cancelled": "CANCELLED",
    "no_show": "CANCELLED",
}


@dataclass(frozen=True)
class PhoneBooking:
    """One booking as a phone gets it: ``initials`` is "" for a time-off block."""

    id: uuid.UUID
    starts_at: dt.datetime  # aware
    ends_at: dt.datetime  # aware
    kind: str  # consultation, session, touch_up, walk_in, block
    status: str
    initials: str = ""


def initials(full_name: str | None) -> str:
    """The initials of a person's first and last names: "Ana Paula de Souza" → "A.S."
    ("" for no name; one name gives one letter)."""
    words = [w for w in (full_name or "").replace(".", " ").split() if w.casefold() not in _PARTICLES]
    words = [w for w in words if w[:1].isalpha()]
    if not words:
        return ""
    chosen = words[:1] + words[1:][-1:]
    return "".join(f"{_capital(w[0])}." for w in chosen)


def _capital(letter: str) -> str:
    upper = letter.upper()
    return upper if len(upper) == 1 else letter  # "ß" stays one letter


def summary(booking: PhoneBooking, kind_words: Mapping[str, str]) -> str:
    """ "Sessão · A.S.", or the kind alone when there are no initials (time off)."""
    kind = kind_words.get(booking.kind, booking.kind)
    return f"{kind} · {booking.initials}" if booking.initials else kind


def bookings_to_ics(
    bookings: Iterable[PhoneBooking],
    *,
    calendar_name: str,
    product_id: str,
    kind_words: Mapping[str, str] | None = None,
    stamp: dt.datetime | None = None,
    uid_domain: str = "kronos",
) -> bytes:
    """The calendar of ``bookings`` (in the order given) as iCalendar bytes (UTF-8, CRLF).

    ``kind_words`` maps a booking kind to the words shown ("session" → "Sessão"); ``stamp`` is
    the DTSTAMP of every event (the export's time; now by default)."""
    words = kind_words or {}
    stamped = require_aware(stamp).astimezone(dt.UTC) if stamp is not None else utcnow()
    calendar = Calendar()
    calendar.add("prodid", product_id)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name)
    for booking in bookings:
        event = Event()
        event.add("uid", f"{booking.id}@{uid_domain}")
        event.add("dtstamp", stamped)
        event.add("dtstart", require_aware(booking.starts_at).astimezone(dt.UTC))
        event.add("dtend", require_aware(booking.ends_at).astimezone(dt.UTC))
        event.add("summary", summary(booking, words))
        event.add("status", _STATUS.get(booking.status, "CONFIRMED"))
        event.add("transp", "TRANSPARENT" if booking.status in {"cancelled", "no_show"} else "OPAQUE")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
