"""Which status an appointment or a sale ticket may move to from the one it has.

Every mutation that sets an appointment's or a ticket's ``status`` asks :func:`require_move`
first (creating a row is a move from ``None``), so a jump a studio would not make (a completed
session back to booked) is refused the same way on the desk and on the server, with the stable
code ``status_move_not_allowed`` and the params ``kind``, ``from`` and ``to``.

Appointments (``kronos_core.schema.APPOINTMENT_STATUSES``), as a studio works a day:

============  ==========================================================================
from          may move to
============  ==========================================================================
(new)         booked: every booking starts booked
booked        confirmed, checked_in (a walk-in or an unconfirmed client who came),
              cancelled, no_show
confirmed     checked_in, cancelled, no_show; booked (the confirmation taken back)
checked_in    in_progress, cancelled (left before starting); confirmed (a check-in by
              mistake, taken back)
in_progress   completed, cancelled (a session stopped and not to be charged as done);
              checked_in (started by mistake, taken back)
completed     in_progress only (marked done by mistake): a session that happened is never
              booked, cancelled or a no-show again
cancelled     the status it had before (booked, confirmed, checked_in, in_progress): the
              un-cancel, the inverse of ``appointment.cancel`` (Ctrl+Z), through the clash
              check; never straight to done or a no-show
no_show       booked or confirmed (marked by mistake, or the client called and it stands);
              never cancelled: a no-show stays on the client's record as a no-show
============  ==========================================================================

A status moved to itself is no move and is not refused here (``appointment.cancel`` of a
cancelled booking changes nothing, as before). ``appointment.book`` (new → booked),
``appointment.cancel`` (→ cancelled), ``appointment.set_status`` (confirm, check in, start,
complete, no-show) and the undo inverses (kronos_core/mutations/inverses.py) all ask it.

Sale tickets (``kronos_core.schema.SALE_STATUSES``):

=======  ==============================================================================
from     may move to
=======  ==============================================================================
(new)    open (a ticket being rung up) or closed (``sale.record`` records a finished one)
open     closed, void
closed   void: a closed ticket is corrected by voiding it and ringing a new one, never
         reopened (its payments and shares were already counted)
void     nothing: a void ticket stays void
=======  ==============================================================================
"""

from __future__ import annotations

from typing import Literal

from kronos_core.mutations.errors import StaleTarget
from kronos_core.schema import APPOINTMENT_STATUSES, SALE_STATUSES

Kind = Literal["appointment", "sale"]

APPOINTMENT_MOVES: dict[str | None, frozenset[str]] = {
    None: frozenset({"booked"}),
    "booked": frozenset({"confirmed", "checked_in", "cancelled", "no_show"}),
    "confirmed": frozenset({"booked", "checked_in", "cancelled", "no_show"}),
    "checked_in": frozenset({"confirmed", "in_progress", "cancelled"}),
    "in_progress": frozenset({"checked_in", "completed", "cancelled"}),
    "completed": frozenset({"in_progress"}),
    "cancelled": frozenset({"booked", "confirmed", "checked_in", "in_progress"}),
    "no_show": frozenset({"booked", "confirmed"}),
}

SALE_MOVES: dict[str | None, frozenset[str]] = {
    None: frozenset({"open", "closed"}),
    "open": frozenset({"closed", "void"}),
    "closed": frozenset({"void"}),
    "void": frozenset(),
}

MOVES: dict[Kind, dict[str | None, frozenset[str]]] = {"appointment": APPOINTMENT_MOVES, "sale": SALE_MOVES}
STATUSES: dict[Kind, tuple[str, ...]] = {"appointment": APPOINTMENT_STATUSES, "sale": SALE_STATUSES}


def allowed(kind: Kind, from_status: str | None, to_status: str) -> bool:
    """Whether ``kind`` may move from ``from_status`` (None: a new row) to ``to_status``."""
    if to_status == from_status:
        return True
    return to_status in MOVES[kind].get(from_status, frozenset())


def require_move(kind: Kind, from_status: str | None, to_status: str) -> None:
    """Refuse (``status_move_not_allowed``) a move the table above does not allow."""
    if to_status not in STATUSES[kind]:
        raise ValueError(f"{to_status!r} is not a status of a {kind}")
    if not allowed(kind, from_status, to_status):
        raise StaleTarget(
            f"a {from_status or 'new'} {kind} cannot become {to_status}",
            code="status_move_not_allowed",
            params={"kind": kind, "from": from_status or "", "to": to_status},
        )
