"""The Linux download: the menu entry, the tarball (made from a small stand-in of the one-folder
build, unpacked as a user would) and install.sh under a temporary home. build.py does the same
with the real bundle and smoke-runs the unpacked program (CI's binary step)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tarball() -> ModuleType:
    path = ROOT / "packaging" / "linux" / "make_tarball.py"
    spec = importlib.util.spec_from_file_location("kronos_make_tarball", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def stand_in_bundle(folder: Path) -> Path:
    """A one-folder build's shape, with a program that answers --version as the real one does."""
    bundle = folder / "kronos-desktop"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "_internal" / "resources" / "kronos.qss").write_text("QWidget {}\n", encoding="utf-8")
    program = bundle / "kronos-desktop"
    program.write_text('#!/bin/sh\necho "KRONOS 9.9.9"\n', encoding="utf-8")
    program.chmod(0o755)
    return bundle


def test_the_desktop_entry_is_valid(tarball: ModuleType, tmp_path: Path) -> None:
    assert tarball.desktop_entry_problems() == []
    validator = shutil.which("desktop-file-validate")
    if validator is not None:  # .ci/run installs desktop-file-utils
        result = subprocess.run([validator, str(tarball.DESKTOP)], capture_output=True, text=True, check=False)
        assert result.returncode == 0
        assert not result.stdout + result.stderr
    broken = tmp_path / "broken.desktop"
    text = tarball.DESKTOP.read_text(encoding="utf-8").replace("Icon=kronos-desktop", "Icon=/opt/kronos.png")
    broken.write_text(text.replace("Categories=Office;Calendar;", "Categories=Tattoo"), encoding="utf-8")
    assert tarball.desktop_entry_problems(broken) == [
        "Categories must end with ';'",
        "Categories names no main category",
        "Icon is a theme name: no path, no extension",
    ]


def test_the_tarball_unpacks_to_the_program_its_entry_and_icons(tarball: ModuleType, tmp_path: Path) -> None:
    bundle = stand_in_bundle(tmp_path / "dist")
    made = tarball.make(bundle, tmp_path / "dist")
    assert made.name.startswith(f"kronos-desktop-{tarball.version()}-linux-")
    assert made.name.endswith(".tar.gz")
    assert not list((tmp_path / "dist").glob("*.partial"))
    program = tarball.extract(made, tmp_path / "unpacked")
    top = program.parent.parent
    assert top.name == f"kronos-desktop-{tarball.version()}"
    assert os.access(program, os.X_OK)
    assert (program.parent / "_internal" / "resources" / "kronos.qss").read_text(encoding="utf-8") == "QWidget {}\n"
    for name in ("install.sh", "kronos-desktop.desktop", "icons/kronos-desktop.svg", "icons/kronos-desktop.png"):
        assert (top / name).is_file(), name
    assert os.access(top / "install.sh", os.X_OK)


def test_install_sh_puts_it_under_local_and_uninstall_keeps_the_data(tarball: ModuleType, tmp_path: Path) -> None:
    bundle = stand_in_bundle(tmp_path / "dist")
    program = tarball.extract(tarball.make(bundle, tmp_path / "dist"), tmp_path / "unpacked")
    home = tmp_path / "home"
    data = home / ".local" / "share" / "KRONOS"
    data.mkdir(parents=True)
    (data / "kronos.db").write_bytes(b"the studio")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    install = program.parent.parent / "install.sh"
    result = subprocess.run(["sh", str(install)], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert "KRONOS 9.9.9 installed" in result.stdout
    entry = home / ".local" / "share" / "applications" / "kronos-desktop.desktop"
    installed = home / ".local" / "lib" / "kronos-desktop" / "kronos-desktop"
    assert f"Exec={installed}" in entry.read_text(encoding="utf-8").splitlines()
    assert (home / ".local" / "bin" / "kronos-desktop").resolve() == installed
    assert (home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "kronos-desktop.svg").is_file()
    result = subprocess.run(["sh", str(install), "--uninstall"], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert not installed.exists()
    assert not entry.exists()
    assert not (home / ".local" / "bin" / "kronos-desktop").is_symlink()
    assert (data / "kronos.db").read_bytes() == b"the studio"
