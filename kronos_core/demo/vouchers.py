"""The demo studio's gift vouchers (vale-presente): about eight sold over the past months at the
counter (``voucher.sell`` batched with the ``payment.record`` that bought it, ``for_voucher_id``),
some of them spent later, partly or fully, on a ticket (a ``voucher`` payment naming it: the
till asks :meth:`Vouchers.redeem` when a payer hands one over).

A voucher is only spent on a day before the demo's today, and never beyond its balance (the
demo's vouchers are never overdrawn), before it expires, and from the day its holder is planned
to come (a few days to some weeks after it was sold); some are never spent.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from kronos_core.demo.applier import Applier
from kronos_core.demo.team import CARD_FEE_BPS, Team
from kronos_core.demo.words import FEMALE_NAMES, MALE_NAMES, SURNAMES
from kronos_core.instants import UTC
from kronos_core.mutations.payments import PaymentRecord
from kronos_core.mutations.vouchers import VoucherSell
from kronos_core.roles import Role
from kronos_core.ticket import card_fee
from kronos_core.vouchers import new_code

COUNT = 8
SOLD_WITHIN = 183  # days before today: the vouchers of the past months, whatever the demo's history
AMOUNTS = (10_000, 15_000, 20_000, 25_000, 30_000, 50_000)
_NOTES = ("Aniversário", "Presente de Natal", "Dia dos Namorados", "Amigo secreto da firma", None, None)
_MONEY = ("pix", "pix", "credit", "cash", "debit")
# How each voucher is spent, in the order they are sold: the share of its value each later
# visit takes (1.0: what is left), at most the ticket; () not spent yet.
_PLANS: tuple[tuple[float, ...], ...] = ((0.5, 1.0), (1.0,), (), (0.5,), (0.5, 1.0), (1.0,), (), (0.4,))
_NEXT_VISIT = (7, 20)  # days between two visits spending the same voucher


@dataclass
class _Held:
    voucher_id: uuid.UUID
    sold_on: dt.date
    expires_on: dt.date | None
    usable_from: dt.date
    amount: int
    balance: int
    plan: list[float]
    rng: random.Random


class Vouchers:
    """The demo's vouchers once sold: what each still holds, for the till to spend."""

    def __init__(self, today: dt.date) -> None:
        self._today = today
        self._held: list[_Held] = []

    def redeem(self, on: dt.date, amount: int) -> tuple[uuid.UUID, int] | None:
        """A voucher a payer spends on a ticket of ``on`` (before today) towards ``amount``: its
        id and how much of it pays (at most its balance), or None when no voucher is due."""
        if on >= self._today or amount <= 0:
            return None
        for held in self._held:
            expired = held.expires_on is not None and on > held.expires_on
            if held.plan and held.balance > 0 and held.usable_from <= on and not expired:
                share = held.plan.pop(0)
                part = held.balance if share >= 1 else int(held.amount * share) // 1_000 * 1_000
                spent = min(part, held.balance, amount)
                held.balance -= spent
                held.usable_from = on + dt.timedelta(days=held.rng.randint(*_NEXT_VISIT))
                return held.voucher_id, spent
        return None

    def sell(
        self,
        applier: Applier,
        team: Team,
        rng: random.Random,
        *,
        days: list[dt.date],
        client_ids: list[uuid.UUID],
    ) -> None:
        """Sell :data:`COUNT` vouchers on open ``days`` of the half year before today (spread over them), each
        paid at once by the front desk; ``client_ids`` are the studio's clients (some buyers are
        clients, others only give a name)."""
        past = [d for d in days if self._today - dt.timedelta(days=SOLD_WITHIN) <= d < self._today]
        if not past:
            return
        tz = team.tz
        picked = sorted({past[int(len(past) * (i + 0.5) / COUNT)] for i in range(COUNT)})
        previous = applier.day
        for index, day in enumerate(picked):
            at = dt.datetime.combine(day, dt.time(11 + index % 7, rng.randrange(60)), tzinfo=tz)
            self._sell_one(applier, team, rng, index, day, at.astimezone(UTC), client_ids)
        applier.day = previous

    def _sell_one(
        self,
        applier: Applier,
        team: Team,
        rng: random.Random,
        index: int,
        day: dt.date,
        at: dt.datetime,
        client_ids: list[uuid.UUID],
    ) -> None:
        applier.day = day
        amount = rng.choice(AMOUNTS)
        client_id = rng.choice(client_ids) if client_ids and rng.random() < 0.6 else None
        buyer = None if client_id is not None else _name(rng)
        expires = day + dt.timedelta(days=365) if rng.random() < 0.6 else None
        voucher_id = applier.new_id(at)
        sell = VoucherSell(
            voucher_id=voucher_id,
            code=new_code(rng),
            amount=amount,
            sold_on=day,
            client_id=client_id,
            buyer_name=buyer,
            recipient_name=_name(rng),
            expires_on=expires,
            note=rng.choice(_NOTES),
        )
        by = team.receptionist_id
        applier.act("voucher.sell", sell, by=by, role=Role.RECEPTIONIST, at=at)
        method = rng.choice(_MONEY)
        card, tendered = method in ("credit", "debit"), None
        if method == "cash":
            tendered = amount + (5_000 if rng.random() < 0.5 else 0)
        money = PaymentRecord(
            payment_id=applier.new_id(at),
            for_voucher_id=voucher_id,
            method=method,  # type: ignore[arg-type]
            amount=amount,
            taken_by=by,
            business_date=day,
            received_at=at,
            card_brand=rng.choice(("visa", "mastercard", "elo")) if card else None,
            instalments=1 if method == "credit" else None,
            auth_code=f"{rng.randrange(1_000_000):06d}" if card else None,
            card_fee=card_fee(amount, CARD_FEE_BPS[method]) if card else 0,
            cash_tendered=tendered,
        )
        applier.act("payment.record", money, by=by, role=Role.RECEPTIONIST, at=at)
        plan = list(_PLANS[index % len(_PLANS)])
        first = day + dt.timedelta(days=rng.randint(2, 30))
        self._held.append(_Held(voucher_id, day, expires, first, amount, amount, plan, random.Random(rng.random())))


def _name(rng: random.Random) -> str:
    first = rng.choice(FEMALE_NAMES if rng.random() < 0.6 else MALE_NAMES)
    return f"{first} {rng.choice(SURNAMES)}"
