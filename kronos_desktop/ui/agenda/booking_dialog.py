"""The booking dialog: book a client, or change a booking (the same dialog opened on it).

The client on the left (find or quick-create, kronos_desktop/ui/agenda/client_finder.py), the
booking's fields on the right (booking_form.py), both in a scroll area so the dialog fits a
1024x600 screen; the client's health alert and the clash line sit outside it, never scrolled
away. While the fields change, the span is checked against the artist's and the station's
bookings and time off by kronos_core's own clash rule (store/queries/booking.py), and Save is
refused while it clashes, naming the booking.

Saving runs one op at a time (booking_save.py): a quick-created client first, then a new
project, then the booking (edit: the move, then the rest). A step that fails shows why in the
dialog and keeps what was saved before it (the client is not created twice on the next try).
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries.booking import Booking, Clash, ClientSummary, Project, Setup
from kronos_desktop.ui.agenda.booking_form import KINDS, BookingForm
from kronos_desktop.ui.agenda.booking_save import BookingSaver
from kronos_desktop.ui.agenda.client_finder import ClientFinder, error_label
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import themed

translate = QCoreApplication.translate


class BookingDialog(KeyedDialog):
    booked = Signal(object)  # the booking's id, once saved

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        *,
        appointment_id: uuid.UUID | None = None,
        artist_id: uuid.UUID | None = None,
        station_id: uuid.UUID | None = None,
        starts_at: dt.datetime | None = None,
        ends_at: dt.datetime | None = None,
        kind: str | None = None,
        project_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing = appointment_id is not None
        self.appointment_id = appointment_id or uuid7()
        self.setObjectName("bookingDialog")
        title = self.tr("Change booking") if self.editing else self.tr("New booking")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.setup: Setup | None = None
        self.original: Booking | None = None
        self.clashes: list[Clash] = []
        self._prefill = (artist_id, station_id, starts_at, ends_at)
        self._kind = kind  # a walk-in from "free now", a kind from find-a-slot
        self._project = project_id  # a project's next session, from find-a-slot: its client picked

        self.finder = ClientFinder(ctx)
        self.form = BookingForm()
        columns = QWidget()
        columns.setObjectName("bookingColumns")
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.finder, 1, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(12)
        row.addWidget(self.form, 1, Qt.AlignmentFlag.AlignTop)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("bookingScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(columns)

        self.clash_line = error_label("bookingClash")
        self.clash_line.setAccessibleName(self.tr("Clash"))
        themed(self.clash_line, "color: @error@; font-weight: bold;")
        self.form_error = error_label("bookingFormError")
        self.save_button = named(QPushButton(self.tr("Book")), "bookingSave", self.tr("Save the booking"))
        if self.editing:
            self.save_button.setText(self.tr("Save changes"))
        self.save_button.setProperty("kind", "primary")
        self.save_button.setEnabled(False)  # until the studio's choices are read
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "bookingCancel", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.finder.health)  # the health alert above the scroll: always seen
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.clash_line)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(720)
        self.resize(880, 520)

        self.saver = BookingSaver(self)
        self.save_button.clicked.connect(self.saver.save)
        self.cancel_button.clicked.connect(self.reject)
        self.form.changed.connect(self.check)
        self.finder.changed.connect(self._client_changed)
        appointment, project = appointment_id, project_id
        ctx.reads.ask(self, "setup", lambda conn: _first_read(conn, appointment, project), self._set_up)

    @property
    def is_block(self) -> bool:
        """Editing time off (a block: no client)."""
        return self.original is not None and self.original.kind == "block"

    # -- keys --------------------------------------------------------------------------------
    def primary_button(self) -> QPushButton:
        return self.save_button  # Enter in a line of text moves on instead (EnterMovesOn)

    def typed(self) -> bool:
        return not self.editing and (self.finder.typed() or self.form.typed())

    # -- reading -----------------------------------------------------------------------------
    def _set_up(self, answer: tuple[Setup, Booking | None, ClientSummary | None]) -> None:
        self.setup, self.original, project_client = answer
        zone = self.setup.here.zone
        self.form.zone = zone
        artists = self.setup.artists
        if self.ctx.who.role is Role.ARTIST:  # an artist books on their own calendar only
            artists = [a for a in artists if a.id == self.ctx.who.staff_id]
        self.form.set_choices(artists, self.setup.stations)
        self.form.set_projects([])  # "No project" until a client's projects are read
        found = self.original
        if found is not None:
            if found.kind not in KINDS:
                self.form.kind.addItem(fmt.kind_label(found.kind), found.kind)
            if self.is_block:  # time off: when and why, no client, kind or project
                self.finder.hide()
                self.form.kind.setEnabled(False)
                self.form.project.setEnabled(False)
                self.setWindowTitle(self.tr("Change time off"))
            self.form.select(self.form.artist, found.artist_id, found.artist_name)
            self.form.select(self.form.station, found.station_id)
            self.form.select(self.form.kind, found.kind)
            self.form.set_span(found.starts_at, found.ends_at, zone)
            self.form.notes.setPlainText(found.notes or "")
            if found.client is not None:
                self.finder.pick(found.client)
        else:
            artist_id, station_id, starts_at, ends_at = self._prefill
            if artist_id is not None and self.form.artist.findData(str(artist_id)) >= 0:
                self.form.select(self.form.artist, artist_id)  # (an artist: not a colleague's column)
            if station_id is not None:
                self.form.select(self.form.station, station_id)
            if self._kind in KINDS:
                self.form.select(self.form.kind, self._kind)
            now = self.setup.here.now()
            if starts_at is None:  # the next quarter-hour
                starts_at = now.replace(second=0, microsecond=0) + dt.timedelta(minutes=15 - now.minute % 15)
            self.form.set_span(starts_at, ends_at or starts_at + dt.timedelta(hours=1), zone)
            self.finder.search.setFocus()
            if project_client is not None:  # the next session of a project: its client, the project kept
                self.finder.pick(project_client)
        self.save_button.setEnabled(True)
        self.check()

    def _client_changed(self) -> None:
        picked = self.finder.picked
        if picked is None:
            self.form.set_projects([])
        else:
            keep = self.form.project_choice() or (
                self.original.project_id if self.original is not None else self._project
            )
            client_id = picked.id
            self.ctx.reads.ask(
                self, "projects", lambda conn: booking_q.projects_of(conn, client_id),
                lambda found: self._show_projects(found, keep),
            )  # fmt: skip
        self.check()

    def _show_projects(self, found: list[Project], keep: uuid.UUID | str | None) -> None:
        self.form.set_projects(found, keep)

    # -- checking ----------------------------------------------------------------------------
    def client_problem(self) -> tuple[str, str]:
        """Why the client picked cannot be booked for this kind on this day, and where it shows
        ("client" or "kind"; "", "" if they can)."""
        picked, setup = self.finder.picked, self.setup
        if picked is None or setup is None:
            return "", ""
        if picked.blocked:
            return "client", self.tr("{name} is blocked from booking.").format(name=picked.full_name)
        kind = self.form.kind_code()
        day = fmt.pydate(self.form.day.date())  # the booking's day at the studio (the rule's day)
        age = picked.under_age(day, setup.min_client_age)
        if age is not None and kind != "consultation":
            return "kind", self.tr(
                "{name} is {age} on that day, under {min_age}: only a consultation can be booked."
            ).format(name=picked.full_name, age=age, min_age=setup.min_client_age)
        return "", ""

    def check(self) -> None:
        """Show what is wrong at the fields, and ask whether the span clashes."""
        if self.setup is None:
            return
        where, problem = self.client_problem()
        self.finder.show_error(problem if where == "client" else "")
        self.form.kind_error.setText(problem if where == "kind" else "")
        self.form.kind_error.setVisible(where == "kind")
        self.ask_clashes()

    def ask_clashes(self, then: Callable[[], None] | None = None) -> None:
        setup, artist_id = self.setup, self.form.artist_id()
        span = self.form.span(setup.here.zone) if setup is not None else None
        if span is None or artist_id is None:
            self.show_clashes([])
            return
        station_id, exclude = self.form.station_id(), self.appointment_id
        self.ctx.reads.ask(
            self, "clash",
            lambda conn: booking_q.clashes(conn, artist_id=artist_id, station_id=station_id, starts_at=span[0],
                                           ends_at=span[1], exclude_id=exclude),
            lambda found: self._clashes_read(found, then),
        )  # fmt: skip

    def _clashes_read(self, found: list[Clash], then: Callable[[], None] | None) -> None:
        self.show_clashes(found)
        if then is not None:
            then()

    def show_clashes(self, found: list[Clash]) -> None:
        self.clashes = found
        text = clash_text(found[0], self.setup.here.zone) if found and self.setup is not None else ""
        self.clash_line.setText(text)
        self.clash_line.setVisible(bool(text))


def clash_text(clash: Clash, zone: zoneinfo.ZoneInfo) -> str:
    """ "Clashes with Ana Souza 14:00–16:00 · Marina", or "Marina is off: Lunch"."""
    when = fmt.time_range_text(clash.starts_at, clash.ends_at, zone)
    if clash.time_off:
        if clash.reason:
            return translate("BookingDialog", "{artist} is off: {reason}").format(
                artist=clash.artist_name, reason=clash.reason
            )
        return translate("BookingDialog", "{artist} is off {time}").format(artist=clash.artist_name, time=when)
    who = clash.client_name or translate("BookingDialog", "another booking")
    where = clash.artist_name if clash.same_artist or not clash.station_name else clash.station_name
    return translate("BookingDialog", "Clashes with {client} {time} · {where}").format(
        client=who, time=when, where=where
    )


def _first_read(
    conn: Connection, appointment_id: uuid.UUID | None, project_id: uuid.UUID | None
) -> tuple[Setup, Booking | None, ClientSummary | None]:
    """The studio's choices, the booking edited, and the client of the project whose next session
    is booked."""
    found = booking_q.booking(conn, appointment_id) if appointment_id is not None else None
    return booking_q.setup(conn), found, booking_q.project_client(conn, project_id) if project_id else None
