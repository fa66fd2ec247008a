"""Opening a client's record: ``clients.record_open_ms`` (p95; standard demo desk) and
``clients.record_open_large_ms`` (the large demo desk, 100,000 clients; slow), each for a client
with 200 appointments and 100 sales with a payment each, made in the bench's desk through the
mutations (``appointment.book``, ``sale.record``, ``payment.record``).

Opening is what the record view does: the read on the reader's engine (:func:`read_record`:
the client, who may see what, the records merged into it, appointments with artist and project,
projects, sales with what was paid, payments) and showing it (header, tabs, the four tables'
models filled; not painted). Baseline, in the same run: the bare queries (sqlite3, no
SQLAlchemy, no objects) of the client row, its appointments, its sales and their payments.
Goal: p95 under 100 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import time
import uuid
from pathlib import Path

from bench.bench_calendar_day import large_desk, p95
from bench.harness import Figure, benchmark

APPOINTMENTS = 200
SALES = 100
REPEAT = 60
WARM_UP = 5
BARE = (
    "SELECT * FROM client WHERE id = :id",
    "SELECT a.*, s.display_name FROM appointment a JOIN staff s ON s.id = a.artist_id"
    " WHERE a.client_id = :id ORDER BY a.starts_at DESC",
    "SELECT * FROM sale WHERE client_id = :id",
    "SELECT p.* FROM payment p JOIN sale s ON s.id = p.sale_id WHERE s.client_id = :id",
)


def _busy_client(folder: Path) -> uuid.UUID:
    """A new client with APPOINTMENTS bookings (one a day back from yesterday, 07:00 in São Paulo,
    before the demo's hours) and SALES closed sales paid in cash."""
    from sqlalchemy import select

    from kronos_core.ids import uuid7
    from kronos_core.schema import staff
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries import desk as desk_q

    store = LocalStore.open(folder)
    try:
        with store.read_engine.connect() as conn:
            here = desk_q.here(conn)
            assert here.studio_id is not None
            artist = (
                conn.execute(
                    select(staff.c.id).where(staff.c.role == "artist", staff.c.active.is_(True)).order_by(staff.c.id)
                )
                .scalars()
                .first()
            )
            zone, today = here.zone, here.today()
        client_id = uuid7()
        store.apply("client.create", {"client_id": str(client_id), "full_name": "Bench Cliente Assíduo",
                                      "phone": "+5511987650000", "allergies": "Látex"})  # fmt: skip
        for n in range(APPOINTMENTS):
            day = today - dt.timedelta(days=n + 1)
            starts = dt.datetime.combine(day, dt.time(7, 0), tzinfo=zone)
            store.apply("appointment.book", {
                "appointment_id": str(uuid7()), "client_id": str(client_id), "artist_id": str(artist),
                "starts_at": starts.isoformat(), "ends_at": (starts + dt.timedelta(minutes=45)).isoformat(),
                "kind": "touch_up",
            })  # fmt: skip
        for n in range(SALES):
            day = today - dt.timedelta(days=n + 1)
            closed = dt.datetime.combine(day, dt.time(8, 0), tzinfo=zone)
            sale_id = uuid7()
            store.apply("sale.record", {
                "sale_id": str(sale_id), "number": f"BENCH-{n:04d}", "client_id": str(client_id),
                "business_date": day.isoformat(), "closed_at": closed.isoformat(),
                "lines": [{"line_id": str(uuid7()), "description": "Retoque", "artist_id": str(artist),
                           "unit_price": 15000}],
            })  # fmt: skip
            store.apply("payment.record", {
                "payment_id": str(uuid7()), "sale_id": str(sale_id), "method": "cash", "amount": 15000,
                "business_date": day.isoformat(), "received_at": closed.isoformat(),
            })  # fmt: skip
    finally:
        store.close()
    return client_id


def _measure(folder: Path, client_id: uuid.UUID, label: str) -> tuple[list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries.client_record import read_record
    from kronos_desktop.store.queries.viewer import Viewer
    from kronos_desktop.ui.clients.record_header import RecordHeader
    from kronos_desktop.ui.clients.record_tabs import RecordTabs

    app = QApplication.instance() or QApplication([])
    header, tabs = RecordHeader(), RecordTabs()
    store = LocalStore.open(folder)
    took: list[float] = []
    shown = None
    try:
        with store.read_engine.connect() as conn:
            for i in range(WARM_UP + REPEAT):
                start = time.perf_counter()
                record = read_record(conn, client_id, Viewer.everyone())
                assert record is not None
                header.show_record(record)
                tabs.show_record(record)
                if i >= WARM_UP:
                    took.append((time.perf_counter() - start) * 1000)
                shown = record
                conn.rollback()  # a fresh snapshot each time, as each read of the reader is
        path = store.path
    finally:
        store.close()
    app.processEvents()
    assert shown is not None
    assert len(shown.appointments) == APPOINTMENTS
    assert shown.payments is not None
    assert len(shown.payments) == SALES
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    bare: list[float] = []
    try:
        for i in range(WARM_UP + REPEAT):
            start = time.perf_counter()
            for sql in BARE:
                raw.execute(sql, {"id": client_id.hex}).fetchall()
            if i >= WARM_UP:
                bare.append((time.perf_counter() - start) * 1000)
    finally:
        raw.close()
    print(
        f"clients.record_open ({label}; {APPOINTMENTS} appointments, {SALES} sales and payments): "
        f"p50 {statistics.median(took):.2f} ms, p95 {p95(took):.2f} ms; "
        f"bare queries: p50 {statistics.median(bare):.2f} ms, p95 {p95(bare):.2f} ms"
    )
    return took, bare


@benchmark("clients.record_open_ms", "clients.record_open_p50_ms")
def record_open(tmp: Path) -> list[Figure]:
    from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
    from kronos_desktop.store import LocalStore

    folder = tmp / "standard-desk"
    store = LocalStore.open(folder)
    try:
        store.ensure_identity(studio_id=DEMO_STUDIO_ID)
        with store.engine.begin() as conn:
            demo = generate_demo(conn, size=DemoSize.standard(), today=dt.date(2026, 3, 10))
        store.set_desk_staff(demo.receptionist_id)
    finally:
        store.close()
    client_id = _busy_client(folder)
    took, bare = _measure(folder, client_id, "standard demo")
    return [
        Figure("clients.record_open_ms", p95(took), "ms", p95(bare)),
        Figure("clients.record_open_p50_ms", statistics.median(took), "ms", statistics.median(bare)),
    ]


@benchmark("clients.record_open_large_ms", slow=True)
def record_open_large(tmp: Path) -> list[Figure]:
    folder, _ = large_desk(tmp)
    client_id = _busy_client(folder)
    took, bare = _measure(folder, client_id, "large demo")
    return [Figure("clients.record_open_large_ms", p95(took), "ms", p95(bare))]
