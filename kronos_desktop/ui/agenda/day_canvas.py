"""The drawn day: a column per artist, the hours in the studio's time zone, each booking a block
in its artist's colour (time, client or "Busy", kind, status; a red "!" for a health alert;
cancelled and no-show faded; a booking stored in conflict outlined in red), the hours outside
opening or working time shaded (a public holiday all of it, its name on a strip under the
artists' names, above the hours), and a line at the current time. Geometry and hit-testing live in
day_layout.py; this widget paints what is visible and turns mouse and keys into signals.

Put it in a QScrollArea (``setWidgetResizable(True)``): it keeps a minimum hour height and
column width, and scrolls the selected block into view."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QMoveEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from kronos_core.hours import Span
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui.agenda.day_layout import (
    HEADER,
    Block,
    Column,
    DayLayout,
    lay_out,
    working_of,
)
from kronos_desktop.ui.agenda.day_paint import BANNER, DayPainting
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate


class DayCanvas(DayPainting):
    block_selected = Signal(object)  # uuid.UUID: a click on a booking
    block_activated = Signal(object)  # uuid.UUID: a double-click (or Enter) on a booking
    empty_activated = Signal(int, object)  # column, aware UTC start: a double-click on free time

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaDayCanvas")
        self.setAccessibleName(self.tr("Day calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._day = dt.date(2000, 1, 1)  # nothing shown until set_day
        self._zone = zoneinfo.ZoneInfo("UTC")
        self._now: dt.datetime | None = None
        self._rows: list[AgendaRow] = []
        self._columns: list[Column] = []
        self._opening: tuple[Span, ...] = ()
        self._holiday: str | None = None
        self._selected: uuid.UUID | None = None
        self.layout_: DayLayout = self._lay_out()
        self.painted: dict[uuid.UUID, list[str]] = {}  # the lines last drawn in each block

    # ------------------------------------------------------------------ data
    def set_day(
        self,
        day: dt.date,
        rows: Sequence[AgendaRow],
        columns: Sequence[Column],
        opening: Sequence[Span],
        working: Mapping[uuid.UUID, Sequence[Span]],
        zone: zoneinfo.ZoneInfo,
        now: dt.datetime | None,
        *,
        holiday: str | None = None,
    ) -> None:
        """Show ``day``: ``columns`` in order (``working`` overrides their working spans),
        ``opening`` the studio's spans of the day, ``now`` the desk's clock (aware), ``holiday``
        the name of the public holiday on it (the whole day shaded as closed)."""
        self._day, self._zone, self._now, self._holiday = day, zone, now, holiday
        self._rows = list(rows)
        self._columns = working_of(columns, working)
        self._opening = tuple(opening)
        if self._selected is not None and all(r.id != self._selected for r in self._rows):
            self._selected = None
        self.layout_ = self._lay_out()
        minimum = lay_out(day, zone, self._rows, self._columns, self._opening, 0, 0, self._sticky())
        self.setMinimumSize(int(minimum.width), int(minimum.height))
        self._describe()
        self.update()

    def set_now(self, now: dt.datetime) -> None:
        self._now = now
        self.update()

    def selected(self) -> uuid.UUID | None:
        return self._selected

    def holiday(self) -> str | None:
        """The name of the public holiday shown, None on a working day."""
        return self._holiday

    def holiday_text(self) -> str | None:
        """What the strip on a holiday says: "Holiday: Christmas Day"."""
        return None if self._holiday is None else self.tr("Holiday: %1").replace("%1", self._holiday)

    def select(self, row_id: uuid.UUID | None) -> None:
        if row_id == self._selected:
            return
        self._selected = row_id
        self._describe()
        self.update()
        block = self.layout_.by_id.get(row_id) if row_id is not None else None
        if block is not None:
            self._ensure_visible(block)
            self.block_selected.emit(row_id)

    def _lay_out(self) -> DayLayout:
        return lay_out(
            self._day, self._zone, self._rows, self._columns, self._opening, self.width(), self.height(), self._sticky()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.layout_ = self._lay_out()
        super().resizeEvent(event)

    # ----------------------------------------------------------------- words
    def lines_of(self, row: AgendaRow) -> list[str]:
        """What a block says, first line first (a colleague's booking only that it is busy)."""
        time = fmt.time_range_text(row.starts_at, row.ends_at, self._zone)
        status = fmt.status_label(row.status)
        if row.busy:
            return [time, translate("AgendaModel", "Busy"), status]  # as the table says it
        if row.kind == "block":  # time off: its reason under the word for it
            return [time, fmt.kind_label(row.kind), row.notes or ""]
        return [time, row.client_name or "", f"{fmt.kind_label(row.kind)} · {status}"]

    def description(self, row: AgendaRow) -> str:
        """The block in words, for a screen reader and the tooltip."""
        column = next((c.name for c in self._columns if c.key == row.artist_id), row.artist_name)
        parts = [p for p in self.lines_of(row) if p] + [column]
        if row.station_name:
            parts.append(row.station_name)
        if row.health_alert:
            parts.append(self.tr("Health alert: %1").replace("%1", row.health_alert))
        if row.in_conflict:
            parts.append(self.tr("In conflict with another booking"))
        return ", ".join(parts)

    def _describe(self) -> None:
        block = self.layout_.by_id.get(self._selected) if self._selected is not None else None
        text = self.description(block.row) if block else self.tr("No booking selected")
        holiday = self.holiday_text()
        self.setAccessibleDescription(f"{holiday}. {text}" if holiday else text)

    # ---------------------------------------------------------------- paint
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self._hit(event.position().x(), event.position().y())
            self.select(hit if isinstance(hit, uuid.UUID) else None)  # a click on free time lets go
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()  # a click is taken on the press (dragging comes later)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self._hit(event.position().x(), event.position().y())
        if isinstance(hit, uuid.UUID):
            self.select(hit)
            self.block_activated.emit(hit)
        elif hit is not None:
            self.empty_activated.emit(hit[0], hit[1])
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(event.pos().x(), event.pos().y())
            block = self.layout_.by_id.get(hit) if isinstance(hit, uuid.UUID) else None
            if block is not None:
                text = self.description(block.row)
                if block.row.notes:
                    text += "\n" + block.row.notes
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.block_activated.emit(self._selected)
            return
        moves = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1), Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}
        if key in moves:
            target = self._neighbour(*moves[key])
            if target is not None:
                self.select(target)
            return
        super().keyPressEvent(event)

    def _neighbour(self, across: int, down: int) -> uuid.UUID | None:
        """The block above/below the selected one in its column, or the nearest in time in the
        next column with bookings left/right (nothing selected: the day's first)."""
        lay = self.layout_
        current = lay.by_id.get(self._selected) if self._selected is not None else None
        if current is None:
            first = min(lay.blocks, key=lambda b: (b.start, b.column), default=None)
            return first.row.id if first else None
        if down:
            same = sorted(lay.in_column(current.column), key=lambda b: (b.start, b.lane))
            at = same.index(current) + down
            return same[at].row.id if 0 <= at < len(same) else None
        column = current.column + across
        while 0 <= column < len(lay.columns):
            there = lay.in_column(column)
            if there:
                return min(there, key=lambda b: (abs(b.start - current.start), b.start)).row.id
            column += across
        return None

    def _sticky(self) -> int:
        """The height kept on top as the hours scroll: the names, and a holiday's strip."""
        return HEADER + (BANNER if self._holiday is not None else 0)

    def _top(self) -> int:
        """The first row of the canvas on screen (it scrolls up inside its scroll area)."""
        return max(0, -self.y())

    def _hit(self, x: float, y: float) -> uuid.UUID | tuple[int, dt.datetime] | None:
        return None if y < self._top() + self._sticky() else self.layout_.hit(x, y)

    def moveEvent(self, event: QMoveEvent) -> None:
        """Scrolled: the header is drawn again where it was (the pixels moved) and where it now is."""
        super().moveEvent(event)
        before, now = max(0, -event.oldPos().y()), self._top()
        if before != now:
            self.update(0, before, self.width(), self._sticky())
            self.update(0, now, self.width(), self._sticky())

    def _ensure_visible(self, block: Block) -> None:
        parent = self.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if isinstance(area, QScrollArea):
            rect = block.rect  # kept clear of the header above it
            area.ensureVisible(int(rect.x + rect.w / 2), int(rect.y + min(rect.h, 40)), int(rect.w / 2), 8)
            area.ensureVisible(int(rect.x + rect.w / 2), int(rect.y), int(rect.w / 2), self._sticky() + 8)
