"""A client registered from the ticket, as the calendar's quick-create does it: a full name and a
phone; while the phone is typed, a client who has it already is named (with "Use {name}"); on
Save, the likely duplicates first ("Already registered?", ui/clients/duplicate_prompt.py): open
that one (the ticket takes them), create anyway, or back to the form. The new client is one
``client.create`` op (undoable); the dialog gives the ticket the client's id (``chosen``)."""

from __future__ import annotations

import uuid

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kronos_core.duplicates import Person
from kronos_core.ids import uuid7
from kronos_core.mutations.clients import ClientCreate
from kronos_core.roles import Role
from kronos_desktop.ops.clients import create_client
from kronos_desktop.store import Applied
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries.booking import ClientSummary
from kronos_desktop.store.queries.duplicates import Duplicate
from kronos_desktop.ui.agenda.client_finder import EnterMovesOn, error_label
from kronos_desktop.ui.clients.duplicate_prompt import DuplicateAction, ask_about_duplicates, check_duplicates
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.validation import normalize_phone
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext


class TicketNewClientDialog(KeyedDialog):
    chosen = Signal(object)  # the client's id: the one created, or the one already registered

    def __init__(self, ctx: DeskContext, typed: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = uuid7()  # the same at every try: never two records for one Save
        self.same: list[ClientSummary] = []
        self.busy = False
        self.setObjectName("ticketNewClientDialog")
        self.setWindowTitle(self.tr("New client"))
        self.setModal(True)
        self.name = named(QLineEdit(), "ticketNewClientName", self.tr("New client's full name"))
        self.phone = named(QLineEdit(), "ticketNewClientPhone", self.tr("New client's phone"))
        self.phone.setPlaceholderText(self.tr("(11) 98765-4321"))
        self.name_error = error_label("ticketNewClientNameError")
        self.phone_error = error_label("ticketNewClientPhoneError")
        self.same_line = QLabel()
        self.same_line.setObjectName("ticketNewClientSamePhone")
        self.same_line.setWordWrap(True)
        self.same_line.hide()
        self.use_same = named(QPushButton(), "ticketNewClientUseSame", self.tr("Use the client with this phone"))
        self.use_same.hide()
        if typed.strip():  # what was typed in the ticket's search: a name, or a phone
            (self.name if any(ch.isalpha() for ch in typed) else self.phone).setText(typed.strip())
        form = QFormLayout()
        form.addRow(self.tr("Full name *"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.phone_error)
        form.addRow(self.same_line)
        form.addRow(self.use_same)
        self.save_button = named(
            QPushButton(self.tr("Register client")), "ticketNewClientSave", self.tr("Register client")
        )
        self.save_button.setProperty("kind", "primary")
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "ticketNewClientCancel", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

        self._enter = EnterMovesOn(self)
        self.name.installEventFilter(self._enter)
        self.phone.textChanged.connect(self._phone_typed)
        self.use_same.clicked.connect(self._use_same)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        (self.phone if self.name.text() else self.name).setFocus(Qt.FocusReason.OtherFocusReason)
        if self.phone.text():
            self._phone_typed(self.phone.text())

    def primary_button(self) -> QPushButton | None:
        return self.save_button

    def typed(self) -> bool:
        return bool(self.name.text().strip() or self.phone.text().strip())

    # -- the same phone, while it is typed -----------------------------------------------------
    def _artist(self) -> uuid.UUID | None:
        return self.ctx.who.staff_id if self.ctx.who.role is Role.ARTIST else None

    def _phone_typed(self, text: str) -> None:
        reader, artist = self.ctx.reader, self._artist()
        self.ctx.reads.ask(
            self, "same", lambda conn: booking_q.same_phone(conn, reader, text, artist_id=artist), self._show_same
        )

    def _show_same(self, same: list[ClientSummary]) -> None:
        self.same = same
        self.same_line.setVisible(bool(same))
        self.use_same.setVisible(bool(same))
        if same:
            first = same[0]
            self.same_line.setText(
                self.tr("{name} already has this phone ({phone}).").format(
                    name=first.full_name, phone=fmt.phone_text(first.phone)
                )
            )
            self.use_same.setText(self.tr("Use {name}").format(name=first.full_name))

    def _use_same(self) -> None:
        if self.same:
            self._choose(self.same[0].id)

    # -- saving -------------------------------------------------------------------------------
    def args(self) -> ClientCreate | None:
        """The new client's fields checked (each problem said at its field); None: not yet."""
        raw: dict[str, object] = {"client_id": self.client_id, "full_name": self.name.text().strip()}
        phone = normalize_phone(self.phone.text())
        if phone is not None:
            raw["phone"] = phone
        self.name_error.hide()
        self.phone_error.hide()
        if not raw["full_name"]:
            self._say(self.name_error, self.tr("Type the new client's full name."))
            return None
        if phone is not None and not phone.startswith("+"):  # not a number the phone rule knows
            self._say(self.phone_error, self.tr("Area code and number, like (11) 98765-4321 (abroad: +country)."))
            return None
        try:
            return ClientCreate.model_validate(raw)
        except ValidationError as exc:
            fields = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
            if "full_name" in fields:
                self._say(self.name_error, self.tr("Type the new client's full name."))
            else:
                self._say(self.phone_error, self.tr("Area code and number, like (11) 98765-4321 (abroad: +country)."))
            return None

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    def save(self) -> None:
        if self.busy:
            return
        args = self.args()
        if args is None:
            return
        self.busy = True
        self.save_button.setEnabled(False)
        candidate = Person(args.full_name, phone=args.phone)
        check_duplicates(self, self.ctx, candidate, lambda found: self._offer(args, candidate, found))

    def _offer(self, args: ClientCreate, candidate: Person, found: list[Duplicate]) -> None:
        """Already registered? Open that one (the ticket takes them), create anyway, or back."""
        choice = ask_about_duplicates(self, self.ctx, candidate, found)
        if choice.action is DuplicateAction.OPEN and choice.client_id is not None:
            self._choose(choice.client_id)
            return
        if choice.action is DuplicateAction.CANCEL:
            self._ready()
            return
        op = create_client(args, parent=self).success(self._created).failure(self._failed)
        self.ctx.runner.run(op)

    def _created(self, _applied: Applied) -> None:
        self._choose(self.client_id)

    def _failed(self, exc: BaseException) -> None:
        self._ready()
        errors.show_failure(self, exc)

    def _ready(self) -> None:
        self.busy = False
        self.save_button.setEnabled(True)

    def _choose(self, client_id: uuid.UUID) -> None:
        self.chosen.emit(client_id)
        self.accept()
