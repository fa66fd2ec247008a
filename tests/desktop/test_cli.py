"""``kronos-desktop`` as CI and the packaged binary run it: real subprocesses."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import kronos_core

pytestmark = pytest.mark.slow


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    environment.pop("KRONOS_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "kronos_desktop.main", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
        check=False,
    )


def test_version_needs_no_qt_and_no_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "never-created"
    result = run("--version", env={"KRONOS_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"KRONOS {kronos_core.__version__}"
    assert not data.exists()
    probe = subprocess.run(
        [sys.executable, "-c",
         "import sys\nfrom kronos_desktop.main import main\n"
         "try:\n    main(['--version'])\nexcept SystemExit as e:\n"
         "    print(e.code, 'PySide6' in sys.modules, 'PySide6.QtWidgets' in sys.modules)"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert probe.stdout.split()[-3:] == ["0", "False", "False"]


def test_console_script_version() -> None:
    script = Path(sys.executable).parent / ("kronos-desktop.exe" if os.name == "nt" else "kronos-desktop")
    if not script.exists():
        pytest.fail(f"the console script {script} is not installed (uv sync installs it)")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0
    assert kronos_core.__version__ in result.stdout


def test_demo_smoke_run(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = run("--demo", "--smoke", "--data-dir", str(data))
    assert first.returncode == 0, first.stderr
    assert "smoke run" in first.stdout
    assert "0 unexpected error(s)" in first.stdout
    conn = sqlite3.connect(data / "kronos.db")
    try:
        studios = conn.execute("SELECT name FROM studio").fetchall()
        clients = conn.execute("SELECT count(*) FROM client").fetchone()[0]
        staff = conn.execute("SELECT r.staff_id IS NOT NULL FROM replica r").fetchone()[0]
    finally:
        conn.close()
    assert studios == [("Estúdio Agulha de Ouro",)]
    assert clients > 0
    assert staff == 1


def test_data_folder_that_cannot_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"not a folder")
    target = blocker / "data"
    result = run("--smoke", "--data-dir", str(target))
    assert result.returncode != 0
    assert str(target) in result.stderr
    assert "--data-dir" in result.stderr
    assert "Traceback" not in result.stderr
    assert blocker.read_bytes() == b"not a folder"


def test_a_file_that_is_not_sqlite_is_left_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "kronos.db"
    content = b"These are my notes, not a database.\n" * 50
    db.write_bytes(content)
    result = run("--smoke", "--demo", "--data-dir", str(data), "--lang", "en")
    assert result.returncode != 0
    assert str(db) in result.stderr
    assert "not a KRONOS database" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == content
    assert sorted(p.name for p in data.iterdir()) == ["kronos.db"]
