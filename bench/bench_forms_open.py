"""Opening a client's form in client mode: ``forms.open_ms`` (p95, standard demo desk).

What a click on "Client mode" does: the window built and shown full screen (offscreen), its read
on the reader thread (the client's record, the studio's current questionnaire, the staff who may
confirm: :func:`read_client_mode`), and the questions, consent, ID and signature pads built from
it. Each time a different client (minors among them: their guardian's section too), with a
questionnaire of 20 questions the studio published. Baseline, in the same run: the read alone on
the reader's connection. Goal: p95 under 200 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
import uuid
from pathlib import Path

from bench.bench_calendar_day import p95
from bench.harness import Figure, benchmark

REPEAT = 60
WARM_UP = 5
QUESTIONS = 20


def _questions() -> list[dict[str, object]]:
    kinds = ("yes_no", "yes_no", "text", "choice", "date")
    found: list[dict[str, object]] = []
    for n in range(QUESTIONS):
        kind = kinds[n % len(kinds)]
        found.append({
            "id": f"q{n}", "kind": kind, "text": f"Question {n}: do you have condition {n}?", "required": n < 8,
            "choices": ["Normal", "Oily", "Dry"] if kind == "choice" else [],
            "details": "Which?" if kind == "yes_no" else "",
            "alert_on": ["yes"] if kind == "yes_no" else [], "alert": f"Condition {n}", "alert_field": "medical_alerts",
        })  # fmt: skip
    return found


def _desk(folder: Path) -> tuple[list[uuid.UUID], uuid.UUID]:
    """The standard demo with a published questionnaire; some clients (a third of them minors)."""
    from sqlalchemy import select

    from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
    from kronos_core.ids import uuid7
    from kronos_core.schema import client
    from kronos_desktop.store import LocalStore

    store = LocalStore.open(folder)
    try:
        store.ensure_identity(studio_id=DEMO_STUDIO_ID)
        with store.engine.begin() as conn:
            demo = generate_demo(conn, size=DemoSize.standard(), today=dt.date(2026, 3, 10))
        store.set_desk_staff(demo.receptionist_id)
        store.apply(
            "form_template.publish",
            {"template_id": str(uuid7()), "number": 1, "language": "en", "title": "Consent and health",
             "questions": _questions(), "consent_text": "I consent. " * 80, "image_use_text": "Photos may be posted."},
            staff_id=demo.owner_id,
        )  # fmt: skip
        with store.read_engine.connect() as conn:
            c = client.c
            live = (c.merged_into.is_(None), c.erased_at.is_(None), c.deleted.is_(False))
            minors = conn.execute(select(c.id).where(c.guardian_name.is_not(None), *live).limit(30)).scalars().all()
            adults = conn.execute(select(c.id).where(c.guardian_name.is_(None), *live).limit(60)).scalars().all()
    finally:
        store.close()
    chosen = [cid for pair in zip(adults[::2], adults[1::2], minors, strict=False) for cid in pair]
    return chosen, demo.receptionist_id


@benchmark("forms.open_ms", "forms.open_p50_ms")
def forms_open(tmp: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop

    from kronos_desktop.app import Desk, create_application
    from kronos_desktop.store import LocalStore
    from kronos_desktop.ui.clients.client_mode import open_client_mode
    from kronos_desktop.ui.clients.client_mode_data import read_client_mode

    folder = tmp / "standard-desk"
    clients, _receptionist = _desk(folder)
    app = create_application("kronos-bench")
    desk = Desk(LocalStore.open(folder), "en")
    took: list[float] = []
    bare: list[float] = []
    try:
        for i in range(WARM_UP + REPEAT):
            client_id = clients[i % len(clients)]
            start = time.perf_counter()
            window = open_client_mode(desk.ctx, client_id)
            while window.questions is None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            app.processEvents()  # laid out and shown
            elapsed = (time.perf_counter() - start) * 1000
            assert window.isVisible()
            assert window.consent is not None
            window.leave()
            app.processEvents()
            if i >= WARM_UP:
                took.append(elapsed)
        with desk.ctx.reader.connect() as conn:
            for i in range(WARM_UP + REPEAT):
                start = time.perf_counter()
                data = read_client_mode(conn, clients[i % len(clients)], "en", None, None)
                assert data is not None
                if i >= WARM_UP:
                    bare.append((time.perf_counter() - start) * 1000)
                conn.rollback()
    finally:
        desk.close()
    print(
        f"forms.open ({len(clients)} clients, {QUESTIONS} questions): p50 {statistics.median(took):.1f} ms, "
        f"p95 {p95(took):.1f} ms; the read alone: p50 {statistics.median(bare):.1f} ms, p95 {p95(bare):.1f} ms"
    )
    return [
        Figure("forms.open_ms", p95(took), "ms", p95(bare)),
        Figure("forms.open_p50_ms", statistics.median(took), "ms", statistics.median(bare)),
    ]
