"""Open a day in the drawn calendar: ``calendar.day_open_p95_ms`` (and ``..._p50_ms``).

On the large demo desk (100,000 clients, 200,000 appointments, 6 artists: ``DemoSize.large()``,
built once into the bench cache, see :func:`large_desk`), the weekdays of the three weeks before
the demo's today, each filled to the issue's 60 bookings (``calendar.day_bookings``: the mean of the
days opened; the generator fits about 30 an open day to 6 artists on 3 stations, so
bench/calendar_density.py books 30-minute consultations into the artists' free half hours). One "open" is
what changing the day costs: the day's rows read as the desk reads them (store/queries/agenda.py
on the reader's engine, the studio's opening hours and state, the staff for the columns, the
holiday of the day), laid out (ui/agenda/day_layout.py) and painted once by the DayCanvas
(ui/agenda/day_canvas.py) into an offscreen 1280x720 image. Baseline, in the same run: the bare
SQL read (sqlite3, no SQLAlchemy) of the same days' appointments.

Slow (the large desk is built once, some 7 minutes, then copied from the cache, ~1 minute a run):
runs with ``--all`` or when named, ``uv run python -m bench calendar.day_open``.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.calendar_density import densify
from bench.harness import Figure, benchmark

REPEAT = 60
DENSITY = 60  # bookings a measured day holds (issue 12: "open a day (about 60 bookings)")
WARM_UP = 5
LONGEST = dt.timedelta(hours=16)  # no appointment row is longer: one overlapping a day starts after its start - 16 h
BARE_DAY = (
    "SELECT id, artist_id, station_id, client_id, starts_at, ends_at, kind, status FROM appointment"
    " WHERE studio_id = ? AND deleted = 0 AND starts_at < ? AND starts_at > ? AND ends_at > ? ORDER BY starts_at"
)  # the floor: one bounded range of ix_appointment_studio_start


CACHE_ENV = "KRONOS_BENCH_CACHE"


def cache_dir() -> Path:
    """Where slow-to-build benchmark data is kept between runs (``$KRONOS_BENCH_CACHE``, else
    ``~/.cache/kronos-bench``): outside the checkout, safe to delete."""
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "kronos-bench")


def _schema_stamp() -> str:
    """A hash of the desk's migrations: a cached desk made by other ones (a revision changed
    before it landed) is built again rather than measured on an older schema."""
    import hashlib

    folder = Path(__file__).resolve().parent.parent / "migrations" / "local" / "versions"
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def large_desk(tmp: Path) -> tuple[Path, dt.date]:
    """A copy in ``tmp`` of the large demo desk (100,000 clients, 200,000 appointments, 6 artists:
    ``DemoSize.large()``), and the day it was generated for (the demo's today). Built once into
    :func:`cache_dir` (minutes) and copied from there (a second)."""
    import json
    import shutil

    from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
    from kronos_desktop.store import LocalStore

    cached = cache_dir() / "calendar-large-desk"
    marker = cached / "built.json"
    schema = _schema_stamp()
    if marker.exists() and json.loads(marker.read_text(encoding="utf-8")).get("schema") != schema:
        print("the cached large demo desk was built by other migrations: building it again", flush=True)
        marker.unlink()
    if not marker.exists():
        shutil.rmtree(cached, ignore_errors=True)
        building = cached.with_name(cached.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        print(f"building the large demo desk into {cached} (minutes, once) …", flush=True)
        today = dt.datetime.now(ZoneInfo("America/Sao_Paulo")).date()  # the demo's zone
        store = LocalStore.open(building)
        try:
            store.ensure_identity(studio_id=DEMO_STUDIO_ID)
            with store.engine.begin() as conn:
                demo = generate_demo(conn, size=DemoSize.large(), today=today)
            store.set_desk_staff(demo.receptionist_id)
        finally:
            store.close()  # the last connection closed writes the WAL back into the file
        (building / "built.json").write_text(
            json.dumps({"today": today.isoformat(), "schema": schema}), encoding="utf-8"
        )
        building.rename(cached)
    today = dt.date.fromisoformat(json.loads(marker.read_text(encoding="utf-8"))["today"])
    folder = tmp / "large-desk"
    shutil.copytree(cached, folder)
    return folder, today


def p95(samples: Sequence[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def _micros(instant: dt.datetime) -> int:
    return round(instant.timestamp() * 1_000_000)


def full_days(today: dt.date) -> list[dt.date]:
    """The weekdays of the three weeks before ``today``: full in the demo, cached or fresh."""
    return [d for d in (today - dt.timedelta(days=n) for n in range(24, 2, -1)) if d.weekday() < 5]


@benchmark("calendar.day_open_p95_ms", "calendar.day_open_p50_ms", "calendar.day_bookings", slow=True)
def day_open(tmp: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from kronos_core.holidays_br import holiday_on
    from kronos_core.hours import spans_on
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries import agenda as agenda_q
    from kronos_desktop.store.queries import desk as desk_q
    from kronos_desktop.store.queries import staff as staff_q
    from kronos_desktop.store.queries.common import day_bounds
    from kronos_desktop.ui.agenda.day_canvas import DayCanvas
    from kronos_desktop.ui.agenda.day_layout import artist_columns

    app = QApplication.instance() or QApplication([])
    folder, built = large_desk(tmp)
    days = full_days(built)
    added = densify(folder, days)  # to the "about 60 bookings" a day
    print(f"calendar.day_open: {added} consultations booked to fill {len(days)} days to {DENSITY} bookings", flush=True)
    store = LocalStore.open(folder)
    try:
        canvas = DayCanvas()
        canvas.resize(1280, 720)
        image = QImage(1280, 720, QImage.Format.Format_ARGB32_Premultiplied)
        with store.read_engine.connect() as conn:
            here = desk_q.here(conn)
            assert here.studio_id is not None
            studio_id, zone = here.studio_id, here.zone
            took: list[float] = []
            counts: list[int] = []
            parts: dict[str, list[float]] = {"appointments read": [], "staff, hours read": [], "layout, paint": []}
            for i in range(REPEAT + WARM_UP):
                day = days[i % len(days)]
                start = time.perf_counter()
                rows = agenda_q.agenda(conn, studio_id, day, zone)
                read = time.perf_counter()
                opening, state = staff_q.opening_and_state(conn, studio_id)
                columns = artist_columns(staff_q.members(conn, studio_id), opening, day, rows)
                holiday = holiday_on(state, day)
                staffed = time.perf_counter()
                canvas.set_day(day, rows, columns, spans_on(opening, (), day), {}, zone, here.now(), holiday=holiday)
                canvas.render(image)  # the first paint of the day, as the screen would get it
                done = time.perf_counter()
                if i >= WARM_UP:
                    took.append((done - start) * 1000)
                    counts.append(len(rows))
                    for name, (a, b) in zip(parts, ((start, read), (read, staffed), (staffed, done)), strict=True):
                        parts[name].append((b - a) * 1000)
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
            raw.execute(BARE_DAY, (studio_id.hex, _micros(end), _micros(begin - LONGEST), _micros(begin))).fetchall()
            ms = (time.perf_counter() - start) * 1000
            if i >= WARM_UP:
                bare.append(ms)
    finally:
        raw.close()
    mean = statistics.mean(counts)
    print(f"calendar.day_open: {mean:.0f} bookings a day, p50 {statistics.median(took):.2f} ms, p95 {p95(took):.2f} ms")
    print("  of which (p50): " + ", ".join(f"{k} {statistics.median(v):.2f} ms" for k, v in parts.items()))
    print(f"baseline (bare SQL of the day): p50 {statistics.median(bare):.3f} ms, p95 {p95(bare):.3f} ms")
    return [
        Figure("calendar.day_open_p95_ms", p95(took), "ms", p95(bare)),
        Figure("calendar.day_open_p50_ms", statistics.median(took), "ms", statistics.median(bare)),
        Figure("calendar.day_bookings", mean, "bookings", None),
    ]
