"""The studio's retail products (issue 15): ``product.save`` (owners and managers).

One mutation adds a product or changes one (its name, SKU, price, whether it is on sale): a
product is never removed, only taken off sale (``active`` false), so the lines that sold it keep
pointing at it. A product's price is what a new ticket line starts from; a line sold keeps its
own price. Its stock is the sum of its movements (kronos_core/mutations/stock.py); the desk warns
at or below its ``low_stock_level`` (issue 16), written only when the arguments give it (None takes
the mark away), so a save that does not name it leaves the mark as it is.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import AfterValidator, Field, StrictInt

from kronos_core.mutations.base import ApplyContext, MutationArgs, mutation
from kronos_core.mutations.fields import Centavos
from kronos_core.mutations.inverses import FINAL
from kronos_core.roles import MANAGEMENT
from kronos_core.schema import product


def _name(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("a product needs a name")
    return value


ProductName = Annotated[str, Field(max_length=120), AfterValidator(_name)]
Sku = Annotated[str, Field(max_length=40)]


class ProductSave(MutationArgs):
    product_id: uuid.UUID
    name: ProductName
    sku: Sku | None = None
    price: Centavos
    active: bool = True
    low_stock_level: StrictInt | None = Field(default=None, ge=0, le=1_000_000)  # issue 16: warn at or below


@mutation("product.save", ProductSave, roles=MANAGEMENT)
def save_product(ctx: ApplyContext, args: ProductSave) -> None:
    """Add the product, or write its fields when it exists (only those that changed)."""
    values = {"name": args.name, "sku": (args.sku or "").strip() or None, "price": args.price, "active": args.active}
    if "low_stock_level" in args.model_fields_set:
        values["low_stock_level"] = args.low_stock_level
    current = ctx.get(product, args.product_id)
    if current is None:
        ctx.insert(product, {"id": args.product_id, **values})
        return
    changed = {k: v for k, v in values.items() if current[k] != v}
    if changed:
        ctx.update(product, args.product_id, changed)


FINAL.update({"product.save": "a product is saved again to change it, or taken off sale"})
