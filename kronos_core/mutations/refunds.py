"""Giving money back and voiding a closed ticket (issue 15): ``payment.refund`` and ``sale.void``.

A closed ticket and its payments are never edited nor deleted. A refund is a new payment row,
its ``amount`` negative, pointing at the payment it gives back (``refund_of``), with the same
method, sale and deposit, the reason, and who did it (``taken_by``). It is money that left the
drawer, so like every payment it is never refused: it is stored, and a ``needs_review`` conflict
says what is off (``theirs``: ``{"code", "params"}``):

- ``refund_role``: the role it ran under does not give money back (owners and managers do); a
  refund made offline on a desk whose role was narrowed meanwhile is kept, never lost;
- ``refund_exceeds``: more than the payment took (its amount and tip) less its earlier refunds
  (kronos_core.ticket.refundable);
- ``refund_of_unknown``: the payment it names is not in this studio. The row cannot point at a
  payment that is not there, so it points at itself (``refund_of`` = its own id: a refund of
  something unknown) and the method is the one given (cash when none).

Each refund adds an ``audit_event`` "payment.refund" (ids, amount, flags; not the reason's words).
A refund names the gift voucher its payment redeemed or bought (``voucher_id``,
``for_voucher_id``): a redemption refunded goes back onto the voucher's balance.

``sale.void`` (owners and managers): a closed ticket becomes void with its reason, when and by
whom, and an ``audit_event`` "sale.void". Its payments are refunded by ``payment.refund``s the
desk batches with it (kronos_desktop.ops.checkout.void_sale); its lines and shares stay as they
were (a report leaves void sales out). The deposits the ticket applied go back to the client:
each is ``held`` again (``sale_id`` None) with a ``deposit_entry`` "returned" (its amount, the
sale, the void's reason as its note), so the sinal is there for the next ticket; the sale's own
``deposit_applied`` stays as it was closed. The products it sold go back to stock: a
``stock_movement`` "returned" of each product line's quantity (issue 16).
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, Field
from sqlalchemy import Select, bindparam, func, select

from kronos_core import ticket, transitions
from kronos_core.mutations.appointments import studio_zone
from kronos_core.mutations.base import ApplyContext, MutationArgs, StaleTarget, mutation
from kronos_core.mutations.fields import PositiveCentavos
from kronos_core.mutations.inverses import FINAL
from kronos_core.mutations.payments import Method
from kronos_core.roles import MANAGEMENT
from kronos_core.schema import deposit, deposit_entry, payment, sale, sale_line, staff, stock_movement


def _reason(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("a reason must be given")
    return value


Reason = Annotated[str, Field(max_length=2000), AfterValidator(_reason)]


class PaymentRefund(MutationArgs):
    payment_id: uuid.UUID  # the refund's own row
    refund_of: uuid.UUID  # the payment it gives back
    amount: PositiveCentavos  # given back (stored negative)
    reason: Reason
    business_date: dt.date
    received_at: AwareDatetime  # when the money left
    method: Method | None = None  # None: the refunded payment's


class SaleVoid(MutationArgs):
    sale_id: uuid.UUID
    reason: Reason
    voided_at: AwareDatetime
    business_date: dt.date | None = None  # the returned deposits' ledger date; None: the studio's day of voided_at


@functools.cache
def _applied_deposits_query() -> Select[Any]:
    """The deposits applied to a sale (still applied: nothing moves an applied deposit but this)."""
    d = deposit.c
    return (
        select(d.id, d.amount)
        .where(
            d.studio_id == bindparam("studio_id"),
            d.sale_id == bindparam("sale_id"),
            d.status == "applied",
            d.deleted.is_(False),
        )
        .order_by(d.id)
    )


@functools.cache
def _refunded_query() -> Select[Any]:
    """Σ the refunds of a payment so far (negative), built once."""
    p = payment.c
    return select(func.coalesce(func.sum(p.amount), 0).label("refunded")).where(
        p.studio_id == bindparam("studio_id"),
        p.refund_of == bindparam("payment_id"),
        p.id != bindparam("payment_id"),
        p.deleted.is_(False),
    )


def refunded_so_far(ctx: ApplyContext, payment_id: uuid.UUID) -> int:
    rows = ctx.select_rows(_refunded_query(), {"studio_id": ctx.actor.studio_id, "payment_id": payment_id})
    return int(rows[0]["refunded"]) if rows else 0


@mutation("payment.refund", PaymentRefund, roles=MANAGEMENT, never_refused=True)
def refund_payment(ctx: ApplyContext, args: PaymentRefund) -> None:
    """Give back money of a payment: a new negative payment pointing at it, never refused."""
    problems: list[tuple[str, dict[str, str], str]] = []  # (code, params, English detail)
    if ctx.actor.role not in MANAGEMENT:
        problems.append(
            (
                "refund_role",
                {"role": ctx.actor.role.value},
                f"the role {ctx.actor.role.value!r} does not give refunds; the refund was kept",
            )
        )
    original = ctx.get(payment, args.refund_of)
    if original is None:
        problems.append(
            (
                "refund_of_unknown",
                {"payment_id": str(args.refund_of)},
                f"the payment {args.refund_of} is not in this studio; the refund was kept without it",
            )
        )
        refund_of, sale_id, deposit_id = args.payment_id, None, None
        voucher_id = for_voucher_id = None
        method = args.method or "cash"
    else:
        refund_of, sale_id, deposit_id = args.refund_of, original["sale_id"], original["deposit_id"]
        voucher_id, for_voucher_id = original["voucher_id"], original["for_voucher_id"]
        method = args.method or original["method"]
        took = int(original["amount"]) + int(original["tip"]) if original["refund_of"] is None else 0
        left = ticket.refundable(took, refunded_so_far(ctx, args.refund_of))
        if args.amount > left:
            problems.append(
                (
                    "refund_exceeds",
                    {"left": str(left)},
                    f"the refund of {args.amount} is more than the {left} the payment still holds; kept",
                )
            )
    taken_by = ctx.actor.staff_id if ctx.actor.staff_id and ctx.get(staff, ctx.actor.staff_id) else None
    ctx.insert(
        payment,
        {
            "id": args.payment_id,
            "sale_id": sale_id,
            "deposit_id": deposit_id,
            "method": method,
            "amount": -args.amount,
            "tip": 0,
            "refund_of": refund_of,
            "taken_by": taken_by,
            "device_id": ctx.actor.device_id,
            "business_date": args.business_date,
            "received_at": args.received_at,
            "reason": args.reason,
            "voucher_id": voucher_id,
            "for_voucher_id": for_voucher_id,
        },
    )
    detail = {"refund_of": str(args.refund_of), "amount": args.amount, "method": method}
    ctx.audit("payment.refund", payment, args.payment_id, detail={**detail, "flags": [p[0] for p in problems]})
    for code, params, english in problems:
        ctx.conflict(
            "needs_review",
            table=payment,
            row_ids=[args.payment_id, args.refund_of],
            mine=args.model_dump(mode="json"),
            theirs={"code": code, "params": {"amount": str(args.amount), "method": method, **params}},
            detail=english,
        )


@mutation("sale.void", SaleVoid, roles=MANAGEMENT)
def void_sale(ctx: ApplyContext, args: SaleVoid) -> None:
    """A closed ticket becomes void (``status_move_not_allowed`` for one already void)."""
    row = ctx.require(sale, args.sale_id, "sale")
    if row["status"] == "void":  # the status table lets a row "move" to the status it has
        raise StaleTarget(
            f"sale {row['number']} is already void",
            code="status_move_not_allowed",
            params={"kind": "sale", "from": "void", "to": "void"},
        )
    transitions.require_move("sale", row["status"], "void")
    ctx.update(
        sale,
        args.sale_id,
        {"status": "void", "void_reason": args.reason, "voided_at": args.voided_at, "voided_by": ctx.actor.staff_id},
    )
    ctx.audit("sale.void", sale, args.sale_id, detail={"number": row["number"], "total": row["total"]})
    _return_deposits(ctx, args)
    _return_stock(ctx, args)


@functools.cache
def _product_lines_query() -> Select[Any]:
    """The product lines of a sale, built once."""
    ln = sale_line.c
    return (
        select(ln.id, ln.product_id, ln.quantity)
        .where(
            ln.studio_id == bindparam("studio_id"),
            ln.sale_id == bindparam("sale_id"),
            ln.product_id.is_not(None),
            ln.deleted.is_(False),
        )
        .order_by(ln.position, ln.id)
    )


def _return_stock(ctx: ApplyContext, args: SaleVoid) -> None:
    """What the void ticket sold back in stock: a "returned" movement per product line."""
    rows = ctx.select_rows(_product_lines_query(), {"studio_id": ctx.actor.studio_id, "sale_id": args.sale_id})
    for row in rows:
        ctx.insert(
            stock_movement,
            {
                "id": ctx.derived_id(f"stock_movement:{row['id']}:returned"),
                "product_id": row["product_id"],
                "kind": "returned",
                "quantity": int(row["quantity"]),
                "reason": None,
                "sale_id": args.sale_id,
                "moved_by": ctx.actor.staff_id,
                "moved_at": args.voided_at,
                "device_id": ctx.actor.device_id,
            },
        )


def _return_deposits(ctx: ApplyContext, args: SaleVoid) -> None:
    """The void ticket's deposits held again for the client, each with its "returned" entry."""
    rows = ctx.select_rows(_applied_deposits_query(), {"studio_id": ctx.actor.studio_id, "sale_id": args.sale_id})
    if not rows:
        return
    zone, _ = studio_zone(ctx)
    day = args.business_date or args.voided_at.astimezone(zone).date()
    for row in rows:
        ctx.update(deposit, row["id"], {"status": "held", "sale_id": None})
        ctx.insert(
            deposit_entry,
            {
                "id": ctx.derived_id(f"deposit_entry:{row['id']}:returned"),
                "deposit_id": row["id"],
                "kind": "returned",
                "amount": row["amount"],
                "sale_id": args.sale_id,
                "note": args.reason,
                "business_date": day,
                "occurred_at": args.voided_at,
            },
        )


FINAL.update(
    {
        "payment.refund": "money given back is never taken back here: a new payment would be its own change",
        "sale.void": "a void ticket stays void: ring a new one",
    }
)
