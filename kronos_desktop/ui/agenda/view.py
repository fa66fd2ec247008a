"""Agenda: the studio's bookings in its time zone, in four faces switched by the header's buttons
and by keys (ui/actions.py, the Agenda menu): the drawn day (a column per artist, or per station),
the week (one artist's seven days, or every artist's side by side), the month overview (bookings
and free hours a day) and the day as a list. An artist at the desk sees their own bookings in full
and a colleague's as "Busy" in every face (the read leaves out the rest: store/queries/agenda.py).

The face shown decides what is read (on the reader thread, for the navigator's day): a change of
face or of the week's artist asks again, and only the latest answer is shown."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_desktop import i18n
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui import actions
from kronos_desktop.ui.agenda.commands import AgendaCommands
from kronos_desktop.ui.agenda.day_canvas import DayCanvas
from kronos_desktop.ui.agenda.day_layout import Grouping, station_columns
from kronos_desktop.ui.agenda.day_list import AgendaModel
from kronos_desktop.ui.agenda.day_paint import INACTIVE
from kronos_desktop.ui.agenda.day_read import DayRead, read_day
from kronos_desktop.ui.agenda.free_now import FreeNowPanel
from kronos_desktop.ui.agenda.goto_dialog import GoToDateDialog
from kronos_desktop.ui.agenda.month_layout import MonthRead, read_month
from kronos_desktop.ui.agenda.month_view import MonthCanvas
from kronos_desktop.ui.agenda.week_canvas import WeekCanvas
from kronos_desktop.ui.agenda.week_layout import WeekRead, read_week, week_start
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.day_view import Asker, DayView
from kronos_desktop.ui.common.tablemodel import configure_table
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate


AgendaRead = DayRead | WeekRead | MonthRead
FACES = ("day", "week", "month", "list")
GROUPINGS = ("artist", "station")


class AgendaView(DayView[AgendaRead]):
    TABLES = frozenset({"appointment", "client", "staff", "station", "studio", "replica", "deposit"})
    # A booking stored in conflict was opened (double-click or Enter): the window shows it in the
    # conflicts inbox, where it is resolved.
    resolve_requested = Signal(object)  # the booking's id
    face_changed = Signal(str)  # "day", "week", "month" or "list"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "agenda", parent)
        self.setObjectName("agendaView")
        self.model = AgendaModel(self)
        self._face = "day"
        self._grouping = "artist"
        self._week_artist: uuid.UUID | None = None  # the week of one artist; None: every artist
        self._select_after: uuid.UUID | None = None  # a booking to select once its day is read
        self._last_day: DayRead | None = None

        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")
        self.summary.setProperty("role", "muted")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.table = named(QTableView(), "agendaTable", self.tr("Appointments of the day"))
        configure_table(self.table, self.model)
        self.empty = self.empty_label(self.tr("No appointments on this day."), "agendaEmpty")
        # The day drawn (the default), or the same rows as a list (a switch in the header).
        self.canvas = DayCanvas()
        self.canvas_scroll = self._scroll(self.canvas, "agendaCanvasScroll")
        self.week = WeekCanvas()
        self.week_scroll = self._scroll(self.week, "agendaWeekScroll")
        self.month = MonthCanvas()
        self.list_button = named(
            QPushButton(self.tr("List")),
            "agendaListButton",
            self.tr("Show the day as a list"),
            self.tr("Show the day as a list (or drawn, when pressed again)"),
        )
        self.list_button.setCheckable(True)
        self.list_button.toggled.connect(self._show_face)
        self.canvas.block_activated.connect(self._activated)
        self.commands = AgendaCommands(ctx, self, self.canvas)
        self.commands.flow.booked.connect(self._booked)
        # Who is free for a walk-in, beside the calendar (the header's button shows or hides it).
        self.free_now = FreeNowPanel(ctx)
        self.free_now.setFixedWidth(250)
        self.free_now.book_requested.connect(self.commands.book_from)
        self.free_now.hide()
        self.free_now_button = named(
            QPushButton(self.tr("Free now")),
            "agendaFreeNowButton",
            self.tr("Who is free now"),
            self.tr("Show or hide who is free now, for a walk-in"),
        )
        self.free_now_button.setCheckable(True)
        self.free_now_button.toggled.connect(self.show_free_now)
        self.shortcuts = actions.shortcuts(self, {"new_booking": self.new_booking})
        self.week.day_activated.connect(self.open_day)
        self.month.day_activated.connect(lambda day: self.open_day(day, None))

        self.face_buttons = {
            "day": self._segment(self.tr("Day"), "agendaDayButton", self.tr("Show the day")),
            "week": self._segment(self.tr("Week"), "agendaWeekButton", self.tr("Show the week")),
            "month": self._segment(self.tr("Month"), "agendaMonthButton", self.tr("Show the month")),
        }
        self.face_group = QButtonGroup(self)
        for face, button in self.face_buttons.items():
            self.face_group.addButton(button)
            button.clicked.connect(lambda _checked=False, f=face: self.set_face(f))
        self.face_buttons["day"].setChecked(True)
        self.grouping_buttons = {
            "artist": self._segment(self.tr("Artists"), "agendaArtistsButton", self.tr("A column per artist")),
            "station": self._segment(self.tr("Stations"), "agendaStationsButton", self.tr("A column per station")),
        }
        self.grouping_group = QButtonGroup(self)
        for mode, button in self.grouping_buttons.items():
            self.grouping_group.addButton(button)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_grouping(m))
        self.grouping_buttons["artist"].setChecked(True)
        self.artist_picker = named(QComboBox(), "agendaWeekArtist", self.tr("Whose week"))
        self.artist_picker.addItem(self.tr("All artists"), None)
        self.artist_picker.currentIndexChanged.connect(self._artist_chosen)
        self.artist_picker.hide()

        # Two rows: the title and the day's figures with the drawn day's switches; the navigator
        # with the faces (and whose week): compact enough for 1024 px beside the sections' list.
        header = QHBoxLayout()
        header.setSpacing(4)
        header.addWidget(title_label(self.tr("Agenda"), "agendaTitle"))
        header.addSpacing(8)
        header.addWidget(self.summary, 1)
        header.addWidget(self.free_now_button)
        header.addWidget(self.list_button)
        header.addSpacing(8)
        for button in self.grouping_buttons.values():
            header.addWidget(button)
        moving = QHBoxLayout()
        moving.setSpacing(4)
        moving.addWidget(self.navigator, 1)
        for button in self.face_buttons.values():
            moving.addWidget(button)
        moving.addWidget(self.artist_picker)
        listing = QWidget()
        in_list = QVBoxLayout(listing)
        in_list.setContentsMargins(0, 0, 0, 0)
        in_list.addWidget(self.table, 1)
        in_list.addWidget(self.empty, 1)  # in the table's place when the day has nothing
        self.faces = QStackedWidget()
        self.faces.setObjectName("agendaFaces")
        self.faces.addWidget(self.canvas_scroll)
        self.faces.addWidget(listing)
        self.faces.addWidget(self.week_scroll)
        self.faces.addWidget(self.month)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(moving)
        body = QHBoxLayout()
        body.setSpacing(8)
        body.addWidget(self.faces, 1)
        body.addWidget(self.free_now)
        layout.addLayout(body, 1)
        # The navigator's arrows step by the face's unit (a day, a week, a month).
        for button, step in ((self.navigator.previous_button, -1), (self.navigator.next_button, 1)):
            button.clicked.disconnect()
            button.clicked.connect(lambda _checked=False, n=step: self.step(n))
        self.navigator.day_changed.connect(lambda _day: self._say_range())
        self._waiting = -1  # changes not yet synced, as the sync last said: their marks follow it
        if ctx.sync is not None:
            ctx.sync.state_changed.connect(self._on_sync_state)
        self.start()

    # ------------------------------------------------------------ building
    @staticmethod
    def _scroll(widget: QWidget, name: str) -> QScrollArea:
        area = QScrollArea()
        area.setObjectName(name)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return area

    @staticmethod
    def _segment(text: str, name: str, accessible: str) -> QPushButton:
        button = named(QPushButton(text), name, accessible, accessible)
        button.setCheckable(True)
        button.setMinimumWidth(0)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # its words, never cut
        button.setProperty("segment", True)
        return button

    # -------------------------------------------------------------- faces
    def face(self) -> str:
        """The face shown: "day" (drawn), "week", "month" or "list" (the day as a list)."""
        return self._face

    def set_face(self, face: str) -> None:
        """Show ``face`` ("day", "week", "month" or "list") and read what it needs."""
        if face not in FACES:
            raise ValueError(face)
        changed = face != self._face
        self._face = face
        self.list_button.blockSignals(True)
        self.list_button.setChecked(face == "list")
        self.list_button.setText(self.tr("Calendar") if face == "list" else self.tr("List"))
        self.list_button.blockSignals(False)
        self.face_buttons["day" if face == "list" else face].setChecked(True)
        self.faces.setCurrentIndex({"day": 0, "list": 1, "week": 2, "month": 3}[face])
        self.list_button.setVisible(face in ("day", "list"))
        for button in self.grouping_buttons.values():
            button.setVisible(face == "day")
        self.artist_picker.setVisible(face == "week")
        self._say_range()
        if changed:
            self.face_changed.emit(face)
            self.refresh()

    def _show_face(self, as_list: bool) -> None:
        """The List button says what pressing it shows: the list from the drawn day, and back."""
        self.set_face("list" if as_list else "day")

    def grouping(self) -> str:
        """What the drawn day's columns are: "artist" or "station"."""
        return self._grouping

    def set_grouping(self, mode: str) -> None:
        """A column per artist ("artist") or per station ("station") in the drawn day."""
        if mode not in GROUPINGS:
            raise ValueError(mode)
        self._grouping = mode
        self.grouping_buttons[mode].setChecked(True)
        if self._last_day is not None:
            self._show_drawn_day(self._last_day)

    def toggle_grouping(self) -> None:
        self.set_grouping("station" if self._grouping == "artist" else "artist")

    def _artist_chosen(self, _index: int) -> None:
        self._week_artist = self.artist_picker.currentData()
        if self._face == "week":
            self.refresh()

    # ---------------------------------------------------------- navigation
    def go_today(self) -> None:
        self.navigator.set_day(self.today())

    def step(self, n: int) -> None:
        """``n`` days, weeks or months on, as the face shows (back when negative)."""
        day = self.day()
        if self._face == "week":
            self.navigator.set_day(day + dt.timedelta(weeks=n))
        elif self._face == "month":
            months = day.year * 12 + day.month - 1 + n
            year, month = divmod(months, 12)
            first = dt.date(year, month + 1, 1)
            last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
            self.navigator.set_day(first.replace(day=min(day.day, last.day)))
        else:
            self.navigator.set_day(day + dt.timedelta(days=n))

    def go_to(self, day: dt.date) -> None:
        self.navigator.set_day(day)

    def ask_date(self) -> GoToDateDialog:
        """Go to a date (Ctrl+G): the dialog, opened (window-modal); OK moves the agenda there."""
        dialog = GoToDateDialog(self.day(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.go_to)
        dialog.open()
        return dialog

    def open_day(self, day: dt.date, row_id: uuid.UUID | None = None) -> None:
        """The drawn day of ``day`` (from the week or the month), ``row_id`` selected once read."""
        self._select_after = row_id
        self.navigator.set_day(day)
        if self._face != "day":
            self.set_face("day")
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_range(self) -> None:
        """The navigator's words and arrows for the face's unit."""
        nav, day = self.navigator, self.day()
        locale = fmt.locale()
        if self._face == "week":
            first = week_start(day)
            last = first + dt.timedelta(days=6)
            start = fmt.date_text(first)
            if first.year == last.year:  # "30/11 – 06/12/2026": short enough for 1024 px
                start = start.replace(str(first.year), "").strip("/.- ")
            text = f"{start} – {fmt.date_text(last)}"
            words = (self.tr("Previous week"), self.tr("Next week"))
        elif self._face == "month":
            text = locale.toString(fmt.qdate(day), "MMMM yyyy")
            text = text[:1].upper() + text[1:]
            words = (self.tr("Previous month"), self.tr("Next month"))
        else:
            nav.refresh_label()  # the day's own words ("Today, ..."), as the navigator says them
            text = nav.day_label.text()
            words = (translate("DayNavigator", "Previous day"), translate("DayNavigator", "Next day"))
        nav.day_label.setText(text)
        for button, said in zip((nav.previous_button, nav.next_button), words, strict=True):
            button.setToolTip(said)
            button.setAccessibleName(said)

    # --------------------------------------------------------------- reads
    def _on_sync_state(self, state: Any) -> None:
        """Changes reached the server (or new ones wait): the not-synced marks are read again."""
        pending = int(getattr(state, "pending", 0))
        if pending != self._waiting:
            self._waiting = pending
            self.refresh()

    def _activated(self, row_id: uuid.UUID) -> None:
        """A booking opened (double-click or Enter): one in conflict goes to the conflicts inbox,
        where it is resolved; any other to its booking dialog."""
        row = next((r for r in self.model.rows() if r.id == row_id), None)
        if row is not None and row.in_conflict:
            self.resolve_requested.emit(row_id)
        elif row is not None:
            self.commands.open_booking(row_id)

    def _booked(self, row_id: uuid.UUID) -> None:
        """A booking made from the agenda: selected once the day that holds it is read."""
        self._select_after = row_id

    def show_free_now(self, shown: bool) -> None:
        """The "free now" panel beside the calendar, shown or hidden (its button, the Agenda menu)."""
        self.free_now.setVisible(shown)
        if self.free_now_button.isChecked() != shown:
            self.free_now_button.setChecked(shown)
        if shown:
            self.free_now.refresh()

    def new_booking(self) -> None:
        """N: a booking in the day shown (the drawn day's selected column, or the first)."""
        self.commands.new_booking(self._last_day)

    def read_day(self, conn: Connection, day: dt.date, asker: Asker) -> AgendaRead:
        """What the face shown needs (read on the reader thread; a change of face asks again)."""
        face, artist, language = self._face, self._week_artist, i18n.current_language()
        if face == "week":
            return read_week(conn, day, asker.viewer(conn), artist, language=language)
        if face == "month":
            return read_month(conn, day, language=language)
        return read_day(conn, day, asker)

    def blank(self) -> None:
        super().blank()
        self._last_day = None
        self.model.set_day([], self.model.zone)
        self.canvas.set_day(self.day(), [], [], (), {}, self.model.zone, None)
        self.week.set_week(self.week.layout_.days, [], (), self.model.zone, None)
        self.month.set_month([], None)
        self.summary.clear()

    def show_day(self, read: AgendaRead) -> None:
        if isinstance(read, WeekRead):
            self._show_week(read)
        elif isinstance(read, MonthRead):
            self._show_month(read)
        else:
            self._show_day(read)

    def _summarise(self, rows: list[AgendaRow], prefix: str | None = None) -> None:
        active = sum(1 for r in rows if r.status not in INACTIVE and r.kind != "block" and not r.busy)
        alerts = sum(1 for r in rows if r.health_alert and r.status not in INACTIVE)
        text = self.tr("%Ln appointment(s)", "", active) if active else self.tr("No appointments")
        if alerts:
            text += " · " + self.tr("%Ln with health alert(s)", "", alerts)
        self.summary.setText(f"{prefix} · {text}" if prefix else text)
        self.summary.setToolTip(self.summary.text())

    def _show_day(self, read: DayRead) -> None:
        self._last_day = read
        self.model.set_day(read.rows, read.zone)
        self._show_drawn_day(read)
        self._summarise(read.rows, self.canvas.holiday_text())
        self.show_rows(bool(read.rows))
        if self._select_after is not None:
            if any(r.id == self._select_after for r in read.rows):
                self.canvas.select(self._select_after)
            self._select_after = None

    def _show_drawn_day(self, read: DayRead) -> None:
        """The day drawn with a column per artist, or per station (the header's switch, Alt+4)."""
        if self._grouping == "station":
            columns = station_columns(read.stations, read.rows, self.tr("No station"))
            grouping: Grouping = "station"
        else:
            columns, grouping = read.columns, "artist"
        self.canvas.set_day(
            read.day, read.rows, columns, read.opening, {}, read.zone, read.here.now(),
            holiday=read.holiday, grouping=grouping,
        )  # fmt: skip

    def _show_week(self, read: WeekRead) -> None:
        self._fill_artists(read)
        lanes = None if read.artist is not None else [lane.key for lane in read.lanes]
        self.week.set_week(
            read.days(), read.rows, read.opening, read.zone, read.here.today(), lanes=lanes,
            holidays=read.holidays, focus=self.day(),
        )  # fmt: skip
        self._summarise(read.rows)

    def _fill_artists(self, read: WeekRead) -> None:
        picker = self.artist_picker
        picker.blockSignals(True)
        picker.clear()
        picker.addItem(self.tr("All artists"), None)
        for lane in read.lanes:
            picker.addItem(lane.name, lane.key)
        picker.setCurrentIndex(self._artist_index(read.artist))
        picker.blockSignals(False)

    def _artist_index(self, artist: uuid.UUID | None) -> int:
        picker = self.artist_picker
        return next((i for i in range(picker.count()) if picker.itemData(i) == artist), 0)

    def choose_artist(self, artist: uuid.UUID | None) -> None:
        """The week of ``artist`` (None: every artist's), as the header's picker chooses it."""
        self.artist_picker.setCurrentIndex(self._artist_index(artist))

    def _show_month(self, read: MonthRead) -> None:
        self.month.set_month(read.days, read.here.today(), self.day())
        count = read.bookings()
        self.summary.setText(self.tr("%Ln appointment(s)", "", count) if count else self.tr("No appointments"))
        self.summary.setToolTip(self.summary.text())
