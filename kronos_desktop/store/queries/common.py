"""What every feature's reads share: the studio's default time zone, a day's bounds in it, and
text folded for searching."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zoneinfo

DEFAULT_TIMEZONE = "America/Sao_Paulo"

_COMBINING_MARKS = re.compile("[\u0300-\u036f]+")


def fold(text: str | None) -> str:
    """Lower case without accents: "João" and "joao" match (other letters are kept)."""
    if not text:
        return ""
    if text.isascii():
        return text.casefold()
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def zone_or_default(name: str | None) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name or DEFAULT_TIMEZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)


def day_bounds(day: dt.date, zone: zoneinfo.ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The instants where ``day`` starts and ends in the studio's time zone."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def health_text(allergies: str | None, medical: str | None, medication: str | None = None) -> str | None:
    """A client's health alerts as one text, a line each: allergies, conditions, medication."""
    parts = [p.strip() for p in (allergies, medical, medication) if p and p.strip()]
    return "\n".join(parts) or None


def digits_of(text: str) -> str:
    return re.sub(r"\D", "", text)
