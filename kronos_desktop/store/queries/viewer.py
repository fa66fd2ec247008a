"""Who is asking for a read that shows more or less by role (DESIGN.md, "Auth"): an artist sees
their own day, clients and takings in full, colleagues' bookings only as busy and not their
takings; owners, managers and receptionists see everything.

The views pass the person at the desk and the role the desk acts with for them
(kronos_desktop/ui/who.py); with nobody identified (or not yet known), the desk's own member and
role (its enrolment's) decide, read here on the reader thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection

from kronos_core.roles import Role
from kronos_desktop.store.queries.undo import at_desk


@dataclass(frozen=True)
class Viewer:
    """Whose rows a read shows in full: every artist's (``sees_all``) or ``staff_id``'s alone."""

    staff_id: uuid.UUID | None
    sees_all: bool

    @classmethod
    def everyone(cls) -> Viewer:
        return cls(None, True)


def viewer(conn: Connection, staff_id: uuid.UUID | None, role: Role | None) -> Viewer:
    """The viewer for the member ``staff_id`` acting with ``role`` (None: the desk's own)."""
    if role is None:
        desk = at_desk(conn)
        staff_id, role = desk.staff_id, desk.role
    if role is None:
        return Viewer.everyone()  # no desk yet: nothing to hide
    return Viewer(staff_id, role is not Role.ARTIST)
