"""The calendar block's "deposit paid" badge (issue 15): a small disc in the studio's green with
"$" ("S" in Portuguese: sinal), on a booking a deposit is held for (AgendaRow.deposit_paid: the
booking's own, or its project's not yet applied). The day (day_paint.py) and the week
(week_canvas.py) draw it with :func:`paint_paid`; both say it in words with :func:`paid_text`
(the tooltip and the screen reader). Never on a colleague's booking an artist sees as busy: the
read does not set it there, and the painters check again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from kronos_desktop.store.queries.agenda import AgendaRow

translate = QCoreApplication.translate
PAID = QColor("#1e5b2f")  # the studio's green (the style sheet's "ok" note and badge)
SIZE = 14.0  # px: the day's disc (the same as the signed consent's check)


def shows_paid(row: AgendaRow) -> bool:
    """Whether the block carries the badge (never a colleague's busy booking, never time off)."""
    return row.deposit_paid and not row.busy and row.kind != "block"


def paid_text() -> str:
    """The badge in words: the tooltip's and the screen reader's."""
    return translate("DepositBadge", "Deposit paid")


def paid_mark() -> str:
    """The badge's one character ("$"; in Portuguese "S", for sinal)."""
    return translate("DepositBadge", "$", "the deposit-paid badge on a calendar block: one character")


def day_spot(rect: QRectF, *, short: bool, top: float, signed: bool, resolve: float) -> QRectF:
    """Where the day's badge goes on a block ``rect``: at the bottom right, left of the signed
    check (``signed``), of the unsynced corner and of "Resolve" (``resolve`` px wide, 0: none); on
    a ``short`` block, at the top, left of the top badges (``top`` px wide) and the check."""
    check = 18.0 if signed else 0.0
    if short:
        return QRectF(rect.right() - SIZE - 4 - top - check, rect.y() + 2, SIZE, SIZE)
    return QRectF(rect.right() - SIZE - 12 - check - resolve, rect.bottom() - SIZE - 2, SIZE, SIZE)


def paint_paid(p: QPainter, spot: QRectF, font: QFont | None) -> str:
    """The badge: a green disc in ``spot`` with a white rim, the mark in ``font`` when one is given
    (a week's thin block: the disc alone). Returns :func:`paid_text` (what was painted)."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(QPen(QColor("#ffffff"), 1))
    p.setBrush(PAID)
    p.drawEllipse(spot)
    if font is not None:
        p.setPen(QColor("#ffffff"))
        p.setFont(font)
        p.drawText(spot, int(Qt.AlignmentFlag.AlignCenter), paid_mark())
    p.restore()
    return paid_text()
