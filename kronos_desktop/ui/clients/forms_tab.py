"""The client record's Forms tab: the client's signed forms (the records merged into theirs
included), latest first, with the date, version, witness, whether they were a minor then and
whether a later form amends it; "Open PDF", "Print…" and "Inspector's file" (the documents of
kronos_desktop/ui/clients/form_pdf.py and inspector_pdf.py, read on the reader thread and painted
here), and "Fill in a form" / "Amend…", which ask for client mode through
:attr:`FormsTab.fill_requested` (``client_id``, the form amended or None).

An opened PDF is written to a folder of the user's alone in the system's temporary folder and
handed to the system's PDF viewer.
"""

from __future__ import annotations

import enum
import logging
import os
import tempfile
import uuid
import zoneinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from kronos_desktop.store.queries.form_documents import (
    FormSummary,
    InspectorFile,
    SignedForm,
    forms_of_client,
    inspector_file,
    signed_form,
)
from kronos_desktop.ui.clients import form_pdf, inspector_pdf
from kronos_desktop.ui.clients.paper import a4_portrait
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import readable

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
MUTED = QColor("#6b6b6b")


class FormsModel(RowTableModel[FormSummary]):
    class Col(enum.IntEnum):
        DATE = 0
        FORM = 1
        WITNESS = 2
        MINOR = 3
        AMENDED = 4

    zone = zoneinfo.ZoneInfo("America/Sao_Paulo")

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.DATE: ColumnSpec(lambda: translate("FormsTab", "Signed on"), 150),
            c.FORM: ColumnSpec(lambda: translate("FormsTab", "Form"), 0),
            c.WITNESS: ColumnSpec(lambda: translate("FormsTab", "Witness"), 150),
            c.MINOR: ColumnSpec(lambda: translate("FormsTab", "Minor"), 70),
            c.AMENDED: ColumnSpec(lambda: translate("FormsTab", "Amendment"), 170),
        }

    def cell(self, row: FormSummary, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.DATE:  # the time is in the tooltip: the form's title needs the room
                return fmt.date_text(row.signed_at.astimezone(self.zone).date())
            if column == c.FORM:
                return translate("FormsTab", "{title} (version {number})").format(
                    title=row.title, number=row.template_number
                )
            if column == c.WITNESS:
                return row.witness_name
            if column == c.MINOR:
                return translate("FormsTab", "Yes") if row.minor else translate("FormsTab", "No")
            if column == c.AMENDED:
                marks = []  # whether it amends an earlier form, and whether a later one amends it
                if row.amends_id is not None:
                    marks.append(translate("FormsTab", "an amendment"))
                if row.amended_by is not None:
                    marks.append(translate("FormsTab", "Amended"))
                return " · ".join(marks)
        if role == Qt.ItemDataRole.ForegroundRole and row.amended_by is not None:
            return QBrush(readable(MUTED))
        if role == Qt.ItemDataRole.ToolTipRole:
            local = row.signed_at.astimezone(self.zone)
            lines = [
                f"{fmt.date_text(local.date())} {fmt.time_text(row.signed_at, self.zone)}",
                f"SHA-256: {row.content_sha256}",
            ]
            if row.amended_by is not None:
                lines.insert(0, translate("FormsTab", "Amended by a later form"))
            return "\n".join(lines)
        return None


def documents_folder() -> Path:
    """Where opened PDFs are written: a folder of the user's alone in the temporary folder."""
    folder = Path(tempfile.gettempdir()) / f"kronos-documents-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


class FormsTab(QWidget):
    fill_requested = Signal(object, object)  # client id, the form amended (None: a new form)
    pdf_written = Signal(object)  # the path of a PDF written to be opened
    printed = Signal(int)  # pages sent to the printer
    counted = Signal(int)  # how many forms the list shows, each time it is read

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("recordFormsTab")
        self.setAccessibleName(self.tr("Signed forms"))
        self.client_id: uuid.UUID | None = None
        self.live = True
        self.open_external = True  # hand an opened PDF to the system's viewer (tests: False)
        self.model = FormsModel(self)
        self.table = named(QTableView(), "recordFormsTable", self.tr("Signed forms"))
        configure_table(self.table, self.model)
        header = self.table.horizontalHeader()  # the form's title takes what the others leave
        for column in FormsModel.Col:
            stretch = column == FormsModel.Col.FORM
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.empty = QLabel(self.tr("No signed form yet."))
        self.empty.setObjectName("recordFormsEmpty")
        self.empty.setProperty("role", "muted")
        self.status = QLabel()
        self.status.setObjectName("recordFormsStatus")
        self.status.setWordWrap(True)
        self.fill_button = named(QPushButton(self.tr("Fill in a form…")), "recordFormsFill",
                                 self.tr("Fill in a new form with the client"))  # fmt: skip
        self.fill_button.setProperty("kind", "primary")
        self.amend_button = named(QPushButton(self.tr("Amend…")), "recordFormsAmend",
                                  self.tr("Fill in a form amending the chosen one"))  # fmt: skip
        self.open_button = named(QPushButton(self.tr("Open PDF")), "recordFormsOpenPdf",
                                 self.tr("Open the chosen form as PDF"))  # fmt: skip
        self.print_button = named(QPushButton(self.tr("Print…")), "recordFormsPrint", self.tr("Print the chosen form"))
        self.inspector_button = named(QPushButton(self.tr("Inspector's file")), "recordFormsInspector",
                                      self.tr("Open the client's file for a health inspection as PDF"))  # fmt: skip
        buttons = QHBoxLayout()
        for button in (self.fill_button, self.amend_button, self.open_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.inspector_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.fill_button.clicked.connect(self.fill)
        self.amend_button.clicked.connect(self.amend)
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(self._ask_print)
        self.inspector_button.clicked.connect(self.open_inspector_file)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.open_pdf())
        ctx.hub.rows_changed.connect(self._on_rows_changed)
        self._enable()

    # -- reading -------------------------------------------------------------------------------
    def show_client(self, client_id: uuid.UUID, *, zone: zoneinfo.ZoneInfo | None = None, live: bool = True) -> None:
        """List ``client_id``'s forms (``live``: not merged away nor erased, so a form may be filled)."""
        if client_id != self.client_id:
            self.model.set_rows([])
            self.status.clear()
        self.client_id, self.live = client_id, live
        if zone is not None:
            self.model.zone = zone
        self.refresh()

    def refresh(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        self.ctx.reads.ask(self, "forms", lambda conn: (client_id, forms_of_client(conn, client_id)), self._listed)

    def _on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if self.client_id is not None and {"consent_form", "form_template", "staff"} & changed.keys():
            self.refresh()

    def _listed(self, answer: tuple[uuid.UUID, list[FormSummary]]) -> None:
        client_id, rows = answer
        if client_id != self.client_id:
            return
        chosen = self.chosen()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.counted.emit(len(rows))
        row = self.model.find_row(chosen.id) if chosen is not None else -1
        self.table.selectRow(row if row >= 0 else 0)
        self._enable()

    def chosen(self) -> FormSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        has = self.chosen() is not None
        for button in (self.open_button, self.print_button):
            button.setEnabled(has)
        self.amend_button.setEnabled(has and self.live)
        self.fill_button.setEnabled(self.client_id is not None and self.live)
        self.inspector_button.setEnabled(self.client_id is not None)

    # -- actions -------------------------------------------------------------------------------
    def fill(self) -> None:
        if self.client_id is not None and self.live:
            self.fill_requested.emit(self.client_id, None)

    def amend(self) -> None:
        chosen = self.chosen()
        if self.client_id is not None and chosen is not None and self.live:
            self.fill_requested.emit(self.client_id, chosen.id)

    def open_pdf(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        form_id = chosen.id
        self.status.setText(self.tr("Preparing the PDF…"))
        self.ctx.reads.ask(self, "document", lambda conn: signed_form(conn, form_id), self._write_form)

    def _write_form(self, signed: SignedForm | None) -> None:
        if signed is None:
            self.status.setText(self.tr("This form is not on this desk yet (its version has not arrived)."))
            return
        self._hand_over(documents_folder() / form_pdf.file_name(signed), form_pdf.form_pdf(signed))

    def open_inspector_file(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        self.status.setText(self.tr("Preparing the PDF…"))
        self.ctx.reads.ask(self, "document", lambda conn: inspector_file(conn, client_id), self._write_file)

    def _write_file(self, file: InspectorFile | None) -> None:
        if file is None:
            self.status.setText(self.tr("This client's record is not on this desk."))
            return
        day = file.printed_at.astimezone(file.zone).date().isoformat()
        name = f"client-file-{day}-{self.client_id}.pdf"
        self._hand_over(documents_folder() / name, inspector_pdf.inspector_pdf(file))

    def _hand_over(self, path: Path, data: bytes) -> None:
        try:
            write_private(path, data)
        except OSError as exc:
            log.warning("a document could not be written to %s: %s", path, exc)
            self.status.setText(self.tr("The PDF could not be written to {path}.").format(path=path))
            return
        self.status.setText(self.tr("PDF ready: {path}").format(path=path))
        self.pdf_written.emit(path)
        if self.open_external:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _ask_print(self) -> None:
        if self.chosen() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        a4_portrait(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("recordFormsPrintDialog")
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Read the chosen form, then paint it on ``printer`` (``printed`` says when it was sent)."""
        chosen = self.chosen()
        if chosen is None:
            return
        form_id = chosen.id
        self.ctx.reads.ask(self, "document", lambda conn: signed_form(conn, form_id), lambda s: self._paint(printer, s))

    def _paint(self, printer: QPrinter, signed: SignedForm | None) -> None:
        if signed is None:
            self.status.setText(self.tr("This form is not on this desk yet (its version has not arrived)."))
            return
        try:
            pages = form_pdf.print_form(printer, signed)
        except OSError as exc:
            log.warning("a form could not be printed: %s", exc)
            self.status.setText(self.tr("The form could not be printed: the printer did not start."))
            return
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
        self.printed.emit(pages)
