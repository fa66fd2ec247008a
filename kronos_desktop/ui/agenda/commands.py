"""What a person does from the agenda, joined up: the drawn day's mouse and keys (drag over free
time, double-click, drag a block or its edge, a booking's menu and letters) and the Agenda menu's
commands (book, find a slot, block time off, free now, print the day, export to a phone, my day)
reach the booking flow and the dialogs that do them (booking_flow.py and its neighbours).

The view (view.py) shows; this object acts. It holds no state of its own beyond the booking
flow: which column is an artist's and which a station's is the canvas's grouping."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QWidget

from kronos_core.roles import Role
from kronos_desktop.ui.agenda.day_canvas import DayCanvas
from kronos_desktop.ui.agenda.day_read import DayRead
from kronos_desktop.ui.agenda.my_day import MyDayView, open_my_day
from kronos_desktop.ui.agenda.session_flow import SessionFlow
from kronos_desktop.ui.agenda.time_off_dialog import TimeOffDialog
from kronos_desktop.ui.context import DeskContext

if TYPE_CHECKING:  # imported on first use: not paid for before the window shows (icalendar, Qt's printing)
    from kronos_desktop.ui.agenda.find_slot_dialog import FindSlotDialog
    from kronos_desktop.ui.agenda.ics_dialog import IcsExportDialog
    from kronos_desktop.ui.agenda.print_dialog import PrintDayDialog

DEFAULT_LENGTH = dt.timedelta(hours=1)  # a double-click on free time books an hour


class AgendaCommands(QObject):
    """The agenda's actions, for the view ``owner`` (an AgendaView) and its drawn day ``canvas``."""

    def __init__(self, ctx: DeskContext, owner: QWidget, canvas: DayCanvas) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.owner = owner
        self.canvas = canvas
        self.flow = SessionFlow(ctx, owner)  # the booking flow, with the signed-form check and the session record
        canvas.range_chosen.connect(self._range_chosen)
        canvas.empty_activated.connect(self._empty_activated)
        canvas.block_moved.connect(self._block_moved)
        canvas.block_resized.connect(self.flow.resize)
        canvas.block_menu_requested.connect(self._menu)
        canvas.block_key.connect(self._block_key)

    # -- the drawn day -------------------------------------------------------------------------
    def _column(self, key: uuid.UUID | None) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        """A column's key as (artist, station), by the canvas's grouping."""
        return (None, key) if self.canvas.grouping() == "station" else (key, None)

    def _range_chosen(self, key: uuid.UUID | None, start: dt.datetime, end: dt.datetime) -> None:
        artist, station = self._column(key)
        self.flow.new_booking(artist, start, end, station_id=station)

    def _empty_activated(self, column: int, start: dt.datetime) -> None:
        columns = self.canvas.layout_.columns
        key = columns[column].key if 0 <= column < len(columns) else None
        artist, station = self._column(key)
        self.flow.new_booking(artist, start, start + DEFAULT_LENGTH, station_id=station)

    def _block_moved(self, row_id: uuid.UUID, key: uuid.UUID | None, start: dt.datetime, end: dt.datetime) -> None:
        artist, station = self._column(key)
        if self.canvas.grouping() == "station" and key is None:
            return  # dropped in "No station": a station is taken off in the booking dialog, not by a drag
        self.flow.move(row_id, artist, station, start, end)

    def _menu(self, row_id: uuid.UUID, pos: QPoint) -> None:
        block = self.canvas.layout_.by_id.get(row_id)
        if block is not None and not block.row.busy:
            self.flow.show_menu(row_id, pos)

    def _block_key(self, row_id: uuid.UUID, key: str) -> None:
        block = self.canvas.layout_.by_id.get(row_id)
        if block is not None and not block.row.busy:
            self.flow.key_pressed(row_id, key)

    def open_booking(self, row_id: uuid.UUID) -> None:
        """A booking double-clicked (or Enter on it): its dialog, unless it is a colleague's."""
        block = self.canvas.layout_.by_id.get(row_id)
        if block is not None and not block.row.busy:
            self.flow.edit(row_id)

    # -- the Agenda menu -----------------------------------------------------------------------
    def new_booking(self, day: DayRead | None = None) -> None:
        """N: the booking dialog, in the selected booking's column (or the first), at the next
        quarter hour today, or at the opening of the day shown."""
        key = None
        selected = self.canvas.selected()
        block = self.canvas.layout_.by_id.get(selected) if selected is not None else None
        if block is not None:
            key = self.canvas.layout_.columns[block.column].key
        artist, station = self._column(key)
        start = end = None
        if day is not None and day.day != day.here.today():
            opening = day.opening[0].start if day.opening else 10 * 60
            local = dt.datetime.combine(day.day, dt.time(), tzinfo=day.zone) + dt.timedelta(minutes=opening)
            start = local.astimezone(dt.UTC)
            end = start + DEFAULT_LENGTH
        self.flow.new_booking(artist, start, end, station_id=station)

    def book_from(
        self, artist: uuid.UUID | None, station: uuid.UUID | None, start: dt.datetime, end: dt.datetime, kind: str
    ) -> None:
        """A slot chosen in "free now" or "find a slot": the booking dialog, filled in."""
        self.flow.new_booking(artist, start, end, station_id=station, kind=kind or None)

    def find_slot(self) -> FindSlotDialog:
        from kronos_desktop.ui.agenda.find_slot_dialog import FindSlotDialog

        dialog = FindSlotDialog(self.ctx, self.owner)

        def book(artist: uuid.UUID, station: uuid.UUID | None, start: dt.datetime, end: dt.datetime, kind: str) -> None:
            # A project's next session: the dialog, its client and project picked.
            self.flow.new_booking(artist, start, end, station_id=station, kind=kind, project_id=dialog.chosen_project)

        dialog.book_requested.connect(book)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def time_off(self, day: dt.date | None = None) -> TimeOffDialog:
        """Block time off: for the selected booking's artist (an artist at the desk: their own),
        from the day shown."""
        artist = self.ctx.who.staff_id if self._is_artist() else self._selected_artist()
        dialog = TimeOffDialog(self.ctx, artist, day, self.owner)
        dialog.edit_requested.connect(self.flow.edit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def print_day(self, day: dt.date) -> PrintDayDialog:
        from kronos_desktop.ui.agenda.print_dialog import print_day

        artist = self.ctx.who.staff_id if self._is_artist() else None
        return print_day(self.ctx, day, artist, parent=self.owner)

    def export_ics(self) -> IcsExportDialog:
        from kronos_desktop.ui.agenda.ics_dialog import export_ics

        return export_ics(self.ctx, self.ctx.who.staff_id, parent=self.owner)

    def my_day(self) -> MyDayView:
        return open_my_day(self.ctx, self.ctx.who.staff_id, parent=self.owner)

    def _is_artist(self) -> bool:
        return self.ctx.who.role is Role.ARTIST

    def _selected_artist(self) -> uuid.UUID | None:
        selected = self.canvas.selected()
        block = self.canvas.layout_.by_id.get(selected) if selected is not None else None
        return block.row.artist_id if block is not None else None
