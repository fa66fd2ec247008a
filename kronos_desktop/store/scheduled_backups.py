"""The desk's own copies of its database (issue 17's backups), in a folder the owner may choose (a
USB stick, a synced cloud folder): taken with SQLite's online backup API while the app runs,
verified (``PRAGMA integrity_check`` on the copy), readable by the user alone, and kept as 7 daily
and 4 weekly copies.

- :func:`take_copy` writes ``kronos-<UTC stamp>.db`` into the folder through a temporary name, so
  a half-written copy never looks like a copy; a copy that fails its check is removed and said.
- :func:`kept` says which copies the rotation keeps at a moment: the newest copy of each of the
  last ``daily`` days that have one, then the newest of each of the ``weekly`` ISO weeks before
  those; :func:`prune` removes the others (only files named as this module names them).

Nothing here schedules: the app takes a copy every night and on quit, and says in its status bar
when a copy failed or the folder is gone (the caller shows :attr:`CopyResult.problem`).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

PREFIX = "kronos-"
NAME = re.compile(r"^kronos-(\d{8}T\d{6}Z)\.db$")
STAMP = "%Y%m%dT%H%M%SZ"
DAILY = 7
WEEKLY = 4


@dataclass(frozen=True)
class CopyResult:
    """A copy taken (``path``), or why none was (``problem``: a code, ``detail``: the error)."""

    path: Path | None
    # "folder_missing", "folder_read_only", "folder_full", "copy_failed", "check_failed"
    problem: str | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.path is not None


def copy_name(at: dt.datetime) -> str:
    return f"{PREFIX}{at.astimezone(dt.UTC).strftime(STAMP)}.db"


def taken_at(path: Path) -> dt.datetime | None:
    """When a copy was taken, from its name (None: not one of ours)."""
    found = NAME.match(path.name)
    if found is None:
        return None
    return dt.datetime.strptime(found.group(1), STAMP).replace(tzinfo=dt.UTC)


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` on the file at ``path`` ("ok" when sound)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    return "; ".join(str(r[0]) for r in rows)


def take_copy(database: Path, folder: Path, now: dt.datetime) -> CopyResult:
    """Copy ``database`` (open or not: the online backup API gives a consistent snapshot) into
    ``folder`` and check the copy. The folder must exist: a USB stick taken out is said, not made
    again on the desk's disk."""
    if not folder.is_dir():
        return CopyResult(None, "folder_missing", str(folder))
    if not os.access(folder, os.W_OK):
        return CopyResult(None, "folder_read_only", str(folder))
    target = folder / copy_name(now)
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                # one file: the desk's WAL mode came with the pages (a copy on a stick is a file)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        if os.name == "posix":
            os.chmod(partial, 0o600)
    except (sqlite3.Error, OSError) as exc:
        _remove(partial)
        return CopyResult(None, fault(exc), str(exc))
    try:
        checked = integrity(partial)
    except sqlite3.Error as exc:
        checked = str(exc)
    if checked != "ok":
        _remove(partial)
        return CopyResult(None, "check_failed", checked)
    try:
        os.replace(partial, target)
    except OSError as exc:
        _remove(partial)
        return CopyResult(None, fault(exc), str(exc))
    return CopyResult(target)


def fault(exc: BaseException) -> str:
    """What a failed write says of the folder: full, read-only, or another failure."""
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in str(exc):
        return "folder_full"
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "folder_read_only"
    if "readonly" in str(exc) or "read-only" in str(exc):
        return "folder_read_only"
    return "copy_failed"


def _remove(partial: Path) -> None:
    for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        leftover.unlink(missing_ok=True)


def kept(copies: list[Path], now: dt.datetime, *, daily: int = DAILY, weekly: int = WEEKLY) -> set[Path]:
    """The copies the rotation keeps at ``now``: the newest of each of the ``daily`` latest days
    with a copy, then the newest of each of the ``weekly`` latest ISO weeks before those days."""
    dated = sorted(((at, p) for p in copies if (at := taken_at(p)) is not None and at <= now), reverse=True)
    keep: set[Path] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for at, path in dated:  # newest first: the first copy seen of a day or week is its newest
        day = at.date()
        if day in days:
            continue
        if len(days) < daily:
            days.append(day)
            keep.add(path)
            continue
        week = day.isocalendar()[:2]
        if week in weeks or (week in {d.isocalendar()[:2] for d in days}):
            continue
        if len(weeks) < weekly:
            weeks.append(week)
            keep.add(path)
    return keep


def prune(folder: Path, now: dt.datetime, *, daily: int = DAILY, weekly: int = WEEKLY) -> list[Path]:
    """Remove the copies the rotation does not keep; the ones removed."""
    if not folder.is_dir():
        return []
    copies = [p for p in folder.iterdir() if taken_at(p) is not None]
    keep = kept(copies, now, daily=daily, weekly=weekly)
    removed = [p for p in copies if p not in keep and (taken_at(p) or now) <= now]
    for path in removed:
        path.unlink(missing_ok=True)
    return sorted(removed)


@dataclass(frozen=True)
class CopyInfo:
    """A copy in the folder: when it was taken, its size in bytes, and why the rotation keeps it
    (``daily``: one of the last days; ``weekly``: one of the weeks before them; ``extra``: not
    kept at the next rotation)."""

    path: Path
    taken_at: dt.datetime
    size: int
    kind: str


def list_copies(folder: Path, now: dt.datetime, *, daily: int = DAILY, weekly: int = WEEKLY) -> list[CopyInfo]:
    """The copies in ``folder``, newest first (empty when the folder is gone)."""
    if not folder.is_dir():
        return []
    found: list[tuple[dt.datetime, Path, int]] = []
    for path in folder.iterdir():
        at = taken_at(path)
        if at is None:
            continue
        try:
            found.append((at, path, path.stat().st_size))
        except OSError:
            continue
    keep_daily = kept([p for _, p, _ in found], now, daily=daily, weekly=0)
    keep_all = kept([p for _, p, _ in found], now, daily=daily, weekly=weekly)
    return [
        CopyInfo(path, at, size, "daily" if path in keep_daily else "weekly" if path in keep_all else "extra")
        for at, path, size in sorted(found, reverse=True)
    ]
