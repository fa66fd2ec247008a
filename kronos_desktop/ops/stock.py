"""Ops of the products' stock (issue 16): receive goods, adjust a level (with its reason), record a
count, and save a product with its low-stock mark. Each movement is a ``stock.move`` (an
append-only ledger row; the rules are kronos_core/mutations/stock.py's and kronos_core.stock's).

What is plainly wrong is refused here, before anything is written (:class:`StockRefused`, a
:class:`~kronos_core.mutations.MutationError` with a stable ``code``):

- ``stock_received_not_positive``: a delivery of 0 or fewer;
- ``stock_quantity_zero``: an adjustment of 0 (it would change nothing);
- ``reason_required``: an adjustment or a count without its reason (as the mutation says it);
- ``stock_count_negative``: a counted quantity below 0 (``params["product_id"]``: the first);
- ``stock_count_matches``: every count agrees with the level the desk knows: nothing to record.

A count records, in ONE transaction, a ``counted`` movement for each product whose counted
quantity differs from its level at the moment of the write (a sale closed on this desk while
the count was being typed is taken into account), and nothing for the others. Instants are the
desk's clock when the write runs."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy import Connection

from kronos_core import stock
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_desktop.ops.checkout import Mutations, merged
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore
from kronos_desktop.store.queries.stock import level_of


class StockRefused(MutationError):
    """A stock movement the desk will not record (see the module's codes). Nothing was written."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message, code=code, params=dict(params))


def _reason(reason: str | None) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise StockRefused("reason_required", "a stock adjustment or count needs a reason")
    return text


def _move(
    product_id: uuid.UUID, kind: str, quantity: int, reason: str | None, *, staff_id: uuid.UUID | None,
    parent: QWidget | None,
) -> MutationOp:  # fmt: skip
    def write(store: LocalStore) -> Applied:
        args = {
            "movement_id": uuid7(),
            "product_id": product_id,
            "kind": kind,
            "quantity": quantity,
            "reason": reason,
            "moved_at": store.now(),
        }
        return store.apply("stock.move", args, staff_id=staff_id)

    return MutationOp("stock.move", parent=parent, staff_id=staff_id, write=write)


def receive(
    product_id: uuid.UUID,
    quantity: int,
    *,
    note: str | None = None,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Goods arrived: ``quantity`` (> 0) more of the product (``note``: a supplier, an invoice)."""
    if quantity <= 0:
        raise StockRefused("stock_received_not_positive", "a delivery brings at least one")
    text = " ".join((note or "").split()) or None
    return _move(product_id, "received", quantity, text, staff_id=staff_id, parent=parent)


def adjust(
    product_id: uuid.UUID,
    quantity: int,
    reason: str,
    *,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Change a level by ``quantity`` (signed, not 0: -1 for a broken jar), for ``reason``."""
    if quantity == 0:
        raise StockRefused("stock_quantity_zero", "an adjustment of 0 changes nothing")
    return _move(product_id, "adjusted", quantity, _reason(reason), staff_id=staff_id, parent=parent)


def count_moves(known: Mapping[uuid.UUID, int], counted: Mapping[uuid.UUID, int]) -> dict[uuid.UUID, int]:
    """The ``counted`` movements a count makes: for each product counted, what was found less what
    was known, when they differ (kronos_core.stock.count_quantity)."""
    out: dict[uuid.UUID, int] = {}
    for product_id, found in counted.items():
        moved = stock.count_quantity(known.get(product_id, 0), found)
        if moved is not None:
            out[product_id] = moved
    return out


def _counted(product_id: uuid.UUID, moved: int, reason: str, at: dt.datetime) -> dict[str, Any]:
    return {
        "movement_id": uuid7(),
        "product_id": product_id,
        "kind": "counted",
        "quantity": moved,
        "reason": reason,
        "moved_at": at,
    }


def count(
    counted: Mapping[uuid.UUID, int],
    reason: str,
    *,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Record a stock count: ``counted`` maps each product counted to what was found on the shelf
    (products left out were not counted). Only the differences are written."""
    for product_id, found in counted.items():
        if found < 0:
            raise StockRefused("stock_count_negative", "a count cannot be below 0", product_id=str(product_id))
    why = _reason(reason)
    wanted = dict(counted)

    def write(store: LocalStore) -> Applied:
        at = store.now()

        def build(conn: Connection) -> Mutations:
            known = {product_id: level_of(conn, product_id) for product_id in wanted}
            moves = count_moves(known, wanted)
            if not moves:
                raise StockRefused("stock_count_matches", "every count matches the stock: nothing to record")
            return [("stock.move", _counted(product_id, moved, why, at)) for product_id, moved in moves.items()]

        return merged(store.apply_many(build, staff_id=staff_id))

    return MutationOp("stock.move", parent=parent, staff_id=staff_id, write=write)
