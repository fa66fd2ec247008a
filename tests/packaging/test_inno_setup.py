"""The Windows installer's script read back (Inno Setup does not run here): its [Files] section
takes the whole one-folder payload, its setup is a per-user install with menu and optional desktop
entries that keeps the studio's data. build.py runs the same check on the real dist/ after each build."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "kronos.iss"


@pytest.fixture(scope="module")
def iss() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kronos_iss_payload", ROOT / "packaging" / "windows" / "iss_payload.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def fake_payload(repo: Path) -> Path:
    """A one-folder build's layout where kronos.iss expects it (..\\..\\dist\\kronos-desktop)."""
    payload = repo / "dist" / "kronos-desktop"
    for name in (
        "kronos-desktop.exe",
        "_internal/python311.dll",
        "_internal/PySide6/plugins/platforms/qwindows.dll",
        "_internal/resources/i18n/kronos_pt_BR.qm",
        "_internal/migrations/local/versions/0001_initial.py",
        "_internal/tzdata/zoneinfo/America/Sao_Paulo",
    ):
        (payload / name).parent.mkdir(parents=True, exist_ok=True)
        (payload / name).write_bytes(b"x")
    return payload


def copy_iss(repo: Path, text: str | None = None) -> Path:
    target = repo / "packaging" / "windows" / "kronos.iss"
    target.parent.mkdir(parents=True)
    target.write_text(ISS.read_text(encoding="utf-8") if text is None else text, encoding="utf-8")
    return target


def test_the_installer_takes_every_file_of_the_payload(iss: ModuleType, tmp_path: Path) -> None:
    payload = fake_payload(tmp_path)
    assert iss.payload_problems(payload, copy_iss(tmp_path)) == []


def test_an_exclusion_or_a_missing_flag_is_named(iss: ModuleType, tmp_path: Path) -> None:
    payload = fake_payload(tmp_path)
    text = ISS.read_text(encoding="utf-8").replace(
        "Flags: ignoreversion recursesubdirs createallsubdirs", 'Excludes: "*.qm"; Flags: ignoreversion'
    )
    problems = iss.payload_problems(payload, copy_iss(tmp_path, text))
    assert "Excludes leaves out _internal/resources/i18n/kronos_pt_BR.qm" in problems
    assert any("lacks the flags ['createallsubdirs', 'recursesubdirs']" in p for p in problems)


def test_a_payload_without_the_program_is_refused(iss: ModuleType, tmp_path: Path) -> None:
    payload = fake_payload(tmp_path)
    (payload / "kronos-desktop.exe").unlink()
    assert iss.payload_problems(payload, copy_iss(tmp_path)) == ["the payload has no kronos-desktop.exe"]


def test_per_user_setup_with_menu_and_optional_desktop_entries(iss: ModuleType) -> None:
    assert iss.setup_problems(ISS) == []
    keys = iss.setup_keys(ISS.read_text(encoding="utf-8"))
    assert keys["PrivilegesRequired"] == "lowest"
    assert keys["SetupIconFile"] == r"..\..\resources\icons\kronos.ico"
    assert (ROOT / "resources" / "icons" / "kronos.ico").is_file()


def test_a_machine_wide_install_is_refused(iss: ModuleType, tmp_path: Path) -> None:
    text = ISS.read_text(encoding="utf-8").replace("PrivilegesRequired=lowest", "PrivilegesRequired=admin")
    text = text.replace("; Tasks: desktopicon", "")
    problems = iss.setup_problems(copy_iss(tmp_path, text))
    assert "PrivilegesRequired='admin', expected 'lowest'" in problems
    assert "no optional desktop entry ({autodesktop} under the desktopicon task)" in problems


def test_the_build_script_smoke_runs_the_installed_program() -> None:
    script = (ROOT / "packaging" / "windows" / "build_installer.ps1").read_text(encoding="utf-8")
    for step in ("/VERYSILENT", '"--self-check"', '"--demo", "--smoke"', '"--version"', "unins*.exe", "/DAppVersion="):
        assert step in script
