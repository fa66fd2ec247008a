"""The drawn day: a column per artist (or per station), the hours in the studio's time zone, each
booking a block in its artist's colour (time, client or "Busy", kind, status; who booked it where
the block has room; badges for a health alert, a first visit and a change not yet synced;
cancelled and no-show faded; a booking stored in conflict outlined in red with "Resolve"), the
hours outside opening or working time shaded (a public holiday all of it, its name on a strip
under the names, above the hours), and a line at the current time. Geometry and hit-testing live
in day_layout.py, dragging in day_drag.py, painting in day_paint.py; this widget turns mouse and
keys into signals and changes nothing itself: a drag over free time says ``range_chosen``, a
block dragged ``block_moved``, its bottom edge dragged ``block_resized`` (Alt+arrows and
Alt+Shift+arrows say the same from the keyboard), a right click or the Menu key
``block_menu_requested``, a click on a conflict's "Resolve" ``block_activated`` (as opening it
does: the view takes it to the conflicts inbox); Esc lets go of a drag.

Put it in a QScrollArea (``setWidgetResizable(True)``): it keeps a minimum hour height and
column width, and scrolls the selected block into view."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QMoveEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QToolTip, QWidget

from kronos_core.hours import Span
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui.agenda.block_extras import resolve_rect
from kronos_desktop.ui.agenda.day_drag import (
    BlockMoved,
    DayDrag,
    Ghost,
    Mode,
    Outcome,
    RangeChosen,
    keyboard_move,
    keyboard_resize,
    on_edge,
    on_top,
    why_fixed,
)
from kronos_desktop.ui.agenda.day_layout import (
    HEADER,
    Block,
    Column,
    DayLayout,
    Grouping,
    lay_out,
    working_of,
)
from kronos_desktop.ui.agenda.day_paint import BANNER, DayPainting, Fonts, ghost_rect, qrect
from kronos_desktop.ui.agenda.deposit_badge import paid_text, shows_paid
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate
SCROLL_MARGIN = 28  # px from the scroll area's top or bottom where a drag scrolls it
SCROLL_STEP = 12  # px a tick, more nearer the edge


class DayCanvas(DayPainting):
    block_selected = Signal(object)  # uuid.UUID: a click on a booking
    block_activated = Signal(object)  # uuid.UUID: a double-click (or Enter, or its "Resolve") on a booking
    empty_activated = Signal(int, object)  # column, aware UTC start: a double-click on free time
    range_chosen = Signal(object, object, object)  # column key, aware UTC start, end: a drag on free time
    block_moved = Signal(object, object, object, object)  # id, column key, UTC start, end: a block dragged
    block_resized = Signal(object, object, object)  # id, UTC start, end: a block's edge dragged
    block_key = Signal(object, str)  # a letter (or Del) pressed on the selected booking: its id, the key
    block_menu_requested = Signal(object, QPoint)  # id, global position: a right click or the Menu key

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
        self._grouping: Grouping = "artist"
        self._drag = DayDrag(QApplication.startDragDistance())
        self._scroll = QTimer(self, interval=30)
        self._scroll.timeout.connect(self._autoscroll)
        self._pointer = QPoint()  # where the drag's pointer is, in the scroll area's viewport
        self._resolving: uuid.UUID | None = None  # the booking whose "Resolve" the button went down on
        self.setMouseTracking(True)  # the cursor says what a press would do
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
        grouping: Grouping = "artist",
    ) -> None:
        """Show ``day``: ``columns`` in order (``working`` overrides their working spans),
        ``opening`` the studio's spans of the day, ``now`` the desk's clock (aware), ``holiday``
        the name of the public holiday on it (the whole day shaded as closed). ``grouping``
        "station": ``columns`` are stations (day_layout.station_columns), each booking drawn in
        its station's column, still in its artist's colour."""
        same = (day, grouping, [c.key for c in columns]) == (self._day, self._grouping, [c.key for c in self._columns])
        self._day, self._zone, self._now, self._holiday = day, zone, now, holiday
        self._grouping = grouping
        self._rows = list(rows)
        self._columns = working_of(columns, working)
        self._opening = tuple(opening)
        if self._selected is not None and all(r.id != self._selected for r in self._rows):
            self._selected = None
        self.layout_ = self._lay_out()
        if not (same and self._drag.rebind(self.layout_)):  # a drag goes on over a refresh of its day
            self._stop_drag()
        minimum = lay_out(day, zone, self._rows, self._columns, self._opening, 0, 0, self._sticky(), grouping)
        self.setMinimumSize(int(minimum.width), int(minimum.height))
        self._describe()
        self.update()

    def set_now(self, now: dt.datetime) -> None:
        self._now = now
        self.update()

    def selected(self) -> uuid.UUID | None:
        return self._selected

    def grouping(self) -> Grouping:
        """ "artist" or "station": what the columns are."""
        return self._grouping

    def ghost(self) -> Ghost | None:
        """The drag under way as drawn (None: no drag)."""
        return self._drag.ghost

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
            self._day,
            self._zone,
            self._rows,
            self._columns,
            self._opening,
            self.width(),
            self.height(),
            self._sticky(),
            self._grouping,
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
        """The block in words, for a screen reader and the tooltip (its badges too)."""
        column = row.artist_name
        if self._grouping == "artist":
            column = next((c.name for c in self._columns if c.key == row.artist_id), row.artist_name)
        parts = [p for p in self.lines_of(row) if p] + [column]
        if row.station_name:
            parts.append(row.station_name)
        if row.health_alert:
            parts.append(self.tr("Health alert: %1").replace("%1", row.health_alert))
        elif row.health_twin:
            parts.append(self.tr("Possible duplicate of a client with a health alert"))
        if row.first_visit and not row.busy:
            parts.append(self.tr("First visit"))
        if row.consent_signed and not row.busy:
            parts.append(self.tr("Consent signed"))
        if shows_paid(row):
            parts.append(paid_text())
        if row.booked_by and not row.busy:
            parts.append(self.tr("Booked by %1").replace("%1", row.booked_by))
        if row.pending:
            parts.append(self.tr("Not yet synced"))
        if row.in_conflict:
            parts.append(self.tr("In conflict with another booking"))
        return ", ".join(parts)

    def fixed_text(self, row: AgendaRow) -> str | None:
        """Why a block does not drag (None: it does)."""
        why = why_fixed(row)
        if why is None:
            return None
        if why == "busy":
            return self.tr("A colleague's booking: it cannot be moved here")
        return self.tr("%1: it cannot be moved").replace("%1", fmt.status_label(why))

    def ghost_text(self, ghost: Ghost) -> str:
        """What a drag's ghost says: its times, and "Clash" over a booking or time off."""
        lay = self.layout_
        text = fmt.time_range_text(lay.instant(ghost.start), lay.instant(ghost.end), self._zone)
        return self.tr("Clash: %1").replace("%1", text) if ghost.clash else text

    def _describe(self) -> None:
        block = self.layout_.by_id.get(self._selected) if self._selected is not None else None
        text = self.description(block.row) if block else self.tr("No booking selected")
        holiday = self.holiday_text()
        self.setAccessibleDescription(f"{holiday}. {text}" if holiday else text)

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        x, y = event.position().x(), event.position().y()
        hit = self._hit(x, y)
        if event.button() == Qt.MouseButton.LeftButton:
            self.select(hit if isinstance(hit, uuid.UUID) else None)  # a click on free time lets go
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._resolving = self._resolve_at(x, y)  # a click on "Resolve" opens, never drags
            if hit is not None and self._resolving is None:
                self._drag.press(self.layout_, x, y)
            event.accept()
            return
        if event.button() == Qt.MouseButton.RightButton and isinstance(hit, uuid.UUID):
            self.select(hit)
            self.block_menu_requested.emit(hit, event.globalPosition().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x, y = event.position().x(), event.position().y()
        if self._drag.pressed and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag_to(x, y)
            self._pointer = self._viewport_point(QPoint(int(x), int(y)))
            self._scroll.start() if self._near_edge() else self._scroll.stop()
        elif not self._drag.pressed:
            self._hover(x, y)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._resolving is not None:
            row_id, self._resolving = self._resolving, None
            if self._resolve_at(event.position().x(), event.position().y()) == row_id:  # as a button does
                self.block_activated.emit(row_id)
        elif event.button() == Qt.MouseButton.LeftButton and self._drag.pressed:
            before = self._drag.ghost
            outcome = self._drag.release(self.layout_, event.position().x(), event.position().y())
            self._stop_drag(before)
            if outcome is not None:
                self._emit(outcome)
        event.accept()

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

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The Menu key: the selected booking's menu (a right click asked for it on the press)."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._menu_of_selected()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(event.pos().x(), event.pos().y())
            block = self.layout_.by_id.get(hit) if isinstance(hit, uuid.UUID) else None
            if block is not None:
                text = self.description(block.row)
                if block.row.notes and not block.row.busy:
                    text += "\n" + block.row.notes
                fixed = self.fixed_text(block.row)
                if fixed is not None:
                    text += "\n" + fixed
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _drag_to(self, x: float, y: float) -> None:
        """The pointer moved with the button held: the ghost follows; only where it was and where
        it is now are painted again (the first step: the whole canvas, the block fades)."""
        before = self._drag.ghost
        ghost = self._drag.move(self.layout_, x, y)
        if ghost is None or ghost == before:
            return
        if before is None:
            resize = ghost.mode in (Mode.RESIZE, Mode.RESIZE_TOP)
            self.setCursor(Qt.CursorShape.SizeVerCursor if resize else Qt.CursorShape.ClosedHandCursor)
            self.update()
            return
        self.update(ghost_rect(self.layout_, before).toAlignedRect().adjusted(-2, -2, 2, 2))
        self.update(ghost_rect(self.layout_, ghost).toAlignedRect().adjusted(-2, -2, 2, 2))

    def _stop_drag(self, ghost: Ghost | None = None) -> None:
        if ghost is not None or self._drag.ghost is not None:
            self.update()
        self._drag.cancel()
        self._scroll.stop()
        self.unsetCursor()

    def _emit(self, outcome: Outcome) -> None:
        lay = self.layout_
        if isinstance(outcome, RangeChosen):
            self.range_chosen.emit(lay.columns[outcome.column].key, outcome.start, outcome.end)
        elif isinstance(outcome, BlockMoved):
            self.block_moved.emit(outcome.row_id, lay.columns[outcome.column].key, outcome.start, outcome.end)
        else:
            self.block_resized.emit(outcome.row_id, outcome.start, outcome.end)

    def _hover(self, x: float, y: float) -> None:
        """The cursor says what a press does: open the inbox (a pointing hand) on a conflict's
        "Resolve", resize on a block's bottom edge, move on the block, nothing (the arrow) on a
        block that does not drag."""
        hit = self._hit(x, y)
        block = self.layout_.by_id.get(hit) if isinstance(hit, uuid.UUID) else None
        if block is not None and self._resolve_at(x, y) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        elif block is None or why_fixed(block.row) is not None:
            self.unsetCursor()
        elif on_edge(block, y) or on_top(self.layout_, block, y):
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def resolve_spot(self, row_id: uuid.UUID) -> QRectF | None:
        """Where a booking in conflict has its "Resolve" drawn (None: not drawn, not in conflict)."""
        block = self.layout_.by_id.get(row_id)
        if block is None or not block.row.in_conflict:
            return None
        return resolve_rect(QRectF(qrect(block.rect).toAlignedRect()), Fonts(self.font()).badge_metrics)

    def _resolve_at(self, x: float, y: float) -> uuid.UUID | None:
        """The booking in conflict whose "Resolve" is under (x, y), or a few px from it (a small
        label: a near miss still counts, on its own block), if any."""
        hit = self._hit(x, y)
        if not isinstance(hit, uuid.UUID):
            return None
        spot = self.resolve_spot(hit)
        return hit if spot is not None and spot.adjusted(-3, -3, 3, 3).contains(x, y) else None

    def _area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        return area if isinstance(area, QScrollArea) else None

    def _viewport_point(self, point: QPoint) -> QPoint:
        area = self._area()
        return self.mapTo(area.viewport(), point) if area is not None else point

    def _near_edge(self) -> int:
        """-1/1 when the drag's pointer is near the top/bottom of the scroll area's view, else 0."""
        area = self._area()
        if area is None:
            return 0
        y, height = self._pointer.y(), area.viewport().height()
        return -1 if y < self._sticky() + SCROLL_MARGIN else 1 if y > height - SCROLL_MARGIN else 0

    def _autoscroll(self) -> None:
        """A drag held near the view's top or bottom edge scrolls it, the ghost following."""
        area, way = self._area(), self._near_edge()
        if area is None or way == 0 or not self._drag.pressed:
            self._scroll.stop()
            return
        bar = area.verticalScrollBar()
        before = bar.value()
        bar.setValue(before + way * SCROLL_STEP)
        if bar.value() != before:
            point = self.mapFrom(area.viewport(), self._pointer)
            self._drag_to(point.x(), point.y())

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers()
        if key == Qt.Key.Key_Escape and self._drag.pressed:
            self._stop_drag(self._drag.ghost)
            return
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier):
            self._menu_of_selected()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.block_activated.emit(self._selected)
            return
        moves = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1), Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}
        if key in moves and mods & Qt.KeyboardModifier.AltModifier:
            self._key_change(*moves[key], resize=bool(mods & Qt.KeyboardModifier.ShiftModifier))
            return
        if key in moves:
            target = self._neighbour(*moves[key])
            if target is not None:
                self.select(target)
            return
        plain = not mods & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if plain and self._selected is not None and (key == Qt.Key.Key_Delete or event.text().isalpha()):
            # A letter of the booking's menu (E, C, I, S, D, X; Del cancels): the view decides.
            self.block_key.emit(self._selected, QKeySequence(key).toString())
            return
        super().keyPressEvent(event)

    def _key_change(self, across: int, down: int, *, resize: bool) -> None:
        """Alt+Up/Down: the selected booking 15 minutes earlier/later; Alt+Left/Right: to the
        next column; Alt+Shift+Up/Down: 15 minutes shorter/longer."""
        block = self.layout_.by_id.get(self._selected) if self._selected is not None else None
        if block is None:
            return
        outcome: Outcome | None
        if resize:
            outcome = keyboard_resize(block, 15 * down) if down else None
        else:
            outcome = keyboard_move(self.layout_, block, 15 * down, across)
        if outcome is not None:
            self._emit(outcome)

    def _menu_of_selected(self) -> None:
        block = self.layout_.by_id.get(self._selected) if self._selected is not None else None
        if block is not None:
            rect = block.rect
            centre = QPoint(int(rect.x + rect.w / 2), int(rect.y + min(rect.h / 2, 12)))
            self.block_menu_requested.emit(block.row.id, self.mapToGlobal(centre))

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
        area = self._area()
        if area is not None:
            rect = block.rect  # kept clear of the header above it
            area.ensureVisible(int(rect.x + rect.w / 2), int(rect.y + min(rect.h, 40)), int(rect.w / 2), 8)
            area.ensureVisible(int(rect.x + rect.w / 2), int(rect.y), int(rect.w / 2), self._sticky() + 8)
