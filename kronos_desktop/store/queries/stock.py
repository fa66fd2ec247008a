"""The stock of the studio's retail products (issue 16), read on the desk: a product's level is
the sum of its ``stock_movement`` rows (received +, sold -, returned +, adjusted ±, counted ±;
kronos_core.stock), never a column, so what two desks sold offline adds up once they sync. A
level may be negative: a desk never refuses a sale for want of stock.

- :func:`stock_levels`: every product's level (a product with no movement is absent: 0);
- :func:`stock_rows`: the products page's rows (level, low mark, low); :func:`stock_on_sale`:
  those on sale by product, for the ticket's product picker;
- :func:`movements`: one product's ledger, newest first (who, when, why; the sale's number)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from kronos_core import stock
from kronos_core.schema import product, sale, staff, stock_movement
from kronos_desktop.store.queries import desk as desk_q


@dataclass(frozen=True)
class StockRow:
    product_id: uuid.UUID
    name: str
    sku: str | None
    price: int  # centavos
    active: bool
    level: int  # the sum of its movements (may be below 0: sold offline beyond what was known)
    low_stock_level: int | None  # warn at or below this (None: never)
    low: bool  # at or below its mark

    @property
    def id(self) -> uuid.UUID:
        """The product's id (the name the products list's rows are found by)."""
        return self.product_id

    @property
    def out(self) -> bool:
        """Nothing left (or less than nothing) that the desk knows of."""
        return self.level <= 0


@dataclass(frozen=True)
class StockMove:
    id: uuid.UUID
    kind: str  # kronos_core.schema_base.STOCK_MOVEMENT_KINDS
    quantity: int  # signed
    reason: str | None
    by_name: str | None  # who moved it (None: unknown here)
    at: dt.datetime
    sale_number: str | None  # a sold or returned movement's sale


def stock_levels(conn: Connection, studio_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Each product's stock (products without a movement are left out: their level is 0)."""
    m = stock_movement.c
    query = (
        select(m.product_id, func.sum(m.quantity))
        .where(m.studio_id == studio_id, m.deleted.is_(False))
        .group_by(m.product_id)
    )
    return {r[0]: stock.level([int(r[1] or 0)]) for r in conn.execute(query)}


def stock_rows(conn: Connection, studio_id: uuid.UUID, *, active_only: bool = False) -> list[StockRow]:
    """The studio's products by name with their stock (``active_only``: those still sold)."""
    p = product.c
    query = select(p.id, p.name, p.sku, p.price, p.active, p.low_stock_level).where(
        p.studio_id == studio_id, p.deleted.is_(False)
    )
    if active_only:
        query = query.where(p.active.is_(True))
    levels = stock_levels(conn, studio_id)
    out = []
    for r in conn.execute(query.order_by(p.name, p.id)):
        level = levels.get(r.id, 0)
        mark = int(r.low_stock_level) if r.low_stock_level is not None else None
        out.append(StockRow(r.id, r.name, r.sku, int(r.price), bool(r.active), level, mark, stock.is_low(level, mark)))
    return out


def stock_on_sale(conn: Connection) -> dict[uuid.UUID, StockRow]:
    """The stock of the desk's studio's products on sale, by product (a ticket's product picker)."""
    studio_id = desk_q.here(conn).studio_id
    return {r.product_id: r for r in stock_rows(conn, studio_id, active_only=True)} if studio_id else {}


def level_of(conn: Connection, product_id: uuid.UUID) -> int:
    """One product's stock now."""
    m = stock_movement.c
    query = select(func.coalesce(func.sum(m.quantity), 0)).where(m.product_id == product_id, m.deleted.is_(False))
    return int(conn.execute(query).scalar_one())


def movements(conn: Connection, product_id: uuid.UUID, limit: int = 200) -> list[StockMove]:
    """The product's movements, newest first (at most ``limit``)."""
    m = stock_movement.c
    query = (
        select(m.id, m.kind, m.quantity, m.reason, m.moved_at, staff.c.display_name, sale.c.number)
        .select_from(stock_movement.outerjoin(staff, staff.c.id == m.moved_by).outerjoin(sale, sale.c.id == m.sale_id))
        .where(m.product_id == product_id, m.deleted.is_(False))
        .order_by(m.moved_at.desc(), m.id.desc())
        .limit(limit)
    )
    return [
        StockMove(r.id, r.kind, int(r.quantity), r.reason, r.display_name, r.moved_at, r.number)
        for r in conn.execute(query)
    ]
