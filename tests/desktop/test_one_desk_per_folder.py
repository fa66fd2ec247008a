"""One desk per data folder: a second copy of the app on a folder another copy holds is refused,
says so, and brings the first copy's window forward; a copy that crashed leaves a lock the next
start takes over; another folder is never affected. Real processes on a real data folder, and
the guard itself in this process (the window coming forward)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kronos_desktop.app import EXIT_ALREADY_OPEN
from kronos_desktop.single_instance import CAME_FORWARD_LINE, LOCK_FILENAME, Claim, DataFolderGuard, already_open_text

ASK_AS_A_LATER_COPY = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from kronos_desktop.single_instance import DataFolderGuard
app = QCoreApplication([])
guard = DataFolderGuard(Path(sys.argv[1]))
print(guard.claim().value, guard.holder_pid, guard.ask_holder_to_come_forward())
"""


def environment(tmp_path: Path, name: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KRONOS_DATA_DIR", None)
    env["KRONOS_LOG_DIR"] = str(tmp_path / f"log-{name}")
    env["KRONOS_CONFIG_DIR"] = str(tmp_path / f"config-{name}")
    env["KRONOS_CACHE_DIR"] = str(tmp_path / "cache")  # the compiled translations, shared
    return env


def desk(tmp_path: Path, name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kronos_desktop.main", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=environment(tmp_path, name),
        timeout=180,
        check=False,
    )


def log_text(tmp_path: Path, name: str) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (tmp_path / f"log-{name}").glob("*.log*"))


@pytest.mark.slow
def test_a_second_copy_on_one_data_folder_is_refused_and_brings_the_first_forward(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = subprocess.Popen(
        [sys.executable, "-m", "kronos_desktop.main", "--lang", "en", "--demo", "--data-dir", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=environment(tmp_path, "first"),
    )
    try:
        deadline = time.monotonic() + 120
        while "the main window is open" not in log_text(tmp_path, "first"):
            assert first.poll() is None, "the first copy exited"
            assert time.monotonic() < deadline, log_text(tmp_path, "first")
            time.sleep(0.2)
        assert (data / LOCK_FILENAME).exists()

        second = desk(tmp_path, "second", "--smoke", "--data-dir", str(data))
        assert second.returncode == EXIT_ALREADY_OPEN, second.stderr
        assert "KRONOS is already open on the data folder" in second.stderr
        assert str(data) in second.stderr
        assert f"(process {first.pid})" in second.stderr
        assert "its window was brought forward" in second.stderr
        assert "Traceback" not in second.stderr
        assert "smoke run" not in second.stdout  # no window of its own
        deadline = time.monotonic() + 10
        while CAME_FORWARD_LINE not in log_text(tmp_path, "first"):
            assert time.monotonic() < deadline, log_text(tmp_path, "first")
            time.sleep(0.2)
        assert first.poll() is None  # the first copy runs on

        other = desk(tmp_path, "other", "--demo", "--smoke", "--data-dir", str(tmp_path / "other"))
        assert other.returncode == 0, other.stderr  # another folder is not affected
        assert "0 unexpected error(s)" in other.stdout
    finally:
        first.kill()  # a crash: the lock file stays behind
        first.wait(timeout=60)
    assert (data / LOCK_FILENAME).exists()

    after_crash = desk(tmp_path, "third", "--smoke", "--data-dir", str(data))
    assert after_crash.returncode == 0, after_crash.stderr  # the crashed copy's lock is taken over
    assert "0 unexpected error(s)" in after_crash.stdout
    assert not (data / LOCK_FILENAME).exists()  # released at a clean exit

    again = desk(tmp_path, "fourth", "--smoke", "--data-dir", str(data))
    assert again.returncode == 0, again.stderr
    assert "already open" not in again.stderr


def test_the_holders_window_comes_forward(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    holder = DataFolderGuard(data)
    assert holder.claim() is Claim.TAKEN
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    holder.attach(window)
    try:
        other = DataFolderGuard(tmp_path / "other")
        assert other.claim() is Claim.TAKEN  # another folder: its own lock
        other.release()

        # A later copy (another process: the holder answers from this one's event loop), on the
        # same folder spelled otherwise.
        later = subprocess.Popen(
            [sys.executable, "-c", ASK_AS_A_LATER_COPY, str(tmp_path / "elsewhere" / ".." / "data")],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        with qtbot.waitSignal(holder.come_forward_requested, timeout=60000):
            qtbot.waitUntil(lambda: later.poll() is not None, timeout=60000)
        assert later.communicate()[0].split() == ["held", "elsewhere", str(os.getpid()), "True"]
        assert not window.windowState() & Qt.WindowState.WindowMinimized
        assert window.isVisible()
    finally:
        holder.release()
    assert not (data / LOCK_FILENAME).exists()
    assert DataFolderGuard(data).claim() is Claim.TAKEN  # released: the next copy starts


HOLD_THE_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
print(lock.tryLock(0), flush=True)
time.sleep(120)
"""


@pytest.mark.slow
def test_a_copy_that_holds_the_folder_but_does_not_answer_still_refuses_the_second(tmp_path: Path) -> None:
    """A copy still starting (or hung) holds the lock without listening: the second copy is
    refused all the same, and says the first did not answer."""
    data = tmp_path / "data"
    data.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(data / LOCK_FILENAME)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "True"
        second = desk(tmp_path, "second", "--smoke", "--data-dir", str(data))
        assert second.returncode == EXIT_ALREADY_OPEN, second.stderr
        assert f"(process {holder.pid}), and that copy did not answer" in second.stderr
        assert not (data / "kronos.db").exists()  # the second copy never opened the database
    finally:
        holder.kill()
        holder.communicate(timeout=60)


def test_the_refusal_in_portuguese(tmp_path: Path, translated: str) -> None:
    guard = DataFolderGuard(tmp_path / "data")
    guard.holder_pid = 4242
    text = already_open_text(guard, came_forward=True)
    assert text.startswith(f"O KRONOS já está aberto na pasta de dados {tmp_path / 'data'} (processo 4242)")
    assert "trazida para a frente" in text
    assert "não respondeu" in already_open_text(guard, came_forward=False)
