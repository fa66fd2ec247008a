"""Open a day in the drawn calendar: ``calendar.day_open_p95_ms`` (and ``..._p50_ms``).

A demo desk (generated in ``tmp``) of 6 artists asked for 60 bookings an open day, two weeks back
and one ahead; the generator fits about 34 a weekday (``calendar.day_bookings``, the mean of the
days opened), not the issue's 60. One "open" is what changing the day costs: the day's rows read as
the desk reads them (store/queries/agenda.py on the reader's engine, with the staff and opening
hours for the columns), laid out (ui/agenda/day_layout.py) and painted once by the DayCanvas
(ui/agenda/day_canvas.py) into an offscreen 1280x720 image. Days cycle over the weekdays around
today. Baseline, in the same run: the bare SQL read (sqlite3, no SQLAlchemy) of the same days'
appointments.

The issue's figure is for the large studio (200,000 appointments); the day's read is one indexed
range, so the size of the history should change it little (not measured here); this keeps the
benchmark fast.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

from bench.harness import Figure, benchmark

REPEAT = 60
WARM_UP = 5
BARE_DAY = (
    "SELECT id, artist_id, station_id, client_id, starts_at, ends_at, kind, status FROM appointment"
    " WHERE studio_id = ? AND deleted = 0 AND starts_at < ? AND ends_at > ? ORDER BY starts_at"
)


def p95(samples: Sequence[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def _micros(instant: dt.datetime) -> int:
    return round(instant.timestamp() * 1_000_000)


@benchmark("calendar.day_open_p95_ms", "calendar.day_open_p50_ms", "calendar.day_bookings")
def day_open(tmp: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
    from kronos_core.hours import spans_on
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries import agenda as agenda_q
    from kronos_desktop.store.queries import desk as desk_q
    from kronos_desktop.store.queries import staff as staff_q
    from kronos_desktop.store.queries.common import day_bounds
    from kronos_desktop.ui.agenda.day_canvas import DayCanvas
    from kronos_desktop.ui.agenda.day_layout import artist_columns

    app = QApplication.instance() or QApplication([])
    folder = tmp / "desk"
    store = LocalStore.open(folder)
    try:
        store.ensure_identity(studio_id=DEMO_STUDIO_ID)
        size = DemoSize(clients=2_000, past_days=14, future_days=7, appointments_per_day=60, artists=6, stations=6)
        with store.engine.begin() as conn:
            demo = generate_demo(conn, size=size)
        store.set_desk_staff(demo.receptionist_id)
        canvas = DayCanvas()
        canvas.resize(1280, 720)
        image = QImage(1280, 720, QImage.Format.Format_ARGB32_Premultiplied)
        with store.read_engine.connect() as conn:
            here = desk_q.here(conn)
            assert here.studio_id is not None
            today, zone = here.today(), here.zone
            days = [d for d in (today + dt.timedelta(days=n) for n in range(-10, 7)) if d.weekday() < 5]
            took: list[float] = []
            counts: list[int] = []
            for i in range(REPEAT + WARM_UP):
                day = days[i % len(days)]
                start = time.perf_counter()
                staff = staff_q.staff_list(conn)
                rows = agenda_q.agenda(conn, here.studio_id, day, zone)
                columns = artist_columns(staff.rows, staff.opening, day, rows)
                canvas.set_day(day, rows, columns, spans_on(staff.opening, (), day), {}, zone, here.now())
                canvas.render(image)  # the first paint of the day, as the screen would get it
                ms = (time.perf_counter() - start) * 1000
                if i >= WARM_UP:
                    took.append(ms)
                    counts.append(len(rows))
            conn.rollback()
        path = store.path
    finally:
        store.close()
    del app

    bare: list[float] = []
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for i in range(REPEAT + WARM_UP):
            begin, end = day_bounds(days[i % len(days)], zone)
            start = time.perf_counter()
            raw.execute(BARE_DAY, (demo.studio_id.hex, _micros(end), _micros(begin))).fetchall()
            ms = (time.perf_counter() - start) * 1000
            if i >= WARM_UP:
                bare.append(ms)
    finally:
        raw.close()
    mean = statistics.mean(counts)
    print(f"calendar.day_open: {mean:.0f} bookings a day, p50 {statistics.median(took):.2f} ms, p95 {p95(took):.2f} ms")
    print(f"baseline (bare SQL of the day): p50 {statistics.median(bare):.3f} ms, p95 {p95(bare):.3f} ms")
    return [
        Figure("calendar.day_open_p95_ms", p95(took), "ms", p95(bare)),
        Figure("calendar.day_open_p50_ms", statistics.median(took), "ms", statistics.median(bare)),
        Figure("calendar.day_bookings", mean, "bookings", None),
    ]
