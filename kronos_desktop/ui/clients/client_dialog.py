"""The client dialog: a new client (``client.create``) or, given a record, its edit
(``client.update`` with only the fields changed and the values the desk saw for them).

Every field is checked where it is typed (:class:`ClientForm`): leaving a field wrong shows its
message under it, and the message goes as soon as the field is right; Save shows them all and
saves nothing until each is right. Enter saves wherever the focus is (never Cancel); closing
with something typed or changed asks first (:class:`KeyedDialog`). Nothing typed is lost: the
dialog closes only once saved, or when the person chooses a client already registered.

A new client's likely duplicates (the same phone, e-mail or document, a similar name: read on the
reader thread) are shown before it is created, in the "Already registered?" prompt
(ui/clients/duplicate_prompt.py): "Create anyway" saves; Cancel goes back to the form as it was;
"Open that one" closes the form without saving and asks for that client's record
(:attr:`NewClientDialog.open_existing`, which the Clients view shows).
"""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection, select

from kronos_core import contact
from kronos_core.contact import format_cpf, format_phone
from kronos_core.duplicates import Person
from kronos_core.ids import uuid7
from kronos_core.mutations.base import MutationError
from kronos_core.mutations.clients import ClientCreate, ClientFields
from kronos_core.rows import encode_value
from kronos_core.schema import client, studio
from kronos_desktop.ops.clients import create_client, update_client
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.client_record import ClientRecord
from kronos_desktop.ui.clients.client_form import DOCUMENT_TYPES, FIELDS, ClientForm
from kronos_desktop.ui.clients.contact_words import sentence
from kronos_desktop.ui.clients.duplicate_prompt import DuplicateAction, ask_about_duplicates
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

__all__ = ["DOCUMENT_TYPES", "NewClientDialog"]

FORM_HEIGHT = 540  # pixels: the Contact tab's fields, their messages and the buttons


class NewClientDialog(KeyedDialog):
    """A new client, or (``record``) the edit of one. (Its name is the one its words are
    translated under.)"""

    created = Signal(object, str)  # the new client's id and full name, once saved
    updated = Signal(object)  # the edited client's id, once saved
    open_existing = Signal(object)  # "Open that one": the id of a client already registered

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, record: ClientRecord | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        editing = record is not None
        self.setObjectName("editClientDialog" if editing else "newClientDialog")
        title = self.tr("Edit client") if editing else self.tr("New client")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(720)  # its six tabs side by side, no scroll arrows
        self.client_id: uuid.UUID | None = record.id if record is not None else None
        self.saved_name = ""

        self.form = ClientForm(self)
        f = self.form
        self.error_labels = f.error_labels
        self.full_name, self.preferred_name, self.phone, self.email = f.full_name, f.preferred_name, f.phone, f.email
        self.birth_date, self.document_type, self.document_number = f.birth_date, f.document_type, f.document_number
        self.allergies, self.medical_alerts, self.notes = f.allergies, f.medical_alerts, f.notes
        self.data_consent, self.marketing_consent = f.data_consent, f.marketing_consent

        self.form_error = QLabel()
        self.form_error.setObjectName("clientFormError")
        self.form_error.setProperty("role", "error")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.buttons = QDialogButtonBox()
        self._save_text = self.tr("Save changes") if editing else self.tr("Save client")
        self.save_button = named(QPushButton(self._save_text), "saveClientButton", self._save_text)
        self.save_button.setProperty("kind", "primary")
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelClientButton", self.tr("Cancel"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        if not editing:
            intro = QLabel(self.tr("Only the full name is required; fill in what the client gives you."))
            intro.setProperty("role", "muted")
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

        f.today = ctx.today()
        if record is not None:
            f.age_of_majority = record.age_of_majority
            self._load(record)
        else:
            ctx.reads.ask(self, "majority", _age_of_majority, self._set_majority)
        f.show_age()
        self._initial = f.state()
        self._loaded = {name: f.text_of(name) for name in FIELDS}  # as the record filled them
        # A field's message comes when it is left wrong, and goes as soon as it is right.
        for name in FIELDS:
            widget = f.referral_source if name == "referral_source" else getattr(f, name)
            widget.installEventFilter(self)
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.textChanged.connect(self._recheck)
            else:
                widget.currentTextChanged.connect(self._recheck)
        self.document_type.currentIndexChanged.connect(self._recheck)

    # -- the record's values ---------------------------------------------------------------------
    def _load(self, record: ClientRecord) -> None:
        f = self.form
        for name in FIELDS:
            value = record.value(name)
            if name == "referral_source":
                f.referral_source.setCurrentText(value or "")
            elif name == "birth_date":
                if value is not None:
                    f.birth_date.setText(fmt.date_text(value))
            elif name == "tags":
                f.tags.setText(", ".join(value or []))
            elif name == "document_number":
                f.document_number.setText(
                    format_cpf(value) if (record.value("document_type") or "") == "cpf" and value else value or ""
                )
            elif name in ("phone", "guardian_phone"):
                getattr(f, name).setText(_phone_for_typing(value))
            elif name == "instagram":
                f.instagram.setText(f"@{value}" if value else "")
            else:
                widget = getattr(f, name)
                if isinstance(widget, QLineEdit):
                    widget.setText(value or "")
                else:
                    widget.setPlainText(value or "")
        kind = (record.value("document_type") or "cpf").lower()
        f.document_type.setCurrentIndex(max(0, f.document_type.findData(kind)))
        if not record.document_full:  # an artist: the document masked, and not theirs to change
            f.document_number.setText(record.document_masked)
            for widget in (f.document_number, f.document_type, f.guardian_document):
                widget.setEnabled(False)
        f.whatsapp.setChecked(bool(record.value("whatsapp")))
        f.data_consent.setChecked(bool(record.value("data_processing_consent")))
        f.marketing_consent.setChecked(bool(record.value("marketing_consent")))
        f.health_consent.setChecked(bool(record.value("health_data_consent")))
        f.blocked.setChecked(bool(record.value("blocked")))

    def _set_majority(self, age: int) -> None:
        self.form.age_of_majority = age
        self.form.show_age()

    # -- keys ------------------------------------------------------------------------------------
    def primary_button(self) -> QPushButton:
        return self.save_button  # Enter saves, wherever the focus is (never Cancel)

    def typed(self) -> bool:
        """Something typed (a new client) or changed (an edit) that closing would lose."""
        return self.form.state() != self._initial

    # -- checking --------------------------------------------------------------------------------
    def field_errors(self) -> dict[str, str]:
        return {field: label.text() for field, label in self.error_labels.items() if not label.isHidden()}

    def checked(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The client's fields from the form, and what is wrong with them field by field."""
        values, problems = self.form.values()
        if self.record is not None:  # a field left as the record had it is never refused now
            for name in FIELDS:
                if self.form.text_of(name) == self._loaded[name] and name != "full_name":
                    problems.pop(name, None)
                    values[name] = self.record.value(name) if name != "tags" else list(self.record.value(name) or [])
        try:
            given = {k: v for k, v in values.items() if v is not None}
            ClientFields.model_validate(given if self.record is None else self.changes(values))
        except ValidationError as exc:
            for error in exc.errors():
                field = str(error["loc"][0]) if error["loc"] else "full_name"
                problems.setdefault(field if field in self.error_labels else "full_name", self.tr("Check this field."))
        return values, problems

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            field = next((n for n in FIELDS if getattr(self.form, n, None) is watched), None)
            if field is not None:
                self._check_field(field)
        return super().eventFilter(watched, event)

    def _check_field(self, field: str) -> None:
        """Leaving a field: its message shows if it is wrong."""
        _values, problems = self.checked()
        if field in problems:
            self._show(field, problems[field])
            self.form.mark_tabs()

    def _show(self, field: str, message: str | None) -> None:
        label = self.error_labels[field]
        label.setText(message or "")
        label.setVisible(bool(message))

    def _recheck(self) -> None:
        """The messages shown for fields now right go at once (a changed one says its new words)."""
        shown = self.field_errors()
        if not shown:
            return
        _values, still = self.checked()
        for field in shown:
            self._show(field, still.get(field))
        self.form.mark_tabs()

    def _show_errors(self, problems: dict[str, str]) -> None:
        for field in self.error_labels:
            self._show(field, problems.get(field))
        self.form.mark_tabs()
        first = next((f for f in FIELDS if f in problems), None)
        if first is not None:
            self.form.setCurrentIndex(self.form.tab_of(first))
            widget = self.form.referral_source if first == "referral_source" else getattr(self.form, first)
            widget.setFocus()

    def validate(self) -> dict[str, Any] | None:
        values, problems = self.checked()
        self._show_errors(problems)
        return None if problems else values

    # -- saving ----------------------------------------------------------------------------------
    def submit(self) -> None:
        self.form_error.hide()
        values = self.validate()
        if values is None:
            return
        if self.record is None and not self._no_duplicate_or_create_anyway(values):
            return
        self.saved_name = str(values["full_name"])
        op: MutationOp
        if self.record is None:
            self.client_id = self.client_id or uuid7()  # the same id if saving is tried again
            create = {k: v for k, v in values.items() if v not in (None, [], False) or k == "full_name"}
            op = create_client(ClientCreate.model_validate({"client_id": self.client_id, **create}), parent=self)
        else:
            changes = self.changes(values)
            if not changes:
                self.updated.emit(self.record.id)
                self.accept()
                return
            seen = {name: encode_value(client.c[name].type, self.record.value(name)) for name in changes}
            op = update_client(self.record.id, ClientFields(**changes), seen, parent=self)
        self._set_busy(True)
        self.ctx.runner.run(op.success(self._saved).failure(self._failed))

    def _no_duplicate_or_create_anyway(self, values: dict[str, Any]) -> bool:
        """A new client's likely duplicates, read on the reader thread (the window keeps painting
        meanwhile): True when there are none or the person creates the new record anyway. "Open
        that one" closes the form, nothing saved, and asks for that record; Cancel (and a check
        that failed) keeps the form as it is."""
        candidate = Person(
            str(values["full_name"]), phone=values.get("phone"), email=values.get("email"),
            document=values.get("document_number"), birth_date=values.get("birth_date"),
        )  # fmt: skip
        self._set_busy(True)
        try:
            choice = ask_about_duplicates(self, self.ctx, candidate)
        except Exception as exc:  # the read failed: say so, keep what was typed
            self._set_busy(False)
            self.form_error.setText(self.tr("The client was not saved. Nothing you typed was lost."))
            self.form_error.show()
            errors.show_failure(self, exc)
            return False
        self._set_busy(False)
        if not self.isVisible():  # closed while the check ran (Esc, then "Discard")
            return False
        if choice.action is DuplicateAction.OPEN and choice.client_id is not None:
            QDialog.done(self, QDialog.DialogCode.Rejected)  # the person chose that record: no "Discard?"
            self.open_existing.emit(choice.client_id)
            return False
        return choice.action is DuplicateAction.CREATE

    def changes(self, values: dict[str, Any]) -> dict[str, Any]:
        """The fields whose value differs from the record's (the masked document never counts)."""
        assert self.record is not None
        changed: dict[str, Any] = {}
        for name, value in values.items():
            if name in ("document_type", "document_number", "guardian_document") and not self.record.document_full:
                continue
            before = self.record.value(name)
            if name == "tags":
                before = list(before or [])
            if isinstance(before, bool) or name in ("whatsapp", "blocked"):
                before = bool(before)
            if value != before:
                changed[name] = value
        return changed

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Saving…") if busy else self._save_text)

    def _saved(self, applied: Applied) -> None:
        self._set_busy(False)
        if self.record is None:
            self.created.emit(self.client_id, self.saved_name)
        else:
            self.updated.emit(self.record.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.form_error.setText(self.tr("The client was not saved. Nothing you typed was lost."))
        self.form_error.show()
        if isinstance(exc, MutationError):  # a field refused by the mutation: its message at the field too
            field = exc.params.get("field") or ("document_number" if exc.code == "invalid_cpf" else "")
            code = contact.CPF_INVALID if exc.code == "invalid_cpf" else exc.code
            if field in self.error_labels and code in contact.CODES:
                self._show(field, sentence(contact.ContactProblem(code)))
                self.form.mark_tabs()
        errors.show_failure(self, exc)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """Tall enough for the Contact tab without scrolling, never taller than the screen (a
        1024×600 one): the tabs scroll instead."""
        screen = self.screen()
        room = screen.availableGeometry().height() - 60
        wanted = max(self.height(), FORM_HEIGHT)
        self.resize(self.width(), min(wanted, room))


def _age_of_majority(conn: Connection) -> int:
    here = desk_q.here(conn)
    if here.studio_id is None:
        return 18
    found = conn.execute(select(studio.c.age_of_majority).where(studio.c.id == here.studio_id)).scalar()
    return int(found) if found is not None else 18


def _phone_for_typing(e164: str | None) -> str:
    return format_phone(e164) if e164 else ""
