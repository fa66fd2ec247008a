"""A gift voucher's printed card: the studio's name, "Gift voucher", the code large, the value, for
whom and from whom, until when. One drawing (:func:`paint`) on an A6 landscape page goes to the
PDF (QPdfWriter), the printer (QPrinter) and the preview image, as receipt_render.py does for
receipts. :class:`VoucherCardDialog` shows it with "Print card…" and "Save PDF…"."""

from __future__ import annotations

import datetime as dt
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPixmap,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kronos_desktop.settings import open_settings
from kronos_desktop.store.queries.vouchers import VoucherState, voucher_state
from kronos_desktop.ui.agenda.day_sheet import RESOLUTION_DPI
from kronos_desktop.ui.checkout.receipt_dialog import pdf_folder
from kronos_desktop.ui.clients.paper import font
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

WIDTH_MM, HEIGHT_MM = 148.0, 105.0  # A6 landscape
MARGIN_MM = 6.0
INK = QColor("#1c1b1f")
MUTED = QColor("#5f5a66")
FRAME = QColor("#8a6d3b")
CENTER = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class CardData:
    studio_name: str
    code: str
    amount: int
    currency: str
    recipient_name: str | None
    buyer_name: str | None
    expires_on: dt.date | None
    sold_on: dt.date


def card_of(state: VoucherState, studio_name: str, currency: str) -> CardData:
    return CardData(
        studio_name, state.code, state.amount, currency, state.recipient_name, state.buyer_name,
        state.expires_on, state.sold_on,
    )  # fmt: skip


def card_lines(card: CardData) -> list[tuple[str, str]]:
    """The card's lines, top to bottom, as (style, text): what it prints."""
    lines = [
        ("studio", card.studio_name),
        ("title", translate("VoucherCard", "Gift voucher")),
        ("code", card.code),
        ("value", fmt.money_text(card.amount, card.currency)),
    ]
    if card.recipient_name:
        lines.append(("text", translate("VoucherCard", "For {name}").format(name=card.recipient_name)))
    if card.buyer_name:
        lines.append(("muted", translate("VoucherCard", "From {name}").format(name=card.buyer_name)))
    if card.expires_on is not None:
        valid = translate("VoucherCard", "Valid until {date}").format(date=fmt.date_text(card.expires_on))
    else:
        valid = translate("VoucherCard", "No expiry date")
    lines.append(("text", valid))
    note = translate("VoucherCard", "Show this code at the counter. Sold on {date}.")
    lines.append(("small", note.format(date=fmt.date_text(card.sold_on))))
    return lines


_SIZES = {"studio": (17, True), "title": (13, False), "code": (36, True), "value": (24, True), "text": (12.5, False),
          "muted": (11, False), "small": (8.5, False)}  # fmt: skip


def _font(style: str) -> QFont:
    points, bold = _SIZES[style]
    made = font(points, bold=bold)
    if style == "code":
        made.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        made.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
    return made


def paint(painter: QPainter, width: float, height: float, dpi: float, card: CardData) -> None:
    """The card in a ``width`` x ``height`` box (device pixels at ``dpi``), its frame inside it."""
    mm = dpi / 25.4
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(QPen(FRAME, 0.6 * mm))
    inset = 1.5 * mm
    painter.drawRoundedRect(QRectF(inset, inset, width - 2 * inset, height - 2 * inset), 3 * mm, 3 * mm)
    inner = width - 2 * MARGIN_MM * mm
    lines = card_lines(card)
    measured = []
    for style, text in lines:
        metrics = QFontMetricsF(_font(style), painter.device())
        box = metrics.boundingRect(QRectF(0, 0, inner, 1e6), CENTER, text)
        gap = {"code": 2.5, "value": 2.0, "title": 1.5, "studio": 1.0}.get(style, 0.8) * mm
        measured.append((style, text, box.height(), gap))
    total = sum(h + g for _s, _t, h, g in measured)
    y = max(MARGIN_MM * mm, (height - total) / 2)
    for style, text, tall, gap in measured:
        painter.setFont(_font(style))
        painter.setPen(MUTED if style in ("muted", "small", "title") else INK)
        painter.drawText(QRectF(MARGIN_MM * mm, y, inner, tall), CENTER, text)
        if style == "code":  # a line under the code, where the eye goes first
            painter.setPen(QPen(FRAME, 0.3 * mm))
            painter.drawLine(int(width * 0.3), int(y + tall + gap / 2), int(width * 0.7), int(y + tall + gap / 2))
        y += tall + gap


def set_up(device: QPagedPaintDevice) -> None:
    """An A6 landscape page with no margins (the card draws its own), at the desk's resolution."""
    if isinstance(device, QPdfWriter | QPrinter):
        device.setResolution(RESOLUTION_DPI)
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    device.setPageOrientation(QPageLayout.Orientation.Landscape)
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def render(device: QPagedPaintDevice, card: CardData) -> None:
    """Paint the card on a device :func:`set_up` prepared (OSError: it would not start)."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("VoucherCard", "The page could not be opened for painting."))
    try:
        paint(painter, float(device.width()), float(device.height()), float(device.logicalDpiY()), card)
    finally:
        painter.end()


def _writer(target: QBuffer | str, card: CardData) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setTitle(translate("VoucherCard", "Gift voucher {code}").format(code=card.code))
    writer.setCreator("KRONOS")
    set_up(writer)
    return writer


def pdf_bytes(card: CardData) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, card)
    render(writer, card)
    del writer
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def save_pdf(path: Path, card: CardData) -> None:
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise OSError(f"cannot write in {path.parent}")
    writer = _writer(str(path), card)
    render(writer, card)
    del writer  # the file is finished when the writer goes


def render_image(card: CardData, dpi: int = 110) -> QImage:
    """The card as an image (the preview: the same drawing as on paper)."""
    per_mm = dpi / 25.4
    image = QImage(round(WIDTH_MM * per_mm), round(HEIGHT_MM * per_mm), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint(painter, float(image.width()), float(image.height()), float(dpi), card)
    finally:
        painter.end()
    return image


PREVIEW_DPI = 90  # the preview's card with the dialog's buttons fits a 1024x600 screen


class VoucherCardDialog(KeyedDialog):
    """A voucher's card: preview, Print card… / Save PDF… / Close."""

    loaded = Signal()
    saved = Signal(object)  # the PDF's path
    printed = Signal()

    def __init__(self, ctx: DeskContext, voucher_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card: CardData | None = None
        self.setObjectName("voucherCardDialog")
        self.setWindowTitle(self.tr("Gift voucher card"))
        self.preview = QLabel()
        self.preview.setObjectName("voucherCardPreview")
        self.preview.setAccessibleName(self.tr("Preview of the voucher's card"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # the card's room from the start: a dialog that grew once the card was read went off a 600-px screen
        self.preview.setMinimumSize(round(WIDTH_MM * PREVIEW_DPI / 25.4), round(HEIGHT_MM * PREVIEW_DPI / 25.4))
        self.status = QLabel(self.tr("Reading the voucher…"))
        self.status.setObjectName("voucherCardStatus")
        self.status.setWordWrap(True)
        self.print_button = named(QPushButton(self.tr("Print card…")), "voucherCardPrint", self.tr("Print the card"))
        self.pdf_button = named(QPushButton(self.tr("Save PDF…")), "voucherCardPdf", self.tr("Save the card as PDF"))
        self.close_button = named(QPushButton(self.tr("Close")), "voucherCardClose", self.tr("Close"))
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self._ask_print)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.close_button.clicked.connect(self.accept)
        studio = ctx.studio()
        name, currency = (studio.name if studio else ""), ctx.currency()
        desk = ctx.desk()
        studio_id = desk.studio_id if desk is not None else uuid.UUID(int=0)
        ctx.reads.ask(
            self, "voucher", lambda conn: voucher_state(conn, studio_id, voucher_id),
            lambda state: self._loaded(state, name, currency),
        )  # fmt: skip

    def primary_button(self) -> QPushButton | None:
        return self.print_button

    def _loaded(self, state: VoucherState | None, studio_name: str, currency: str) -> None:
        if state is None:
            self.status.setText(self.tr("This voucher is not on this desk."))
        else:
            self.card = card_of(state, studio_name, currency)
            self.preview.setPixmap(QPixmap.fromImage(render_image(self.card, PREVIEW_DPI)))
            self.status.setText(self.tr("Voucher {code}: print it, or save it to send.").format(code=state.code))
            self.print_button.setEnabled(True)
            self.pdf_button.setEnabled(True)
            if self.focusWidget() in (None, self.close_button):
                self.print_button.setFocus()  # whenever the card is read: Enter prints, never closes
        self.loaded.emit()

    def _ask_pdf(self) -> None:
        if self.card is None:
            return
        start = pdf_folder(open_settings()) / self.tr("voucher-{code}.pdf").format(code=self.card.code)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the card as PDF"), str(start), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if self.card is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_pdf(path, self.card)
        except OSError as exc:
            log.warning("the voucher card could not be saved to %s: %s", path, exc)
            self.status.setText(self.tr("The PDF could not be saved to {path}.").format(path=path))
            return False
        self.status.setText(self.tr("Saved to {path}.").format(path=path))
        self.saved.emit(path)
        return True

    def _ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("voucherCardSystemPrintDialog")
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        if self.card is None:
            return False
        try:
            render(printer, self.card)
        except OSError as exc:
            log.warning("the voucher card could not be printed: %s", exc)
            self.status.setText(self.tr("The card could not be printed: the printer did not start."))
            return False
        self.status.setText(self.tr("Sent to the printer."))
        self.printed.emit()
        return True
