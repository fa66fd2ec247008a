"""Recording a closed sale (a checkout ticket) and the payments against it."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Any, Literal

from pydantic import AwareDatetime, Field, StrictInt, model_validator
from sqlalchemy import Select, bindparam, select

from kronos_core import transitions  # the module, not its names: it imports the mutation framework
from kronos_core.mutations.base import ApplyContext, MutationArgs, mutation
from kronos_core.mutations.fields import Centavos, PositiveCentavos, ShortText
from kronos_core.roles import EVERYONE, FRONT_DESK
from kronos_core.sales import line_amounts, line_total, sale_totals
from kronos_core.schema import appointment, client, commission_rule, payment, sale, sale_line, staff


class SaleLineArgs(MutationArgs):
    line_id: uuid.UUID
    kind: Literal["service", "product"] = "service"
    description: ShortText
    artist_id: uuid.UUID | None = None
    quantity: StrictInt = Field(default=1, ge=1, le=10_000)
    unit_price: Centavos
    discount: Centavos = 0

    @model_validator(mode="after")
    def _valid(self) -> SaleLineArgs:
        line_total(self.quantity, self.unit_price, self.discount)
        if not self.description.strip():
            raise ValueError("a line needs a description")
        return self


class SaleRecord(MutationArgs):
    sale_id: uuid.UUID
    number: str = Field(min_length=1, max_length=32)
    client_id: uuid.UUID | None = None
    appointment_id: uuid.UUID | None = None
    business_date: dt.date
    closed_at: AwareDatetime
    lines: list[SaleLineArgs] = Field(min_length=1, max_length=200)


def commission_in_force(ctx: ApplyContext, artist_id: uuid.UUID, on: dt.date) -> int | None:
    params = {"studio_id": ctx.actor.studio_id, "staff_id": artist_id, "on": on}
    rows = ctx.select_rows(_commission_query(), params)
    return None if not rows else int(rows[0]["rate_bps"])


@functools.cache
def _commission_query() -> Select[Any]:
    """The rule in force on a day, built once (every line of every sale asks it)."""
    r = commission_rule.c
    return (
        select(r.rate_bps)
        .where(
            r.studio_id == bindparam("studio_id"),
            r.staff_id == bindparam("staff_id"),
            r.deleted.is_(False),
            r.effective_from <= bindparam("on"),
        )
        .order_by(r.effective_from.desc(), r.id.desc())
        .limit(1)
    )


NUMBER_MAX_LENGTH = 32


def _number_taken(ctx: ApplyContext, number: str) -> uuid.UUID | None:
    """The sale (deleted ones too: the number stays theirs) holding ``number`` in the studio."""
    rows = ctx.select_rows(_number_query(), {"studio_id": ctx.actor.studio_id, "number": number})
    holder: uuid.UUID | None = rows[0]["id"] if rows else None
    return holder


@functools.cache
def _number_query() -> Select[Any]:
    """Who holds a number, built once (every sale asks it)."""
    return (
        select(sale.c.id)
        .where(sale.c.studio_id == bindparam("studio_id"), sale.c.number == bindparam("number"))
        .limit(1)
    )


def free_number(ctx: ApplyContext, wanted: str) -> tuple[str, uuid.UUID | None]:
    """``wanted`` if no sale of the studio has it, else the first free ``wanted-2``, ``wanted-3``, …
    (cut to fit the column), and the sale that holds ``wanted``.

    Deterministic given the database: the desk and the server run the same query, so a desk that
    already holds the other sale predicts the server's answer, and any desk converges on it."""
    holder = _number_taken(ctx, wanted)
    if holder is None:
        return wanted, None
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = wanted[: NUMBER_MAX_LENGTH - len(suffix)] + suffix
        if _number_taken(ctx, candidate) is None:
            return candidate, holder
        n += 1


@mutation("sale.record", SaleRecord, roles=FRONT_DESK)
def record_sale(ctx: ApplyContext, args: SaleRecord) -> None:
    """Close a ticket: its lines, the totals recomputed from them, and each line's shares.

    Numbers are made offline (a per-device prefix and counter), so two desks can still pick the
    same one: the sale that arrives second is renumbered, and a ``renumbered`` conflict says so."""
    if args.client_id is not None:
        ctx.require(client, args.client_id, "client")
    if args.appointment_id is not None:
        ctx.require(appointment, args.appointment_id, "appointment")
    totals = sale_totals([(ln.quantity, ln.unit_price, ln.discount) for ln in args.lines])
    number, holder = free_number(ctx, args.number)
    transitions.require_move("sale", None, "closed")
    ctx.insert(
        sale,
        {
            "id": args.sale_id,
            "number": number,
            "client_id": args.client_id,
            "appointment_id": args.appointment_id,
            "status": "closed",
            "subtotal": totals.subtotal,
            "discount_total": totals.discount_total,
            "total": totals.total,
            "business_date": args.business_date,
            "closed_at": args.closed_at,
        },
    )
    for position, ln in enumerate(args.lines, start=1):
        rate: int | None = None
        if ln.artist_id is not None:
            ctx.require(staff, ln.artist_id, "artist")
            rate = commission_in_force(ctx, ln.artist_id, args.business_date)
        amounts = line_amounts(ln.quantity, ln.unit_price, ln.discount, rate)
        ctx.insert(
            sale_line,
            {
                "id": ln.line_id,
                "sale_id": args.sale_id,
                "position": position,
                "kind": ln.kind,
                "description": ln.description.strip(),
                "artist_id": ln.artist_id,
                "quantity": ln.quantity,
                "unit_price": ln.unit_price,
                "discount": ln.discount,
                "total": amounts.total,
                "artist_share": amounts.artist_share,
                "studio_share": amounts.studio_share,
                "commission_bps": rate,
            },
        )
    if holder is not None:
        ctx.conflict(
            "renumbered",
            table=sale,
            row_ids=[args.sale_id, holder],
            mine={"number": args.number, "renumbered_to": number},
            theirs={"sale_id": str(holder), "number": args.number},
            detail=f"the number {args.number} was already used in this studio; this sale is now {number}",
        )


class PaymentRecord(MutationArgs):
    payment_id: uuid.UUID
    sale_id: uuid.UUID | None = None
    method: Literal["cash", "credit", "debit", "pix", "transfer", "voucher"]
    amount: PositiveCentavos
    tip: Centavos = 0
    taken_by: uuid.UUID | None = None
    business_date: dt.date
    received_at: AwareDatetime


@mutation("payment.record", PaymentRecord, roles=EVERYONE, never_refused=True)
def record_payment(ctx: ApplyContext, args: PaymentRecord) -> None:
    """Take a payment. Money received is never refused: it is stored, and each thing that is off
    becomes a ``needs_review`` conflict (the push answers ``applied`` with its id). The conflict's
    ``theirs`` is ``{"code", "params"}``, so each desk says it in its own language
    (kronos_desktop/ui/sync/change_words.py); ``detail`` is the English, for logs and the server."""
    sale_id = args.sale_id
    problems: list[tuple[str, dict[str, str], str]] = []  # (code, params, English detail)
    if sale_id is not None:
        target = ctx.get(sale, sale_id)
        if target is None:
            problems.append(
                (
                    "payment_sale_missing",
                    {"sale_id": str(sale_id)},
                    f"the sale {sale_id} does not exist; the payment is kept without a sale",
                )
            )
            sale_id = None
        elif target["status"] == "void":
            problems.append(
                (
                    "payment_sale_void",
                    {"number": str(target["number"])},
                    f"sale {target['number']} is void; the payment was taken anyway",
                )
            )
    taken_by = args.taken_by
    if taken_by is not None and ctx.get(staff, taken_by) is None:
        problems.append(
            (
                "payment_taker_unknown",
                {"staff_id": str(taken_by)},
                f"the staff member {taken_by} who took it is unknown here; the payment is kept without them",
            )
        )
        taken_by = None
    ctx.insert(
        payment,
        {
            "id": args.payment_id,
            "sale_id": sale_id,
            "method": args.method,
            "amount": args.amount,
            "tip": args.tip,
            "taken_by": taken_by,
            "device_id": ctx.actor.device_id,
            "business_date": args.business_date,
            "received_at": args.received_at,
        },
    )
    for code, params, detail in problems:
        ctx.conflict(
            "needs_review",
            table=payment,
            row_ids=[args.payment_id],
            mine=args.model_dump(mode="json"),
            theirs={"code": code, "params": {"amount": str(args.amount), "method": args.method, **params}},
            detail=detail,
        )
