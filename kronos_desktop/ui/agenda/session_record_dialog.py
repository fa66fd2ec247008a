"""After the session, its traceability record (issue 14): the artist writes on the booking where
on the body, any adverse reaction, each product used — picked from the studio's list of inks and
materials (its name, manufacturer, ANVISA registration, colour, lot and dates come filled in) or
typed — the needle and disposable lots and the autoclave cycle.

The record is append-only: the booking's earlier records are listed, and "Add a correction"
starts a new record from the one chosen, pointing at it (``corrects_id``); nothing is ever
changed. An expired lot (against the session's date, in the studio's zone) or an ink with no
ANVISA registration is refused with a clear message before anything is sent
(kronos_core.traceability, the mutation's own rule), the rows at fault shaded; the mutation
refuses them too. Opened from the booking's menu ("Session record…")."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core import traceability
from kronos_core.instants import utcnow
from kronos_core.mutations import MutationError
from kronos_desktop.ops import forms as forms_ops
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import forms as forms_q
from kronos_desktop.store.queries.booking import Booking
from kronos_desktop.store.queries.forms import MaterialRow, SessionRecordRow
from kronos_desktop.ui.agenda.session_record_parts import (
    ProductDates,
    ProductsTable,
    lots_of,
    material_label,
    record_details,
    record_title,
    session_day,
)
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext


@dataclass(frozen=True)
class SessionRead:
    booking: Booking | None
    here: desk_q.Here
    materials: list[MaterialRow] = field(default_factory=list)
    records: list[SessionRecordRow] = field(default_factory=list)  # newest first


def read_session(conn: Connection, appointment_id: uuid.UUID) -> SessionRead:
    here = desk_q.here(conn)
    found = booking_q.booking(conn, appointment_id)
    if found is None or here.studio_id is None:
        return SessionRead(found, here)
    materials = forms_q.materials(conn, here.studio_id, active_only=True)
    return SessionRead(found, here, materials, forms_q.session_records(conn, appointment_id))


class SessionRecordDialog(KeyedDialog):
    saved = Signal(object)  # the new record's id

    def __init__(self, ctx: DeskContext, appointment_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment_id = appointment_id
        self.read: SessionRead | None = None
        self.corrects_id: uuid.UUID | None = None
        self.setObjectName("sessionRecordDialog")
        title = self.tr("Session record")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)

        self.heading = QLabel()
        self.heading.setObjectName("sessionHeading")
        self.heading.setProperty("role", "subtitle")
        self.heading.setWordWrap(True)
        self.records = named(QListWidget(), "sessionEarlierRecords", self.tr("Earlier records"))
        self.records.setMaximumHeight(80)
        self.correct_button = named(
            QPushButton(self.tr("Add a correction")),
            "sessionCorrect",
            self.tr("Add a correction"),
            self.tr("A new record, filled in from the one chosen, that corrects it (records are never changed)."),
        )
        self.correct_button.clicked.connect(self.start_correction)
        self.records.itemSelectionChanged.connect(self._follow)
        self.correcting = QLabel()
        self.correcting.setObjectName("sessionCorrecting")
        self.correcting.setProperty("role", "warning")
        self.correcting.hide()

        self.location = named(QLineEdit(), "sessionBodyLocation", self.tr("Body location"))
        self.location.setMaxLength(200)
        self.location.setPlaceholderText(self.tr("e.g. left forearm, inner side"))
        self.reactions = named(QPlainTextEdit(), "sessionAdverseReactions", self.tr("Adverse reactions"))
        self.reactions.setPlaceholderText(self.tr("None observed"))
        self.reactions.setMaximumHeight(60)
        self.reactions.setTabChangesFocus(True)
        self.products = ProductsTable()
        self.product_dates = ProductDates(self.products)
        self.picker = named(QComboBox(), "sessionMaterialPicker", self.tr("Inks and materials"))
        self.pick_button = named(
            QPushButton(self.tr("Add from the list")), "sessionAddPicked", self.tr("Add from the list")
        )
        self.pick_button.clicked.connect(self.add_picked)
        self.type_button = named(QPushButton(self.tr("Type a product")), "sessionAddTyped", self.tr("Type a product"))
        self.type_button.clicked.connect(lambda: self.products.add_product())
        self.remove_button = named(QPushButton(self.tr("Remove")), "sessionRemoveProduct", self.tr("Remove product"))
        self.remove_button.clicked.connect(self.products.remove_selected)
        self.needles = named(QLineEdit(), "sessionNeedleLots", self.tr("Needle lots"))
        self.needles.setPlaceholderText(self.tr("Lots separated by commas"))
        self.disposables = named(QLineEdit(), "sessionDisposableLots", self.tr("Disposable lots"))
        self.disposables.setPlaceholderText(self.tr("Lots separated by commas"))
        self.autoclave = named(QLineEdit(), "sessionAutoclaveCycle", self.tr("Autoclave cycle"))
        self.autoclave.setMaxLength(60)
        self.problem = QLabel()
        self.problem.setObjectName("sessionProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        earlier = QHBoxLayout()
        earlier.addWidget(self.records, 1)
        earlier.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignTop)
        pick = QHBoxLayout()
        pick.addWidget(self.picker, 1)
        pick.addWidget(self.pick_button)
        pick.addWidget(self.type_button)
        pick.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow(self.tr("Body location"), self.location)
        form.addRow(self.tr("Adverse reactions"), self.reactions)
        form.addRow(self.tr("Needle lots"), self.needles)
        form.addRow(self.tr("Disposable lots"), self.disposables)
        form.addRow(self.tr("Autoclave cycle"), self.autoclave)
        products_title = QLabel(self.tr("Products used"))
        products_title.setProperty("role", "subtitle")
        earlier_title = QLabel(self.tr("Earlier records (never changed; a correction is a new record)"))
        earlier_title.setProperty("role", "muted")

        self.save_button = named(QPushButton(self.tr("Save record")), "saveSessionRecord", self.tr("Save record"))
        self.save_button.setProperty("kind", "primary")
        self.save_button.setEnabled(False)  # until the booking is read
        cancel = named(QPushButton(self.tr("Cancel")), "cancelSessionRecord", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(earlier_title)
        layout.addLayout(earlier)
        layout.addWidget(self.correcting)
        layout.addLayout(form)
        layout.addWidget(products_title)
        layout.addLayout(pick)
        layout.addWidget(self.products, 1)
        layout.addWidget(self.product_dates)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._start = self._values_key()
        screen = self.screen().availableGeometry()  # as wide as the screen allows (1024 at least), up to 1180
        self.resize(min(1180, max(1000, screen.width() - 24)), min(600, max(560, screen.height() - 40)))
        self.refresh()

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        appointment_id = self.appointment_id
        self.ctx.reads.ask(self, "session", lambda conn: read_session(conn, appointment_id), self.show_read)

    def show_read(self, read: SessionRead) -> None:
        self.read = read
        found = read.booking
        if found is None:
            self.heading.setText(self.tr("This booking is no longer in the calendar."))
            self.save_button.setEnabled(False)
            return
        zone = read.here.zone
        when = fmt.local_time(found.starts_at, zone)
        self.heading.setText(
            self.tr("{client} with {artist}, {date} at {time}").format(
                client=found.client.full_name if found.client is not None else self.tr("No client"),
                artist=found.artist_name,
                date=fmt.date_text(when.date()),
                time=fmt.time_text(found.starts_at, zone),
            )
        )
        self.picker.clear()
        day = session_day(found.starts_at, zone)
        for row in read.materials:
            label = material_label(row)
            if row.expired_on(day):
                label = self.tr("{material} (expired)").format(material=label)
            self.picker.addItem(label, row.id.hex)  # text: a combo finds it back by value
        self.picker.setEnabled(bool(read.materials))
        self.pick_button.setEnabled(bool(read.materials))
        if not read.materials:
            self.picker.addItem(self.tr("No materials on the studio's list yet: type them"))
        self.records.clear()
        numbers = {r.id: n for n, r in enumerate(reversed(read.records), start=1)}
        for record in read.records:
            item = QListWidgetItem(record_title(record, zone, numbers))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setToolTip(record_details(record))
            self.records.addItem(item)
        if not read.records:
            self.records.addItem(QListWidgetItem(self.tr("No record yet for this session.")))
        self.save_button.setEnabled(True)
        self._follow()

    def _follow(self) -> None:
        self.correct_button.setEnabled(self.chosen_record() is not None)

    def chosen_record(self) -> SessionRecordRow | None:
        items = self.records.selectedItems()
        record_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        if self.read is None or record_id is None:
            return None
        return next((r for r in self.read.records if r.id == record_id), None)

    # -- filling in --------------------------------------------------------------------------
    def add_picked(self) -> None:
        if self.read is None:
            return
        material_id = self.picker.currentData()
        row = next((m for m in self.read.materials if m.id.hex == material_id), None)
        if row is not None:
            self.products.add_product(row.product())

    def start_correction(self) -> None:
        """A new record from the one chosen, that corrects it."""
        row = self.chosen_record()
        if row is None:
            return
        self.corrects_id = row.id
        self.location.setText(row.body_location)
        self.reactions.setPlainText(row.adverse_reactions or "")
        self.needles.setText(", ".join(row.needle_lots))
        self.disposables.setText(", ".join(row.disposable_lots))
        self.autoclave.setText(row.autoclave_cycle or "")
        self.products.setRowCount(0)
        for product in row.products:
            self.products.add_product(product)
        self.correcting.setText(
            self.tr(
                "Correcting the record of {date}: saving adds a new record; the earlier one stays as it was."
            ).format(date=fmt.date_text(fmt.local_time(row.recorded_at, self._zone()).date()))
        )
        self.correcting.show()
        self.location.setFocus()

    def _zone(self) -> Any:
        return self.read.here.zone if self.read is not None else self.ctx.zone()

    # -- saving ------------------------------------------------------------------------------
    def primary_button(self) -> QPushButton:
        return self.save_button

    def typed(self) -> bool:
        return self._values_key() != self._start

    def _values_key(self) -> tuple[Any, ...]:
        products, _bad = self.products.products()
        return (
            self.location.text().strip(), self.reactions.toPlainText().strip(), repr(products),
            self.needles.text().strip(), self.disposables.text().strip(), self.autoclave.text().strip(),
        )  # fmt: skip

    def refusal(self, products: list[dict[str, Any]], day: dt.date) -> tuple[str | None, set[int]]:
        """Why the record cannot be saved (None: it can) and the products at fault."""
        expired = [i for i, p in enumerate(products) if traceability.is_expired(p, day)]
        if expired:
            first = products[expired[0]]
            expires = traceability.as_date(first.get("expires_on"))
            text = self.tr(
                "{name} (lot {lot}) expired on {date}, before this session's date ({day}). "
                "An expired lot cannot be recorded as used."
            ).format(
                name=first.get("name") or self.tr("A product"),
                lot=first.get("lot") or "—",
                date=fmt.date_text(expires) if expires is not None else "",
                day=fmt.date_text(day),
            )
            return text, set(expired)
        unregistered = [i for i, p in enumerate(products) if traceability.is_unregistered_ink(p)]
        if unregistered:
            first = products[unregistered[0]]
            text = self.tr(
                "The ink {name} has no ANVISA registration number. Only registered inks can be recorded as used."
            ).format(name=first.get("name") or "")
            return text, set(unregistered)
        return None, set()

    def submit(self) -> None:
        found = self.read.booking if self.read is not None else None
        if self.read is None or found is None:
            return
        location = self.location.text().strip()
        if not location:
            self._say(self.tr("Say where on the body the session was."))
            self.location.setFocus()
            return
        products, bad = self.products.products()
        if bad:
            self._say(self.tr("Type the dates as {format}.").format(format=fmt.date_input_format().lower()))
            self.products.mark(set())
            return
        missing = next((p for p in products if not p.get("name")), None)
        if missing is not None:
            self._say(self.tr("Give each product its name."))
            return
        text, at_fault = self.refusal(products, session_day(found.starts_at, self.read.here.zone))
        self.products.mark(at_fault)
        if text is not None:
            self._say(text)
            return
        self._say("")
        self.save_button.setEnabled(False)
        record_id = uuid.uuid4()
        op = forms_ops.add_session_record(
            record_id,
            appointment_id=self.appointment_id,
            body_location=location,
            adverse_reactions=self.reactions.toPlainText(),
            products=products,
            needle_lots=lots_of(self.needles.text()),
            disposable_lots=lots_of(self.disposables.text()),
            autoclave_cycle=self.autoclave.text(),
            recorded_at=self._now(),
            corrects_id=self.corrects_id,
            parent=self,
        )
        self.ctx.runner.run(op.success(lambda _a: self._saved(record_id)).failure(self._failed))

    def _now(self) -> dt.datetime:
        """The desk's corrected clock now (the record's recorded_at)."""
        state = self.ctx.desk()
        return state.now() if state is not None else utcnow()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _saved(self, record_id: uuid.UUID) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(record_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, MutationError):
            self._say(refusal_text(exc))
            if exc.code in ("material_expired", "ink_unregistered"):
                products, _bad = self.products.products()
                name = exc.params.get("name")
                self.products.mark({i for i, p in enumerate(products) if p.get("name") == name})
            return
        errors.show_failure(self, exc)
