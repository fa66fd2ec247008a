"""The words of backups and restores (issue 17): why a copy is refused, when a copy was taken,
what the rotation keeps it as."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate


def refusal_words(code: str) -> str:
    """Why a copy cannot be restored (kronos_desktop/store/restore_staging.py's codes)."""
    words = {
        "missing": translate("Backups", "the file is not there any more."),
        "not_sqlite": translate("Backups", "the file is not a database."),
        "not_kronos": translate("Backups", "the file is a database, but not a copy of KRONOS."),
        "damaged": translate("Backups", "the copy is damaged (its check failed)."),
        "too_new": translate(
            "Backups", "the copy was made by a newer version of KRONOS. Install the newest version to restore it."
        ),
        "other_studio": translate("Backups", "the copy is of another studio."),
    }
    return words.get(code, code)


def when_text(instant: dt.datetime, zone: zoneinfo.ZoneInfo | None = None) -> str:
    """04/12/2026 20:30 at the studio (its zone), or at this computer's clock when not known."""
    wall = instant.astimezone(zone) if zone is not None else instant.astimezone()
    time = fmt.locale().toString(QTime(wall.hour, wall.minute), QLocale.FormatType.ShortFormat)
    return f"{fmt.date_text(wall.date())} {time}"


def kind_words(kind: str) -> str:
    return {
        "daily": translate("Backups", "Daily"),
        "weekly": translate("Backups", "Weekly"),
    }.get(kind, translate("Backups", "Removed at the next copy"))
