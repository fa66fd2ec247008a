"""A staff member's desk PIN, for quick switching at a shared desk.

Only the hash travels (argon2id, made on the server or the desk); never the PIN. The PIN
attributes actions and authorises nothing a desk's role does not already allow (DESIGN.md,
"Auth"): a short PIN can be guessed from a stolen desk's file.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import Field

from kronos_core.mutations.base import ApplyContext, MutationArgs, NotAllowed, mutation
from kronos_core.roles import EVERYONE, MANAGEMENT, Role
from kronos_core.schema import staff

PinHash = Annotated[str, Field(min_length=20, max_length=200, pattern=r"^\$argon2id\$v=19\$[A-Za-z0-9$=,+/.]+$")]


class StaffSetPin(MutationArgs):
    staff_id: uuid.UUID
    pin_hash: PinHash | None  # None clears the PIN


@mutation("staff.set_pin", StaffSetPin, roles=EVERYONE)
def set_pin(ctx: ApplyContext, args: StaffSetPin) -> None:
    """Set (or clear) a staff member's PIN: their own, or anyone's by an owner or manager
    (an owner's only by an owner)."""
    current = ctx.require(staff, args.staff_id, "staff member")
    own = ctx.actor.staff_id is not None and ctx.actor.staff_id == args.staff_id
    if not own:
        if ctx.actor.role not in MANAGEMENT:
            raise NotAllowed("only an owner or a manager sets another person's PIN", code="pin_needs_manager")
        if current["role"] == Role.OWNER.value and ctx.actor.role is not Role.OWNER:
            raise NotAllowed("only an owner sets an owner's PIN", code="pin_owner_only")
    ctx.update(staff, args.staff_id, {"pin_hash": args.pin_hash})
