"""Resolving a conflict: a person's one-click decision, itself a mutation like any other.

``conflict.resolve`` names the conflict and a resolution:

- ``dismiss`` (any kind): seen, nothing to change;
- ``keep_theirs`` (``field_overwrite``, ``renumbered``, ``duplicate_client``): the value that
  won stays;
- ``keep_mine`` (``field_overwrite``): the desk's values are written again, merged field by field
  like an update (of a client, the studio, a member of staff or a station) that saw the values
  that won (a field changed again since then keeps the newer value and makes a new
  ``field_overwrite`` conflict);
- ``cancel`` (``double_booking``): cancel one of the clashing bookings;
- ``move`` / ``reassign`` (``double_booking``): put one of them at another time, or with another
  artist or station, through the same double-booking check as any booking;
- ``redo`` (``rejected``): the refused mutation (its name and arguments, as the server kept them
  in ``mine``) is applied again inside this one, through the registry, with the resolving
  desk's actor and clock: checked like any other (role, rules, the double-booking check). If it
  still cannot apply, the whole resolution is refused with its message and the conflict stays
  open. Its arguments are used as they were, ids included: the refusal wrote nothing, so the
  rows it meant to create do not exist, and other refused changes that name them (a booking of
  a client created offline) can be redone after it; a second redo of the same conflict (from
  another desk) changes nothing. Times among its arguments (a cancellation's ``cancelled_at``)
  stay those of the moment the person made the change; the rows it writes are stamped by this
  resolution. A refused ``conflict.resolve`` is not redone (its conflict is still open: resolve
  that one again), nor are arguments the server could keep only as text.

After ``cancel``, ``move`` or ``reassign``, every booking of the conflict still flagged
``in_conflict`` is placed again: freed when nothing clashes any more, else it stays flagged
with a new conflict (a flagged booking always has an open conflict a person sees).

Resolving a conflict that is already resolved or dismissed changes nothing: two desks that
resolve the same conflict offline converge on the first resolution the server applied.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Literal

from pydantic import AwareDatetime, Field, model_validator

from kronos_core.mutations.appointments import (
    AppointmentCancel,
    AppointmentReschedule,
    _check_span,
    cancel,
    find_clashes,
    record_double_booking,
    reschedule,
)
from kronos_core.mutations.base import (
    ApplyContext,
    InvalidArguments,
    MutationArgs,
    StaleTarget,
    mutation,
    registry,
    run,
)
from kronos_core.mutations.clients import ClientFields, ClientUpdate, update_client
from kronos_core.roles import FRONT_DESK
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, appointment, sync_conflict

Resolution = Literal["dismiss", "keep_mine", "keep_theirs", "cancel", "move", "reassign", "redo"]

# Which resolutions each kind of conflict offers.
RESOLUTIONS: dict[str, tuple[Resolution, ...]] = {
    "double_booking": ("cancel", "move", "reassign", "dismiss"),
    "field_overwrite": ("keep_mine", "keep_theirs", "dismiss"),
    "renumbered": ("keep_theirs", "dismiss"),
    "duplicate_client": ("keep_theirs", "dismiss"),
    "rejected": ("redo", "dismiss"),
    # Something stored that a person should look at: marking it reviewed is all there is to do.
    "needs_review": ("dismiss",),
}
# Conflict kinds that only say what a person should look at: the mutation that wrote them applied
# as it meant to, so its push result is ``applied`` (with the conflict's id), not ``conflict``.
REVIEW_KINDS = frozenset({"needs_review"})
BOOKING_RESOLUTIONS = ("cancel", "move", "reassign")
# Mutations a ``redo`` never applies again (a refused resolution's conflict is still open).
NOT_REDONE = frozenset({"conflict.resolve"})


class ConflictResolve(MutationArgs):
    conflict_id: uuid.UUID
    resolution: Resolution
    resolved_at: AwareDatetime  # the desk's corrected clock (a cancellation's time depends on it)
    # cancel / move / reassign: which booking of the conflict.
    appointment_id: uuid.UUID | None = None
    # move: the new time (and optionally artist or station); reassign: the artist or station.
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    artist_id: uuid.UUID | None = None
    station_id: uuid.UUID | None = None
    reason: str = Field(default="", max_length=500)

    @model_validator(mode="after")
    def _valid(self) -> ConflictResolve:
        if self.resolution in BOOKING_RESOLUTIONS and self.appointment_id is None:
            raise ValueError(f"{self.resolution} needs the appointment_id of one of the clashing bookings")
        if self.resolution == "move":
            if self.starts_at is None or self.ends_at is None:
                raise ValueError("move needs starts_at and ends_at")
            _check_span(self.starts_at, self.ends_at)
        elif self.starts_at is not None or self.ends_at is not None:
            raise ValueError("only move takes a new time")
        if self.resolution == "reassign" and self.artist_id is None and self.station_id is None:
            raise ValueError("reassign needs an artist_id or a station_id")
        return self


def outcome(ctx: ApplyContext) -> tuple[Literal["applied", "conflict"], uuid.UUID | None]:
    """How a mutation that applied through ``ctx`` is answered (the server's push result, and the
    desk's own guess of it): ``conflict`` with the first conflict it wrote that asks for a
    decision; otherwise ``applied``, with the first ``needs_review`` conflict it wrote, if any."""
    review: uuid.UUID | None = None
    for record in ctx.undo:
        if record.table != sync_conflict.name or record.before is not None:
            continue
        row = ctx.get(sync_conflict, record.id, include_deleted=True)
        if row is None or row["kind"] not in REVIEW_KINDS:
            return "conflict", record.id
        if review is None:
            review = record.id
    return "applied", review


def _place_again(ctx: ApplyContext, appointment_ids: list[uuid.UUID]) -> None:
    """Free the flagged bookings that no longer clash; keep the others flagged, each with a new
    conflict (the resolved one no longer speaks for them)."""
    for appointment_id in appointment_ids:
        row = ctx.get(appointment, appointment_id)
        if row is None or not row["in_conflict"] or row["status"] not in ACTIVE_APPOINTMENT_STATUSES:
            continue
        clashes = find_clashes(
            ctx,
            artist_id=row["artist_id"],
            station_id=row["station_id"],
            starts_at=row["starts_at"],
            ends_at=row["ends_at"],
            exclude_id=appointment_id,
        )
        if not clashes:
            ctx.update(appointment, appointment_id, {"in_conflict": False})
            continue
        record_double_booking(
            ctx, appointment_id, row, clashes, detail="still clashes after the previous conflict was resolved"
        )


def _resolve_booking(ctx: ApplyContext, args: ConflictResolve, row_ids: list[uuid.UUID]) -> None:
    target = args.appointment_id
    assert target is not None
    if target not in row_ids:
        raise InvalidArguments(f"the appointment {target} is not part of this conflict", code="not_in_conflict")
    if args.resolution == "cancel":
        cancel(ctx, AppointmentCancel(appointment_id=target, reason=args.reason, cancelled_at=args.resolved_at))
    else:
        current = ctx.require(appointment, target, "appointment")
        starts_at: dt.datetime = args.starts_at or current["starts_at"]
        ends_at: dt.datetime = args.ends_at or current["ends_at"]
        reschedule(
            ctx,
            AppointmentReschedule(
                appointment_id=target,
                starts_at=starts_at,
                ends_at=ends_at,
                artist_id=args.artist_id,
                station_id=args.station_id,
            ),
        )
    _place_again(ctx, [r for r in row_ids if r != target])


def refused_mutation(mine: Any) -> tuple[str, dict[str, Any]] | None:
    """The name and arguments a ``rejected`` conflict kept (its ``mine``), if it can be redone:
    arguments kept as JSON (not only as text), of a registered mutation other than a resolution."""
    if not isinstance(mine, dict):
        return None
    name, args = mine.get("name"), mine.get("args")
    if not isinstance(name, str) or not isinstance(args, dict) or name in NOT_REDONE or name not in registry():
        return None
    return name, args


def offered_resolutions(kind: str, mine: Any) -> tuple[Resolution, ...]:
    """The resolutions a conflict offers: its kind's, and ``redo`` for a ``needs_review`` that
    holds a change waiting for approval (a member's own PIN set at a desk whose role may not set
    it, kronos_core/mutations/staff_pin.py): approving it is redoing it."""
    offered = RESOLUTIONS.get(kind, ("dismiss",))
    if kind == "needs_review" and refused_mutation(mine) is not None:
        return (*offered, "redo")
    return offered


def _redo(ctx: ApplyContext, conflict: dict[str, Any]) -> None:
    refused = refused_mutation(conflict["mine"])
    if refused is None:
        raise StaleTarget(
            "this refused change cannot be redone; dismiss it and make the change again", code="cannot_redo"
        )
    name, args = refused
    # The refused mutation runs as itself (its rules, its role check, its name on any conflict
    # it records), inside this resolution's transaction, context and mutation UUID.
    outer = ctx.mutation_name
    ctx.mutation_name = name
    try:
        run(ctx, args)
    finally:
        ctx.mutation_name = outer


# The update a ``keep_mine`` runs again for a field_overwrite of each table (besides the client's),
# and the argument naming its row (None: the studio's own row). It runs as itself (its rules and
# role check), merged against the values that won (kronos_core/mutations/seen.py).
KEEP_MINE_UPDATES: dict[str, tuple[str, str | None]] = {
    "studio": ("studio.update", None),
    "staff": ("staff.update", "staff_id"),
    "station": ("station.update", "station_id"),
}


def _keep_mine(ctx: ApplyContext, conflict: dict[str, Any], row_ids: list[uuid.UUID]) -> None:
    table_name = conflict["table_name"]
    if (
        (table_name != "client" and table_name not in KEEP_MINE_UPDATES)
        or not row_ids
        or not isinstance(conflict["mine"], dict)
    ):
        raise InvalidArguments("keep_mine applies to a client's overwritten fields", code="keep_mine_client_only")
    mine: dict[str, Any] = conflict["mine"]
    theirs: dict[str, Any] = conflict["theirs"] if isinstance(conflict["theirs"], dict) else {}
    if table_name in KEEP_MINE_UPDATES:
        name, key = KEEP_MINE_UPDATES[table_name]
        args: dict[str, Any] = {**mine, "seen": {field: theirs.get(field) for field in mine}}
        if key is not None:
            args[key] = str(row_ids[0])
        outer = ctx.mutation_name
        ctx.mutation_name = name
        try:
            run(ctx, args)
        finally:
            ctx.mutation_name = outer
        return
    update_client(
        ctx,
        ClientUpdate(
            client_id=row_ids[0],
            changes=ClientFields.model_validate(mine),
            seen={name: theirs.get(name) for name in mine},
        ),
    )


@mutation("conflict.resolve", ConflictResolve, roles=FRONT_DESK)
def resolve(ctx: ApplyContext, args: ConflictResolve) -> None:
    """Resolve a conflict with one of the resolutions its kind offers (see the module)."""
    conflict = ctx.require(sync_conflict, args.conflict_id, "conflict")
    if conflict["status"] != "open":
        return  # already resolved (perhaps on another desk): nothing changes
    kind: str = conflict["kind"]
    if args.resolution not in offered_resolutions(kind, conflict["mine"]):
        raise InvalidArguments(
            f"a {kind} conflict cannot be resolved with {args.resolution}",
            code="resolution_not_offered",
            params={"kind": kind, "resolution": args.resolution},
        )
    row_ids = [uuid.UUID(str(r)) for r in conflict["row_ids"]]
    if args.resolution in BOOKING_RESOLUTIONS:
        _resolve_booking(ctx, args, row_ids)
    elif args.resolution == "keep_mine":
        _keep_mine(ctx, conflict, row_ids)
    elif args.resolution == "redo":
        _redo(ctx, conflict)
    resolution: dict[str, Any] = args.model_dump(mode="json", exclude={"conflict_id", "resolved_at"}, exclude_none=True)
    ctx.update(
        sync_conflict,
        args.conflict_id,
        {
            "status": "dismissed" if args.resolution == "dismiss" else "resolved",
            "resolution": resolution,
            "resolved_by": ctx.actor.staff_id,
            "resolved_at": args.resolved_at,
        },
    )
    detail = {**resolution, "kind": kind, "reason": args.reason[:80]}  # a trace, not the whole text
    ctx.audit("conflict.resolve", sync_conflict, args.conflict_id, detail=detail)
