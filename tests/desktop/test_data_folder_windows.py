"""On Windows the desk's data goes to the local application-data folder, never the roaming
profile (which may sit on a network share): tested here with the platform patched to Windows
and the shell's folders given by the environment, as platformdirs reads them without ctypes."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs.windows
import pytest

from kronos_desktop.store.paths import DB_FILENAME, default_data_dir, default_log_dir, resolve_data_dir


@pytest.fixture
def windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    roaming = tmp_path / "Users" / "ana" / "AppData" / "Roaming"
    local = tmp_path / "Users" / "ana" / "AppData" / "Local"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", platformdirs.windows.get_win_folder_from_env_vars)
    monkeypatch.setenv("APPDATA", str(roaming))
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.delenv("KRONOS_DATA_DIR", raising=False)
    return roaming, local


def test_the_database_goes_to_the_local_app_data_folder(windows: tuple[Path, Path]) -> None:
    roaming, local = windows
    assert resolve_data_dir() == local / "KRONOS" / "KRONOS"
    assert not resolve_data_dir().is_relative_to(roaming)
    assert default_log_dir().is_relative_to(local)


def test_a_database_an_older_version_left_in_the_roaming_profile_is_still_found(
    windows: tuple[Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    roaming, local = windows
    old = roaming / "KRONOS" / "KRONOS"
    old.mkdir(parents=True)
    (old / DB_FILENAME).write_bytes(b"")
    assert default_data_dir() == old  # the studio's data is not lost behind an empty new folder
    assert "roaming profile" in caplog.text
    new = local / "KRONOS" / "KRONOS"
    new.mkdir(parents=True)
    (new / DB_FILENAME).write_bytes(b"")
    assert default_data_dir() == new  # once moved, the local one wins
