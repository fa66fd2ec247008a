"""The frozen desk (issue 17): how big the downloads are and how fast the one-folder build starts.

Slow: it may build. The one-folder build in ``dist/kronos-desktop`` is reused when it is newer
than every source it is made of (the desk's code, resources, migrations, the spec and its helpers,
``uv.lock``); otherwise ``packaging/build.py --no-smoke --no-tarball`` rebuilds it (2–4 minutes on
2 cores). The one-file build goes to ``dist/onefile/`` (``KRONOS_ONEFILE=1``), reused the same way.

- ``package.onedir_mb``: the one-folder build on disk, MiB (goal under 130). Baseline: the part
  any PySide6 widgets program carries (Qt's libraries, ICU, PySide6's bindings, Python's runtime),
  from packaging/bundle_report.py.
- ``package.onefile_mb``: the one-file program, MiB (goal under 70); baseline: the one-folder build.
- ``package.start_s``: launch of the one-folder program (``--demo --smoke`` on an existing demo
  database, offscreen) to its "main window shown" line, median of 5 (goal under 1 s); baseline:
  the same start from the source in the same run (``python -m kronos_desktop.main``).
- ``package.day_s``: the same launch until the agenda has drawn the day's bookings (its "agenda day
  shown" line: the reader thread's first answer on screen), median of 5; baseline: from the source.
- ``package.onefile_start_s``: the same for the one-file program (it unpacks itself first), median of 3.
- ``package.import_s``: importing the desk's window from the source (``import kronos_desktop.app``),
  median of 5; baseline: ``import PySide6.QtWidgets`` alone.

    uv run python -m bench package.      # the figures (slow ones run when named beyond the area)
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bench.bench_app import DAY, _env, time_until_shown
from bench.harness import Figure, benchmark, median

ROOT = Path(__file__).resolve().parent.parent
NAME = "kronos-desktop"
EXE = f"{NAME}.exe" if sys.platform == "win32" else NAME
ONEDIR = ROOT / "dist" / NAME
ONEFILE = ROOT / "dist" / "onefile" / EXE
SOURCES = (
    *("kronos_core", "kronos_desktop", "resources", "migrations", "uv.lock"),
    # what the spec reads (build.py, the reports and the installers' scripts do not change the build)
    *(f"packaging/{name}" for name in ("kronos-desktop.spec", "entry.py", "icu_trim.py", "win_version.py")),
    "packaging/macos_plist.py",
)
BUILT_FROM = {".py", ".spec", ".svg", ".png", ".qss", ".ts", ".mako", ".ini", ".lock", ".ico", ".icns"}
RUNS = 5


def newest_source() -> float:
    """The newest file a build is made of (not READMEs, caches or the compiled translations)."""
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        files = [p for p in files if "__pycache__" not in p.parts and p.suffix in BUILT_FROM]
        newest = max([newest, *(p.stat().st_mtime for p in files)])
    return newest


def fresh(program: Path) -> bool:
    return program.is_file() and program.stat().st_mtime > newest_source()


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_onedir() -> None:
    if fresh(ONEDIR / EXE):
        return
    print("  building the one-folder desk (packaging/build.py) …", file=sys.stderr, flush=True)
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-smoke", "--no-tarball"], cwd=ROOT, check=True
    )


def build_onefile() -> None:
    if fresh(ONEFILE):
        return
    build_onedir()  # compiles the translations the spec requires
    print("  building the one-file desk (KRONOS_ONEFILE=1) …", file=sys.stderr, flush=True)
    work = ROOT / "build" / "onefile"
    command = [sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / f"{NAME}.spec"), "--noconfirm"]
    command += ["--distpath", str(ONEFILE.parent), "--workpath", str(work), "--log-level", "WARN"]
    subprocess.run(command, cwd=ROOT, check=True, env={**os.environ, "KRONOS_ONEFILE": "1"})


def qt_floor_bytes() -> int:
    """What any PySide6 widgets program carries, from the bundle's own size report."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("kronos_bundle_report", ROOT / "packaging" / "bundle_report.py")
    assert spec is not None
    assert spec.loader is not None
    bundle_report = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bundle_report)
    floor = ("Qt: libraries", "Qt: ICU", "PySide6: Python bindings", "Python runtime")
    sizes: list[tuple[str, int]] = bundle_report.dependency_sizes(ONEDIR)
    return sum(size for name, size in sizes if name.startswith(floor))


def _import_seconds(statement: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return time.perf_counter() - start


@benchmark("package.onedir_mb", "package.start_s", "package.day_s", "package.import_s", slow=True)
def onedir(tmp: Path) -> list[Figure]:
    build_onedir()
    size = folder_bytes(ONEDIR) / 2**20
    env = _env(tmp)
    env.pop("PYTHONPATH", None)
    frozen = [str(ONEDIR / EXE), "--demo", "--smoke", "--data-dir", str(tmp / "frozen")]
    source = [sys.executable, "-m", "kronos_desktop.main", "--demo", "--smoke", "--data-dir", str(tmp / "source")]
    time_until_shown(frozen, env)  # the first start builds the demo studio; later ones open it
    time_until_shown(source, env)
    frozen_s = median([time_until_shown(frozen, env) for _ in range(RUNS)])
    source_s = median([time_until_shown(source, env) for _ in range(RUNS)])
    frozen_day_s = median([time_until_shown(frozen, env, DAY) for _ in range(RUNS)])
    source_day_s = median([time_until_shown(source, env, DAY) for _ in range(RUNS)])
    _import_seconds("import kronos_desktop.app")  # bytecode written
    imports = median([_import_seconds("import kronos_desktop.app") for _ in range(RUNS)])
    bare = median([_import_seconds("import PySide6.QtWidgets") for _ in range(RUNS)])
    return [
        Figure("package.onedir_mb", size, "MiB", qt_floor_bytes() / 2**20),
        Figure("package.start_s", frozen_s, "s", source_s),
        Figure("package.day_s", frozen_day_s, "s", source_day_s),
        Figure("package.import_s", imports, "s", bare),
    ]


@benchmark("package.onefile_mb", "package.onefile_start_s", slow=True)
def onefile(tmp: Path) -> list[Figure]:
    build_onefile()
    build_onedir()
    env = _env(tmp)
    command = [str(ONEFILE), "--demo", "--smoke", "--data-dir", str(tmp / "onefile")]
    time_until_shown(command, env)
    started = median([time_until_shown(command, env) for _ in range(3)])
    onedir_command = [str(ONEDIR / EXE), "--demo", "--smoke", "--data-dir", str(tmp / "onefile")]
    onedir_s = median([time_until_shown(onedir_command, env) for _ in range(3)])
    return [
        Figure("package.onefile_mb", ONEFILE.stat().st_size / 2**20, "MiB", folder_bytes(ONEDIR) / 2**20),
        Figure("package.onefile_start_s", started, "s", onedir_s),
    ]
