"""What a drawer's close stores of its day (issue 16), one rule for the desk's close
(kronos_desktop/ops/drawer.py, through kronos_desktop/store/queries/drawer.py) and the demo's
generated closes (kronos_core/demo/drawer.py).

A close counts **every payment of its day** the database holds when it closes: the studio's,
of that ``business_date``, not deleted, any method, any desk, refunds included. It stores their
ids (``cash_count.payment_ids``, oldest first) and their money per method, net of refunds
(amount and tip: ``cash_count.totals``). A payment of the day that is not in a close's list came
**late**: the close never saw it, whatever its times say (a synced row's ``created_at`` is the
server's, not when it reached the desk), and a closed day's figures leave it apart.

Plain SQLAlchemy, no Qt, no desk.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, select

from kronos_core.schema import payment


@dataclass(frozen=True)
class CountedPayment:
    """A payment of a day as a close counts it."""

    id: uuid.UUID
    business_date: dt.date
    method: str
    money: int  # amount + tip (a refund's is negative)
    received_at: dt.datetime


def _counted(studio_id: uuid.UUID) -> Select[Any]:
    """The payments a close counts (the module docstring), oldest first; the day left to the caller."""
    p = payment.c
    return (
        select(p.id, p.business_date, p.method, (p.amount + p.tip).label("money"), p.received_at)
        .where(p.studio_id == studio_id, p.deleted.is_(False))
        .order_by(p.received_at, p.id)
    )


def _rows(conn: Connection, query: Select[Any]) -> list[CountedPayment]:
    return [CountedPayment(r.id, r.business_date, r.method, int(r.money), r.received_at) for r in conn.execute(query)]


def day_payments(conn: Connection, studio_id: uuid.UUID, day: dt.date) -> list[CountedPayment]:
    """Every payment of ``day`` a close counts, oldest first."""
    return _rows(conn, _counted(studio_id).where(payment.c.business_date == day))


def payments_by_day(conn: Connection, studio_id: uuid.UUID, until: dt.date) -> dict[dt.date, list[CountedPayment]]:
    """Every payment a close counts, of each day up to ``until`` (one query), oldest first."""
    days: dict[dt.date, list[CountedPayment]] = defaultdict(list)
    for row in _rows(conn, _counted(studio_id).where(payment.c.business_date <= until)):
        days[row.business_date].append(row)
    return dict(days)


def payment_ids(payments: Iterable[CountedPayment]) -> list[uuid.UUID]:
    """What a close stores as counted (``cash_count.payment_ids``)."""
    return [p.id for p in payments]


def totals(payments: Iterable[CountedPayment]) -> dict[str, int]:
    """The money per method, net of refunds (amount and tip), by method name: what a close
    stores (``cash_count.totals``)."""
    by_method: dict[str, int] = {}
    for p in payments:
        by_method[p.method] = by_method.get(p.method, 0) + p.money
    return dict(sorted(by_method.items()))
