"""The desk's start: from launching ``kronos-desktop`` to its main window on screen.

Each run is a fresh process (`--demo --smoke`, offscreen), timed until it prints that the
window is shown. Baseline, in the same run: a bare PySide6 process that opens an empty main
window the same way, so the ratio is what KRONOS adds to Qt's own start.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bench.harness import Figure, benchmark, median

RUNS = 5
SHOWN = "KRONOS main window shown"
DAY = "KRONOS agenda day shown"  # the day's bookings drawn (the reader thread's first answer)

BARE_QT = f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: print({SHOWN!r}, flush=True))
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # As an installed app starts: from compiled bytecode (a warm-up run writes it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("KRONOS_CONFIG_DIR", "KRONOS_LOG_DIR", "KRONOS_CACHE_DIR"):
        env[name] = str(tmp / name.lower())
    return env


def time_until_shown(cmd: list[str], env: dict[str, str], wanted: str = SHOWN) -> float:
    """Seconds from launching ``cmd`` until it prints the ``wanted`` line (by default the
    window shown; :data:`DAY` for the agenda's day drawn); it must exit 0."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    shown: float | None = None
    for line in proc.stdout:
        if shown is None and line.strip() == wanted:
            shown = time.perf_counter() - start
    _, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or shown is None:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {err[-2000:]}")
    return shown


@benchmark("app.start_s", "app.first_start_s", "app.day_s")
def start(tmp: Path) -> list[Figure]:
    """Median of 5 starts of `--demo --smoke` on an existing demo database (app.start_s), the
    first start that also builds the demo studio (app.first_start_s), and the median time until
    the agenda has drawn the day's bookings (app.day_s); baseline: a bare Qt window."""
    env = _env(tmp)
    data = tmp / "desk"
    desk = [sys.executable, "-m", "kronos_desktop.main", "--demo", "--smoke", "--data-dir", str(data)]
    bare = [sys.executable, "-c", BARE_QT]
    time_until_shown(bare, env)  # warm-up: bytecode caches, file system caches
    time_until_shown([*desk[:-1], str(tmp / "warm-up")], env)
    baseline = median([time_until_shown(bare, env) for _ in range(RUNS)])
    first = time_until_shown(desk, env)
    again = median([time_until_shown(desk, env) for _ in range(RUNS)])
    day = median([time_until_shown(desk, env, DAY) for _ in range(RUNS)])
    return [
        Figure("app.start_s", again, "s", baseline),
        Figure("app.first_start_s", first, "s", baseline),
        Figure("app.day_s", day, "s", baseline),
    ]
