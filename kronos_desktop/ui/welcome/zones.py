"""The time zones the first run offers: Brazil's first (São Paulo at the top), then every other
place zone of the time-zone database (the tzdata package on Windows), A to Z."""

from __future__ import annotations

import functools
import zoneinfo

from kronos_desktop.ui.settings.studio_form_words import TIME_ZONES

DEFAULT_ZONE = "America/Sao_Paulo"
_BRAZIL = tuple(zone for zone in TIME_ZONES if zone.startswith("America/"))
_REGIONS = ("Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/", "Europe/",
            "Indian/", "Pacific/")  # fmt: skip


@functools.cache
def zone_keys() -> tuple[str, ...]:
    """Brazil's zones, then the rest (old aliases such as Brazil/East left out; UTC kept)."""
    rest = sorted(z for z in zoneinfo.available_timezones() if z.startswith(_REGIONS) and z not in _BRAZIL)
    return (*_BRAZIL, *rest, "UTC")


# The state a Brazilian zone belongs to, where it names one (São Paulo's zone spans many states).
ZONE_STATE = {
    "America/Manaus": "AM", "America/Eirunepe": "AM", "America/Belem": "PA", "America/Santarem": "PA",
    "America/Fortaleza": "CE", "America/Recife": "PE", "America/Noronha": "PE", "America/Maceio": "AL",
    "America/Bahia": "BA", "America/Araguaina": "TO", "America/Cuiaba": "MT", "America/Campo_Grande": "MS",
    "America/Porto_Velho": "RO", "America/Boa_Vista": "RR", "America/Rio_Branco": "AC",
}  # fmt: skip


def zone_text(key: str) -> str:
    """How a zone reads in the list: "America/Sao Paulo" (a search for "sao paulo" finds it)."""
    return key.replace("_", " ")


def is_zone(key: str) -> bool:
    if not key:
        return False
    try:
        zoneinfo.ZoneInfo(key)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True
