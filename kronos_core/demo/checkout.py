"""Demo checkout: closed sales with their lines and payments, numbered in closing order.

Each sale is recorded by ``sale.record`` and paid by ``payment.record``, as at the desk: the
totals and each line's artist and studio shares are the mutation's (kronos_core/sales.py, with
the commission rule in force on the business date), never computed here. Products sold name the
studio's product (kronos_core/demo/products.py); a few tickets get a discount of their own; a
tip is the artist's (``sale_tip``) and paid with the last payment; card payments carry their
brand, instalments and the machine's fee (the studio's rates), the sale its fee total. A payer
who hands over a gift voucher spends one the studio sold (kronos_core/demo/vouchers.py) up to its
balance, the rest (and the tip) by PIX; with no voucher due, PIX it is.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Literal, NamedTuple, Protocol

from kronos_core.demo.applier import Applier
from kronos_core.demo.products import Product
from kronos_core.demo.team import CARD_FEE_BPS, Artist, Team
from kronos_core.mutations.payments import CardBrand
from kronos_core.mutations.sales import PaymentRecord, SaleLineArgs, SaleRecord, SaleTipArgs
from kronos_core.roles import Role
from kronos_core.sales import sale_totals
from kronos_core.ticket import card_fee

METHODS = ("pix", "credit", "debit", "cash", "transfer", "voucher")
_METHOD_WEIGHTS = tuple(accumulate((35, 25, 15, 15, 5, 5)))
_FLASH_PRICES = (20_000, 25_000, 30_000, 35_000, 40_000, 50_000, 60_000)
_TIPS = (1_000, 2_000, 3_000, 5_000, 10_000)
_BRANDS: tuple[CardBrand, ...] = ("visa", "mastercard", "elo", "hipercard", "amex")  # schema_base.CARD_BRANDS
_INSTALMENTS = (1, 1, 1, 2, 3, 3, 4, 6, 10, 12)
_TICKET_DISCOUNT_REASONS = ("Cliente fiel", "Fechou duas sessões", "Indicação de amigo", "Aniversariante do mês")
SALE_PREFIX = "D1-"


class Line(NamedTuple):
    kind: Literal["service", "product"]
    description: str
    artist_id: uuid.UUID | None
    quantity: int
    unit_price: int
    discount: int
    product_id: uuid.UUID | None = None


@dataclass
class SaleSpec:
    opened_at: dt.datetime
    closed_at: dt.datetime
    business_date: dt.date
    client_id: uuid.UUID | None
    appointment_id: uuid.UUID | None
    lines: list[Line] = field(default_factory=list)


def _discount(rng: random.Random, price: int) -> int:
    if price < 10_000 or rng.random() >= 0.12:
        return 0
    return min(price, 5_000) if rng.random() < 0.4 else price // 10 // 1_000 * 1_000


def service_line(
    rng: random.Random,
    *,
    artist: Artist,
    kind: str,
    minutes: int,
    style: str,
    placement: str,
) -> Line:
    """The artist's line for a finished booking, priced by kind and length."""
    if kind == "session":
        price = max(1, round(artist.hourly_price * minutes / 60 / 5_000)) * 5_000
        description = f"Sessão de tatuagem — {style} ({placement})"
    elif kind == "walk_in":
        price = rng.choice(_FLASH_PRICES)
        description = f"Flash walk-in — {placement}"
    else:
        price = 15_000
        description = f"Retoque — {placement}"
    return Line("service", description, artist.staff_id, 1, price, _discount(rng, price))


def product_lines(rng: random.Random, products: tuple[Product, ...], count: int) -> list[Line]:
    """Products on sale bought at the counter (aftercare, merchandise, jewelry): the studio
    keeps all of it."""
    return [
        Line("product", p.name, None, 2 if rng.random() < 0.15 else 1, p.price, 0, p.product_id)
        for p in rng.sample(products, count)
    ]


class VoucherSource(Protocol):
    def redeem(self, on: dt.date, amount: int) -> tuple[uuid.UUID, int] | None:
        """A voucher spent on a ticket of ``on`` towards ``amount``: its id and what it pays."""
        ...


def _with_vouchers(
    parts: list[tuple[str, int]], on: dt.date, tip: int, vouchers: VoucherSource | None
) -> list[tuple[str, int, uuid.UUID | None]]:
    """The ticket's parts with each ``voucher`` part paid by a voucher up to its balance (first:
    the payer hands it over before paying the rest) and the rest by PIX; the tip, paid with the
    last part, never on a voucher."""
    paid: list[tuple[str, int, uuid.UUID | None]] = []
    rest: list[tuple[str, int, uuid.UUID | None]] = []
    for method, amount in parts:
        if method != "voucher":
            rest.append((method, amount, None))
            continue
        spent = vouchers.redeem(on, amount) if vouchers is not None else None
        if spent is None:
            rest.append(("pix", amount, None))
            continue
        voucher_id, covered = spent
        paid.append(("voucher", covered, voucher_id))
        if amount > covered:
            rest.append(("pix", amount - covered, None))
    if not rest and tip:
        rest.append(("pix", 0, None))  # the tip alone, by PIX
    return paid + rest


class Till:
    """Records a day's sales in closing order, numbering them ``D1-000001``, ``D1-000002``, …"""

    def __init__(
        self, applier: Applier, team: Team, rng: random.Random, *, vouchers: VoucherSource | None = None
    ) -> None:
        self._applier = applier
        self._vouchers = vouchers
        self._rng = rng
        self._takers = [(team.receptionist_id, Role.RECEPTIONIST)] * 8 + [(team.owner_id, Role.OWNER)]
        self._takers.append((team.manager_id, Role.MANAGER) if team.manager_id else self._takers[0])
        self.counter = 0

    def write_day(self, specs: list[SaleSpec]) -> None:
        for spec in sorted(specs, key=lambda s: s.closed_at):
            self._write(spec)

    def _write(self, spec: SaleSpec) -> None:
        rng, applier = self._rng, self._applier
        self.counter += 1
        taker, role = rng.choice(self._takers)
        sale_id = applier.new_id(spec.opened_at)
        lines = [
            SaleLineArgs(
                line_id=applier.new_id(spec.opened_at),
                kind=ln.kind,
                description=ln.description,
                artist_id=ln.artist_id,
                product_id=ln.product_id,
                quantity=ln.quantity,
                unit_price=ln.unit_price,
                discount=ln.discount,
            )
            for ln in spec.lines
        ]
        total = sale_totals([(ln.quantity, ln.unit_price, ln.discount) for ln in spec.lines]).total
        ticket_discount, reason = 0, None
        if total >= 30_000 and rng.random() < 0.08:
            ticket_discount = total * rng.choice((5, 10)) // 100 // 500 * 500
            reason = rng.choice(_TICKET_DISCOUNT_REASONS)
        total -= ticket_discount
        artist_id = spec.lines[0].artist_id
        tip = rng.choice(_TIPS) if artist_id is not None and rng.random() < 0.15 else 0
        payments = self._payments(sale_id, spec, total, tip, taker)
        tips = [] if artist_id is None or not tip else [SaleTipArgs(tip_id=applier.new_id(spec.closed_at),
                                                                    artist_id=artist_id, amount=tip)]  # fmt: skip
        record = SaleRecord(
            sale_id=sale_id,
            number=f"{SALE_PREFIX}{self.counter:06d}",
            client_id=spec.client_id,
            appointment_id=spec.appointment_id,
            business_date=spec.business_date,
            closed_at=spec.closed_at,
            lines=lines,
            ticket_discount=ticket_discount,
            ticket_discount_reason=reason,
            tips=tips,
            card_fee_total=sum(p.card_fee for p in payments),
        )
        applier.act("sale.record", record, by=taker, role=role, at=spec.opened_at)
        for args in payments:
            applier.act("payment.record", args, by=taker, role=role, at=args.received_at)

    def _payments(
        self, sale_id: uuid.UUID, spec: SaleSpec, total: int, tip: int, taker: uuid.UUID
    ) -> list[PaymentRecord]:
        """How the ticket is paid: one method or two, the tip with the last; card details and fee."""
        rng = self._rng
        methods = rng.choices(METHODS, cum_weights=_METHOD_WEIGHTS, k=2)
        if total >= 4_000 and rng.random() < 0.2 and methods[0] != methods[1]:
            first = max(1_000, round(total * rng.uniform(0.3, 0.7) / 1_000) * 1_000)
            parts = [(methods[0], min(first, total - 1)), (methods[1], total - min(first, total - 1))]
        else:
            parts = [(methods[0], total)]
        payments = []
        spent = _with_vouchers(parts, spec.business_date, tip, self._vouchers)
        for index, (method, amount, voucher_id) in enumerate(spent):
            last = index == len(spent) - 1
            paid_tip = tip if last else 0
            received = spec.closed_at - dt.timedelta(minutes=len(spent) - 1 - index)
            card = method in ("credit", "debit")
            instalments = None
            if method == "credit":
                instalments = rng.choice(_INSTALMENTS) if amount >= 30_000 else 1
            tendered = None
            if method == "cash":
                tendered = -(-(amount + paid_tip) // 5_000) * 5_000 if rng.random() < 0.6 else amount + paid_tip
            payments.append(
                PaymentRecord(
                    payment_id=self._applier.new_id(received),
                    sale_id=sale_id,
                    method=method,  # type: ignore[arg-type]
                    amount=amount,
                    tip=paid_tip,
                    taken_by=taker,
                    business_date=spec.business_date,
                    received_at=received,
                    card_brand=rng.choice(_BRANDS) if card else None,
                    instalments=instalments,
                    auth_code=f"{rng.randrange(1_000_000):06d}" if card else None,
                    card_fee=card_fee(amount, CARD_FEE_BPS[method]) if card else 0,
                    cash_tendered=tendered,
                    voucher_id=voucher_id,
                )
            )
        return payments
