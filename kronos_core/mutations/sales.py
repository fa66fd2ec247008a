"""Recording a closed sale (a checkout ticket) and the payments against it.

``sale.record`` closes a ticket (issue 15): its lines with their own discounts, the ticket's
discount spread over them, the card machines' fees, each line's artist and studio shares fixed
from the commission rule in force on the business date on the gross or the net of the fees as the
studio says (kronos_core.ticket.close_lines: one rounding rule), each tip split by its artist's
rule's tip share (``sale_tip``), and each deposit applied (held → applied, its ``deposit_entry``
"applied"). A deposit no longer held (applied, forfeited or moved elsewhere meanwhile, offline)
does not block the sale: it is stored without it and a ``needs_review`` conflict
(``deposit_not_held``) says so; the same for a deposit of another client
(``deposit_other_client``). Refused: a discount above the ticket (``discount_above_total``), the
deposits applied above its total (``deposit_above_total``), a product or artist unknown here.
Each product line takes its quantity out of stock: a ``stock_movement`` "sold" (issue 16).

``payment.record`` is kronos_core/mutations/payments.py's (re-exported here).
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, Field, StrictInt, model_validator
from sqlalchemy import Select, bindparam, select

from kronos_core import (
    ticket,
    transitions,  # the module, not its names: it imports the mutation framework
)
from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, mutation
from kronos_core.mutations.client_merge import kept_id
from kronos_core.mutations.fields import Bps, Centavos, LongText, PositiveCentavos, ShortText
from kronos_core.mutations.payments import PaymentRecord as PaymentRecord  # registers payment.record
from kronos_core.mutations.payments import stored_text as _text
from kronos_core.roles import FRONT_DESK
from kronos_core.sales import line_total
from kronos_core.schema import (
    appointment,
    client,
    commission_rule,
    deposit,
    deposit_entry,
    product,
    sale,
    sale_line,
    sale_tip,
    staff,
    stock_movement,
    studio,
)


def _document(value: str) -> str:
    """A CPF (11 digits) or CNPJ (14 characters: the alphanumeric CNPJ of 2026 included) as typed,
    kept without its punctuation, upper case."""
    kept = "".join(ch for ch in value.upper() if ch.isascii() and ch.isalnum())
    if len(kept) == 11 and kept.isdigit():
        return kept
    if len(kept) == 14 and kept[12:].isdigit():
        return kept
    if kept:
        raise ValueError("a CPF has 11 digits and a CNPJ 14 characters")
    return ""


# Fiscal fields (a later NFS-e): the client's CPF or CNPJ, stored without punctuation.
FiscalDocument = Annotated[str, Field(max_length=40), AfterValidator(_document)]


class SaleLineArgs(MutationArgs):
    line_id: uuid.UUID
    kind: Literal["service", "product"] = "service"
    description: ShortText
    artist_id: uuid.UUID | None = None
    product_id: uuid.UUID | None = None
    quantity: StrictInt = Field(default=1, ge=1, le=10_000)
    unit_price: Centavos
    discount: Centavos = 0  # the line's OWN discount, in centavos (the ticket's is spread at close)
    discount_bps: Bps | None = None  # when the discount was typed as a percent (``discount`` is it)
    discount_reason: ShortText | None = None

    @model_validator(mode="after")
    def _valid(self) -> SaleLineArgs:
        line_total(self.quantity, self.unit_price, self.discount)
        if not self.description.strip():
            raise ValueError("a line needs a description")
        if self.product_id is not None and self.kind != "product":
            raise ValueError("only a product line names a product")
        if self.discount_bps is not None and self.discount != ticket.percent_of(
            self.quantity * self.unit_price, self.discount_bps
        ):
            raise ValueError("the discount is not the percent it was typed as")
        return self


class SaleTipArgs(MutationArgs):
    tip_id: uuid.UUID
    artist_id: uuid.UUID
    amount: PositiveCentavos


class SaleRecord(MutationArgs):
    sale_id: uuid.UUID
    number: str = Field(min_length=1, max_length=32)
    client_id: uuid.UUID | None = None
    appointment_id: uuid.UUID | None = None
    business_date: dt.date
    closed_at: AwareDatetime
    lines: list[SaleLineArgs] = Field(min_length=1, max_length=200)
    ticket_discount: Centavos = 0
    ticket_discount_reason: ShortText | None = None
    tips: list[SaleTipArgs] = Field(default_factory=list, max_length=50)
    deposit_ids: list[uuid.UUID] = Field(default_factory=list, max_length=20)
    card_fee_total: Centavos = 0
    fiscal_document: FiscalDocument | None = None
    fiscal_name: ShortText | None = None
    fiscal_address: LongText | None = None
    service_description: LongText | None = None

    @model_validator(mode="after")
    def _once_each(self) -> SaleRecord:
        if len(set(self.deposit_ids)) != len(self.deposit_ids):
            raise ValueError("a deposit is applied once")
        ids = [ln.line_id for ln in self.lines] + [t.tip_id for t in self.tips]
        if len(set(ids)) != len(ids):
            raise ValueError("each line and tip has its own id")
        return self


@functools.cache
def _rule_query() -> Select[Any]:
    """The rule in force on a day, built once (every line of every sale asks it)."""
    r = commission_rule.c
    return (
        select(r.rate_bps, r.tip_share_bps)
        .where(
            r.studio_id == bindparam("studio_id"),
            r.staff_id == bindparam("staff_id"),
            r.deleted.is_(False),
            r.effective_from <= bindparam("on"),
        )
        .order_by(r.effective_from.desc(), r.id.desc())
        .limit(1)
    )


def rule_in_force(ctx: ApplyContext, artist_id: uuid.UUID, on: dt.date) -> tuple[int, int] | None:
    """(rate, tip share) in basis points of the artist's rule in force on ``on``; None: no rule."""
    params = {"studio_id": ctx.actor.studio_id, "staff_id": artist_id, "on": on}
    rows = ctx.select_rows(_rule_query(), params)
    return None if not rows else (int(rows[0]["rate_bps"]), int(rows[0]["tip_share_bps"]))


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
    """Close a ticket: its lines, the totals recomputed from them, each line's shares, the tips,
    the deposits applied.

    Numbers are made offline (a per-device prefix and counter), so two desks can still pick the
    same one: the sale that arrives second is renumbered, and a ``renumbered`` conflict says so."""
    if args.client_id is not None:
        ctx.require(client, args.client_id, "client")
    if args.appointment_id is not None:
        ctx.require(appointment, args.appointment_id, "appointment")
    rules: dict[uuid.UUID, tuple[int, int] | None] = {}
    for artist_id in [ln.artist_id for ln in args.lines if ln.artist_id] + [t.artist_id for t in args.tips]:
        if artist_id not in rules:
            ctx.require(staff, artist_id, "artist")
            rules[artist_id] = rule_in_force(ctx, artist_id, args.business_date)
    for ln in args.lines:
        if ln.product_id is not None:
            ctx.require(product, ln.product_id, "product")
    lines = [
        ticket.DraftLine(ln.line_id, ln.kind, ln.description, ln.artist_id, ln.product_id, ln.quantity,
                         ln.unit_price, discount_amount=ln.discount)
        for ln in args.lines
    ]  # fmt: skip
    base = ctx.require(studio, ctx.actor.studio_id, "studio")["commission_base"]
    rates = {artist: None if rule is None else rule[0] for artist, rule in rules.items()}
    try:
        closed = ticket.close_lines(lines, args.ticket_discount, args.card_fee_total, rates, base)
    except ticket.TicketError as exc:
        raise InvalidArguments(str(exc), code=exc.code) from None
    total = sum(c.total for c in closed)
    applied, problems = _deposits_to_apply(ctx, args)
    deposit_total = sum(int(d["amount"]) for d in applied)
    if deposit_total > total:
        raise InvalidArguments(
            f"the deposits applied ({deposit_total}) are more than the ticket's total ({total})",
            code="deposit_above_total",
        )
    number, holder = free_number(ctx, args.number)
    transitions.require_move("sale", None, "closed")
    subtotal = sum(ticket.line_gross(ln) for ln in lines)
    ctx.insert(
        sale,
        {
            "id": args.sale_id,
            "number": number,
            "client_id": args.client_id,
            "appointment_id": args.appointment_id,
            "status": "closed",
            "subtotal": subtotal,
            "discount_total": subtotal - total,
            "total": total,
            "business_date": args.business_date,
            "closed_at": args.closed_at,
            "ticket_discount": args.ticket_discount,
            "ticket_discount_reason": _text(args.ticket_discount_reason),
            "deposit_applied": deposit_total,
            "tip_total": sum(t.amount for t in args.tips),
            "card_fee_total": args.card_fee_total,
            "device_id": ctx.actor.device_id,
            "fiscal_document": args.fiscal_document or None,
            "fiscal_name": _text(args.fiscal_name),
            "fiscal_address": _text(args.fiscal_address),
            "service_description": _text(args.service_description),
        },
    )
    for position, (ln, done) in enumerate(zip(args.lines, closed, strict=True), start=1):
        ctx.insert(
            sale_line,
            {
                "id": ln.line_id,
                "sale_id": args.sale_id,
                "position": position,
                "kind": ln.kind,
                "description": ln.description.strip(),
                "artist_id": ln.artist_id,
                "product_id": ln.product_id,
                "quantity": ln.quantity,
                "unit_price": ln.unit_price,
                "discount": done.discount,
                "discount_bps": ln.discount_bps,
                "discount_reason": _text(ln.discount_reason),
                "ticket_discount_share": done.ticket_discount_share,
                "fee_share": done.fee_share,
                "total": done.total,
                "artist_share": done.artist_share,
                "studio_share": done.studio_share,
                "commission_bps": done.commission_bps,
            },
        )
    for tip in args.tips:
        rule = rules[tip.artist_id]
        share_bps = ticket.BPS if rule is None else rule[1]  # no rule: the tip is the artist's
        artist_share, studio_share = ticket.tip_shares(tip.amount, share_bps)
        ctx.insert(
            sale_tip,
            {
                "id": tip.tip_id,
                "sale_id": args.sale_id,
                "artist_id": tip.artist_id,
                "amount": tip.amount,
                "artist_share": artist_share,
                "studio_share": studio_share,
                "tip_share_bps": share_bps,
            },
        )
    for row in applied:
        _apply_deposit(ctx, args, row)
    for ln in args.lines:
        if ln.product_id is not None:
            ctx.insert(
                stock_movement,
                {
                    "id": ctx.derived_id(f"stock_movement:{ln.line_id}:sold"),
                    "product_id": ln.product_id,
                    "kind": "sold",
                    "quantity": -ln.quantity,
                    "reason": None,
                    "sale_id": args.sale_id,
                    "moved_by": ctx.actor.staff_id,
                    "moved_at": args.closed_at,
                    "device_id": ctx.actor.device_id,
                },
            )
    for code, deposit_id, params, detail in problems:
        ctx.conflict(
            "needs_review",
            table=deposit,
            row_ids=[args.sale_id, deposit_id],
            mine=args.model_dump(mode="json"),
            theirs={"code": code, "params": {"number": number, **params}},
            detail=f"sale {number}: {detail}",
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


Problem = tuple[str, uuid.UUID, dict[str, str], str]  # (code, deposit id, params, English detail)


def _deposits_to_apply(ctx: ApplyContext, args: SaleRecord) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The deposits this sale applies (held, the sale's client's through merges), and why any
    other named is left out."""
    applied: list[dict[str, Any]] = []
    problems: list[Problem] = []
    buyer = kept_id(ctx, args.client_id) if args.client_id is not None else None
    for deposit_id in args.deposit_ids:
        row = ctx.get(deposit, deposit_id)
        status = "unknown" if row is None else str(row["status"])
        if row is None or status != "held":
            detail = f"the deposit {deposit_id} is {status}, not held: it was not applied"
            problems.append(("deposit_not_held", deposit_id, {"status": status}, detail))
        elif buyer is not None and kept_id(ctx, row["client_id"]) != buyer:
            detail = f"the deposit {deposit_id} is another client's: it was not applied"
            problems.append(("deposit_other_client", deposit_id, {"amount": str(row["amount"])}, detail))
        else:
            applied.append(row)
    return applied, problems


def _apply_deposit(ctx: ApplyContext, args: SaleRecord, row: dict[str, Any]) -> None:
    """A held deposit applied to the sale: its status and sale, and its ledger's "applied" entry."""
    ctx.update(deposit, row["id"], {"status": "applied", "sale_id": args.sale_id})
    ctx.insert(
        deposit_entry,
        {
            "id": ctx.derived_id(f"deposit_entry:{row['id']}:applied"),
            "deposit_id": row["id"],
            "kind": "applied",
            "amount": row["amount"],
            "sale_id": args.sale_id,
            "note": None,
            "business_date": args.business_date,
            "occurred_at": args.closed_at,
        },
    )
