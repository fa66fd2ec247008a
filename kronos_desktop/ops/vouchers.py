"""Ops of gift vouchers (vale-presente, issue 16). Selling one is ``voucher.sell`` and the money
that bought it (``payment.record`` with ``for_voucher_id``), in one transaction. Spending one is a
payment of method ``voucher`` on a ticket: ops/checkout.py's close checks its balance in the
close's own transaction (``refuse_spent_vouchers``)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget
from sqlalchemy import Connection, select

from kronos_core import ticket
from kronos_core import vouchers as rules
from kronos_desktop.ops.checkout import CheckoutRefused, Mutations, instalments_max, merged, payment_args, taker
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore
from kronos_desktop.store.local_schema import replica
from kronos_desktop.store.queries.vouchers import code_taken

if TYPE_CHECKING:
    from kronos_core.mutations import MutationArgs

_DRAWS = 20  # new codes tried before giving up (32^8 codes: a clash is already rare)


def money_problems(amount: int, money: Sequence[ticket.DraftPayment], *, instalments_max: int = 12) -> list[str]:
    """Why ``money`` cannot buy a voucher of ``amount`` (codes): ``no_money``, ``amount_mismatch``
    (it must add up to the voucher's value), ``tip_on_voucher``, ``voucher_with_voucher`` (a
    voucher is not bought with another), or kronos_core.ticket.payment_problems's codes."""
    problems: list[str] = []
    if not money:
        problems.append("no_money")
    elif sum(p.amount for p in money) != amount:
        problems.append("amount_mismatch")
    for p in money:
        found = ticket.payment_problems(p, instalments_max=instalments_max)
        if p.tip:
            found.append("tip_on_voucher")
        if p.method == "voucher":
            found = ["voucher_with_voucher"]
        problems.extend(code for code in found if code not in problems)
    return problems


def free_code(conn: Connection, studio_id: uuid.UUID, rng: random.Random | None = None) -> str:
    """A new code no voucher of the studio has."""
    for _ in range(_DRAWS):
        code = rules.new_code(rng)
        if not code_taken(conn, studio_id, code):
            return code
    raise RuntimeError("no free voucher code found")


def sell_voucher(
    args: Mapping[str, Any] | MutationArgs,
    money: Sequence[ticket.DraftPayment],
    *,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Sell a gift voucher: ``voucher.sell`` (``args``: its arguments; ``code`` left out or None:
    a new one the studio has not used) and each payment of ``money``, its ``for_voucher_id`` the
    voucher, in one transaction. Refused with nothing written (:class:`CheckoutRefused`, code
    ``voucher_payment``, :func:`money_problems`' codes) unless the money adds up to the value,
    with no tip, each payment right. Success gives ``voucher.sell``'s :class:`Applied`
    (``applied.args.code``: the code to print)."""
    given = dict(args) if isinstance(args, Mapping) else args.model_dump()
    paid = list(money)

    def write(store: LocalStore) -> Applied:
        at = store.now()

        def build(conn: Connection) -> Mutations:
            problems = money_problems(int(given["amount"]), paid, instalments_max=instalments_max(conn))
            if problems:
                raise CheckoutRefused("voucher_payment", problems)
            sell = dict(given)
            if sell.get("code"):
                sell["code"] = rules.normalise_code(str(sell["code"]))
            else:
                sell["code"] = free_code(conn, conn.execute(select(replica.c.studio_id)).scalar_one())
            by = taker(conn, store, staff_id)
            pays: Mutations = [
                (
                    "payment.record",
                    {
                        **payment_args(p, business_date=sell["sold_on"], received_at=at, taken_by=by),
                        "for_voucher_id": sell["voucher_id"],
                    },
                )
                for p in paid
            ]
            return [("voucher.sell", sell), *pays]

        return merged(store.apply_many(build, staff_id=staff_id))

    return MutationOp("voucher.sell", parent=parent, staff_id=staff_id, write=write)
