"""The receipt of a sale, after it closes or later from the day's list: a preview, the paper (A4
or an 80 mm roll, remembered by the desk in its QSettings), "Print receipt…" through the system's
print dialog and printer, and "Save PDF…": both the same drawing (receipt_render.py).

The sale is read on the reader thread (everything its receipt prints: store/queries/checkout.py
``sale_detail``), then painted on the GUI thread (one page: milliseconds). A reprint reads it
again, so a refund made since shows. Open it with :func:`open_receipt`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kronos_desktop.settings import open_settings
from kronos_desktop.store.queries import checkout as checkout_q
from kronos_desktop.store.queries.checkout import SaleDetail
from kronos_desktop.ui.checkout import receipt_render
from kronos_desktop.ui.checkout.receipt_render import PAPERS, PaperKind
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

log = logging.getLogger(__name__)

PAPER_KEY = "checkout/receipt_paper"
FOLDER_KEY = "checkout/receipt_folder"  # where the last receipt PDF was saved
PREVIEW_DPI = {"a4": 90, "roll80": 130}  # about 745 and 410 pixels wide: its text read at a glance


def documents_folder() -> Path:
    """The person's Documents folder (their home when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def pdf_folder(settings: QSettings) -> Path:
    """Where "Save PDF…" starts: the folder a receipt was last saved in, else Documents (never the
    program's own folder, where the file dialog would start by itself)."""
    last = str(settings.value(FOLDER_KEY, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remembered_paper(settings: QSettings) -> PaperKind:
    value = str(settings.value(PAPER_KEY, "a4"))
    return "roll80" if value == "roll80" else "a4"


class ReceiptDialog(KeyedDialog):
    """A sale's receipt: preview, paper, Print receipt… / Save PDF… / Close."""

    saved = Signal(object, int)  # the PDF's path, its pages
    printed = Signal(int)  # pages sent to the printer
    loaded = Signal()  # the sale was read (the preview is drawn)

    def __init__(
        self, ctx: DeskContext, sale_id: uuid.UUID, parent: QWidget | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sale_id = sale_id
        self.settings = settings if settings is not None else open_settings()
        self.detail: SaleDetail | None = None
        self.setObjectName("receiptDialog")
        self.setWindowTitle(self.tr("Receipt"))
        self.paper = named(QComboBox(), "receiptPaper", self.tr("Paper to print the receipt on"))
        self.paper.addItem(self.tr("A4 sheet"), "a4")
        self.paper.addItem(self.tr("80 mm roll"), "roll80")
        self.paper.setCurrentIndex(PAPERS.index(remembered_paper(self.settings)))
        self.preview = QLabel()
        self.preview.setObjectName("receiptPreview")
        self.preview.setAccessibleName(self.tr("Receipt preview"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_area = named(QScrollArea(), "receiptPreviewScroll", self.tr("Receipt preview"))
        self.preview_area.setWidget(self.preview)
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setMinimumSize(540, 260)
        self.status = QLabel(self.tr("Reading the sale…"))
        self.status.setObjectName("receiptStatus")
        self.status.setWordWrap(True)
        self.print_button = named(QPushButton(self.tr("Print receipt…")), "receiptPrint", self.tr("Print the receipt"))
        self.pdf_button = named(QPushButton(self.tr("Save PDF…")), "receiptSavePdf", self.tr("Save the receipt as PDF"))
        self.close_button = named(QPushButton(self.tr("Close")), "receiptClose", self.tr("Close"))
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(False)  # until the sale is read
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.paper)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_area, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(820, 540)  # the A4 preview readable; fits 1024×600
        self.paper.currentIndexChanged.connect(self._paper_changed)
        self.print_button.clicked.connect(self._ask_print)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.close_button.clicked.connect(self.reject)
        self._read()

    def primary_button(self) -> QPushButton | None:
        return self.print_button

    def chosen_paper(self) -> PaperKind:
        return "roll80" if self.paper.currentData() == "roll80" else "a4"

    # -- the sale -------------------------------------------------------------------------------
    def _read(self) -> None:
        sale_id = self.sale_id
        self.ctx.reads.ask(self, "sale", lambda conn: checkout_q.sale_detail(conn, sale_id), self._loaded)

    def _loaded(self, detail: SaleDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.status.setText(self.tr("This sale is not on this desk."))
            self.loaded.emit()
            return
        self.setWindowTitle(self.tr("Receipt {number}").format(number=detail.number))
        if detail.status == "void":
            said = self.tr("Receipt {number}: this sale was cancelled, and the receipt says so.")
        else:
            said = self.tr("Receipt {number}.")
        self.status.setText(said.format(number=detail.number))
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self._draw_preview()
        self.loaded.emit()

    def _paper_changed(self) -> None:
        self.settings.setValue(PAPER_KEY, self.chosen_paper())
        self._draw_preview()

    def _draw_preview(self) -> None:
        if self.detail is None:
            return
        paper = self.chosen_paper()
        image = receipt_render.render_image(self.detail, paper, PREVIEW_DPI[paper], self.ctx.language)
        self.preview.setPixmap(QPixmap.fromImage(image))

    # -- PDF ------------------------------------------------------------------------------------
    def _ask_pdf(self) -> None:
        if self.detail is None:
            return
        suggested = self.tr("receipt-{number}.pdf").format(number=self.detail.number)
        start = str(pdf_folder(self.settings) / suggested)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the receipt as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Read the sale again (a refund since shows), then write its receipt at ``path``."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._again(lambda detail: self._write_pdf(path, detail))

    def _write_pdf(self, path: Path, detail: SaleDetail) -> None:
        try:
            pages = receipt_render.save_pdf(path, detail, self.chosen_paper(), self.ctx.language)
        except OSError as exc:
            log.warning("the receipt could not be saved to %s: %s", path, exc)
            self._failed(self.tr("The PDF could not be saved to {path}.").format(path=path))
            return
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        self.status.setText(self.tr("Saved %n page(s) to {path}.", "", pages).format(path=path))
        self.saved.emit(path, pages)

    # -- the printer ----------------------------------------------------------------------------
    def _ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        receipt_render.set_up(printer, self.chosen_paper())
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("receiptSystemPrintDialog")
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Read the sale again, then paint its receipt on ``printer`` (``printed`` says when)."""
        self._again(lambda detail: self._paint_on(printer, detail))

    def _paint_on(self, printer: QPrinter, detail: SaleDetail) -> None:
        paper = self.chosen_paper()
        if paper == "a4":
            receipt_render.set_up(printer, paper)
        try:
            pages = receipt_render.render(printer, detail, paper, self.ctx.language)
        except OSError as exc:
            log.warning("the receipt could not be printed: %s", exc)
            self._failed(self.tr("The receipt could not be printed: the printer did not start."))
            return
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
        self.printed.emit(pages)

    # -- both -----------------------------------------------------------------------------------
    def _again(self, then: Callable[[SaleDetail], None]) -> None:
        sale_id = self.sale_id
        self.status.setText(self.tr("Preparing the receipt…"))

        def done(detail: SaleDetail | None) -> None:
            if detail is None:
                self._failed(self.tr("This sale is not on this desk."))
                return
            self.detail = detail
            then(detail)

        self.ctx.reads.ask(self, "again", lambda conn: checkout_q.sale_detail(conn, sale_id), done)

    def _failed(self, text: str) -> None:
        self.status.setText(text)
        box = QMessageBox(self)
        box.setObjectName("receiptFailed")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Receipt"))
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()


def open_receipt(ctx: DeskContext, sale_id: uuid.UUID, parent: QWidget | None = None) -> ReceiptDialog:
    """Open a sale's receipt over ``parent`` (window-modal, not blocking); the dialog deletes
    itself when closed."""
    dialog = ReceiptDialog(ctx, sale_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
