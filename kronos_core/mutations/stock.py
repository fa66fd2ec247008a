"""A product's stock (issue 16): ``stock.move``.

Stock is the sum of a product's movements (kronos_core.stock.level), each a ``stock_movement``
row (append-only): ``received`` (goods in: the front desk and up, a positive quantity),
``adjusted`` (a correction: breakage, a gift; signed) and ``counted`` (a count found more or
fewer than known: the difference, kronos_core.stock.count_quantity) by owners and managers, with
a reason. ``sold`` and ``returned`` are ``sale.record``'s and ``sale.void``'s. Two desks moving
the same product offline converge: their movements add up in any order.

Refused: an unknown product (``product_unknown``), an adjustment or count without a reason
(``reason_required``), an adjustment or count by a receptionist or artist (``role_not_allowed``).
"""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from pydantic import AwareDatetime, Field, StrictInt, model_validator

from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, NotAllowed, NotFound, mutation
from kronos_core.mutations.inverses import FINAL
from kronos_core.roles import FRONT_DESK, MANAGEMENT
from kronos_core.schema import product, stock_movement

Reason = Annotated[str, Field(max_length=200)]


class StockMove(MutationArgs):
    movement_id: uuid.UUID
    product_id: uuid.UUID
    kind: Literal["received", "adjusted", "counted"]
    quantity: StrictInt = Field(ge=-1_000_000, le=1_000_000)
    reason: Reason | None = None
    moved_at: AwareDatetime

    @model_validator(mode="after")
    def _a_movement(self) -> StockMove:
        if self.quantity == 0:
            raise ValueError("a movement moves something")
        if self.kind == "received" and self.quantity < 0:
            raise ValueError("goods received are a positive quantity")
        return self


@mutation("stock.move", StockMove, roles=FRONT_DESK)
def move_stock(ctx: ApplyContext, args: StockMove) -> None:
    """Record goods received, an adjustment or a count's difference on a product's stock."""
    if args.kind != "received" and ctx.actor.role not in MANAGEMENT:
        raise NotAllowed(
            f"the role {ctx.actor.role.value!r} may not record a stock {args.kind} movement",
            code="role_not_allowed",
            params={"role": ctx.actor.role.value, "mutation": "stock.move"},
        )
    reason = " ".join((args.reason or "").split()) or None
    if args.kind != "received" and reason is None:
        raise InvalidArguments(f"a stock {args.kind} movement needs a reason", code="reason_required")
    if ctx.get(product, args.product_id) is None:
        raise NotFound(f"product {args.product_id} does not exist in this studio", code="product_unknown")
    ctx.insert(
        stock_movement,
        {
            "id": args.movement_id,
            "product_id": args.product_id,
            "kind": args.kind,
            "quantity": args.quantity,
            "reason": reason,
            "sale_id": None,
            "moved_by": ctx.actor.staff_id,
            "moved_at": args.moved_at,
            "device_id": ctx.actor.device_id,
        },
    )


FINAL.update({"stock.move": "a stock movement is corrected by another movement (an adjustment)"})
