"""Ops of the conflicts inbox: each resolution a person can choose, one function each.

Every resolution is a ``conflict.resolve`` mutation (kronos_core/mutations/conflicts.py) naming
the conflict, the resolution and when it was chosen (the desk's clock corrected by its offset to
the server's); the booking resolutions also name which of the clashing bookings they act on.
The inbox (ui/sync/inbox.py) asks the person what it needs (which booking, the new start, the
other artist) and runs the op these return.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtWidgets import QWidget

from kronos_desktop.ops.runner import MutationOp


def _resolve(
    conflict_id: uuid.UUID, resolution: str, resolved_at: dt.datetime, parent: QWidget | None, **more: str
) -> MutationOp:
    args: dict[str, Any] = {
        "conflict_id": str(conflict_id),
        "resolved_at": resolved_at.isoformat(),
        "resolution": resolution,
        **more,
    }
    return MutationOp("conflict.resolve", args, parent=parent)


def dismiss(conflict_id: uuid.UUID, resolved_at: dt.datetime, *, parent: QWidget | None = None) -> MutationOp:
    """Seen, nothing to change ("Dismiss", "Mark as reviewed", a double booking left as it is)."""
    return _resolve(conflict_id, "dismiss", resolved_at, parent)


def keep_mine(conflict_id: uuid.UUID, resolved_at: dt.datetime, *, parent: QWidget | None = None) -> MutationOp:
    """An overwritten field: this desk's value is applied again ("Keep this change")."""
    return _resolve(conflict_id, "keep_mine", resolved_at, parent)


def keep_theirs(conflict_id: uuid.UUID, resolved_at: dt.datetime, *, parent: QWidget | None = None) -> MutationOp:
    """The value that won stays ("Keep the other value", or "Accept" a renumbered sale)."""
    return _resolve(conflict_id, "keep_theirs", resolved_at, parent)


def redo(conflict_id: uuid.UUID, resolved_at: dt.datetime, *, parent: QWidget | None = None) -> MutationOp:
    """A change the server refused is applied again, through the same rules ("Redo this change")."""
    return _resolve(conflict_id, "redo", resolved_at, parent)


def cancel_booking(
    conflict_id: uuid.UUID, appointment_id: uuid.UUID, resolved_at: dt.datetime, *, parent: QWidget | None = None
) -> MutationOp:
    """One of the clashing bookings is cancelled; the other stays."""
    return _resolve(conflict_id, "cancel", resolved_at, parent, appointment_id=str(appointment_id))


def move_booking(
    conflict_id: uuid.UUID,
    appointment_id: uuid.UUID,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    resolved_at: dt.datetime,
    *,
    parent: QWidget | None = None,
) -> MutationOp:
    """A clashing booking moves to another time."""
    return _resolve(
        conflict_id,
        "move",
        resolved_at,
        parent,
        appointment_id=str(appointment_id),
        starts_at=starts_at.isoformat(),
        ends_at=ends_at.isoformat(),
    )


def reassign_booking(
    conflict_id: uuid.UUID,
    appointment_id: uuid.UUID,
    artist_id: uuid.UUID,
    resolved_at: dt.datetime,
    *,
    parent: QWidget | None = None,
) -> MutationOp:
    """A clashing booking is given to another artist."""
    return _resolve(
        conflict_id, "reassign", resolved_at, parent, appointment_id=str(appointment_id), artist_id=str(artist_id)
    )


# The resolutions a person chooses with one click (nothing more to ask), by name.
ONE_CLICK = {"dismiss": dismiss, "keep_mine": keep_mine, "keep_theirs": keep_theirs, "redo": redo}
