"""The public holidays a studio closes on: Brazil's national holidays and those of its state (UF),
from the ``holidays`` package, named in the person's language where the package has it (Portuguese
of Brazil or American English; any other language reads the Portuguese names).

A year's list is built once per (state, year, language) and kept: the drawn day and find-a-slot
ask for the same few years over and over. A state the package does not know (or None) gives the
national holidays only.

The package is imported on first use, not with this module: importing it loads every country's
module (about 40-60 ms, holding the GIL), which belongs on the reader thread's first day, not in
the desk's start-up. With :func:`use_cache_dir`, the lists (and Brazil's state codes) are also
kept in one small JSON file in that folder, so a later start reads them without importing the
package at all. The file is named with the installed package's version (read from its metadata,
which does not import it): an upgrade (new laws, new holidays) never reads an older list. Without
that version (a build that ships no metadata) no file is used and the package computes, as before.
The file is only a cache: a missing, corrupt or unwritable one costs the package's import, never
a holiday.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import os
import re
import tempfile
import threading
from pathlib import Path

COUNTRY = "BR"
DEFAULT_LANGUAGE = "pt_BR"
DISTRIBUTION = "holidays"  # the package's name on PyPI, whose version names the cache file
CACHE_FORMAT = 1  # the file's layout; a new layout gets a new file name

log = logging.getLogger(__name__)

_lock = threading.Lock()  # guards the settings below and the loaded file (the reader thread and others call in)
_folder: Path | None = None
_file: _CacheFile | None = None
_file_resolved = False  # whether _file was worked out for _folder (it stays None without a version)


def package_language(language: str | None) -> str:
    """The package's name for ``language``: ``en``/``en-US``/``en_GB`` → ``en_US``, else ``pt_BR``."""
    return "en_US" if language and language.replace("-", "_").lower().startswith("en") else DEFAULT_LANGUAGE


def use_cache_dir(path: Path | None) -> None:
    """Keep the computed year lists in ``path`` (None: in memory only, as without a call). The
    folder is made on the first write; nothing is read before the first holiday is asked for."""
    global _folder, _file, _file_resolved
    with _lock:
        _folder = Path(path) if path is not None else None
        _file, _file_resolved = None, False
    _year.cache_clear()  # the next ask goes through the new folder (the lists themselves are the same)


def cache_file_name(version: str) -> str:
    """The cache file's name for the ``holidays`` package at ``version``."""
    return f"holidays_br-{CACHE_FORMAT}-{DISTRIBUTION}-{re.sub(r'[^0-9A-Za-z.+-]', '_', version)}.json"


def _package_version() -> str | None:
    import importlib.metadata

    try:
        return importlib.metadata.version(DISTRIBUTION)
    except (importlib.metadata.PackageNotFoundError, OSError, ValueError) as error:
        log.debug("no version of %s (%s): the holidays are not kept on disk", DISTRIBUTION, error)
        return None


class _CacheFile:
    """The JSON file's content in memory: Brazil's subdivisions and the lists by key."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.subdivisions: frozenset[str] | None = None
        self.years: dict[str, object] = {}  # checked when read: the file may hold anything
        self.write_failed = False  # warned once; a read-only folder stays so for the session
        self._read()

    def _read(self) -> None:
        try:
            content = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError, RecursionError) as error:  # unreadable, not JSON: overwritten on next write
            log.debug("ignoring the holidays cache %s: %s", self.path, error)
            return
        if not isinstance(content, dict) or content.get("format") != CACHE_FORMAT:
            log.debug("ignoring the holidays cache %s: not this format", self.path)
            return
        subdivisions, years = content.get("subdivisions"), content.get("years")
        if isinstance(subdivisions, list) and all(isinstance(code, str) for code in subdivisions):
            self.subdivisions = frozenset(subdivisions)
        if isinstance(years, dict):
            self.years = years

    def year(self, key: str) -> tuple[tuple[dt.date, str], ...] | None:
        entries = self.years.get(key)
        if not isinstance(entries, list):
            return None
        try:
            found = []
            for day, name in entries:
                if not isinstance(day, str) or not isinstance(name, str):
                    return None
                found.append((dt.date.fromisoformat(day), name))
        except (TypeError, ValueError):  # not pairs, or not dates
            return None
        return tuple(found)

    def write(self) -> None:
        """The whole file again, atomically; a failure is logged and the holidays still come back."""
        content = {
            "format": CACHE_FORMAT,
            "subdivisions": sorted(self.subdivisions) if self.subdivisions is not None else None,
            "years": self.years,
        }
        temporary: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(content, stream, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, self.path)
            temporary = None
        except OSError as error:
            log.log(
                logging.DEBUG if self.write_failed else logging.WARNING,
                "could not keep the holidays in %s: %s",
                self.path,
                error,
            )
            self.write_failed = True
        finally:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)


def _cache_file() -> _CacheFile | None:
    """The file for the folder in use, read on first need (call with ``_lock`` held)."""
    global _file, _file_resolved
    if not _file_resolved:
        _file_resolved = True
        version = _package_version() if _folder is not None else None
        _file = _CacheFile(_folder / cache_file_name(version)) if _folder is not None and version else None
    return _file


def _year_key(state: str | None, year: int, language: str) -> str:
    return f"{state or COUNTRY}/{year}/{language}"  # "BR": the national holidays only


@functools.cache
def _package_subdivisions() -> frozenset[str]:
    import holidays

    return frozenset(holidays.country_holidays(COUNTRY).subdivisions)


def _subdivisions() -> frozenset[str]:
    with _lock:
        cache = _cache_file()
        if cache is not None and cache.subdivisions is not None:
            return cache.subdivisions
    found = _package_subdivisions()
    with _lock:
        cache = _cache_file()
        if cache is not None and cache.subdivisions is None:
            cache.subdivisions = found
            cache.write()
    return found


def _subdivision(state: str | None) -> str | None:
    code = (state or "").strip().upper()
    return code if code in _subdivisions() else None


@functools.lru_cache(maxsize=256)
def _year(state: str | None, year: int, language: str) -> tuple[tuple[dt.date, str], ...]:
    key = _year_key(state, year, language)
    with _lock:
        cache = _cache_file()
        kept = cache.year(key) if cache is not None else None
    if kept is not None:
        return kept
    import holidays  # outside the lock: the first import takes tens of milliseconds

    found = holidays.country_holidays(COUNTRY, subdiv=state, years=year, language=language)
    days = tuple(sorted(found.items()))
    with _lock:
        cache = _cache_file()
        if cache is not None:
            cache.years[key] = [[day.isoformat(), name] for day, name in days]
            cache.write()
    return days


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
