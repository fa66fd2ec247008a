"""The desk's own preferences (not studio data): a small INI file through QSettings.

``KRONOS_CONFIG_DIR`` puts the file elsewhere (tests use it to keep the user's settings untouched).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from kronos_desktop.store.paths import APP_NAME

SETTINGS_FILENAME = "kronos-desktop.ini"


def open_settings() -> QSettings:
    env = os.environ.get("KRONOS_CONFIG_DIR")
    if env:
        return QSettings(str(Path(env).expanduser() / SETTINGS_FILENAME), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "kronos-desktop")
