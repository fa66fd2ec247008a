"""The demo studio's cash drawer: "Caixa", the studio's one drawer (no device: every desk's cash
goes there), and its days.

Every day the studio took money up to the demo's today has a session (``cash_session.open``)
opened with a float of R$ 200,00 by the front desk before opening; some days the drawer gets
change from the bank (a suprimento, ``cash.move`` "in") or has its surplus taken to the bank (a
sangria, "out": never more than it holds then); each past day closes after its last payment (any
method) with a count of notes and coins (``cash_session.close``) whose total is the expected cash
(kronos_core.drawer.cash_figures over the day's cash payments and movements) or, on a few days,
a small difference with its note. Like a desk's close, it stores every payment of its day (any
method: their ids and money per method, kronos_core.drawer_close's rule), so none of them reads
as late. Today's session stays open.

Written after the agenda, from the payments it recorded (one query over the whole period for the
cash, sales, deposits and gift vouchers paid in cash; one for every payment, what the closes store).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from kronos_core import drawer_close
from kronos_core.demo.applier import Applier
from kronos_core.demo.size import DayPlan
from kronos_core.demo.team import Team
from kronos_core.drawer import DENOMINATIONS, CashPayment, cash_figures
from kronos_core.instants import UTC
from kronos_core.mutations.drawer import CashMove, DrawerSave, SessionClose, SessionOpen
from kronos_core.roles import Role
from kronos_core.schema import payment

DRAWER_NAME = "Caixa"
FLOAT = 20_000  # R$ 200,00 of change at opening
_SUPPLY_SHARE = 0.06  # days that start with change from the bank
_BANK_SHARE = 0.2  # days whose surplus goes to the bank in the afternoon (when there is some)
_DIFFERENCE_SHARE = 0.04  # days whose count is a little off
_SUPPLY = ((5_000, "Troco: moedas e notas de R$ 5 trocadas no banco"), (10_000, "Troco trazido pela gerência"))
_BANK_REASONS = ("Depósito no banco", "Sangria para o cofre", "Pagamento do fornecedor de agulhas em dinheiro")
_SHORT = ("Troco dado a mais para um cliente", "Moeda de R$ 1 perdida atrás da gaveta")
_OVER = ("Cliente deixou o troco", "Troco de um pagamento não conferido na hora")


@dataclass
class _Day:
    """The cash a day took: its payments (for the figures) and when the first came."""

    payments: list[CashPayment] = field(default_factory=list)
    first: dt.datetime | None = None
    # (received_at, net cash in the drawer after it): for a sangria that never takes more than there is
    flow: list[tuple[dt.datetime, int]] = field(default_factory=list)


def write_drawer(applier: Applier, *, by: uuid.UUID, at: dt.datetime) -> uuid.UUID:
    """The studio's drawer, set up by the owner with the studio; its id."""
    drawer_id = applier.new_id(at)
    applier.act("cash_drawer.save", DrawerSave(drawer_id=drawer_id, name=DRAWER_NAME), by=by, role=Role.OWNER, at=at)
    return drawer_id


def _cash_days(conn: Connection, studio_id: uuid.UUID, until: dt.date) -> dict[dt.date, _Day]:
    p = payment.c
    rows = conn.execute(
        select(p.business_date, p.amount, p.tip, p.cash_tendered, p.refund_of, p.received_at)
        .where(p.studio_id == studio_id, p.method == "cash", p.deleted.is_(False), p.business_date <= until)
        .order_by(p.received_at, p.id)
    )
    days: dict[dt.date, _Day] = defaultdict(_Day)
    for row in rows:
        day = days[row.business_date]
        paid = CashPayment(row.amount, row.tip, row.cash_tendered, row.refund_of is not None)
        day.payments.append(paid)
        day.first = row.received_at if day.first is None else min(day.first, row.received_at)
        net = cash_figures(0, [paid], ()).expected
        day.flow.append((row.received_at, (day.flow[-1][1] if day.flow else 0) + net))
    return days


def grid_for(total: int) -> dict[str, int]:
    """Notes and coins that make ``total`` centavos (a multiple of 5), as a drawer holds them:
    a few coins of each kind kept for change, the rest in the largest notes up to R$ 100."""
    if total < 0 or total % 5:
        raise ValueError(f"no count holds {total} centavos")
    grid: dict[int, int] = {}
    left = total
    for coin in (100, 50, 25, 10, 5):  # the change the drawer keeps
        if left >= 20_000:
            grid[coin] = 4
            left -= coin * 4
    for value in DENOMINATIONS[1:]:  # no R$ 200 notes: change is given from what is there
        quantity, left = divmod(left, value)
        if quantity:
            grid[value] = grid.get(value, 0) + quantity
    return {str(value): quantity for value, quantity in sorted(grid.items(), reverse=True)}


class DrawerDays:
    """Writes the drawer's days (see the module) once the agenda has taken its money."""

    def __init__(self, applier: Applier, team: Team, rng: random.Random, drawer_id: uuid.UUID) -> None:
        self._applier = applier
        self._team = team
        self._rng = rng
        self._drawer_id = drawer_id
        self._staff = [team.receptionist_id] * 4 + ([team.manager_id] if team.manager_id else [])

    def write(self, conn: Connection, days: Iterable[DayPlan], *, today: dt.date, now: dt.datetime) -> None:
        """A session for each open day (and each day that took cash) up to ``today``, closed
        unless it is today."""
        studio_id = self._team.studio_id
        cash = _cash_days(conn, studio_id, today)
        counted = drawer_close.payments_by_day(conn, studio_id, today)
        hours = {d.day: d.hours for d in days if d.day <= today}
        previous = self._applier.day
        for day in sorted(set(hours) | set(cash)):
            self._applier.day = day
            self._day(day, hours.get(day), cash.get(day) or _Day(), counted.get(day, []), today=today, now=now)
        self._applier.day = previous

    def _local(self, day: dt.date, minutes: int) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(), tzinfo=self._team.tz).astimezone(UTC) + dt.timedelta(minutes=minutes)

    def _day(
        self,
        day: dt.date,
        hours: tuple[int, int] | None,
        cash: _Day,
        paid: list[drawer_close.CountedPayment],
        *,
        today: dt.date,
        now: dt.datetime,
    ) -> None:
        rng, applier = self._rng, self._applier
        opens, closes = hours if hours is not None else (None, None)
        opened = self._local(day, opens - 15) if opens is not None else None
        if cash.first is not None:
            opened = min(opened or cash.first, cash.first - dt.timedelta(minutes=10))
        if opened is None or opened > now:
            return  # nothing happened yet (today before opening)
        by = rng.choice(self._staff)
        role = Role.MANAGER if by == self._team.manager_id else Role.RECEPTIONIST
        session_id = applier.new_id(opened)
        open_ = SessionOpen(
            session_id=session_id, drawer_id=self._drawer_id, business_date=day, opening_float=FLOAT, opened_at=opened
        )
        applier.act("cash_session.open", open_, by=by, role=role, at=opened)
        moves: list[tuple[str, int]] = []
        if rng.random() < _SUPPLY_SHARE:
            amount, reason = rng.choice(_SUPPLY)
            moves.append(self._move(session_id, "in", amount, reason, opened + dt.timedelta(minutes=20), now, by, role))
        sangria = self._sangria(cash, FLOAT + sum(a for k, a in moves if k == "in"), day, closes)
        if sangria is not None:
            amount, when = sangria
            moves.append(self._move(session_id, "out", amount, rng.choice(_BANK_REASONS), when, now, by, role))
        moves = [m for m in moves if m[1]]
        if day >= today:
            return  # today's drawer is open
        closed = self._local(day, closes + 15) if closes is not None else opened
        if paid:  # after the day's last payment, of any method (they come oldest first)
            closed = max(closed, paid[-1].received_at + dt.timedelta(minutes=10))
        expected = cash_figures(FLOAT, cash.payments, moves).expected
        counted, note = self._count(expected)
        close = SessionClose(
            count_id=applier.new_id(closed),
            session_id=session_id,
            grid=grid_for(counted),
            expected=expected,
            note=note,
            counted_at=closed,
            payment_ids=drawer_close.payment_ids(paid),
            totals=drawer_close.totals(paid),
        )
        applier.act("cash_session.close", close, by=by, role=role, at=closed)

    def _move(
        self,
        session_id: uuid.UUID,
        kind: str,
        amount: int,
        reason: str,
        at: dt.datetime,
        now: dt.datetime,
        by: uuid.UUID,
        role: Role,
    ) -> tuple[str, int]:
        """A suprimento or sangria at ``at`` (none after the demo's present)."""
        if at > now:
            return kind, 0
        move = CashMove(
            movement_id=self._applier.new_id(at),
            session_id=session_id,
            kind=kind,  # type: ignore[arg-type]
            amount=amount,
            reason=reason,
            moved_at=at,
        )
        self._applier.act("cash.move", move, by=by, role=role, at=at)
        return kind, amount

    def _sangria(self, cash: _Day, opening: int, day: dt.date, closes: int | None) -> tuple[int, dt.datetime] | None:
        """Some days, at 17:00 (or after the day's last cash), the notes above R$ 300 go to the
        bank in R$ 50s: never more than the drawer holds then."""
        if closes is None or self._rng.random() >= _BANK_SHARE:
            return None
        when = self._local(day, min(17 * 60, closes - 60))
        held = opening + next((net for at, net in reversed(cash.flow) if at <= when), 0)
        amount = (held - 30_000) // 5_000 * 5_000
        return (amount, when) if amount >= 10_000 else None

    def _count(self, expected: int) -> tuple[int, str | None]:
        """What the count finds: the expected cash, or on a few days a little less or more (and
        what the person closing wrote about it); a count is always of real notes and coins."""
        rng = self._rng
        counted = expected - expected % 5
        if rng.random() < _DIFFERENCE_SHARE:
            off = rng.choice((100, 200, 50, 500, 1_000))
            counted += off if rng.random() < 0.4 else -min(off, counted)
        if counted == expected:
            return counted, None
        reason = rng.choice(_OVER if counted > expected else _SHORT)
        return counted, reason
