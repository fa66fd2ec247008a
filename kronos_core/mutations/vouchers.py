"""Gift vouchers (vale-presente, issue 16): ``voucher.sell``.

A voucher is sold with its code (kronos_core.vouchers.new_code, normalised ``XXXX-XXXX``) and
value; the money that bought it is one or more ``payment.record`` batched with it by the desk
(``for_voucher_id``). It is spent by payments of method ``voucher`` (``payment.voucher_id``):
its balance is its value less those (amount and tip) plus what refunds of them gave back
(kronos_core.mutations.payments.voucher_balance). A redemption is money and never refused: one that leaves the balance
below 0 (two desks offline spending the same voucher) is stored and flagged ``voucher_overdrawn``
(kronos_core/mutations/payments.py).

Refused: a code the studio already has (``voucher_code_taken``, params ``code``).
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Annotated, Any

from pydantic import AfterValidator, Field, model_validator
from sqlalchemy import Select, bindparam, select

from kronos_core import vouchers as rules
from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, mutation
from kronos_core.mutations.fields import PositiveCentavos
from kronos_core.mutations.inverses import FINAL
from kronos_core.mutations.payments import stored_text
from kronos_core.roles import EVERYONE
from kronos_core.schema import client, voucher


def _code(value: str) -> str:
    code = rules.normalise_code(value)
    if not rules.is_code(code):
        raise ValueError("a voucher code is 8 letters and digits, like K7QX-M4P9")
    return code


VoucherCode = Annotated[str, Field(max_length=40), AfterValidator(_code)]
PersonName = Annotated[str, Field(max_length=120)]
Note = Annotated[str, Field(max_length=2000)]


class VoucherSell(MutationArgs):
    voucher_id: uuid.UUID
    code: VoucherCode
    amount: PositiveCentavos
    sold_on: dt.date
    client_id: uuid.UUID | None = None
    buyer_name: PersonName | None = None
    recipient_name: PersonName | None = None
    expires_on: dt.date | None = None
    note: Note | None = None

    @model_validator(mode="after")
    def _expiry_after_sale(self) -> VoucherSell:
        if self.expires_on is not None and self.expires_on < self.sold_on:
            raise ValueError("a voucher cannot expire before it is sold")
        return self


@functools.cache
def _code_query() -> Select[Any]:
    """The voucher (deleted ones too: a code is never given twice) holding a code, built once."""
    v = voucher.c
    return select(v.id).where(v.studio_id == bindparam("studio_id"), v.code == bindparam("code")).limit(1)


@mutation("voucher.sell", VoucherSell, roles=EVERYONE)
def sell_voucher(ctx: ApplyContext, args: VoucherSell) -> None:
    """Sell a voucher: its row (the money is the payments batched with it)."""
    taken = ctx.select_rows(_code_query(), {"studio_id": ctx.actor.studio_id, "code": args.code})
    if taken:
        raise InvalidArguments(
            f"the voucher code {args.code} is already used in this studio",
            code="voucher_code_taken",
            params={"code": args.code},
        )
    if args.client_id is not None:
        ctx.require(client, args.client_id, "client")
    ctx.insert(
        voucher,
        {
            "id": args.voucher_id,
            "code": args.code,
            "amount": args.amount,
            "sold_on": args.sold_on,
            "sold_by": ctx.actor.staff_id,
            "client_id": args.client_id,
            "buyer_name": stored_text(args.buyer_name),
            "recipient_name": stored_text(args.recipient_name),
            "expires_on": args.expires_on,
            "note": stored_text(args.note),
            "device_id": ctx.actor.device_id,
        },
    )


FINAL.update({"voucher.sell": "a sold voucher is money taken: its payments are refunded, never unsold"})
