"""Free now: who can take a walk-in for the next 30, 60 or 120 minutes, with a station free beside
them, and "Book walk-in" in one click.

The panel reads who is free (kronos_core.slots.free_now, through store/queries/slots.py) on the
reader thread, from the desk's clock to the minute; it reads again when bookings, staff,
stations or the studio change (the hub's ``rows_changed``) and every minute. A click on a row's
"Book walk-in" emits :attr:`FreeNowPanel.book_requested` for the walk-in's span (from the minute
the read was made at, for the length chosen); the window opens the booking dialog with it, so
only the client is left to fill in. The panel folds to its header (the arrow beside its title),
so at 1024×600 it takes one line beside the calendar.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core.slots import FreeArtist
from kronos_desktop.store.queries import slots as slots_q
from kronos_desktop.store.queries.slots import FreeNowRead
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

LENGTHS = (30, 60, 120)  # minutes
REFRESH_MS = 60_000


class FreeRow(QFrame):
    """One artist free for the length chosen: who, the station, until when, and the button."""

    def __init__(self, free: FreeArtist, minutes: int, read: FreeNowRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.free = free
        self.minutes = minutes
        names = read.names
        self.artist_id = free.artist_id
        self.station_id = free.station_id if free.station_minutes >= minutes else None
        self.start = free.start
        self.end = free.start + dt.timedelta(minutes=minutes)
        self.setObjectName("freeNowRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        artist = names.artists.get(free.artist_id, "?")
        self.artist_label = QLabel(artist)
        self.artist_label.setObjectName("freeNowArtist")
        self.artist_label.setProperty("role", "strong")
        self.swatch = QLabel("●")  # the artist's calendar colour, as on their column
        self.swatch.setObjectName("freeNowSwatch")
        color = names.colors.get(free.artist_id)
        if color and QColor(color).isValid():
            self.swatch.setStyleSheet(f"color: {QColor(color).name()};")
        until = fmt.time_text(free.start + dt.timedelta(minutes=free.minutes), names.zone)
        if self.station_id is not None:
            where = names.stations.get(self.station_id, "?")
            detail = self.tr("{station} · free until {time}").format(station=where, time=until)
        else:
            detail = self.tr("No station free · free until {time}").format(time=until)
        self.detail_label = QLabel(detail)
        self.detail_label.setObjectName("freeNowDetail")
        self.detail_label.setProperty("role", "muted")
        self.detail_label.setWordWrap(True)
        self.book_button = named(
            QPushButton(self.tr("Book walk-in")),
            "freeNowBookButton",
            self.tr("Book a walk-in with {artist}").format(artist=artist),
            self.tr("Book a walk-in with {artist} from now for {minutes} minutes").format(
                artist=artist, minutes=minutes
            ),
        )
        self.book_button.setAutoDefault(False)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.artist_label)
        words.addWidget(self.detail_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.swatch, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        layout.addWidget(self.book_button)


class FreeNowPanel(QFrame):
    """The "free now" side panel (objectName ``freeNowPanel``)."""

    # artist id, station id (None: no station free), start and end (aware UTC), kind ("walk_in")
    book_requested = Signal(object, object, object, object, str)
    answered = Signal()  # a read was shown (for tests)
    TABLES = frozenset({"appointment", "staff", "station", "studio", "replica"})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read: FreeNowRead | None = None
        self.rows: list[FreeRow] = []
        self.setObjectName("freeNowPanel")
        self.setAccessibleName(self.tr("Free now"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        title = QLabel(self.tr("Free now"))
        title.setObjectName("freeNowTitle")
        title.setProperty("role", "subtitle")
        self.fold_button = named(
            QToolButton(), "freeNowFold", self.tr("Fold the free-now panel"), self.tr("Fold or unfold this panel")
        )
        self.fold_button.setCheckable(True)
        self.fold_button.setAutoRaise(True)
        self.fold_button.toggled.connect(self.set_folded)
        header = QHBoxLayout()
        header.addWidget(self.fold_button)
        header.addWidget(title, 1)

        self.length_group = QButtonGroup(self)
        self.length_group.setExclusive(True)
        lengths = QHBoxLayout()
        lengths.setSpacing(4)
        self.length_buttons: dict[int, QPushButton] = {}
        for minutes in LENGTHS:
            text = self.tr("%n min", "", minutes) if minutes < 60 else self.tr("%n h", "", minutes // 60)
            button = named(
                QPushButton(text),
                f"freeNowLength{minutes}",
                self.tr("Free for the next %n minute(s)", "", minutes),
                self.tr("Who is free for the next %n minute(s)", "", minutes),
            )
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.length_group.addButton(button, minutes)
            self.length_buttons[minutes] = button
            lengths.addWidget(button)
        self.length_buttons[60].setChecked(True)
        self.length_group.idToggled.connect(self._length_toggled)

        self.list_widget = QWidget()
        self.list_widget.setObjectName("freeNowList")
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(4)
        self.list_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("freeNowScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.list_widget)
        self.empty = QLabel()
        self.empty.setObjectName("freeNowEmpty")
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.body = QWidget()
        self.body.setObjectName("freeNowBody")
        in_body = QVBoxLayout(self.body)
        in_body.setContentsMargins(0, 0, 0, 0)
        in_body.addLayout(lengths)
        in_body.addWidget(self.empty)
        in_body.addWidget(self.scroll_area, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.body, 1)
        self.set_folded(False)

        self.timer = QTimer(self)
        self.timer.setObjectName("freeNowTimer")
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.hub.rows_changed.connect(self._rows_changed)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def _rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if self.TABLES & changed.keys():
            self.refresh()

    def refresh(self) -> None:
        """Read who is free now, on the reader thread."""
        self.ctx.reads.ask(self, "free", slots_q.free_now_read, self._answered)

    def _answered(self, read: FreeNowRead) -> None:
        self.read = read
        self._show()
        self.answered.emit()

    # -- showing ---------------------------------------------------------------------------
    def _length_toggled(self, _minutes: int, on: bool) -> None:
        if on:
            self._show()

    def minutes(self) -> int:
        return self.length_group.checkedId()

    def set_minutes(self, minutes: int) -> None:
        self.length_buttons[minutes].setChecked(True)

    def set_folded(self, folded: bool) -> None:
        """Only the header shows (the arrow unfolds it again)."""
        self.body.setVisible(not folded)
        self.fold_button.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
        if self.fold_button.isChecked() != folded:
            self.fold_button.setChecked(folded)
        self.updateGeometry()

    def _show(self) -> None:
        for row in self.rows:
            self.list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        read = self.read
        if read is None:
            return
        minutes = self.minutes()
        free = [f for f in read.free if f.minutes >= minutes]
        for f in free:
            row = FreeRow(f, minutes, read, self.list_widget)
            row.book_button.clicked.connect(lambda _=False, r=row: self._book(r))
            self.list_layout.insertWidget(self.list_layout.count() - 1, row)
            self.rows.append(row)
        if not free:
            self.empty.setText(self.tr("Nobody is free for the next %n minute(s).", "", minutes))
        self.empty.setVisible(not free)
        self.scroll_area.setVisible(bool(free))

    def _book(self, row: FreeRow) -> None:
        self.book_requested.emit(row.artist_id, row.station_id, row.start, row.end, "walk_in")
