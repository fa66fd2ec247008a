"""A section that shows one day of the studio (the agenda's, the checkout's): a day navigator,
a table, and a line in its place when the day has nothing.

The day is read on the reader thread (``ctx.reads``) whenever the navigator moves, a table the
section shows changes (``TABLES`` against the hub's ``rows_changed``) or someone else steps up to
the desk (``ctx.who.changed``: what a read shows depends on who asks, kronos_desktop/store/
queries/viewer.py); "today" is the studio's, by the desk's clock, from the last read.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTableView, QWidget
from sqlalchemy import Connection

from kronos_core.roles import Role
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import viewer as viewer_q
from kronos_desktop.ui.common.widgets import DayNavigator
from kronos_desktop.ui.context import DeskContext


class ReadOfADay(Protocol):
    @property
    def here(self) -> desk_q.Here: ...


R = TypeVar("R", bound=ReadOfADay)


@dataclass(frozen=True)
class Asker:
    """Who is at the desk when a read is asked (``ctx.who``; None, None: nobody identified)."""

    staff_id: uuid.UUID | None
    role: Role | None

    @classmethod
    def of(cls, ctx: DeskContext) -> Asker:
        """Who is at ``ctx``'s desk now, taken on the GUI thread for a read to come."""
        return cls(ctx.who.staff_id, ctx.who.role)

    def viewer(self, conn: Connection) -> viewer_q.Viewer:
        return viewer_q.viewer(conn, self.staff_id, self.role)


class DayView(QWidget, Generic[R]):
    """Subclasses set ``TABLES``, build ``table`` and ``empty`` (with :meth:`empty_label`), lay
    them out with ``navigator``, call :meth:`start`, and implement :meth:`read_day` (on the
    reader thread; ``asker`` is who is at the desk, as :func:`viewer_q.viewer` takes it) and
    :meth:`show_day` (on the GUI thread)."""

    TABLES: frozenset[str] = frozenset()
    day_shown = Signal()  # a read reached the screen (the smoke run times the first one)
    table: QTableView
    empty: QLabel

    def __init__(self, ctx: DeskContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._here: desk_q.Here | None = None  # as last read
        self._shown_for: Asker | None = None  # who the day on screen was read for
        self.navigator = DayNavigator(name, self.today, self)

    @staticmethod
    def empty_label(text: str, object_name: str) -> QLabel:
        """The line shown in the table's place when the day has nothing (hidden until a read says so)."""
        label = QLabel(text)
        label.setObjectName(object_name)
        label.setProperty("role", "empty")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.hide()
        return label

    def start(self) -> None:
        """Follow the navigator and the hub, and ask for the first day."""
        self.navigator.day_changed.connect(lambda _day: self.refresh())
        self.ctx.hub.rows_changed.connect(self.on_rows_changed)
        self.ctx.who.changed.connect(self.refresh)
        self.refresh()

    def day(self) -> dt.date:
        return self.navigator.day()

    def today(self) -> dt.date:
        """Today in the studio by the desk's clock, from the last read (before it: read once)."""
        return self._here.today() if self._here is not None else self.ctx.today()

    def on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if self.TABLES & changed.keys():
            self.refresh()

    def asker(self) -> Asker:
        return Asker.of(self.ctx)

    def refresh(self) -> None:
        """Read the day shown on the reader thread; :meth:`show_day` shows it when it comes. When
        someone else has stepped up, what was read for the one before goes first (:meth:`blank`):
        a person never sees, even for a moment, what was read for another."""
        day = self.day()
        asker = self.asker()  # read here, on the GUI thread
        if self._shown_for is not None and asker != self._shown_for:
            self._shown_for = None
            self.blank()
        self.ctx.reads.ask(self, "day", lambda conn: (asker, self.read_day(conn, day, asker)), self._answered)

    def _answered(self, answer: tuple[Asker, R]) -> None:
        asker, read = answer
        if asker != self.asker():
            return  # read for someone who has left the desk since: their read is on its way
        self._here = read.here
        self._shown_for = asker
        self.show_day(read)
        self.day_shown.emit()

    def blank(self) -> None:
        """Show nothing of the day until the next read comes (subclasses empty their figures too)."""
        self.table.hide()
        self.empty.hide()

    def show_rows(self, any_rows: bool) -> None:
        self.table.setVisible(any_rows)
        self.empty.setVisible(not any_rows)

    def read_day(self, conn: Connection, day: dt.date, asker: Asker) -> R:
        raise NotImplementedError

    def show_day(self, read: R) -> None:
        raise NotImplementedError
