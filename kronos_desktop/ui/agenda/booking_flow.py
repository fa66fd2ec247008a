"""The glue between the drawn agenda and its actions: what the view calls when a person drags
over free time, drops or stretches a block, right-clicks one or presses a key on it.

A drop and a stretch are checked first by the same read the booking dialog uses (kronos_core's
clash rule): onto a booking or time off, a message names it and nothing changes. Every change
is an op through ``ctx.runner``, so Ctrl+Z undoes it. A deposit held for the booking is asked
about after a no-show, a cancellation or a move to another day (deposit_prompts.py). A booking
just completed is offered its ticket ("Open a ticket for this booking?": block_menu.offer_ticket).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from sqlalchemy import Connection

from kronos_core.schema import APPOINTMENT_MAX_HOURS
from kronos_desktop.ops import agenda as agenda_ops
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.booking import Booking, Clash
from kronos_desktop.ui.agenda.block_menu import ITEMS, block_menu, enabled, offer_ticket
from kronos_desktop.ui.agenda.booking_dialog import BookingDialog, clash_text
from kronos_desktop.ui.agenda.booking_save import past_confirmed
from kronos_desktop.ui.agenda.cancel_dialog import CancelDialog
from kronos_desktop.ui.agenda.deposit_prompts import DepositPrompts
from kronos_desktop.ui.common import errors
from kronos_desktop.ui.context import DeskContext

log = logging.getLogger(__name__)

MAX_LENGTH = dt.timedelta(hours=APPOINTMENT_MAX_HOURS)


class BookingFlow(QObject):
    booked = Signal(object)  # a new booking's id (the view selects it)
    changed = Signal(object)  # a booking's id, once moved, stretched, edited or its status moved
    refused = Signal(str)  # why a drop or a stretch changed nothing (also shown in a message)

    def __init__(self, ctx: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.dialog: BookingDialog | None = None  # the booking dialog open now
        self.cancel_dialog: CancelDialog | None = None
        self.menu: QMenu | None = None
        self.ticket_offer: QMessageBox | None = None  # asked after Complete
        self.deposits = DepositPrompts(ctx, parent)  # a deposit held for the booking: forfeit it?

    # -- the dialog --------------------------------------------------------------------------
    def new_booking(
        self,
        artist_id: uuid.UUID | None,
        start: dt.datetime | None,
        end: dt.datetime | None,
        station_id: uuid.UUID | None = None,
        kind: str | None = None,
        project_id: uuid.UUID | None = None,
    ) -> BookingDialog:
        """Open the booking dialog on a span (dragged over, double-clicked, or N: None, the next
        quarter-hour), with a kind when one is asked for (a walk-in from "free now")."""
        dialog = BookingDialog(
            self.ctx, self.widget, artist_id=artist_id, station_id=station_id, starts_at=start, ends_at=end, kind=kind,
            project_id=project_id,
        )  # fmt: skip
        dialog.booked.connect(self.booked.emit)
        return self._open(dialog)

    def edit(self, appointment_id: uuid.UUID) -> BookingDialog:
        dialog = BookingDialog(self.ctx, self.widget, appointment_id=appointment_id)
        dialog.booked.connect(self.changed.emit)
        dialog.booked.connect(self._edited)
        return self._open(dialog)

    def _edited(self, appointment_id: uuid.UUID) -> None:
        was = self.dialog.original if self.dialog is not None else None
        if was is not None and was.id == appointment_id:
            self.deposits.after_move(appointment_id, was.starts_at)

    def _open(self, dialog: BookingDialog) -> BookingDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def cancel(self, appointment_id: uuid.UUID) -> CancelDialog:
        dialog = CancelDialog(self.ctx, appointment_id, self.widget)
        dialog.cancelled.connect(self.changed.emit)
        dialog.cancelled.connect(self.deposits.after_cancel)
        dialog.finished.connect(dialog.deleteLater)
        self.cancel_dialog = dialog
        dialog.open()
        return dialog

    # -- drag and stretch --------------------------------------------------------------------
    def move(
        self,
        appointment_id: uuid.UUID,
        artist_id: uuid.UUID | None,
        station_id: uuid.UUID | None,
        start: dt.datetime,
        end: dt.datetime,
    ) -> None:
        """A block dropped at ``start``–``end`` in ``artist_id``'s (or ``station_id``'s) column
        (None: the booking's own)."""
        if end <= start:
            self._refuse(self.tr("A booking must last longer than zero minutes."))
            return
        if end - start > MAX_LENGTH:
            self._refuse(self.tr("A booking cannot last more than %n hour(s).", "", APPOINTMENT_MAX_HOURS))
            return

        def read(conn: Connection) -> tuple[Booking | None, list[Clash], desk_q.Here]:
            found = booking_q.booking(conn, appointment_id)
            if found is None:
                return None, [], desk_q.here(conn)
            clashes = booking_q.clashes(
                conn, artist_id=artist_id or found.artist_id, station_id=station_id or found.station_id,
                starts_at=start, ends_at=end, exclude_id=appointment_id,
            )  # fmt: skip
            return found, clashes, desk_q.here(conn)

        def checked(answer: tuple[Booking | None, list[Clash], desk_q.Here]) -> None:
            found, clashes, here = answer
            if found is None:
                return
            if clashes:
                self._refuse(self.tr("Not moved: {clash}.").format(clash=clash_text(clashes[0], here.zone)))
                return
            if start < here.now() and start != found.starts_at and not self._past_confirmed():
                return
            op = agenda_ops.move(
                appointment_id, starts_at=start, ends_at=end,
                artist_id=artist_id if artist_id not in (None, found.artist_id) else None,
                station_id=station_id if station_id not in (None, found.station_id) else None,
                parent=self.widget,
            )  # fmt: skip
            was = found.starts_at
            self.ctx.runner.run(op.success(lambda _a: self._moved(appointment_id, was)))

        self.ctx.reads.ask(self, f"place-{appointment_id}", read, checked)

    def _moved(self, appointment_id: uuid.UUID, was: dt.datetime) -> None:
        self.changed.emit(appointment_id)
        self.deposits.after_move(appointment_id, was)

    def resize(self, appointment_id: uuid.UUID, start: dt.datetime, end: dt.datetime) -> None:
        """A block's edge dragged: the same booking, a new length."""
        self.move(appointment_id, None, None, start, end)

    def _refuse(self, message: str) -> None:
        log.info("a drop or stretch changed nothing: %s", message)
        self.refused.emit(message)
        errors.show_refusal(self.widget, message)

    def _past_confirmed(self) -> bool:
        return past_confirmed(
            self.widget,
            "movePast",
            self.tr("Start in the past"),
            self.tr("The booking would start in the past. Move it anyway?"),
            self.tr("Move anyway"),
            self.tr("Leave it"),
        )

    # -- status and the menu -----------------------------------------------------------------
    def set_status(self, appointment_id: uuid.UUID, status: str) -> None:
        op = agenda_ops.set_status(appointment_id, status, parent=self.widget)
        self.ctx.runner.run(op.success(lambda _a: self._status_set(appointment_id, status)))

    def _status_set(self, appointment_id: uuid.UUID, status: str) -> None:
        self.changed.emit(appointment_id)
        if status == "no_show":
            self.deposits.after_no_show(appointment_id)
        elif status == "completed":  # "Open a ticket for this booking?" (the Caixa, when there is one)
            self.ticket_offer = offer_ticket(self.widget, appointment_id)

    def act(self, appointment_id: uuid.UUID, key: str) -> None:
        """Run a menu item (block_menu.ITEMS' key) on a booking: the menu and the keys call this."""
        if key == "edit":
            self.edit(appointment_id)
        elif key == "cancel":
            self.cancel(appointment_id)
        else:
            self.set_status(appointment_id, key)

    def show_menu(self, appointment_id: uuid.UUID, global_pos: QPoint) -> None:
        """The booking's context menu at ``global_pos`` (once its status is read)."""
        staff_id, role = self.ctx.who.staff_id, self.ctx.who.role

        def shown(found: Booking | None) -> None:
            if found is None:
                return
            if self.menu is not None:
                self.menu.deleteLater()
            self.menu = block_menu(found, staff_id, role, lambda key: self.act(appointment_id, key), self.widget)
            self.menu.popup(global_pos)

        self.ctx.reads.ask(self, "menu", lambda conn: booking_q.booking(conn, appointment_id), shown)

    def key_pressed(self, appointment_id: uuid.UUID, key: str) -> None:
        """A menu item's key (block_menu.ITEMS' shortcut) pressed on a selected booking: done
        when the menu would offer it."""
        item = next((i for i in ITEMS if i.shortcut == key), None)
        if item is None:
            return
        staff_id, role = self.ctx.who.staff_id, self.ctx.who.role

        def read(found: Booking | None) -> None:
            if found is not None and enabled(item.key, found, staff_id, role):
                self.act(appointment_id, item.key)

        self.ctx.reads.ask(self, "key", lambda conn: booking_q.booking(conn, appointment_id), read)
