"""Taking money: ``payment.record`` (never refused) for a sale, for a deposit (``deposit_id``),
with a card's brand, instalments, authorisation code and fee, PIX's end-to-end id, a cash payer's
tendered amount, a gift voucher it bought (``for_voucher_id``) or redeems (method ``voucher``,
``voucher_id``). Each thing that is off is a ``needs_review`` conflict (``theirs``: ``{"code",
"params"}``): a sale, deposit or voucher that is not here (``payment_sale_missing``,
``payment_deposit_missing``, ``payment_voucher_missing``: the payment is kept without it), a void
sale, an unknown taker, and a redemption that leaves its voucher below 0 (``voucher_overdrawn``,
params ``code`` and ``balance`` in centavos: two desks offline spent the same voucher; the server
sees it when the second arrives). (Refunds are kronos_core/mutations/refunds.py's.)
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, Field, StrictInt, model_validator
from sqlalchemy import Select, bindparam, func, select

from kronos_core.mutations.base import ApplyContext, MutationArgs, mutation
from kronos_core.mutations.fields import Centavos
from kronos_core.roles import EVERYONE
from kronos_core.schema import deposit, payment, sale, staff, voucher
from kronos_core.vouchers import balance

CardBrand = Literal["visa", "mastercard", "elo", "hipercard", "amex"]  # schema_base.CARD_BRANDS
Method = Literal["cash", "credit", "debit", "pix", "transfer", "voucher"]  # schema_base.PAYMENT_METHODS


def stored_text(value: str | None) -> str | None:
    """A typed text as stored: stripped, None when blank."""
    value = (value or "").strip()
    return value or None


class PaymentRecord(MutationArgs):
    payment_id: uuid.UUID
    sale_id: uuid.UUID | None = None
    deposit_id: uuid.UUID | None = None  # a deposit's money (deposit.take, batched with it)
    method: Method
    amount: Centavos  # to the ticket (0: a payment that is all tip)
    tip: Centavos = 0
    taken_by: uuid.UUID | None = None
    business_date: dt.date
    received_at: AwareDatetime
    card_brand: CardBrand | None = None
    instalments: StrictInt | None = Field(default=None, ge=1, le=24)
    auth_code: Annotated[str, Field(max_length=40)] | None = None  # the machine's authorisation code / NSU
    card_fee: Centavos = 0
    pix_e2e_id: Annotated[str, Field(max_length=64)] | None = None
    cash_tendered: Centavos | None = None  # what a cash payer handed over (change = this - amount - tip)
    voucher_id: uuid.UUID | None = None  # the gift voucher this pays with (method "voucher")
    for_voucher_id: uuid.UUID | None = None  # the gift voucher this money bought (voucher.sell)

    @model_validator(mode="after")
    def _some_money(self) -> PaymentRecord:
        if self.amount + self.tip == 0:
            raise ValueError("a payment takes some money")
        if (self.method == "voucher") != (self.voucher_id is not None):
            raise ValueError("a voucher payment names its voucher, and only a voucher payment does")
        if self.method == "voucher" and self.for_voucher_id is not None:
            raise ValueError("a voucher is not bought with another voucher")
        return self


@functools.cache
def _spent_query() -> Select[Any]:
    """Σ amount + tip of the payments naming a voucher (refunds of them are negative), built once."""
    p = payment.c
    return select(func.coalesce(func.sum(p.amount + p.tip), 0).label("spent")).where(
        p.studio_id == bindparam("studio_id"),
        p.voucher_id == bindparam("voucher_id"),
        p.deleted.is_(False),
    )


def voucher_balance(ctx: ApplyContext, row: dict[str, Any]) -> int:
    """What is left on the voucher ``row``: its value less its redemptions (amount and tip) plus
    what refunds of them gave back (they name the voucher too, their amount negative)."""
    rows = ctx.select_rows(_spent_query(), {"studio_id": ctx.actor.studio_id, "voucher_id": row["id"]})
    spent = int(rows[0]["spent"]) if rows else 0
    return balance(int(row["amount"]), [max(spent, 0)], [max(-spent, 0)])


Problem = tuple[str, dict[str, str], str]  # (code, params, English detail)


def _voucher(ctx: ApplyContext, voucher_id: uuid.UUID | None, problems: list[Problem]) -> dict[str, Any] | None:
    """The voucher a payment names (spent or bought), or None; one that is not here is a problem
    (the payment is kept without it)."""
    if voucher_id is None:
        return None
    row = ctx.get(voucher, voucher_id)
    if row is None:
        detail = f"the voucher {voucher_id} does not exist; the payment is kept without it"
        problems.append(("payment_voucher_missing", {"voucher_id": str(voucher_id)}, detail))
    return row


@mutation("payment.record", PaymentRecord, roles=EVERYONE, never_refused=True)
def record_payment(ctx: ApplyContext, args: PaymentRecord) -> None:
    """Take a payment. Money received is never refused: it is stored, and each thing that is off
    becomes a ``needs_review`` conflict (the push answers ``applied`` with its id). The conflict's
    ``theirs`` is ``{"code", "params"}``, so each desk says it in its own language
    (kronos_desktop/ui/sync/change_words.py); ``detail`` is the English, for logs and the server."""
    sale_id, deposit_id = args.sale_id, args.deposit_id
    problems: list[Problem] = []
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
    if deposit_id is not None and ctx.get(deposit, deposit_id) is None:
        problems.append(
            (
                "payment_deposit_missing",
                {"deposit_id": str(deposit_id)},
                f"the deposit {deposit_id} does not exist; the payment is kept without it",
            )
        )
        deposit_id = None
    redeemed = _voucher(ctx, args.voucher_id, problems)
    bought = _voucher(ctx, args.for_voucher_id, problems)
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
            "deposit_id": deposit_id,
            "method": args.method,
            "amount": args.amount,
            "tip": args.tip,
            "taken_by": taken_by,
            "device_id": ctx.actor.device_id,
            "business_date": args.business_date,
            "received_at": args.received_at,
            "card_brand": args.card_brand,
            "instalments": args.instalments,
            "auth_code": stored_text(args.auth_code),
            "card_fee": args.card_fee,
            "pix_e2e_id": stored_text(args.pix_e2e_id),
            "cash_tendered": args.cash_tendered,
            "voucher_id": None if redeemed is None else redeemed["id"],
            "for_voucher_id": None if bought is None else bought["id"],
        },
    )
    if redeemed is not None:
        left = voucher_balance(ctx, redeemed)
        if left < 0:
            problems.append(
                (
                    "voucher_overdrawn",
                    {"code": str(redeemed["code"]), "balance": str(left)},
                    f"the voucher {redeemed['code']} is overdrawn: its balance is {left} after this payment",
                )
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
