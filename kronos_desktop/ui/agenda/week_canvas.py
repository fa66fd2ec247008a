"""The drawn week: seven day columns over the week's hours, each booking a block in its artist's
colour (one artist: time, client and, with room, who booked it; every artist: a thin lane each,
the text when it fits), a red dot on a booking with a health alert (always drawn, however thin the
block), a green dot for a signed consent form and a green "$" for a deposit paid
(deposit_badge.py), closed hours and public holidays shaded, today's name marked. Geometry in
week_layout.py; this widget paints what is visible and turns mouse and keys into signals. A
colleague's booking read as busy says only "Busy".

A click selects a booking (or a day); a double-click or Enter opens the day (``day_activated``),
with the booking selected."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from kronos_core.hours import Span
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui.agenda.block_extras import by_text
from kronos_desktop.ui.agenda.day_layout import outside
from kronos_desktop.ui.agenda.day_paint import INACTIVE, SIGNED, block_edge, contrast, faded, week_fill
from kronos_desktop.ui.agenda.deposit_badge import paid_text, paint_paid, shows_paid
from kronos_desktop.ui.agenda.week_layout import GUTTER, WeekBlock, WeekLayout, lay_out_week
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.look import colours
from kronos_desktop.ui.look_colours import mix

translate = QCoreApplication.translate


class WeekCanvas(QWidget):
    day_activated = Signal(object, object)  # datetime.date, uuid.UUID | None: open the day (a booking selected)
    block_selected = Signal(object)  # uuid.UUID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaWeekCanvas")
        self.setAccessibleName(self.tr("Week calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._days: list[dt.date] = [dt.date(2000, 1, 3) + dt.timedelta(days=n) for n in range(7)]
        self._zone = zoneinfo.ZoneInfo("UTC")
        self._today: dt.date | None = None
        self._rows: list[AgendaRow] = []
        self._opening: tuple[tuple[Span, ...], ...] = ()
        self._holidays: dict[dt.date, str] = {}
        self._lanes: list[uuid.UUID] | None = None
        self._selected: uuid.UUID | None = None
        self._day = self._days[0]  # the day with the focus (arrows move it; Enter opens it)
        self.layout_: WeekLayout = self._lay_out()
        self.painted: dict[uuid.UUID, list[str]] = {}  # the lines last drawn in each block

    # ------------------------------------------------------------------ data
    def set_week(
        self,
        days: Sequence[dt.date],
        rows: Sequence[AgendaRow],
        opening: Sequence[Sequence[Span]],
        zone: zoneinfo.ZoneInfo,
        today: dt.date | None,
        *,
        lanes: Sequence[uuid.UUID] | None = None,
        holidays: dict[dt.date, str] | None = None,
        focus: dt.date | None = None,
    ) -> None:
        """Show the week of ``days``: ``lanes`` the artists' ids (every artist, a lane each) or
        None (one artist's bookings); ``opening`` each day's open (or working) spans."""
        self._days, self._rows, self._zone, self._today = list(days), list(rows), zone, today
        self._opening = tuple(tuple(s) for s in opening)
        self._lanes = list(lanes) if lanes is not None else None
        self._holidays = dict(holidays or {})
        if focus in self._days:
            self._day = focus
        elif self._day not in self._days:
            self._day = self._days[0]
        if self._selected is not None and all(r.id != self._selected for r in self._rows):
            self._selected = None
        self.painted = {}
        self.layout_ = self._lay_out()
        minimum = lay_out_week(self._days, zone, (), self._opening, 0, 0, self._lanes)
        self.setMinimumSize(int(minimum.width), int(minimum.height))
        self._describe()
        self.update()

    def _lay_out(self) -> WeekLayout:
        return lay_out_week(self._days, self._zone, self._rows, self._opening, self.width(), self.height(), self._lanes)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.layout_ = self._lay_out()
        super().resizeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def selected(self) -> uuid.UUID | None:
        return self._selected

    def focus_day(self) -> dt.date:
        return self._day

    def select(self, row_id: uuid.UUID | None) -> None:
        self._selected = row_id
        block = self.layout_.by_id.get(row_id) if row_id is not None else None
        if block is not None:
            self._day = self._days[block.day]
            self.block_selected.emit(row_id)
        self._describe()
        self.update()

    # ----------------------------------------------------------------- words
    def lines_of(self, row: AgendaRow) -> list[str]:
        time = fmt.time_range_text(row.starts_at, row.ends_at, self._zone)
        if row.busy:
            return [time, translate("AgendaModel", "Busy")]
        if row.kind == "block":
            return [time, fmt.kind_label(row.kind)]
        return [time, row.client_name or ""]

    def description(self, row: AgendaRow) -> str:
        parts = [p for p in self.lines_of(row) if p] + [row.artist_name]
        if not row.busy and row.kind and row.kind != "block":
            parts.append(f"{fmt.kind_label(row.kind)} · {fmt.status_label(row.status)}")
        if row.health_alert:
            parts.append(self.tr("Health alert: %1").replace("%1", row.health_alert))
        if row.in_conflict:
            parts.append(self.tr("In conflict with another booking"))
        if row.first_visit:
            parts.append(self.tr("First visit"))
        if row.consent_signed:
            parts.append(self.tr("Consent signed"))
        if shows_paid(row):
            parts.append(paid_text())
        if row.pending:
            parts.append(self.tr("Not synced yet"))
        return ", ".join(parts)

    def day_name(self, day: dt.date) -> str:
        return fmt.locale().toString(fmt.qdate(day), "ddd dd/MM")

    def _describe(self) -> None:
        block = self.layout_.by_id.get(self._selected) if self._selected is not None else None
        text = self.description(block.row) if block else fmt.date_text(self._day, long=True)
        self.setAccessibleDescription(text)

    # ---------------------------------------------------------------- paint
    def paintEvent(self, event: QPaintEvent) -> None:
        lay = self.layout_
        visible = QRectF(event.rect())
        palette = self.palette()
        p = QPainter(self)
        p.fillRect(event.rect(), palette.base())
        closed = QColor(colours().closed)  # a visible step from the page on both themes
        for index, day in enumerate(lay.days):
            body = lay.day_rect(index)
            spans = () if day in self._holidays else (self._opening[index] if index < len(self._opening) else ())
            for start, end in outside(spans, lay.first, lay.last):
                p.fillRect(QRectF(body.x, lay.y_of(start), body.w, lay.y_of(end) - lay.y_of(start)), closed)
        self._paint_grid(p, lay, visible)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        p.setFont(small)
        for block in lay.blocks:
            r = block.rect
            if QRectF(r.x, r.y, r.w, r.h).intersects(visible):
                self._paint_block(p, block, small)
        self._paint_headers(p, lay)
        p.end()

    def _paint_grid(self, p: QPainter, lay: WeekLayout, visible: QRectF) -> None:
        text = self.palette().text().color()
        line = QColor(text)
        line.setAlphaF(0.2)
        metrics = QFontMetricsF(self.font())
        p.setPen(text)
        for hour in lay.hours():
            y = lay.y_of(hour * 60)
            if y < visible.top() - lay.hour_height or y > visible.bottom() + metrics.height():
                continue
            p.fillRect(QRectF(GUTTER - 4, int(y), lay.width, 1), line)
            if hour * 60 < lay.last:
                label = f"{hour:02d}h"
                p.drawText(QRectF(2, y + 1, GUTTER - 8, metrics.height()), int(Qt.AlignmentFlag.AlignRight), label)
        for index in range(len(lay.days) + 1):
            x = int(GUTTER + index * lay.day_width)
            p.fillRect(QRectF(x, 0, 1, lay.height), line)

    def _paint_headers(self, p: QPainter, lay: WeekLayout) -> None:
        palette = self.palette()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        for index, day in enumerate(lay.days):
            r = lay.header_rect(index)
            rect = QRectF(r.x + 1, r.y + 2, r.w - 2, r.h - 4)
            today = day == self._today
            fill = palette.highlight().color() if today else palette.window().color()
            if day == self._day and self.hasFocus():
                fill = mix(fill, palette.highlight().color(), 0.3)
            p.fillRect(rect, fill)
            p.setPen(contrast(fill))
            p.setFont(bold)
            name = metrics.elidedText(self.day_name(day), Qt.TextElideMode.ElideRight, rect.width() - 6)
            holiday = self._holidays.get(day)
            if holiday is not None:
                top, bottom = rect.adjusted(0, 0, 0, -rect.height() / 2), rect.adjusted(0, rect.height() / 2, 0, 0)
                p.drawText(top, int(Qt.AlignmentFlag.AlignCenter), name)
                p.setFont(self.font())
                p.setPen(QColor(colours().error) if not today else contrast(fill))
                small = QFontMetricsF(self.font())
                p.drawText(
                    bottom,
                    int(Qt.AlignmentFlag.AlignCenter),
                    small.elidedText(holiday, Qt.TextElideMode.ElideRight, rect.width() - 6),
                )
            else:
                p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), name)

    def _paint_block(self, p: QPainter, block: WeekBlock, font: QFont) -> None:
        row, r = block.row, block.rect
        rect = QRectF(r.x, r.y, r.w, r.h)
        color = QColor(row.artist_color or "#888888")
        c = colours()
        faint = row.busy or row.kind == "block"
        fill = week_fill(color, faint, c)
        p.save()
        if row.status in INACTIVE:
            p.setOpacity(0.4)
        # Square fills without antialiasing: a week draws hundreds of blocks (rounded ones cost 4x).
        p.fillRect(rect, fill)
        p.setPen(block_edge(color, c))  # apart from the page and its neighbours on either theme
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect.adjusted(0, 0, -1, -1))
        if faint:
            p.fillRect(QRectF(rect.x(), rect.y(), min(3.0, rect.width()), rect.height()), color)
        if row.in_conflict or row.id == self._selected:
            p.setPen(QPen(QColor(c.conflict) if row.in_conflict else self.palette().highlight().color(), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        metrics = QFontMetricsF(font)
        inner = rect.adjusted(4, 1, -2, -1)
        drawn: list[str] = []
        if inner.width() >= 24 and inner.height() >= metrics.height() - 2:
            ink = contrast(fill)
            if row.status in INACTIVE:  # faded: the ink that reads on the faded fill, a little faded too
                p.setOpacity(0.9)
                ink = contrast(faded(fill, c, 0.4))
            p.setPen(ink)
            p.setClipRect(rect)
            lines = [line for line in self.lines_of(row) if line]
            if inner.width() < 64 and len(lines) > 1:  # a thin lane: who, not a cut-off time
                lines = lines[1:]
            fits = max(1, int(inner.height() // metrics.lineSpacing()))
            if fits == 1 and len(lines) > 1:
                lines = [lines[1] if block.lanes > 1 else f"{lines[0]} {lines[1]}"]
            for number, line in enumerate(lines[:fits]):
                text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner.width())
                p.drawText(QRectF(inner.x(), inner.y() + number * metrics.lineSpacing(), inner.width(), 40), 0, text)
                drawn.append(line)
            by = by_text(row)
            if by is not None and inner.width() >= 64 and len(drawn) == len(lines) < fits:  # room under them
                self._paint_by(p, inner, len(lines), by, font, dots=row.consent_signed + shows_paid(row))
                drawn.append(by)
            p.setClipping(False)
        p.restore()
        if row.health_alert and row.status not in INACTIVE:  # never hidden, however thin the block
            size = max(5.0, min(9.0, rect.width() - 2))
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(QPen(QColor(c.halo), 1))
            p.setBrush(QColor(c.conflict))
            p.drawEllipse(QRectF(rect.right() - size - 1, rect.y() + 1, size, size))
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            drawn.append("!")
        if row.consent_signed and row.status not in INACTIVE and rect.height() >= 12:  # a green dot, bottom right
            size = max(5.0, min(8.0, rect.width() - 2))
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(QPen(QColor("#ffffff"), 1))
            p.setBrush(SIGNED)
            p.drawEllipse(QRectF(rect.right() - size - 1, rect.bottom() - size - 1, size, size))
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            drawn.append("✓")
        if shows_paid(row) and row.status not in INACTIVE and rect.height() >= 12 and rect.width() >= 16:
            drawn.append(self._paint_paid(p, rect, font, dot=row.consent_signed))
        self.painted[row.id] = drawn

    def _paint_by(self, p: QPainter, inner: QRectF, under: int, by: str, font: QFont, *, dots: int) -> None:
        """Who booked it, in italics under the block's ``under`` lines, clear of its bottom dots."""
        quiet = QFont(font)
        quiet.setItalic(True)
        metrics = QFontMetricsF(quiet)
        width = inner.width() - 13 * dots
        p.setFont(quiet)
        p.drawText(
            QRectF(inner.x(), inner.y() + under * metrics.lineSpacing(), width, 40),
            0,
            metrics.elidedText(by, Qt.TextElideMode.ElideRight, width),
        )
        p.setFont(font)

    def _paint_paid(self, p: QPainter, rect: QRectF, font: QFont, *, dot: bool) -> str:
        """The deposit's green "$" at the bottom right, left of the consent's dot; a disc alone
        where the block is too thin for the mark."""
        size = 11.0 if rect.width() >= 30 and rect.height() >= 14 else max(5.0, min(8.0, rect.width() - 2))
        right = rect.right() - 1 - (max(5.0, min(8.0, rect.width() - 2)) + 2 if dot else 0)
        spot = QRectF(right - size, rect.bottom() - size - 1, size, size)
        mark = QFont(font)
        mark.setBold(True)
        mark.setPixelSize(8)
        return paint_paid(p, spot, mark if size >= 11 else None)

    # ---------------------------------------------------------- mouse, keys
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        hit = self.layout_.hit(event.position().x(), event.position().y())
        if isinstance(hit, uuid.UUID):
            self.select(hit)
        else:
            if isinstance(hit, dt.date):
                self._day = hit
            self.select(None)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.layout_.hit(event.position().x(), event.position().y())
        if isinstance(hit, uuid.UUID):
            self.select(hit)
            self.day_activated.emit(self._day, hit)
        elif isinstance(hit, dt.date):
            self._day = hit
            self.day_activated.emit(hit, None)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_activated.emit(self._day, self._selected)
            return
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key)
        if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            at = self._days.index(self._day) + step
            if 0 <= at < len(self._days):
                self._day = self._days[at]
                self.select(None)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.layout_.hit(event.pos().x(), event.pos().y())
            block = self.layout_.by_id.get(hit) if isinstance(hit, uuid.UUID) else None
            if block is not None:
                QToolTip.showText(event.globalPos(), self.description(block.row), self)
            elif isinstance(hit, dt.date) and hit in self._holidays:
                QToolTip.showText(event.globalPos(), self._holidays[hit], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
