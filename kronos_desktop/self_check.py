"""``kronos-desktop --self-check``: what this installation is and whether it can work, for a
person on the phone with support and for CI (which runs it on the frozen binary).

It prints one line a fact: version and build, bundle root, the data, log and settings paths,
the database's integrity (``PRAGMA quick_check``) and schema version, the free disk space, the
keyring backend, the translations found, the Qt platform, and the server's address and whether
it answers (``GET /healthz``, short timeout). Each line is ``ok``, ``warn`` or ``FAIL``; the exit
status is 1 when any line is ``FAIL`` (the last line names them), else 0.

Read-only: the database is opened with ``mode=ro`` (never created, upgraded or marked: a data
folder without one is reported as such), no folder is created, nothing is compiled. On Windows
(a windowed program: no console) the report also goes to the log file and, when there is a
screen, to a dialog.

What is a failure and what a warning:
- FAIL: the bundle's files are missing; the app's expected schema is not its migrations' head;
  the database is not SQLite, not KRONOS's, damaged, or newer than this app; the data folder
  cannot be written; less than :data:`MIN_FREE_BYTES` free; a language has no translation;
  the Qt platform plugin to use is missing; any check that raised.
- warn: no database yet (a new desk); no secure keyring (the sign-in is then kept in memory for
  one run, the desk still works); no display to open a window on; the server does not answer.
  A desk is made to work offline, so an unreachable server is normal for a while: it is
  reported with its address, never a failure.
"""

from __future__ import annotations

import enum
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import kronos_core
from kronos_desktop.resources import bundle_root, migrations_dir, resources_dir
from kronos_desktop.store.paths import DB_FILENAME, resolve_data_dir

log = logging.getLogger(__name__)

SERVER_TIMEOUT_S = 3.0
MIN_FREE_BYTES = 200 * 2**20  # below this a day's work (and the backup before an upgrade) may not fit
LOW_FREE_BYTES = 2 * 2**30
EXIT_BROKEN = 1


class Status(enum.Enum):
    OK = "ok"
    WARN = "warn"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Line:
    status: Status
    label: str
    value: str

    def text(self) -> str:
        return f"{self.status.value:<4} {self.label}: {self.value}"


@dataclass(frozen=True)
class Report:
    lines: tuple[Line, ...]

    @property
    def failures(self) -> list[Line]:
        return [line for line in self.lines if line.status is Status.FAIL]

    def text(self) -> str:
        body = [line.text() for line in self.lines]
        if self.failures:
            body.append(f"self-check FAILED ({len(self.failures)}): " + "; ".join(f.label for f in self.failures))
        else:
            warnings = sum(1 for line in self.lines if line.status is Status.WARN)
            body.append(f"self-check passed ({warnings} warning(s))")
        return "\n".join(body)


def ok(label: str, value: str) -> Line:
    return Line(Status.OK, label, value)


def warn(label: str, value: str) -> Line:
    return Line(Status.WARN, label, value)


def fail(label: str, value: str) -> Line:
    return Line(Status.FAIL, label, value)


def is_windows() -> bool:
    """A helper so that tests can take the Windows branch on any OS."""
    return sys.platform == "win32"


# -- the checks --------------------------------------------------------------------------------
def build_text() -> str:
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        built = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(exe.stat().st_mtime))
        return f"frozen bundle ({exe}, built {built}), Python {sys.version.split()[0]}"
    commit = ""
    try:
        result = subprocess.run(
            ["git", "-C", str(bundle_root()), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
        commit = result.stdout.strip() if result.returncode == 0 else ""
    except (OSError, subprocess.SubprocessError):
        pass
    return f"source tree ({f'git {commit}, ' if commit else ''}Python {sys.version.split()[0]})"


def check_bundle() -> list[Line]:
    root = bundle_root()
    missing = [p.name for p in (migrations_dir("local"), resources_dir()) if not p.is_dir()]
    lines = [
        Line(
            Status.FAIL if missing else Status.OK,
            "bundle root",
            f"{root}" + (f" (missing {missing})" if missing else ""),
        )
    ]
    from alembic.script import ScriptDirectory

    from kronos_desktop.store.migrate import LOCAL_HEAD, alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head == LOCAL_HEAD:
        lines.append(ok("schema version of this app", f"{head}"))
    else:
        lines.append(
            Line(
                Status.FAIL, "schema version of this app", f"the app expects {LOCAL_HEAD}, its migrations end at {head}"
            )
        )
    return lines


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def check_folders(data_dir: Path) -> list[Line]:
    from kronos_desktop.logs import LOG_FILENAME, resolve_log_dir
    from kronos_desktop.settings import open_settings

    lines = []
    if not data_dir.exists():
        lines.append(warn("data folder", f"{data_dir} (does not exist yet: made at the first start)"))
    elif not data_dir.is_dir() or not _writable(data_dir):
        lines.append(fail("data folder", f"{data_dir} (not a folder this user can write to)"))
    else:
        lines.append(ok("data folder", str(data_dir)))
    log_dir = resolve_log_dir()
    log_path = log_dir / LOG_FILENAME
    if log_dir.exists() and not _writable(log_dir):
        lines.append(warn("log file", f"{log_path} (folder not writable: the log goes to the console)"))
    else:
        lines.append(ok("log file", f"{log_path}{'' if log_path.exists() else ' (not written yet)'}"))
    settings = Path(open_settings().fileName())
    lines.append(ok("settings file", f"{settings}{'' if settings.exists() else ' (not written yet)'}"))
    return lines


@dataclass(frozen=True)
class DatabaseFacts:
    lines: list[Line]
    server_url: str | None = None


def check_database(data_dir: Path) -> DatabaseFacts:
    from kronos_desktop.store.errors import StoreError
    from kronos_desktop.store.migrate import (
        APPLICATION_ID,
        LOCAL_HEAD,
        SQLITE_HEADER,
        _read_only,
        check_owner,
        known_revisions,
        read_facts,
    )

    path = data_dir / DB_FILENAME
    if not path.exists() or path.stat().st_size == 0:
        return DatabaseFacts([warn("database", f"none in {data_dir} (a new desk: set up at first start)")])
    lines = [ok("database", f"{path} ({path.stat().st_size / 2**20:.1f} MiB)")]
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return DatabaseFacts([*lines, fail("database integrity", "not an SQLite file")])
    try:
        conn = _read_only(path)
        try:
            problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        return DatabaseFacts([*lines, fail("database integrity", "quick_check: " + "; ".join(problems))])
    lines.append(ok("database integrity", "quick_check ok"))
    try:
        facts = read_facts(path)
        check_owner(path, facts)
    except (StoreError, sqlite3.DatabaseError) as exc:
        return DatabaseFacts([*lines, fail("database owner", str(getattr(exc, "message", exc)))])
    revision = facts.revision if facts is not None else None
    if revision == LOCAL_HEAD:
        lines.append(ok("database schema version", f"{revision} (current)"))
    elif revision in known_revisions():
        lines.append(ok("database schema version", f"{revision} (upgraded to {LOCAL_HEAD} at the next start)"))
    elif revision is None and facts is not None and facts.application_id == APPLICATION_ID:
        lines.append(warn("database schema version", "none (an empty KRONOS file)"))
    else:
        lines.append(
            Line(
                Status.FAIL,
                "database schema version",
                f"{revision}: from a newer KRONOS (this one knows {LOCAL_HEAD})",
            )
        )
    server_url = None
    if facts is not None and "replica" in facts.names:
        conn = _read_only(path)
        try:
            row = conn.execute("SELECT server_url FROM replica LIMIT 1").fetchone()
            server_url = row[0] if row and row[0] else None
        except sqlite3.DatabaseError:
            pass
        finally:
            conn.close()
    return DatabaseFacts(lines, server_url)


def check_disk(data_dir: Path) -> Line:
    folder = data_dir
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    free = shutil.disk_usage(folder).free
    shown = f"{free / 2**30:.1f} GiB free on {folder}"
    if free < MIN_FREE_BYTES:
        return fail("free disk space", f"{shown} (at least {MIN_FREE_BYTES // 2**20} MiB needed)")
    if free < LOW_FREE_BYTES:
        return warn("free disk space", f"{shown} (low)")
    return ok("free disk space", shown)


def check_keyring() -> Line:
    from kronos_desktop.auth.credentials import ALLOWED_BACKENDS, backend_name, find_secure_backend

    backend, reason = find_secure_backend()
    if backend is None:
        return warn("keyring", f"no secure keyring ({reason}): a sign-in is kept in memory for one run")
    return ok("keyring", f"{ALLOWED_BACKENDS[backend_name(backend)].value} ({backend_name(backend)})")


def check_translations() -> list[Line]:
    from PySide6.QtCore import QLibraryInfo

    from kronos_desktop.i18n import LANGUAGES, i18n_dir, lrelease_tool

    found, missing = [], []
    tool = lrelease_tool()
    for language in LANGUAGES:
        qm = i18n_dir() / f"kronos_{language}.qm"
        ts = i18n_dir() / f"kronos_{language}.ts"
        if qm.is_file() and qm.stat().st_size > 0:
            found.append(f"{language} ({qm.name})")
        elif ts.is_file() and tool is not None:
            found.append(f"{language} ({ts.name}, compiled at start)")
        else:
            missing.append(language)
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_own = "Qt's own qtbase_pt_BR.qm " + ("found" if (qt_dir / "qtbase_pt_BR.qm").is_file() else "missing")
    text = ", ".join(found) + f"; {qt_own}" + (f"; none for {', '.join(missing)} in {i18n_dir()}" if missing else "")
    return [Line(Status.FAIL if missing else Status.OK, "translations", text)]


def check_drawer_pulse() -> Line:
    """The cash drawer's pulse as python-escpos builds it (its printer profiles are a data file
    the frozen build must carry: without it the library does not import)."""
    from escpos.printer import Dummy  # type: ignore[import-untyped]  # python-escpos ships no types

    printer = Dummy()
    printer.cashdraw(2)
    pulse = bytes(printer.output)
    if not pulse.startswith(b"\x1bp\x00"):
        return fail("cash drawer pulse", f"python-escpos built {pulse!r}, not ESC p 0")
    return ok("cash drawer pulse", "ESC p 0 (python-escpos)")


def _native_platform() -> str:
    if is_windows():
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def check_qt_platform() -> tuple[Line, bool]:
    """The platform Qt will use and whether its plugin is there; (line, a QApplication may start)."""
    from PySide6.QtCore import QLibraryInfo

    wanted = (os.environ.get("QT_QPA_PLATFORM") or _native_platform()).split(":")[0].split(";")[0]
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = sorted(p.name for p in plugins.glob("*")) if plugins.is_dir() else []
    present = {n.split(".")[0].removeprefix("lib").removeprefix("q") for n in names}
    if wanted not in present:
        return fail("Qt platform", f"{wanted}: no plugin in {plugins} (found {sorted(present)})"), False
    headless = wanted in ("xcb", "wayland") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless:
        return Line(
            Status.WARN, "Qt platform", f"{wanted} (plugin found; no display here: a window cannot open)"
        ), False
    from kronos_desktop.app import create_application

    app = create_application()
    return ok("Qt platform", f"{app.platformName()} (Qt {_qt_version()})"), True


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return str(qVersion())


def check_server(url: str | None, timeout: float = SERVER_TIMEOUT_S) -> Line:
    if not url:
        return ok("server", "no server: standalone")
    import httpx

    probe = url.rstrip("/") + "/healthz"
    started = time.monotonic()
    try:
        response = httpx.get(probe, timeout=timeout)
    except httpx.HTTPError as exc:
        return warn("server", f"{url} does not answer ({type(exc).__name__}): the desk works offline")
    elapsed_ms = (time.monotonic() - started) * 1000
    if response.status_code != 200:
        return warn("server", f"{url} answers HTTP {response.status_code} at /healthz")
    return ok("server", f"{url} answers ({elapsed_ms:.0f} ms)")


def _guarded(label: str, check: Callable[[], list[Line]]) -> list[Line]:
    try:
        return check()
    except Exception as exc:  # a check that cannot run is itself a finding
        log.debug("self-check %s raised", label, exc_info=True)
        return [fail(label, f"the check raised {type(exc).__name__}: {exc}")]


def collect(data_dir: str | os.PathLike[str] | None = None) -> tuple[Report, bool]:
    """Run every check; (the report, whether a QApplication is up for a dialog)."""
    folder = resolve_data_dir(data_dir)
    lines = [
        ok("version", f"KRONOS {kronos_core.__version__}"),
        *_guarded("build", lambda: [ok("build", build_text())]),
        *_guarded("bundle root", check_bundle),
        *_guarded("folders", lambda: check_folders(folder)),
    ]
    database = DatabaseFacts([])
    try:
        database = check_database(folder)
    except Exception as exc:
        database = DatabaseFacts([fail("database", f"the check raised {type(exc).__name__}: {exc}")])
    lines += database.lines
    lines += _guarded("free disk space", lambda: [check_disk(folder)])
    lines += _guarded("keyring", lambda: [check_keyring()])
    lines += _guarded("translations", check_translations)
    lines += _guarded("cash drawer pulse", lambda: [check_drawer_pulse()])
    app_up = False
    try:
        platform, app_up = check_qt_platform()
        lines.append(platform)
    except Exception as exc:
        lines.append(fail("Qt platform", f"the check raised {type(exc).__name__}: {exc}"))
    lines += _guarded("server", lambda: [check_server(database.server_url)])
    return Report(tuple(lines)), app_up


# -- Windows: the log and a dialog ---------------------------------------------------------------
def show_dialog(report: Report) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    if QGuiApplication.platformName() in ("offscreen", "minimal", "") and not _dialog_forced():
        return  # nobody to see it (CI's smoke runs): the log and the exit status speak
    translate = QCoreApplication.translate
    box = QMessageBox()
    box.setObjectName("selfCheckDialog")
    box.setWindowTitle(translate("SelfCheck", "KRONOS self-check"))
    if report.failures:
        box.setIcon(QMessageBox.Icon.Critical)
        text = translate("SelfCheck", "Something is wrong with this installation: {checks}.")
        box.setText(text.format(checks=", ".join(f.label for f in report.failures)))
    else:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(translate("SelfCheck", "This installation of KRONOS works."))
    box.setInformativeText(translate("SelfCheck", "The details are below and in the log file."))
    box.setDetailedText(report.text())
    box.exec()


def _dialog_forced() -> bool:
    return os.environ.get("KRONOS_SELF_CHECK_DIALOG") == "1"


def to_log(report: Report) -> Path | None:
    from kronos_desktop import logs

    path = logs.setup_logging()
    levels = {Status.OK: logging.INFO, Status.WARN: logging.WARNING, Status.FAIL: logging.ERROR}
    for line in report.lines:
        log.log(levels[line.status], "self-check %s", line.text())
    log.info("%s", report.text().splitlines()[-1])
    logs.shutdown_logging()
    return path


def run(
    data_dir: str | os.PathLike[str] | None = None, lang: str | None = None, *, out: Callable[[str], None] = print
) -> int:
    windows = is_windows()
    quiet = logging.NullHandler()
    if not windows:
        # The checks' own log warnings would otherwise reach stderr: the report says it all.
        logging.getLogger().addHandler(quiet)
    try:
        report, app_up = collect(data_dir)
    finally:
        logging.getLogger().removeHandler(quiet)
    out(report.text())
    if windows:
        to_log(report)
        if app_up:
            from PySide6.QtWidgets import QApplication

            from kronos_desktop import i18n
            from kronos_desktop.settings import open_settings

            app = QApplication.instance()
            if isinstance(app, QApplication):
                i18n.install(app, i18n.choose_language(lang, open_settings()))
            show_dialog(report)
    return EXIT_BROKEN if report.failures else 0
