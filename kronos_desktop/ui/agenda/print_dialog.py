"""Print the day: the day sheet of one artist or of all, saved as PDF or sent to a printer, both
from the same painting (ui/agenda/day_sheet.py).

The sheet is read on the reader thread as the person at the desk may see it (an artist: a
colleague's bookings only as "Busy"), then painted on the GUI thread (a few pages: milliseconds).
Open it with :func:`print_day`."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_desktop.store.queries import day_sheet as sheet_q
from kronos_desktop.ui.agenda import day_sheet
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.day_view import Asker
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

log = logging.getLogger(__name__)


def ask_artists(owner: QObject, ctx: DeskContext, asker: Asker, then: Callable[[list[sheet_q.Choice]], None]) -> None:
    """Read on the reader thread the artists whose bookings ``asker`` may see; ``then`` gets them."""
    ctx.reads.ask(owner, "artists", lambda conn: sheet_q.artist_choices(conn, asker.viewer(conn))[0], then)


def add_artists(combo: QComboBox, choices: list[sheet_q.Choice], wanted: uuid.UUID | None) -> None:
    """Add ``choices`` to ``combo`` and choose ``wanted`` (not there: the first item)."""
    for choice in choices:
        combo.addItem(choice.name, choice.id)
    # findData does not match a Python object (a UUID): compare each item's
    found = [i for i in range(combo.count()) if combo.itemData(i) == wanted]
    combo.setCurrentIndex(found[0] if found else 0)


def chosen_artist(combo: QComboBox) -> uuid.UUID | None:
    """The artist chosen in ``combo`` (None: none, or "All artists")."""
    data = combo.currentData()
    return data if isinstance(data, uuid.UUID) else None


class PrintDayDialog(KeyedDialog):
    """The day, the artist (or all), and Save as PDF… / Print…."""

    saved = Signal(object, int)  # the PDF's path, its pages
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self, ctx: DeskContext, day: dt.date, artist_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._wanted = artist_id
        self.setObjectName("printDayDialog")
        self.setWindowTitle(self.tr("Print the day"))
        self.date_edit = named(QDateEdit(), "printDayDate", self.tr("Day to print"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(fmt.date_input_format())
        self.date_edit.setDate(fmt.qdate(day))
        self.artist = named(QComboBox(), "printDayArtist", self.tr("Artist to print"))
        self.artist.addItem(self.tr("All artists"), None)
        self.status = QLabel()
        self.status.setObjectName("printDayStatus")
        self.status.setWordWrap(True)
        self.pdf_button = named(QPushButton(self.tr("Save as PDF…")), "printDaySavePdf", self.tr("Save the day as PDF"))
        self.print_button = named(QPushButton(self.tr("Print…")), "printDayPrint", self.tr("Print the day"))
        self.close_button = named(QPushButton(self.tr("Close")), "printDayClose", self.tr("Close"))
        for button in (self.pdf_button, self.print_button):
            button.setEnabled(False)  # until the artists are read
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.date_edit)
        form.addRow(self.tr("Artist"), self.artist)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(380)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(self._ask_print)
        self.close_button.clicked.connect(self.reject)
        ask_artists(self, ctx, self._asker(), self._artists)

    def primary_button(self) -> QPushButton | None:
        return self.pdf_button

    def _asker(self) -> Asker:
        return Asker.of(self.ctx)

    def _artists(self, choices: list[sheet_q.Choice]) -> None:
        add_artists(self.artist, choices, self._wanted)
        self.pdf_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def day(self) -> dt.date:
        return fmt.pydate(self.date_edit.date())

    def artist_id(self) -> uuid.UUID | None:
        return chosen_artist(self.artist)

    # -- PDF ------------------------------------------------------------------------------------
    def _ask_pdf(self) -> None:
        suggested = self.tr("day-{date}.pdf").format(date=self.day().isoformat())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the day as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Read the sheet, then write it to ``path`` (``saved`` says when it is there)."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._read(lambda sheet: self._write_pdf(path, sheet))

    def _write_pdf(self, path: Path, sheet: sheet_q.DaySheet) -> None:
        try:
            pages = day_sheet.save_pdf(path, sheet)
        except OSError as exc:
            log.warning("the day sheet could not be saved to %s: %s", path, exc)
            self._failed(self.tr("The PDF could not be saved to {path}.").format(path=path))
            return
        self.status.setText(self.tr("Saved %n page(s) to {path}.", "", pages).format(path=path))
        self.saved.emit(path, pages)

    # -- the printer ----------------------------------------------------------------------------
    def _ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        day_sheet.a4_portrait(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDaySystemDialog")
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Read the sheet, then paint it on ``printer`` (``printed`` says when it was sent)."""
        self._read(lambda sheet: self._paint_on(printer, sheet))

    def _paint_on(self, printer: QPrinter, sheet: sheet_q.DaySheet) -> None:
        try:
            pages = day_sheet.render(printer, sheet)
        except OSError as exc:
            log.warning("the day sheet could not be printed: %s", exc)
            self._failed(self.tr("The day could not be printed: the printer did not start."))
            return
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
        self.printed.emit(pages)

    # -- both -----------------------------------------------------------------------------------
    def _read(self, then: Callable[[sheet_q.DaySheet], None]) -> None:
        day, artist, asker = self.day(), self.artist_id(), self._asker()
        self.status.setText(self.tr("Preparing the sheet…"))
        self.ctx.reads.ask(
            self,
            "sheet",
            lambda conn: sheet_q.day_sheet(conn, day, asker.viewer(conn), artist),
            then,
        )

    def _failed(self, text: str) -> None:
        self.status.setText(text)
        box = QMessageBox(self)
        box.setObjectName("printDayFailed")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Print the day"))
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()


def print_day(
    ctx: DeskContext, day: dt.date, artist_id: uuid.UUID | None = None, parent: QWidget | None = None
) -> PrintDayDialog:
    """Open the "Print the day" window over ``parent`` (window-modal, not blocking) for ``day``
    and ``artist_id`` (None: all artists); the dialog deletes itself when closed."""
    dialog = PrintDayDialog(ctx, day, artist_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
