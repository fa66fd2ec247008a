"""The app's side of backups and restores (issue 17), so that kronos_desktop/app.py calls one
line at each place:

- :func:`restore_at_start`: before the store opens, a restore staged from Studio → Backups is put
  in place (kronos_desktop/store/restore_staging.py) and the person is told what happened: the
  copy's date and where the replaced file is kept, or why the copy was refused (nothing replaced);
- :func:`start_backups`: the backup keeper of the open window (its status-bar warning, the
  Backups page, the sweep of erasures when clients change);
- :func:`restart_if_asked`: once the desk has closed and released its data folder, a restore
  asked for starts KRONOS again with the same command line (the frozen app: its binary).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from kronos_desktop.ui.backup_keeper import BackupKeeper, install_in_status_bar
from kronos_desktop.ui.settings.backup_words import refusal_words, when_text

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

_restart = {"asked": False}


def request_restart() -> None:
    """Quit now and start again once the data folder is free (a staged restore)."""
    _restart["asked"] = True
    QApplication.quit()


def restart_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return list(getattr(sys, "orig_argv", [])) or [sys.executable, *sys.argv]


def restart_if_asked() -> bool:
    """Start KRONOS again if a restore asked for it (call after the data folder is released)."""
    if not _restart["asked"]:
        return False
    _restart["asked"] = False
    program, *args = restart_command()
    ok, _pid = QProcess.startDetached(program, [a for a in args if a != "--smoke"])
    log.info("restart after a staged restore: %s", "started" if ok else "could not start")
    return ok


def _tell(icon: QMessageBox.Icon, title: str, text: str, *, smoke: bool) -> None:
    print(f"KRONOS: {text}", file=sys.stderr, flush=True)
    if smoke or QGuiApplication.platformName() in ("offscreen", "minimal", ""):
        return
    box = QMessageBox(icon, title, text)
    box.setObjectName("restoreAtStartDialog")
    box.exec()


def restore_at_start(data_dir: Path, *, smoke: bool = False) -> None:
    """Put a staged restore in place before the store opens (see the module); never raises."""
    from kronos_desktop.store.restore_staging import CopyRefused, apply_staged, staged

    waiting = staged(data_dir)
    title = translate("Backups", "Restore a copy")
    try:
        done = apply_staged(data_dir)
    except CopyRefused as exc:
        text = translate("Backups", "The copy chosen was not restored: {reason} Nothing was replaced.").format(
            reason=refusal_words(exc.code)
        )
        _tell(QMessageBox.Icon.Warning, title, text, smoke=smoke)
        return
    except Exception as exc:
        log.exception("a staged restore failed")
        text = translate(
            "Backups", "The copy could not be put in place ({detail}). The desk's data was put back as it was."
        ).format(detail=str(exc) or type(exc).__name__)
        _tell(QMessageBox.Icon.Warning, title, text, smoke=smoke)
        return
    if done is None:
        if waiting is not None:
            log.warning("a staged restore was not applied")
        return
    text = translate(
        "Backups", "The copy of {when} is back in place. The data it replaced is kept in {folder}."
    ).format(when=when_text(done.taken_at), folder=str(done.kept_aside))
    if not done.replaced_a_studio:  # a new PC's first run: nothing of a studio was replaced
        text = translate("Backups", "The studio is back from its copy of {when}.").format(when=when_text(done.taken_at))
    if done.erased_again:
        # A count after a colon reads the same for one or many (lupdate reads plurals from self.tr only).
        text += " " + translate("Backups", "Clients erased since that copy, erased again: {count}.").format(
            count=done.erased_again
        )
    _tell(QMessageBox.Icon.Information, title, text, smoke=smoke)


def start_backups(window: QMainWindow, database: Path, settings: QSettings, rows_changed: object) -> BackupKeeper:
    """The keeper of the open window: its red warning in the status bar, the Backups page, the
    sweep after clients change; the day's copy checked now and every ten minutes."""
    keeper = BackupKeeper(database, settings, parent=window)
    install_in_status_bar(keeper, window.statusBar())
    page = getattr(getattr(window, "studio", None), "backups_page", None)
    if page is not None:
        page.use(keeper)
        page.restart_requested.connect(request_restart)
    keeper.watch(rows_changed)
    keeper.start()
    return keeper
