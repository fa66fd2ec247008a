"""Ops of the time-off dialog: block an artist's time (one ``time_off.add``: the series and a
block a day, in one transaction, so nothing is ever half-saved), and cancel a booking the time
off would hold, with the time off as its reason."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

from kronos_core.mutations import load_all as load_mutations  # before any: all at once, one thread at a time
from kronos_desktop.ops.runner import MutationOp


def add_time_off(
    series_id: uuid.UUID,
    artist_id: uuid.UUID,
    *,
    reason: str,
    first_day: dt.date,
    last_day: dt.date,
    weekdays: Iterable[int],
    start_minute: int,
    end_minute: int,
    excluded_days: Iterable[dt.date] = (),
    parent: QWidget | None = None,
) -> MutationOp:
    """Block ``artist_id``'s time from ``start_minute`` to ``end_minute`` (the studio's wall
    clock) on the ``weekdays`` of ``first_day`` .. ``last_day``, less ``excluded_days``."""
    load_mutations()
    from kronos_core.mutations.time_off import TimeOffAdd

    args = TimeOffAdd(
        series_id=series_id,
        artist_id=artist_id,
        reason=reason.strip(),
        first_day=first_day,
        last_day=last_day,
        weekdays=sorted(set(weekdays)),
        start_minute=start_minute,
        end_minute=end_minute,
        excluded_days=sorted(set(excluded_days)),
    )
    return MutationOp("time_off.add", args, parent=parent)


def cancel_held(
    appointment_id: uuid.UUID, reason: str, cancelled_at: dt.datetime, *, parent: QWidget | None = None
) -> MutationOp:
    """Cancel a booking the time off would hold (``reason``: "Time off: <its reason>")."""
    load_mutations()
    from kronos_core.mutations.appointments import AppointmentCancel

    args = AppointmentCancel(appointment_id=appointment_id, reason=reason[:500], cancelled_at=cancelled_at)
    return MutationOp("appointment.cancel", args, parent=parent)
