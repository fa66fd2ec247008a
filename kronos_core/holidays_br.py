"""The public holidays a studio closes on: Brazil's national holidays and those of its state (UF),
from the ``holidays`` package, named in the person's language where the package has it (Portuguese
of Brazil or American English; any other language reads the Portuguese names).

A year's list is built once per (state, year, language) and kept: the drawn day and find-a-slot
ask for the same few years over and over. A state the package does not know (or None) gives the
national holidays only.

The package is imported on first use, not with this module: importing it loads every country's
module (about 0.5 s), which belongs on the reader thread's first day, not in the desk's start-up.
"""

from __future__ import annotations

import datetime as dt
import functools

COUNTRY = "BR"
DEFAULT_LANGUAGE = "pt_BR"


def package_language(language: str | None) -> str:
    """The package's name for ``language``: ``en``/``en-US``/``en_GB`` → ``en_US``, else ``pt_BR``."""
    return "en_US" if language and language.replace("-", "_").lower().startswith("en") else DEFAULT_LANGUAGE


@functools.cache
def _subdivisions() -> frozenset[str]:
    import holidays

    return frozenset(holidays.country_holidays(COUNTRY).subdivisions)


def _subdivision(state: str | None) -> str | None:
    code = (state or "").strip().upper()
    return code if code in _subdivisions() else None


@functools.lru_cache(maxsize=256)
def _year(state: str | None, year: int, language: str) -> tuple[tuple[dt.date, str], ...]:
    import holidays

    found = holidays.country_holidays(COUNTRY, subdiv=state, years=year, language=language)
    return tuple(sorted(found.items()))


def public_holidays(
    state: str | None, first: dt.date, last: dt.date, language: str = DEFAULT_LANGUAGE
) -> dict[dt.date, str]:
    """The holidays from ``first`` to ``last`` (both included), date → name (a day with two
    holidays has both names, joined by "; " as the package joins them)."""
    if last < first:
        return {}
    subdivision, lang = _subdivision(state), package_language(language)
    days: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        days.update((day, name) for day, name in _year(subdivision, year, lang) if first <= day <= last)
    return days


def holiday_on(state: str | None, day: dt.date, language: str = DEFAULT_LANGUAGE) -> str | None:
    """The name of the holiday on ``day``, None on a working day."""
    return public_holidays(state, day, day, language).get(day)
