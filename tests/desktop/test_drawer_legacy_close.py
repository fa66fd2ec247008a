"""A close written before closes listed every payment of their day (issue 16): it listed its
drawer's cash only (a desk of an earlier version, a demo folder generated then). Read now, on a
real desk file of the demo studio, its day's card and PIX payments are not late (it did not list
them, but its totals counted them) and the day report's totals stay its own; a payment that
arrives after it is still late (kronos_desktop/store/queries/drawer.py, ``late_payments``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import day_report as report_q
from kronos_desktop.store.queries import drawer as q
from tests.desktop.test_drawer_reads import (
    grid_for,
    late_offline_payment,
    open_or_offered,
    read,
    today,
    totals_by_hand,
)


@pytest.fixture
def store(demo_dir: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(demo_dir)
    yield opened
    opened.close()


def test_a_close_that_listed_its_cash_only_keeps_the_day_s_card_and_pix_on_time(
    store: LocalStore, demo: DemoStudio
) -> None:
    day, state = today(store), store.identity()
    assert state is not None
    session_id = open_or_offered(store, day, demo.manager_id)
    totals = totals_by_hand(store, day)
    assert set(totals) - {"cash"}, "the demo's morning took card or PIX"
    before = read(store, day)
    assert before.figures is not None
    with store.read_engine.connect() as conn:
        cash_ids = q.day_cash_payment_ids(conn, state.studio_id, state.device_id, day)
    # The close as the desk wrote it before: its drawer's cash listed, the day's every method in its totals.
    close = {
        "count_id": uuid7(),
        "session_id": session_id,
        "grid": {str(k): v for k, v in grid_for(before.figures.expected).items()},
        "expected": before.figures.expected,
        "note": None,
        "counted_at": store.now(),
        "payment_ids": cash_ids,
        "totals": totals,
    }
    store.apply("cash_session.close", close, staff_id=demo.receptionist_id)

    closed = read(store, day)
    assert closed.closed
    assert closed.figures == before.figures
    assert closed.late == [], "the card and PIX it counted in its totals are not late"
    with store.read_engine.connect() as conn:
        report = report_q.day_report(conn, state.studio_id, day, device_id=state.device_id)
    assert {m.method: m.net for m in report.by_method} == totals

    # Balcão 2's cash, taken before the close, reaches this desk after it: late, as it always was.
    assert closed.last_close is not None
    late_id = late_offline_payment(store, demo, day, closed.last_close.at - dt.timedelta(hours=1))
    after = read(store, day)
    assert [(p.id, p.method, p.desk_name) for p in after.late] == [(late_id, "cash", "Balcão 2")]
    assert after.figures == before.figures
    with store.read_engine.connect() as conn:
        report = report_q.day_report(conn, state.studio_id, day, device_id=state.device_id)
    assert {m.method: m.net for m in report.by_method} == totals
    assert [p.id for p in report.late] == [late_id]
