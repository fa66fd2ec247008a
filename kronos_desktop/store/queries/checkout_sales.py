"""The checkout's reads of one closed sale (everything its receipt prints) and of what each
artist earned on a business day (issue 15).

Re-exported by :mod:`kronos_desktop.store.queries.checkout` (the names the views use)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select

from kronos_core.schema import client, deposit, payment, sale, sale_line, sale_tip, staff, studio, voucher
from kronos_desktop.store.queries.common import zone_or_default


@dataclass(frozen=True)
class DetailLine:
    id: uuid.UUID
    position: int
    kind: str  # service | product
    description: str
    artist_id: uuid.UUID | None
    artist_name: str | None
    product_id: uuid.UUID | None
    quantity: int
    unit_price: int
    gross: int  # quantity * unit_price
    own_discount: int  # the line's own discount (discount - ticket_discount_share)
    discount_bps: int | None  # the line's own discount as typed in percent (None: an amount)
    discount_reason: str | None
    ticket_discount_share: int  # the part of the ticket's discount spread onto this line
    discount: int  # own + ticket share
    total: int  # gross - discount
    fee_share: int
    artist_share: int
    studio_share: int
    commission_bps: int | None


@dataclass(frozen=True)
class DetailTip:
    artist_id: uuid.UUID
    artist_name: str
    amount: int
    artist_share: int
    studio_share: int


@dataclass(frozen=True)
class DetailRefund:
    id: uuid.UUID
    amount: int  # positive: what was given back
    reason: str | None
    business_date: dt.date
    received_at: dt.datetime
    by_name: str | None  # who did it (the payment's taker, else who recorded it)


@dataclass(frozen=True)
class DetailPayment:
    id: uuid.UUID
    method: str
    amount: int  # to the ticket (never the change)
    tip: int
    card_brand: str | None
    instalments: int | None
    auth_code: str | None  # the machine's authorisation code / NSU
    card_fee: int
    pix_e2e_id: str | None
    cash_tendered: int | None
    change: int  # cash_tendered - amount - tip (0 unless cash with tendered)
    received_at: dt.datetime
    taken_by_name: str | None
    deposit_id: uuid.UUID | None
    refunds: list[DetailRefund] = field(default_factory=list)
    voucher_code: str | None = None  # the gift voucher spent (method "voucher")

    @property
    def refunded(self) -> int:
        return sum(r.amount for r in self.refunds)

    @property
    def refundable(self) -> int:
        """What may still be given back of this payment (amount and tip, less refunds so far)."""
        return max(0, self.amount + self.tip - self.refunded)


@dataclass(frozen=True)
class DetailDeposit:
    id: uuid.UUID
    amount: int
    taken_on: dt.date


@dataclass(frozen=True)
class SaleDetail:
    """One sale as its receipt prints it."""

    id: uuid.UUID
    number: str
    status: str  # closed | void
    business_date: dt.date
    closed_at: dt.datetime | None  # UTC
    closed_at_local: dt.datetime | None  # in the studio's zone
    zone_name: str
    currency: str
    studio_name: str
    studio_city: str | None  # the PIX merchant city: the bank's field, not printed on the receipt
    receipt_footer: str | None
    made_by: str | None  # who rang it up
    device_id: uuid.UUID | None
    client_id: uuid.UUID | None
    client_name: str | None
    fiscal_document: str | None
    fiscal_name: str | None
    fiscal_address: str | None
    service_description: str | None
    lines: list[DetailLine]
    subtotal: int  # Σ gross
    line_discounts: int  # Σ the lines' own discounts
    ticket_discount: int
    ticket_discount_reason: str | None
    discount_total: int  # line discounts + ticket discount
    total: int
    deposit_applied: int
    deposits: list[DetailDeposit]
    tips: list[DetailTip]
    tip_total: int
    card_fee_total: int
    payments: list[DetailPayment]
    void_reason: str | None
    voided_at: dt.datetime | None
    voided_by: str | None

    @property
    def due(self) -> int:
        """What the payments covered: the total less the deposits applied."""
        return self.total - self.deposit_applied

    @property
    def paid(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def change(self) -> int:
        return sum(p.change for p in self.payments)

    @property
    def refunded(self) -> int:
        return sum(p.refunded for p in self.payments)

    def tips_by_artist(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for tip in self.tips:
            out[tip.artist_name] = out.get(tip.artist_name, 0) + tip.amount
        return out


def sale_detail(conn: Connection, sale_id: uuid.UUID) -> SaleDetail | None:
    """The sale with everything its receipt prints; None when there is no such sale."""
    sa, c, st = sale.c, client.c, studio.c
    maker, voider = staff.alias("maker"), staff.alias("voider")
    row = conn.execute(
        select(
            sale, c.full_name, c.preferred_name, st.name.label("studio_name"), st.timezone, st.currency,
            st.merchant_city, st.receipt_footer, maker.c.display_name.label("made_by"),
            voider.c.display_name.label("voided_by_name"),
        )
        .select_from(
            sale.outerjoin(client, c.id == sa.client_id)
            .outerjoin(studio, st.id == sa.studio_id)
            .outerjoin(maker, maker.c.id == sa.created_by)
            .outerjoin(voider, voider.c.id == sa.voided_by)
        )
        .where(sa.id == sale_id, sa.deleted.is_(False))
    ).mappings().first()  # fmt: skip
    if row is None:
        return None
    zone = zone_or_default(row["timezone"])
    lines = _lines(conn, sale_id)
    closed_at = row["closed_at"]
    return SaleDetail(
        id=sale_id,
        number=row["number"],
        status=row["status"],
        business_date=row["business_date"],
        closed_at=closed_at,
        closed_at_local=closed_at.astimezone(zone) if closed_at is not None else None,
        zone_name=zone.key,
        currency=row["currency"] or "BRL",
        studio_name=row["studio_name"] or "",
        studio_city=row["merchant_city"],
        receipt_footer=row["receipt_footer"],
        made_by=row["made_by"],
        device_id=row["device_id"],
        client_id=row["client_id"],
        client_name=(row["preferred_name"] or row["full_name"]) if row["full_name"] else None,
        fiscal_document=row["fiscal_document"],
        fiscal_name=row["fiscal_name"],
        fiscal_address=row["fiscal_address"],
        service_description=row["service_description"],
        lines=lines,
        subtotal=int(row["subtotal"]),
        line_discounts=sum(ln.own_discount for ln in lines),
        ticket_discount=int(row["ticket_discount"]),
        ticket_discount_reason=row["ticket_discount_reason"],
        discount_total=int(row["discount_total"]),
        total=int(row["total"]),
        deposit_applied=int(row["deposit_applied"]),
        deposits=_deposits_applied(conn, sale_id),
        tips=_tips(conn, sale_id),
        tip_total=int(row["tip_total"]),
        card_fee_total=int(row["card_fee_total"]),
        payments=_payments(conn, sale_id),
        void_reason=row["void_reason"],
        voided_at=row["voided_at"],
        voided_by=row["voided_by_name"],
    )


def _lines(conn: Connection, sale_id: uuid.UUID) -> list[DetailLine]:
    ln, st = sale_line.c, staff.c
    query = (
        select(sale_line, st.display_name)
        .select_from(sale_line.outerjoin(staff, st.id == ln.artist_id))
        .where(ln.sale_id == sale_id, ln.deleted.is_(False))
        .order_by(ln.position)
    )
    out: list[DetailLine] = []
    for r in conn.execute(query).mappings():
        share = int(r["ticket_discount_share"])
        gross = int(r["quantity"]) * int(r["unit_price"])
        out.append(
            DetailLine(
                id=r["id"], position=int(r["position"]), kind=r["kind"], description=r["description"],
                artist_id=r["artist_id"], artist_name=r["display_name"], product_id=r["product_id"],
                quantity=int(r["quantity"]), unit_price=int(r["unit_price"]), gross=gross,
                own_discount=int(r["discount"]) - share, discount_bps=r["discount_bps"],
                discount_reason=r["discount_reason"], ticket_discount_share=share, discount=int(r["discount"]),
                total=int(r["total"]), fee_share=int(r["fee_share"]), artist_share=int(r["artist_share"]),
                studio_share=int(r["studio_share"]), commission_bps=r["commission_bps"],
            )
        )  # fmt: skip
    return out


def _tips(conn: Connection, sale_id: uuid.UUID) -> list[DetailTip]:
    t, st = sale_tip.c, staff.c
    query = (
        select(t.artist_id, st.display_name, t.amount, t.artist_share, t.studio_share)
        .select_from(sale_tip.join(staff, st.id == t.artist_id))
        .where(t.sale_id == sale_id, t.deleted.is_(False))
        .order_by(st.display_name, t.id)
    )
    return [DetailTip(r[0], r[1], int(r[2]), int(r[3]), int(r[4])) for r in conn.execute(query)]


def _payments(conn: Connection, sale_id: uuid.UUID) -> list[DetailPayment]:
    """The sale's payments, oldest first, each with its refunds (refunds point at a payment;
    a refund recorded without the sale is found through ``refund_of`` too)."""
    p = payment.c
    taker = staff.alias("taker")
    recorder = staff.alias("recorder")
    taken = (
        select(
            payment,
            taker.c.display_name.label("taker_name"),
            recorder.c.display_name.label("recorder_name"),
            voucher.c.code.label("voucher_code"),
        )
        .select_from(
            payment.outerjoin(taker, taker.c.id == p.taken_by)
            .outerjoin(recorder, recorder.c.id == p.created_by)
            .outerjoin(voucher, voucher.c.id == p.voucher_id)
        )
        .where(p.deleted.is_(False))
    )
    rows = conn.execute(taken.where(p.sale_id == sale_id, p.refund_of.is_(None)).order_by(p.received_at, p.id))
    originals = list(rows.mappings())
    ids = [r["id"] for r in originals]
    refunds: dict[uuid.UUID, list[DetailRefund]] = {}
    if ids:
        query = taken.where(p.refund_of.in_(ids)).order_by(p.received_at, p.id)
        for r in conn.execute(query).mappings():
            refunds.setdefault(r["refund_of"], []).append(
                DetailRefund(
                    r["id"], -int(r["amount"]), r["reason"], r["business_date"], r["received_at"],
                    r["taker_name"] or r["recorder_name"],
                )
            )  # fmt: skip
    out: list[DetailPayment] = []
    for r in originals:
        tendered = r["cash_tendered"]
        change = int(tendered) - int(r["amount"]) - int(r["tip"]) if r["method"] == "cash" and tendered else 0
        out.append(
            DetailPayment(
                id=r["id"], method=r["method"], amount=int(r["amount"]), tip=int(r["tip"]),
                card_brand=r["card_brand"], instalments=r["instalments"], auth_code=r["auth_code"],
                card_fee=int(r["card_fee"]), pix_e2e_id=r["pix_e2e_id"],
                cash_tendered=int(tendered) if tendered is not None else None, change=max(0, change),
                received_at=r["received_at"], taken_by_name=r["taker_name"] or r["recorder_name"],
                deposit_id=r["deposit_id"], refunds=refunds.get(r["id"], []), voucher_code=r["voucher_code"],
            )
        )  # fmt: skip
    return out


def _deposits_applied(conn: Connection, sale_id: uuid.UUID) -> list[DetailDeposit]:
    d = deposit.c
    query = (
        select(d.id, d.amount, d.taken_on).where(d.sale_id == sale_id, d.deleted.is_(False)).order_by(d.taken_on, d.id)
    )
    return [DetailDeposit(r[0], int(r[1]), r[2]) for r in conn.execute(query)]


@dataclass(frozen=True)
class ArtistEarnings:
    artist_id: uuid.UUID
    artist_name: str
    lines_total: int  # what the artist's lines took (after discounts)
    lines_share: int  # the artist's share of them
    tips: int  # tips given to the artist
    tips_share: int  # the artist's share of those tips

    @property
    def earned(self) -> int:
        return self.lines_share + self.tips_share


def artist_earnings(
    conn: Connection, studio_id: uuid.UUID, day: dt.date, *, artist_id: uuid.UUID | None = None
) -> list[ArtistEarnings]:
    """Per artist, by name: their lines' and tips' shares on the closed sales of a business day
    (void sales left out); ``artist_id``: that artist alone (what an artist may see)."""
    sa, ln, t, st = sale.c, sale_line.c, sale_tip.c, staff.c
    closed = (sa.studio_id == studio_id, sa.business_date == day, sa.status == "closed", sa.deleted.is_(False))
    by_lines = (
        select(ln.artist_id, func.sum(ln.total), func.sum(ln.artist_share))
        .select_from(sale_line.join(sale, sa.id == ln.sale_id))
        .where(*closed, ln.deleted.is_(False), ln.artist_id.is_not(None))
        .group_by(ln.artist_id)
    )
    by_tips = (
        select(t.artist_id, func.sum(t.amount), func.sum(t.artist_share))
        .select_from(sale_tip.join(sale, sa.id == t.sale_id))
        .where(*closed, t.deleted.is_(False))
        .group_by(t.artist_id)
    )
    if artist_id is not None:
        by_lines = by_lines.where(ln.artist_id == artist_id)
        by_tips = by_tips.where(t.artist_id == artist_id)
    found: dict[uuid.UUID, list[int]] = {}
    for who, total, share in conn.execute(by_lines):
        found.setdefault(who, [0, 0, 0, 0])[0:2] = [int(total or 0), int(share or 0)]
    for who, amount, share in conn.execute(by_tips):
        found.setdefault(who, [0, 0, 0, 0])[2:4] = [int(amount or 0), int(share or 0)]
    if not found:
        return []
    names = dict(conn.execute(select(st.id, st.display_name).where(st.id.in_(list(found)))).all())
    out = [ArtistEarnings(who, names.get(who, ""), *values) for who, values in found.items()]
    return sorted(out, key=lambda e: (e.artist_name.casefold(), e.artist_id))
