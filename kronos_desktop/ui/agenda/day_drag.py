"""Dragging on the drawn day, without Qt: a drag over free time chooses a range, a drag of a
block moves it (to another time, or another column), a drag of its bottom edge resizes it.

:class:`DayDrag` is fed the layout and the pointer (widget pixels) on press, move and release, and
says what to draw (:class:`Ghost`: the column, the snapped minutes, whether it clashes) and, on
release, what was asked (:class:`RangeChosen`, :class:`BlockMoved`, :class:`BlockResized`). It
changes nothing itself: the canvas turns the answer into a signal, the view's flow checks it and
applies it, and the block jumps when the new read comes. Times snap to :data:`SNAP` minutes.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass

from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui.agenda.day_layout import SLOT_MINUTES, Block, DayLayout

SNAP = SLOT_MINUTES
MIN_MINUTES = 15  # the shortest booking a drag makes
MAX_MINUTES = 16 * 60  # the longest an appointment row may be (kronos_core's maximum)
EDGE = 6  # px above a block's bottom edge where a press resizes it
FREE = frozenset({"cancelled", "no_show"})  # statuses that free their time
FIXED = frozenset({"cancelled", "no_show", "completed"})  # statuses a drag does not move


class Mode(enum.Enum):
    RANGE = "range"  # over free time: a new booking's time
    MOVE = "move"
    RESIZE = "resize"  # its bottom edge: its end
    RESIZE_TOP = "resize_top"  # its top edge: its start


def why_fixed(row: AgendaRow) -> str | None:
    """Why the block cannot be dragged ("busy", or its status), None when it can."""
    if row.busy:
        return "busy"
    if row.status in FIXED:
        return row.status
    return None


@dataclass(frozen=True)
class Ghost:
    """What a drag would make, as drawn: ``column`` index, ``start``/``end`` minutes after the
    day's midnight (on the axis), ``clash`` when it overlaps a booking or time off drawn there."""

    mode: Mode
    column: int
    start: int
    end: int
    row_id: uuid.UUID | None = None
    clash: bool = False


@dataclass(frozen=True)
class RangeChosen:
    column: int
    start: dt.datetime  # aware UTC
    end: dt.datetime


@dataclass(frozen=True)
class BlockMoved:
    row_id: uuid.UUID
    column: int
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class BlockResized:
    row_id: uuid.UUID
    start: dt.datetime
    end: dt.datetime


Outcome = RangeChosen | BlockMoved | BlockResized


def snap(minute: float) -> int:
    """The nearest quarter hour."""
    return round(minute / SNAP) * SNAP


def floor(minute: float) -> int:
    return int(minute // SNAP) * SNAP


def length_of(row: AgendaRow) -> int:
    """The booking's length in whole minutes (its real one, not the part drawn on this day)."""
    return max(1, int((row.ends_at - row.starts_at).total_seconds() // 60))


def clashes(lay: DayLayout, column: int, start: int, end: int, skip: uuid.UUID | None = None) -> bool:
    """Whether [start, end) overlaps a booking (not cancelled or a no-show) or a time-off block
    drawn in ``column`` (``skip``: the block being dragged)."""
    return any(
        b.start < end and start < b.end and b.row.id != skip and b.row.status not in FREE for b in lay.in_column(column)
    )


def on_edge(block: Block, y: float) -> bool:
    """Whether ``y`` is on the block's bottom edge (its lower half, at most :data:`EDGE` px up)."""
    rect = block.rect
    return max(rect.bottom - EDGE, rect.y + rect.h / 2) <= y < rect.bottom + 2


def on_top(lay: DayLayout, block: Block, y: float) -> bool:
    """Whether ``y`` is on the block's top edge (at most :data:`EDGE` px down, on a block tall
    enough to keep room to move it, that starts on this day)."""
    rect = block.rect
    return rect.h >= 4 * EDGE and rect.y <= y < rect.y + EDGE and _offset(lay, block.row.starts_at) == block.start


class DayDrag:
    """One drag at a time: :meth:`press`, then :meth:`move` as the pointer goes (None until it
    has gone ``distance`` px: a click stays a click), then :meth:`release` or :meth:`cancel`."""

    def __init__(self, distance: int = 10) -> None:
        self.distance = distance
        self.ghost: Ghost | None = None
        self._mode: Mode | None = None
        self._origin = (0.0, 0.0)
        self._block: Block | None = None
        self._grab = 0.0  # minutes between the block's start and the point pressed
        self._anchor = (0, 0)  # a range's column and first quarter hour

    @property
    def pressed(self) -> bool:
        return self._mode is not None

    @property
    def active(self) -> bool:
        """Past the drag distance: a ghost is drawn."""
        return self.ghost is not None

    def press(self, lay: DayLayout, x: float, y: float) -> Mode | None:
        """A left press at (x, y): on a draggable block (its edge: resize), on free time, or
        nothing to drag (a fixed block, the names, the hour labels)."""
        self.cancel()
        block = next((b for b in reversed(lay.blocks) if b.rect.contains(x, y) or _on_bottom(b, x, y)), None)
        if block is not None:
            if why_fixed(block.row) is not None:
                return None
            self._block = block
            self._mode = Mode.RESIZE if on_edge(block, y) else Mode.RESIZE_TOP if on_top(lay, block, y) else Mode.MOVE
            self._grab = lay.minute_at(y) - block.start
        else:
            hit = lay.hit(x, y)
            if not isinstance(hit, tuple):
                return None
            self._anchor = (hit[0], lay.minute_of(hit[1]))
            self._mode = Mode.RANGE
        self._origin = (x, y)
        return self._mode

    def move(self, lay: DayLayout, x: float, y: float) -> Ghost | None:
        """The pointer at (x, y), the button held: the ghost to draw (None: still a click)."""
        if self._mode is None:
            return None
        if self.ghost is None and abs(x - self._origin[0]) + abs(y - self._origin[1]) < self.distance:
            return None
        minute = lay.minute_at(y)
        if self._mode is Mode.RANGE:
            column, anchor = self._anchor
            if minute >= anchor:
                start, end = anchor, max(anchor + SNAP, -(-int(minute) // SNAP) * SNAP)
            else:
                start, end = max(lay.first, floor(minute)), anchor + SNAP
            end = min(end, lay.last)
            self.ghost = Ghost(Mode.RANGE, column, start, end, None, clashes(lay, column, start, end))
            return self.ghost
        block = self._block
        assert block is not None
        row = block.row
        if self._mode is Mode.MOVE:
            before = self.ghost.column if self.ghost is not None else block.column
            over = lay.column_at(x)
            column = before if over is None else over  # beside the columns: where it was
            length = length_of(row)
            start = snap(minute - self._grab)
            start = max(lay.first, min(start, lay.last - SNAP))
            end = start + length
        elif self._mode is Mode.RESIZE_TOP:
            column, end = block.column, block.end
            ending = _offset(lay, row.ends_at)  # may be after the day
            start = min(snap(minute), ending - MIN_MINUTES)
            start = max(start, ending - MAX_MINUTES, lay.first)
        else:
            column, start = block.column, block.start
            begun = _offset(lay, row.starts_at)  # may be before the day (a night session)
            end = snap(minute)
            end = max(begun + MIN_MINUTES, min(end, begun + MAX_MINUTES, lay.last))
        self.ghost = Ghost(self._mode, column, start, end, row.id, clashes(lay, column, start, end, row.id))
        return self.ghost

    def release(self, lay: DayLayout, x: float, y: float) -> Outcome | None:
        """The button let go at (x, y): what was asked (None: a click, or nothing changed)."""
        ghost = self.move(lay, x, y) if self._mode is not None else None
        block = self._block
        self.cancel()
        if ghost is None:
            return None
        if ghost.mode is Mode.RANGE:
            return RangeChosen(ghost.column, lay.instant(ghost.start), lay.instant(ghost.end))
        assert block is not None
        row = block.row
        if ghost.mode is Mode.MOVE:
            start = lay.instant(ghost.start)
            if ghost.column == block.column and start == row.starts_at:
                return None
            return BlockMoved(row.id, ghost.column, start, start + (row.ends_at - row.starts_at))
        if ghost.mode is Mode.RESIZE_TOP:
            start = lay.instant(ghost.start)
            return None if start == row.starts_at else BlockResized(row.id, start, row.ends_at)
        end = lay.instant(ghost.end)
        if end == row.ends_at:
            return None
        return BlockResized(row.id, row.starts_at, end)

    def rebind(self, lay: DayLayout) -> bool:
        """The day read again while dragging: go on with the block as now laid out (False, and
        let go: it is gone or no longer drags)."""
        if self._block is None:
            return True
        block = lay.by_id.get(self._block.row.id)
        if block is None or why_fixed(block.row) is not None:
            self.cancel()
            return False
        self._block = block
        return True

    def cancel(self) -> None:
        self.ghost = None
        self._mode = None
        self._block = None


def _on_bottom(block: Block, x: float, y: float) -> bool:
    rect = block.rect
    return rect.x <= x < rect.right and rect.bottom <= y < rect.bottom + 2


def _offset(lay: DayLayout, instant: dt.datetime) -> int:
    """``instant`` as minutes after the day's midnight, not clamped to the day."""
    return int((instant - lay.instant(0)).total_seconds() // 60)


def keyboard_move(lay: DayLayout, block: Block, minutes: int, across: int = 0) -> BlockMoved | None:
    """The selected block moved by ``minutes`` (Alt+Up/Down) or to the next column (Alt+Left/Right)."""
    row = block.row
    column = block.column + across
    if why_fixed(row) is not None or not 0 <= column < len(lay.columns):
        return None
    start = row.starts_at + dt.timedelta(minutes=minutes)
    return BlockMoved(row.id, column, start, start + (row.ends_at - row.starts_at))


def keyboard_resize(block: Block, minutes: int) -> BlockResized | None:
    """The selected block made ``minutes`` longer (Alt+Shift+Down) or shorter (Alt+Shift+Up),
    kept between :data:`MIN_MINUTES` and :data:`MAX_MINUTES`."""
    row = block.row
    if why_fixed(row) is not None:
        return None
    length = length_of(row) + minutes
    if not MIN_MINUTES <= length <= MAX_MINUTES:
        return None
    return BlockResized(row.id, row.starts_at, row.ends_at + dt.timedelta(minutes=minutes))
