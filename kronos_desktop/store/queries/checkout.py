"""The checkout's reads: a business day's sales and what was received, by payment method; and,
kept in modules of their own and named here (the views import them from this one), the
products and deposits (:mod:`checkout_deposits`), one sale as its receipt prints it and each
artist's earnings (:mod:`checkout_sales`), the desk's open tickets (:mod:`checkout_tickets`).

Who asks decides what they hold (DESIGN.md, "Auth": an artist sees their own earnings, not other
artists' takings): an artist (``sees_all`` False, ``viewer_id``) gets only the sales with a line
of theirs, each counted for its lines that are theirs or no artist's (products the studio sold
on the same ticket), and the day's summary of those sales alone."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Select, and_, case, false, func, or_, select

from kronos_core.schema import client, payment, sale, sale_line, staff
from kronos_desktop.store.queries.checkout_day import day_figures as day_figures
from kronos_desktop.store.queries.checkout_deposits import DepositEntryRow as DepositEntryRow
from kronos_desktop.store.queries.checkout_deposits import DepositRow as DepositRow
from kronos_desktop.store.queries.checkout_deposits import ProductRow as ProductRow
from kronos_desktop.store.queries.checkout_deposits import client_deposits as client_deposits
from kronos_desktop.store.queries.checkout_deposits import deposit_amounts as deposit_amounts
from kronos_desktop.store.queries.checkout_deposits import deposits_paid as deposits_paid
from kronos_desktop.store.queries.checkout_deposits import held_deposits as held_deposits
from kronos_desktop.store.queries.checkout_deposits import products as products
from kronos_desktop.store.queries.checkout_sales import ArtistEarnings as ArtistEarnings
from kronos_desktop.store.queries.checkout_sales import DetailLine as DetailLine
from kronos_desktop.store.queries.checkout_sales import DetailPayment as DetailPayment
from kronos_desktop.store.queries.checkout_sales import DetailRefund as DetailRefund
from kronos_desktop.store.queries.checkout_sales import DetailTip as DetailTip
from kronos_desktop.store.queries.checkout_sales import SaleDetail as SaleDetail
from kronos_desktop.store.queries.checkout_sales import artist_earnings as artist_earnings
from kronos_desktop.store.queries.checkout_sales import sale_detail as sale_detail
from kronos_desktop.store.queries.checkout_tickets import DraftSummary as DraftSummary
from kronos_desktop.store.queries.checkout_tickets import TicketContext as TicketContext
from kronos_desktop.store.queries.checkout_tickets import draft as draft
from kronos_desktop.store.queries.checkout_tickets import draft_for_appointment as draft_for_appointment
from kronos_desktop.store.queries.checkout_tickets import drafts as drafts
from kronos_desktop.store.queries.checkout_tickets import ticket_context as ticket_context


@dataclass(frozen=True)
class SaleRow:
    id: uuid.UUID
    number: str
    status: str
    total: int
    closed_at: dt.datetime | None
    client_name: str | None
    payments: dict[str, int] = field(default_factory=dict)  # method -> what it holds: taken and tips less refunds
    made_by: str | None = None  # who rang the sale up (created_by), when known
    refunds: dict[str, int] = field(default_factory=dict)  # method -> what was given back (positive)
    deposit_applied: int = 0  # the client's deposits that paid part of it
    paid: int = 0  # what the payments put to the ticket (tips and refunds apart)

    @property
    def due(self) -> int:
        """What is still to receive of a closed sale: its total less the deposits applied and
        what its payments put to it (a refund later is given back, not owed)."""
        return max(0, self.total - self.deposit_applied - self.paid) if self.status == "closed" else 0


@dataclass(frozen=True)
class DaySummary:
    sales_count: int
    sales_total: int
    received_total: int
    tips: int
    by_method: dict[str, int]


def _own_totals(studio_id: uuid.UUID, day: dt.date, viewer_id: uuid.UUID | None) -> Select[Any]:
    """(sale id, what of it is the viewer's) for the day's sales with a line of ``viewer_id``'s:
    their lines and the lines of no artist, never a colleague's."""
    sa, ln = sale.c, sale_line.c
    theirs = ln.artist_id == viewer_id if viewer_id is not None else false()
    counted = or_(ln.artist_id.is_(None), theirs)
    return (
        select(ln.sale_id, func.sum(case((counted, ln.total), else_=0)).label("total"))
        .select_from(sale_line.join(sale, sa.id == ln.sale_id))
        .where(sa.studio_id == studio_id, sa.deleted.is_(False), sa.business_date == day, ln.deleted.is_(False))
        .group_by(ln.sale_id)
        .having(func.sum(case((theirs, 1), else_=0)) > 0)
    )


def sales(
    conn: Connection,
    studio_id: uuid.UUID,
    day: dt.date,
    *,
    viewer_id: uuid.UUID | None = None,
    sees_all: bool = True,
) -> list[SaleRow]:
    """The sales of a business day (the studio's date), with what was paid by each method; an
    artist's (``sees_all`` False) only, each for what of it is theirs."""
    sa, c, p = sale.c, client.c, payment.c
    maker = staff.alias("maker")
    query = (
        select(
            sa.id, sa.number, sa.status, sa.total, sa.closed_at, sa.deposit_applied,
            c.full_name, c.preferred_name, maker.c.display_name.label("made_by"),
        )
        .select_from(
            sale.outerjoin(client, c.id == sa.client_id).outerjoin(maker, maker.c.id == sa.created_by)
        )
        .where(sa.studio_id == studio_id, sa.deleted.is_(False), sa.business_date == day)
        .order_by(sa.closed_at, sa.number)
    )  # fmt: skip
    if not sees_all:
        own = _own_totals(studio_id, day, viewer_id).subquery()
        query = query.add_columns(own.c.total.label("own_total")).join(own, own.c.sale_id == sa.id)
    rows = conn.execute(query).all()
    held: dict[uuid.UUID, dict[str, int]] = {}
    refunds: dict[uuid.UUID, dict[str, int]] = {}
    paid: dict[uuid.UUID, int] = {}
    sale_ids = [r.id for r in rows]
    is_refund = case((p.refund_of.is_(None), 0), else_=1).label("is_refund")
    for chunk_start in range(0, len(sale_ids), 500):
        chunk = sale_ids[chunk_start : chunk_start + 500]
        for sale_id, method, refund, amount, tip in conn.execute(
            select(p.sale_id, p.method, is_refund, func.sum(p.amount), func.sum(p.tip))
            .where(p.sale_id.in_(chunk), p.deleted.is_(False))
            .group_by(p.sale_id, p.method, is_refund)
        ):
            money = int(amount) + int(tip)
            by_method = held.setdefault(sale_id, {})
            by_method[method] = by_method.get(method, 0) + money
            if refund:
                refunds.setdefault(sale_id, {})[method] = -money
            else:
                paid[sale_id] = paid.get(sale_id, 0) + int(amount)
    return [
        SaleRow(
            id=r.id,
            number=r.number,
            status=r.status,
            total=int(r.total if sees_all else r.own_total),
            closed_at=r.closed_at,
            client_name=(r.preferred_name or r.full_name) if r.full_name else None,
            payments=held.get(r.id, {}),
            made_by=r.made_by,
            refunds=refunds.get(r.id, {}),
            deposit_applied=int(r.deposit_applied or 0) if sees_all else 0,
            paid=paid.get(r.id, 0),
        )
        for r in rows
    ]


def day_summary(
    conn: Connection,
    studio_id: uuid.UUID,
    day: dt.date,
    *,
    viewer_id: uuid.UUID | None = None,
    sees_all: bool = True,
) -> DaySummary:
    """The day at the counter: closed sales and what was received, by method; for an artist
    (``sees_all`` False), their sales' alone (see :func:`sales`)."""
    sa, p = sale.c, payment.c
    closed = and_(sa.studio_id == studio_id, sa.deleted.is_(False), sa.business_date == day, sa.status == "closed")
    received = select(p.method, func.sum(p.amount), func.sum(p.tip)).where(
        p.studio_id == studio_id, p.deleted.is_(False), p.business_date == day
    )
    if sees_all:
        count, total = conn.execute(select(func.count(), func.coalesce(func.sum(sa.total), 0)).where(closed)).one()
    else:
        own = _own_totals(studio_id, day, viewer_id).subquery()
        count, total = conn.execute(
            select(func.count(), func.coalesce(func.sum(own.c.total), 0))
            .select_from(sale.join(own, own.c.sale_id == sa.id))
            .where(closed)
        ).one()
        received = received.where(p.sale_id.in_(select(own.c.sale_id)))
    by_method: dict[str, int] = {}
    tips = 0
    for method, amount, tip in conn.execute(received.group_by(p.method)):
        by_method[method] = int(amount)
        tips += int(tip or 0)
    return DaySummary(
        sales_count=int(count),
        sales_total=int(total),
        received_total=sum(by_method.values()),
        tips=tips,
        by_method=by_method,
    )
