"""Who is at the desk? A grid of large buttons, one a member: their initials in their colour, the
name under it, the role below. A member this desk has locked out (too many wrong PINs) shows
"Locked for 4:32", counting down."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from kronos_core.instants import utcnow
from kronos_desktop.store.queries.desk_lock import Member
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.look import colours
from kronos_desktop.ui.look_colours import ink_on

TILE = QSize(172, 150)  # a finger's target, well over 96 px
CIRCLE = 64


def countdown(remaining: dt.timedelta) -> str:
    """ "4:32" (minutes:seconds), or "1:02:03" from an hour."""
    seconds = max(int(-(-remaining.total_seconds() // 1)), 0)  # rounded up: never "0:00" while locked
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def member_fill(color: str) -> QColor:
    """A member's colour as kept (grey where it cannot be read)."""
    fill = QColor(color)
    return fill if fill.isValid() else QColor("#888888")


def text_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color`` (WCAG contrast)."""
    return ink_on(color)


class MemberTile(QAbstractButton):
    """One member: initials in a circle of their colour, the name, the role (or the lock)."""

    def __init__(self, member: Member, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self._now = now
        self.setObjectName(f"pickerMember_{member.id.hex}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedSize(TILE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.refresh()

    def locked_text(self) -> str:
        """ "Locked for 4:32" while this desk has locked the member out, else ""."""
        now = self._now()
        if not self.member.lockout.locked(now):
            return ""
        return self.tr("Locked for {time}").format(time=countdown(self.member.lockout.remaining(now)))

    def caption(self) -> str:
        return self.locked_text() or fmt.role_label(self.member.role.value)

    def refresh(self) -> None:
        """The words a screen reader says (and the countdown) as they are now."""
        words = f"{self.member.name}, {self.caption()}"
        self.setAccessibleName(words)
        self.setToolTip(words)
        self.update()

    def sizeHint(self) -> QSize:
        return TILE

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()  # Enter picks, as Space does
        else:
            super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        pressed, hovered = self.isDown(), self.underMouse()
        c = colours()  # the theme showing
        p.setPen(QPen(QColor(c.focus) if self.hasFocus() else QColor(c.input_border), 2 if self.hasFocus() else 1))
        p.setBrush(QColor(c.accent_soft) if pressed else QColor(c.hover) if hovered else QColor(c.base))
        p.drawRoundedRect(rect, 10, 10)
        color = member_fill(self.member.color)
        locked = bool(self.locked_text())
        if locked:
            color = QColor(c.disabled_text)
        circle = QRectF((self.width() - CIRCLE) / 2, 12, CIRCLE, CIRCLE)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawEllipse(circle)
        font = QFont(self.font())
        font.setPixelSize(24)
        font.setBold(True)
        p.setFont(font)
        p.setPen(text_on(color))
        p.drawText(circle, Qt.AlignmentFlag.AlignCenter, self.member.initials)
        font.setPixelSize(14)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(c.text))
        name_rect = QRectF(6, circle.bottom() + 8, self.width() - 12, 22)
        if p.fontMetrics().horizontalAdvance(self.member.name) > name_rect.width():
            font.setPixelSize(12)  # a long name: smaller before it is cut
            p.setFont(font)
        name = p.fontMetrics().elidedText(self.member.name, Qt.TextElideMode.ElideRight, int(name_rect.width()))
        p.drawText(name_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, name)
        font.setPixelSize(13)
        font.setBold(locked)
        p.setFont(font)
        p.setPen(QColor(c.error) if locked else QColor(c.muted))
        caption_rect = QRectF(6, name_rect.bottom() + 2, self.width() - 12, 20)
        caption = p.fontMetrics().elidedText(self.caption(), Qt.TextElideMode.ElideRight, int(caption_rect.width()))
        p.drawText(caption_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, caption)
        p.end()


class Picker(QWidget):
    """The grid of members; ``picked(Member)`` when one is clicked (or chosen with the keys)."""

    picked = Signal(object)  # Member

    def __init__(self, now: Callable[[], dt.datetime] = utcnow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPicker")
        self._now = now
        self.tiles: list[MemberTile] = []
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("staffPickerScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget()
        self.inner.setObjectName("staffPickerGrid")
        self.grid = QGridLayout(self.inner)
        self.grid.setSpacing(14)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setWidget(self.inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self._columns = 0

    def use_clock(self, now: Callable[[], dt.datetime]) -> None:
        self._now = now
        for tile in self.tiles:
            tile._now = now
        self.tick()

    def set_members(self, members: tuple[Member, ...]) -> None:
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = []
        for member in members:
            tile = MemberTile(member, self._now, self.inner)
            tile.clicked.connect(lambda _checked=False, m=member: self.picked.emit(m))
            self.tiles.append(tile)
        self._columns = 0
        self._lay_out()
        self.tick()

    def tile(self, staff_id: object) -> MemberTile | None:
        return next((t for t in self.tiles if t.member.id == staff_id), None)

    def tick(self) -> None:
        """The countdowns move on; the timer runs only while someone is locked out."""
        any_locked = False
        for tile in self.tiles:
            tile.refresh()
            any_locked = any_locked or bool(tile.locked_text())
        if any_locked and not self.ticker.isActive():
            self.ticker.start()
        elif not any_locked:
            self.ticker.stop()

    def _lay_out(self) -> None:
        spacing = self.grid.spacing()
        margins = self.grid.contentsMargins()
        # The picker's own width (the viewport's lags behind a resize), less a scroll bar's room.
        width = max(self.width() - margins.left() - margins.right() - 16, TILE.width())
        columns = max(1, min(len(self.tiles) or 1, (width + spacing) // (TILE.width() + spacing), 6))
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        # Tab moves along the tiles in reading order.
        for first, second in zip(self.tiles, self.tiles[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def focus_first(self) -> None:
        if self.tiles:
            self.tiles[0].setFocus()
