"""The booking dialog's fields besides the client: artist, station, kind, project, day, start
(the studio's time zone, 15-minute steps), length (presets or a custom length) and notes, each
with its message beside it."""

from __future__ import annotations

import datetime as dt
import re
import uuid
import zoneinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kronos_core.schema import APPOINTMENT_MAX_HOURS
from kronos_desktop.store.queries.booking import Choice, Project
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.ui.agenda.client_finder import EnterMovesOn, error_label
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named

KINDS = ("session", "consultation", "touch_up", "walk_in")
PRESETS = (30, 60, 120, 180, 240, 360)  # minutes
CUSTOM = -1
NEW_PROJECT = "new"
STEP = 15  # minutes between the start times offered
MAX_MINUTES = APPOINTMENT_MAX_HOURS * 60


def parse_time(text: str) -> dt.time | None:
    """ "14:30", "14h30", "14h", "1430" or "9" as a time of day; None when it is none."""
    m = re.fullmatch(r"\s*(\d{1,2})\s*(?:[:h.]\s*(\d{2})?)?\s*", text.strip().lower()) or re.fullmatch(
        r"\s*(\d{2})(\d{2})\s*", text.strip()
    )
    if m is None:
        return None
    hour, minute = int(m[1]), int(m[2] or 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


class BookingForm(QWidget):
    changed = Signal()  # anything that decides the span, the artist or the station changed
    project_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingForm")
        self.artist = named(QComboBox(), "bookingArtist", self.tr("Artist"))
        self.station = named(QComboBox(), "bookingStation", self.tr("Station"))
        self.kind = named(QComboBox(), "bookingKind", self.tr("Kind"))
        for code in KINDS:
            self.kind.addItem(fmt.kind_label(code), code)
        self.project = named(QComboBox(), "bookingProject", self.tr("Project"))
        self.project_title = named(QLineEdit(), "bookingProjectTitle", self.tr("New project's title"))
        self.project_title.setPlaceholderText(self.tr("e.g. Full sleeve, left arm"))
        self.project_title.hide()
        self.sessions = QLabel()
        self.sessions.setObjectName("bookingProjectSessions")
        self.sessions.setWordWrap(True)
        self.sessions.setProperty("role", "muted")
        self.sessions.hide()
        self.day = named(QDateEdit(), "bookingDate", self.tr("Day"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(fmt.date_input_format())
        self.start = named(QComboBox(), "bookingStart", self.tr("Start"))
        self.start.setEditable(True)
        self.start.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for minutes in range(0, 24 * 60, STEP):
            self.start.addItem(f"{minutes // 60:02d}:{minutes % 60:02d}")
        self.length = named(QComboBox(), "bookingLength", self.tr("Length"))
        for minutes in PRESETS:
            self.length.addItem(self.length_text(minutes), minutes)
        self.length.addItem(self.tr("Other length…"), CUSTOM)
        self.custom = named(QSpinBox(), "bookingCustomLength", self.tr("Length in minutes"))
        self.custom.setRange(0, 24 * 60)
        self.custom.setSingleStep(STEP)
        self.custom.setSuffix(self.tr(" min"))
        self.custom.hide()
        self.notes = named(QPlainTextEdit(), "bookingNotes", self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(48)
        self.when_error = error_label("bookingWhenError")
        self.length_error = error_label("bookingLengthError")
        self.kind_error = error_label("bookingKindError")
        self.project_error = error_label("bookingProjectError")

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Artist"), self.artist)
        form.addRow(self.tr("Station"), self.station)
        form.addRow(self.tr("Kind"), _stack(self.kind, self.kind_error))
        form.addRow(self.tr("Project"), _stack(self.project, self.project_title, self.sessions, self.project_error))
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Start"), _stack(self.start, self.when_error))
        form.addRow(self.tr("Length"), _stack(self.length, self.custom, self.length_error))
        form.addRow(self.tr("Notes"), self.notes)

        self._enter = EnterMovesOn(self)
        for line in (self.project_title, self.start.lineEdit(), self.custom):
            if line is not None:
                line.installEventFilter(self._enter)
        self.projects: list[Project] = []
        self.zone = zone_or_default(None)  # the studio's (the dialog sets it once read)
        for combo in (self.artist, self.station, self.kind, self.length):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.start.currentTextChanged.connect(lambda _t: self.changed.emit())
        self.day.dateChanged.connect(lambda _d: self.changed.emit())
        self.custom.valueChanged.connect(lambda _v: self.changed.emit())
        self.project.currentIndexChanged.connect(lambda _i: self._project_picked())

    def length_text(self, minutes: int) -> str:
        if minutes < 60:
            return self.tr("%n min", "", minutes)
        if minutes % 60 == 0:
            return self.tr("%n hour(s)", "", minutes // 60)
        return f"{minutes // 60}h{minutes % 60:02d}"

    def _changed(self) -> None:
        self.custom.setVisible(self.length.currentData() == CUSTOM)
        self.changed.emit()

    # -- choices -----------------------------------------------------------------------------
    def set_choices(self, artists: list[Choice], stations: list[Choice]) -> None:
        self.artist.blockSignals(True)
        self.station.blockSignals(True)
        self.artist.clear()
        for one in artists:
            self.artist.addItem(one.name, str(one.id))
        self.station.clear()
        self.station.addItem(self.tr("No station"), None)
        for one in stations:
            self.station.addItem(one.name, str(one.id))
        self.artist.blockSignals(False)
        self.station.blockSignals(False)

    def select(self, combo: QComboBox, value: uuid.UUID | str | None, name: str = "") -> None:
        """Choose the item holding ``value`` (added with ``name`` when missing: an inactive artist)."""
        key = None if value is None else str(value)
        at = combo.findData(key)
        if at < 0 and key is not None:
            combo.addItem(name or key, key)
            at = combo.count() - 1
        combo.setCurrentIndex(max(at, 0))

    def artist_id(self) -> uuid.UUID | None:
        data = self.artist.currentData()
        return uuid.UUID(str(data)) if data else None

    def station_id(self) -> uuid.UUID | None:
        data = self.station.currentData()
        return uuid.UUID(str(data)) if data else None

    def kind_code(self) -> str:
        return str(self.kind.currentData())

    # -- projects ----------------------------------------------------------------------------
    def set_projects(self, projects: list[Project], keep: uuid.UUID | str | None = None) -> None:
        """The client's open projects; ``keep`` chosen again when it is among them (or "new")."""
        self.projects = projects
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("No project"), None)
        self.project.addItem(self.tr("New project…"), NEW_PROJECT)
        for one in projects:
            self.project.addItem(one.title, str(one.id))
        at = self.project.findData(str(keep)) if keep is not None else 0
        self.project.setCurrentIndex(max(at, 0))
        self.project.blockSignals(False)
        self._project_picked()

    def project_choice(self) -> str | None:
        """None, NEW_PROJECT, or an existing project's id (as text)."""
        data = self.project.currentData()
        return None if data is None else str(data)

    def _project_picked(self) -> None:
        choice = self.project_choice()
        self.project_title.setVisible(choice == NEW_PROJECT)
        found = next((p for p in self.projects if str(p.id) == choice), None)
        if found is None or not found.sessions:
            self.sessions.setVisible(found is not None)
            self.sessions.setText(self.tr("No sessions yet."))
        else:
            lines = [
                " · ".join(
                    (fmt.date_text(s.starts_at.astimezone(self.zone).date()), s.artist_name, fmt.status_label(s.status))
                )
                for s in found.sessions
            ]
            self.sessions.setText(self.tr("Earlier sessions:") + "\n" + "\n".join(lines))
            self.sessions.show()
        self.project_changed.emit()

    # -- the span ----------------------------------------------------------------------------
    def set_span(self, starts_at: dt.datetime, ends_at: dt.datetime, zone: zoneinfo.ZoneInfo) -> None:
        wall = starts_at.astimezone(zone)
        self.day.setDate(fmt.qdate(wall.date()))
        self.start.setCurrentText(f"{wall.hour:02d}:{wall.minute:02d}")
        minutes = int((ends_at - starts_at).total_seconds() // 60)
        at = self.length.findData(minutes)
        if at >= 0:
            self.length.setCurrentIndex(at)
        else:
            self.length.setCurrentIndex(self.length.findData(CUSTOM))
            self.custom.setValue(minutes)
        self.custom.setVisible(self.length.currentData() == CUSTOM)

    def minutes(self) -> int:
        data = self.length.currentData()
        return int(self.custom.value() if data == CUSTOM else data)

    def span(self, zone: zoneinfo.ZoneInfo) -> tuple[dt.datetime, dt.datetime] | None:
        """The span typed (aware, UTC), or None with the messages shown at the fields."""
        ok = True
        start_time = parse_time(self.start.currentText())
        if start_time is None:
            self.when_error.setText(self.tr("Type the start as 14:30."))
            ok = False
        minutes = self.minutes()
        if minutes <= 0:
            self.length_error.setText(self.tr("A booking must last longer than zero minutes."))
            ok = False
        elif minutes > MAX_MINUTES:
            self.length_error.setText(self.tr("A booking cannot last more than %n hour(s).", "", APPOINTMENT_MAX_HOURS))
            ok = False
        self.when_error.setVisible(start_time is None)
        self.length_error.setVisible(minutes <= 0 or minutes > MAX_MINUTES)
        if not ok or start_time is None:
            return None
        local = dt.datetime.combine(fmt.pydate(self.day.date()), start_time, tzinfo=zone)
        starts_at = local.astimezone(dt.UTC)
        return starts_at, starts_at + dt.timedelta(minutes=minutes)

    def typed(self) -> bool:
        return bool(self.notes.toPlainText().strip() or self.project_title.text().strip())


def _stack(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return holder
