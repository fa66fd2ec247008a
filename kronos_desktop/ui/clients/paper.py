"""Paged documents of a client (the signed form, the inspector's file): an HTML body laid out by
QTextDocument in the paged device's own resolution, cut into A4 pages, each with a header (the
studio, the document's title) and a footer (what identifies the document, "page n of m").

Painted once with QPainter on any paged device, so the PDF (QPdfWriter) and the print (QPrinter)
never differ (as the day sheet: kronos_desktop/ui/agenda/day_sheet.py, whose A4 set-up this
shares). QTextDocument, QImage and QPdfWriter work off the GUI thread too: the export renders its
PDFs on the writer thread.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPagedPaintDevice, QPainter, QPdfWriter, QTextDocument

from kronos_desktop.ui.agenda.day_sheet import a4_portrait as a4_portrait  # the day sheet's A4, shared

translate = QCoreApplication.translate

INK = QColor("#1c1b1f")
MUTED = QColor("#5f5a66")
RED = "#b3261e"
ONE_LINE = int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextSingleLine)


def esc(text: object) -> str:
    """``text`` safe in the HTML body, its line breaks kept."""
    return html.escape(str(text)).replace("\n", "<br/>")


def h2(text: str) -> str:
    return f"<h2>{esc(text)}</h2>"


def para(text: str, css: str = "", *, bold: bool = False) -> str:
    """One paragraph of ``text`` (``css``: its class: muted, alert, mono)."""
    inner = f"<b>{esc(text)}</b>" if bold else esc(text)
    return f"<p class='{css}'>{inner}</p>" if css else f"<p>{inner}</p>"


def rows_table(rows: list[str]) -> str:
    """Label and value rows (``<tr>``…) as a borderless table the page's width."""
    return f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>"


def paragraphs(text: str) -> str:
    """Plain text (a consent, say) as HTML paragraphs: a blank line starts a new one."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{esc(b)}</p>" for b in blocks if b)


def css_px(millimetres: float) -> int:
    """A length in the HTML body: QTextDocument reads pixels at 96 to the inch and scales them
    to the device's resolution itself (images' width and height too)."""
    return round(96 / 25.4 * millimetres)


def font(points: float, *, bold: bool = False, family: str | None = None) -> QFont:
    f = QFont(family) if family else QFont()
    f.setPointSizeF(points)
    f.setBold(bold)
    f.setFeature(QFont.Tag("liga"), 0)  # words copied or searched in the PDF, not "ﬁ"
    return f


@dataclass
class Paper:
    """A document to print: ``title`` (the header's, and the PDF's), the HTML ``body`` with
    its ``images`` (``<img src="name">``), the ``footer`` line of every page."""

    title: str
    studio_name: str
    body: str
    footer: str = ""
    images: dict[str, QImage] = field(default_factory=dict)


class Layout:
    """``paper`` laid out for ``device``: the body's QTextDocument cut into pages of the room
    left between header and footer."""

    def __init__(self, paper: Paper, device: QPagedPaintDevice) -> None:
        self.paper = paper
        self.width = float(device.width())
        self.height = float(device.height())
        self.dpi = float(device.logicalDpiY())
        self.head_font = font(12, bold=True)
        self.small_font = font(7.5)
        self.head = QFontMetricsF(self.head_font, device).height()
        self.small = QFontMetricsF(self.small_font, device).height()
        self.gap = self.mm(3)
        self.header_height = self.head + self.gap
        self.footer_height = 2 * self.small + self.gap
        self.room = self.height - self.header_height - self.footer_height
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDefaultFont(font(10))
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(self.style())
        for name, image in paper.images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        doc.setHtml(paper.body)
        doc.setPageSize(QSizeF(self.width, self.room))
        self.doc = doc
        self.pages = max(1, doc.pageCount())

    def mm(self, millimetres: float) -> float:
        return self.dpi / 25.4 * millimetres

    def style(self) -> str:
        pad = css_px(0.8)
        return (
            f"h1 {{ font-size: 15pt; margin-bottom: {css_px(1)}px; }}"
            f"h2 {{ font-size: 11.5pt; margin-top: {css_px(4)}px; margin-bottom: {css_px(1.5)}px; }}"
            f"p {{ margin-top: 0px; margin-bottom: {css_px(1.5)}px; }}"
            f"td, th {{ padding: {pad}px; vertical-align: top; }}"
            "th { text-align: left; font-size: 8.5pt; }"
            f".muted {{ color: {MUTED.name()}; }} .alert {{ color: {RED}; font-weight: bold; }}"
            ".mono { font-family: monospace; font-size: 9pt; } .hash { white-space: nowrap; }"
            ".small { font-size: 8pt; } .date { white-space: nowrap; }"
            f".record {{ margin-top: {css_px(2.5)}px; margin-bottom: {css_px(1)}px; }}"
        )

    def paint_page(self, painter: QPainter, number: int) -> None:
        """Page ``number`` (from 0): header, the body's slice, footer."""
        painter.setFont(self.head_font)
        painter.setPen(INK)
        painter.drawText(QRectF(0, 0, self.width * 0.6, self.head), ONE_LINE, self.paper.studio_name)
        painter.setFont(self.small_font)
        painter.setPen(MUTED)
        right = ONE_LINE | int(Qt.AlignmentFlag.AlignRight)
        painter.drawText(QRectF(self.width * 0.4, 0, self.width * 0.6, self.head), right, self.paper.title)
        painter.save()
        top = number * self.room
        painter.translate(0, self.header_height - top)
        self.doc.drawContents(painter, QRectF(0, top, self.width, self.room))
        painter.restore()
        painter.setFont(self.small_font)
        painter.setPen(MUTED)
        y = self.height - 2 * self.small
        page = translate("Paper", "Page {n} of {total}").format(n=number + 1, total=self.pages)
        painter.drawText(QRectF(0, y, self.width, self.small), ONE_LINE, self.paper.footer)
        painter.drawText(QRectF(0, y + self.small, self.width, self.small), right, page)


def render(device: QPagedPaintDevice, paper: Paper) -> int:
    """Paint ``paper`` on ``device`` (a PDF writer or a printer, set up for A4) page after page;
    the number of pages (OSError: the device would not start)."""
    layout = Layout(paper, device)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Paper", "The page could not be opened for painting."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for number in range(layout.pages):
            if number:
                device.newPage()
            layout.paint_page(painter, number)
    finally:
        painter.end()
    return layout.pages


def pdf_bytes(paper: Paper) -> bytes:
    """``paper`` as a PDF file's bytes (A4)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(paper.title)
    writer.setCreator("KRONOS")
    a4_portrait(writer)
    render(writer, paper)
    del writer
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())
