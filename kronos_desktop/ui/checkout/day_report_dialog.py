"""The day report's dialog (issue 16), opened from the Caixa's drawer strip (drawer_panel.py): the
pages as a preview, Print… and Save PDF…, all three the same rendering (day_report_render.py).

The close is blind: while the drawer's day is open, the person at the desk reads the report
``blind`` unless they are an owner or a manager (day_report_drawer.blind_for): the preview, the
print and the PDF alike say the expected amount is shown after the count. Who is at the desk is
followed (``ctx.who``): a dialog a manager left open behind the lock is drawn blind again for
the receptionist who unlocks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy import Connection

from kronos_desktop.settings import open_settings
from kronos_desktop.store.queries.day_report import DayReport
from kronos_desktop.ui.checkout import day_report_render as render
from kronos_desktop.ui.checkout.day_report_drawer import blind_for
from kronos_desktop.ui.checkout.receipt_dialog import pdf_folder
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext


class DayReportDialog(KeyedDialog):
    """The day report's pages, Print… and Save PDF… (the same rendering: day_report_render), blind
    while ``blind`` (the module)."""

    def __init__(self, ctx: DeskContext, read: Callable[[Connection], DayReport], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report: DayReport | None = None
        self.blind = True  # what the drawer should hold left out (set with each report drawn)
        self.settings = open_settings()
        self.setObjectName("dayReportDialog")
        self.setWindowTitle(self.tr("Day report"))
        self.preview = QLabel(self.tr("Reading the day…"))
        self.preview.setObjectName("dayReportPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        area = named(QScrollArea(), "dayReportScroll", self.tr("Day report preview"))
        area.setWidget(self.preview)
        area.setWidgetResizable(True)
        self.status = QLabel()
        self.status.setObjectName("dayReportStatus")
        self.status.setWordWrap(True)
        self.print_button = named(QPushButton(self.tr("&Print…")), "dayReportPrint", self.tr("Print the day report"))
        self.pdf_button = named(QPushButton(self.tr("Save &PDF…")), "dayReportPdf", self.tr("Save the report as PDF"))
        close = named(QPushButton(self.tr("Close")), "dayReportClose", self.tr("Close"))
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(False)
        self.print_button.clicked.connect(self._ask_print)
        self.pdf_button.clicked.connect(self._ask_pdf)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(820, 540)
        ctx.reads.ask(self, "report", read, self._read)
        ctx.who.changed.connect(self._draw)

    def _read(self, report: DayReport) -> None:
        self.report = report
        self._draw()

    def _draw(self) -> None:
        """The preview of the report as the person now at the desk may read it."""
        report = self.report
        if report is None:
            return
        # every page, one under the other
        image, pages = render.render_page_image(report, None, 80, blind=self.blind_now())
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.status.setText(self.tr("%n page(s).", "", pages))
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(True)

    def blind_now(self) -> bool:
        """Whether the person at the desk now reads the report blind (asked again at each drawing,
        print and PDF: who is at the desk may have changed meanwhile)."""
        self.blind = self.report is None or blind_for(self.report, self.ctx.who.role)
        return self.blind

    def _ask_pdf(self) -> None:
        if self.report is None:
            return
        start = pdf_folder(self.settings) / self.tr("day-report-{day}.pdf").format(day=self.report.day.isoformat())
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the day report"), str(start), "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        if self.report is None:
            return
        try:
            pages = render.write_day_report_pdf(self.report, path, blind=self.blind_now())
        except OSError:
            self.status.setText(self.tr("The PDF could not be saved to {path}.").format(path=path))
            return
        self.status.setText(self.tr("Saved %n page(s) to {path}.", "", pages).format(path=path))

    def _ask_print(self) -> None:
        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            pages = render.print_day_report(self.report, printer, blind=self.blind_now())
            self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
