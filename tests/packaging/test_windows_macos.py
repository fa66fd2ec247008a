"""What cannot be built here, read back as its own system would: the Windows version resource
parsed by PyInstaller's own reader, the macOS Info.plist by plistlib, the icons by Pillow."""

from __future__ import annotations

import importlib.util
import plistlib
import subprocess
import sys
import types
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

import kronos_core
from tests.packaging.test_spec import copy_tree, evaluate

ROOT = Path(__file__).resolve().parents[2]


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"kronos_packaging_{name}", ROOT / "packaging" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pyinstaller_versioninfo(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """PyInstaller's reader imports pefile and pywin32's win32api at the top (Windows-only, used
    to read and write an .exe's resources, not to parse the text): stand-ins where they are absent."""
    import PyInstaller.compat  # type: ignore[import-untyped]

    try:
        import pefile  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    if not hasattr(PyInstaller.compat, "win32api"):
        monkeypatch.setattr(PyInstaller.compat, "win32api", types.ModuleType("win32api"), raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    import PyInstaller.utils.win32.versioninfo as versioninfo  # type: ignore[import-untyped]

    module: ModuleType = versioninfo
    return module


def test_the_version_file_the_spec_writes_is_read_by_pyinstallers_own_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = copy_tree(tmp_path)
    spec = evaluate(tree, monkeypatch)
    version_file = Path(spec.namespace["VERSION_FILE"])
    assert spec.exe["version"] == (str(version_file) if sys.platform == "win32" else None)
    assert version_file == tree / "build" / "kronos-desktop-version.txt"
    versioninfo = pyinstaller_versioninfo(monkeypatch)
    info = versioninfo.load_version_info_from_text_file(str(version_file))
    numbers = tuple(int(n) for n in kronos_core.__version__.split(".")[:3])
    assert info.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    assert info.ffi.fileVersionLS == numbers[2] << 16
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == kronos_core.__version__
    assert strings["OriginalFilename"] == "kronos-desktop.exe"
    assert strings["ProductName"] == "KRONOS"
    # The resource's strings as PyInstaller serialises them for the .exe (UTF-16). Its fixed part
    # is packed with native longs, 8 bytes off Windows: that part is checked on the text above.
    raw = info.toRaw()
    for value in strings.values():
        assert value.encode("utf-16-le") in raw


def test_windows_version_numbers() -> None:
    win_version = load("win_version")
    assert win_version.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert win_version.version_tuple("1.2.3rc1") == (1, 2, 3, 1)
    assert win_version.version_tuple("2.0") == (2, 0, 0, 0)
    with pytest.raises(ValueError, match="16-bit"):
        win_version.version_tuple("70000.1")
    with pytest.raises(ValueError, match="not a version"):
        win_version.version_tuple("dev")


def test_the_mac_app_bundle_plist_read_back_with_plistlib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree = copy_tree(tmp_path)
    bundle: dict[str, object] = {}
    monkeypatch.setattr(sys, "platform", "darwin")
    spec = evaluate(tree, monkeypatch, bundle=bundle)
    assert bundle["name"] == "KRONOS.app"
    assert bundle["bundle_identifier"] == "br.com.kronos.desktop"
    assert str(bundle["icon"]).endswith("resources/icons/kronos.icns")
    assert spec.exe["icon"] == bundle["icon"]
    written = tmp_path / "Info.plist"
    info = bundle["info_plist"]
    assert isinstance(info, dict)
    written.write_bytes(plistlib.dumps(info))
    plist = plistlib.loads(written.read_bytes())
    assert plist["CFBundleIdentifier"] == "br.com.kronos.desktop"
    assert plist["CFBundleShortVersionString"] == kronos_core.__version__
    assert plist["CFBundleVersion"] == kronos_core.__version__
    assert plist["LSMinimumSystemVersion"] == "13.0"
    assert plist["NSHighResolutionCapable"] is True


def test_icons_hold_every_size_and_match_the_svg() -> None:
    with Image.open(ROOT / "resources" / "icons" / "kronos.ico") as ico:
        assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= set(ico.info["sizes"])
    with Image.open(ROOT / "resources" / "icons" / "kronos.icns") as icns:
        assert icns.size == (1024, 1024)
        assert {(s, s, 1) for s in (128, 256, 512)} <= set(icns.info["sizes"])
    # The committed files are what packaging/icons.py draws from kronos.svg today.
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "icons.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
