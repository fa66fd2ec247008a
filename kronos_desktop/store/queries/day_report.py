"""The day report (issue 16): one business day of the studio as the close sees it, gathered for
the printed page (kronos_desktop/ui/checkout/day_report_render.py).

- **By method**: the day's payments (``business_date``), per method: how many were taken, their
  amounts and tips, what went back by that method (refunds, positive) and the net. The totals
  (``received``, ``refunded``, ``net``) are money: a gift voucher's redemption (method
  ``voucher``) is listed but not added, its money was taken when the voucher was sold. Payments that
  came **late** (of a closed day, any method, not counted by the drawer's last close: :mod:`.drawer`)
  are left out of these figures and listed apart, so a closed day's report keeps the totals per
  method its close counted.
- **By artist** (the Caixa's figures, :func:`.checkout_day.day_figures`): the services of the
  day's closed sales, the artist's share (commission), the studio's, the tips given them and
  their part of those.
- **Deposits**: taken (the day's money for deposits), applied (to the day's closed sales),
  forfeited (the day's forfeits, their ledger entries).
- **Vouchers**: sold on the day (their face value), redeemed (payments of method ``voucher``).
- **Refunds**, **cash movements**, the drawer's **count** (the last close) and its difference,
  the counts **shown and not kept** (:mod:`.count_shown`: a count shown against the expected amount
  and then cancelled or counted again), the **late** payments.

Plain SQLAlchemy, no Qt."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select

from kronos_core.drawer import CashFigures
from kronos_core.schema import (
    PAYMENT_METHODS,
    deposit,
    deposit_entry,
    payment,
    sale,
    staff,
    studio,
    voucher,
)
from kronos_desktop.store.queries.checkout_day import day_figures
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.store.queries.count_shown import ShownCount, counts_not_kept
from kronos_desktop.store.queries.drawer import (
    CloseRow,
    DrawerDay,
    LatePayment,
    MovementRow,
    SessionInfo,
    drawer_day,
)


@dataclass(frozen=True)
class MethodLine:
    method: str
    count: int  # payments taken (refunds apart)
    amount: int  # their amounts
    tips: int  # their tips
    refunds: int  # given back by this method (positive)

    @property
    def net(self) -> int:
        return self.amount + self.tips - self.refunds


@dataclass(frozen=True)
class ArtistLine:
    name: str
    services: int
    commission: int  # the artist's share of their services
    studio_share: int
    tips: int  # the tips given to them
    tips_share: int  # their part of those


@dataclass(frozen=True)
class DepositFigures:
    taken: int
    taken_count: int
    applied: int
    applied_count: int
    forfeited: int
    forfeited_count: int


@dataclass(frozen=True)
class VoucherFigures:
    sold: int
    sold_count: int
    redeemed: int
    redeemed_count: int


@dataclass(frozen=True)
class ReportRefund:
    at: dt.datetime
    method: str
    amount: int  # given back (positive)
    reason: str
    sale_number: str | None
    by_name: str | None


@dataclass(frozen=True)
class DayReport:
    studio_name: str
    day: dt.date
    zone: zoneinfo.ZoneInfo
    currency: str
    by_method: list[MethodLine]  # PAYMENT_METHODS order, methods with money only
    by_artist: list[ArtistLine]  # by name
    deposits: DepositFigures
    vouchers: VoucherFigures
    refunds: list[ReportRefund]  # oldest first
    drawer: DrawerDay
    sales_count: int = 0
    sales_total: int = 0
    voided_count: int = 0
    tips: int = 0
    made_at: dt.datetime | None = None  # when the report was read
    not_kept: list[ShownCount] = field(default_factory=list)  # counts shown and not kept, oldest first

    # the drawer's part, named as the page reads it
    @property
    def movements(self) -> list[MovementRow]:
        return self.drawer.movements

    @property
    def session(self) -> SessionInfo | None:
        return self.drawer.session

    @property
    def cash(self) -> CashFigures | None:
        return self.drawer.figures

    @property
    def count(self) -> CloseRow | None:
        """The last close of the day (None: not closed)."""
        return self.drawer.last_close

    @property
    def difference(self) -> int | None:
        close = self.count
        return None if close is None else close.difference

    @property
    def late(self) -> list[LatePayment]:
        return self.drawer.late

    # totals: money (a voucher's redemption spends money taken when it was sold: not counted again)
    @property
    def money_methods(self) -> list[MethodLine]:
        return [m for m in self.by_method if m.method != "voucher"]

    @property
    def received(self) -> int:
        return sum(m.amount + m.tips for m in self.money_methods)

    @property
    def refunded(self) -> int:
        return sum(m.refunds for m in self.money_methods)

    @property
    def net(self) -> int:
        return self.received - self.refunded

    @property
    def late_total(self) -> int:
        return sum(p.amount + p.tip for p in self.late)


def _money(
    conn: Connection, studio_id: uuid.UUID, day: dt.date, late: set[uuid.UUID]
) -> tuple[list[MethodLine], list[ReportRefund], int, int, int, int]:
    """By method, the refunds, deposits taken (amount, count), vouchers redeemed (amount, count)."""
    p = payment.c
    giver, refunded_sale = staff.alias("giver"), sale.alias("refunded_sale")
    rows = conn.execute(
        select(p.id, p.method, p.amount, p.tip, p.refund_of, p.deposit_id, p.sale_id, p.voucher_id, p.received_at,
               p.reason, refunded_sale.c.number, giver.c.display_name)
        .select_from(
            payment.outerjoin(refunded_sale, refunded_sale.c.id == p.sale_id).outerjoin(giver, giver.c.id == p.taken_by)
        )
        .where(p.studio_id == studio_id, p.business_date == day, p.deleted.is_(False))
        .order_by(p.received_at, p.id)
    ).all()  # fmt: skip
    figures: dict[str, list[int]] = {}
    refunds: list[ReportRefund] = []
    taken = taken_count = redeemed = redeemed_count = 0
    for r in rows:
        if r.id in late:
            continue
        line = figures.setdefault(r.method, [0, 0, 0, 0])
        if r.refund_of is not None:
            line[3] -= int(r.amount)
            refunds.append(ReportRefund(r.received_at, r.method, -int(r.amount), r.reason or "", r.number,
                                        r.display_name))  # fmt: skip
            continue
        line[0] += 1
        line[1] += int(r.amount)
        line[2] += int(r.tip)
        if r.deposit_id is not None and r.sale_id is None:
            taken, taken_count = taken + int(r.amount), taken_count + 1
        if r.method == "voucher":
            redeemed, redeemed_count = redeemed + int(r.amount) + int(r.tip), redeemed_count + 1
    methods = [m for m in PAYMENT_METHODS if any(figures.get(m, ()))]
    by_method = [MethodLine(m, *figures[m]) for m in methods]
    return by_method, refunds, taken, taken_count, redeemed, redeemed_count


def _deposits(conn: Connection, studio_id: uuid.UUID, day: dt.date) -> tuple[int, int, int]:
    """Deposits applied to the day's closed sales (count), forfeited on the day (amount, count)."""
    d, e, sa = deposit.c, deposit_entry.c, sale.c
    closed = select(sa.id).where(
        sa.studio_id == studio_id, sa.business_date == day, sa.deleted.is_(False), sa.status == "closed"
    )
    applied_count = conn.execute(
        select(func.count()).where(d.sale_id.in_(closed), d.status == "applied", d.deleted.is_(False))
    ).scalar_one()
    forfeited, forfeited_count = conn.execute(
        select(func.coalesce(func.sum(e.amount), 0), func.count()).where(
            e.studio_id == studio_id, e.business_date == day, e.kind == "forfeited", e.deleted.is_(False)
        )
    ).one()
    return int(applied_count), int(forfeited), int(forfeited_count)


def _vouchers_sold(conn: Connection, studio_id: uuid.UUID, day: dt.date) -> tuple[int, int]:
    v = voucher.c
    sold, count = conn.execute(
        select(func.coalesce(func.sum(v.amount), 0), func.count()).where(
            v.studio_id == studio_id, v.sold_on == day, v.deleted.is_(False)
        )
    ).one()
    return int(sold), int(count)


def day_report(
    conn: Connection,
    studio_id: uuid.UUID,
    day: dt.date,
    *,
    device_id: uuid.UUID | None,
    artists: bool = True,
    now: dt.datetime | None = None,
) -> DayReport:
    """The day report of ``day`` for the drawer of the desk ``device_id`` (the module docstring);
    ``artists`` False leaves the per-artist rows out (a role that may not see the shares)."""
    s = studio.c
    found = conn.execute(select(s.name, s.timezone, s.currency).where(s.id == studio_id)).first()
    name, zone_name, currency = (found.name, found.timezone, found.currency) if found else ("", None, "BRL")
    drawer = drawer_day(conn, studio_id, device_id, day)
    not_kept = counts_not_kept(conn, studio_id, [drawer.session.id] if drawer.session is not None else [])
    late = {p.id for p in drawer.late}
    by_method, refunds, taken, taken_count, redeemed, redeemed_count = _money(conn, studio_id, day, late)
    caixa = day_figures(conn, studio_id, day, artists=artists)
    applied_count, forfeited, forfeited_count = _deposits(conn, studio_id, day)
    sold, sold_count = _vouchers_sold(conn, studio_id, day)
    people = [
        ArtistLine(a.artist_name, a.services, a.artist_share, a.studio_share, a.tips, a.tips_share)
        for a in caixa.artists
    ]
    return DayReport(
        studio_name=name,
        day=day,
        zone=zone_or_default(zone_name),
        currency=currency or "BRL",
        by_method=by_method,
        by_artist=people,
        deposits=DepositFigures(taken, taken_count, caixa.deposits_applied, applied_count, forfeited, forfeited_count),
        vouchers=VoucherFigures(sold, sold_count, redeemed, redeemed_count),
        refunds=refunds,
        drawer=drawer,
        sales_count=caixa.sales_count,
        sales_total=caixa.sales_total,
        voided_count=caixa.voided_count,
        tips=caixa.tips,
        made_at=now,
        not_kept=not_kept,
    )
