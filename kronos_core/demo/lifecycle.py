"""How a demo booking reached its status: the moves of the status table, each at its time.

A booking is booked first (``appointment.book``), then moved along the moves
kronos_core/transitions.py allows (``appointment.set_status``), or cancelled
(``appointment.cancel``): the demo never writes a status the app could not have reached. Every
move happens no later than the demo's present.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections import deque

from kronos_core.transitions import APPOINTMENT_MOVES

_MINUTE = dt.timedelta(minutes=1)


@functools.cache
def route(from_status: str, to_status: str) -> tuple[str, ...]:
    """The shortest run of statuses from ``from_status`` to ``to_status`` through the table's
    moves (``to_status`` last; empty when they are the same), never through a cancellation."""
    seen = {from_status: ""}
    queue = deque([from_status])
    while queue:
        status = queue.popleft()
        if status == to_status:
            steps: list[str] = []
            while status != from_status:
                steps.append(status)
                status = seen[status]
            return tuple(reversed(steps))
        for nxt in sorted(APPOINTMENT_MOVES.get(status, frozenset())):
            if nxt not in seen and nxt != "cancelled":
                seen[nxt] = status
                queue.append(nxt)
    raise ValueError(f"no move leads from {from_status} to {to_status}")


def moves(
    rng: random.Random,
    status: str,
    *,
    created: dt.datetime,
    starts: dt.datetime,
    ends: dt.datetime,
    now: dt.datetime,
) -> list[tuple[str, dt.datetime]]:
    """The status moves (status, when) that take a booking made at ``created`` to ``status``, the
    shortest way the table allows (each move is a mutation: a large studio makes hundreds of
    thousands): confirmed some time after it was made, the client checked in shortly before the
    start, started, completed after the end; a no-show is marked half an hour after the start.
    Each no earlier than the one before, and none after ``now``."""
    if status in ("booked", "cancelled"):
        return []
    steps = route("booked", status)
    out: list[tuple[str, dt.datetime]] = []
    last = created
    for step in steps:
        if step == "confirmed":
            when = created + (min(starts, now) - created) * rng.uniform(0.2, 0.6)
        elif step == "checked_in":
            when = min(starts - rng.randint(0, 15) * _MINUTE, now - rng.randint(0, 10) * _MINUTE)
        elif step == "in_progress":
            when = starts + rng.randint(0, 5) * _MINUTE
        elif step == "completed":
            when = ends + rng.randint(0, 20) * _MINUTE
        else:  # no_show
            when = starts + 30 * _MINUTE
        last = min(max(when, last), now)
        out.append((step, last))
    return out


def cancellation(rng: random.Random, *, created: dt.datetime, starts: dt.datetime, now: dt.datetime) -> dt.datetime:
    """When a booking made at ``created`` was cancelled: before its start, never after ``now``."""
    latest = min(starts, now)
    when = created + (latest - created) * rng.uniform(0.3, 1.0)
    return min(max(when, created + _MINUTE), now)
