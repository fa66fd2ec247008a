"""Open a week and a month in the agenda: ``calendar.week_open_p95_ms`` and
``calendar.month_open_p95_ms`` (and their ``..._p50_ms``).

On the large demo desk (100,000 clients, 200,000 appointments, 6 artists: ``DemoSize.large()``,
built once into the bench cache by bench_calendar_day.py's :func:`large_desk`), its Monday to
Saturday filled to 60 bookings a day (bench/calendar_density.py: about 400 a week, the issue's). One "open" is what
changing the week or the month costs at the desk: the read the view asks on the reader thread
(ui/agenda/week_layout.py ``read_week``: the week's rows in one range read with their first-visit
and not-synced marks, the staff, the opening hours and the holidays; month_layout.py
``read_month``: the six weeks' rows summarised by day, bookings and free hours), the layout, and
the first paint into an offscreen 1280x720 image (the week of every artist side by side; the month
grid). Weeks and months cycle around the demo's today. Baseline, in the same run: the bare SQL read
(sqlite3, no SQLAlchemy) of the same range's appointments.

As at the desk, Python's automatic cycle collector is off during the opens and the GUI thread's
collector (kronos_desktop/gui_collector.py) runs between them, untimed, as its timer runs between
two clicks; the week measured with the automatic collector is printed beside, for the record.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.bench_calendar_day import DENSITY, large_desk, p95
from bench.calendar_density import densify
from bench.harness import Figure, benchmark

REPEAT = 40
WARM_UP = 4
LONGEST = dt.timedelta(hours=16)  # no appointment row is longer
BARE_RANGE = (
    "SELECT id, artist_id, station_id, client_id, starts_at, ends_at, kind, status FROM appointment"
    " WHERE studio_id = ? AND deleted = 0 AND starts_at < ? AND starts_at > ? AND ends_at > ? ORDER BY starts_at"
)


def _micros(instant: dt.datetime) -> int:
    return round(instant.timestamp() * 1_000_000)


def _bare(path: Path, studio_hex: str, ranges: Sequence[tuple[dt.datetime, dt.datetime]]) -> list[float]:
    took: list[float] = []
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for i in range(REPEAT + WARM_UP):
            begin, end = ranges[i % len(ranges)]
            start = time.perf_counter()
            raw.execute(BARE_RANGE, (studio_hex, _micros(end), _micros(begin - LONGEST), _micros(begin))).fetchall()
            if i >= WARM_UP:
                took.append((time.perf_counter() - start) * 1000)
    finally:
        raw.close()
    return took


def _timed(
    days: Sequence[dt.date], open_one: Callable[[dt.date], int], between: Callable[[], object] | None = None
) -> tuple[list[float], list[int]]:
    """Each open timed; ``between`` (untimed) runs after each, as the desk's event loop runs
    between two clicks (the app's cycle collector: kronos_desktop/gui_collector.py)."""
    took: list[float] = []
    counts: list[int] = []
    for i in range(REPEAT + WARM_UP):
        if between is not None:
            between()
        start = time.perf_counter()
        count = open_one(days[i % len(days)])
        if i >= WARM_UP:
            took.append((time.perf_counter() - start) * 1000)
            counts.append(count)
    return took, counts


@benchmark(
    "calendar.week_open_p95_ms",
    "calendar.week_open_p50_ms",
    "calendar.week_bookings",
    "calendar.month_open_p95_ms",
    "calendar.month_open_p50_ms",
    slow=True,  # the large desk of the bench cache (some 7 minutes to build on a new machine)
)
def week_and_month_open(tmp: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from kronos_desktop import gui_collector
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries import desk as desk_q
    from kronos_desktop.store.queries.agenda import range_bounds
    from kronos_desktop.store.queries.viewer import Viewer
    from kronos_desktop.ui.agenda.month_layout import WEEKS, grid_start, read_month
    from kronos_desktop.ui.agenda.month_view import MonthCanvas
    from kronos_desktop.ui.agenda.week_canvas import WeekCanvas
    from kronos_desktop.ui.agenda.week_layout import read_week, week_start

    app = QApplication.instance() or QApplication([])
    folder, built = large_desk(tmp)
    weeks = [week_start(built) + dt.timedelta(weeks=n) for n in range(-6, 2)]
    open_days = [w + dt.timedelta(days=d) for w in weeks for d in range(7)]
    added = densify(folder, [d for d in open_days if d.weekday() < 6], DENSITY)  # ~400 a week
    print(f"calendar.week_open: {added} consultations booked to fill the weeks' days to {DENSITY}", flush=True)
    months = [(built.replace(day=1) + dt.timedelta(days=32 * n)).replace(day=1) for n in range(-3, 2)]
    who = Viewer.everyone()
    store = LocalStore.open(folder)
    try:
        week_canvas, month_canvas = WeekCanvas(), MonthCanvas()
        week_canvas.resize(1280, 720)
        month_canvas.resize(1280, 720)
        image = QImage(1280, 720, QImage.Format.Format_ARGB32_Premultiplied)
        with store.read_engine.connect() as conn:
            here = desk_q.here(conn)
            assert here.studio_id is not None
            studio_id, zone = here.studio_id, here.zone

            def open_week(day: dt.date) -> int:
                read = read_week(conn, day, who, language="pt_BR")
                lanes = [lane.key for lane in read.lanes]
                week_canvas.set_week(
                    read.days(), read.rows, read.opening, zone, here.today(), lanes=lanes, holidays=read.holidays
                )
                week_canvas.render(image)
                return len(read.rows)

            def open_month(day: dt.date) -> int:
                read = read_month(conn, day, language="pt_BR")
                month_canvas.set_month(read.days, here.today(), day)
                month_canvas.render(image)
                return len(read.taken)

            # Python's own collector, as a plain script has it (for the record: not the desk's)
            auto_took, _ = _timed(weeks, open_week)
            # the desk's: no automatic collection inside a read or a paint; the GUI thread collects
            # on a timer between two actions (kronos_desktop/app.py installs it)
            collector = gui_collector.install(app)
            week_took, week_counts = _timed(weeks, open_week, collector.check)
            month_took, _ = _timed(months, open_month, collector.check)
            collector.stop()
            conn.rollback()
        path = store.path
    finally:
        store.close()
    del app

    week_bare = _bare(path, studio_id.hex, [range_bounds(w, 7, zone) for w in weeks])
    month_bare = _bare(path, studio_id.hex, [range_bounds(grid_start(m), WEEKS * 7, zone) for m in months])
    mean = statistics.mean(week_counts)
    print(
        f"calendar.week_open with Python's automatic collector (not the desk's): "
        f"p50 {statistics.median(auto_took):.2f} ms, p95 {p95(auto_took):.2f} ms"
    )
    for name, took, bare in (("week", week_took, week_bare), ("month", month_took, month_bare)):
        print(f"calendar.{name}_open: p50 {statistics.median(took):.2f} ms, p95 {p95(took):.2f} ms")
        print(f"  baseline (bare SQL of the range): p50 {statistics.median(bare):.3f} ms, p95 {p95(bare):.3f} ms")
    print(f"  {mean:.0f} bookings a week")
    return [
        Figure("calendar.week_open_p95_ms", p95(week_took), "ms", p95(week_bare)),
        Figure("calendar.week_open_p50_ms", statistics.median(week_took), "ms", statistics.median(week_bare)),
        Figure("calendar.week_bookings", mean, "bookings", None),
        Figure("calendar.month_open_p95_ms", p95(month_took), "ms", p95(month_bare)),
        Figure("calendar.month_open_p50_ms", statistics.median(month_took), "ms", statistics.median(month_bare)),
    ]
