"""build.py's Linux-only checks: the trimmed ICU data, the oldest glibc, the libraries the system
provides, and the tarball a studio downloads (made, unpacked and smoke-run).

Imported by build.py (this folder is on its path); every function reports through build.py's
``Report`` and runs the frozen program through its ``run_frozen``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bundle_report
import icu_trim

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"
ICU_LIMIT_MIB = 10
# Libraries the spec leaves to the system (SYSTEM_PROVIDED there): a link to one that this
# machine lacks is not a broken bundle.
SYSTEM_PROVIDED = (
    "libcups.so.2",
    "libdbus-1.so.3",
    "libX11.so.6",
    "libX11-xcb.so.1",
    "libfontconfig.so.1",
    "libfreetype.so.6",
    "libssl.so.3",
    "libcrypto.so.3",
)
STATED_GLIBC = re.compile(r"runs on glibc (\d+\.\d+) or newer")


def stated_glibc() -> str | None:
    """The oldest glibc packaging/README.md promises ("runs on glibc 2.NN or newer")."""
    match = STATED_GLIBC.search(README.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in version.split("."))


def check_icu(report: Any, contents: Path) -> None:
    libraries = sorted((contents / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    if not libraries:
        report.check(True, "ICU data: none in the bundle (nothing to trim)")
        return
    size = libraries[0].stat().st_size / 2**20
    report.check(
        size < ICU_LIMIT_MIB,
        f"ICU data trimmed to Portuguese and English ({size:.1f} MiB)",
        "the spec kept the whole library: install icu-devtools and gcc (packaging/icu_trim.py)",
    )
    with tempfile.TemporaryDirectory(prefix="kronos-icu-") as tmp:
        shutil.copy2(libraries[0], Path(tmp) / libraries[0].name)
        ok, said = icu_trim.qt_check(Path(tmp))
    report.check(ok, "  Qt with it: a Portuguese collation, upper-casing and a time zone's name", said)


def check_glibc(report: Any, bundle: Path) -> str:
    version, who = bundle_report.glibc_floor(bundle)
    stated = stated_glibc()
    print(f"  oldest glibc the bundle runs on: {version} (the highest GLIBC_ version required, by {who})", flush=True)
    report.check(
        stated is not None and _key(version) <= _key(stated),
        f"glibc {version} ≤ the {stated} packaging/README.md states",
        "build on an older distribution, or update the README's 'runs on glibc X.Y or newer'",
    )
    return version


def unresolved_is_provided(line: str) -> bool:
    return any(name in line for name in SYSTEM_PROVIDED)


def check_desktop_entry(report: Any, make_tarball: Any) -> None:
    problems = make_tarball.desktop_entry_problems()
    report.check(not problems, "kronos-desktop.desktop: a valid Desktop Entry (parsed)", "; ".join(problems))
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        print("  skip desktop-file-validate (not installed: apt install desktop-file-utils)", flush=True)
        return
    result = subprocess.run([validator, str(make_tarball.DESKTOP)], capture_output=True, text=True, check=False)
    said = (result.stdout + result.stderr).strip()
    report.check(result.returncode == 0 and not said, "  desktop-file-validate: no error, no hint", said)


def check_tarball(
    report: Any,
    bundle: Path,
    dist: Path,
    smoke: Callable[[Path, Path], None],
) -> Path:
    """Make the tarball, unpack it into a temporary folder and hand the unpacked program to
    ``smoke(program, temporary folder)``."""
    import importlib.util
    import time

    spec = importlib.util.spec_from_file_location("kronos_make_tarball", HERE / "linux" / "make_tarball.py")
    assert spec is not None
    assert spec.loader is not None
    make_tarball = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_tarball)
    check_desktop_entry(report, make_tarball)
    started = time.monotonic()
    tarball: Path = make_tarball.make(bundle, dist)
    print(
        f"  {tarball.name}: {tarball.stat().st_size / 2**20:.0f} MiB in {time.monotonic() - started:.0f} s",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="kronos-tarball-") as tmp:
        program = make_tarball.extract(tarball, Path(tmp) / "unpacked")
        top = program.parent.parent
        expected = ("install.sh", "kronos-desktop.desktop", "icons/kronos-desktop.svg", "icons/kronos-desktop.png")
        absent = [name for name in expected if not (top / name).is_file()]
        report.check(not absent, "tarball: program, menu entry, icons and install.sh", str(absent))
        same = bundle_report_files(bundle) == bundle_report_files(program.parent)
        report.check(same, "tarball: the one-folder build file for file (names and sizes)")
        smoke(program, Path(tmp))
        home = Path(tmp) / "home"
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(home / ".local" / "share")}
        installed = subprocess.run(
            ["sh", str(top / "install.sh")], capture_output=True, text=True, env=env, check=False, timeout=120
        )
        report.check(
            installed.returncode == 0
            and (home / ".local" / "lib" / "kronos-desktop" / "kronos-desktop").is_file()
            and (home / ".local" / "share" / "applications" / "kronos-desktop.desktop").is_file()
            and (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "kronos-desktop.png").is_file(),
            "install.sh: program, menu entry and icon under ~/.local; --uninstall removes them",
            (installed.stdout + installed.stderr).strip()[-300:],
        )
        subprocess.run(["sh", str(top / "install.sh"), "--uninstall"], env=env, check=False, capture_output=True)
        leftovers = list((home / ".local").rglob("*kronos*")) if (home / ".local").exists() else []
        report.check(not leftovers, "  nothing of KRONOS left after --uninstall", str(leftovers[:3]))
    return tarball


def bundle_report_files(folder: Path) -> set[tuple[str, int]]:
    return {
        (p.relative_to(folder).as_posix(), p.stat().st_size) for p in folder.rglob("*") if p.is_file() or p.is_symlink()
    }
