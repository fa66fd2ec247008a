"""Deposits (sinal): ``deposit.take``, ``deposit.forfeit``, ``deposit.refund``, ``deposit.transfer``
and ``deposit.rescheduled`` (issue 15; applying one at checkout is ``sale.record``'s).

A deposit's money is a ``payment`` row of its own (``payment.deposit_id``: ``payment.record``,
batched with ``deposit.take`` by the desk; a refund's money is ``payment.refund``). Its life is
the ``deposit`` row's status, ``held`` until it is applied to a sale, forfeited, refunded or
transferred (a new ``held`` deposit for another project or booking, ``transferred_from`` the old
one), and the append-only ``deposit_entry`` ledger: one entry per event, its ``amount`` the money
the event concerns (the deposit's amount; 0 for a reschedule, which moves no money).

Typed notes are kept on the deposit row (``note``, each event's note on a line of its own), never
on a ledger entry: an erase scrubs the client's texts out of the deposit's note
(kronos_core/mutations/client_erase.py), and an append-only entry cannot be scrubbed.

The studio's policy (kronos_core.deposits) sets the expiry when none is given, the forfeit shares
(a deposit with no artist: the studio keeps all), and what a forfeit must meet: an ``expired``
forfeit on the forfeit's business day after the deposit's expiry, by the rule the desk shows
(kronos_core.deposits.expiry over the sessions the deposit holds, kronos_core.deposit_holds, read
in the mutation's transaction: never while one is still to come at ``at``; else N months after the
later of the day it was taken and its last session's end, never before the day written on it); a
``no_show`` only when the studio forfeits on a no-show and, for a deposit with a booking, once the
client is the policy's minutes late; a ``late_cancel`` within the policy's hours of the booking.
Times are arguments (the desk's clock).

Refused (codes): an unknown deposit (``deposit_unknown``), one no longer held
(``deposit_not_held``, params ``status``), a project or booking of another client
(``deposit_other_client``), a forfeit the policy does not allow (``deposit_not_expired``, params
``expires_on``: its last good day, "" while it does not expire, and ``next_session`` when a
session it holds is still to come; ``deposit_no_show_kept``, ``deposit_not_late``,
``deposit_not_late_cancel``), a transfer to nowhere (``deposit_transfer_nowhere``). A deposit taken
for an erased client is stored all the same (the money was taken), without its note, and a
``needs_review`` conflict says so.

Races: a forfeit made at an offline desk reaches the server after another desk booked a session
the deposit holds, moved it (``deposit_not_held``) or applied it: it is refused there like any
other, and the server keeps it as a ``rejected`` conflict with its arguments and the refusal's
code and params, which reaches every desk's inbox (DESIGN.md, "Refusal loses nothing"); the desk
takes its own forfeit back at the next pull, and a person redoes or dismisses it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, Field, model_validator

from kronos_core import deposits as policy_rules
from kronos_core.deposit_holds import Holding, expiry_of, held_sessions, zone_of
from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, NotFound, StaleTarget, mutation
from kronos_core.mutations.client_merge import kept_id
from kronos_core.mutations.fields import PositiveCentavos
from kronos_core.mutations.inverses import FINAL
from kronos_core.roles import FRONT_DESK, MANAGEMENT
from kronos_core.schema import appointment, client, deposit, deposit_entry, project, staff, studio

Note = Annotated[str, Field(max_length=2000)]


def _policy_words(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("the policy the client acknowledged must be given")
    return value


PolicyText = Annotated[str, Field(max_length=10_000), AfterValidator(_policy_words)]
ForfeitReason = Literal["no_show", "late_cancel", "expired", "reschedules"]  # schema_base.DEPOSIT_FORFEIT_REASONS


class DepositTake(MutationArgs):
    deposit_id: uuid.UUID
    client_id: uuid.UUID
    project_id: uuid.UUID | None = None
    appointment_id: uuid.UUID | None = None
    artist_id: uuid.UUID | None = None  # None: the booking's artist, if any
    amount: PositiveCentavos
    expires_on: dt.date | None = None  # None: from the studio's policy
    policy_text: PolicyText
    acknowledged: Literal[True]  # the client read the policy (the desk shows it)
    note: Note = ""
    business_date: dt.date
    taken_at: AwareDatetime

    @model_validator(mode="after")
    def _expiry_after_taking(self) -> DepositTake:
        if self.expires_on is not None and self.expires_on < self.business_date:
            raise ValueError("a deposit cannot expire before the day it is taken")
        return self


class DepositForfeit(MutationArgs):
    deposit_id: uuid.UUID
    reason: ForfeitReason
    note: Note = ""
    business_date: dt.date
    at: AwareDatetime


class DepositRefund(MutationArgs):
    deposit_id: uuid.UUID
    note: Note = ""
    business_date: dt.date
    at: AwareDatetime


class DepositTransfer(MutationArgs):
    deposit_id: uuid.UUID
    new_deposit_id: uuid.UUID
    project_id: uuid.UUID | None = None
    appointment_id: uuid.UUID | None = None
    note: Note = ""
    business_date: dt.date
    at: AwareDatetime


class DepositRescheduled(MutationArgs):
    deposit_id: uuid.UUID
    appointment_id: uuid.UUID | None = None  # the booking it holds now (None: the same one)
    business_date: dt.date
    at: AwareDatetime


# -- shared steps --------------------------------------------------------------------------------
def with_note(current: str | None, note: str) -> str | None:
    """The deposit's note with ``note`` added on a line of its own (unchanged when blank)."""
    note = note.strip()
    if not note:
        return current
    return note if not current else f"{current}\n{note}"


def held(ctx: ApplyContext, deposit_id: uuid.UUID) -> dict[str, Any]:
    """The deposit, refused unless it is still held."""
    row = ctx.get(deposit, deposit_id)
    if row is None:
        raise NotFound(f"deposit {deposit_id} does not exist in this studio", code="deposit_unknown")
    if row["status"] != "held":
        raise StaleTarget(
            f"deposit {deposit_id} is {row['status']}, no longer held",
            code="deposit_not_held",
            params={"status": str(row["status"])},
        )
    return row


def _client_row(ctx: ApplyContext, client_id: uuid.UUID) -> dict[str, Any]:
    """The record that holds ``client_id`` now (a merged one: the record kept)."""
    row = ctx.get(client, kept_id(ctx, client_id), include_deleted=True)
    if row is None or row["deleted"]:
        raise NotFound(f"client {client_id} does not exist in this studio", params={"what": "client"})
    return row


def _booking_of(
    ctx: ApplyContext, client_id: uuid.UUID, project_id: uuid.UUID | None, appointment_id: uuid.UUID | None
) -> dict[str, Any] | None:
    """Check that the project and booking are the client's (through merges); the booking."""
    booked = None
    for table, row_id, what in ((project, project_id, "project"), (appointment, appointment_id, "appointment")):
        if row_id is None:
            continue
        row = ctx.require(table, row_id, what)
        if row["client_id"] is None or kept_id(ctx, row["client_id"]) != client_id:
            raise InvalidArguments(
                f"the {what} {row_id} is another client's", code="deposit_other_client", params={"what": what}
            )
        if table is appointment:
            booked = row
    return booked


def entry(
    ctx: ApplyContext,
    deposit_id: uuid.UUID,
    kind: str,
    amount: int,
    business_date: dt.date,
    at: dt.datetime,
) -> uuid.UUID:
    """Add the ledger's entry for an event of this mutation (its id derived from the mutation)."""
    return ctx.insert(
        deposit_entry,
        {
            "id": ctx.derived_id(f"deposit_entry:{deposit_id}:{kind}"),
            "deposit_id": deposit_id,
            "kind": kind,
            "amount": amount,
            "note": None,
            "business_date": business_date,
            "occurred_at": at,
        },
    )


def _policy(ctx: ApplyContext) -> policy_rules.DepositPolicy:
    return policy_rules.policy_of(ctx.require(studio, ctx.actor.studio_id, "studio"))


# -- the mutations -------------------------------------------------------------------------------
@mutation("deposit.take", DepositTake, roles=FRONT_DESK)
def take_deposit(ctx: ApplyContext, args: DepositTake) -> None:
    """Take a deposit: a ``held`` row (expiring as the policy says when no date is given) and its
    ``taken`` entry. The money is the ``payment.record`` batched with it."""
    person = _client_row(ctx, args.client_id)
    booked = _booking_of(ctx, person["id"], args.project_id, args.appointment_id)
    artist_id = args.artist_id
    if artist_id is not None:
        ctx.require(staff, artist_id, "artist")
    elif booked is not None:
        artist_id = booked["artist_id"]
    expires_on = args.expires_on
    if expires_on is None:
        expires_on = policy_rules.expires_on(args.business_date, _policy(ctx))
    erased = person["erased_at"] is not None
    ctx.insert(
        deposit,
        {
            "id": args.deposit_id,
            "client_id": person["id"],
            "project_id": args.project_id,
            "appointment_id": args.appointment_id,
            "artist_id": artist_id,
            "amount": args.amount,
            "status": "held",
            "taken_on": args.business_date,
            "expires_on": expires_on,
            "reschedules": 0,
            "policy_text": args.policy_text,
            "note": None if erased else with_note(None, args.note),
        },
    )
    entry(ctx, args.deposit_id, "taken", args.amount, args.business_date, args.taken_at)
    ctx.audit("deposit.take", deposit, args.deposit_id, detail={"amount": args.amount})
    if erased:
        ctx.conflict(
            "needs_review",
            table=deposit,
            row_ids=[args.deposit_id],
            mine={"deposit_id": str(args.deposit_id), "amount": args.amount},
            theirs={"code": "deposit_client_erased", "params": {"amount": str(args.amount)}},
            detail="the deposit's client was erased meanwhile; the deposit is kept without its note",
        )


def _check_expired(ctx: ApplyContext, row: dict[str, Any], args: DepositForfeit) -> None:
    """Refuse an ``expired`` forfeit of a deposit the studio's rule keeps good (the desk's rule,
    kronos_core.deposits.expiry, over what it holds, kronos_core.deposit_holds, read in this
    transaction): a session it holds that is still to come at ``at`` keeps it (params
    ``next_session``: the day that session ends, in the studio's zone), else it is good until its
    expiry (params ``expires_on``) and expired from the forfeit's business day after that."""
    holding = Holding.of(row)
    sessions = held_sessions(ctx.tx, [holding])[holding.id]
    studio_row = ctx.require(studio, ctx.actor.studio_id, "studio")
    good = expiry_of(holding, sessions, studio_row, args.at)
    if policy_rules.expired(good.last_day, args.business_date):
        return
    params = {"expires_on": good.last_day.isoformat() if good.last_day is not None else ""}
    if good.next_end is not None:
        params["next_session"] = good.next_end.astimezone(zone_of(studio_row)).date().isoformat()
        raise StaleTarget("the deposit holds a session still to come", code="deposit_not_expired", params=params)
    raise StaleTarget("the deposit has not expired", code="deposit_not_expired", params=params)


def _check_forfeit(
    ctx: ApplyContext, policy: policy_rules.DepositPolicy, row: dict[str, Any], args: DepositForfeit
) -> None:
    """Refuse a forfeit the studio's policy does not allow (see the module)."""
    if args.reason == "expired":
        _check_expired(ctx, row, args)
        return
    if args.reason == "reschedules":
        return
    if args.reason == "no_show" and not policy.forfeit_on_no_show:
        raise StaleTarget("the studio's policy keeps a deposit on a no-show", code="deposit_no_show_kept")
    booked = ctx.get(appointment, row["appointment_id"]) if row["appointment_id"] is not None else None
    if booked is None:
        return
    if args.reason == "no_show" and not policy_rules.counts_as_no_show(policy, booked["starts_at"], args.at):
        raise StaleTarget(
            "the client is not late enough to count as a no-show",
            code="deposit_not_late",
            params={"minutes": str(policy.no_show_late_minutes)},
        )
    if args.reason == "late_cancel" and not policy_rules.late_cancellation(policy, booked["starts_at"], args.at):
        raise StaleTarget(
            "the booking was not cancelled late",
            code="deposit_not_late_cancel",
            params={"hours": str(policy.late_cancel_hours)},
        )


@mutation("deposit.forfeit", DepositForfeit, roles=FRONT_DESK)
def forfeit_deposit(ctx: ApplyContext, args: DepositForfeit) -> None:
    """Forfeit a held deposit for a reason the policy allows; who keeps it is fixed now
    (kronos_core.deposits.forfeit_shares; a deposit with no artist: the studio keeps all)."""
    row = held(ctx, args.deposit_id)
    policy = _policy(ctx)
    _check_forfeit(ctx, policy, row, args)
    amount = int(row["amount"])
    artist_share, studio_share = policy_rules.forfeit_shares(policy, amount)
    if row["artist_id"] is None:
        artist_share, studio_share = 0, amount
    ctx.update(
        deposit,
        args.deposit_id,
        {
            "status": "forfeited",
            "forfeit_reason": args.reason,
            "forfeit_artist_share": artist_share,
            "forfeit_studio_share": studio_share,
            "note": with_note(row["note"], args.note),
        },
    )
    entry(ctx, args.deposit_id, "forfeited", amount, args.business_date, args.at)
    detail = {"amount": amount, "reason": args.reason, "artist_share": artist_share, "studio_share": studio_share}
    ctx.audit("deposit.forfeit", deposit, args.deposit_id, detail=detail)


@mutation("deposit.refund", DepositRefund, roles=MANAGEMENT)
def refund_deposit(ctx: ApplyContext, args: DepositRefund) -> None:
    """Give a held deposit back (owners and managers): ``refunded`` and its entry. The money is
    the ``payment.refund`` of the deposit's payment, batched with it."""
    row = held(ctx, args.deposit_id)
    ctx.update(deposit, args.deposit_id, {"status": "refunded", "note": with_note(row["note"], args.note)})
    entry(ctx, args.deposit_id, "refunded", int(row["amount"]), args.business_date, args.at)
    ctx.audit("deposit.refund", deposit, args.deposit_id, detail={"amount": int(row["amount"])})


@mutation("deposit.transfer", DepositTransfer, roles=FRONT_DESK)
def transfer_deposit(ctx: ApplyContext, args: DepositTransfer) -> None:
    """Move a held deposit to another project or booking of the same client: the old one
    ``transferred``, a new ``held`` one (same client, amount, day taken, expiry and policy,
    ``transferred_from`` the old), a ``transferred`` entry on each."""
    if args.project_id is None and args.appointment_id is None:
        raise InvalidArguments("a deposit moves to a project or a booking", code="deposit_transfer_nowhere")
    row = held(ctx, args.deposit_id)
    client_id = _client_row(ctx, row["client_id"])["id"]
    booked = _booking_of(ctx, client_id, args.project_id, args.appointment_id)
    project_id = args.project_id
    if project_id is None and booked is not None:
        project_id = booked["project_id"]
    artist_id = booked["artist_id"] if booked is not None else row["artist_id"]
    amount = int(row["amount"])
    ctx.update(deposit, args.deposit_id, {"status": "transferred"})
    ctx.insert(
        deposit,
        {
            "id": args.new_deposit_id,
            "client_id": client_id,
            "project_id": project_id,
            "appointment_id": args.appointment_id,
            "artist_id": artist_id,
            "amount": amount,
            "status": "held",
            "taken_on": row["taken_on"],
            "expires_on": row["expires_on"],
            "reschedules": 0,
            "policy_text": row["policy_text"],
            "note": with_note(row["note"], args.note),
            "transferred_from": args.deposit_id,
        },
    )
    entry(ctx, args.deposit_id, "transferred", amount, args.business_date, args.at)
    entry(ctx, args.new_deposit_id, "transferred", amount, args.business_date, args.at)
    detail = {"amount": amount, "to": str(args.new_deposit_id)}
    ctx.audit("deposit.transfer", deposit, args.deposit_id, detail=detail)


@mutation("deposit.rescheduled", DepositRescheduled, roles=FRONT_DESK)
def count_reschedule(ctx: ApplyContext, args: DepositRescheduled) -> None:
    """Count a reschedule of a held deposit's booking (one more than the policy allows is the
    desk's to forfeit, reason ``reschedules``); it holds the new booking when one is given."""
    row = held(ctx, args.deposit_id)
    values: dict[str, Any] = {"reschedules": int(row["reschedules"]) + 1}
    if args.appointment_id is not None:
        _booking_of(ctx, kept_id(ctx, row["client_id"]), None, args.appointment_id)
        values["appointment_id"] = args.appointment_id
    ctx.update(deposit, args.deposit_id, values)
    entry(ctx, args.deposit_id, "rescheduled", 0, args.business_date, args.at)


# None of them is taken back by Undo: each is money's history (kronos_core/mutations/inverses.py).
FINAL.update(
    {
        "deposit.take": "money taken is given back by refunding the deposit, never untaken",
        "deposit.forfeit": "a forfeited deposit's shares are fixed: a refund is its own change",
        "deposit.refund": "money given back is not taken again: take a new deposit",
        "deposit.transfer": "a moved deposit is moved again, not put back",
        "deposit.rescheduled": "the ledger counts every reschedule that happened",
    }
)
