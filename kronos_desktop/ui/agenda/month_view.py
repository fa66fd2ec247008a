"""The month overview: six weeks of days (Monday first), each cell with its day's number, how many
bookings it has and the free hours left (month_layout.py says how both are counted), today ringed,
a public holiday named in red, the days of the months around faded. A click selects a day, the
arrows move the selection, a double-click or Enter opens it (``day_activated``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRectF, Qt, Signal
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

from kronos_desktop.ui.agenda.month_layout import HEADER, MonthDay, MonthLayout
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.look import colours

translate = QCoreApplication.translate
MIN_CELL = (84, 50)  # px: a cell keeps its number and two lines


def hours_text(minutes: int) -> str:
    """Free time as "6h" or "6h30"."""
    hours, rest = divmod(minutes, 60)
    return f"{hours}h{rest:02d}" if rest else f"{hours}h"


class MonthCanvas(QWidget):
    day_activated = Signal(object)  # datetime.date: open the day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaMonthCanvas")
        self.setAccessibleName(self.tr("Month overview"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(MIN_CELL[0] * 7, HEADER + MIN_CELL[1] * 6)
        self._days: list[MonthDay] = []
        self._today: dt.date | None = None
        self._selected: dt.date | None = None
        self.layout_ = MonthLayout([], self.width(), self.height())

    def set_month(self, days: list[MonthDay], today: dt.date | None, selected: dt.date | None = None) -> None:
        self._days, self._today = list(days), today
        dates = [d.day for d in days]
        if selected in dates:
            self._selected = selected
        elif self._selected not in dates:
            self._selected = next((d.day for d in days if d.in_month), None)
        self.layout_ = MonthLayout(dates, self.width(), self.height())
        self._describe()
        self.update()

    def days(self) -> list[MonthDay]:
        return list(self._days)

    def selected(self) -> dt.date | None:
        return self._selected

    def select(self, day: dt.date) -> None:
        if day in self.layout_.days:
            self._selected = day
            self._describe()
            self.update()

    def summary(self, day: MonthDay) -> str:
        """The cell in words (a screen reader's and the tooltip's)."""
        parts = [fmt.date_text(day.day, long=True)]
        if day.holiday:
            parts.append(self.tr("Holiday: %1").replace("%1", day.holiday))
        parts.append(self.tr("%n booking(s)", "", day.bookings))
        if day.open:
            parts.append(self.tr("%1 free").replace("%1", hours_text(day.free_minutes)))
        elif not day.holiday:
            parts.append(self.tr("Closed"))
        return ", ".join(parts)

    def _describe(self) -> None:
        found = next((d for d in self._days if d.day == self._selected), None)
        self.setAccessibleDescription(self.summary(found) if found else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.layout_ = MonthLayout(self.layout_.days, self.width(), self.height())
        super().resizeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # ---------------------------------------------------------------- paint
    def paintEvent(self, event: QPaintEvent) -> None:
        lay = self.layout_
        palette = self.palette()
        p = QPainter(self)
        p.fillRect(event.rect(), palette.base())
        text = palette.text().color()
        line = QColor(text)
        line.setAlphaF(0.2)
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        locale = fmt.locale()
        p.setFont(bold)
        for column in range(7):  # Monday first
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            p.setPen(text)
            p.drawText(
                QRectF(column * lay.cell_width, 0, lay.cell_width, HEADER), int(Qt.AlignmentFlag.AlignCenter), name
            )
        metrics = QFontMetricsF(small)
        for index, day in enumerate(self._days):
            r = lay.cell(index)
            cell = QRectF(r.x, r.y, r.w, r.h)
            if not cell.intersects(QRectF(event.rect())):
                continue
            shade = palette.base().color() if day.in_month else palette.window().color()
            if day.holiday or (day.in_month and not day.open):  # closed, as the week and the day shade it
                shade = QColor(colours().closed)
            p.fillRect(cell, shade)
            p.fillRect(QRectF(r.x, r.y, r.w, 1), line)
            p.fillRect(QRectF(r.x, r.y, 1, r.h), line)
            muted = QColor(text)
            if not day.in_month:
                muted.setAlphaF(0.45)
            p.setFont(bold)
            p.setPen(muted)
            number = QRectF(r.x + 4, r.y + 2, 28, metrics.lineSpacing() + 4)
            if day.day == self._today:
                p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                p.setPen(QPen(palette.highlight().color(), 2))
                p.setBrush(palette.highlight())
                p.drawEllipse(number.adjusted(0, 0, 0, 0).center(), 11, 10)
                p.setPen(palette.highlightedText().color())
                p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            p.drawText(number, int(Qt.AlignmentFlag.AlignCenter), str(day.day.day))
            p.setFont(small)
            y = r.y + number.height() + 2
            lines: list[tuple[str, QColor]] = []
            if day.holiday:
                lines.append((day.holiday, QColor(colours().error)))
            if day.bookings:
                lines.append((self.tr("%n booking(s)", "", day.bookings), muted))
            if day.open:
                lines.append((self.tr("%1 free").replace("%1", hours_text(day.free_minutes)), muted))
            elif not day.holiday:
                lines.append((self.tr("Closed"), muted))
            for said, colour in lines:
                if y + metrics.lineSpacing() > r.y + r.h:
                    break
                p.setPen(colour)
                p.drawText(
                    QRectF(r.x + 5, y, r.w - 8, metrics.lineSpacing()),
                    0,
                    metrics.elidedText(said, Qt.TextElideMode.ElideRight, r.w - 8),
                )
                y += metrics.lineSpacing()
            if day.day == self._selected:
                p.setPen(QPen(palette.highlight().color(), 3 if self.hasFocus() else 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(cell.adjusted(2, 2, -2, -2))
        p.end()

    # ---------------------------------------------------------- mouse, keys
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.layout_.hit(event.position().x(), event.position().y())
            if hit is not None:
                self.select(hit)
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.layout_.hit(event.position().x(), event.position().y())
        if hit is not None:
            self.select(hit)
            self.day_activated.emit(hit)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.day_activated.emit(self._selected)
            return
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in moves and event.modifiers() == Qt.KeyboardModifier.NoModifier and self._selected is not None:
            self.select(self._selected + dt.timedelta(days=moves[key]))
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.layout_.hit(event.pos().x(), event.pos().y())
            found = next((d for d in self._days if d.day == hit), None)
            if found is not None:
                QToolTip.showText(event.globalPos(), self.summary(found), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
