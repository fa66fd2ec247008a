"""The cash drawer and its days (issue 16): ``cash_drawer.save``, ``cash_session.open``,
``cash.move`` (suprimento ``in``, sangria ``out``), ``cash_session.count_shown``,
``cash_session.close`` and ``cash_session.reopen``.

A drawer's day (``cash_session``) opens with its float, takes cash in and out with a reason
(``cash_movement``, append-only), and closes with a blind count (``cash_count``, append-only): the
grid of notes and coins, what it adds up to (computed here, kronos_core.drawer.count_total), what
the desk expected (its figure: kronos_core.drawer.cash_figures over what it holds), the
difference and, when there is one, the note that explains it; with the payments the close
counted and the day's totals, so a payment that arrives later reads as late. A manager reopens a
closed day with a reason (the audit trail keeps it); it then takes movements again and closes
with a second count. Times are arguments (the desk's clock).

The count is blind, so seeing the expected amount leaves a trace: before the desk shows it against
a count, ``cash_session.count_shown`` records that count (its grid and total, when, the expected
figure shown, and the id the close will take if this count is the one kept) as an ``audit_event``
of the day's session, nothing else. A count typed, shown, then cancelled stays in the trail, and
the day report lists it ("not kept") beside the close. It is a fact, so it is stored for a day
closed meanwhile on another desk too.

Refused (codes): ``drawer_unknown``; ``session_already_open`` (that drawer has that day already:
params ``session_id``, the desk offers it); ``session_unknown``; ``session_closed`` (a closed day
takes no movement nor a second close until reopened); ``session_open`` (a reopen of a day that is
open); ``count_negative``, ``count_unknown_denomination``; ``count_total_wrong`` (a count shown
whose total is not its grid's); ``note_required``.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, Field, StrictInt
from sqlalchemy import Select, bindparam, select

from kronos_core import drawer as rules
from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, NotFound, StaleTarget, mutation
from kronos_core.mutations.fields import Centavos, PositiveCentavos, SignedCentavos
from kronos_core.mutations.inverses import FINAL
from kronos_core.roles import EVERYONE, MANAGEMENT
from kronos_core.schema import cash_count, cash_drawer, cash_movement, cash_session


def _words(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("must not be empty")
    return value


DrawerName = Annotated[str, Field(max_length=60), AfterValidator(_words)]
MoveReason = Annotated[str, Field(max_length=200), AfterValidator(_words)]
Reason = Annotated[str, Field(max_length=2000), AfterValidator(_words)]
Note = Annotated[str, Field(max_length=2000)]


class DrawerSave(MutationArgs):
    drawer_id: uuid.UUID
    name: DrawerName
    device_id: uuid.UUID | None = None
    active: bool = True


class SessionOpen(MutationArgs):
    session_id: uuid.UUID
    drawer_id: uuid.UUID
    business_date: dt.date
    opening_float: Centavos
    opened_at: AwareDatetime


class CashMove(MutationArgs):
    movement_id: uuid.UUID
    session_id: uuid.UUID
    kind: Literal["in", "out"]  # schema_base.CASH_MOVEMENT_KINDS: suprimento, sangria
    amount: PositiveCentavos
    reason: MoveReason
    moved_at: AwareDatetime
    confirmed_by: uuid.UUID | None = None  # a manager who confirmed a cash out above what the drawer holds


class SessionClose(MutationArgs):
    count_id: uuid.UUID
    session_id: uuid.UUID
    grid: dict[str, StrictInt] = Field(max_length=50)  # centavos of a note or coin (as text) -> how many
    expected: SignedCentavos  # the desk's figure
    note: Note | None = None  # required when the count differs from the expected
    counted_at: AwareDatetime
    payment_ids: list[uuid.UUID] = Field(default_factory=list, max_length=100_000)
    totals: dict[str, SignedCentavos] = Field(default_factory=dict, max_length=50)


class CountShown(MutationArgs):
    session_id: uuid.UUID
    count_id: uuid.UUID  # the id the close takes when this count is the one kept
    counted: Centavos  # what the grid adds up to (checked)
    grid: dict[str, StrictInt] = Field(max_length=50)  # as SessionClose's
    expected: SignedCentavos  # the desk's figure, shown against the count
    counted_at: AwareDatetime


class SessionReopen(MutationArgs):
    session_id: uuid.UUID
    reason: Reason
    reopened_at: AwareDatetime


@functools.cache
def _day_query() -> Select[Any]:
    """A drawer's sessions on a day (not deleted), built once."""
    s = cash_session.c
    return (
        select(s.id)
        .where(
            s.studio_id == bindparam("studio_id"),
            s.drawer_id == bindparam("drawer_id"),
            s.business_date == bindparam("day"),
            s.deleted.is_(False),
        )
        .order_by(s.id)
        .limit(1)
    )


def _session(ctx: ApplyContext, session_id: uuid.UUID) -> dict[str, Any]:
    row = ctx.get(cash_session, session_id)
    if row is None:
        raise NotFound(f"cash session {session_id} does not exist in this studio", code="session_unknown")
    return row


def _still_open(row: dict[str, Any]) -> None:
    if row["status"] != "open":
        raise StaleTarget(
            f"the cash session {row['id']} of {row['business_date']} is closed",
            code="session_closed",
            params={"day": row["business_date"].isoformat()},
        )


def _grid(raw: dict[str, int]) -> dict[int, int]:
    """The count's grid keyed by centavos (a key that is no whole number: an unknown value)."""
    grid: dict[int, int] = {}
    for key, quantity in raw.items():
        try:
            value = int(key.strip())
        except ValueError:
            raise InvalidArguments(
                f"{key!r} is not a note or coin", code="count_unknown_denomination", params={"value": key}
            ) from None
        grid[value] = grid.get(value, 0) + quantity
    return grid


def _checked_grid(raw: dict[str, int]) -> tuple[dict[int, int], int]:
    """The count's grid by centavos and its total; refused ``count_negative`` or
    ``count_unknown_denomination``."""
    grid = _grid(raw)
    problems = rules.count_problems(grid)
    if "negative" in problems:
        raise InvalidArguments("a count cannot hold fewer than 0 of a note or coin", code="count_negative")
    if problems:
        raise InvalidArguments("the count holds a value that is no note or coin", code="count_unknown_denomination")
    return grid, rules.count_total(grid)


def _stored_grid(grid: dict[int, int]) -> dict[str, int]:
    return {str(value): quantity for value, quantity in sorted(grid.items(), reverse=True)}


@mutation("cash_drawer.save", DrawerSave, roles=MANAGEMENT)
def save_drawer(ctx: ApplyContext, args: DrawerSave) -> None:
    """Add a drawer, or write its fields when it exists (only those that changed)."""
    values = {"name": args.name, "device_id": args.device_id, "active": args.active}
    current = ctx.get(cash_drawer, args.drawer_id)
    if current is None:
        ctx.insert(cash_drawer, {"id": args.drawer_id, **values})
        return
    changed = {k: v for k, v in values.items() if current[k] != v}
    if changed:
        ctx.update(cash_drawer, args.drawer_id, changed)


@mutation("cash_session.open", SessionOpen, roles=EVERYONE)
def open_session(ctx: ApplyContext, args: SessionOpen) -> None:
    """Open a drawer's day with its float (one day per drawer and date)."""
    if ctx.get(cash_drawer, args.drawer_id) is None:
        raise NotFound(f"cash drawer {args.drawer_id} does not exist in this studio", code="drawer_unknown")
    params = {"studio_id": ctx.actor.studio_id, "drawer_id": args.drawer_id, "day": args.business_date}
    existing = ctx.select_rows(_day_query(), params)
    if existing:
        raise StaleTarget(
            f"the drawer already has a session on {args.business_date}",
            code="session_already_open",
            params={"session_id": str(existing[0]["id"]), "day": args.business_date.isoformat()},
        )
    ctx.insert(
        cash_session,
        {
            "id": args.session_id,
            "drawer_id": args.drawer_id,
            "business_date": args.business_date,
            "status": "open",
            "opening_float": args.opening_float,
            "opened_at": args.opened_at,
            "opened_by": ctx.actor.staff_id,
        },
    )


@mutation("cash.move", CashMove, roles=EVERYONE)
def move_cash(ctx: ApplyContext, args: CashMove) -> None:
    """Put cash in the drawer or take it out, with its reason, on an open day."""
    _still_open(_session(ctx, args.session_id))
    ctx.insert(
        cash_movement,
        {
            "id": args.movement_id,
            "session_id": args.session_id,
            "kind": args.kind,
            "amount": args.amount,
            "reason": args.reason,
            "moved_by": ctx.actor.staff_id,
            "moved_at": args.moved_at,
            "device_id": ctx.actor.device_id,
            "confirmed_by": args.confirmed_by,
        },
    )


@mutation("cash_session.close", SessionClose, roles=EVERYONE)
def close_session(ctx: ApplyContext, args: SessionClose) -> None:
    """Close an open day with its count (the total computed here from the grid)."""
    row = _session(ctx, args.session_id)
    _still_open(row)
    grid, counted = _checked_grid(args.grid)
    difference = rules.difference(counted, args.expected)
    note = (args.note or "").strip() or None
    if difference != 0 and note is None:
        raise InvalidArguments(
            "a count that differs from the expected needs a note",
            code="note_required",
            params={"difference": str(difference)},
        )
    ctx.insert(
        cash_count,
        {
            "id": args.count_id,
            "session_id": args.session_id,
            "grid": _stored_grid(grid),
            "counted": counted,
            "expected": args.expected,
            "difference": difference,
            "note": note,
            "counted_by": ctx.actor.staff_id,
            "counted_at": args.counted_at,
            "device_id": ctx.actor.device_id,
            "payment_ids": [str(p) for p in args.payment_ids],
            "totals": dict(args.totals),
        },
    )
    ctx.update(
        cash_session,
        args.session_id,
        {"status": "closed", "closed_at": args.counted_at, "closed_by": ctx.actor.staff_id},
    )


@mutation("cash_session.count_shown", CountShown, roles=EVERYONE)  # as cash_session.close
def count_shown(ctx: ApplyContext, args: CountShown) -> None:
    """Record that a count was shown against the expected amount: an audit event of the day's
    session with the count, its grid, when, and the expected figure; nothing else changes."""
    _session(ctx, args.session_id)
    grid, total = _checked_grid(args.grid)
    if total != args.counted:
        raise InvalidArguments(
            "the count's total is not what its notes and coins add up to",
            code="count_total_wrong",
            params={"counted": str(args.counted), "grid": str(total)},
        )
    detail = {
        "count_id": str(args.count_id),
        "counted": total,
        "expected": args.expected,
        "difference": rules.difference(total, args.expected),
        "grid": _stored_grid(grid),
        "counted_at": args.counted_at.isoformat(),
    }
    ctx.audit("cash_session.count_shown", cash_session, args.session_id, detail=detail)


@mutation("cash_session.reopen", SessionReopen, roles=MANAGEMENT)
def reopen_session(ctx: ApplyContext, args: SessionReopen) -> None:
    """Open a closed day again (owners and managers), with the reason in the audit trail."""
    row = _session(ctx, args.session_id)
    if row["status"] == "open":
        raise StaleTarget(
            f"the cash session {args.session_id} is open",
            code="session_open",
            params={"day": row["business_date"].isoformat()},
        )
    ctx.update(
        cash_session,
        args.session_id,
        {
            "status": "open",
            "reopened_at": args.reopened_at,
            "reopened_by": ctx.actor.staff_id,
            "reopen_reason": args.reason,
        },
    )
    ctx.audit("cash_session.reopen", cash_session, args.session_id, detail={"reason": args.reason})


# Money's history: none is taken back by Undo (kronos_core/mutations/inverses.py).
FINAL.update(
    {
        "cash_drawer.save": "a drawer is saved again to change it, or made inactive",
        "cash_session.open": "an opened day is closed, not unopened",
        "cash.move": "cash put in or taken out is moved back by another movement",
        "cash_session.count_shown": "the expected amount was seen against that count: the trail keeps that it was",
        "cash_session.close": "a closed day is reopened by a manager, with a reason",
        "cash_session.reopen": "a reopened day is closed again with a new count",
    }
)
