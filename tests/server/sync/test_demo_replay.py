"""A demo day's mutations replayed on a fresh server apply with no conflict (issue 10).

The demo writes every row through the mutations (kronos_core/demo/applier.py), so what it made
is what a desk could have sent: its setting-up (the studio's settings, staff, stations,
commission rules, clients) and one whole day (bookings, their status moves and cancellations,
sales and payments) are pushed to a real server (PostgreSQL, the push's apply path) as a desk of
the studio; every one is ``applied`` with no conflict, and the server holds the day as the demo
does: each booking's status, each sale's totals and each line's artist and studio shares.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from kronos_core.demo import DemoSize, generate_demo
from kronos_core.demo.applier import Act
from kronos_core.schema import appointment, metadata, payment, sale, sale_line, sync_conflict
from kronos_core.sync_messages import MAX_PUSH_MUTATIONS
from kronos_server.db import Database
from tests.core.dbs import sqlite_engine
from tests.server.conftest import MadeStudio
from tests.server.sync.conftest import MakeDesk
from tests.server.sync.test_push_pull import push

MakeStudio = Callable[..., MadeStudio]
TODAY = dt.date(2025, 3, 12)  # a Wednesday; the demo's present is 15:00 there


def test_a_demo_day_replayed_on_a_fresh_server_has_no_conflict(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk, tmp_path: Path
) -> None:
    studio = make_studio()
    desk = make_desk(studio)
    acts: list[Act] = []
    local = sqlite_engine(tmp_path / "demo.sqlite")
    with local.begin() as conn:
        metadata.create_all(conn)
        generate_demo(
            conn,
            size=DemoSize(clients=120, past_days=6, future_days=3),
            today=TODAY,
            studio_id=studio.studio_id,
            owner_id=studio.owner_staff_id,
            record=acts.append,
        )
    setup = [a for a in acts if a.day is None and a.name != "studio.setup"]  # the server made the studio
    day = [a for a in acts if a.day == TODAY]
    names = {a.name for a in day}
    assert {"appointment.book", "appointment.set_status", "sale.record", "payment.record"} <= names
    assert {"studio.update", "staff.add", "station.add", "commission.set", "client.create"} <= {a.name for a in setup}

    sent = [desk.mutation(a.name, a.args.model_dump(mode="json", exclude_unset=True), uuid=str(a.mutation_uuid))
            for a in setup + day]  # fmt: skip
    results: list[dict[str, Any]] = []
    for start in range(0, len(sent), MAX_PUSH_MUTATIONS):
        results += push(client, desk, sent[start : start + MAX_PUSH_MUTATIONS])["results"]
    assert len(results) == len(sent)
    refused = [
        (m["name"], r) for m, r in zip(sent, results, strict=True) if r["status"] != "applied" or r["conflict_id"]
    ]
    assert refused == []

    ids = [a.args.appointment_id for a in day if a.name == "appointment.book"]  # type: ignore[attr-defined]
    sales = [a.args.sale_id for a in day if a.name == "sale.record"]  # type: ignore[attr-defined]
    with app_db.tenant(studio.studio_id) as server, local.connect() as desk_db:
        assert server.execute(select(func.count()).select_from(sync_conflict)).scalar_one() == 0
        for query in (
            select(appointment.c.id, appointment.c.status, appointment.c.starts_at).where(appointment.c.id.in_(ids)),
            select(sale.c.id, sale.c.number, sale.c.total, sale.c.status).where(sale.c.id.in_(sales)),
            select(sale_line.c.id, sale_line.c.total, sale_line.c.artist_share, sale_line.c.studio_share).where(
                sale_line.c.sale_id.in_(sales)
            ),
            select(payment.c.id, payment.c.amount, payment.c.tip).where(payment.c.sale_id.in_(sales)),
        ):
            on_server = sorted(server.execute(query).all())
            assert on_server, query
            assert on_server == sorted(desk_db.execute(query).all())
    statuses = {s for _, s, _ in on_server_statuses(app_db, studio.studio_id, ids)}
    assert {"completed", "in_progress"} <= statuses  # the day as it went, moves and all
    local.dispose()


def on_server_statuses(db: Database, studio_id: uuid.UUID, ids: list[uuid.UUID]) -> list[tuple[Any, ...]]:
    with db.tenant(studio_id) as conn:
        query = select(appointment.c.id, appointment.c.status, appointment.c.kind).where(appointment.c.id.in_(ids))
        return [tuple(r) for r in conn.execute(query)]
