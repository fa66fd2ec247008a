"""The desk's log: a rotating file in the OS's log folder (``KRONOS_LOG_DIR`` overrides it).

The log names clients and staff, so it is the user's alone: the folder and everything in it
are made private at every start (:func:`kronos_desktop.store.paths.make_private`), and every
file the handler opens, the rotation's new files included, is created 0600.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from io import TextIOWrapper
from pathlib import Path

from kronos_desktop.store.paths import default_log_dir, make_private

LOG_FILENAME = "kronos-desktop.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"

log = logging.getLogger(__name__)
_file_handler: logging.Handler | None = None


class _BriefFormatter(logging.Formatter):
    """The console gets the message; tracebacks go to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        brief = logging.makeLogRecord(record.__dict__)
        brief.exc_info = None
        brief.exc_text = None
        brief.stack_info = None
        return super().format(brief)


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created readable and writable by the user alone."""

    def _open(self) -> TextIOWrapper:
        stream = open(  # noqa: SIM115  (the handler keeps it open)
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=lambda path, flags: os.open(path, flags, 0o600),
        )
        assert isinstance(stream, TextIOWrapper)
        return stream


def resolve_log_dir() -> Path:
    env = os.environ.get("KRONOS_LOG_DIR")
    return Path(env).expanduser() if env else default_log_dir()


def log_file() -> Path | None:
    """The file the log is written to, or None when it could not be opened."""
    if isinstance(_file_handler, logging.FileHandler):
        return Path(_file_handler.baseFilename)
    return None


def setup_logging(log_dir: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Log to a rotating file (and warnings to stderr). Returns the file, or None when the log
    folder cannot be written (the app still runs, logging to stderr only)."""
    global _file_handler
    root = logging.getLogger()
    root.setLevel(level)
    if _file_handler is not None:
        root.removeHandler(_file_handler)
        _file_handler.close()
        _file_handler = None
    if not any(getattr(h, "_kronos_stderr", False) for h in root.handlers):
        stderr = logging.StreamHandler()
        stderr.setLevel(logging.WARNING)
        stderr.setFormatter(_BriefFormatter("%(levelname)s %(name)s: %(message)s"))
        stderr._kronos_stderr = True  # type: ignore[attr-defined]
        root.addHandler(stderr)
    folder = log_dir or resolve_log_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        make_private(folder)
        handler = _PrivateRotatingFileHandler(
            folder / LOG_FILENAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("cannot write the log in %s (%s); logging to the console only", folder, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    _file_handler = handler
    return Path(handler.baseFilename)


def shutdown_logging() -> None:
    """Close the log file and take our handlers off the root logger."""
    global _file_handler
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler is _file_handler or getattr(handler, "_kronos_stderr", False):
            root.removeHandler(handler)
            handler.close()
    _file_handler = None
