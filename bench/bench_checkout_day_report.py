"""The day report of a busy day: ``checkout.day_report_ms`` (p95; ``..._p50_ms`` beside it).

On the standard demo desk (its today fixed), the day gets 300 payments more than the demo's own:
150 tickets of a service line and a product, each paid by a card (with a tip on every third) and
in cash with change, through ``sale.record`` and ``payment.record`` (one ``apply_many`` each), a
refund on every tenth card, a suprimento and a sangria, and the drawer closed with its count
(kronos_desktop/ops/drawer.py). One "report" is what the desk does when someone asks for the
day report: the read (store/queries/day_report.py ``day_report``: by method, by artist,
deposits, vouchers, refunds, the drawer's day, late payments) and its A4 PDF rendered
(ui/checkout/day_report_render.py). p95 over 40 reports.

Baseline, in the same run: the bare SQL of the day's payments (every column of the day's rows,
fetched), the least any report of the day must read. Goal: p95 under 300 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from pathlib import Path
from typing import Any

from bench.bench_calendar_day import p95
from bench.harness import Figure, benchmark

REPEAT = 40
WARM_UP = 3
TICKETS = 150  # two payments each
DAY = dt.date(2026, 3, 10)


def _busy_day(store: Any, demo: Any, at: dt.datetime) -> None:
    """150 paid tickets, their refunds, cash in and out, and the close (see the module)."""
    from kronos_core.ids import uuid7
    from kronos_desktop.ops import drawer as drawer_ops
    from kronos_desktop.store.queries.drawer import drawer_day

    artists = demo.artist_ids
    for i in range(TICKETS):
        sale_id, card_id = uuid7(), uuid7()
        price = 30_000 + 500 * (i % 40)
        tip = 2_000 if i % 3 == 0 else 0
        sale = {"sale_id": sale_id, "number": f"Z-{i:06d}", "business_date": DAY, "closed_at": at,
                "lines": [{"line_id": uuid7(), "kind": "service", "description": "Sessão", "quantity": 1,
                           "unit_price": price, "artist_id": artists[i % len(artists)]},
                          {"line_id": uuid7(), "kind": "product", "description": "Pomada", "quantity": 1,
                           "unit_price": 4_500}],
                "tips": [{"tip_id": uuid7(), "artist_id": artists[i % len(artists)], "amount": tip}] if tip
                else []}  # fmt: skip
        card = {"payment_id": card_id, "sale_id": sale_id, "method": "credit" if i % 2 else "debit",
                "amount": price, "tip": tip, "card_brand": "visa", "instalments": 1, "auth_code": f"{i:06d}",
                "business_date": DAY, "received_at": at}  # fmt: skip
        cash = {"payment_id": uuid7(), "sale_id": sale_id, "method": "cash", "amount": 4_500,
                "cash_tendered": 5_000, "business_date": DAY, "received_at": at}  # fmt: skip
        writes: list[tuple[str, Any]] = [("sale.record", sale), ("payment.record", card), ("payment.record", cash)]
        if i % 10 == 0:
            refund = {"payment_id": uuid7(), "refund_of": card_id, "amount": 5_000, "reason": "Ajuste",
                      "business_date": DAY, "received_at": at}  # fmt: skip
            writes.append(("payment.refund", refund))
        store.apply_many(lambda _conn, w=writes: w, staff_id=demo.manager_id)
    state = store.identity()
    with store.read_engine.connect() as conn:
        day = drawer_day(conn, state.studio_id, state.device_id, DAY)
    if day.session is None:
        drawer_ops.open_day(DAY, 20_000, staff_id=demo.manager_id).write(store)
        with store.read_engine.connect() as conn:
            day = drawer_day(conn, state.studio_id, state.device_id, DAY)
    if day.session is None:
        raise RuntimeError("the busy day's drawer did not open")
    drawer_ops.cash_in(day.session.id, 10_000, "Troco do banco", business_date=DAY).write(store)
    drawer_ops.cash_out(day.session.id, 50_000, "Sangria para o cofre", business_date=DAY).write(store)
    with store.read_engine.connect() as conn:
        expected = drawer_ops.held_now(conn, state.studio_id, state.device_id, DAY) or 0
    grid = {10_000: expected // 10_000, 5: (expected % 10_000) // 5}
    drawer_ops.close_day(DAY, grid, note=None if expected % 5 == 0 else "centavos").write(store)


@benchmark("checkout.day_report_ms", "checkout.day_report_p50_ms")
def day_report(tmp: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
    from kronos_core.schema import payment
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries.day_report import day_report as read_report
    from kronos_desktop.ui.checkout.day_report_render import day_report_pdf_bytes

    app = QApplication.instance() or QApplication([])
    store = LocalStore.open(tmp / "busy-day-desk")
    try:
        store.ensure_identity(studio_id=DEMO_STUDIO_ID)
        with store.engine.begin() as conn:
            demo = generate_demo(conn, size=DemoSize.standard(), today=DAY)
        store.set_desk_staff(demo.receptionist_id)
        _busy_day(store, demo, dt.datetime(2026, 3, 10, 19, tzinfo=dt.UTC))
        state = store.identity()
        assert state is not None
        p = payment.c
        bare_query = select(payment).where(p.studio_id == state.studio_id, p.business_date == DAY, p.deleted.is_(False))
        reports: list[float] = []
        bare: list[float] = []
        rows = 0
        pdf = b""
        for i in range(REPEAT + WARM_UP):
            start = time.perf_counter()
            with store.read_engine.connect() as conn:
                report = read_report(conn, state.studio_id, DAY, device_id=state.device_id, now=store.now())
            pdf = day_report_pdf_bytes(report)
            took = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            with store.read_engine.connect() as conn:
                rows = len(conn.execute(bare_query).all())
            alone = (time.perf_counter() - start) * 1000
            if i >= WARM_UP:
                reports.append(took)
                bare.append(alone)
            if report.count is None or sum(m.count for m in report.by_method) < 2 * TICKETS:
                raise RuntimeError("the busy day did not read back closed with its payments")
        print(f"checkout.day_report: {rows} payments on the day, a PDF of {len(pdf) / 1024:.0f} KB", flush=True)
    finally:
        store.close()
        del app
    return [
        Figure("checkout.day_report_ms", p95(reports), "ms", p95(bare)),
        Figure("checkout.day_report_p50_ms", statistics.median(reports), "ms", statistics.median(bare)),
    ]
