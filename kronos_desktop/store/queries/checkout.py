"""The checkout's reads: a business day's sales and what was received, by payment method."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select

from kronos_core.schema import client, payment, sale


@dataclass(frozen=True)
class SaleRow:
    id: uuid.UUID
    number: str
    status: str
    total: int
    closed_at: dt.datetime | None
    client_name: str | None
    payments: dict[str, int] = field(default_factory=dict)  # method -> amount received


@dataclass(frozen=True)
class DaySummary:
    sales_count: int
    sales_total: int
    received_total: int
    tips: int
    by_method: dict[str, int]


def sales(conn: Connection, studio_id: uuid.UUID, day: dt.date) -> list[SaleRow]:
    """The sales of a business day (the studio's date), with what was paid by each method."""
    sa, c, p = sale.c, client.c, payment.c
    rows = conn.execute(
        select(
            sa.id, sa.number, sa.status, sa.total, sa.closed_at,
            c.full_name, c.preferred_name,
        )
        .select_from(sale.outerjoin(client, c.id == sa.client_id))
        .where(sa.studio_id == studio_id, sa.deleted.is_(False), sa.business_date == day)
        .order_by(sa.closed_at, sa.number)
    ).all()  # fmt: skip
    paid: dict[uuid.UUID, dict[str, int]] = {}
    sale_ids = [r.id for r in rows]
    for chunk_start in range(0, len(sale_ids), 500):
        chunk = sale_ids[chunk_start : chunk_start + 500]
        for sale_id, method, amount in conn.execute(
            select(p.sale_id, p.method, func.sum(p.amount))
            .where(p.sale_id.in_(chunk), p.deleted.is_(False))
            .group_by(p.sale_id, p.method)
        ):
            paid.setdefault(sale_id, {})[method] = int(amount)
    return [
        SaleRow(
            id=r.id,
            number=r.number,
            status=r.status,
            total=int(r.total),
            closed_at=r.closed_at,
            client_name=(r.preferred_name or r.full_name) if r.full_name else None,
            payments=paid.get(r.id, {}),
        )
        for r in rows
    ]


def day_summary(conn: Connection, studio_id: uuid.UUID, day: dt.date) -> DaySummary:
    """The day at the counter: closed sales and what was received, by method."""
    sa, p = sale.c, payment.c
    count, total = conn.execute(
        select(func.count(), func.coalesce(func.sum(sa.total), 0)).where(
            sa.studio_id == studio_id, sa.deleted.is_(False), sa.business_date == day, sa.status == "closed"
        )
    ).one()
    by_method: dict[str, int] = {}
    tips = 0
    for method, amount, tip in conn.execute(
        select(p.method, func.sum(p.amount), func.sum(p.tip))
        .where(p.studio_id == studio_id, p.deleted.is_(False), p.business_date == day)
        .group_by(p.method)
    ):
        by_method[method] = int(amount)
        tips += int(tip or 0)
    return DaySummary(
        sales_count=int(count),
        sales_total=int(total),
        received_total=sum(by_method.values()),
        tips=tips,
        by_method=by_method,
    )
