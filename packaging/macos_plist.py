"""The macOS app bundle's Info.plist keys (``dist/KRONOS.app/Contents/Info.plist``), from
``kronos_core.__version__``.

The spec passes :func:`info_plist` to PyInstaller's ``BUNDLE(info_plist=...)`` and
:data:`BUNDLE_ID` as its ``bundle_identifier``; tests/packaging/test_macos_plist.py writes the
dict with ``plistlib`` and reads it back, as macOS will (no Mac needed).

Bundle id ``br.com.kronos.desktop``: reverse DNS of the vendor's Brazilian domain (kronos.com.br)
plus the product, so it never clashes with another developer's app and stays apart from the
server (``br.com.kronos.server`` if it ever ships as an app). It must never change once a
version is out: macOS ties the app's permissions, its saved window state and the keychain's
"always allow" to it.

LSMinimumSystemVersion 13.0: PySide6 6.11's wheels are built for macOS 13 (``macosx_13_0``);
an older Mac could not load Qt.
"""

from __future__ import annotations

import re
from typing import Any

BUNDLE_ID = "br.com.kronos.desktop"
BUNDLE_NAME = "KRONOS"
MINIMUM_MACOS = "13.0"


def bundle_version(version: str) -> str:
    """CFBundleVersion: up to three dot-separated integers (``"0.1.0rc2"`` → ``"0.1.0"``)."""
    match = re.match(r"^(\d+)(\.\d+){0,2}", version)
    if match is None:
        raise ValueError(f"not a version: {version!r}")
    return match.group(0)


def info_plist(version: str) -> dict[str, Any]:
    return {
        "CFBundleName": BUNDLE_NAME,
        "CFBundleDisplayName": BUNDLE_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleVersion": bundle_version(version),
        "CFBundleShortVersionString": bundle_version(version),
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHumanReadableCopyright": "Copyright © KRONOS",
        # The desk speaks Portuguese first; English is its second language.
        "CFBundleDevelopmentRegion": "pt_BR",
        "CFBundleLocalizations": ["pt_BR", "en"],
    }
