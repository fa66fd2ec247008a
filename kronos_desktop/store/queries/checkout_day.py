"""The Caixa's figures of one business day (issue 15): the money by payment method net of
refunds (the refunds listed apart), the tickets' tips, the deposits taken and applied, the sales
closed and voided, and per artist what their services sold and how it was shared.

Two kinds of figure, each on the studio's business date:

- **Money** (what the drawer and the card machines saw): the payments whose ``business_date``
  is the day. By method, ``received`` is what came in (amount and tip; a deposit's money too),
  ``refunded`` what went back (refunds, stored negative, shown positive), ``net`` the difference.
  A refund made today of yesterday's ticket counts today. ``deposits_taken``: the day's money
  taken for deposits (payments of a deposit, not of a sale; a deposit moved to another booking
  brings no new money).
- **Tickets** (what was sold): the sales of the day. ``sales_count``/``sales_total``: those
  closed; ``voided_count``: those now void (left out of every other ticket figure: their money
  went back as refunds, their deposits back to the client). ``tips``, ``deposits_applied`` and
  the per-artist rows come from the closed sales alone: ``services`` the artist's lines' totals
  (after discounts), ``artist_share``/``studio_share`` how those were shared at close, and
  ``tips_share`` the artist's part of their tips (``tips`` the tips themselves).

Who asks decides what they hold, as for the day's other reads (:mod:`checkout`): an artist
(``sees_all`` False, ``viewer_id``) gets the sales with a line of theirs (each counted for its
lines that are theirs or no artist's), the payments and refunds of those sales and of the
deposits taken for them, their own tips, and their own artist row. ``artists=False`` leaves the
per-artist rows out (a role that sees the money but not the shares)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, case, false, func, or_, select, true

from kronos_core.schema import PAYMENT_METHODS, deposit, payment, sale, sale_line, sale_tip, staff


@dataclass(frozen=True)
class MethodTotal:
    method: str
    received: int  # what came in by this method (amounts and tips)
    refunded: int  # what went back by it (positive)

    @property
    def net(self) -> int:
        return self.received - self.refunded


@dataclass(frozen=True)
class RefundLine:
    payment_id: uuid.UUID
    received_at: dt.datetime  # when the money went back
    method: str
    amount: int  # given back (positive)
    reason: str
    sale_number: str | None  # None: a deposit's money (or a payment unknown here)
    by: str | None  # who gave it back


@dataclass(frozen=True)
class ArtistDay:
    artist_id: uuid.UUID
    artist_name: str
    services: int  # their lines' totals on the day's closed sales
    artist_share: int
    studio_share: int
    tips: int  # tips given to them
    tips_share: int  # their part of those tips


@dataclass(frozen=True)
class CaixaDay:
    day: dt.date
    by_method: list[MethodTotal]  # in PAYMENT_METHODS order, methods with money only
    refunds: list[RefundLine]  # in the order they were given
    tips: int
    deposits_taken: int
    deposits_taken_count: int
    deposits_applied: int
    sales_count: int
    sales_total: int
    voided_count: int
    artists: list[ArtistDay]  # by name

    @property
    def received(self) -> int:
        """Money received: a gift voucher spent brought none that day (its money came in when the
        voucher was sold), so its line is listed but not added."""
        return sum(m.received for m in self.by_method if m.method != "voucher")

    @property
    def refunded(self) -> int:
        return sum(m.refunded for m in self.by_method if m.method != "voucher")

    @property
    def net(self) -> int:
        return self.received - self.refunded


def _own_sales(viewer_id: uuid.UUID | None) -> Select[Any]:
    """The sales with a line of ``viewer_id``'s (any day)."""
    ln = sale_line.c
    theirs = ln.artist_id == viewer_id if viewer_id is not None else false()
    return select(ln.sale_id).where(theirs, ln.deleted.is_(False)).distinct()


def _own_deposits(viewer_id: uuid.UUID | None) -> Select[Any]:
    d = deposit.c
    theirs = d.artist_id == viewer_id if viewer_id is not None else false()
    return select(d.id).where(theirs, d.deleted.is_(False))


def _money(conn: Connection, studio_id: uuid.UUID, day: dt.date, mine: ColumnElement[bool]) -> Any:
    """By method, refunds apart, and the deposits' money of the day's payments ``mine`` selects."""
    p = payment.c
    giver, refunded_sale = staff.alias("giver"), sale.alias("refunded_sale")
    day_payments = (p.studio_id == studio_id, p.business_date == day, p.deleted.is_(False), mine)
    is_refund = p.refund_of.is_not(None)
    received: dict[str, int] = {}
    refunded: dict[str, int] = {}
    for method, refund, amount in conn.execute(
        select(p.method, is_refund.label("refund"), func.sum(p.amount + p.tip))
        .where(*day_payments)
        .group_by(p.method, is_refund)
    ):
        if refund:
            refunded[method] = refunded.get(method, 0) - int(amount)
        else:
            received[method] = received.get(method, 0) + int(amount)
    methods = [m for m in PAYMENT_METHODS if received.get(m) or refunded.get(m)]
    by_method = [MethodTotal(m, received.get(m, 0), refunded.get(m, 0)) for m in methods]
    refunds = [
        RefundLine(r.id, r.received_at, r.method, -int(r.amount), r.reason or "", r.number, r.display_name)
        for r in conn.execute(
            select(p.id, p.received_at, p.method, p.amount, p.reason, refunded_sale.c.number, giver.c.display_name)
            .select_from(
                payment.outerjoin(refunded_sale, refunded_sale.c.id == p.sale_id).outerjoin(
                    giver, giver.c.id == p.taken_by
                )
            )
            .where(*day_payments, is_refund)
            .order_by(p.received_at, p.id)
        )
    ]
    taken_count, taken = conn.execute(
        select(func.count(), func.coalesce(func.sum(p.amount), 0)).where(
            *day_payments, p.refund_of.is_(None), p.deposit_id.is_not(None), p.sale_id.is_(None)
        )
    ).one()
    return by_method, refunds, int(taken), int(taken_count)


def _artists(conn: Connection, closed: tuple[ColumnElement[bool], ...], only: uuid.UUID | None) -> list[ArtistDay]:
    sa, ln, t = sale.c, sale_line.c, sale_tip.c
    lines = (
        select(ln.artist_id, func.sum(ln.total), func.sum(ln.artist_share), func.sum(ln.studio_share))
        .select_from(sale_line.join(sale, sa.id == ln.sale_id))
        .where(*closed, ln.deleted.is_(False), ln.artist_id.is_not(None))
        .group_by(ln.artist_id)
    )
    tips = (
        select(t.artist_id, func.sum(t.amount), func.sum(t.artist_share))
        .select_from(sale_tip.join(sale, sa.id == t.sale_id))
        .where(*closed, t.deleted.is_(False))
        .group_by(t.artist_id)
    )
    if only is not None:
        lines, tips = lines.where(ln.artist_id == only), tips.where(t.artist_id == only)
    found: dict[uuid.UUID, list[int]] = {}
    for who, total, artist_share, studio_share in conn.execute(lines):
        found.setdefault(who, [0] * 5)[0:3] = [int(total), int(artist_share), int(studio_share)]
    for who, amount, share in conn.execute(tips):
        found.setdefault(who, [0] * 5)[3:5] = [int(amount), int(share)]
    if not found:
        return []
    names = dict(conn.execute(select(staff.c.id, staff.c.display_name).where(staff.c.id.in_(list(found)))).all())
    rows = [ArtistDay(who, names.get(who, ""), *values) for who, values in found.items()]
    return sorted(rows, key=lambda a: (a.artist_name.casefold(), a.artist_id))


def day_figures(
    conn: Connection,
    studio_id: uuid.UUID,
    day: dt.date,
    *,
    viewer_id: uuid.UUID | None = None,
    sees_all: bool = True,
    artists: bool = True,
) -> CaixaDay:
    """The Caixa's figures of a business day as the viewer may see them (module docstring)."""
    sa, ln, p, t = sale.c, sale_line.c, payment.c, sale_tip.c
    of_day = (sa.studio_id == studio_id, sa.business_date == day, sa.deleted.is_(False))
    if sees_all:
        mine_sale: ColumnElement[bool] = true()
        mine_payment: ColumnElement[bool] = true()
    else:
        mine_sale = sa.id.in_(_own_sales(viewer_id))
        mine_payment = or_(p.sale_id.in_(_own_sales(viewer_id)), p.deposit_id.in_(_own_deposits(viewer_id)))
    closed = (*of_day, sa.status == "closed", mine_sale)
    by_method, refunds, taken, taken_count = _money(conn, studio_id, day, mine_payment)

    count, applied = conn.execute(
        select(func.count(), func.coalesce(func.sum(sa.deposit_applied), 0)).where(*closed)
    ).one()
    if sees_all:
        total = conn.execute(select(func.coalesce(func.sum(sa.total), 0)).where(*closed)).scalar_one()
        tips = conn.execute(select(func.coalesce(func.sum(sa.tip_total), 0)).where(*closed)).scalar_one()
    else:
        counted = or_(ln.artist_id.is_(None), ln.artist_id == viewer_id)
        total = conn.execute(
            select(func.coalesce(func.sum(case((counted, ln.total), else_=0)), 0))
            .select_from(sale_line.join(sale, sa.id == ln.sale_id))
            .where(*closed, ln.deleted.is_(False))
        ).scalar_one()
        tips = conn.execute(
            select(func.coalesce(func.sum(t.amount), 0))
            .select_from(sale_tip.join(sale, sa.id == t.sale_id))
            .where(*closed, t.deleted.is_(False), t.artist_id == viewer_id)
        ).scalar_one()
    voided = conn.execute(select(func.count()).where(*of_day, sa.status == "void", mine_sale)).scalar_one()
    people = _artists(conn, closed, None if sees_all else viewer_id) if artists else []
    return CaixaDay(
        day=day,
        by_method=by_method,
        refunds=refunds,
        tips=int(tips),
        deposits_taken=taken,
        deposits_taken_count=taken_count,
        deposits_applied=int(applied),
        sales_count=int(count),
        sales_total=int(total),
        voided_count=int(voided),
        artists=people if (sees_all or viewer_id is not None) else [],
    )
