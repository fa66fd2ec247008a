"""The desk's data folder: ``--data-dir``, else ``KRONOS_DATA_DIR``, else the OS's
application-data location. What KRONOS keeps in it is the user's alone: at every start
:func:`make_private` takes the group's and others' permissions off the folder and off the
database, its ``-wal`` and ``-shm``, and ``backups/`` with everything in it, whatever an older
version left there. (The log folder gets the same, see :mod:`kronos_desktop.logs`.)"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import platformdirs

from kronos_desktop.store.backup import BACKUP_FOLDER
from kronos_desktop.store.errors import DataFolderNotWritable

APP_NAME = "KRONOS"
APP_AUTHOR = "KRONOS"
DB_FILENAME = "kronos.db"

log = logging.getLogger(__name__)


def is_kronos_entry(name: str) -> bool:
    """What KRONOS writes in its data and log folders: ``kronos.db`` and its ``-wal``,
    ``-shm`` and ``-journal``, ``kronos-desktop.log`` and its rotations, ``backups/``."""
    return name.startswith(("kronos", ".kronos")) or name == BACKUP_FOLDER


def make_private(folder: Path) -> None:
    """Take every permission of the group and of others off ``folder`` and off what KRONOS
    keeps in it (:func:`is_kronos_entry`), everything under ``backups/`` included: folders
    become 0700, files 0600 (the owner's own bits are kept).

    Anything else in the folder is left alone: ``--data-dir`` may name a folder that also holds
    a person's own files, and changing those is not KRONOS's business (the folder itself being
    0700 keeps others out of them anyway). A shared folder (sticky, like ``/tmp``) is not made
    private, only KRONOS's files in it. Symbolic links are neither followed nor changed.
    A file that cannot be changed is named in the log, never fatal. No-op without POSIX modes
    (Windows: the profile's folders are private already)."""
    if os.name != "posix":
        return
    try:
        shared = bool(folder.lstat().st_mode & stat.S_ISVTX)
    except OSError as exc:
        log.warning("cannot make %s private (%s)", folder, exc.strerror or exc)
        return
    if shared:
        log.warning("%s is a shared folder: only KRONOS's files in it are made private", folder)
    else:
        _strip(folder)
    try:
        entries = [entry for entry in folder.iterdir() if is_kronos_entry(entry.name)]
    except OSError as exc:
        log.warning("cannot make the files in %s private (%s)", folder, exc.strerror or exc)
        return
    for entry in entries:
        _strip(entry)
        if entry.is_dir() and not entry.is_symlink():
            for root, dirs, files in os.walk(entry):
                for name in (*dirs, *files):
                    _strip(Path(root) / name)


def _strip(path: Path) -> None:
    try:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode) or not stat.S_IMODE(mode) & 0o077:
            return
        os.chmod(path, stat.S_IMODE(mode) & 0o700)
    except OSError as exc:  # someone else's file, say
        log.warning("cannot make %s private (%s)", path, exc.strerror or exc)


def default_data_dir() -> Path:
    r"""The OS's application-data folder, and on Windows the *local* one
    (``%LOCALAPPDATA%\KRONOS\KRONOS``), never the roaming profile: a roaming profile may live
    on a network share and is copied at every sign-in, no place for a large SQLite file in WAL
    mode. A desk whose database is still in the roaming folder an older version chose (and not
    yet in the local one) keeps using it, with a warning in the log: moving it is the
    studio's decision (close KRONOS, move the folder's ``kronos.db`` files and ``backups/``)."""
    local = Path(_platform_dirs(roaming=False).user_data_dir)
    roaming = Path(_platform_dirs(roaming=True).user_data_dir)
    if roaming != local and not (local / DB_FILENAME).exists() and (roaming / DB_FILENAME).exists():
        log.warning("the database is still in the roaming profile %s; KRONOS now keeps it in %s", roaming, local)
        return roaming
    return local


def _platform_dirs(*, roaming: bool) -> platformdirs.api.PlatformDirsABC:
    """platformdirs' folders for this OS, chosen at each call (platformdirs picks its class when
    imported, so a test that patches ``sys.platform`` would not reach it)."""
    if sys.platform == "win32":
        from platformdirs.windows import Windows

        return Windows(APP_NAME, APP_AUTHOR, roaming=roaming)
    return platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR, roaming=roaming)


def default_log_dir() -> Path:
    return Path(_platform_dirs(roaming=False).user_log_dir)


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
