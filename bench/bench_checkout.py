"""Close a ticket and render its receipt: ``checkout.close_ticket_p95_ms`` (and ``..._p50_ms``).

On the standard demo desk, one "close" is what the desk does when the receptionist presses Close
on a 5-line ticket (three artists' services, two products, a line discount in percent, a ticket
discount, a tip) paid by a split payment (cash with change, and a credit card in 3x): the desk's
close op's write (kronos_desktop/ops/checkout.py ``close_ticket``: the closing rules checked, the
receipt number taken, ``sale.record`` and both ``payment.record`` applied and the draft deleted,
in one transaction through ``LocalStore.apply_many``), then the sale read back as its receipt
prints it (store/queries/checkout.py ``sale_detail``) and its A4 receipt rendered to PDF bytes
(ui/checkout/receipt_render.py). p95 over 60 closes, each a new ticket.

Baseline, in the same run: the same mutations' bare apply (``sale.record`` and the two
``payment.record`` in one ``apply_many``, arguments built beforehand, a number given) on tickets
of the same shape, without the closing check, the number, the read or the receipt: the ratio is
what the close op and the receipt add. Goal: p95 under 150 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

from bench.bench_calendar_day import p95
from bench.harness import Figure, benchmark

REPEAT = 60
WARM_UP = 3
DAY = dt.date(2026, 3, 10)


def _ticket(artists: tuple[uuid.UUID, ...], client_id: uuid.UUID, i: int) -> Any:
    """Five lines (three services, two products), 10 % off the first, R$ 15 off the ticket, a R$ 30
    tip; paid R$ 300 + the tip by a Visa in 3x and the rest in cash with R$ 7,50 change."""
    from kronos_core.ids import uuid7
    from kronos_core.ticket import DraftLine, DraftPayment, DraftTip, TicketDraft, totals

    lines = [
        DraftLine(uuid7(), "service", "Fechamento braço", artists[0], None, 1, 80_000 + i, 0, 1_000, "Retorno"),
        DraftLine(uuid7(), "service", "Fine line pulso", artists[1 % len(artists)], None, 1, 35_000, 0),
        DraftLine(uuid7(), "service", "Retoque", artists[2 % len(artists)], None, 1, 12_000, 0),
        DraftLine(uuid7(), "product", "Pomada cicatrizante", None, None, 2, 4_500),
        DraftLine(uuid7(), "product", "Filme protetor", None, None, 3, 1_990),
    ]
    draft = TicketDraft(
        ticket_id=uuid7(), client_id=client_id, appointment_id=None, lines=lines,
        ticket_discount_amount=1_500, ticket_discount_reason="Cliente fiel",
        tips=[DraftTip(uuid7(), artists[0], 3_000)], fiscal_document="52998224725", fiscal_name="Cliente Bench",
        service_description="Tatuagem",
    )  # fmt: skip
    due = totals(draft, {}).due
    card = DraftPayment(uuid7(), "credit", 30_000, 3_000, "visa", 3, f"{i:06d}", 945)
    cash = DraftPayment(uuid7(), "cash", due - 30_000, 0, cash_tendered=due - 30_000 + 750)
    draft.payments = [card, cash]
    return draft


@benchmark("checkout.close_ticket_p95_ms", "checkout.close_ticket_p50_ms")
def close_ticket(tmp: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import Connection, select

    from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
    from kronos_core.schema import client
    from kronos_core.ticket import totals
    from kronos_desktop.ops import checkout as ops
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries.checkout import sale_detail
    from kronos_desktop.ui.checkout.receipt_render import pdf_bytes

    app = QApplication.instance() or QApplication([])
    store = LocalStore.open(tmp / "standard-desk")
    try:
        store.ensure_identity(studio_id=DEMO_STUDIO_ID)
        with store.engine.begin() as conn:
            demo = generate_demo(conn, size=DemoSize.standard(), today=DAY)
        store.set_desk_staff(demo.receptionist_id)
        with store.read_engine.connect() as conn:
            clients = list(
                conn.execute(select(client.c.id).order_by(client.c.id).limit(2 * (REPEAT + WARM_UP))).scalars()
            )
        at = dt.datetime(2026, 3, 10, 21, tzinfo=dt.UTC)
        closes: list[float] = []
        bare: list[float] = []
        sizes: list[int] = []
        for i in range(REPEAT + WARM_UP):
            draft = _ticket(demo.artist_ids, clients[2 * i], i)
            start = time.perf_counter()
            sale_id = ops.sale_of(ops.close_ticket(draft, business_date=DAY, closed_at=at).write(store))
            with store.read_engine.connect() as conn:
                detail = sale_detail(conn, sale_id)
            if detail is None or detail.paid != detail.due or len(detail.lines) != 5:
                raise RuntimeError(f"the close of ticket {i} did not read back as a paid 5-line sale")
            pdf = pdf_bytes(detail, "a4")
            took = (time.perf_counter() - start) * 1000

            other = _ticket(demo.artist_ids, clients[2 * i + 1], i)
            due = totals(other, {})
            sale = ops.sale_args(other, due, number=f"Z-{i:06d}", business_date=DAY, closed_at=at)
            pays = [
                ops.payment_args(p, business_date=DAY, received_at=at, taken_by=demo.receptionist_id,
                                 sale_id=other.ticket_id)
                for p in other.payments
            ]  # fmt: skip

            def build(_conn: Connection, sale: Any = sale, pays: Any = pays) -> list[tuple[str, Any]]:
                return [("sale.record", sale), *(("payment.record", p) for p in pays)]

            start = time.perf_counter()
            store.apply_many(build)
            alone = (time.perf_counter() - start) * 1000
            if i >= WARM_UP:
                closes.append(took)
                bare.append(alone)
                sizes.append(len(pdf))
        print(f"checkout.close_ticket: receipts of {statistics.median(sizes) / 1024:.0f} KB", flush=True)
    finally:
        store.close()
        del app
    return [
        Figure("checkout.close_ticket_p95_ms", p95(closes), "ms", p95(bare)),
        Figure("checkout.close_ticket_p50_ms", statistics.median(closes), "ms", statistics.median(bare)),
    ]
