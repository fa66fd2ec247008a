"""The desk's start on the large demo studio: its memory when the window is shown
(``desk.rss_start_mb``, issue 17's goal: under 150 MB) and the time to the window
(``desk.start_s``, median of 5, from the source).

Each run is a fresh process, ``kronos-desktop --demo --demo-size large --smoke`` offscreen, on a
copy of the large demo desk (100,000 clients, 200,000 appointments: built once into the bench
cache, see bench/bench_calendar_day.py ``large_desk``). When it prints that the window is shown,
the process's resident memory is read from ``/proc/<pid>/status`` (``VmRSS``; elsewhere the
peak, ``ru_maxrss``, at its exit). ``desk.rss_peak_mb`` is the peak of the whole smoke run, which
goes on to visit every section. Baseline, in the same run: a bare PySide6 process opening an empty
main window the same way (bench/bench_app.py's).

Slow (the large desk is built once, some 7 minutes, then copied from the cache): runs with
``--all`` or when named, ``uv run python -m bench desk.rss_start_mb``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.bench_app import BARE_QT, SHOWN, _env
from bench.bench_calendar_day import large_desk
from bench.harness import Figure, benchmark, median

RUNS = 5


@dataclass(frozen=True)
class Start:
    shown_s: float  # launch to the window shown
    rss_shown_mb: float  # resident memory then
    peak_mb: float  # the whole run's peak (the smoke run visits every section after)


def _status_mb(pid: int, field: str) -> float | None:
    """A ``/proc/<pid>/status`` memory field (kB) in MB; None where there is no /proc."""
    try:
        text = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return None


def start_once(cmd: list[str], env: dict[str, str]) -> Start:
    """Launch ``cmd``, read its memory when it prints the 'shown' line; it must exit 0."""
    began = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    assert proc.stderr is not None
    shown: float | None = None
    rss: float | None = None
    peak: float | None = None  # VmHWM as last read: the smoke run's last line comes as it ends
    for line in proc.stdout:
        if shown is None and line.strip() == SHOWN:
            shown = time.perf_counter() - began
            rss = _status_mb(proc.pid, "VmRSS")
        peak = _status_mb(proc.pid, "VmHWM") or peak
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or shown is None:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {err[-2000:]}")
    if peak is None:  # no /proc: the child's ru_maxrss (kilobytes on Linux, bytes on macOS), which
        # may count the memory of this process at the fork (Linux): an upper bound
        peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Start(shown, rss if rss is not None else peak, peak)


@benchmark("desk.rss_start_mb", "desk.rss_peak_mb", "desk.start_s", slow=True)
def start(tmp: Path) -> list[Figure]:
    """On the large demo: memory at the window's showing (median of 5 starts), the smoke run's
    peak, and the time to the window; baseline: a bare Qt window."""
    env = _env(tmp)
    folder, _today = large_desk(tmp)
    desk = [sys.executable, "-m", "kronos_desktop.main", "--demo", "--demo-size", "large", "--smoke"]
    desk += ["--data-dir", str(folder)]
    bare = [sys.executable, "-c", BARE_QT]
    start_once(bare, env)  # warm-up: bytecode, file system caches
    start_once(desk, env)
    bares = [start_once(bare, env) for _ in range(RUNS)]
    desks = [start_once(desk, env) for _ in range(RUNS)]
    bare_rss = median([s.rss_shown_mb for s in bares])
    return [
        Figure("desk.rss_start_mb", median([s.rss_shown_mb for s in desks]), "MB", bare_rss),
        Figure("desk.rss_peak_mb", median([s.peak_mb for s in desks]), "MB", median([s.peak_mb for s in bares])),
        Figure("desk.start_s", median([s.shown_s for s in desks]), "s", median([s.shown_s for s in bares])),
    ]
