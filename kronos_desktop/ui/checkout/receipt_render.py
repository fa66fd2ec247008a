"""A sale's receipt on paper: the rows of receipt_rows.py painted once with QPainter on any paged
device, so the PDF (QPdfWriter) and the print (QPrinter) are the same drawing, on A4 or on an
80 mm roll (as the day sheet and the signed form: ui/agenda/day_sheet.py, ui/clients/paper.py).

- A4: portrait, the day sheet's margins and resolution (``day_sheet.a4_portrait``); a long
  receipt runs onto more pages, each with the number and "page n of m" at its foot.
- 80 mm roll: a page 80 mm wide with 4 mm sides (72 mm printed) as long as the receipt
  (measured first, then the page is cut to it); past :data:`ROLL_MAX_MM` it goes on more pages.

The same drawing also goes into a QImage (:func:`render_image`) for the dialog's preview.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from kronos_desktop.store.queries.checkout import SaleDetail
from kronos_desktop.ui.agenda.day_sheet import RESOLUTION_DPI, a4_portrait
from kronos_desktop.ui.checkout.receipt_rows import Row, receipt_rows, title
from kronos_desktop.ui.clients.paper import font

translate = QCoreApplication.translate

PaperKind = Literal["a4", "roll80"]
PAPERS: tuple[PaperKind, ...] = ("a4", "roll80")
ROLL_WIDTH_MM = 80.0
ROLL_SIDE_MM = 4.0  # 72 mm printed: what an 80 mm thermal printer prints
ROLL_END_MM = 5.0  # above the first row and below the last
ROLL_MAX_MM = 1500.0  # a longer receipt goes on more pieces (PDF viewers cope with 5 m)

INK = QColor("#1c1b1f")
MUTED = QColor("#5f5a66")
RED = QColor("#b3261e")
LEFT = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
CODE = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWrapAnywhere)
CENTER = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
RIGHT = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextSingleLine)

# points of each row's font on A4; the roll's are 0.8 of these
SIZES: dict[str, tuple[float, bool]] = {
    "studio": (15, True), "center": (9.5, False), "number": (12, True), "void": (20, True), "text": (10, False),
    "muted": (9.5, False), "pair": (10, False), "detail": (8.5, False), "code": (8.5, False), "total": (11, True),
    "heading": (10, True), "notice": (10, True), "small": (7.5, False),
}  # fmt: skip


def wrap(style: str) -> int:
    """Words kept whole where they may be; a long id (an end-to-end id) cut anywhere."""
    if style in ("studio", "center", "number", "void", "notice"):
        return CENTER
    return CODE if style == "code" else LEFT


@dataclass
class Placed:
    row: Row
    height: float


class ReceiptLayout:
    """The rows measured for a device of ``dpi`` and ``width`` (device pixels) and cut into pages
    of ``room`` (None: one page as long as the rows)."""

    def __init__(self, rows: Sequence[Row], device: QPaintDevice, width: float, paper: PaperKind) -> None:
        self.device = device
        self.width = width
        self.paper = paper
        self.dpi = float(device.logicalDpiY())
        scale = 0.8 if paper == "roll80" else 1.0
        self.fonts = {name: font(points * scale, bold=bold) for name, (points, bold) in SIZES.items()}
        self.gap = self.mm(1.2 if paper == "roll80" else 1.6)
        self.placed = [Placed(row, self._height(row)) for row in rows]
        self.footer_height = self._tall("small") + self.gap if paper == "a4" else 0.0

    def mm(self, millimetres: float) -> float:
        return self.dpi / 25.4 * millimetres

    def _metrics(self, style: str) -> QFontMetricsF:
        return QFontMetricsF(self.fonts[style], self.device)

    def _tall(self, style: str) -> float:
        return self._metrics(style).height()

    def _wrapped(self, style: str, width: float, text: str) -> float:
        return self._metrics(style).boundingRect(QRectF(0, 0, max(1.0, width), 1e7), wrap(style), text).height()

    def _right_width(self, style: str, text: str) -> float:
        return self._metrics(style).horizontalAdvance(text) + self.gap * 2 if text else 0.0

    def _height(self, row: Row) -> float:
        if row.style == "rule":
            return self.gap * 2
        left = self.width - self._right_width(row.style, row.right) - self._indent(row)
        height = max(self._wrapped(row.style, left, row.left), self._tall(row.style))
        extra = {
            "studio": self.gap,
            "number": self.gap,
            "void": self.gap * 2,
            "total": self.gap / 2,
            "notice": self.gap,
        }
        return height + self.gap / 3 + extra.get(row.style, 0.0)

    def _indent(self, row: Row) -> float:
        return self.mm(2) if row.style in ("detail", "code") else 0.0

    @property
    def length(self) -> float:
        return sum(p.height for p in self.placed)

    def pages(self, room: float) -> list[list[Placed]]:
        room += 0.5  # a page cut to the rows' own length holds them all, whatever the rounding
        pages: list[list[Placed]] = [[]]
        used = 0.0
        for placed in self.placed:
            if pages[-1] and used + placed.height > room:
                pages.append([])
                used = 0.0
            pages[-1].append(placed)
            used += placed.height
        return pages

    def paint_rows(self, painter: QPainter, rows: Sequence[Placed], top: float = 0.0) -> None:
        y = top
        for placed in rows:
            self._paint(painter, placed.row, y, placed.height)
            y += placed.height

    def _paint(self, painter: QPainter, row: Row, y: float, height: float) -> None:
        if row.style == "rule":
            pen = QPen(MUTED, max(1.0, self.dpi / 300), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(0, int(y + self.gap), int(self.width), int(y + self.gap))
            return
        painter.setFont(self.fonts[row.style])
        colour = {"void": RED, "muted": MUTED, "detail": MUTED, "code": MUTED}.get(row.style, INK)
        painter.setPen(colour)
        right = self._right_width(row.style, row.right)
        if row.style == "void":
            y += self.gap  # room for its frame above and below
        indent = self._indent(row)
        box = QRectF(indent, y, self.width - right - indent, height)
        painter.drawText(box, wrap(row.style), row.left)
        if row.right:
            painter.drawText(QRectF(0, y, self.width, height), RIGHT, row.right)
        if row.style == "void":  # a frame around VOID: seen at a glance on the counter
            painter.setPen(QPen(RED, self.mm(0.5)))
            tall = self._tall("void")
            wide = self._metrics("void").horizontalAdvance(row.left) + self.mm(6)
            painter.drawRect(QRectF((self.width - wide) / 2, y - self.mm(0.5), wide, tall + self.mm(1)))

    def paint_footer(self, painter: QPainter, height: float, text: str) -> None:
        painter.setFont(self.fonts["small"])
        painter.setPen(MUTED)
        tall = self._tall("small")
        painter.drawText(QRectF(0, height - tall, self.width, tall), RIGHT, text)


def roll_page(device: QPagedPaintDevice, length_mm: float) -> None:
    """An 80 mm roll's page ``length_mm`` long, 72 mm printed, at the desk's print resolution."""
    if isinstance(device, QPdfWriter | QPrinter):
        device.setResolution(RESOLUTION_DPI)
    size = QPageSize(
        QSizeF(ROLL_WIDTH_MM, length_mm),
        QPageSize.Unit.Millimeter,
        translate("Receipt", "80 mm roll"),
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    device.setPageSize(size)
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    margins = QMarginsF(ROLL_SIDE_MM, ROLL_END_MM, ROLL_SIDE_MM, ROLL_END_MM)
    device.setPageMargins(margins, QPageLayout.Unit.Millimeter)


def set_up(device: QPagedPaintDevice, paper: PaperKind) -> None:
    """``device``'s page for ``paper`` (a roll: a first length, cut to the receipt by render)."""
    if paper == "roll80":
        roll_page(device, 200.0)
    else:
        a4_portrait(device)


def render(device: QPagedPaintDevice, detail: SaleDetail, paper: PaperKind, language: str | None = None) -> int:
    """Paint ``detail``'s receipt on ``device`` (a PDF writer or a printer; an A4 one set up by
    :func:`set_up`, a roll's page is set here to the receipt's length); the number of pages
    (OSError: the device would not start)."""
    rows = receipt_rows(detail, language)
    if paper == "roll80":
        roll_page(device, 200.0)
    layout = ReceiptLayout(rows, device, float(device.width()), paper)
    if paper == "roll80":
        wanted = layout.length / layout.mm(1) + 2 * ROLL_END_MM + 1
        roll_page(device, min(wanted, ROLL_MAX_MM))
    height = float(device.height())
    pages = layout.pages(height - layout.footer_height)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Receipt", "The page could not be opened for painting."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for number, page in enumerate(pages):
            if number:
                device.newPage()
            layout.paint_rows(painter, page)
            if paper == "a4":
                foot = translate("Receipt", "{number} · page {n} of {total}").format(
                    number=detail.number, n=number + 1, total=len(pages)
                )
                layout.paint_footer(painter, height, foot)
    finally:
        painter.end()
    return len(pages)


def pdf_bytes(detail: SaleDetail, paper: PaperKind, language: str | None = None) -> bytes:
    """The receipt as a PDF file's bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title(detail))
    writer.setCreator("KRONOS")
    set_up(writer, paper)
    render(writer, detail, paper, language)
    del writer
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def save_pdf(path: Path, detail: SaleDetail, paper: PaperKind, language: str | None = None) -> int:
    """Write the receipt's PDF at ``path``; its pages (OSError: it cannot be written there)."""
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise OSError(f"cannot write in {path.parent}")
    writer = QPdfWriter(str(path))
    writer.setTitle(title(detail))
    writer.setCreator("KRONOS")
    set_up(writer, paper)
    pages = render(writer, detail, paper, language)
    del writer  # the file is finished when the writer goes
    return pages


def render_image(detail: SaleDetail, paper: PaperKind, dpi: int = 96, language: str | None = None) -> QImage:
    """The receipt's first page drawn into an image at ``dpi`` (the preview: the same rows and
    layout as on paper, on white, with the paper's margins)."""
    width_mm = ROLL_WIDTH_MM if paper == "roll80" else 210.0
    side_mm = ROLL_SIDE_MM if paper == "roll80" else 12.0
    per_mm = dpi / 25.4
    image = QImage(round(width_mm * per_mm), 10, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    layout = ReceiptLayout(receipt_rows(detail, language), image, (width_mm - 2 * side_mm) * per_mm, paper)
    height_mm = layout.length / per_mm + 2 * ROLL_END_MM if paper == "roll80" else 297.0
    top = (ROLL_END_MM if paper == "roll80" else 12.0) * per_mm
    room = height_mm * per_mm - 2 * top - layout.footer_height
    page = layout.pages(room)[0]
    out = QImage(image.width(), round(height_mm * per_mm), QImage.Format.Format_RGB32)
    out.setDotsPerMeterX(image.dotsPerMeterX())
    out.setDotsPerMeterY(image.dotsPerMeterY())
    out.fill(QColor("white"))
    painter = QPainter(out)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(side_mm * per_mm, top)
        layout.paint_rows(painter, page)
    finally:
        painter.end()
    return out
