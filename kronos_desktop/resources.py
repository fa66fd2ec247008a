"""Where the app's bundled files are: the source tree, or the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """The folder holding ``migrations/`` and ``resources/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def migrations_dir(side: str = "local") -> Path:
    return bundle_root() / "migrations" / side


def resources_dir() -> Path:
    return bundle_root() / "resources"
