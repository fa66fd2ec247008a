"""The demo studio's counter: the products it sells (``product.save``, by the owner, some with a
low-stock mark), their stock (:class:`Stock`) and the deposits its clients leave on
upcoming bookings (``deposit.take`` with its ``payment.record``, by the front desk, batched as the
desk does). Gift vouchers are vouchers (kronos_core/demo/vouchers.py), not a product."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from typing import NamedTuple

from sqlalchemy import Connection, select

from kronos_core.demo.applier import Applier
from kronos_core.demo.team import Team
from kronos_core.instants import UTC
from kronos_core.mutations.deposits import DepositTake
from kronos_core.mutations.payments import PaymentRecord
from kronos_core.mutations.products import ProductSave
from kronos_core.mutations.stock import StockMove
from kronos_core.roles import Role
from kronos_core.schema import sale, sale_line


class Product(NamedTuple):
    product_id: uuid.UUID
    name: str
    sku: str
    price: int  # centavos
    active: bool


# (name, SKU, price in centavos, on sale): what a tattoo studio's counter holds; the last one
# is no longer sold (kept: past lines point at it).
CATALOGUE = (
    ("Pomada cicatrizante 20 g", "POM-CIC-20", 3_990, True),
    ("Sabonete neutro líquido 200 ml", "SAB-NEU-200", 1_850, True),
    ("Filme protetor (second skin) 15 cm", "FIL-PRO-15", 2_500, True),
    ("Protetor solar FPS 50 para tatuagem", "PRO-SOL-50", 6_990, True),
    ("Hidratante pós-tatuagem 50 g", "HID-POS-50", 4_500, True),
    ("Camiseta do estúdio (preta)", "CAM-EST-PT", 8_900, True),
    ("Boné do estúdio", "BON-EST", 6_500, True),
    ("Joia de piercing — titânio (labret)", "PIE-TIT-LAB", 12_000, True),
    ("Joia de piercing — argola de aço cirúrgico", "PIE-ACO-ARG", 7_500, True),
    ("Pomada cicatrizante 10 g (antiga)", "POM-CIC-10", 2_490, False),
)
DEPOSIT_AMOUNTS = (10_000, 15_000, 20_000, 30_000)
# A product's low-stock mark (product.low_stock_level): the desk warns at or below it.
LOW_STOCK_AT = {"POM-CIC-20": 6, "FIL-PRO-15": 10, "PRO-SOL-50": 4, "PIE-TIT-LAB": 3, "CAM-EST-PT": 3}


def write_products(applier: Applier, *, by: uuid.UUID, at: dt.datetime) -> tuple[Product, ...]:
    """Put the catalogue on sale as the owner would; the products, inactive ones included."""
    products = []
    for index, (name, sku, price, active) in enumerate(CATALOGUE):
        when = at + dt.timedelta(minutes=index)
        product_id = applier.new_id(when)
        args = ProductSave(product_id=product_id, name=name, sku=sku, price=price, active=active)
        low = LOW_STOCK_AT.get(sku)
        if low is not None and "low_stock_level" in ProductSave.model_fields:  # issue 16's field
            args = ProductSave.model_validate({**args.model_dump(exclude_unset=True), "low_stock_level": low})
        applier.act("product.save", args, by=by, role=Role.OWNER, at=when)
        products.append(Product(product_id, name, sku, price, active))
    return tuple(products)


def take_deposit(
    applier: Applier,
    rng: random.Random,
    *,
    client_id: uuid.UUID,
    project_id: uuid.UUID | None,
    appointment_id: uuid.UUID,
    policy_text: str,
    by: uuid.UUID,
    at: dt.datetime,
    business_date: dt.date,
) -> None:
    """A deposit held for a booking, paid by PIX or cash at ``at``: the deposit, then its money."""
    deposit_id = applier.new_id(at)
    amount = rng.choice(DEPOSIT_AMOUNTS)
    take = DepositTake(
        deposit_id=deposit_id,
        client_id=client_id,
        project_id=project_id,
        appointment_id=appointment_id,
        amount=amount,
        policy_text=policy_text,
        acknowledged=True,
        business_date=business_date,
        taken_at=at,
    )
    applier.act("deposit.take", take, by=by, role=Role.RECEPTIONIST, at=at)
    cash = rng.random() < 0.3
    money = PaymentRecord(
        payment_id=applier.new_id(at),
        deposit_id=deposit_id,
        method="cash" if cash else "pix",
        amount=amount,
        taken_by=by,
        business_date=business_date,
        received_at=at,
        cash_tendered=amount if cash else None,
    )
    applier.act("payment.record", money, by=by, role=Role.RECEPTIONIST, at=at)


# -- stock -----------------------------------------------------------------------------------
# Each product on sale: the level a delivery fills it up to, and the level that orders one.
TARGET = {"PIE-TIT-LAB": 8, "PIE-ACO-ARG": 12, "CAM-EST-PT": 10, "BON-EST": 8}
DEFAULT_TARGET = 24
LOW_SKU = "PRO-SOL-50"  # low today: a few bottles, the last ones past their date taken off the shelf
LOW_LEFT = 2
# One-off corrections by a manager: (days before today, kind, quantity, reason) per product.
CORRECTIONS = {
    "SAB-NEU-200": (30, "counted", -1, "Contagem do mês: um frasco a menos que o sistema"),
    "BON-EST": (12, "adjusted", -1, "Brinde para o cliente do sorteio do Instagram"),
}
_DELIVERY_DAYS = 3
_DELIVERY_HOUR = dt.time(11, 0)


class Stock:
    """The products' stock: a first delivery when the studio set up its counter, then, as sales
    take it down (``sale.record`` writes their "sold" movements), a delivery a few days after the
    level reaches the product's mark (``stock.move`` "received", by the front desk). A month
    before today a count corrects one product ("counted") and a cap went as a gift ("adjusted");
    today one product is low: the last
    of it came short or was past its date ("adjusted"); corrections by a manager."""

    def __init__(self, applier: Applier, team: Team) -> None:
        self._applier = applier
        self._team = team
        self._manager = (team.manager_id, Role.MANAGER) if team.manager_id else (team.owner_id, Role.OWNER)

    def _move(self, product: Product, kind: str, quantity: int, at: dt.datetime, reason: str | None = None) -> None:
        by, role = (self._team.receptionist_id, Role.RECEPTIONIST) if kind == "received" else self._manager
        move = StockMove(
            movement_id=self._applier.new_id(at),
            product_id=product.product_id,
            kind=kind,  # type: ignore[arg-type]
            quantity=quantity,
            reason=reason,
            moved_at=at,
        )
        self._applier.act("stock.move", move, by=by, role=role, at=at)

    def opening(self, products: tuple[Product, ...], at: dt.datetime) -> None:
        """The first delivery of every product on sale, at the studio's setting up."""
        for index, p in enumerate(x for x in products if x.active):
            self._move(p, "received", TARGET.get(p.sku, DEFAULT_TARGET), at + dt.timedelta(minutes=index))

    def _delivery(self, ordered: dt.datetime) -> dt.datetime:
        day = ordered.astimezone(self._team.tz).date() + dt.timedelta(days=_DELIVERY_DAYS)
        if day.weekday() == 6:  # no delivery on Sunday
            day += dt.timedelta(days=1)
        return dt.datetime.combine(day, _DELIVERY_HOUR, tzinfo=self._team.tz).astimezone(UTC)

    def write(self, conn: Connection, products: tuple[Product, ...], *, now: dt.datetime) -> None:
        """The deliveries, the count and the damage, after the agenda's sales (see the class)."""
        sold: dict[uuid.UUID, list[tuple[dt.datetime, int]]] = defaultdict(list)
        rows = conn.execute(
            select(sale_line.c.product_id, sale.c.closed_at, sale_line.c.quantity)
            .join(sale, sale.c.id == sale_line.c.sale_id)
            .where(sale.c.studio_id == self._team.studio_id, sale_line.c.product_id.is_not(None))
            .order_by(sale.c.closed_at, sale_line.c.id)
        )
        for product_id, closed_at, quantity in rows:
            sold[product_id].append((closed_at, quantity))
        tz = self._team.tz
        today = now.astimezone(tz).date()
        previous = self._applier.day
        for p in products:
            if not p.active:
                continue
            fix = CORRECTIONS.get(p.sku)
            when = None
            if fix is not None:
                when = dt.datetime.combine(today - dt.timedelta(days=fix[0]), dt.time(9, 30), tzinfo=tz).astimezone(UTC)
            self._product(p, sold.get(p.product_id, []), now=now, fix_at=when)
        self._applier.day = previous

    def _product(
        self, p: Product, sales: list[tuple[dt.datetime, int]], *, now: dt.datetime, fix_at: dt.datetime | None
    ) -> None:
        """Plan the product's movements over its sales, then write them in time order."""
        target = TARGET.get(p.sku, DEFAULT_TARGET)
        reorder = LOW_STOCK_AT.get(p.sku, 3) + target // 3  # ordered well before the desk warns
        moves: list[tuple[dt.datetime, str, int, str | None]] = []
        level, coming, last = target, None, None
        for at, quantity in [*sales, (now, 0)]:
            if coming is not None and coming[0] <= at:
                moves.append((coming[0], "received", coming[1], None))
                level, last, coming = level + coming[1], coming[0], None
            if fix_at is not None and fix_at <= at:
                _, fix_kind, fixed, why = CORRECTIONS[p.sku]
                if level + fixed >= 0:
                    moves.append((fix_at, fix_kind, fixed, why))
                    level, last = level + fixed, fix_at
                fix_at = None
            level -= quantity
            last = at if quantity else last
            if coming is None and level <= reorder and quantity:
                ordered = target - level
                coming = (self._delivery(at), -(-ordered // 6) * 6 if target >= 24 else ordered)
        if p.sku == LOW_SKU:
            level = self._low(moves, level, now, last)
        for at, kind, quantity, reason in moves:
            self._at(at)
            self._move(p, kind, quantity, at, reason)

    @staticmethod
    def _low(
        moves: list[tuple[dt.datetime, str, int, str | None]], level: int, now: dt.datetime, last: dt.datetime | None
    ) -> int:
        """Leave the product low today: its last delivery came short (only what takes it to
        :data:`LOW_LEFT` after the sales since), or, when even none would leave more (or none
        came since the first), the rest was past its date (an adjustment after its last sale)."""
        received = [i for i, m in enumerate(moves) if m[1] == "received"]
        if level <= LOW_LEFT:
            return level
        if received:
            at, kind, quantity, reason = moves[received[-1]]
            short = quantity - (level - LOW_LEFT)
            if short > 0:
                moves[received[-1]] = (at, kind, short, reason)
                return LOW_LEFT
            del moves[received[-1]]
            level -= quantity
        if level > LOW_LEFT:
            when = min(now, (last or now) + dt.timedelta(hours=1))
            moves.append((when, "adjusted", LOW_LEFT - level, "Avaria: frascos vencidos retirados da prateleira"))
        return LOW_LEFT if level > LOW_LEFT else level

    def _at(self, when: dt.datetime) -> None:
        self._applier.day = when.astimezone(self._team.tz).date()
