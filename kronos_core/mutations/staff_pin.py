"""A staff member's desk PIN, for quick switching at a shared desk.

Only the hash travels (argon2id, made on the server or the desk, at least kronos_core.pins'
MIN_COST); never the PIN. The PIN attributes actions and authorises nothing a desk's role does
not already allow (DESIGN.md, "Auth"): a short PIN can be guessed from a stolen desk's file.

Who may set a PIN, decided on the token's principal (the enrolment's member and role, or the
server's signed-in user), never on a pushed PIN attribution:

- the principal their own;
- owners any role's, managers the roles below theirs (kronos_core.roles.PIN_SETTABLE), under the
  desk's role as the identified member narrows it: an owner's PIN only from a desk acting as an
  owner (an owner-enrolled desk, a standalone desk, the desk that brought the studio to the
  server) or through the server;
- a member identified at the desk their own (the desk asked for the old PIN first): applied when
  the desk's own role may set that member's PIN; otherwise nothing changes and a ``needs_review``
  conflict holds the change, for a manager to approve (``redo``) or dismiss; an owner's, refused
  (``pin_owner_only``) at a desk not acting as an owner, as over REST.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import Field

from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, NotAllowed, mutation
from kronos_core.pins import MAX_COST, MIN_COST, PinHashProblem, pin_cost
from kronos_core.roles import EVERYONE, Role, may_set_pin
from kronos_core.schema import staff

PinHash = Annotated[str, Field(min_length=20, max_length=200, pattern=r"^\$argon2id\$v=19\$[A-Za-z0-9$=,+/.]+$")]

# The ``theirs`` code of the needs_review conflict that holds a member's own PIN change.
PIN_NEEDS_APPROVAL = "pin_change_needs_approval"


class StaffSetPin(MutationArgs):
    staff_id: uuid.UUID
    pin_hash: PinHash | None  # None clears the PIN


def check_pin_hash(pin_hash: str | None) -> None:
    """Refuse a hash below MIN_COST (``pin_hash_weak``), above MAX_COST (``pin_hash_costly``) or
    that argon2 cannot read (``invalid_arguments``)."""
    if pin_hash is None:
        return
    try:
        pin_cost(pin_hash)
    except PinHashProblem as exc:
        if exc.kind == "weak":
            raise InvalidArguments(str(exc), code="pin_hash_weak", params=_cost_params(MIN_COST)) from None
        if exc.kind == "costly":
            raise InvalidArguments(str(exc), code="pin_hash_costly", params=_cost_params(MAX_COST)) from None
        raise InvalidArguments(f"pin_hash: {exc}", params={"problems": f"pin_hash: {exc}"}) from None


def _cost_params(cost: object) -> dict[str, str]:
    return {name: str(value) for name, value in vars(cost).items()}


def _refuse(setter: Role, target_role: Role) -> NotAllowed:
    if setter is Role.MANAGER and target_role is Role.OWNER:
        return NotAllowed("only a desk acting as an owner sets an owner's PIN", code="pin_owner_only")
    if setter is Role.MANAGER:
        return NotAllowed(
            f"a manager sets the PINs of receptionists and artists, not a {target_role.value}'s",
            code="pin_not_below",
            params={"target": target_role.value},
        )
    return NotAllowed("only an owner or a manager sets another person's PIN", code="pin_needs_manager")


@mutation("staff.set_pin", StaffSetPin, roles=EVERYONE)
def set_pin(ctx: ApplyContext, args: StaffSetPin) -> None:
    """Set (or clear) a staff member's PIN (see the module for who may)."""
    check_pin_hash(args.pin_hash)
    current = ctx.require(staff, args.staff_id, "staff member")
    target_role = Role(current["role"])
    actor = ctx.actor
    if actor.principal_staff_id is not None and args.staff_id == actor.principal_staff_id:
        pass  # the token's (or the enrolment's) own member
    elif actor.attributed and args.staff_id == actor.staff_id:
        # The identified member's own PIN: the desk checked the old one, the server cannot.
        if target_role is Role.OWNER and actor.principal_role is not Role.OWNER:
            raise _refuse(Role.MANAGER, target_role)  # an owner's PIN: only from an owner's desk
        if not may_set_pin(actor.principal_role, target_role):
            ctx.conflict(
                "needs_review",
                table=staff,
                row_ids=[args.staff_id],
                mine={"name": ctx.mutation_name, "args": args.model_dump(mode="json")},
                theirs={
                    "code": PIN_NEEDS_APPROVAL,
                    "params": {"name": str(current["display_name"]), "role": target_role.value},
                },
                detail=(
                    f"{current['display_name']} changed their own PIN at a desk acting as a "
                    f"{actor.principal_role.value}: a manager approves (redo) or dismisses it"
                ),
            )
            return
    elif not may_set_pin(actor.role, target_role):
        raise _refuse(actor.role, target_role)
    ctx.update(staff, args.staff_id, {"pin_hash": args.pin_hash})
    # The trail: whose PIN, set by themselves or reset by another (never the hash).
    own = args.staff_id in (actor.staff_id, actor.principal_staff_id)
    action = "pin.clear" if args.pin_hash is None else ("pin.set" if own else "pin.reset")
    ctx.audit(action, staff, args.staff_id, detail={"name": str(current["display_name"])})
