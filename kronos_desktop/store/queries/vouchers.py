"""Gift vouchers (vale-presente, issue 16) as the desk reads them: each voucher's value, what was
redeemed of it (payments of method ``voucher`` naming it), what of those came back (their
refunds: a void gives a voucher its money back) and so its balance (kronos_core.vouchers.balance;
below 0: overdrawn, when two offline desks spent the same voucher). A redemption is checked
against the balance in the close's own transaction: :func:`redemption_problem`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from kronos_core import vouchers as rules
from kronos_core.schema import payment, sale, voucher


@dataclass(frozen=True)
class Redemption:
    day: dt.date
    amount: int  # what the voucher paid (its amount and any tip), before refunds
    sale_number: str | None


@dataclass(frozen=True)
class VoucherState:
    id: uuid.UUID
    code: str
    amount: int  # its value when sold
    balance: int  # what is left to spend (negative: overdrawn)
    sold_on: dt.date
    expires_on: dt.date | None
    buyer_name: str | None
    recipient_name: str | None
    redemptions: list[Redemption] = field(default_factory=list)
    overdrawn: bool = False

    def expired(self, day: dt.date) -> bool:
        """Past its expiry date on ``day`` (the last day it may be spent is ``expires_on``)."""
        return self.expires_on is not None and day > self.expires_on


def _states(
    conn: Connection, studio_id: uuid.UUID, *, code: str | None = None, voucher_id: uuid.UUID | None = None
) -> list[VoucherState]:
    v, p, s = voucher.c, payment.c, sale.c
    query = select(voucher).where(v.studio_id == studio_id, v.deleted.is_(False))
    if code is not None:
        query = query.where(v.code == code)
    if voucher_id is not None:
        query = query.where(v.id == voucher_id)
    rows = conn.execute(query.order_by(v.sold_on.desc(), v.code)).all()
    if not rows:
        return []
    ids = [r.id for r in rows]
    spent = conn.execute(
        select(p.id, p.voucher_id, p.business_date, p.amount, p.tip, s.number)
        .outerjoin(sale, s.id == p.sale_id)
        .where(p.voucher_id.in_(ids), p.method == "voucher", p.refund_of.is_(None), p.deleted.is_(False))
        .order_by(p.received_at, p.id)
    ).all()
    of_voucher = {r.id: r.voucher_id for r in spent}
    back: dict[uuid.UUID, list[int]] = {}
    if of_voucher:
        refunds = select(p.refund_of, p.amount).where(p.refund_of.in_(list(of_voucher)), p.deleted.is_(False))
        for refund_of, amount in conn.execute(refunds):
            back.setdefault(of_voucher[refund_of], []).append(-int(amount))  # refunds are stored negative
    redeemed: dict[uuid.UUID, list[Redemption]] = {}
    for r in spent:
        paid = int(r.amount) + int(r.tip)
        redeemed.setdefault(r.voucher_id, []).append(Redemption(r.business_date, paid, r.number))
    states = []
    for r in rows:
        mine = redeemed.get(r.id, [])
        left = rules.balance(int(r.amount), [x.amount for x in mine], back.get(r.id, []))
        states.append(
            VoucherState(
                id=r.id,
                code=r.code,
                amount=int(r.amount),
                balance=left,
                sold_on=r.sold_on,
                expires_on=r.expires_on,
                buyer_name=r.buyer_name,
                recipient_name=r.recipient_name,
                redemptions=mine,
                overdrawn=left < 0,
            )
        )
    return states


def voucher_by_code(conn: Connection, studio_id: uuid.UUID, code: str) -> VoucherState | None:
    """The voucher with ``code`` as typed (normalised: "k7qx m4p9" finds "K7QX-M4P9"), or None."""
    found = _states(conn, studio_id, code=rules.normalise_code(code))
    return found[0] if found else None


def vouchers(conn: Connection, studio_id: uuid.UUID) -> list[VoucherState]:
    """The studio's vouchers, the newest sold first."""
    return _states(conn, studio_id)


def voucher_state(conn: Connection, studio_id: uuid.UUID, voucher_id: uuid.UUID) -> VoucherState | None:
    """One voucher of the studio by its id (its card after the sale), or None."""
    found = _states(conn, studio_id, voucher_id=voucher_id)
    return found[0] if found else None


def code_taken(conn: Connection, studio_id: uuid.UUID, code: str) -> bool:
    v = voucher.c
    return conn.execute(select(v.id).where(v.studio_id == studio_id, v.code == code)).first() is not None


@dataclass(frozen=True)
class RedemptionProblem:
    problem: str  # kronos_core.vouchers.redeem_problem's code ("unknown", "spent", "over_balance", ...)
    code: str  # the voucher's code as known (or as typed)
    balance: int | None  # its balance now (None: unknown)


def redemption_problem(
    conn: Connection, studio_id: uuid.UUID, spend: Mapping[uuid.UUID, int], day: dt.date
) -> RedemptionProblem | None:
    """Whether these redemptions (voucher id -> what the ticket takes from it) may be recorded on
    ``day``: the first problem found, None when every voucher holds what is asked."""
    for voucher_id, amount in spend.items():
        state = voucher_state(conn, studio_id, voucher_id)
        balance = None if state is None else state.balance
        expired = state is not None and state.expired(day)
        problem = rules.redeem_problem(balance, amount, expired=expired)
        if problem is not None:
            return RedemptionProblem(problem, state.code if state else "", balance)
    return None


def spend_of(payments: Iterable[object]) -> dict[uuid.UUID, int]:
    """What payments (DraftPayment-like: ``method``, ``voucher_id``, ``amount``, ``tip``) take
    from each voucher."""
    spend: dict[uuid.UUID, int] = {}
    for p in payments:
        voucher_id = getattr(p, "voucher_id", None)
        if getattr(p, "method", None) == "voucher" and voucher_id is not None:
            spend[voucher_id] = spend.get(voucher_id, 0) + int(getattr(p, "amount", 0)) + int(getattr(p, "tip", 0))
    return spend
