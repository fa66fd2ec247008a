"""Who is at the desk, for the views: the member identified by PIN (or the desk's own) and the
role the desk acts with for them (the desk's role narrowed to theirs: kronos_core.roles.lower_role).

The lock (kronos_desktop/ui/lock) sets it on every switch; a view that shows more or less by
role (an artist sees colleagues' bookings as busy, not their takings) reads it and re-reads on
:attr:`WhoIsHere.changed`. None while the desk is locked or not yet read."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

from kronos_core.roles import Role


class WhoIsHere(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.staff_id: uuid.UUID | None = None
        self.role: Role | None = None  # what the desk acts with for them
        self.name = ""
        self.color = ""

    def set(self, staff_id: uuid.UUID | None, role: Role | None, name: str = "", color: str = "") -> None:
        """The member now at the desk (None, None: locked). Says ``changed`` only on a change."""
        if (staff_id, role, name, color) == (self.staff_id, self.role, self.name, self.color):
            return
        self.staff_id, self.role, self.name, self.color = staff_id, role, name, color
        self.changed.emit()

    def sees_all_artists(self) -> bool:
        """Whether the person at the desk sees every artist's clients and takings (not an artist)."""
        return self.role is not None and self.role is not Role.ARTIST
