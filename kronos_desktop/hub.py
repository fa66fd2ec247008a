"""The desk's application-wide "rows changed" signal (Qt), in a module of its own.

Whoever changes rows (an op on the writer thread, a pull of the sync engine, the connection's
session) tells the hub which rows changed; every view listens on ``rows_changed`` and refreshes
only what it shows. It lives apart from ``ops`` so that the sync's Qt adapter and the views can
share it without reaching into the user actions.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    """The application-wide signals. ``rows_changed`` carries ``{table name: {row ids}}``;
    each view refreshes only when a table it shows is in it. ``replica`` stands for the desk's
    own identity (who is at the desk, the server it syncs with)."""

    rows_changed = Signal(object)

    def notify(self, changed: Mapping[str, set[uuid.UUID]]) -> None:
        if changed:
            self.rows_changed.emit({table: set(ids) for table, ids in changed.items()})
