"""What a drawn booking says beyond its time, client, kind and status (day_paint.py and
week_canvas.py draw it, day_canvas.py clicks it):

- who booked it (``created_by``, AgendaRow.booked_by): "by Larissa", a small line under the
  block's own lines, drawn only where the block has room for it after them (and above its bottom
  badges); a short block keeps it in its tooltip;
- where a booking stored in conflict has its red "Resolve" label: the painter draws it there and
  a click there opens the booking's conflict in the conflicts inbox."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QFontMetricsF

from kronos_desktop.store.queries.agenda import AgendaRow

translate = QCoreApplication.translate
PILL_PAD = 8.0  # px: a pill's width beyond its text


def first_name(name: str) -> str:
    """The first word of a staff member's name ("Larissa" of "Larissa Menezes")."""
    words = name.split()
    return words[0] if words else ""


def by_text(row: AgendaRow) -> str | None:
    """The block's line for who booked it ("by Larissa"), None when unknown or not to be shown
    (a colleague's booking an artist sees as busy: the read leaves it out, and so does this)."""
    if row.busy or not row.booked_by:
        return None
    name = first_name(row.booked_by)
    return translate("DayCanvas", "by %1", "who made a booking, on its block: a first name").replace("%1", name)


def resolve_text() -> str:
    return translate("DayCanvas", "Resolve", "on a booking stored in conflict")


def pill_rect(rect: QRectF, top: float, text: str, metrics: QFontMetricsF, inset: float = 2) -> QRectF:
    """Where a small label (a pill) goes on a block ``rect``: ``inset`` px from its right edge,
    ``top`` px down (-1: at its bottom)."""
    width = min(metrics.horizontalAdvance(text) + PILL_PAD, rect.width() - 6)
    height = min(metrics.height() + 2, rect.height() - 2)
    y = rect.bottom() - height - 2 if top < 0 else rect.y() + top
    return QRectF(rect.right() - width - inset, max(rect.y() + 1, y), width, height)


def resolve_rect(rect: QRectF, metrics: QFontMetricsF) -> QRectF:
    """The "Resolve" pill of a booking in conflict drawn in ``rect`` (``metrics``: the badges' font)."""
    return pill_rect(rect, -1, resolve_text(), metrics)


def by_line_top(inner: QRectF, lines: int, spacing: float, bottom: float) -> float | None:
    """Where the "by" line goes in a block's text area ``inner``: under its ``lines`` lines,
    when one more line of ``spacing`` fits above the ``bottom`` px its bottom badges take; None:
    no room (it never takes the place of the time, the client or the kind and status)."""
    top = inner.y() + lines * spacing
    return top if top + spacing <= inner.bottom() - bottom else None
