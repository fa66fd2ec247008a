"""Ops of deposits (sinal, issue 15): take one (the deposit and its money in one transaction),
forfeit, refund (the deposit and its money given back together), move it to another project or
booking, count a reschedule. The rules are the mutations' (kronos_core/mutations/deposits.py)
and the policy's (kronos_core.deposits); these gather what the desk knows and batch what goes
together. Instants are the desk's clock when the write runs."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget
from sqlalchemy import Connection

from kronos_core import ticket
from kronos_core.ids import uuid7
from kronos_core.schema import payment
from kronos_desktop.ops.checkout import (
    CheckoutRefused,
    Mutations,
    instalments_max,
    merged,
    payment_args,
    refund_args,
    refundable_payments,
    taker,
)
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore

if TYPE_CHECKING:
    from kronos_core.mutations import MutationArgs


def take_deposit(
    args: Mapping[str, Any] | MutationArgs,
    money: ticket.DraftPayment,
    *,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Take a deposit: ``deposit.take`` (``args``: its arguments; ``taken_at`` may be left out:
    now) and the money, ``payment.record`` with the deposit's id, in one transaction. The money
    must be the deposit's amount, with no tip, and right as a payment (a card's brand and
    instalments, cash's change): else refused (:class:`CheckoutRefused`, code
    ``deposit_payment``) with nothing written."""
    given = dict(args) if isinstance(args, Mapping) else args.model_dump()

    def write(store: LocalStore) -> Applied:
        at = given.get("taken_at") or store.now()
        take = {**given, "taken_at": at}

        def build(conn: Connection) -> Mutations:
            problems = ticket.payment_problems(money, instalments_max=instalments_max(conn))
            if money.amount != take.get("amount"):
                problems.insert(0, "amount_mismatch")
            if money.tip:
                problems.append("tip_on_deposit")
            if problems:
                raise CheckoutRefused("deposit_payment", problems)
            pay = payment_args(
                money,
                business_date=take["business_date"],
                received_at=at,
                taken_by=taker(conn, store, staff_id),
                deposit_id=take["deposit_id"],
            )
            return [("deposit.take", take), ("payment.record", pay)]

        return merged(store.apply_many(build, staff_id=staff_id))

    return MutationOp("deposit.take", parent=parent, staff_id=staff_id, write=write)


def _at_now(
    name: str, args: dict[str, Any], *, staff_id: uuid.UUID | None, parent: QWidget | None, key: str = "at"
) -> MutationOp:
    def write(store: LocalStore) -> Applied:
        return store.apply(name, {**args, key: store.now()}, staff_id=staff_id)

    return MutationOp(name, parent=parent, staff_id=staff_id, write=write)


def forfeit_deposit(
    deposit_id: uuid.UUID,
    reason: str,
    *,
    business_date: dt.date,
    note: str = "",
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """The studio keeps the deposit (``reason``: kronos_core.schema_base.DEPOSIT_FORFEIT_REASONS;
    the shares by the studio's policy)."""
    args = {"deposit_id": deposit_id, "reason": reason, "note": note.strip(), "business_date": business_date}
    return _at_now("deposit.forfeit", args, staff_id=staff_id, parent=parent)


def refund_deposit(
    deposit_id: uuid.UUID,
    reason: str,
    *,
    business_date: dt.date,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Give a deposit back (owners and managers): ``deposit.refund`` and a ``payment.refund`` of
    what each of its payments still holds, in one transaction; ``reason`` (required, as for every
    refund) is the refunds' reason and the deposit's note."""

    def write(store: LocalStore) -> Applied:
        at = store.now()
        reason_text = reason.strip()

        def build(conn: Connection) -> Mutations:
            refunds: Mutations = [
                ("payment.refund", refund_args(pid, left, reason=reason_text, business_date=business_date, at=at))
                for pid, _method, left in refundable_payments(conn, payment.c.deposit_id == deposit_id)
            ]
            back = {"deposit_id": deposit_id, "note": reason_text, "business_date": business_date, "at": at}
            return [("deposit.refund", back), *refunds]

        return merged(store.apply_many(build, staff_id=staff_id))

    return MutationOp("deposit.refund", parent=parent, staff_id=staff_id, write=write)


def transfer_deposit(
    deposit_id: uuid.UUID,
    *,
    business_date: dt.date,
    project_id: uuid.UUID | None = None,
    appointment_id: uuid.UUID | None = None,
    note: str = "",
    new_deposit_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Move a held deposit to another project or booking (a new deposit row, the same money)."""
    args = {
        "deposit_id": deposit_id,
        "new_deposit_id": new_deposit_id or uuid7(),
        "project_id": project_id,
        "appointment_id": appointment_id,
        "note": note.strip(),
        "business_date": business_date,
    }
    return _at_now("deposit.transfer", args, staff_id=staff_id, parent=parent)


def count_reschedule(
    deposit_id: uuid.UUID,
    *,
    business_date: dt.date,
    appointment_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """The booking a deposit holds was moved: one more reschedule counted (``appointment_id``:
    the booking it holds now, None: the same one)."""
    args = {"deposit_id": deposit_id, "appointment_id": appointment_id, "business_date": business_date}
    return _at_now("deposit.rescheduled", args, staff_id=staff_id, parent=parent)
