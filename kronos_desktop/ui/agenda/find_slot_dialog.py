"""Find a slot: for a length, an artist (or any artist) and whether a station is needed, the next
ten free slots from a day the receptionist picks, within opening and working hours and with the
station's cleaning buffer kept (kronos_core.slots.find_slots, read through store/queries/slots.py
on the reader thread). Enter or a double-click on a slot asks for it to be booked
(:attr:`FindSlotDialog.book_requested`) and closes the dialog.

A multi-session project books its next session from here: choosing the project takes its artist
and starts the search its healing interval after its last session (kronos_core.slots.healing_start);
the slot chosen is then a session of that project (:attr:`FindSlotDialog.chosen_project`).
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core.slots import MAX_SLOT, Slot
from kronos_desktop.store.queries import slots as slots_q
from kronos_desktop.store.queries.slots import FoundSlots, ProjectChoice, SlotNames
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.day_view import Asker
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

PRESETS = (30, 60, 90, 120, 180, 240, 360, 480)  # minutes
CUSTOM = -1
MAX_MINUTES = int(MAX_SLOT.total_seconds() // 60)


def _uuid(data: object) -> uuid.UUID | None:
    return None if not data else uuid.UUID(str(data))


def length_text(minutes: int) -> str:
    """45 → "45 min", 120 → "2 h", 90 → "1 h 30"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" if not rest else f"{hours} h {rest:02d}"


class FindSlotDialog(KeyedDialog):
    """The find-a-slot dialog (objectName ``findSlotDialog``)."""

    # artist id, station id (None: none needed), start and end (aware UTC), kind
    book_requested = Signal(object, object, object, object, str)
    searched = Signal()  # a search's answer was shown (for tests)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.names = SlotNames()
        self.projects: list[ProjectChoice] = []
        self.slots: list[Slot] = []
        self.chosen_project: uuid.UUID | None = None  # the project of the slot chosen, if any
        self._ready = False
        self.setObjectName("findSlotDialog")
        title = self.tr("Find a slot")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)

        self.project = named(QComboBox(), "findSlotProject", self.tr("Next session of a project"))
        self.project.addItem(self.tr("No project"), None)
        self.length = named(QComboBox(), "findSlotLength", self.tr("Length"))
        for minutes in PRESETS:
            self.length.addItem(length_text(minutes), minutes)
        self.length.addItem(self.tr("Other length…"), CUSTOM)
        self.length.setCurrentIndex(PRESETS.index(120))
        self.custom = named(QSpinBox(), "findSlotCustomLength", self.tr("Other length, in minutes"))
        self.custom.setRange(15, MAX_MINUTES)
        self.custom.setSingleStep(15)
        self.custom.setValue(150)
        self.custom.setSuffix(" " + self.tr("min"))
        self.custom.setEnabled(False)
        self.artist = named(QComboBox(), "findSlotArtist", self.tr("Artist"))
        self.artist.addItem(self.tr("Any artist"), None)
        self.station = named(QCheckBox(self.tr("Needs a station")), "findSlotStation", self.tr("Needs a station"))
        self.station.setChecked(True)
        self.from_day = named(QDateEdit(), "findSlotFrom", self.tr("From the day"))
        self.from_day.setCalendarPopup(True)
        self.from_day.setDisplayFormat(fmt.date_input_format())
        self.from_day.setDate(fmt.qdate(ctx.today()))
        self.project_note = QLabel()
        self.project_note.setObjectName("findSlotProjectNote")
        self.project_note.setProperty("role", "muted")
        self.project_note.setWordWrap(True)
        self.project_note.hide()

        lengths = QHBoxLayout()
        lengths.addWidget(self.length, 1)
        lengths.addWidget(self.custom)
        form = QFormLayout()
        self.project_label = QLabel(self.tr("Project"))
        form.addRow(self.project_label, self.project)
        form.addRow("", self.project_note)
        form.addRow(self.tr("Length"), lengths)
        form.addRow(self.tr("Artist"), self.artist)
        form.addRow("", self.station)
        form.addRow(self.tr("From"), self.from_day)
        self._project_row(False)

        self.table = named(QTableWidget(0, 4), "findSlotResults", self.tr("Free slots"))
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Time"), self.tr("Artist"), self.tr("Station")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.book_selected())
        self.status = QLabel()
        self.status.setObjectName("findSlotStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)

        self.book_button = named(
            QPushButton(self.tr("Book this slot")), "findSlotBook", self.tr("Book the slot chosen")
        )
        self.book_button.setProperty("kind", "primary")
        self.book_button.setEnabled(False)
        close = named(QPushButton(self.tr("Close")), "findSlotClose", self.tr("Close"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.book_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.book_button.clicked.connect(self.book_selected)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

        self.length.currentIndexChanged.connect(self._length_changed)
        self.custom.valueChanged.connect(lambda _v: self.search())
        self.artist.currentIndexChanged.connect(lambda _i: self.search())
        self.station.toggled.connect(lambda _on: self.search())
        self.from_day.dateChanged.connect(lambda _d: self.search())
        self.project.currentIndexChanged.connect(self._project_changed)
        self.table.itemSelectionChanged.connect(
            lambda: self.book_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        asker = Asker.of(ctx)
        ctx.reads.ask(self, "names", lambda conn: self._read_names(conn, asker), self._show_names)

    @staticmethod
    def _read_names(conn: Connection, asker: Asker) -> tuple[SlotNames, list[ProjectChoice]]:
        names = slots_q.slot_names(conn)
        return names, slots_q.open_projects(conn, asker.viewer(conn), names.zone)

    def _show_names(self, answer: tuple[SlotNames, list[ProjectChoice]]) -> None:
        self.names, self.projects = answer
        for artist_id, name in self.names.artists.items():
            self.artist.addItem(name, str(artist_id))  # a combo keeps text data; ids compare as text
        for choice in self.projects:
            text = self.tr("{client} · {title}").format(client=choice.client_name, title=choice.title)
            self.project.addItem(text, str(choice.id))
        self._project_row(bool(self.projects))
        self._ready = True
        self.search()

    def _project_row(self, shown: bool) -> None:
        self.project_label.setVisible(shown)
        self.project.setVisible(shown)

    # -- the search --------------------------------------------------------------------------
    def minutes(self) -> int:
        chosen = self.length.currentData()
        return self.custom.value() if chosen == CUSTOM else int(chosen)

    def _length_changed(self, _index: int) -> None:
        self.custom.setEnabled(self.length.currentData() == CUSTOM)
        self.search()

    def _project_changed(self, _index: int) -> None:
        choice = next((p for p in self.projects if str(p.id) == self.project.currentData()), None)
        if choice is None:
            self.project_note.hide()
            self.search()
            return
        start = choice.from_day(self.names.today)
        if choice.artist_id is not None:
            index = self.artist.findData(str(choice.artist_id))
            if index >= 0:
                self.artist.blockSignals(True)
                self.artist.setCurrentIndex(index)
                self.artist.blockSignals(False)
        if choice.last_session is not None:
            note = self.tr("Last session {day}; healing: %n day(s).", "", choice.healing_days).format(
                day=fmt.date_text(choice.last_session)
            )
        else:
            note = self.tr("No session yet.")
        self.project_note.setText(note)
        self.project_note.show()
        self.from_day.blockSignals(True)
        self.from_day.setDate(fmt.qdate(start))
        self.from_day.blockSignals(False)
        self.search()

    def search(self) -> None:
        """Ask for the next ten free slots (on the reader thread)."""
        if not self._ready:
            return
        length = dt.timedelta(minutes=self.minutes())
        day = fmt.pydate(self.from_day.date())
        artist_id = _uuid(self.artist.currentData())
        needs_station = self.station.isChecked()
        self.status.setText(self.tr("Searching…"))
        self.book_button.setEnabled(False)
        self.ctx.reads.ask(
            self,
            "slots",
            lambda conn: slots_q.find_slots_read(conn, length, day, artist_id, needs_station),
            self._show_slots,
        )

    def _show_slots(self, found: FoundSlots) -> None:
        self.names = found.names
        self.slots = found.slots
        zone = found.names.zone
        self.table.setRowCount(len(found.slots))
        for row, slot in enumerate(found.slots):
            local = slot.start.astimezone(zone).date()
            cells = (
                fmt.date_text(local, long=True),
                fmt.time_range_text(slot.start, slot.end, zone),
                found.names.artists.get(slot.artist_id, "?"),
                found.names.stations.get(slot.station_id, "?") if slot.station_id is not None else "—",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if found.slots:
            self.status.setText(self.tr("The next %n free slot(s):", "", len(found.slots)))
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No free slot in the next two months from this day."))
        self.book_button.setEnabled(bool(found.slots))
        self.searched.emit()

    # -- choosing ----------------------------------------------------------------------------
    def primary_button(self) -> QPushButton:
        return self.book_button

    def selected_slot(self) -> Slot | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.slots):
            return None
        return self.slots[rows[0].row()]

    def book_selected(self) -> None:
        slot = self.selected_slot()
        if slot is None:
            return
        self.chosen_project = _uuid(self.project.currentData())
        self.book_requested.emit(slot.artist_id, slot.station_id, slot.start, slot.end, "session")
        self.accept()
