"""Demo checkout: closed sales with their lines and payments, numbered in closing order.

Each sale is recorded by ``sale.record`` and paid by ``payment.record``, as at the desk: the
totals and each line's artist and studio shares are the mutation's (kronos_core/sales.py, with
the commission rule in force on the business date), never computed here.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Literal, NamedTuple

from kronos_core.demo.applier import Applier
from kronos_core.demo.team import Artist, Team
from kronos_core.demo.words import PRODUCTS
from kronos_core.mutations.sales import PaymentRecord, SaleLineArgs, SaleRecord
from kronos_core.roles import Role
from kronos_core.sales import sale_totals

METHODS = ("pix", "credit", "debit", "cash", "transfer", "voucher")
_METHOD_WEIGHTS = tuple(accumulate((35, 25, 15, 15, 5, 5)))
_FLASH_PRICES = (20_000, 25_000, 30_000, 35_000, 40_000, 50_000, 60_000)
_TIPS = (1_000, 2_000, 3_000, 5_000, 10_000)
SALE_PREFIX = "D1-"


class Line(NamedTuple):
    kind: Literal["service", "product"]
    description: str
    artist_id: uuid.UUID | None
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


def product_lines(rng: random.Random, count: int) -> list[Line]:
    """Aftercare products at the counter: the studio keeps all of it."""
    return [
        Line("product", name, None, 2 if rng.random() < 0.15 else 1, price, 0)
        for name, price in rng.sample(PRODUCTS, count)
    ]


class Till:
    """Records a day's sales in closing order, numbering them ``D1-000001``, ``D1-000002``, …"""

    def __init__(self, applier: Applier, team: Team, rng: random.Random) -> None:
        self._applier = applier
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
                quantity=ln.quantity,
                unit_price=ln.unit_price,
                discount=ln.discount,
            )
            for ln in spec.lines
        ]
        record = SaleRecord(
            sale_id=sale_id,
            number=f"{SALE_PREFIX}{self.counter:06d}",
            client_id=spec.client_id,
            appointment_id=spec.appointment_id,
            business_date=spec.business_date,
            closed_at=spec.closed_at,
            lines=lines,
        )
        applier.act("sale.record", record, by=taker, role=role, at=spec.opened_at)
        total = sale_totals([(ln.quantity, ln.unit_price, ln.discount) for ln in spec.lines]).total
        self._pay(sale_id, spec, total, taker, role)

    def _pay(self, sale_id: uuid.UUID, spec: SaleSpec, total: int, taker: uuid.UUID, role: Role) -> None:
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
            args = PaymentRecord(
                payment_id=self._applier.new_id(received),
                sale_id=sale_id,
                method=method,  # type: ignore[arg-type]
                amount=amount,
                tip=tip if last else 0,
                taken_by=taker,
                business_date=spec.business_date,
                received_at=received,
            )
            self._applier.act("payment.record", args, by=taker, role=role, at=received)
