"""What the one-folder build is made of: the size each dependency adds, and (Linux) the oldest
glibc it runs on.

    uv run python packaging/bundle_report.py [dist/kronos-desktop]

Every file of the bundle is charged to one dependency: Python packages by their distribution
(their folder, their ``*.libs`` and ``*.dist-info``, and their modules' compressed bytecode inside
the program's frozen archive), Qt by part (ICU, the Qt libraries, plugins, PySide6's bindings),
Python's own runtime, and the system libraries PyInstaller copied from the build machine. The
budget table in packaging/README.md is this output, measured; ``build.py`` prints it after
every build.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from importlib.metadata import packages_distributions
from pathlib import Path

NAME = "kronos-desktop"
GLIBC = re.compile(r"\bGLIBC_(\d+(?:\.\d+)+)\b")


def _is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def glibc_floor(bundle: Path) -> tuple[str, str]:
    """The highest ``GLIBC_x.y`` symbol version any binary of the bundle requires (objdump's
    version references), and the first file that requires it: the oldest glibc it runs on."""
    best: tuple[int, ...] = (0,)
    who = ""
    for path in sorted(bundle.rglob("*")):
        if not _is_elf(path):
            continue
        out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=False).stdout
        references = out.split("Version References:", 1)[-1] if "Version References:" in out else ""
        for version in GLIBC.findall(references):
            key = tuple(int(n) for n in version.split("."))
            if key > best:
                best, who = key, path.relative_to(bundle).as_posix()
    return ".".join(str(n) for n in best), who


def _distributions() -> dict[str, str]:
    """Top-level import name → distribution name (``PIL`` → ``pillow``), lower case."""
    return {name: dists[0].lower() for name, dists in packages_distributions().items() if dists}


def _frozen_archive_sizes(exe: Path) -> dict[str, int]:
    """Compressed bytes per top-level module name inside the program's PYZ archive."""
    from PyInstaller.archive.readers import CArchiveReader  # type: ignore[import-untyped]

    sizes: dict[str, int] = defaultdict(int)
    package = CArchiveReader(str(exe))
    for name, entry in package.toc.items():
        if entry[-1] == "z":  # the PYZ
            pyz = package.open_embedded_archive(name)
            for module, (_typecode, _offset, length) in pyz.toc.items():
                sizes[module.split(".")[0]] += length
    return sizes


def charge(relative: str, by_module: dict[str, str]) -> str:
    """The dependency a file of ``_internal/`` (a POSIX path relative to it) belongs to."""
    parts = relative.split("/")
    top = parts[0]
    if top == "PySide6":
        name = parts[-1]
        if re.match(r"libicudata", name):
            return "Qt: ICU data"
        if re.match(r"libicu", name):
            return "Qt: ICU code"
        if "plugins" in parts:
            return "Qt: plugins"
        if "translations" in parts:
            return "Qt: translations"
        if "lib" in parts:
            return "Qt: libraries (Core, Gui, Widgets, Network, Svg, ...)"
        return "PySide6: Python bindings"
    if top == "shiboken6":
        return "PySide6: Python bindings"
    if top.startswith("libpython") or top in ("python3.11", "base_library.zip") or re.match(r"python3\.\d+$", top):
        return "Python runtime (libpython, extension modules, base_library.zip)"
    if top.endswith(".dist-info"):
        return by_module.get(top.split("-")[0].lower(), top.split("-")[0].lower().replace("_", "-"))
    if top.endswith(".libs"):
        return by_module.get(top.removesuffix(".libs"), top.removesuffix(".libs").lower())
    if len(parts) == 1 and re.search(r"\.so(\.|$)|\.dll$|\.dylib$", top):
        module = top.split(".")[0]
        if module in by_module:
            return by_module[module]
        return "system libraries copied from the build machine"
    if top in ("resources", "migrations"):
        return "KRONOS: resources and migrations"
    return by_module.get(top, top)


def dependency_sizes(bundle: Path) -> list[tuple[str, int]]:
    """(dependency, bytes) for the one-folder ``bundle``, biggest first."""
    internal = bundle / "_internal"
    by_module = _distributions()
    by_module.update(kronos_core="KRONOS: kronos_core", kronos_desktop="KRONOS: kronos_desktop")
    totals: dict[str, int] = defaultdict(int)
    exe = next(p for p in (bundle / NAME, bundle / f"{NAME}.exe") if p.is_file())
    archived = _frozen_archive_sizes(exe)
    for module, size in archived.items():
        owner = by_module.get(module)
        if owner is None:
            owner = "Python runtime (libpython, extension modules, base_library.zip)"
            if module not in sys.stdlib_module_names and not module.startswith("_"):
                owner = module
        totals[owner] += size
    totals["the program (bootloader)"] += exe.stat().st_size - sum(archived.values())
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            totals[charge(path.relative_to(internal).as_posix(), by_module)] += path.stat().st_size
    return sorted(totals.items(), key=lambda item: -item[1])


def table(bundle: Path) -> str:
    rows = dependency_sizes(bundle)
    total = sum(size for _name, size in rows)
    lines = ["| dependency | MiB |", "| --- | ---: |"]
    lines += [f"| {name} | {size / 2**20:.1f} |" for name, size in rows if size >= 0.05 * 2**20]
    small = sum(size for _name, size in rows if size < 0.05 * 2**20)
    lines.append(f"| {sum(1 for _n, s in rows if s < 0.05 * 2**20)} others under 0.05 MiB | {small / 2**20:.1f} |")
    lines.append(f"| **total** | **{total / 2**20:.1f}** |")
    return "\n".join(lines)


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "dist" / NAME
    print(table(folder))
    if sys.platform.startswith("linux"):
        version, who = glibc_floor(folder)
        print(f"\noldest glibc: {version} (required by {who})")
