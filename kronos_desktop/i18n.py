"""The interface language: choosing it, compiling its translation, and installing it.

Source strings are English; ``resources/i18n/kronos_pt_BR.ts`` carries Portuguese (Brazil),
the first language, and ``kronos_en.ts`` only the English plural forms. ``.qm`` files are not
kept in git: a frozen bundle ships them prebuilt in ``resources/i18n``; from the source tree
they are compiled at start-up with the ``lrelease`` tool shipped with PySide6, into a cache
folder keyed by the ``.ts`` file's content (so an edited translation is never stale).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kronos_desktop.resources import resources_dir
from kronos_desktop.store.paths import APP_AUTHOR, APP_NAME

log = logging.getLogger(__name__)

LANGUAGES = ("pt_BR", "en")
DEFAULT_LANGUAGE = "pt_BR"
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def normalize(value: str | None) -> str | None:
    """``pt-BR``, ``pt_br``, ``pt`` → ``pt_BR``; ``en_US`` → ``en``; anything else → None."""
    if not value:
        return None
    lowered = value.replace("-", "_").lower()
    if lowered.startswith("pt"):
        return "pt_BR"
    if lowered.startswith("en"):
        return "en"
    return None


def choose_language(cli_value: str | None, settings: QSettings | None) -> str:
    """``--lang`` first, then the saved setting, then the system's language; Portuguese otherwise."""
    for candidate in (cli_value, settings.value(SETTINGS_KEY) if settings is not None else None):
        chosen = normalize(str(candidate) if candidate else None)
        if chosen:
            return chosen
    for ui_language in QLocale.system().uiLanguages():
        chosen = normalize(ui_language)
        if chosen:
            return chosen
    return DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def lrelease_tool() -> Path | None:
    """PySide6's ``lrelease``: in the PySide6 package, or as ``pyside6-lrelease`` beside Python."""
    exe = ".exe" if sys.platform == "win32" else ""
    try:
        import PySide6

        candidate = Path(PySide6.__file__).resolve().parent / f"lrelease{exe}"
        if candidate.is_file():
            return candidate
    except ImportError:  # pragma: no cover - PySide6 is always there
        pass
    beside = Path(sys.executable).parent / f"pyside6-lrelease{exe}"
    if beside.is_file():
        return beside
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def cache_dir() -> Path:
    env = os.environ.get("KRONOS_CACHE_DIR")
    base = Path(env) if env else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    return base / "i18n"


def compiled_translation(language: str) -> Path | None:
    """The ``.qm`` file for ``language``: prebuilt beside the ``.ts``, or compiled into the cache."""
    ts = i18n_dir() / f"kronos_{language}.ts"
    prebuilt = i18n_dir() / f"kronos_{language}.qm"
    frozen = bool(getattr(sys, "frozen", False))  # a bundle keeps no trustworthy file times
    if prebuilt.is_file() and (frozen or not ts.is_file() or prebuilt.stat().st_mtime >= ts.stat().st_mtime):
        return prebuilt
    if not ts.is_file():
        log.warning("no translation for %s in %s", language, i18n_dir())
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    target = cache_dir() / f"kronos_{language}-{digest}.qm"
    if target.is_file():
        return target
    tool = lrelease_tool()
    if tool is None:
        log.warning("cannot compile %s: PySide6's lrelease was not found", ts)
        return prebuilt if prebuilt.is_file() else None  # an older translation beats none
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        partial.replace(target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("compiling %s failed: %s", ts, exc)
        return None
    for stale in target.parent.glob(f"kronos_{language}-*.qm"):
        if stale != target:
            stale.unlink(missing_ok=True)
    return target


def install(app: QCoreApplication, language: str) -> str:
    """Install the translators for ``language`` (ours and Qt's own) and the locale for
    numbers and dates. Returns the language in use."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = normalize(language) or DEFAULT_LANGUAGE
    _current = language
    QLocale.setDefault(QLocale(language))
    qm = compiled_translation(language)
    if qm is not None:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("could not load the translation %s", qm)
    if language != "en":
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    log.info("interface language %s (translation %s)", language, qm)
    return language


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()
