"""Moving a booking through its day: confirmed, checked in, in progress, completed, no-show.

``appointment.set_status`` sets any status but ``cancelled`` (``appointment.cancel`` keeps why
and when) along the table of allowed moves (kronos_core/transitions.py): a jump a studio would
not make (a completed session back to booked) is refused with ``status_move_not_allowed``, on
the desk and on the server alike. An artist moves only the bookings of their own calendar, as
they book only there.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from kronos_core import transitions  # the module, not its names: it imports the mutation framework
from kronos_core.mutations.appointments import find_clashes, record_double_booking
from kronos_core.mutations.base import ApplyContext, MutationArgs, NotAllowed, mutation
from kronos_core.roles import EVERYONE, Role
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, appointment

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
    values: dict[str, Any] = {"status": args.status}
    if current["status"] == "cancelled":  # un-cancelled (the undo of a cancellation)
        values.update(cancelled_at=None, cancellation_reason=None, late_cancellation=False)
    move = {"from": current["status"], "to": args.status}  # the trail of a status move
    if current["status"] in ACTIVE_APPOINTMENT_STATUSES or args.status not in ACTIVE_APPOINTMENT_STATUSES:
        ctx.update(appointment, args.appointment_id, values)
        ctx.audit("appointment.set_status", appointment, args.appointment_id, detail=move)
        return
    # Back in the calendar (un-cancelled, a no-show taken back): its slot may have been booked
    # meanwhile, and is then flagged with a double_booking conflict, as any booking would be.
    placed = {key: current[key] for key in ("artist_id", "station_id", "starts_at", "ends_at")}
    clashes = find_clashes(ctx, **placed, exclude_id=args.appointment_id)
    values["in_conflict"] = bool(clashes)
    ctx.update(appointment, args.appointment_id, values)
    ctx.audit("appointment.set_status", appointment, args.appointment_id, detail=move)
    if clashes:
        record_double_booking(ctx, args.appointment_id, placed, clashes)
