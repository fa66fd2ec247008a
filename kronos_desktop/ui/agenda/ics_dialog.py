"""Export for phones: an artist's bookings of the next 30, 90 or 365 days as an iCalendar (.ics)
file their phone's calendar imports, holding only the time, the kind and the client's initials
(kronos_core/ics.py: no health data, no full names, no notes, no phone; LGPD).

An artist at the desk exports only their own. The bookings are read and the file's bytes made
on the reader thread; the file (tens of kilobytes for a year) is written on the GUI thread.
Open it with :func:`export_ics`."""

from __future__ import annotations

import logging
import re
import unicodedata
import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core.ics import PhoneBooking, bookings_to_ics, initials
from kronos_desktop.store.queries import day_sheet as sheet_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.viewer import Viewer
from kronos_desktop.ui.agenda.print_dialog import add_artists, ask_artists, chosen_artist
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.day_view import Asker
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

log = logging.getLogger(__name__)

RANGES = (30, 90, 365)  # days from today
PRODUCT_ID = "-//KRONOS//Agenda//PT-BR"
KINDS = ("consultation", "session", "touch_up", "walk_in", "block")


def phone_file(
    conn: Connection, artist_id: uuid.UUID, artist_name: str, days: int, who: Viewer, words: dict[str, str]
) -> tuple[bytes, int]:
    """The .ics of ``artist_id``'s bookings from today (the studio's, by the desk's clock) for
    ``days`` days, and how many it holds. On the reader thread."""
    here = desk_q.here(conn)
    rows, _zone = sheet_q.phone_bookings(conn, artist_id, here.today(), days, who)
    bookings = [
        PhoneBooking(r.id, r.starts_at, r.ends_at, r.kind, r.status, initials(r.client_full_name)) for r in rows
    ]
    studio = here.studio.name if here.studio is not None else "KRONOS"
    data = bookings_to_ics(
        bookings,
        calendar_name=f"{artist_name} · {studio}",
        product_id=PRODUCT_ID,
        kind_words=words,
        stamp=here.now(),
    )
    return data, len(bookings)


def file_name(artist: str) -> str:
    """ "Júlia Tanaka" → "julia-tanaka.ics" (letters a phone's file picker shows everywhere)."""
    plain = unicodedata.normalize("NFKD", artist).encode("ascii", "ignore").decode().casefold()
    return (re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "agenda") + ".ics"


class IcsExportDialog(KeyedDialog):
    """The artist, the range, and Export…; says how many bookings went into the file."""

    exported = Signal(object, int)  # the file's path, the bookings in it

    def __init__(self, ctx: DeskContext, artist_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._wanted = artist_id
        self.setObjectName("icsExportDialog")
        self.setWindowTitle(self.tr("Export to a phone"))
        self.artist = named(QComboBox(), "icsArtist", self.tr("Artist whose bookings are exported"))
        self.range = named(QComboBox(), "icsRange", self.tr("Days to export"))
        for days in RANGES:
            self.range.addItem(self.tr("Next %n day(s)", "", days), days)
        about = QLabel(
            self.tr(
                "The file holds each booking's time, its kind and the client's initials only: no names, "
                "phones, notes or health data. Import it in the phone's calendar; a newer export updates "
                "the bookings of an older one."
            )
        )
        about.setObjectName("icsAbout")
        about.setWordWrap(True)
        about.setProperty("role", "muted")
        self.status = QLabel()
        self.status.setObjectName("icsStatus")
        self.status.setWordWrap(True)
        self.export_button = named(QPushButton(self.tr("Export…")), "icsExport", self.tr("Export the bookings"))
        self.export_button.setEnabled(False)  # until the artists are read
        self.close_button = named(QPushButton(self.tr("Close")), "icsClose", self.tr("Close"))
        form = QFormLayout()
        form.addRow(self.tr("Artist"), self.artist)
        form.addRow(self.tr("Period"), self.range)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)
        self.export_button.clicked.connect(self._ask_path)
        self.close_button.clicked.connect(self.reject)
        ask_artists(self, ctx, self._asker(), self._artists)

    def primary_button(self) -> QPushButton | None:
        return self.export_button

    def _asker(self) -> Asker:
        return Asker.of(self.ctx)

    def _artists(self, choices: list[sheet_q.Choice]) -> None:
        add_artists(self.artist, choices, self._wanted)
        self.export_button.setEnabled(bool(choices))
        if not choices:
            self.status.setText(self.tr("There is no artist whose bookings you may export."))

    def artist_id(self) -> uuid.UUID | None:
        return chosen_artist(self.artist)

    def days(self) -> int:
        return int(self.range.currentData())

    def _ask_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to a phone"),
            file_name(self.artist.currentText()),
            self.tr("Calendar files (*.ics)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Read the bookings and write them to ``path`` (``exported`` says when it is there)."""
        artist = self.artist_id()
        if artist is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        name, days, asker = self.artist.currentText(), self.days(), self._asker()
        words = {kind: fmt.kind_label(kind) for kind in KINDS}  # translated here, on the GUI thread
        self.status.setText(self.tr("Reading the bookings…"))
        self.ctx.reads.ask(
            self,
            "export",
            lambda conn: phone_file(conn, artist, name, days, asker.viewer(conn), words),
            lambda answer: self._write(path, *answer),
        )

    def _write(self, path: Path, data: bytes, count: int) -> None:
        try:
            path.write_bytes(data)
        except OSError as exc:
            log.warning("the phone's calendar could not be written to %s: %s", path, exc)
            text = self.tr("The file could not be written to {path}.").format(path=path)
            self.status.setText(text)
            self._tell(QMessageBox.Icon.Warning, "icsFailed", text, str(exc))
            return
        text = self.tr("%n booking(s) written to {path}.", "", count).format(path=path)
        self.status.setText(text)
        self.exported.emit(path, count)
        self._tell(QMessageBox.Icon.Information, "icsExported", text, "")

    def _tell(self, icon: QMessageBox.Icon, name: str, text: str, more: str) -> None:
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(icon)
        box.setWindowTitle(self.tr("Export to a phone"))
        box.setText(text)
        box.setInformativeText(more)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()


def export_ics(ctx: DeskContext, artist_id: uuid.UUID | None = None, parent: QWidget | None = None) -> IcsExportDialog:
    """Open the "Export to a phone" window over ``parent`` (window-modal, not blocking), with
    ``artist_id`` chosen when the person at the desk may export theirs; deletes itself when closed."""
    dialog = IcsExportDialog(ctx, artist_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
