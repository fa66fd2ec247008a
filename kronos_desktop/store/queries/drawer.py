"""The cash drawer's reads (issue 16): which drawer this desk counts into, a drawer's business day
(its session, cash in and out, its closes, the cash figures and the payments that came late), and
what a close stores (the payments it counted, the day's totals by method).

Which cash is a drawer's: a drawer of a desk (``device_id`` set) holds the cash payments that desk
took (``payment.device_id``); the studio's drawer (``device_id`` None) holds every other cash
payment of the studio: those of desks without a drawer of their own, and those written with no
desk (the demo's). A refund counts where it was given.

A closed day keeps its figures: they are computed from the payments its last close counted
(``cash_count.payment_ids``: every payment of the day the desk held then, any method: the rule of
kronos_core.drawer_close; its drawer's cash among them makes the figures), so a payment arriving
afterwards (a desk that was offline) changes nothing already closed; it shows as **late**: a
payment of the day that the last close did not count, whatever its times. A day open (never
closed, or reopened) has its figures live.

Plain SQLAlchemy, no Qt."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, false, or_, select

from kronos_core import drawer_close as close_rule
from kronos_core.drawer import CashFigures, CashPayment, cash_figures
from kronos_core.schema import cash_count, cash_drawer, cash_movement, cash_session, payment, sale, staff
from kronos_desktop.store.local_schema import desk_name, replica


@dataclass(frozen=True)
class DrawerRef:
    id: uuid.UUID
    name: str
    device_id: uuid.UUID | None = None  # None: the studio's drawer


@dataclass(frozen=True)
class SessionInfo:
    id: uuid.UUID
    status: str  # "open" | "closed"
    opening_float: int
    opened_at: dt.datetime
    opened_by_name: str | None
    closed_at: dt.datetime | None
    closed_by_name: str | None
    reopen_reason: str | None
    reopened_at: dt.datetime | None = None
    reopened_by_name: str | None = None


@dataclass(frozen=True)
class MovementRow:
    id: uuid.UUID
    kind: str  # "in" (suprimento) | "out" (sangria)
    amount: int
    reason: str
    by_name: str | None
    at: dt.datetime
    confirmed_by_name: str | None = None  # the manager who let a cash out above the drawer go


@dataclass(frozen=True)
class CloseRow:
    id: uuid.UUID
    counted: int
    expected: int
    difference: int  # counted - expected
    note: str | None
    grid: dict[int, int]  # centavos of a note or coin -> how many
    by_name: str | None
    at: dt.datetime
    payment_ids: list[uuid.UUID]
    totals: dict[str, int]  # per method, net: the day's as the close saw them


@dataclass(frozen=True)
class LatePayment:
    id: uuid.UUID
    method: str
    amount: int  # a refund's is negative
    tip: int
    desk_name: str | None  # None: a desk this one has no name for (or none: the demo's)
    received_at: dt.datetime  # when the money was taken, on its desk
    sale_number: str | None
    device_id: uuid.UUID | None = None
    this_desk: bool = False  # taken here, after the close
    arrived_at: dt.datetime | None = None  # when the row was written (here, or on the server)


@dataclass(frozen=True)
class DrawerDay:
    drawer: DrawerRef | None  # None: the studio has no drawer yet
    day: dt.date
    session: SessionInfo | None  # None: the day was not opened
    movements: list[MovementRow]
    figures: CashFigures | None  # None: no session
    closes: list[CloseRow]  # oldest first (a reopen and a second close make two)
    late: list[LatePayment]  # oldest first

    @property
    def last_close(self) -> CloseRow | None:
        return self.closes[-1] if self.closes else None

    @property
    def closed(self) -> bool:
        return self.session is not None and self.session.status == "closed"


# -- which drawer, which cash ----------------------------------------------------------------------
def drawer_here(conn: Connection, studio_id: uuid.UUID, device_id: uuid.UUID | None) -> DrawerRef | None:
    """The drawer this desk counts into: its own (``device_id``), else the studio's (no device);
    active drawers only, the oldest first when there are several."""
    d = cash_drawer.c
    live = (d.studio_id == studio_id, d.deleted.is_(False), d.active.is_(True))
    order = (d.created_at, d.id)
    if device_id is not None:
        own = conn.execute(select(d.id, d.name, d.device_id).where(*live, d.device_id == device_id).order_by(*order))
        row = own.first()
        if row is not None:
            return DrawerRef(row.id, row.name, row.device_id)
    row = conn.execute(select(d.id, d.name, d.device_id).where(*live, d.device_id.is_(None)).order_by(*order)).first()
    return DrawerRef(row.id, row.name, None) if row is not None else None


def _drawers_cash(conn: Connection, studio_id: uuid.UUID, drawer: DrawerRef) -> ColumnElement[bool]:
    """The payments whose cash is ``drawer``'s (the module docstring)."""
    p, d = payment.c, cash_drawer.c
    if drawer.device_id is not None:
        return p.device_id == drawer.device_id
    others = select(d.device_id).where(
        d.studio_id == studio_id, d.deleted.is_(False), d.active.is_(True), d.device_id.is_not(None)
    )
    return or_(p.device_id.is_(None), p.device_id.not_in(others))


def _cash_of_day(conn: Connection, studio_id: uuid.UUID, drawer: DrawerRef | None, day: dt.date) -> Any:
    p = payment.c
    mine = _drawers_cash(conn, studio_id, drawer) if drawer is not None else false()
    return conn.execute(
        select(p.id, p.amount, p.tip, p.cash_tendered, p.refund_of)
        .where(p.studio_id == studio_id, p.business_date == day, p.deleted.is_(False), p.method == "cash", mine)
        .order_by(p.received_at, p.id)
    ).all()


def day_cash_payment_ids(
    conn: Connection, studio_id: uuid.UUID, device_id: uuid.UUID | None, day: dt.date
) -> list[uuid.UUID]:
    """The ids of the day's cash payments (refunds included) in this desk's drawer."""
    return [r.id for r in _cash_of_day(conn, studio_id, drawer_here(conn, studio_id, device_id), day)]


def day_payment_ids(conn: Connection, studio_id: uuid.UUID, day: dt.date) -> list[uuid.UUID]:
    """The ids of every payment of the day (any method, any desk, refunds included): what a close
    stores as counted (kronos_core.drawer_close, the rule the demo's closes follow too)."""
    return close_rule.payment_ids(close_rule.day_payments(conn, studio_id, day))


def day_totals(conn: Connection, studio_id: uuid.UUID, day: dt.date) -> dict[str, int]:
    """The day's money per method, net of refunds (amounts and tips), of the same payments: what a
    close stores (kronos_core.drawer_close)."""
    return close_rule.totals(close_rule.day_payments(conn, studio_id, day))


# -- a drawer's day --------------------------------------------------------------------------------
def _names(conn: Connection, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = [i for i in set(ids) if i is not None]
    if not wanted:
        return {}
    rows = conn.execute(select(staff.c.id, staff.c.display_name).where(staff.c.id.in_(wanted)))
    return {r.id: r.display_name for r in rows}


def _session(conn: Connection, drawer: DrawerRef, day: dt.date) -> Any:
    s = cash_session.c
    return conn.execute(
        select(cash_session)
        .where(s.drawer_id == drawer.id, s.business_date == day, s.deleted.is_(False))
        .order_by(s.opened_at.desc(), s.id.desc())
    ).first()


def _movements(conn: Connection, session_id: uuid.UUID) -> list[Any]:
    m = cash_movement.c
    query = select(cash_movement).where(m.session_id == session_id, m.deleted.is_(False))
    return list(conn.execute(query.order_by(m.moved_at, m.id)).all())


def _closes(conn: Connection, session_id: uuid.UUID) -> list[Any]:
    c = cash_count.c
    query = select(cash_count).where(c.session_id == session_id, c.deleted.is_(False))
    return list(conn.execute(query.order_by(c.counted_at, c.id)).all())


def _ids(values: Iterable[Any]) -> list[uuid.UUID]:
    return [v if isinstance(v, uuid.UUID) else uuid.UUID(str(v)) for v in values]


def _close_row(r: Any, names: dict[uuid.UUID, str]) -> CloseRow:
    grid = {int(k): int(v) for k, v in dict(r.grid or {}).items()}
    totals = {str(k): int(v) for k, v in dict(r.totals or {}).items()}
    return CloseRow(
        r.id, int(r.counted), int(r.expected), int(r.difference), r.note, grid,
        names.get(r.counted_by) if r.counted_by else None, r.counted_at, _ids(r.payment_ids or []), totals,
    )  # fmt: skip


def _lists_every_payment(close: CloseRow, listed: Iterable[Any]) -> bool:
    """Whether ``close`` lists every payment of its day it saw, as every close does now
    (kronos_core.drawer_close): its totals are then the money of the payments it lists (``listed``:
    those of them still in the file). One written before listed its drawer's cash only, and its
    totals hold more than that (the day's card, PIX, another drawer's cash)."""
    money: dict[str, int] = {}
    for r in listed:
        money[r.method] = money.get(r.method, 0) + int(r.amount) + int(r.tip)
    return money == close.totals


def late_payments(
    conn: Connection,
    studio_id: uuid.UUID,
    day: dt.date,
    close: CloseRow | None,
    *,
    own: uuid.UUID | None = None,
    uncounted: Iterable[uuid.UUID] = (),
) -> list[LatePayment]:
    """The day's payments (any method, any desk) that ``close`` did not count, oldest first; none
    while the day has no close. ``own``: this desk's device id (its payments are "this desk",
    not named).

    A close lists every payment of the day it saw (kronos_core.drawer_close), so any other is
    late, whatever its times: a row's ``created_at`` is not when it reached this desk (a synced
    row's is the server's, stamped when it applied it), so another desk's card payment pushed
    before the close but pulled after it reads as written before.

    A close written before closes listed every payment (its drawer's cash only: a desk's of an
    earlier version, a demo generated then; :func:`_lists_every_payment`) keeps the rule of its
    time, so that its day's card and PIX payments are not all late: a payment it did not count is
    late when it was received or written after it, or when it is among ``uncounted`` (the drawer's
    cash of the day the close did not count)."""
    if close is None:
        return []
    p = payment.c
    after = or_(p.received_at > close.at, p.created_at > close.at).label("after")
    rows = conn.execute(
        select(p.id, p.method, p.amount, p.tip, p.device_id, p.received_at, p.created_at, sale.c.number, after)
        .select_from(payment.outerjoin(sale, sale.c.id == p.sale_id))
        .where(p.studio_id == studio_id, p.business_date == day, p.deleted.is_(False))
        .order_by(p.received_at, p.id)
    ).all()
    counted = set(close.payment_ids)
    if _lists_every_payment(close, (r for r in rows if r.id in counted)):
        rows = [r for r in rows if r.id not in counted]
    else:
        extra = set(uncounted)
        rows = [r for r in rows if r.id not in counted and (r.after or r.id in extra)]
    if not rows:
        return []
    desks = {r.device_id: r.name for r in conn.execute(select(desk_name.c.device_id, desk_name.c.name))}
    here_name = conn.execute(select(replica.c.desk_name)).scalar()
    out = []
    for r in rows:
        here = own is not None and r.device_id == own
        name = here_name if here else desks.get(r.device_id)
        out.append(
            LatePayment(r.id, r.method, int(r.amount), int(r.tip), name, r.received_at, r.number,
                        r.device_id, here, r.created_at)
        )  # fmt: skip
    return out


def _cash_payments(rows: Iterable[Any]) -> list[CashPayment]:
    return [
        CashPayment(
            amount=int(r.amount),
            tip=int(r.tip),
            cash_tendered=None if r.cash_tendered is None else int(r.cash_tendered),
            refund=r.refund_of is not None,
        )
        for r in rows
    ]


def drawer_day(conn: Connection, studio_id: uuid.UUID, device_id: uuid.UUID | None, day: dt.date) -> DrawerDay:
    """This desk's drawer on ``day`` (the module docstring): a closed day's figures are those of
    the payments its last close counted; an open day's are live."""
    drawer = drawer_here(conn, studio_id, device_id)
    if drawer is None:
        return DrawerDay(None, day, None, [], None, [], [])
    row = _session(conn, drawer, day)
    if row is None:
        return DrawerDay(drawer, day, None, [], None, [], [])
    moves, counts = _movements(conn, row.id), _closes(conn, row.id)
    people = [row.opened_by, row.closed_by, row.reopened_by]
    people += [m.moved_by for m in moves] + [m.confirmed_by for m in moves] + [c.counted_by for c in counts]
    names = _names(conn, people)
    session = SessionInfo(
        row.id, row.status, int(row.opening_float), row.opened_at, names.get(row.opened_by), row.closed_at,
        names.get(row.closed_by), row.reopen_reason, row.reopened_at, names.get(row.reopened_by),
    )  # fmt: skip
    movements = [
        MovementRow(m.id, m.kind, int(m.amount), m.reason, names.get(m.moved_by), m.moved_at, names.get(m.confirmed_by))
        for m in moves
    ]
    closes = [_close_row(c, names) for c in counts]
    last = closes[-1] if closes else None
    cash = _cash_of_day(conn, studio_id, drawer, day)
    uncounted: list[uuid.UUID] = []
    if row.status == "closed" and last is not None:
        counted = set(last.payment_ids)
        uncounted = [r.id for r in cash if r.id not in counted]
        cash = [r for r in cash if r.id in counted]
    figures = cash_figures(int(row.opening_float), _cash_payments(cash), [(m.kind, m.amount) for m in movements])
    own = conn.execute(select(replica.c.device_id)).scalar()
    late = late_payments(conn, studio_id, day, last, own=own, uncounted=uncounted) if row.status == "closed" else []
    return DrawerDay(drawer, day, session, movements, figures, closes, late)
