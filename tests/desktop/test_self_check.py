"""``kronos-desktop --self-check``: what support and CI read, on real data folders (a copy of the
demo database, a damaged copy, none at all), against a real HTTP server on loopback, and the
Windows branch (log file and dialog) with the platform helper patched."""

from __future__ import annotations

import hashlib
import http.server
import os
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import kronos_core
from kronos_desktop import i18n, self_check
from kronos_desktop.store.migrate import LOCAL_HEAD

pytestmark = pytest.mark.slow

LABELS = (
    "version",
    "build",
    "bundle root",
    "data folder",
    "log file",
    "settings file",
    "database",
    "database integrity",
    "database schema version",
    "free disk space",
    "keyring",
    "translations",
    "cash drawer pulse",
    "Qt platform",
    "server",
)


def self_check_run(data: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KRONOS_LOG_DIR": str(tmp_path / "log")}
    env["KRONOS_CONFIG_DIR"] = str(tmp_path / "config")
    env.pop("KRONOS_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "kronos_desktop.main", "--self-check", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def in_process(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Callable[[Path], tuple[int, str]]:
    """The self-check in this process (a second each saved): (exit status, what it printed)."""
    monkeypatch.setenv("KRONOS_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setattr(self_check, "is_windows", lambda: False)

    def check(data: Path) -> tuple[int, str]:
        printed: list[str] = []
        code = self_check.run(data, out=printed.append)
        return code, "\n".join(printed)

    return check


def lines_of(stdout: str) -> dict[str, str]:
    """label → the whole line ("ok   label: value")."""
    found = {}
    for line in stdout.splitlines():
        status, _, rest = line.partition(" ")
        label = rest.strip().partition(": ")[0]
        if status in ("ok", "warn", "FAIL"):
            found[label] = line
    return found


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def set_server(data: Path, url: str) -> None:
    conn = sqlite3.connect(data / "kronos.db")
    with conn:
        conn.execute("UPDATE replica SET server_url = ?", (url,))
    conn.close()


def test_healthy_demo_folder(demo_dir: Path, tmp_path: Path) -> None:
    before = snapshot(demo_dir)
    result = self_check_run(demo_dir, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    found = lines_of(result.stdout)
    assert set(LABELS) <= set(found), set(LABELS) - set(found)
    assert found["version"] == f"ok   version: KRONOS {kronos_core.__version__}"
    assert found["database integrity"] == "ok   database integrity: quick_check ok"
    assert found["database schema version"] == f"ok   database schema version: {LOCAL_HEAD} (current)"
    assert str(demo_dir / "kronos.db") in found["database"]
    assert found["Qt platform"].startswith("ok   Qt platform: offscreen")
    assert found["server"] == "ok   server: no server: standalone"
    assert "pt_BR (kronos_pt_BR." in found["translations"]
    assert found["cash drawer pulse"] == "ok   cash drawer pulse: ESC p 0 (python-escpos)"
    assert str(tmp_path / "log" / "kronos-desktop.log") in found["log file"]
    assert result.stdout.strip().splitlines()[-1].startswith("self-check passed")
    # Read-only: the database is byte for byte as it was, nothing was added beside it, and (not
    # Windows) no log was written.
    assert snapshot(demo_dir) == before
    assert not (tmp_path / "log").exists()


def test_no_database_is_said_and_not_created(tmp_path: Path, in_process: Callable[[Path], tuple[int, str]]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    code, printed = in_process(data)
    assert code == 0, printed
    assert f"warn database: none in {data}" in printed
    assert list(data.iterdir()) == []
    missing = tmp_path / "never"
    code, printed = in_process(missing)
    assert code == 0
    assert "does not exist yet" in lines_of(printed)["data folder"]
    assert not missing.exists()


def test_damaged_database_fails_and_says_which_check(demo_dir: Path, tmp_path: Path) -> None:
    db = demo_dir / "kronos.db"
    raw = bytearray(db.read_bytes())
    page = 4096
    for start in range(page * 3, min(len(raw), page * 40), page):  # scribble over B-tree pages
        raw[start : start + page] = b"\xa5" * page
    db.write_bytes(bytes(raw))
    before = snapshot(demo_dir)
    result = self_check_run(demo_dir, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    found = lines_of(result.stdout)
    assert found["database integrity"].startswith("FAIL database integrity: quick_check: ")
    last = result.stdout.strip().splitlines()[-1]
    assert last == "self-check FAILED (1): database integrity"
    assert snapshot(demo_dir) == before


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_server_is_a_warning(demo_dir: Path, in_process: Callable[[Path], tuple[int, str]]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    set_server(demo_dir, url)
    code, printed = in_process(demo_dir)
    assert code == 0, printed  # offline is normal for a desk
    assert lines_of(printed)["server"] == f"warn server: {url} does not answer (ConnectError): the desk works offline"


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        ok = self.path == "/healthz"
        self.send_response(200 if ok else 404)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"status": "ok"}' if ok else b"{}")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def health_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_server_that_answers(demo_dir: Path, health_server: str, in_process: Callable[[Path], tuple[int, str]]) -> None:
    set_server(demo_dir, health_server + "/")
    code, printed = in_process(demo_dir)
    assert code == 0, printed
    assert lines_of(printed)["server"].startswith(f"ok   server: {health_server}/ answers (")


def test_windows_writes_the_log_and_shows_a_dialog(
    demo_dir: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    log_dir = tmp_path / "log"
    monkeypatch.setenv("KRONOS_LOG_DIR", str(log_dir))
    monkeypatch.setattr(self_check, "is_windows", lambda: True)
    monkeypatch.setenv("KRONOS_SELF_CHECK_DIALOG", "1")  # offscreen has no screen: show it anyway
    db = demo_dir / "kronos.db"
    db.write_bytes(db.read_bytes()[:8192] + b"\x00" * 65536)  # damaged: a failure to report
    seen: list[dict[str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append({"name": box.objectName(), "title": box.windowTitle(), "text": box.text(),
                     "details": box.detailedText()})  # fmt: skip
        box.accept()

    QTimer.singleShot(0, answer)
    printed: list[str] = []
    try:
        code = self_check.run(demo_dir, "pt_BR", out=printed.append)
    finally:
        i18n.install(qapp, "pt_BR")
    assert code == 1
    assert len(seen) == 1, "one dialog"
    box = seen[0]
    assert box["name"] == "selfCheckDialog"
    assert box["title"] == "Autoverificação do KRONOS"
    assert box["text"].startswith("Algo está errado nesta instalação: database integrity")
    assert "FAIL database integrity" in box["details"]
    assert box["details"] == printed[0]
    written = (log_dir / "kronos-desktop.log").read_text(encoding="utf-8")
    assert "ERROR [MainThread] kronos_desktop.self_check: self-check FAIL database integrity: " in written
    assert "kronos_desktop.self_check: self-check FAILED (1): database integrity" in written


def test_not_windows_shows_no_dialog_and_writes_no_log(
    demo_dir: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    log_dir = tmp_path / "log"
    monkeypatch.setenv("KRONOS_LOG_DIR", str(log_dir))
    monkeypatch.setattr(self_check, "is_windows", lambda: False)
    monkeypatch.setenv("KRONOS_SELF_CHECK_DIALOG", "1")
    shown: list[object] = []
    monkeypatch.setattr(self_check, "show_dialog", shown.append)
    printed: list[str] = []
    assert self_check.run(demo_dir, out=printed.append) == 0
    assert "ok   database integrity: quick_check ok" in printed[0]
    assert shown == []
    assert not log_dir.exists()


def test_a_stale_expected_schema_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    """The binary's migrations and the app's LOCAL_HEAD constant disagreeing (a migration added,
    the constant forgotten) is a broken installation: every start would run Alembic."""
    from kronos_desktop.store import migrate

    real = self_check.check_bundle()
    assert real[1] == self_check.ok("schema version of this app", LOCAL_HEAD)
    monkeypatch.setattr(migrate, "LOCAL_HEAD", "0002")
    stale = self_check.check_bundle()
    assert stale[1] == self_check.fail(
        "schema version of this app", f"the app expects 0002, its migrations end at {LOCAL_HEAD}"
    )


def test_a_file_of_another_program_or_a_newer_kronos_is_a_failure(demo_dir: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    conn = sqlite3.connect(foreign / "kronos.db")
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    lines = {line.label: line for line in self_check.check_database(foreign).lines}
    assert lines["database owner"].status is self_check.Status.FAIL
    assert "another program" in lines["database owner"].value

    conn = sqlite3.connect(demo_dir / "kronos.db")
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    lines = {line.label: line for line in self_check.check_database(demo_dir).lines}
    assert lines["database schema version"] == self_check.fail(
        "database schema version", f"9999: from a newer KRONOS (this one knows {LOCAL_HEAD})"
    )
