"""Moving a booking through its day: confirmed, checked in, in progress, completed, no-show.

``appointment.set_status`` sets any status but ``cancelled`` (``appointment.cancel`` keeps why
and when) along the table of allowed moves (kronos_core/transitions.py): a jump a studio would
not make (a completed session back to booked) is refused with ``status_move_not_allowed``, on
the desk and on the server alike. An artist moves only the bookings of their own calendar, as
they book only there.
"""

from __future__ import annotations

import uuid
from typing import Literal

from kronos_core import transitions  # the module, not its names: it imports the mutation framework
from kronos_core.mutations.base import ApplyContext, MutationArgs, NotAllowed, mutation
from kronos_core.roles import EVERYONE, Role
from kronos_core.schema import appointment

SettableStatus = Literal["booked", "confirmed", "checked_in", "in_progress", "completed", "no_show"]


class AppointmentSetStatus(MutationArgs):
    appointment_id: uuid.UUID
    status: SettableStatus


@mutation("appointment.set_status", AppointmentSetStatus, roles=EVERYONE)
def set_status(ctx: ApplyContext, args: AppointmentSetStatus) -> None:
    """Confirm, check in, start, complete or mark a no-show (or take one of those back), as the
    status table allows; a booking already in that status is left as it is."""
    current = ctx.require(appointment, args.appointment_id, "appointment")
    if ctx.actor.role is Role.ARTIST and ctx.actor.staff_id != current["artist_id"]:
        raise NotAllowed("an artist books only on their own calendar", code="artist_own_calendar")
    if current["status"] == args.status:
        return
    transitions.require_move("appointment", current["status"], args.status)
    ctx.update(appointment, args.appointment_id, {"status": args.status})
