"""The printed day sheet: A4 portrait pages of the day's bookings per artist, painted once with
QPainter on any paged device, so the PDF (QPdfWriter) and the print (QPrinter) never differ.

Each page: the studio's name, the day in the locale's words and "page n of m"; per artist their
bookings in time order (time, client, kind, status, station), a health alert in red under its
booking, the notes shortened, time off as "Time off" without its reason (the paper lies on the
desk where clients stand); a colleague's booking, when an artist prints, only as "Busy" (the read
never held more: store/queries/day_sheet.py). An artist whose bookings run onto the next page
gets their heading again there, "(continued)".
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.store.queries.day_sheet import DaySheet, SheetArtist
from kronos_desktop.ui.agenda.day_paint import INACTIVE  # called off: their time is free
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate

NOTES_LENGTH = 160  # characters of a booking's notes on paper
MARGIN_MM = 12
RED = QColor("#b3261e")
MUTED = QColor("#5f5a66")
INK = QColor("#1c1b1f")
COLUMNS = (0.23, 0.33, 0.14, 0.16, 0.14)  # time, client, kind, status, station: shares of the width
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
ONE_LINE = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextSingleLine)


def shorten(text: str, length: int = NOTES_LENGTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


def row_cells(row: AgendaRow, sheet: DaySheet) -> list[str]:
    """Time, client, kind, status and station as printed."""
    time = fmt.time_range_text(row.starts_at, row.ends_at, sheet.zone)
    if row.busy:
        who = translate("DaySheet", "Busy")
    elif row.kind == "block":
        who = fmt.kind_label("block")
    else:
        who = row.client_name or ""
    kind = "" if row.busy or row.kind == "block" else fmt.kind_label(row.kind)
    quiet = (row.busy or row.kind == "block") and row.status not in INACTIVE
    status = "" if quiet else fmt.status_label(row.status)
    return [time, who, kind, status, row.station_name or ""]


@dataclass
class Line:
    """One piece of a page, ``height`` device pixels tall, painted with its top at ``y``."""

    height: float
    paint: Callable[[QPainter, float], None]
    keep_with_next: bool = False  # a heading: never the last thing on a page


class SheetLayout:
    """The sheet cut into pages for one paged device (its resolution and paintable size)."""

    def __init__(self, sheet: DaySheet, device: QPagedPaintDevice) -> None:
        self.sheet = sheet
        self.device = device
        self.width = float(device.width())
        self.height = float(device.height())
        self.gap = device.logicalDpiY() / 25.4 * 1.6  # 1.6 mm
        self.fonts = {
            "title": self._font(16, bold=True),
            "day": self._font(12),
            "artist": self._font(13, bold=True),
            "head": self._font(8, bold=True),
            "cell": self._font(10),
            "alert": self._font(10, bold=True),
            "note": self._font(9),
            "small": self._font(8),
        }
        self.header_height = self._tall("title") + self._tall("day") + 2 * self.gap
        self.footer_height = self._tall("small") + self.gap
        self.pages = self._paginate(self._lines())

    def _font(self, points: int, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSize(points)
        font.setBold(bold)
        font.setFeature(QFont.Tag("liga"), 0)  # "Time off" copied or searched in the PDF, not "oﬀ"
        return font

    def _metrics(self, name: str) -> QFontMetricsF:
        return QFontMetricsF(self.fonts[name], self.device)

    def _tall(self, name: str) -> float:
        return self._metrics(name).height()

    def _wrapped(self, name: str, width: float, text: str) -> float:
        return self._metrics(name).boundingRect(QRectF(0, 0, width, 1e7), WRAP, text).height()

    # -- the lines ------------------------------------------------------------------------------
    def _lines(self) -> list[Line]:
        lines: list[Line] = []
        if not self.sheet.artists:
            lines.append(self._text_line("cell", translate("DaySheet", "No artists to print."), MUTED))
        for artist in self.sheet.artists:
            lines.extend(self._artist_lines(artist))
        return lines

    def _artist_lines(self, artist: SheetArtist) -> list[Line]:
        lines = [self._heading(artist, continued=False)]
        if not artist.rows:
            lines.append(self._text_line("cell", translate("DaySheet", "No bookings on this day."), MUTED))
        lines.extend(self._row_line(row) for row in artist.rows)
        lines.append(Line(self.gap * 2, lambda _p, _y: None))
        return lines

    def _heading(self, artist: SheetArtist, *, continued: bool) -> Line:
        name = artist.name
        if continued:
            name = translate("DaySheet", "{name} (continued)").format(name=name)
        tall = self._tall("artist")
        head = self._tall("head")
        swatch = tall * 0.6

        def paint(painter: QPainter, y: float) -> None:
            painter.fillRect(QRectF(0, y + (tall - swatch) / 2, swatch, swatch), QColor(artist.color))
            painter.setFont(self.fonts["artist"])
            painter.setPen(INK)
            painter.drawText(QRectF(swatch * 1.6, y, self.width, tall), ONE_LINE, name)
            painter.setFont(self.fonts["head"])
            painter.setPen(MUTED)
            titles = [
                translate("DaySheet", "Time"),
                translate("DaySheet", "Client"),
                translate("DaySheet", "Kind"),
                translate("DaySheet", "Status"),
                translate("DaySheet", "Station"),
            ]
            self._cells(painter, y + tall + self.gap / 2, head, titles)
            rule = y + tall + self.gap / 2 + head + self.gap / 4
            painter.setPen(QPen(MUTED, max(1.0, self.device.logicalDpiY() / 300)))
            painter.drawLine(0, int(rule), int(self.width), int(rule))

        return Line(tall + head + self.gap, paint, keep_with_next=True)

    def _cells(self, painter: QPainter, y: float, height: float, texts: list[str]) -> None:
        x = 0.0
        for share, text in zip(COLUMNS, texts, strict=True):
            width = self.width * share
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width - self.gap))
            painter.drawText(QRectF(x, y, width - self.gap, height), ONE_LINE, elided)
            x += width

    def _row_line(self, row: AgendaRow) -> Line:
        cells = row_cells(row, self.sheet)
        tall = self._tall("cell")
        indent = self.width * COLUMNS[0]
        wide = self.width - indent
        extras: list[tuple[str, str, QColor]] = []
        if row.health_alert and not row.busy:
            text = translate("DaySheet", "Health alert: {alert}").format(alert=" · ".join(row.health_alert.split("\n")))
            extras.append(("alert", text, RED))
        if row.in_conflict:
            extras.append(("alert", translate("DaySheet", "Double-booked: check the conflicts."), RED))
        if row.notes and row.kind != "block" and not row.busy:
            extras.append(("note", translate("DaySheet", "Notes: {notes}").format(notes=shorten(row.notes)), MUTED))
        heights = [self._wrapped(font, wide, text) for font, text, _colour in extras]
        called_off = row.status in INACTIVE

        def paint(painter: QPainter, y: float) -> None:
            font = QFont(self.fonts["cell"])
            font.setStrikeOut(called_off)
            painter.setFont(font)
            painter.setPen(MUTED if called_off or row.busy else INK)
            self._cells(painter, y, tall, cells)
            top = y + tall
            for (name, text, colour), height in zip(extras, heights, strict=True):
                if colour == RED:
                    painter.fillRect(QRectF(indent - self.gap, top, self.gap / 2, height), RED)
                painter.setFont(self.fonts[name])
                painter.setPen(colour)
                painter.drawText(QRectF(indent, top, wide, height), WRAP, text)
                top += height

        return Line(tall + sum(heights) + self.gap / 2, paint)

    def _text_line(self, font: str, text: str, colour: QColor) -> Line:
        tall = self._wrapped(font, self.width, text)

        def paint(painter: QPainter, y: float) -> None:
            painter.setFont(self.fonts[font])
            painter.setPen(colour)
            painter.drawText(QRectF(0, y, self.width, tall), WRAP, text)

        return Line(tall + self.gap / 2, paint)

    # -- the pages ------------------------------------------------------------------------------
    def _paginate(self, lines: list[Line]) -> list[list[Line]]:
        room = self.height - self.header_height - self.footer_height
        pages: list[list[Line]] = [[]]
        used = 0.0
        artists = iter(self.sheet.artists)
        current: SheetArtist | None = None
        for index, line in enumerate(lines):
            if line.keep_with_next:
                current = next(artists, None)
            after = lines[index + 1].height if line.keep_with_next and index + 1 < len(lines) else 0.0
            if pages[-1] and used + line.height + after > room:
                pages.append([])
                used = 0.0
                if not line.keep_with_next and current is not None:
                    heading = self._heading(current, continued=True)
                    pages[-1].append(heading)
                    used += heading.height
            pages[-1].append(line)
            used += line.height
        return pages

    def paint_page(self, painter: QPainter, number: int) -> None:
        """Page ``number`` (from 0): header, its lines, footer."""
        sheet = self.sheet
        painter.setFont(self.fonts["title"])
        painter.setPen(INK)
        title = self._tall("title")
        painter.drawText(QRectF(0, 0, self.width * 0.75, title), ONE_LINE, sheet.studio_name)
        painter.setFont(self.fonts["small"])
        painter.setPen(MUTED)
        page_text = translate("DaySheet", "Page {n} of {total}").format(n=number + 1, total=len(self.pages))
        painter.drawText(QRectF(0, 0, self.width, title), ONE_LINE | int(Qt.AlignmentFlag.AlignRight), page_text)
        painter.setFont(self.fonts["day"])
        painter.setPen(INK)
        day_text = translate("DaySheet", "Day sheet · {date}").format(date=fmt.date_text(sheet.day, long=True))
        painter.drawText(QRectF(0, title, self.width, self._tall("day")), ONE_LINE, day_text)
        y = self.header_height
        for line in self.pages[number]:
            line.paint(painter, y)
            y += line.height
        painter.setFont(self.fonts["small"])
        painter.setPen(MUTED)
        printed = sheet.printed_at.astimezone(sheet.zone)
        footer = translate("DaySheet", "Printed on {date} at {time}").format(
            date=fmt.date_text(printed.date()), time=fmt.time_text(sheet.printed_at, sheet.zone)
        )
        painter.drawText(
            QRectF(0, self.height - self._tall("small"), self.width, self._tall("small")), ONE_LINE, footer
        )


def render(device: QPagedPaintDevice, sheet: DaySheet) -> int:
    """Paint ``sheet`` on ``device`` (a PDF writer or a printer, set up for A4), page after page;
    the number of pages."""
    layout = SheetLayout(sheet, device)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("DaySheet", "The page could not be opened for painting."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for number in range(len(layout.pages)):
            if number:
                device.newPage()
            layout.paint_page(painter, number)
    finally:
        painter.end()
    return len(layout.pages)


RESOLUTION_DPI = 300


def a4_portrait(device: QPagedPaintDevice) -> None:
    """A4 portrait at one resolution: the PDF and the print lay the text out (and shorten it
    with …) alike, whatever resolution the printer offered."""
    if isinstance(device, QPdfWriter | QPrinter):
        device.setResolution(RESOLUTION_DPI)
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def save_pdf(path: Path, sheet: DaySheet) -> int:
    """Write ``sheet`` to a PDF at ``path``; the number of pages (OSError: it cannot be written)."""
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise OSError(f"cannot write in {path.parent}")
    writer = QPdfWriter(str(path))
    writer.setTitle(translate("DaySheet", "Day sheet · {date}").format(date=fmt.date_text(sheet.day)))
    writer.setCreator("KRONOS")
    a4_portrait(writer)
    return render(writer, sheet)
