"""The desk's data folder: ``--data-dir``, else ``KRONOS_DATA_DIR``, else the OS's
application-data location. Everything in it is the user's alone: :func:`make_private` takes
the group's and others' permissions off the folder and everything under it at every start
(the database, its ``-wal`` and ``-shm``, ``backups/``), whatever an older version or another
program left there."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import platformdirs

from kronos_desktop.store.errors import DataFolderNotWritable

APP_NAME = "KRONOS"
APP_AUTHOR = "KRONOS"
DB_FILENAME = "kronos.db"

log = logging.getLogger(__name__)


def make_private(folder: Path) -> None:
    """Take every permission of the group and of others off ``folder`` and everything under
    it (folders become 0700, files 0600; the owner's own bits are kept). Symbolic links are
    neither followed nor changed. No-op where there are no POSIX modes (Windows: the
    profile's folders are private already)."""
    if os.name != "posix":
        return
    _strip(folder)
    for root, dirs, files in os.walk(folder):
        for name in (*dirs, *files):
            _strip(Path(root) / name)


def _strip(path: Path) -> None:
    try:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode) or not stat.S_IMODE(mode) & 0o077:
            return
        os.chmod(path, stat.S_IMODE(mode) & 0o700)
    except OSError as exc:  # someone else's file, say: named in the log, never fatal
        log.warning("cannot make %s private (%s)", path, exc.strerror or exc)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("KRONOS_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def prepare_data_dir(folder: Path) -> Path:
    """Create the folder (mode 0700), prove it can be written (raise a clear error if not),
    and make everything in it the user's alone."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        probe = folder / ".kronos-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataFolderNotWritable(
            f"KRONOS cannot write to its data folder {folder} ({exc.strerror or exc}). "
            "Choose a folder you can write to with --data-dir or KRONOS_DATA_DIR.",
            folder,
        ) from exc
    make_private(folder)
    return folder
