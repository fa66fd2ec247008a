"""A day of the demo studio closed at the drawer (kronos_desktop/ops/drawer.py and
store/queries/drawer.py, on a real desk file): the day opened with a float, a suprimento and a
sangria, the notes and coins counted; the expected cash is what an independent sum of the day's
cash (plain SQL) says it should be, so the count that matches it closes with no difference.
Then a payment another desk took offline arrives (written as a pull writes it: that desk's
replica, the server's version): the closed day keeps its figures and totals, and shows the
payment as late, with its desk and time. A manager's reopen and a second close take it in."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kronos_core.demo import DemoStudio
from kronos_core.drawer import DENOMINATIONS
from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.mutations import Actor, ApplyContext, MutationError, run
from kronos_core.roles import Role
from kronos_core.ticket import DraftLine, DraftPayment, TicketDraft
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.ops import drawer as ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import desk_name
from kronos_desktop.store.queries import day_report as report_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import drawer as q
from tests.desktop.checkout_rows import DAY, open_counter

FLOAT, CASH_IN, CASH_OUT = 20_000, 5_000, 3_000


@pytest.fixture
def store(demo_dir: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(demo_dir)
    yield opened
    opened.close()


def sql(store: LocalStore, query: str, **params: Any) -> list[Any]:
    with store.read_engine.connect() as conn:
        return list(conn.execute(text(query), params).all())


def today(store: LocalStore) -> dt.date:
    with store.read_engine.connect() as conn:
        return desk_q.here(conn).today()


def cash_sale(store: LocalStore, day: dt.date, price: int = 4_500, handed: int = 5_000) -> uuid.UUID:
    """A retail ticket closed at this desk, paid in cash with change (the day's cash, for sure)."""
    draft = TicketDraft(ticket_id=uuid7(), client_id=None, appointment_id=None,
                        lines=[DraftLine(uuid7(), "product", "Pomada cicatrizante", None, None, 1, price)])  # fmt: skip
    draft.payments = [DraftPayment(uuid7(), "cash", price, 0, cash_tendered=handed)]
    checkout_ops.close_ticket(draft, business_date=day).write(store)
    return draft.ticket_id


def open_or_offered(store: LocalStore, day: dt.date, staff_id: uuid.UUID | None) -> uuid.UUID:
    """Open the day with the float; a day the drawer already opened (the demo opens its today) is
    refused and offered instead, as the panel does."""
    refused: MutationError | None = None
    try:
        applied = ops.open_day(day, FLOAT, staff_id=staff_id).write(store)
    except MutationError as exc:
        refused = exc
    if refused is not None:
        assert refused.code == "session_already_open"
        return uuid.UUID(refused.params["session_id"])
    return applied.args.session_id  # type: ignore[attr-defined,no-any-return]


def expected_by_hand(store: LocalStore, day: dt.date) -> int:
    """The float, what payers handed over in cash, less change and cash refunds, plus cash in,
    less cash out: from the rows themselves, not through the desk's reads."""
    ((handed, change, refunded),) = sql(
        store,
        "SELECT coalesce(sum(CASE WHEN refund_of IS NULL THEN coalesce(cash_tendered, amount + tip) END), 0), "
        "coalesce(sum(CASE WHEN refund_of IS NULL AND cash_tendered > amount + tip "
        "THEN cash_tendered - amount - tip END), 0), "
        "coalesce(sum(CASE WHEN refund_of IS NOT NULL THEN -amount END), 0) "
        "FROM payment WHERE method = 'cash' AND deleted = 0 AND business_date = :day",
        day=day.isoformat(),
    )
    ((opening, moved_in, moved_out),) = sql(
        store,
        "SELECT s.opening_float, "
        "coalesce((SELECT sum(amount) FROM cash_movement m WHERE m.session_id = s.id AND m.kind = 'in'), 0), "
        "coalesce((SELECT sum(amount) FROM cash_movement m WHERE m.session_id = s.id AND m.kind = 'out'), 0) "
        "FROM cash_session s WHERE s.business_date = :day AND s.deleted = 0",
        day=day.isoformat(),
    )
    return int(opening) + int(handed) - int(change) - int(refunded) + int(moved_in) - int(moved_out)


def totals_by_hand(store: LocalStore, day: dt.date) -> dict[str, int]:
    rows = sql(
        store,
        "SELECT method, sum(amount + tip) FROM payment WHERE deleted = 0 AND business_date = :day GROUP BY method",
        day=day.isoformat(),
    )
    return {str(m): int(t) for m, t in rows}


def grid_for(amount: int) -> dict[int, int]:
    """The notes and coins of ``amount``, the largest first (as a receptionist counts them)."""
    grid: dict[int, int] = {}
    for value in DENOMINATIONS:
        grid[value], amount = divmod(amount, value)
    assert amount == 0
    return grid


def read(store: LocalStore, day: dt.date) -> q.DrawerDay:
    state = store.identity()
    assert state is not None
    with store.read_engine.connect() as conn:
        return q.drawer_day(conn, state.studio_id, state.device_id, day)


def late_offline_payment(store: LocalStore, demo: DemoStudio, day: dt.date, taken_at: dt.datetime) -> uuid.UUID:
    """Balcão 2 sold a R$ 45 aftercare cream for cash while offline (at ``taken_at``); its sale and
    payment reach this desk now, as a pull writes them (that desk's replica, under a version)."""
    other = uuid7()
    sale_id, payment_id = uuid7(), uuid7()
    with store.engine.begin() as conn:
        actor = Actor(demo.studio_id, Role.RECEPTIONIST, demo.receptionist_id, other)
        writes = [
            ("sale.record", {"sale_id": sale_id, "number": "B-000007", "business_date": day, "closed_at": taken_at,
                             "lines": [{"line_id": uuid7(), "kind": "product", "description": "Pomada",
                                        "quantity": 1, "unit_price": 4_500}]}),
            ("payment.record", {"payment_id": payment_id, "sale_id": sale_id, "method": "cash", "amount": 4_500,
                                "business_date": day, "received_at": taken_at, "cash_tendered": 5_000}),
        ]  # fmt: skip
        for name, args in writes:
            run(ApplyContext(conn, actor, uuid7(), name, utcnow(), version=10_000), args)
        conn.execute(desk_name.insert().values(device_id=other, desk_id=uuid7(), name="Balcão 2", fetched_at=utcnow()))
    return payment_id


def test_a_demo_day_closes_to_the_centavo_and_a_late_payment_keeps_its_totals(
    store: LocalStore, demo: DemoStudio
) -> None:
    day, manager = today(store), demo.manager_id
    cash_sale(store, day)
    # The first opening of a studio with no drawer makes "Caixa", the studio's (a manager's act).
    session_id = open_or_offered(store, day, manager)
    ops.cash_in(session_id, CASH_IN, "Troco do banco", business_date=day).write(store)
    ops.cash_out(session_id, CASH_OUT, "Material de limpeza", business_date=day).write(store)

    before = read(store, day)
    assert before.drawer is not None
    assert before.drawer.name == "Caixa"
    assert before.session is not None
    assert (before.session.id, before.session.status) == (session_id, "open")
    assert [(m.kind, m.amount, m.reason) for m in before.movements][-2:] == [
        ("in", CASH_IN, "Troco do banco"),
        ("out", CASH_OUT, "Material de limpeza"),
    ]
    assert before.movements[-1].by_name == "Larissa Menezes"  # the receptionist at the desk
    expected = expected_by_hand(store, day)
    assert before.figures is not None
    assert before.figures.expected == expected
    assert before.late == []

    # A blind count that comes to exactly what the drawer should hold: no difference, no note needed.
    ops.close_day(day, grid_for(expected)).write(store)
    closed = read(store, day)
    assert closed.session is not None
    assert closed.session.status == "closed"
    last = closed.last_close
    assert last is not None
    assert (last.counted, last.expected, last.difference, last.note) == (expected, expected, 0, None)
    assert last.by_name == "Larissa Menezes"
    day_ids = {uuid.UUID(hex=str(r[0])) for r in sql(
        store, "SELECT id FROM payment WHERE deleted = 0 AND business_date = :day", day=day.isoformat())}  # fmt: skip
    assert set(last.payment_ids) == day_ids  # every payment its totals add up, its cash among them
    day_totals = totals_by_hand(store, day)
    assert last.totals == day_totals

    # Balcão 2's offline sale, taken two hours before the close, arrives after it.
    taken_at = last.at - dt.timedelta(hours=2)
    late_id = late_offline_payment(store, demo, day, taken_at)
    after = read(store, day)
    assert after.figures == closed.figures  # the closed day's cash is what it was
    assert after.figures is not None
    assert after.figures.expected == expected
    assert after.last_close == last  # its count and its totals too
    assert totals_by_hand(store, day)["cash"] == day_totals["cash"] + 4_500  # though the day took more
    assert [(p.id, p.method, p.amount, p.desk_name, p.received_at, p.sale_number) for p in after.late] == [
        (late_id, "cash", 4_500, "Balcão 2", taken_at, "B-000007")
    ]
    state = store.identity()
    assert state is not None
    with store.read_engine.connect() as conn:
        report = report_q.day_report(conn, state.studio_id, day, device_id=state.device_id)
    cash_line = next(m for m in report.by_method if m.method == "cash")
    assert cash_line.net == day_totals["cash"]  # the report keeps the closed figures...
    assert [p.id for p in report.late] == [late_id]  # ...and lists the late payment apart
    assert report.difference == 0

    # Nothing more goes into a closed day...
    with pytest.raises(MutationError) as refused:
        ops.cash_in(session_id, 1_000, "Esquecido", business_date=day).write(store)
    assert refused.value.code == "session_closed"
    # ...until a manager reopens it; the second close counts the late sale (R$ 50 handed over, R$ 5 change).
    ops.reopen_day(session_id, "Venda do Balcão 2 chegou depois", staff_id=manager).write(store)
    reopened = read(store, day)
    assert reopened.session is not None
    assert reopened.session.reopen_reason == "Venda do Balcão 2 chegou depois"
    assert reopened.late == []
    assert reopened.figures is not None
    assert reopened.figures.expected == expected + 4_500
    ops.close_day(day, grid_for(expected + 4_000), note="R$ 5 a menos: troco errado").write(store)
    again = read(store, day)
    assert len(again.closes) == 2
    second = again.last_close
    assert second is not None
    assert (second.counted, second.expected, second.difference) == (expected + 4_000, expected + 4_500, -500)
    assert second.note == "R$ 5 a menos: troco errado"
    assert late_id in second.payment_ids
    assert again.late == []


def test_a_count_that_differs_needs_a_note_and_a_cash_out_above_the_drawer_a_manager(
    store: LocalStore, demo: DemoStudio
) -> None:
    day = today(store)
    cash_sale(store, day)
    session_id = open_or_offered(store, day, demo.owner_id)
    held = expected_by_hand(store, day)
    with pytest.raises(MutationError) as over:
        ops.cash_out(session_id, held + 100, "Pagamento fornecedor", business_date=day).write(store)
    assert (over.value.code, over.value.params) == ("cash_out_over_drawer", {"held": str(held)})
    with pytest.raises(MutationError):  # a receptionist cannot confirm it
        ops.cash_out(
            session_id, held + 100, "Pagamento fornecedor", business_date=day, confirmed_by=demo.receptionist_id
        ).write(store)
    ops.cash_out(session_id, held + 100, "Pagamento fornecedor", business_date=day, confirmed_by=demo.manager_id).write(
        store
    )
    day_read = read(store, day)
    assert day_read.movements[-1].confirmed_by_name == "Thiago Bastos"
    assert day_read.figures is not None
    assert day_read.figures.expected == -100
    closes = len(day_read.closes)
    with pytest.raises(MutationError) as no_note:
        ops.close_day(day, {5000: 1}).write(store)
    assert no_note.value.code == "note_required"
    with pytest.raises(MutationError) as negative:
        ops.close_day(day, {5000: -1}, note="?").write(store)
    assert negative.value.code == "count_negative"
    assert len(read(store, day).closes) == closes  # nothing was written


def test_a_desk_with_its_own_drawer_counts_its_own_cash(store: LocalStore, demo: DemoStudio) -> None:
    """Balcão 1 gets a drawer of its own: its day holds the cash it took, not Balcão 2's, whose
    cash stays in the studio's drawer ("Caixa")."""
    day, state = today(store), store.identity()
    assert state is not None
    mine = uuid7()
    with store.read_engine.connect() as conn:
        if q.drawer_here(conn, state.studio_id, None) is None:  # a demo without its "Caixa" gets one
            ops.save_drawer(uuid7(), "Caixa", staff_id=demo.manager_id).write(store)
    ops.save_drawer(mine, "Gaveta do Balcão 1", device_id=state.device_id, staff_id=demo.manager_id).write(store)
    with store.read_engine.connect() as conn:
        here, studio_drawer = (
            q.drawer_here(conn, state.studio_id, state.device_id),
            q.drawer_here(conn, state.studio_id, None),
        )
    assert here == q.DrawerRef(mine, "Gaveta do Balcão 1", state.device_id)
    assert studio_drawer is not None
    assert studio_drawer.device_id is None
    session_id = open_or_offered(store, day, demo.manager_id)
    sale = cash_sale(store, day, price=4_500, handed=10_000)
    other = late_offline_payment(store, demo, day, store.now())  # Balcão 2's cash, before any close
    ours = read(store, day)
    assert ours.drawer == here
    assert ours.session is not None
    assert ours.session.id == session_id
    assert ours.figures is not None
    assert (ours.figures.opening_float, ours.figures.cash_taken, ours.figures.change) == (FLOAT, 10_000, 5_500)
    with store.read_engine.connect() as conn:
        ids = q.day_cash_payment_ids(conn, state.studio_id, state.device_id, day)
        studio_ids = q.day_cash_payment_ids(conn, state.studio_id, None, day)
    (paid,) = sql(store, "SELECT id FROM payment WHERE sale_id = :sale", sale=sale.hex)
    assert ids == [uuid.UUID(hex=str(paid[0]))]
    assert other in studio_ids
    assert uuid.UUID(hex=str(paid[0])) not in studio_ids


def test_a_studio_without_a_drawer_gets_caixa_from_a_manager_not_a_receptionist(tmp_path: Path) -> None:
    store, c = open_counter(tmp_path / "data")
    try:
        bia = uuid7()
        store.apply("staff.add", {"staff_id": bia, "display_name": "Bia Recepção", "role": "receptionist"})
        with pytest.raises(MutationError) as refused:
            ops.open_day(DAY, FLOAT, staff_id=bia).write(store)
        assert refused.value.code == "drawer_missing"
        assert read(store, DAY).drawer is None  # nothing was written
        ops.open_day(DAY, FLOAT, staff_id=c.owner_id).write(store)
        opened = read(store, DAY)
        assert opened.drawer is not None
        assert (opened.drawer.name, opened.drawer.device_id) == ("Caixa", None)
        assert opened.session is not None
        assert (opened.session.opening_float, opened.session.opened_by_name) == (FLOAT, "Marina Costa")
    finally:
        store.close()
