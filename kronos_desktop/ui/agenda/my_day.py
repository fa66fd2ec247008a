"""The artist's day: today's bookings of one artist as large cards, readable from a step away
(time, the client by the name they are called, kind, status, the health alerts in red, notes,
the project and its earlier sessions), a card with a health alert framed in red.

An artist at the desk sees their own day (store/queries/my_day.py gives them nothing else);
whoever sees every artist picks one. Read on the reader thread, again on ``rows_changed`` and
when someone else steps up (what was read for the one before goes first), and after midnight
(a minute's timer); a change keeps the place the day was scrolled to. The cards wrap their
words to the width: at 1024×600 the day scrolls down, never sideways, and no alert is cut.

Put :class:`MyDayView` in a window's faces, or open it on its own with :func:`open_my_day`.
"""

from __future__ import annotations

import uuid
import zoneinfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kronos_desktop.store.queries import my_day as my_day_q
from kronos_desktop.ui.agenda.day_paint import INACTIVE  # called off: their time is free
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.day_view import Asker
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import themed

TABLES = frozenset({"appointment", "client", "project", "staff", "station", "studio", "replica"})
RED = "@error@"  # the theme's (kronos_desktop/ui/look.py themed)
AMBER = "@amber@"  # a warning: a possible duplicate of a client with a health alert
MUTED = "@muted@"


def big(label: QLabel, points: int, *, bold: bool = False, colour: str | None = None) -> QLabel:
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if colour:
        themed(label, f"color: {colour};")
    return label


class BookingCard(QFrame):
    """One booking, large."""

    def __init__(self, booking: my_day_q.MyBooking, read: my_day_q.MyDay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = booking.row
        zone = read.here.zone
        self.setObjectName("myDayCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("booking_id", str(row.id))
        off = row.status in INACTIVE
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        top = QHBoxLayout()
        time = big(QLabel(fmt.time_range_text(row.starts_at, row.ends_at, zone)), 20, bold=True)
        time.setObjectName("myDayTime")
        if off:
            font = time.font()
            font.setStrikeOut(True)
            time.setFont(font)
        top.addWidget(time, 0, Qt.AlignmentFlag.AlignTop)
        status = "" if row.kind == "block" and not off else fmt.status_label(row.status)
        state = big(QLabel(status), 16, colour=MUTED)
        state.setObjectName("myDayStatus")
        state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top.addWidget(state, 1)
        layout.addLayout(top)
        if row.kind == "block":
            who = big(QLabel(fmt.kind_label("block")), 20, colour=MUTED)
        else:
            who = big(QLabel(row.client_name or ""), 24, bold=True)
            if row.client_full_name and row.client_full_name != row.client_name:
                who.setToolTip(row.client_full_name)
        who.setObjectName("myDayClient")
        layout.addWidget(who)
        if row.kind != "block":
            words = [fmt.kind_label(row.kind)]
            if row.station_name:
                words.append(row.station_name)
            kind = big(QLabel(" · ".join(words)), 16)
            kind.setObjectName("myDayKind")
            layout.addWidget(kind)
        self.alert: QLabel | None = None
        if row.health_alert:
            themed(self, f"#myDayCard {{ border: 3px solid {RED}; border-radius: 6px; }}")
            text = self.tr("⚠ Health alert: {alert}").format(alert=row.health_alert.replace("\n", " · "))
            self.alert = big(QLabel(text), 18, bold=True, colour=RED)
            self.alert.setObjectName("myDayAlert")
            self.alert.setAccessibleName(self.tr("Health alert"))
            layout.addWidget(self.alert)
        elif row.health_twin:
            themed(self, f"#myDayCard {{ border: 3px solid {AMBER}; border-radius: 6px; }}")
            text = self.tr("⚠ Possible duplicate of a client with a health alert")
            self.alert = big(QLabel(text), 18, bold=True, colour=AMBER)
            self.alert.setObjectName("myDayTwinAlert")
            self.alert.setAccessibleName(self.tr("Possible duplicate of a client with a health alert"))
            self.alert.setWordWrap(True)
            layout.addWidget(self.alert)
        if row.in_conflict:
            clash = big(QLabel(self.tr("Double-booked: check the conflicts.")), 16, bold=True, colour=RED)
            clash.setObjectName("myDayConflict")
            layout.addWidget(clash)
        if row.notes:
            notes = big(QLabel(row.notes), 15)
            notes.setObjectName("myDayNotes")
            layout.addWidget(notes)
        if booking.project_title:
            layout.addWidget(self._project(booking, zone))

    def _project(self, booking: my_day_q.MyBooking, zone: zoneinfo.ZoneInfo) -> QWidget:
        box = QFrame()
        box.setObjectName("myDayProject")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 6, 0, 0)
        inner.setSpacing(2)
        title = big(QLabel(self.tr("Project: {title}").format(title=booking.project_title)), 16, bold=True)
        title.setObjectName("myDayProjectTitle")
        inner.addWidget(title)
        if not booking.earlier:
            first = big(QLabel(self.tr("Its first session.")), 14, colour=MUTED)
            first.setObjectName("myDayFirstSession")
            inner.addWidget(first)
        for session in booking.earlier:
            words = [fmt.date_text(session.starts_at.astimezone(zone).date()), fmt.kind_label(session.kind)]
            if session.status != "completed":
                words.append(fmt.status_label(session.status))
            if session.notes:
                words.append(" ".join(session.notes.split()))
            line = big(QLabel(" · ".join(words)), 14)
            line.setObjectName("myDayEarlierSession")
            inner.addWidget(line)
        return box


class MyDayView(QWidget):
    """Today's bookings of one artist as large cards (objectName ``myDayView``)."""

    def __init__(self, ctx: DeskContext, artist_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._artist_id = artist_id
        self._shown_for: Asker | None = None
        self.read: my_day_q.MyDay | None = None
        self.setObjectName("myDayView")
        self.setAccessibleName(self.tr("The artist's day"))
        self.title = big(QLabel(self.tr("My day")), 22, bold=True)
        self.title.setObjectName("myDayTitle")
        self.day_label = big(QLabel(), 16, colour=MUTED)
        self.day_label.setObjectName("myDayDate")
        self.artist = named(QComboBox(), "myDayArtist", self.tr("Whose day"))
        font = QFont(self.artist.font())
        font.setPointSize(14)
        self.artist.setFont(font)
        self.artist.hide()  # shown to whoever may pick an artist
        self.artist.activated.connect(self._picked)
        self.summary = big(QLabel(), 16)
        self.summary.setObjectName("myDaySummary")
        self.cards = QWidget()
        self.cards.setObjectName("myDayCards")
        self.card_layout = QVBoxLayout(self.cards)
        self.card_layout.setContentsMargins(0, 0, 0, 0)
        self.card_layout.setSpacing(12)
        self.empty = big(QLabel(self.tr("No bookings today.")), 18, colour=MUTED)
        self.empty.setObjectName("myDayEmpty")
        self.empty.hide()
        self.scroller = QScrollArea()
        self.scroller.setObjectName("myDayScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.cards)
        header = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.day_label)
        header.addLayout(heading, 1)
        header.addWidget(self.artist, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroller, 1)
        ctx.hub.rows_changed.connect(self._rows_changed)
        ctx.who.changed.connect(self.refresh)
        self._midnight = QTimer(self)
        self._midnight.setInterval(60_000)
        self._midnight.timeout.connect(self._new_day)
        self._midnight.start()
        self.refresh()

    def _rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if TABLES & changed.keys():
            self.refresh()

    def _picked(self, index: int) -> None:
        data = self.artist.itemData(index)
        if isinstance(data, uuid.UUID) and data != self._artist_id:
            self._artist_id = data
            self.refresh()

    def set_artist(self, artist_id: uuid.UUID | None) -> None:
        """Show ``artist_id``'s day (when the person at the desk may see it)."""
        self._artist_id = artist_id
        self.refresh()

    def asker(self) -> Asker:
        return Asker.of(self.ctx)

    def refresh(self) -> None:
        """Read today's bookings on the reader thread; a new person at the desk sees nothing of
        the one before's day meanwhile."""
        asker, artist = self.asker(), self._artist_id
        if self._shown_for is not None and asker != self._shown_for:
            self._shown_for = None
            self._clear()
        self.ctx.reads.ask(
            self,
            "my_day",
            lambda conn: (asker, my_day_q.my_day(conn, None, asker.viewer(conn), artist)),
            self._answered,
        )

    def _clear(self) -> None:
        while self.card_layout.count():
            item = self.card_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from the cards at once, deleted when Qt is ready
                widget.deleteLater()
        self.summary.clear()
        self.empty.hide()
        self.read = None

    def _answered(self, answer: tuple[Asker, my_day_q.MyDay]) -> None:
        asker, read = answer
        if asker != self.asker():
            return  # read for someone who has left the desk since
        self._shown_for = asker
        same_day = self.read is not None and (self.read.day, self.read.artist) == (read.day, read.artist)
        kept = self.scroller.verticalScrollBar().value() if same_day else 0  # a change, not another day
        self._clear()
        self.read = read
        self._show_choices(read)
        self.day_label.setText(fmt.date_text(read.day, long=True))
        if read.artist is not None:
            self.title.setText(self.tr("{name}'s day").format(name=read.artist.name))
        for booking in read.bookings:
            self.card_layout.addWidget(BookingCard(booking, read, self.cards))
        self.card_layout.addStretch(1)
        active = [b for b in read.bookings if b.row.status not in INACTIVE and b.row.kind != "block"]
        alerts = sum(1 for b in active if b.row.health_alert)
        text = self.tr("%n booking(s)", "", len(active)) if active else ""
        if alerts:
            text += " · " + self.tr("%n with health alert(s)", "", alerts)
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
        self.empty.setVisible(not read.bookings)
        if kept:
            QTimer.singleShot(0, lambda: self.scroller.verticalScrollBar().setValue(kept))

    def _new_day(self) -> None:
        """Past midnight at the studio (by the desk's clock): read the new today."""
        if self.read is not None and self.read.here.today() != self.read.day:
            self.refresh()

    def _show_choices(self, read: my_day_q.MyDay) -> None:
        self.artist.blockSignals(True)
        self.artist.clear()
        for choice in read.choices:
            self.artist.addItem(choice.name, choice.id)
        if read.artist is not None:
            found = [i for i in range(self.artist.count()) if self.artist.itemData(i) == read.artist.id]
            self.artist.setCurrentIndex(found[0] if found else 0)
        self.artist.blockSignals(False)
        self.artist.setVisible(len(read.choices) > 1)

    def card_widgets(self) -> list[BookingCard]:
        return self.cards.findChildren(BookingCard, options=Qt.FindChildOption.FindDirectChildrenOnly)


def open_my_day(ctx: DeskContext, artist_id: uuid.UUID | None = None, parent: QWidget | None = None) -> MyDayView:
    """The artist's day in a window of its own (1024×600 at most to start; it deletes itself
    when closed)."""
    view = MyDayView(ctx, artist_id, parent)
    view.setWindowFlag(Qt.WindowType.Window)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.setWindowTitle(view.accessibleName())  # "The artist's day", translated by the view
    view.resize(900, 600)
    view.show()
    return view
