"""What the agenda's deposit questions need of a booking (issue 15): the deposits held for it (the
same rule as the calendar's badge, store/queries/checkout_deposits.deposits_paid: taken for the
booking itself, or for its project and not tied to a booking), the studio's deposit policy, and
the desk's now and today. ui/agenda/deposit_prompts.py asks from it after a no-show, a late
cancellation and a reschedule."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import dataclass

from sqlalchemy import Connection, and_, or_, select

from kronos_core.deposits import DepositPolicy, policy_of
from kronos_core.schema import appointment, deposit, studio
from kronos_desktop.store.queries import desk as desk_q


@dataclass(frozen=True)
class HeldDeposit:
    id: uuid.UUID
    amount: int  # centavos
    reschedules: int  # counted so far


@dataclass(frozen=True)
class HeldFor:
    """A booking with deposits held for it."""

    appointment_id: uuid.UUID
    starts_at: dt.datetime
    deposits: tuple[HeldDeposit, ...]  # oldest first
    policy: DepositPolicy
    now: dt.datetime  # the desk's clock
    today: dt.date  # the studio's business date
    zone: zoneinfo.ZoneInfo
    currency: str

    @property
    def amount(self) -> int:
        return sum(d.amount for d in self.deposits)


def held_for(conn: Connection, appointment_id: uuid.UUID) -> HeldFor | None:
    """The deposits held for the booking with the policy they fall under; None when the booking
    is gone or no deposit is held for it (nothing to ask)."""
    a, d = appointment.c, deposit.c
    booked = conn.execute(
        select(a.starts_at, a.project_id, a.studio_id).where(a.id == appointment_id, a.deleted.is_(False))
    ).first()
    if booked is None:
        return None
    mine = d.appointment_id == appointment_id
    if booked.project_id is not None:
        mine = or_(mine, and_(d.project_id == booked.project_id, d.appointment_id.is_(None)))
    rows = conn.execute(
        select(d.id, d.amount, d.reschedules)
        .where(mine, d.status == "held", d.deleted.is_(False))
        .order_by(d.taken_on, d.id)
    ).all()
    if not rows:
        return None
    settings = conn.execute(select(studio).where(studio.c.id == booked.studio_id)).mappings().one()
    here = desk_q.here(conn)
    return HeldFor(
        appointment_id=appointment_id,
        starts_at=booked.starts_at,
        deposits=tuple(HeldDeposit(r.id, int(r.amount), int(r.reschedules)) for r in rows),
        policy=policy_of(dict(settings)),
        now=here.now(),
        today=here.today(),
        zone=here.zone,
        currency=here.currency,
    )
