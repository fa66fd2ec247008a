"""Demo checkout: closed sales with their lines, shares and payments, numbered in closing order.

Amounts go through :mod:`kronos_core.sales`, the same rules the ``sale.record`` mutation and
the database's check constraints follow.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple

from kronos_core.demo.team import Artist, Team
from kronos_core.demo.words import PRODUCTS
from kronos_core.demo.writer import Writer
from kronos_core.sales import line_amounts, sale_totals
from kronos_core.schema import payment, sale, sale_line

METHODS = ("pix", "credit", "debit", "cash", "transfer", "voucher")
_METHOD_WEIGHTS = tuple(accumulate((35, 25, 15, 15, 5, 5)))
_FLASH_PRICES = (20_000, 25_000, 30_000, 35_000, 40_000, 50_000, 60_000)
_TIPS = (1_000, 2_000, 3_000, 5_000, 10_000)
SALE_PREFIX = "D1-"


class Line(NamedTuple):
    kind: str
    description: str
    artist_id: uuid.UUID | None
    rate_bps: int | None
    quantity: int
    unit_price: int
    discount: int


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
    on: dt.date,
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
    return Line("service", description, artist.staff_id, artist.rate_on(on), 1, price, _discount(rng, price))


def product_lines(rng: random.Random, count: int) -> list[Line]:
    """Aftercare products at the counter: the studio keeps all of it."""
    return [
        Line("product", name, None, None, 2 if rng.random() < 0.15 else 1, price, 0)
        for name, price in rng.sample(PRODUCTS, count)
    ]


class Till:
    """Writes a day's sales in closing order, numbering them ``D1-000001``, ``D1-000002``, …"""

    def __init__(self, writer: Writer, team: Team, rng: random.Random) -> None:
        self._writer = writer
        self._rng = rng
        self._takers = [team.receptionist_id] * 8 + [team.owner_id] + [team.manager_id or team.receptionist_id]
        self.counter = 0

    def write_day(self, specs: list[SaleSpec]) -> None:
        for spec in sorted(specs, key=lambda s: s.closed_at):
            self._write(spec)

    def _write(self, spec: SaleSpec) -> None:
        rng, writer = self._rng, self._writer
        self.counter += 1
        taker = rng.choice(self._takers)
        totals = sale_totals([(ln.quantity, ln.unit_price, ln.discount) for ln in spec.lines])
        sale_id = writer.add(
            sale,
            {
                "number": f"{SALE_PREFIX}{self.counter:06d}",
                "client_id": spec.client_id,
                "appointment_id": spec.appointment_id,
                "status": "closed",
                "subtotal": totals.subtotal,
                "discount_total": totals.discount_total,
                "total": totals.total,
                "business_date": spec.business_date,
                "closed_at": spec.closed_at,
            },
            at=spec.opened_at,
            by=taker,
            changed_at=spec.closed_at,
        )
        for position, ln in enumerate(spec.lines, start=1):
            amounts = line_amounts(ln.quantity, ln.unit_price, ln.discount, ln.rate_bps)
            writer.add(
                sale_line,
                {
                    "sale_id": sale_id,
                    "position": position,
                    "kind": ln.kind,
                    "description": ln.description,
                    "artist_id": ln.artist_id,
                    "quantity": ln.quantity,
                    "unit_price": ln.unit_price,
                    "discount": ln.discount,
                    "total": amounts.total,
                    "artist_share": amounts.artist_share,
                    "studio_share": amounts.studio_share,
                    "commission_bps": ln.rate_bps,
                },
                at=spec.opened_at,
                by=taker,
                changed_at=spec.closed_at,
            )
        self._pay(sale_id, spec, totals.total, taker)

    def _pay(self, sale_id: uuid.UUID, spec: SaleSpec, total: int, taker: uuid.UUID) -> None:
        rng = self._rng
        methods = rng.choices(METHODS, cum_weights=_METHOD_WEIGHTS, k=2)
        if total >= 4_000 and rng.random() < 0.2 and methods[0] != methods[1]:
            first = max(1_000, round(total * rng.uniform(0.3, 0.7) / 1_000) * 1_000)
            parts = [(methods[0], min(first, total - 1)), (methods[1], total - min(first, total - 1))]
        else:
            parts = [(methods[0], total)]
        tip = rng.choice(_TIPS) if rng.random() < 0.15 and spec.lines[0].kind == "service" else 0
        for index, (method, amount) in enumerate(parts):
            last = index == len(parts) - 1
            received = spec.closed_at - dt.timedelta(minutes=len(parts) - 1 - index)
            self._writer.add(
                payment,
                {
                    "sale_id": sale_id,
                    "method": method,
                    "amount": amount,
                    "tip": tip if last else 0,
                    "refund_of": None,
                    "taken_by": taker,
                    "device_id": None,
                    "business_date": spec.business_date,
                    "received_at": received,
                },
                at=received,
                by=taker,
            )
