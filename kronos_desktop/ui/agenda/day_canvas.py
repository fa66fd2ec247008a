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

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, Qt, QTime, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from kronos_core.hours import Span
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui.agenda.day_layout import (
    GUTTER,
    HEADER,
    Block,
    Column,
    DayLayout,
    Rect,
    inside,
    lay_out,
    outside,
    working_of,
)
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate
INACTIVE = frozenset({"cancelled", "no_show"})
CONFLICT = QColor("#d32f2f")
NOW = QColor("#e53935")
BANNER = 22  # px: the holiday's strip under the artists' names


def contrast(color: QColor) -> QColor:
    """Black or white, whichever reads on ``color``."""
    luminance = 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF()
    return QColor("#111111") if luminance > 0.6 else QColor("#ffffff")


def mix(color: QColor, other: QColor, share: float) -> QColor:
    """``color`` with ``share`` (0..1) of ``other``."""
    return QColor.fromRgbF(
        color.redF() * (1 - share) + other.redF() * share,
        color.greenF() * (1 - share) + other.greenF() * share,
        color.blueF() * (1 - share) + other.blueF() * share,
    )


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class DayCanvas(QWidget):
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
    def paintEvent(self, event: QPaintEvent) -> None:
        lay = self.layout_
        area = event.rect()
        visible = QRectF(area)
        palette = self.palette()
        p = QPainter(self)
        p.fillRect(area, palette.base())
        self._paint_shade(p, lay, visible)  # straight edges: no antialiasing (it is the slow part)
        self._paint_grid(p, lay, visible)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        p.setFont(small)
        for block in lay.blocks:
            if qrect(block.rect).intersects(visible):
                self._paint_block(p, block, small)
        self._paint_now(p, lay)
        top = self._top()
        if visible.top() < top + self._sticky():
            self._paint_headers(p, lay, top)
        p.end()

    def _paint_shade(self, p: QPainter, lay: DayLayout, visible: QRectF) -> None:
        closed = QColor(self.palette().window().color()).darker(108)
        off = mix(QColor(self.palette().base().color()), closed, 0.5)
        top, bottom = lay.first, lay.last
        if self._holiday is not None:  # closed all day, whatever the week says
            for index in range(len(lay.columns)):
                body = lay.column_rect(index)
                p.fillRect(QRectF(body.x, body.y, body.w, body.h), closed)
            return
        for index, column in enumerate(lay.columns):
            body = lay.column_rect(index)
            for start, end in outside(self._opening, top, bottom):
                p.fillRect(QRectF(body.x, lay.y_of(start), body.w, lay.y_of(end) - lay.y_of(start)), closed)
            working = column.working if column.working is not None else self._opening
            for start, end in outside(working, top, bottom):
                for a, b in inside(self._opening, start, end):
                    p.fillRect(QRectF(body.x, lay.y_of(a), body.w, lay.y_of(b) - lay.y_of(a)), off)

    def _paint_grid(self, p: QPainter, lay: DayLayout, visible: QRectF) -> None:
        """Hour and half-hour lines as 1-px fills (an antialiased or dashed line costs ~0.2 ms each)."""
        text = self.palette().text().color()
        line, half = QColor(text), QColor(text)
        line.setAlphaF(0.22)
        half.setAlphaF(0.07)
        locale = fmt.locale()
        metrics = QFontMetricsF(self.font())
        p.setPen(text)
        for hour in lay.hours():
            y = lay.y_of(hour * 60)
            if y < visible.top() - lay.hour_height or y > visible.bottom() + metrics.height():
                continue
            p.fillRect(QRectF(GUTTER - 6, int(y), lay.width, 1), line)
            if hour * 60 < lay.last:
                p.fillRect(QRectF(GUTTER, int(y + lay.hour_height / 2), lay.width, 1), half)
                p.drawText(
                    QRectF(2, y + 1, GUTTER - 10, metrics.height()),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                    hour_label(locale, hour),
                )
        for index in range(len(lay.columns) + 1):
            x = int(GUTTER + index * lay.column_width)
            p.fillRect(QRectF(x, max(lay.top, visible.top()), 1, min(lay.height, visible.bottom()) - lay.top + 1), line)

    def _paint_headers(self, p: QPainter, lay: DayLayout, top: float) -> None:
        """The artists' names, kept at the top of the scroll area's view as the hours scroll."""
        p.translate(0, top)
        p.fillRect(QRectF(0, 0, lay.width, self._sticky()), self.palette().window())
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        metrics = QFontMetricsF(bold)
        for index, column in enumerate(lay.columns):
            rect = qrect(lay.header_rect(index)).adjusted(1, 2, -1, -2)
            color = QColor(column.color)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(contrast(color))
            name = metrics.elidedText(column.name, Qt.TextElideMode.ElideRight, rect.width() - 8)
            p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), name)
        holiday = self.holiday_text()
        if holiday is not None:
            strip = QRectF(GUTTER, HEADER, lay.width - GUTTER, BANNER)
            p.fillRect(strip, QColor(self.palette().window().color()).darker(115))
            p.setPen(self.palette().text().color())
            text = metrics.elidedText(holiday, Qt.TextElideMode.ElideRight, strip.width() - 12)
            p.drawText(strip.adjusted(6, 0, -6, 0), int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_block(self, p: QPainter, block: Block, font: QFont) -> None:
        row = block.row
        rect = qrect(block.rect)
        color = QColor(row.artist_color or "#888888")
        fill = mix(color, QColor("#ffffff"), 0.55 if not row.busy else 0.8)
        p.save()
        if row.status in INACTIVE:
            p.setOpacity(0.45)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 3, 3)
        if row.busy or row.kind == "block":  # hatched: taken, nothing to see
            p.setBrush(QBrush(mix(color, QColor("#ffffff"), 0.5), Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(rect, 3, 3)
        p.fillRect(QRectF(rect.x(), rect.y(), 4, rect.height()), color)  # the artist's bar
        selected = row.id == self._selected
        if row.in_conflict or selected:
            pen = QPen(CONFLICT if row.in_conflict else self.palette().highlight().color(), 2.5)
            if row.in_conflict and selected:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        metrics = QFontMetricsF(font)
        badge = 16.0 if row.health_alert else 0.0
        inner = rect.adjusted(7, 2, -3 - badge, -2)
        lines = [line for line in self.lines_of(row) if line]
        fits = max(1, int(inner.height() // metrics.lineSpacing()))
        drawn: list[str] = []
        if fits == 1 and len(lines) > 1:  # a short booking: time and who on one line
            lines = [f"{lines[0]}  {lines[1]}"]
        if metrics.lineSpacing() > inner.height():  # a quarter hour: keep its line inside it
            p.setClipRect(rect)
        p.setPen(QColor("#111111"))
        bold = QFont(font)
        bold.setBold(True)
        for number, line in enumerate(lines[:fits]):
            p.setFont(bold if number == 1 else font)
            text = QFontMetricsF(p.font()).elidedText(line, Qt.TextElideMode.ElideRight, inner.width())
            if row.status in INACTIVE:
                struck = QFont(p.font())
                struck.setStrikeOut(number == 0)
                p.setFont(struck)
            top = inner.y() + number * metrics.lineSpacing()
            p.drawText(QRectF(inner.x(), top, inner.width(), metrics.lineSpacing()), 0, text)
            drawn.append(line)
        p.setFont(font)
        if row.health_alert:
            spot = QRectF(rect.right() - 16, rect.y() + 2, 14, 14)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(CONFLICT)
            p.drawEllipse(spot)
            p.setPen(QColor("#ffffff"))
            bold.setPointSizeF(max(7.0, font.pointSizeF() - 1))
            p.setFont(bold)
            p.drawText(spot, int(Qt.AlignmentFlag.AlignCenter), "!")
            drawn.append("!")
        p.restore()
        self.painted[row.id] = drawn

    def _paint_now(self, p: QPainter, lay: DayLayout) -> None:
        if self._now is None or self._now.astimezone(self._zone).date() != self._day:
            return
        minute = lay.minute_of(self._now)
        if not lay.first <= minute <= lay.last:
            return
        y = lay.y_of(minute)
        p.setPen(QPen(NOW, 2))
        p.drawLine(QPointF(GUTTER, y), QPointF(lay.width, y))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(NOW)
        p.drawEllipse(QPointF(GUTTER, y), 4, 4)

    # ---------------------------------------------------------------- mouse
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


def hour_label(locale: QLocale, hour: int) -> str:
    """An hour of the axis: "14:00", or "2 PM" where the locale's clock has AM/PM (it fits the gutter)."""
    short = locale.timeFormat(QLocale.FormatType.ShortFormat)
    pattern = "h AP" if "ap" in short.lower() else "HH:mm"
    return locale.toString(QTime(hour % 24, 0), pattern)
