"""Build the desk's frozen bundle, then prove it works.

    uv run python packaging/build.py              # translations, PyInstaller, checks, smoke runs
    uv run python packaging/build.py --check-only # checks and smoke runs of the bundle in dist/

1. Compiles ``resources/i18n/*.ts`` into ``.qm`` files beside them, with the ``lrelease`` of the
   installed PySide6 (a bundle has no ``lrelease``: it ships the ``.qm`` files only).
2. Runs PyInstaller with ``packaging/kronos-desktop.spec`` into ``dist/kronos-desktop``
   (work files in ``build/``).
3. Checks the bundle from outside: the data folders are there file for file (migrations, style,
   icons, compiled translations, and no ``.ts``); what loads by name or entry point is in the
   frozen archive (keyring backends, APScheduler triggers/executors/job stores, Alembic,
   SQLAlchemy's SQLite dialect, the migration scripts' imports) with the entry-point metadata;
   tzdata's America/Sao_Paulo; the holidays package's Brazil module, its metadata and its
   Brazilian names in pt_BR and en_US; certifi's CA bundle when httpx is in; Qt's platform plugins, SVG
   image plugin and ``qtbase_pt_BR``; the server side and unused Qt modules are absent; on Linux,
   every shared library's links resolve.
4. Runs the frozen binary: ``--version``; ``--demo --smoke`` on a new data folder
   (offscreen, Portuguese, with the OS's tz database hidden: migrations through Alembic, the
   demo studio in America/Sao_Paulo, the prebuilt translation); ``--smoke`` again on the same
   folder in English (already migrated: no Alembic); ``--self-check`` on that folder (exit 0,
   every line, the file unchanged), on a missing folder (said, nothing created) and on a
   damaged copy (exit 1, naming the check); and, where ``xvfb-run`` exists, a smoke run on the
   real xcb platform. Each smoke run must exit 0, and its log must hold no warning or error
   beyond the offscreen platform's known noise. The new database must reach the head of
   ``migrations/local`` as the scripts say it (not the app's own LOCAL_HEAD constant).
5. Prints the build time and the bundle's size.

Exit status 0 when everything holds, 1 otherwise. The normal test suite never runs this (it takes
minutes); tests/packaging checks the spec against the source tree in a second.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helpers beside this file (not a package)
SPEC = ROOT / "packaging" / "kronos-desktop.spec"
NAME = "kronos-desktop"
DIST = ROOT / "dist"
WORK = ROOT / "build"
I18N = ROOT / "resources" / "i18n"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
SMOKE_TIMEOUT_S = 180

# Data the app opens by path under sys._MEIPASS (kronos_desktop/resources.py), and what the
# spec leaves out of it on purpose.
DATA_FOLDERS = ("migrations/local", "resources")
NOT_SHIPPED_SUFFIXES = {".pyc", ".pyo", ".ts"}
NOT_SHIPPED_NAMES = {"README.md", ".DS_Store"}

# Modules that must be in the frozen archive because they are loaded by name, entry point or
# file path (DESIGN.md, Pitfalls), not found by PyInstaller's import scan of the app.
REQUIRED_MODULES = (
    # keyring: backends found through the "keyring.backends" entry points
    "keyring.backends.SecretService",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.kwallet",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    # APScheduler 3: triggers, executors, job stores and schedulers through entry points
    "apscheduler.triggers.cron",
    "apscheduler.triggers.interval",
    "apscheduler.triggers.date",
    "apscheduler.triggers.combining",
    "apscheduler.executors.pool",
    "apscheduler.jobstores.memory",
    "apscheduler.jobstores.sqlalchemy",
    "apscheduler.schedulers.background",
    # Alembic, run only when an upgrade is pending, and what the migration scripts import
    "alembic.command",
    "alembic.config",
    "alembic.context",
    "alembic.op",
    "alembic.ddl.sqlite",
    "alembic.runtime.migration",
    "alembic.script.base",
    "alembic.operations.batch",
    "kronos_core.instants",
    "kronos_desktop.store.local_schema",
    # SQLAlchemy resolves "sqlite://" by name
    "sqlalchemy.dialects.sqlite.pysqlite",
    # zoneinfo's fallback, loaded lazily
    "tzdata",
    "kronos_core.demo",
    "pydantic",
    # the desk's HTTP client (sync, sign-in, the self-check's server probe), imported lazily
    "httpx",
    "kronos_desktop.self_check",
    # the holidays package imports each country's module by name: Brazil's (the agenda, find-a-slot)
    "holidays.countries.brazil",
)
LINUX_REQUIRED_MODULES = ("secretstorage", "jeepney", "jeepney.io.blocking")
# Entry points are read from metadata: without it keyring finds no backend, APScheduler no trigger.
REQUIRED_METADATA = ("keyring", "apscheduler", "alembic")
# Never in the desk's bundle.
FORBIDDEN_MODULES = ("kronos_server", "fastapi", "uvicorn", "psycopg", "mypy", "pytest", "setuptools")
FORBIDDEN_QT_MODULES = ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtCharts", "QtPdf")

# Lines of the offscreen platform that are not problems (the same list as pytest's qt_log_ignore).
KNOWN_NOISE = re.compile(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard|setting window opacity)"
    r"|QFont::fromString: Invalid description"
    r"|Fontconfig error: Cannot load default config file"
    r"|QStandardPaths: (XDG_RUNTIME_DIR not set|wrong permissions on runtime directory)"
)
LOG_PROBLEM = re.compile(r"^\S+ \S+ (WARNING|ERROR|CRITICAL) ")


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        print(f"  {'ok  ' if ok else 'FAIL'} {what}" + (f": {detail}" if detail and not ok else ""), flush=True)
        if not ok:
            self.failures.append(what + (f": {detail}" if detail else ""))
        return ok


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


# -- 1. translations -------------------------------------------------------------------------
def lrelease() -> Path:
    sys.path.insert(0, str(ROOT))
    from kronos_desktop.i18n import lrelease_tool  # the same lookup the app uses from the source tree

    tool = lrelease_tool()
    if tool is None:
        raise SystemExit("PySide6's lrelease was not found (is PySide6 installed? `uv sync`)")
    return tool


def compile_translations() -> list[Path]:
    tool = lrelease()
    compiled = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        result = subprocess.run(
            [str(tool), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False, timeout=120
        )
        if result.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
            raise SystemExit(f"lrelease failed on {ts}:\n{result.stdout}{result.stderr}")
        summary = [line.strip() for line in result.stdout.splitlines() if "translation" in line]
        print(f"  {qm.relative_to(ROOT)}: {'; '.join(summary) or 'compiled'}", flush=True)
        compiled.append(qm)
    if not compiled:
        raise SystemExit(f"no .ts files in {I18N}")
    return compiled


# -- 2. PyInstaller --------------------------------------------------------------------------
def run_pyinstaller(*, clean: bool, verbose: bool) -> float:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        "--log-level",
        "INFO" if verbose else "WARN",
    ]
    if clean:
        command.append("--clean")
    print("  " + " ".join(command), flush=True)
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, check=False)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        raise SystemExit(f"PyInstaller failed (exit {result.returncode}) after {elapsed:.0f} s")
    return elapsed


# -- 3. the bundle, from outside -------------------------------------------------------------
def shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def bundle_dir() -> Path:
    return DIST / NAME


def executable() -> Path:
    return bundle_dir() / f"{NAME}{EXE_SUFFIX}"


def contents_dir() -> Path:
    """sys._MEIPASS of the one-folder build: where base_library.zip is (``_internal`` in PyInstaller 6)."""
    for candidate in (bundle_dir() / "_internal", bundle_dir()):
        if (candidate / "base_library.zip").is_file():
            return candidate
    found = sorted(bundle_dir().rglob("base_library.zip"))
    if not found:
        raise SystemExit(f"{bundle_dir()} is not a PyInstaller one-folder build (no base_library.zip)")
    return found[0].parent


def frozen_modules(exe: Path, contents: Path) -> set[str]:
    """The names in the frozen archive (PYZ) inside the executable's package (or beside it)."""
    from PyInstaller.archive.readers import pkg_archive_contents  # type: ignore[import-untyped]

    for package in (exe, exe.with_suffix(".pkg"), contents / f"{NAME}.pkg"):
        if package.is_file():
            try:
                return set(pkg_archive_contents(str(package), recursive=True))
            except Exception:  # not an archive: try the next place
                continue
    raise SystemExit(f"no PyInstaller archive found in {exe}")


def shipped_data(folder: str) -> Iterable[Path]:
    for path in sorted((ROOT / folder).rglob("*")):
        relative = path.relative_to(ROOT)
        if not path.is_file() or "__pycache__" in relative.parts:
            continue
        if path.suffix in NOT_SHIPPED_SUFFIXES or path.name in NOT_SHIPPED_NAMES:
            continue
        yield relative


def check_bundle(report: Report) -> None:
    exe, contents = executable(), contents_dir()
    report.check(exe.is_file(), f"executable {shown(exe)}")
    report.check(contents.name == "_internal", "bundle root (sys._MEIPASS) is _internal", str(contents))

    # Data read by path: every file, byte for byte in size.
    for folder in DATA_FOLDERS:
        missing = [
            str(relative)
            for relative in shipped_data(folder)
            if not (contents / relative).is_file()
            or (contents / relative).stat().st_size != (ROOT / relative).stat().st_size
        ]
        count = sum(1 for _ in shipped_data(folder))
        report.check(not missing and count > 0, f"{folder}/: {count} files", f"missing or different: {missing}")
    caches = [str(p.relative_to(contents)) for p in (contents / "migrations").rglob("__pycache__")]
    report.check(not caches, "no __pycache__ in migrations/", ", ".join(caches))
    for ts in sorted(I18N.glob("*.ts")):
        qm = contents / "resources" / "i18n" / f"{ts.stem}.qm"
        report.check(qm.is_file() and qm.stat().st_size > 0, f"resources/i18n/{qm.name} prebuilt")
    shipped_ts = sorted(p.name for p in (contents / "resources").rglob("*.ts"))
    report.check(not shipped_ts, "no .ts shipped (a newer .ts copy would make the app recompile)", str(shipped_ts))
    arrows = [contents / "resources" / "style" / f"chevron-down.{theme}.svg" for theme in ("light", "dark")]
    report.check(
        all(a.is_file() for a in arrows), "resources/style/chevron-down.<theme>.svg (the style sheet's arrows)"
    )
    report.check((contents / "tzdata" / "zoneinfo" / "America" / "Sao_Paulo").is_file(), "tzdata America/Sao_Paulo")
    catalogues = [contents / "holidays" / "locale" / lang / "LC_MESSAGES" / "BR.mo" for lang in ("pt_BR", "en_US")]
    report.check(
        all(c.is_file() for c in catalogues),
        "holidays' Brazilian names in pt_BR and en_US (a missing catalogue fails the agenda's read)",
        str([str(c.relative_to(contents)) for c in catalogues if not c.is_file()]),
    )
    holidays_info = [p for p in contents.glob("holidays-*.dist-info") if (p / "METADATA").is_file()]
    report.check(bool(holidays_info), "holidays metadata (its version is read from it on import)")

    # Loaded by name or entry point.
    modules = frozen_modules(exe, contents)
    required = REQUIRED_MODULES + (LINUX_REQUIRED_MODULES if sys.platform.startswith("linux") else ())
    absent = [name for name in required if name not in modules]
    report.check(not absent, f"{len(required)} modules loaded by name are frozen", f"missing {absent}")
    if "httpx" in modules:  # the desk's HTTPS client: its CA bundle is a data file
        report.check((contents / "certifi" / "cacert.pem").is_file(), "certifi CA bundle for httpx")
    migration_imports = sorted(migration_script_imports() - modules)
    report.check(not migration_imports, "every module the migration scripts import is frozen", str(migration_imports))
    dist_infos = {p.name.split("-")[0].lower(): p for p in contents.glob("*.dist-info")}
    for dist in REQUIRED_METADATA:
        info = dist_infos.get(dist)
        report.check(
            info is not None and (info / "METADATA").is_file() and (info / "entry_points.txt").is_file(),
            f"{dist} metadata with its entry points",
        )
    present = sorted(
        name for name in modules if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_MODULES)
    )
    report.check(not present, "no server, dev-tool or setuptools modules", ", ".join(present[:10]))

    # Qt.
    qt_files = {p.relative_to(contents).as_posix(): p for p in contents.rglob("*") if p.is_file() or p.is_symlink()}
    names = list(qt_files)

    def has(pattern: str) -> bool:
        return any(re.search(pattern, name) for name in names)

    report.check(has(r"plugins/imageformats/(lib)?qsvg\."), "Qt SVG image plugin (imageformats/qsvg)")
    report.check(has(r"(^|/)(lib)?Qt6?Svg[.\d]*(so|dll|dylib)|QtSvg\.framework/"), "Qt SVG library")
    report.check(has(r"plugins/platforms/(lib)?qoffscreen\."), "Qt offscreen platform plugin")
    native = {"win32": r"qwindows\.dll", "darwin": r"libqcocoa\.dylib"}.get(sys.platform, r"libqxcb\.so")
    report.check(has(rf"plugins/platforms/{native}"), f"Qt native platform plugin ({native})")
    if sys.platform.startswith("linux"):
        report.check(has(r"plugins/platforms/libqwayland"), "Qt wayland platform plugin")
        report.check(has(r"plugins/platforminputcontexts/libcomposeplatforminputcontextplugin"), "Qt compose input")
    report.check(has(r"translations/qtbase_pt_BR\.qm$"), "Qt's own translation qtbase_pt_BR.qm")
    # Python bindings (QtQml.abi3.so, QtQml.pyd), libraries (libQt6Qml.so.6, Qt6Qml.dll) and frameworks.
    unused_qt = re.compile(r"(^|/)(lib)?(" + "|".join(m.replace("Qt", "Qt6?", 1) for m in FORBIDDEN_QT_MODULES) + ")")
    unused = sorted(name for name in names if unused_qt.search(name))
    report.check(not unused, "no unused Qt modules (WebEngine, Qml, Quick, 3D, Multimedia, Charts, Pdf)", str(unused))
    if sys.platform.startswith("linux"):
        check_linux_links(report, contents)
    check_installer_payload(report)


def check_installer_payload(report: Report) -> None:
    """The Windows installer (packaging/windows/kronos.iss) takes this payload whole: read back
    here on every system, since ISCC runs on Windows only."""
    import importlib.util

    path = ROOT / "packaging" / "windows" / "iss_payload.py"
    spec = importlib.util.spec_from_file_location("kronos_iss_payload", path)
    assert spec is not None
    assert spec.loader is not None
    iss = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = iss  # its dataclass looks its module up
    spec.loader.exec_module(iss)
    if bundle_dir() != ROOT / "dist" / NAME:
        print(f"  skip kronos.iss against the payload (it takes dist/{NAME}, not {bundle_dir()})", flush=True)
        return
    program = executable().name if sys.platform == "win32" else None
    problems = iss.payload_problems(bundle_dir(), program=program) + iss.setup_problems()
    report.check(not problems, "kronos.iss takes the whole one-folder payload; per-user setup", "; ".join(problems))


def migration_script_imports() -> set[str]:
    """Modules imported by the migration scripts and env.py (loaded by file path, not scanned)."""
    import ast

    found: set[str] = set()
    for script in (ROOT / "migrations" / "local").rglob("*.py"):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module != "__future__":
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names if node.module == "alembic")
    return {name for name in found if name.split(".")[0] not in sys.stdlib_module_names}


def check_linux_links(report: Report, contents: Path) -> None:
    """Every shared library in the bundle resolves, as the bootloader sets things up (ldd);
    a library the spec leaves to the system (CUPS's) may be absent from this machine."""
    from build_linux import unresolved_is_provided

    ldd = shutil.which("ldd")
    if ldd is None:
        report.check(True, "library links (ldd not found: skipped)")
        return
    env = {**os.environ, "LD_LIBRARY_PATH": str(contents)}
    unresolved: list[str] = []
    checked = 0
    for path in sorted(contents.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        checked += 1
        result = subprocess.run([ldd, str(path)], capture_output=True, text=True, env=env, check=False, timeout=60)
        unresolved += [
            f"{path.relative_to(contents)}: {line.split()[0]}"
            for line in result.stdout.splitlines()
            if "not found" in line and not unresolved_is_provided(line)
        ]
    report.check(not unresolved, f"{checked} shared libraries: every link resolves", "; ".join(unresolved[:10]))


# -- 4. smoke runs ---------------------------------------------------------------------------
@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    log: str


def run_frozen(
    args: Sequence[str],
    env: dict[str, str],
    log_file: Path,
    *,
    wrapper: Sequence[str] = (),
    program: Path | None = None,
) -> Run:
    before = log_file.stat().st_size if log_file.is_file() else 0
    try:
        result = subprocess.run(
            [*wrapper, str(program or executable()), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=SMOKE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        return Run(-1, str(exc.stdout or ""), f"timed out after {SMOKE_TIMEOUT_S} s", "")
    log = ""
    if log_file.is_file():
        with log_file.open(encoding="utf-8", errors="replace") as fh:
            fh.seek(before)
            log = fh.read()
    return Run(result.returncode, result.stdout, result.stderr, log)


def log_problems(run: Run) -> list[str]:
    return [line for line in run.log.splitlines() if LOG_PROBLEM.match(line) and not KNOWN_NOISE.search(line)]


def hermetic_env() -> dict[str, str]:
    """The environment of a user's machine as far as we can: no KRONOS_* settings, no Python
    variables, and no virtual environment on PATH (its pyside6-lrelease would let the frozen app
    compile translations that a studio PC could not)."""
    dropped_prefixes = ("KRONOS_", "PYTHON", "VIRTUAL_ENV", "UV_", "CONDA")
    env = {key: value for key, value in os.environ.items() if not key.startswith(dropped_prefixes)}
    venvs = {Path(p).resolve() for p in (sys.prefix, os.environ.get("VIRTUAL_ENV", "")) if p}
    kept = [
        entry
        for entry in env.get("PATH", "").split(os.pathsep)
        if entry and not any(Path(entry).resolve().is_relative_to(venv) for venv in venvs)
    ]
    env["PATH"] = os.pathsep.join(kept)
    return env


def migrations_head() -> str:
    """The newest revision of migrations/local, read from the scripts themselves (not the app's
    LOCAL_HEAD constant: the frozen app must migrate to what the migrations say)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "migrations" / "local"))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    if head is None:
        raise SystemExit(f"no migration head in {ROOT / 'migrations' / 'local'}")
    return head


def smoke(report: Report) -> None:
    import kronos_core

    head = migrations_head()

    # A windowed Windows build has no stdout: there the log file and the exit code speak.
    quiet = sys.platform == "win32" and os.environ.get("KRONOS_CONSOLE") != "1"
    contents = contents_dir()
    with tempfile.TemporaryDirectory(prefix="kronos-smoke-") as tmp:
        base = Path(tmp)
        data = base / "data"
        log_dir = base / "log"
        cache = base / "cache"
        env = hermetic_env()
        env.update(
            QT_QPA_PLATFORM="offscreen",
            KRONOS_LOG_DIR=str(log_dir),
            KRONOS_CONFIG_DIR=str(base / "config"),
            KRONOS_CACHE_DIR=str(cache),
            # Hide the OS's tz database: America/Sao_Paulo must come from the bundled tzdata.
            PYTHONTZPATH="",
        )
        log_file = log_dir / "kronos-desktop.log"

        started = time.monotonic()
        version = run_frozen(["--version"], env, log_file)
        report.check(
            version.code == 0 and (quiet or version.stdout.strip() == f"KRONOS {kronos_core.__version__}"),
            f"--version ({time.monotonic() - started:.1f} s): {version.stdout.strip() or '(no stdout)'}",
            f"exit {version.code}; {version.stderr.strip()[-500:]}",
        )
        report.check(not data.exists() and not log_file.exists(), "--version touched no data or log folder")

        started = time.monotonic()
        first = run_frozen(["--demo", "--smoke", "--lang", "pt_BR", "--data-dir", str(data)], env, log_file)
        elapsed = time.monotonic() - started
        qm = (contents / "resources" / "i18n" / "kronos_pt_BR.qm").resolve()
        check_smoke(report, first, quiet, f"--demo --smoke, pt_BR, offscreen ({elapsed:.1f} s)")
        report.check(
            "upgrading" in first.log and f"to {head}" in first.log,
            f"new database migrated by Alembic (frozen) to the migrations' head {head}",
            _line(first.log, "upgrading"),
        )
        report.check("demo studio written" in first.log, "demo studio written (tzdata America/Sao_Paulo)")
        report.check(
            f"interface language pt_BR (translation {qm})" in first.log,
            "prebuilt kronos_pt_BR.qm loaded from the bundle",
            _line(first.log, "interface language"),
        )
        report.check(
            not (cache / "i18n").exists() or not any((cache / "i18n").iterdir()),
            "nothing compiled at run time",
        )
        report.check((data / "kronos.db").is_file(), "database file created")

        started = time.monotonic()
        second = run_frozen(["--smoke", "--lang", "en", "--data-dir", str(data)], env, log_file)
        elapsed = time.monotonic() - started
        check_smoke(report, second, quiet, f"--smoke again, en ({elapsed:.1f} s)")
        report.check("upgrading" not in second.log, "second start: schema current, Alembic not needed")
        report.check(
            "interface language en (translation " in second.log and "kronos_en.qm" in second.log,
            "prebuilt kronos_en.qm loaded",
            _line(second.log, "interface language"),
        )

        self_checks(report, env, log_file, data, base, head, quiet)

        xvfb = shutil.which("xvfb-run")
        if sys.platform.startswith("linux") and xvfb:
            xcb_env = {**env, "QT_QPA_PLATFORM": "xcb"}
            started = time.monotonic()
            third = run_frozen(
                ["--smoke", "--data-dir", str(data)],
                xcb_env,
                log_file,
                wrapper=[xvfb, "-a", "-s", "-screen 0 1280x800x24"],
            )
            elapsed = time.monotonic() - started
            check_smoke(report, third, quiet, f"--smoke on xcb under Xvfb ({elapsed:.1f} s)")
        elif sys.platform.startswith("linux"):
            print("  skip --smoke on xcb (no xvfb-run)", flush=True)


def smoke_unpacked(report: Report, program: Path, tmp: Path) -> None:
    """The program unpacked from the Linux tarball: --version, --demo --smoke, --self-check."""
    import kronos_core

    env = hermetic_env()
    env.update(
        QT_QPA_PLATFORM="offscreen",
        KRONOS_LOG_DIR=str(tmp / "log"),
        KRONOS_CONFIG_DIR=str(tmp / "config"),
        KRONOS_CACHE_DIR=str(tmp / "cache"),
        PYTHONTZPATH="",
    )
    log_file = tmp / "log" / "kronos-desktop.log"
    data = tmp / "data"
    version = run_frozen(["--version"], env, log_file, program=program)
    report.check(
        version.stdout.strip() == f"KRONOS {kronos_core.__version__}", "unpacked: --version", version.stderr[-300:]
    )
    started = time.monotonic()
    first = run_frozen(["--demo", "--smoke", "--data-dir", str(data)], env, log_file, program=program)
    check_smoke(report, first, False, f"unpacked: --demo --smoke ({time.monotonic() - started:.1f} s)")
    checked = run_frozen(["--self-check", "--data-dir", str(data)], env, log_file, program=program)
    report.check(
        checked.code == 0 and "self-check passed" in checked.stdout,
        "unpacked: --self-check",
        f"exit {checked.code}; {checked.stdout.strip()[-300:]!r}",
    )


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def self_checks(
    report: Report, env: dict[str, str], log_file: Path, data: Path, base: Path, head: str, quiet: bool
) -> None:
    """``--self-check`` of the frozen binary: on the demo folder (exit 0, every line, the file
    unchanged), on a folder with no database (said, nothing created) and on a damaged copy
    (exit 1, naming the check). A windowed Windows build says it in its log instead."""
    import kronos_core

    contents = contents_dir()
    db = data / "kronos.db"
    before = _digest(db) if db.is_file() else ""
    started = time.monotonic()
    run = run_frozen(["--self-check", "--data-dir", str(data)], env, log_file)
    elapsed = time.monotonic() - started
    for line in run.stdout.strip().splitlines():
        print(f"       | {line}", flush=True)
    detail = f"exit {run.code}; stderr {run.stderr.strip()[-800:]!r}"
    if quiet:
        report.check(run.code == 0 and "self-check passed" in run.log, f"--self-check ({elapsed:.1f} s), log", detail)
    else:
        report.check(run.code == 0, f"--self-check on the demo folder ({elapsed:.1f} s)", detail)
        expected = (
            f"ok   version: KRONOS {kronos_core.__version__}",
            "ok   build: frozen bundle",
            f"ok   bundle root: {contents}",
            f"ok   schema version of this app: {head}",
            f"ok   database: {db}",
            "ok   database integrity: quick_check ok",
            f"ok   database schema version: {head} (current)",
            "free disk space: ",
            "keyring: ",
            "ok   translations: pt_BR (kronos_pt_BR.qm), en (kronos_en.qm); Qt's own qtbase_pt_BR.qm found",
            "ok   Qt platform: offscreen",
            "ok   server: no server: standalone",
        )
        lines = run.stdout.splitlines()
        absent = [want for want in expected if not any(want in line for line in lines)]
        report.check(not absent, "  every self-check line as expected", f"not found: {absent}")
    report.check(_digest(db) == before and not db.with_name("kronos.db-wal").exists(), "  database left as it was")

    empty = base / "no-database"
    run = run_frozen(["--self-check", "--data-dir", str(empty)], env, log_file)
    said = quiet or f"warn database: none in {empty}" in run.stdout
    what = "--self-check, no data folder: says so, creates nothing"
    report.check(run.code == 0 and said and not empty.exists(), what, f"exit {run.code}; {run.stdout.strip()[-300:]!r}")

    damaged = base / "damaged"
    damaged.mkdir()
    raw = bytearray(db.read_bytes())
    raw[4096 * 3 : 4096 * 40] = b"\xa5" * len(raw[4096 * 3 : 4096 * 40])
    (damaged / "kronos.db").write_bytes(bytes(raw))
    run = run_frozen(["--self-check", "--data-dir", str(damaged)], env, log_file)
    said = quiet or "FAIL database integrity: quick_check" in run.stdout
    report.check(run.code == 1 and said, "--self-check, damaged database: exit 1, names the check",
                 f"exit {run.code}; {run.stdout.strip()[-300:]!r}")  # fmt: skip


def _line(text: str, needle: str) -> str:
    return next((line for line in text.splitlines() if needle in line), f"(no line with {needle!r})")


def check_smoke(report: Report, run: Run, quiet: bool, what: str) -> None:
    shown = quiet or ("KRONOS main window shown" in run.stdout and "0 unexpected error(s)" in run.stdout)
    detail = f"exit {run.code}; stdout {run.stdout.strip()[-300:]!r}; stderr {run.stderr.strip()[-800:]!r}"
    report.check(run.code == 0 and shown, what, detail)
    if not quiet:
        summary = _line(run.stdout, "smoke run")
        print(f"       {summary}", flush=True)
    problems = log_problems(run)
    report.check(not problems, "  log: no warnings or errors", " | ".join(problems[:5]))
    report.check("Traceback" not in run.stderr and "Traceback" not in run.log, "  no traceback")


# -- 5. size ---------------------------------------------------------------------------------
def bundle_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def biggest(folder: Path, count: int) -> list[tuple[int, str]]:
    sizes = [
        (p.stat().st_size, p.relative_to(folder).as_posix())
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    ]
    return sorted(sizes, reverse=True)[:count]


def main(argv: Sequence[str] | None = None) -> int:
    global DIST, WORK
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check-only", action="store_true", help="skip the build: check and smoke-run dist/ as it is")
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first (slower, from scratch)")
    parser.add_argument("--verbose", action="store_true", help="PyInstaller's full log")
    parser.add_argument("--no-smoke", action="store_true", help="check the bundle's contents only")
    parser.add_argument("--no-tarball", action="store_true", help="Linux: do not make and check the tarball")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    args = parser.parse_args(argv)
    if args.dist.resolve() != DIST:
        DIST, WORK = args.dist.resolve(), args.dist.resolve() / "build"
    linux = sys.platform.startswith("linux")

    build_s = None
    if not args.check_only:
        step("1. translations (.ts → .qm, PySide6's lrelease)")
        compile_translations()
        step(f"2. PyInstaller ({shown(SPEC)} → {shown(bundle_dir())})")
        build_s = run_pyinstaller(clean=args.clean, verbose=args.verbose)
        print(f"  built in {build_s:.0f} s", flush=True)
    if not executable().is_file():
        print(f"no bundle at {bundle_dir()}: build it first (without --check-only)", file=sys.stderr)
        return 1

    report = Report()
    step("3. bundle contents")
    check_bundle(report)
    if linux:
        import build_linux

        build_linux.check_icu(report, contents_dir())
        build_linux.check_glibc(report, bundle_dir())
    if not args.no_smoke:
        step("4. smoke runs of the frozen binary")
        smoke(report)
    if linux and not args.no_smoke and not args.no_tarball:
        step("4b. the Linux tarball: made, unpacked, smoke-run, installed under a temporary home")
        build_linux.check_tarball(report, bundle_dir(), DIST, lambda program, tmp: smoke_unpacked(report, program, tmp))

    step("5. summary")
    size, files = bundle_size(bundle_dir())
    print(f"  bundle {shown(bundle_dir())}: {size / 2**20:.0f} MiB in {files} files", flush=True)
    for nbytes, name in biggest(bundle_dir(), 5):
        print(f"    {nbytes / 2**20:6.1f} MiB  {name}", flush=True)
    import bundle_report

    print("  what each dependency adds (packaging/README.md keeps the budget):", flush=True)
    for line in bundle_report.table(bundle_dir()).splitlines():
        print(f"    {line}", flush=True)
    if build_s is not None:
        print(f"  PyInstaller build time: {build_s:.0f} s", flush=True)
    if report.failures:
        print(f"\nFAILED ({len(report.failures)}):", file=sys.stderr)
        for failure in report.failures:
            print(f"  - {failure}", file=sys.stderr)
        return 1
    print("\nall checks passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
