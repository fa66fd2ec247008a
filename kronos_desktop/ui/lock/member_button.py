"""The status bar's name of who is at the desk: their initials in their colour and their name
(with nobody identified: "Lock / switch person"); a click locks the desk, to switch."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QPushButton, QWidget

from kronos_desktop.store.queries.desk_lock import Member
from kronos_desktop.ui import icons
from kronos_desktop.ui.lock.picker import member_fill, text_on


@functools.lru_cache(maxsize=256)
def member_icon(color: str, initials: str, size: int = 22) -> QIcon:
    """A member's initials in a circle of their colour, for the status bar and the staff list
    (made once per colour, initials and size: a list asks for it at every repaint)."""
    fill = member_fill(color)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    p.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setPixelSize(size // 2 - 1)
    font.setBold(True)
    p.setFont(font)
    p.setPen(text_on(fill))
    p.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    p.end()
    return QIcon(pixmap)


class MemberButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskMemberButton")
        self.setProperty("flat", "nav")
        self.show_member(None)

    def show_member(self, member: Member | None) -> None:
        if member is None:
            self.setText(self.tr("Lock / switch person"))
            self.setStyleSheet("")
            self.setIcon(icons.icon("lock"))
            self.setAccessibleName(self.tr("Lock / switch person"))
            self.setToolTip(self.tr("Lock / switch person"))
            return
        self.setText(member.name)
        self.setIcon(member_icon(member.color, member.initials))
        self.setStyleSheet("QPushButton { font-weight: 600; }")
        words = self.tr("At the desk: {name}. Click to lock or switch person.").format(name=member.name)
        self.setAccessibleName(words)
        self.setToolTip(words)
