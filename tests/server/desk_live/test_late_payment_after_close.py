"""A day of the demo studio closed at one desk while another desk, offline, took a cash payment
on that day; the payment reaches the closing desk after the close, through the real server
(PostgreSQL, loopback) and both desks' real sync (issue 16, "Tests").

The demo's day (its setting-up and the day's bookings, sales, payments and the drawer opened
with its float) is written on desk A through the mutations, as the demo writes it, and pushed;
desk B joins the studio and downloads it, then goes offline and sells an aftercare cream for
cash. A records its own sales, a suprimento and a sangria, counts the drawer and closes the
day; then B comes back (push) and A syncs (pull, and the desks' names). What a person sees on
A, through the desk's own reads: the closed day's counted, expected and difference figures are
those of the close, never changed by the late payment; the payment shows as late on that day,
with B's name and the time it was taken; the day report's totals per method stay the close's and
list the payment apart (kronos_desktop/store/queries/day_report.py). The expected cash is also
summed here, by hand, from the rows: float + cash handed over − change − cash refunds + cash in
− cash out.

Two more: B online, its cash or its credit-card sale on the server before A's close but pulled by
A after it. The close lists every payment of the day A held (kronos_core.drawer_close), so either
is late on A, whatever the server's clock says of when it was stored, and the report's total for
its method stays the close's.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from kronos_core.demo import DemoSize, generate_demo
from kronos_core.demo.applier import Act
from kronos_core.demo.drawer import grid_for
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.schema import metadata
from kronos_core.ticket import DraftLine, DraftPayment, TicketDraft
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.ops import drawer as ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import day_report as report_q
from kronos_desktop.store.queries import drawer as q
from kronos_desktop.store.writer import Writer
from kronos_desktop.sync.engine import Phase, SyncEngine
from kronos_desktop.sync.http import Offline
from kronos_server.tables import desk as desk_table
from tests.core.dbs import sqlite_engine
from tests.server.desk_live.conftest import LiveDesk, LiveStudio

pytestmark = pytest.mark.postgres

DAY = dt.date(2025, 3, 12)  # a Wednesday; the demo's present is 15:00 São Paulo time there
SP = dt.timezone(dt.timedelta(hours=-3))  # São Paulo (no daylight saving since 2019)
CASH_IN, CASH_OUT = 5_000, 3_000


def demo_day(folder: Path, live_studio: LiveStudio) -> list[Act]:
    """The demo studio's changes up to its present (15:00 on DAY), made for the live studio."""
    acts: list[Act] = []
    engine = sqlite_engine(folder / "demo.sqlite")
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            generate_demo(
                conn,
                size=DemoSize(clients=30, past_days=0, future_days=0),
                today=DAY,
                studio_id=live_studio.studio_id,
                owner_id=live_studio.owner_id,
                record=acts.append,
            )
    finally:
        engine.dispose()
    return [a for a in acts if a.name != "studio.setup"]  # the server made the studio


def desk_with_the_demo_day(live_studio: LiveStudio) -> LiveDesk:
    """Desk A, on which the demo's day was lived (its changes applied there, in its outbox) and pushed."""
    a = live_studio.desk("a")
    acts = demo_day(live_studio.folder, live_studio)
    assert {"sale.record", "payment.record", "cash_session.open"} <= {x.name for x in acts if x.day == DAY}
    for act in acts:
        a.store.apply(act.name, act.args, staff_id=act.staff_id)
    a.steps.sync()
    return a


def sql(store: LocalStore, query: str, **params: Any) -> list[Any]:
    with store.read_engine.connect() as conn:
        return list(conn.execute(text(query), params).all())


def expected_by_hand(store: LocalStore, day: dt.date) -> int:
    """Float + cash handed over − change − cash refunds + cash in − cash out, row by row."""
    handed = change = refunded = 0
    for amount, tip, tendered, refund_of in sql(
        store,
        "SELECT amount, tip, cash_tendered, refund_of FROM payment "
        "WHERE method = 'cash' AND deleted = 0 AND business_date = :day",
        day=day.isoformat(),
    ):
        if refund_of is not None:
            refunded += -amount
            continue
        given = tendered if tendered is not None else amount + tip
        handed += given
        change += given - amount - tip
    ((opening,),) = sql(
        store, "SELECT opening_float FROM cash_session WHERE business_date = :day AND deleted = 0", day=day.isoformat()
    )
    moved = {"in": 0, "out": 0}
    for kind, amount in sql(
        store,
        "SELECT m.kind, m.amount FROM cash_movement m JOIN cash_session s ON s.id = m.session_id "
        "WHERE s.business_date = :day AND m.deleted = 0",
        day=day.isoformat(),
    ):
        moved[kind] += amount
    return int(opening) + handed - change - refunded + moved["in"] - moved["out"]


def totals_by_hand(store: LocalStore, day: dt.date) -> dict[str, int]:
    rows = sql(
        store,
        "SELECT method, sum(amount + tip) FROM payment WHERE deleted = 0 AND business_date = :day GROUP BY method",
        day=day.isoformat(),
    )
    return {str(m): int(t) for m, t in rows if t}


def sell(d: LiveDesk, method: str, price: int, at: dt.datetime, handed: int | None = None, **card: Any) -> uuid.UUID:
    """A retail ticket closed at desk ``d`` at ``at`` on DAY; its payment's id. ``card``: a card
    payment's fields (``card_brand``, ``instalments``)."""
    payment_id = uuid7()
    draft = TicketDraft(ticket_id=uuid7(), client_id=None, appointment_id=None,
                        lines=[DraftLine(uuid7(), "product", "Pomada cicatrizante", None, None, 1, price)])  # fmt: skip
    draft.payments = [DraftPayment(payment_id, method, price, 0, cash_tendered=handed, **card)]  # type: ignore[arg-type]
    checkout_ops.close_ticket(draft, business_date=DAY, closed_at=at).write(d.store)
    return payment_id


def where(d: LiveDesk) -> tuple[uuid.UUID, uuid.UUID]:
    state = d.store.identity()
    assert state is not None
    return state.studio_id, state.device_id


def drawer_day(d: LiveDesk) -> q.DrawerDay:
    studio_id, device_id = where(d)
    with d.store.read_engine.connect() as conn:
        return q.drawer_day(conn, studio_id, device_id, DAY)


def day_report(d: LiveDesk) -> report_q.DayReport:
    studio_id, device_id = where(d)
    with d.store.read_engine.connect() as conn:
        return report_q.day_report(conn, studio_id, DAY, device_id=device_id)


def enrolled_name(live_studio: LiveStudio, d: LiveDesk) -> str:
    """The desk's name as the server enrolled it (what ``GET /v1/desks/names`` answers)."""
    desk_id = d.http.session.ids[1]  # type: ignore[attr-defined]
    with live_studio.db.tenant(live_studio.studio_id) as conn:
        name: str = conn.execute(select(desk_table.c.name).where(desk_table.c.id == desk_id)).scalar_one()
    return name


def test_a_late_offline_cash_payment_shows_on_the_closed_demo_day_and_changes_no_figure(
    live_studio: LiveStudio,
) -> None:
    a = desk_with_the_demo_day(live_studio)
    b = live_studio.desk("b")  # joins: downloads the demo's day
    live_studio.settle()
    demo_cash = sql(a.store, "SELECT count(*) FROM payment WHERE method = 'cash' AND business_date = :d", d=DAY)
    assert demo_cash[0][0] > 0, "the demo's morning took cash"

    # B goes offline and sells a R$ 45 cream for cash at 15:20 (R$ 50 handed, R$ 5 change).
    b.net.offline = True
    taken_at = dt.datetime(2025, 3, 12, 15, 20, tzinfo=SP)
    late_id = sell(b, "cash", 4_500, taken_at, handed=5_000)
    with pytest.raises(Offline):
        b.steps.sync()
    assert b.local.counts().pending == 2  # the sale and its payment wait on B

    # A: the demo's front desk opened the day (its float); A sells, moves cash, counts, closes.
    demo_open = drawer_day(a)
    assert demo_open.session is not None
    assert (demo_open.session.status, demo_open.session.opening_float) == ("open", 20_000)
    with pytest.raises(MutationError) as already:
        ops.open_day(DAY, 20_000, staff_id=live_studio.owner_id).write(a.store)
    assert already.value.code == "session_already_open"
    session_id = uuid.UUID(already.value.params["session_id"])
    assert session_id == demo_open.session.id
    sell(a, "cash", 12_000, dt.datetime(2025, 3, 12, 15, 30, tzinfo=SP), handed=15_000)
    sell(a, "pix", 8_000, dt.datetime(2025, 3, 12, 15, 45, tzinfo=SP))
    ops.cash_in(session_id, CASH_IN, "Troco do banco", business_date=DAY).write(a.store)
    ops.cash_out(session_id, CASH_OUT, "Material de limpeza", business_date=DAY).write(a.store)
    expected = expected_by_hand(a.store, DAY)
    totals = totals_by_hand(a.store, DAY)
    before = drawer_day(a)
    assert before.figures is not None
    assert before.figures.expected == expected
    ops.close_day(DAY, {int(k): v for k, v in grid_for(expected).items()}).write(a.store)
    closed = drawer_day(a)
    last = closed.last_close
    assert last is not None
    assert (last.counted, last.expected, last.difference) == (expected, expected, 0)
    assert last.totals == totals
    assert closed.late == []
    report_at_close = day_report(a)
    a.steps.sync()  # its close and its sales go up; the PIX comes back stamped by the server
    assert drawer_day(a).late == [], "a payment the close counted is never late"

    # B comes back: its sale is pushed; A pulls it (and, as its engine does, the desks' names).
    b.net.offline = False
    b.steps.sync()
    writer = Writer()
    try:
        assert SyncEngine(a.store, writer, a.http, poll_interval=3600).run_once().phase is Phase.SYNCED
    finally:
        writer.shutdown()
    live_studio.settle()
    live_studio.assert_converged()

    after = drawer_day(a)
    assert after.session is not None
    assert after.session.status == "closed"
    assert after.figures == closed.figures
    assert after.last_close == last
    assert (after.last_close.counted, after.last_close.expected, after.last_close.difference) == (expected, expected, 0)
    assert after.last_close.totals == totals
    assert expected_by_hand(a.store, DAY) == expected + 4_500  # the day took more than the close counted
    assert [(p.id, p.method, p.amount, p.desk_name, p.received_at, p.this_desk) for p in after.late] == [
        (late_id, "cash", 4_500, enrolled_name(live_studio, b), taken_at, False)
    ]
    report = day_report(a)
    assert {m.method: m.net for m in report.by_method} == totals
    assert report.by_method == report_at_close.by_method
    assert [p.id for p in report.late] == [late_id]
    assert report.late_total == 4_500
    assert report.difference == 0
    # On B, the sale it took shows as late too: its own ("this desk").
    on_b = drawer_day(b)
    assert [(p.id, p.this_desk) for p in on_b.late] == [(late_id, True)]
    assert on_b.figures == closed.figures


def test_cash_pushed_before_the_close_but_pulled_after_it_is_late_too(live_studio: LiveStudio) -> None:
    """B is online and its cash sale reaches the server before A's close, but A had not pulled it
    when it counted: the close did not count it, so on A it is late, whatever the server's
    clock says of when it was stored; the report's cash stays the close's."""
    a = desk_with_the_demo_day(live_studio)
    b = live_studio.desk("b")
    live_studio.settle()
    taken_at = dt.datetime(2025, 3, 12, 15, 20, tzinfo=SP)
    late_id = sell(b, "cash", 4_500, taken_at, handed=5_000)
    b.steps.sync()  # on the server now; A has not asked for it
    assert b.local.counts().pending == 0
    expected, totals = expected_by_hand(a.store, DAY), totals_by_hand(a.store, DAY)
    ops.close_day(DAY, {int(k): v for k, v in grid_for(expected).items()}).write(a.store)
    closed = drawer_day(a)
    report_at_close = day_report(a)
    live_studio.settle()
    live_studio.assert_converged()

    after = drawer_day(a)
    assert after.figures == closed.figures
    assert after.last_close == closed.last_close
    assert after.last_close is not None
    assert (after.last_close.expected, after.last_close.difference, after.last_close.totals) == (expected, 0, totals)
    assert [(p.id, p.amount, p.received_at) for p in after.late] == [(late_id, 4_500, taken_at)]
    report = day_report(a)
    assert report.by_method == report_at_close.by_method
    assert {m.method: m.net for m in report.by_method} == totals
    assert report.late_total == 4_500


def test_a_card_payment_pushed_before_the_close_but_pulled_after_it_is_late_and_leaves_the_card_total(
    live_studio: LiveStudio,
) -> None:
    """B, online, takes a R$ 350 credit-card payment at 15:20 and pushes it before A's close; A
    had not pulled it when it counted. A close lists every payment of the day it saw (any
    method), so on A the card payment is late, with B's name and the time B took it, although
    the server stored it before the close; the day report's credit total stays the close's."""
    a = desk_with_the_demo_day(live_studio)
    b = live_studio.desk("b")
    live_studio.settle()
    taken_at = dt.datetime(2025, 3, 12, 15, 20, tzinfo=SP)
    late_id = sell(b, "credit", 35_000, taken_at, card_brand="visa", instalments=1)
    b.steps.sync()  # on the server now; A has not asked for it
    assert b.local.counts().pending == 0
    expected, totals = expected_by_hand(a.store, DAY), totals_by_hand(a.store, DAY)
    ops.close_day(DAY, {int(k): v for k, v in grid_for(expected).items()}).write(a.store)
    closed = drawer_day(a)
    assert closed.late == []
    report_at_close = day_report(a)
    credit_at_close = {m.method: m.net for m in report_at_close.by_method}.get("credit", 0)
    assert credit_at_close == totals.get("credit", 0)

    # A syncs as its engine does: pull (B's card payment arrives) and the desks' names.
    writer = Writer()
    try:
        assert SyncEngine(a.store, writer, a.http, poll_interval=3600).run_once().phase is Phase.SYNCED
    finally:
        writer.shutdown()
    live_studio.settle()
    live_studio.assert_converged()
    (arrived,) = sql(a.store, "SELECT method FROM payment WHERE id = :id", id=late_id.hex)
    assert arrived[0] == "credit"
    assert totals_by_hand(a.store, DAY)["credit"] == credit_at_close + 35_000  # the day took more by card

    after = drawer_day(a)
    assert after.figures == closed.figures
    assert after.last_close == closed.last_close
    assert after.last_close is not None
    assert (after.last_close.expected, after.last_close.difference, after.last_close.totals) == (expected, 0, totals)
    assert [(p.id, p.method, p.amount, p.desk_name, p.received_at, p.this_desk) for p in after.late] == [
        (late_id, "credit", 35_000, enrolled_name(live_studio, b), taken_at, False)
    ]
    report = day_report(a)
    assert report.by_method == report_at_close.by_method
    assert {m.method: m.net for m in report.by_method}.get("credit", 0) == credit_at_close
    assert {m.method: m.net for m in report.by_method} == totals
    assert [(p.id, p.method) for p in report.late] == [(late_id, "credit")]
    assert report.late_total == 35_000
    assert report.difference == 0
