"""How the drawn day paints itself (day_canvas.py holds its state, mouse and keys): the shade of
closed and non-working time (a public holiday all of it, with its strip), the hour grid, the
columns' headers that stay on top, each booking's block with its badges (a red "!" for a health
alert, an amber "?" for a possible duplicate of a client with a health alert, "1st" for a first
visit, a green check for a signed consent form, a green "$" for a deposit paid (deposit_badge.py),
a dark corner for a change not yet synced, "Resolve" on a booking stored in conflict) and, where
it has room, who booked it (block_extras.py), the ghost of a drag, and the line at the current
time. Only what the paint event exposes is painted; straight edges without antialiasing (the slow
part)."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRect, QRectF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from kronos_core.hours import Span
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui.agenda.block_extras import by_line_top, by_text, pill_rect
from kronos_desktop.ui.agenda.block_extras import resolve_text as resolve_words
from kronos_desktop.ui.agenda.day_drag import DayDrag, Ghost, Mode
from kronos_desktop.ui.agenda.day_layout import GUTTER, HEADER, Block, Column, DayLayout, Rect, inside, outside
from kronos_desktop.ui.agenda.deposit_badge import day_spot, paint_paid, shows_paid
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.look import colours
from kronos_desktop.ui.look_colours import Colours, edge_for, ink_on, mix

translate = QCoreApplication.translate
INACTIVE = frozenset({"cancelled", "no_show"})
BANNER = 22  # px: the holiday's strip under the artists' names
FIRST = QColor("#1565c0")  # a first visit's badge
SIGNED = QColor("#2e7d32")  # a signed consent form's check
GHOST_TEXT = 18  # px: the line of a ghost's times (and "Clash")


def contrast(color: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``color`` (WCAG: at least 4.5:1 either way)."""
    return ink_on(color)


def block_fill(color: QColor, busy: bool, c: Colours) -> QColor:
    """A booking's fill in the day: the artist's colour softened towards the theme's page (white
    in the light theme, the dark page in the dark one); a colleague's busy time fainter."""
    return mix(color, QColor(c.block_mix), 0.55 if not busy else 0.8)


def week_fill(color: QColor, faint: bool, c: Colours) -> QColor:
    """A booking's fill in the week: the artist's colour itself; busy time and time off faint."""
    return mix(color, QColor(c.block_mix), 0.75) if faint else QColor(color)


def faded(fill: QColor, c: Colours, opacity: float) -> QColor:
    """How ``fill`` looks painted at ``opacity`` on the theme's page (a called-off booking)."""
    return mix(QColor(c.base), fill, opacity)


def block_edge(color: QColor, c: Colours) -> QColor:
    """The outline that keeps a block apart from the page (3:1 at least) in the artist's hue."""
    return edge_for(color, QColor(c.base))


class Fonts:
    """The fonts of the blocks and their metrics, made once a paint (not once a block)."""

    def __init__(self, base: QFont) -> None:
        self.small = QFont(base)
        self.small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        self.bold = QFont(self.small)
        self.bold.setBold(True)
        self.struck = QFont(self.small)
        self.struck.setStrikeOut(True)
        self.badge = QFont(self.bold)
        self.badge.setPointSizeF(max(7.0, self.small.pointSizeF() - 1))
        self.small_metrics = QFontMetricsF(self.small)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.badge_metrics = QFontMetricsF(self.badge)
        self.by = QFont(self.small)  # who booked it: a quieter line under the block's own
        self.by.setItalic(True)
        self.by_metrics = QFontMetricsF(self.by)


def box(x: float, y: float, w: float, h: float) -> QRect:
    """A rectangle on whole pixels: the raster engine fills it fastest (a QRectF takes a slower way)."""
    left, top = round(x), round(y)
    return QRect(left, top, max(0, round(x + w) - left), max(0, round(y + h) - top))


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def ghost_rect(lay: DayLayout, ghost: Ghost) -> QRectF:
    """Where a drag's ghost is drawn (with room for its times when it is short)."""
    body = lay.column_rect(ghost.column)
    top, bottom = lay.y_of(ghost.start), lay.y_of(ghost.end)
    return QRectF(body.x + 1, top, body.w - 2, max(bottom - top, GHOST_TEXT + 2))


class DayPainting(QWidget):
    """The painting half of :class:`~kronos_desktop.ui.agenda.day_canvas.DayCanvas`."""

    layout_: DayLayout
    painted: dict[uuid.UUID, list[str]]
    _day: dt.date
    _zone: zoneinfo.ZoneInfo
    _now: dt.datetime | None
    _rows: list[AgendaRow]
    _columns: list[Column]
    _opening: tuple[Span, ...]
    _holiday: str | None
    _selected: uuid.UUID | None
    _drag: DayDrag

    def _top(self) -> int:
        raise NotImplementedError

    def _sticky(self) -> int:
        raise NotImplementedError

    def lines_of(self, row: AgendaRow) -> list[str]:
        raise NotImplementedError

    def holiday_text(self) -> str | None:
        raise NotImplementedError

    def ghost_text(self, ghost: Ghost) -> str:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        lay = self.layout_
        area = event.rect()
        visible = QRectF(area)
        palette = self.palette()
        p = QPainter(self)
        p.fillRect(area, palette.base().color())
        self._paint_shade(p, lay, visible)  # straight edges: no antialiasing (it is the slow part)
        self._paint_grid(p, lay, visible)
        fonts = Fonts(self.font())
        p.setFont(fonts.small)
        dragged = self._drag.ghost.row_id if self._drag.ghost is not None else None
        for block in lay.blocks:
            if qrect(block.rect).intersects(visible):
                if block.row.id == dragged:  # left where it is, faded, until the new read moves it
                    p.setOpacity(0.4)
                self._paint_block(p, block, fonts)
                p.setOpacity(1.0)
        if self._drag.ghost is not None:
            self._paint_ghost(p, lay, self._drag.ghost, fonts)
        self._paint_now(p, lay)
        top = self._top()
        if visible.top() < top + self._sticky():
            self._paint_headers(p, lay, top)
        p.end()

    def _paint_shade(self, p: QPainter, lay: DayLayout, visible: QRectF) -> None:
        closed = QColor(colours().closed)  # a visible step from the page on both themes
        off = mix(QColor(self.palette().base().color()), closed, 0.5)
        top, bottom = lay.first, lay.last
        if self._holiday is not None:  # closed all day, whatever the week says
            for index in range(len(lay.columns)):
                body = lay.column_rect(index)
                p.fillRect(box(body.x, body.y, body.w, body.h), closed)
            return
        for index, column in enumerate(lay.columns):
            body = lay.column_rect(index)
            for start, end in outside(self._opening, top, bottom):
                p.fillRect(box(body.x, lay.y_of(start), body.w, lay.y_of(end) - lay.y_of(start)), closed)
            working = column.working if column.working is not None else self._opening
            for start, end in outside(working, top, bottom):
                for a, b in inside(self._opening, start, end):
                    p.fillRect(box(body.x, lay.y_of(a), body.w, lay.y_of(b) - lay.y_of(a)), off)

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
            p.fillRect(box(GUTTER - 6, int(y), lay.width, 1), line)
            if hour * 60 < lay.last:
                p.fillRect(box(GUTTER, int(y + lay.hour_height / 2), lay.width, 1), half)
                p.drawText(
                    QRectF(2, y + 1, GUTTER - 10, metrics.height()),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                    hour_label(locale, hour),
                )
        for index in range(len(lay.columns) + 1):
            x = int(GUTTER + index * lay.column_width)
            p.fillRect(box(x, max(lay.top, visible.top()), 1, min(lay.height, visible.bottom()) - lay.top + 1), line)

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
            p.setPen(edge_for(color, self.palette().window().color()))
            p.setBrush(color)
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(contrast(color))
            name = metrics.elidedText(column.name, Qt.TextElideMode.ElideRight, rect.width() - 8)
            p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), name)
        holiday = self.holiday_text()
        if holiday is not None:
            strip = QRectF(GUTTER, HEADER, lay.width - GUTTER, BANNER)
            p.fillRect(strip, QColor(colours().closed))
            p.setPen(self.palette().text().color())
            text = metrics.elidedText(holiday, Qt.TextElideMode.ElideRight, strip.width() - 12)
            p.drawText(strip.adjusted(6, 0, -6, 0), int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_block(self, p: QPainter, block: Block, fonts: Fonts) -> None:
        """A booking's block: its fill and bar on whole pixels without antialiasing (the slow
        part, some 0.2 ms a block), the outlines, text and badges antialiased."""
        row = block.row
        rect = QRectF(qrect(block.rect).toAlignedRect())
        color = QColor(row.artist_color or "#888888")
        c = colours()
        fill = block_fill(color, row.busy, c)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if row.status in INACTIVE:
            p.setOpacity(0.45)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 3, 3)
        if row.busy or row.kind == "block":  # hatched: taken, nothing to see
            p.setBrush(QBrush(mix(color, QColor(c.block_mix), 0.5), Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(rect, 3, 3)
        p.setPen(block_edge(color, c))  # apart from the page on either theme, however pale or dark
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
        p.setPen(Qt.PenStyle.NoPen)
        p.fillRect(box(rect.x(), rect.y(), 4, rect.height()), color)  # the artist's bar
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected = row.id == self._selected
        if row.in_conflict:  # a white halo under the red: it reads on a red artist's colour too
            p.setPen(QPen(QColor(c.halo), 5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        if row.in_conflict or selected:
            pen = QPen(QColor(c.conflict) if row.in_conflict else self.palette().highlight().color(), 2.5)
            if row.in_conflict and selected:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        metrics, spacing = fonts.small_metrics, fonts.small_metrics.lineSpacing()
        flagged = row.health_alert is not None or row.health_twin  # a badge at the top right
        badge = 28.0 if row.first_visit and not row.busy else 16.0 if flagged else 0.0
        signed = row.consent_signed and not row.busy
        both = flagged and row.first_visit and not row.busy  # "1st" beside or below the "!"
        short = rect.height() < (52 if both else 34)  # no room below the top badges: the check goes beside them
        paid = shows_paid(row)
        inner = rect.adjusted(7, 2, -3 - badge - (18 if signed and short else 0) - (18 if paid and short else 0), -2)
        lines = [line for line in self.lines_of(row) if line]
        fits = max(1, int(inner.height() // spacing))
        drawn: list[str] = []
        if fits == 1 and len(lines) > 1:  # a short booking: time and who on one line
            lines = [f"{lines[0]}  {lines[1]}"]
        if spacing > inner.height():  # a quarter hour: keep its line inside it
            p.setClipRect(rect)
        struck = row.status in INACTIVE  # its time struck through
        p.setPen(ink_on(fill))
        if struck:  # faded: its words in the ink that reads on the faded fill, a little faded too
            p.setOpacity(0.9)
            p.setPen(ink_on(faded(fill, c, 0.45)))
        for number, line in enumerate(lines[:fits]):
            font = fonts.bold if number == 1 else fonts.struck if struck and number == 0 else fonts.small
            p.setFont(font)
            text = (fonts.bold_metrics if number == 1 else metrics).elidedText(
                line, Qt.TextElideMode.ElideRight, inner.width()
            )
            p.drawText(QRectF(inner.x(), inner.y() + number * spacing, inner.width(), spacing), 0, text)
            drawn.append(line)
        by = by_text(row)
        if by is not None and len(drawn) == len(lines):  # under every line, above the bottom badges
            bottom = max(fonts.badge_metrics.height() + 4, 16.0) if row.in_conflict or (signed or paid) else 0.0
            top = by_line_top(inner, len(lines), spacing, bottom)
            if top is not None:
                p.setFont(fonts.by)
                text = fonts.by_metrics.elidedText(by, Qt.TextElideMode.ElideRight, inner.width())
                p.drawText(QRectF(inner.x(), top, inner.width(), spacing), 0, text)
                drawn.append(by)
        if struck:
            p.setOpacity(0.45)  # its badges as faded as its fill
        if row.health_alert:
            spot = QRectF(rect.right() - 16, rect.y() + 2, 14, 14)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(c.conflict))
            p.drawEllipse(spot)
            p.setPen(QColor("#ffffff"))
            p.setFont(fonts.badge)
            p.drawText(spot, int(Qt.AlignmentFlag.AlignCenter), "!")
            drawn.append("!")
        elif row.health_twin:
            spot = QRectF(rect.right() - 16, rect.y() + 2, 14, 14)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(c.twin))
            p.drawEllipse(spot)
            p.setPen(QColor("#ffffff"))
            p.setFont(fonts.badge)
            p.drawText(spot, int(Qt.AlignmentFlag.AlignCenter), "?")
            drawn.append(self.twin_text())
        if row.first_visit and not row.busy:
            beside = flagged and rect.height() < 36  # short: left of the "!"
            down, inset = (2, 18) if beside else (2 + (16 if flagged else 0), 2)
            drawn.append(self._paint_pill(p, rect, down, self.first_text(), FIRST, fonts, inset))
        if row.in_conflict:
            drawn.append(self._paint_pill(p, rect, -1, self.resolve_text(), QColor(c.conflict), fonts))
        if signed:
            left = badge + (18 if both and rect.height() < 36 else 0) + 2 if short else 0.0
            drawn.append(self._paint_signed(p, rect, fonts, left, row.in_conflict))
        if paid:  # left of the check, of the unsynced corner and of "Resolve"
            top, resolve = badge + (18 if both and rect.height() < 36 else 0), self._resolve_width(fonts)
            spot = day_spot(rect, short=short, top=top, signed=signed, resolve=resolve if row.in_conflict else 0.0)
            drawn.append(paint_paid(p, spot, fonts.badge))
        if row.pending:  # a dark corner, bottom right: not yet on the server
            size = min(9.0, rect.height() / 2)
            corner = QPolygonF(
                [
                    QPointF(rect.right(), rect.bottom() - size),
                    QPointF(rect.right(), rect.bottom()),
                    QPointF(rect.right() - size, rect.bottom()),
                ]
            )
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(c.pending))
            p.drawPolygon(corner)
            drawn.append("pending")
        p.restore()
        self.painted[row.id] = drawn

    def _paint_signed(self, p: QPainter, rect: QRectF, fonts: Fonts, beside: float, in_conflict: bool) -> str:
        """The signed consent's green check: at the bottom right, left of the corner of a change
        not yet synced and of "Resolve"; on a short block, ``beside`` px left of the top badges."""
        if beside:
            spot = QRectF(rect.right() - 16 - beside, rect.y() + 2, 14, 14)
        else:
            inset = 12.0 + (self._resolve_width(fonts) if in_conflict else 0.0)
            spot = QRectF(rect.right() - 14 - inset, rect.bottom() - 16, 14, 14)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SIGNED)
        p.drawEllipse(spot)
        p.setPen(QColor("#ffffff"))
        p.setFont(fonts.badge)
        p.drawText(spot, int(Qt.AlignmentFlag.AlignCenter), "✓")
        return self.signed_text()

    def _resolve_width(self, fonts: Fonts) -> float:
        return fonts.badge_metrics.horizontalAdvance(self.resolve_text()) + 10

    def signed_text(self) -> str:
        return translate("DayCanvas", "Consent signed")

    def twin_text(self) -> str:
        return translate("DayCanvas", "Possible duplicate of a client with a health alert")

    def first_text(self) -> str:
        return translate("DayCanvas", "1st", "a first visit's badge on a booking")

    def resolve_text(self) -> str:
        return resolve_words()

    def _paint_pill(
        self, p: QPainter, rect: QRectF, top: float, text: str, color: QColor, fonts: Fonts, inset: float = 2
    ) -> str:
        """A small label in white on ``color``, ``inset`` px from the block's right edge, ``top``
        px down (-1: at its bottom); returns ``text``."""
        pill = pill_rect(rect, top, text, fonts.badge_metrics, inset)
        p.setPen(QPen(QColor("#ffffff"), 1))
        p.setBrush(color)
        p.drawRoundedRect(pill, 4, 4)
        p.setPen(QColor("#ffffff"))
        p.setFont(fonts.badge)
        p.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        return text

    def _paint_ghost(self, p: QPainter, lay: DayLayout, ghost: Ghost, fonts: Fonts) -> None:
        """A drag's ghost: translucent, in the highlight colour (a new booking's time) or the
        dragged block's colour, red with "Clash" when it overlaps a booking or time off."""
        rect = ghost_rect(lay, ghost)
        block = lay.by_id.get(ghost.row_id) if ghost.row_id is not None else None
        clash = QColor(colours().conflict)
        color = QColor(clash) if ghost.clash else QColor(self.palette().highlight().color())
        if block is not None and not ghost.clash:
            color = QColor(block.row.artist_color or "#888888")
        fill = mix(QColor(self.palette().base().color()), color, 0.3)  # what it covers stays faint
        fill.setAlphaF(0.88)
        p.setPen(QPen(color, 2, Qt.PenStyle.DashLine if ghost.mode is Mode.RANGE else Qt.PenStyle.SolidLine))
        p.setBrush(fill)
        p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        p.setFont(fonts.bold)
        p.setPen(ink_on(clash) if ghost.clash else ink_on(fill))
        if ghost.clash:
            p.fillRect(QRectF(rect.x() + 2, rect.y() + 2, rect.width() - 4, GHOST_TEXT - 2), clash)
        text = fonts.bold_metrics.elidedText(self.ghost_text(ghost), Qt.TextElideMode.ElideRight, rect.width() - 10)
        p.drawText(QRectF(rect.x() + 5, rect.y() + 2, rect.width() - 10, GHOST_TEXT - 2), 0, text)
        p.setFont(fonts.small)

    def _paint_now(self, p: QPainter, lay: DayLayout) -> None:
        if self._now is None or self._now.astimezone(self._zone).date() != self._day:
            return
        minute = lay.minute_of(self._now)
        if not lay.first <= minute <= lay.last:
            return
        y = lay.y_of(minute)
        now = QColor(colours().now)
        p.setPen(QPen(now, 2))
        p.drawLine(QPointF(GUTTER, y), QPointF(lay.width, y))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(now)
        p.drawEllipse(QPointF(GUTTER, y), 4, 4)


def hour_label(locale: QLocale, hour: int) -> str:
    """An hour of the axis: "14:00", or "2 PM" where the locale's clock has AM/PM (it fits the gutter)."""
    short = locale.timeFormat(QLocale.FormatType.ShortFormat)
    pattern = "h AP" if "ap" in short.lower() else "HH:mm"
    return locale.toString(QTime(hour % 24, 0), pattern)
