"""The desk's data folder: ``--data-dir``, else ``KRONOS_DATA_DIR``, else the OS's
application-data location. Files in it are readable by the user alone."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from kronos_desktop.store.errors import DataFolderNotWritable

APP_NAME = "KRONOS"
APP_AUTHOR = "KRONOS"
DB_FILENAME = "kronos.db"


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
    """Create the folder (mode 0700) and prove it can be written; raise a clear error if not."""
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
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder
