"""The "New client" dialog: checks each field, shows what is wrong next to it, and saves
through the ``client.create`` op. Nothing typed is lost: the dialog closes only once saved."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core.ids import uuid7
from kronos_core.mutations.clients import ClientCreate
from kronos_core.people import cpf_is_valid
from kronos_desktop.ops.clients import create_client
from kronos_desktop.store import Applied
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.validation import normalize_phone
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

DOCUMENT_TYPES = ("cpf", "rg", "passport", "other")
FIELDS = ("full_name", "preferred_name", "phone", "email", "birth_date", "document_number", "allergies",
          "medical_alerts", "notes")  # fmt: skip


class NewClientDialog(KeyedDialog):
    created = Signal(object, str)  # the new client's id and full name, once saved

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("newClientDialog")
        self.setAccessibleName(self.tr("New client"))
        self.setWindowTitle(self.tr("New client"))
        self.setModal(True)
        self.setMinimumWidth(620)
        self.client_id: uuid.UUID | None = None
        self.saved_name = ""

        self.full_name = named(QLineEdit(), "clientFullName", self.tr("Full name"))
        self.preferred_name = named(QLineEdit(), "clientPreferredName", self.tr("Preferred name"))
        self.preferred_name.setPlaceholderText(self.tr("Name the client prefers (social name), if different"))
        self.phone = named(QLineEdit(), "clientPhone", self.tr("Phone"))
        self.phone.setPlaceholderText(self.tr("(11) 98765-4321 or +1 415 555 0100"))
        self.email = named(QLineEdit(), "clientEmail", self.tr("E-mail"))
        self.birth_date = named(QLineEdit(), "clientBirthDate", self.tr("Birth date"))
        example = fmt.locale().toString(fmt.qdate(dt.date(1990, 12, 31)), fmt.date_input_format())
        self.birth_date.setPlaceholderText(self.tr("e.g. {date}").format(date=example))
        self.document_type = named(QComboBox(), "clientDocumentType", self.tr("Document type"))
        for code in DOCUMENT_TYPES:
            self.document_type.addItem(fmt.document_type_label(code), code)
        self.document_number = named(QLineEdit(), "clientDocumentNumber", self.tr("Document number"))
        self.allergies = named(QPlainTextEdit(), "clientAllergies", self.tr("Allergies"))
        self.medical_alerts = named(QPlainTextEdit(), "clientMedicalAlerts", self.tr("Medical alerts"))
        self.notes = named(QPlainTextEdit(), "clientNotes", self.tr("Notes"))
        for box in (self.allergies, self.medical_alerts, self.notes):
            box.setTabChangesFocus(True)
            box.setFixedHeight(54)
        self.allergies.setPlaceholderText(self.tr("Latex, inks, antiseptics, medicines…"))
        self.medical_alerts.setPlaceholderText(self.tr("Diabetes, anticoagulants, pregnancy, keloids…"))
        self.data_consent = named(
            QCheckBox(self.tr("Consents to the studio keeping their data (LGPD)")),
            "clientDataConsent",
            self.tr("Consent to data processing"),
            self.tr("The client agreed that the studio keeps and uses their data to serve them (LGPD)."),
        )
        self.marketing_consent = named(
            QCheckBox(self.tr("Agrees to receive news and offers")),
            "clientMarketingConsent",
            self.tr("Consent to marketing"),
        )

        self.error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Full name *"), self._with_error("full_name", self.full_name))
        form.addRow(self.tr("Preferred name"), self._with_error("preferred_name", self.preferred_name))
        form.addRow(self.tr("Phone"), self._with_error("phone", self.phone))
        form.addRow(self.tr("E-mail"), self._with_error("email", self.email))
        form.addRow(self.tr("Birth date"), self._with_error("birth_date", self.birth_date))
        document = QWidget()
        document_row = QHBoxLayout(document)
        document_row.setContentsMargins(0, 0, 0, 0)
        document_row.addWidget(self.document_type)
        document_row.addWidget(self.document_number, 1)
        form.addRow(self.tr("Document"), self._with_error("document_number", document))
        form.addRow(self.tr("Allergies"), self._with_error("allergies", self.allergies))
        form.addRow(self.tr("Medical alerts"), self._with_error("medical_alerts", self.medical_alerts))
        form.addRow(self.tr("Notes"), self._with_error("notes", self.notes))
        form.addRow("", self.data_consent)
        form.addRow("", self.marketing_consent)

        self.form_error = QLabel()
        self.form_error.setObjectName("clientFormError")
        self.form_error.setProperty("role", "error")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = named(QPushButton(self.tr("Save client")), "saveClientButton", self.tr("Save client"))
        self.save_button.setProperty("kind", "primary")
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelClientButton", self.tr("Cancel"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        # A field's message goes as soon as the field is right, not at the next save.
        for line in (
            self.full_name,
            self.preferred_name,
            self.phone,
            self.email,
            self.birth_date,
            self.document_number,
        ):
            line.textChanged.connect(self._recheck)
        for box in (self.allergies, self.medical_alerts, self.notes):
            box.textChanged.connect(self._recheck)
        self.document_type.currentIndexChanged.connect(self._recheck)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        intro = QLabel(self.tr("Only the full name is required; fill in what the client gives you."))
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"{field}Error")
        label.setProperty("role", "error")
        # Not word-wrapped: a long message widens the dialog instead of being cut off.
        label.hide()
        column.addWidget(label)
        self.error_labels[field] = label
        return holder

    # -- keys --------------------------------------------------------------------------------
    def primary_button(self) -> QPushButton:
        return self.save_button  # Enter saves, wherever the focus is (never Cancel)

    def typed(self) -> bool:
        texts = [w.text() for w in self.findChildren(QLineEdit)]
        texts += [w.toPlainText() for w in self.findChildren(QPlainTextEdit)]
        ticked = self.data_consent.isChecked() or self.marketing_consent.isChecked()
        return ticked or any(text.strip() for text in texts)

    # -- checking ----------------------------------------------------------------------------
    def field_errors(self) -> dict[str, str]:
        return {field: label.text() for field, label in self.error_labels.items() if not label.isHidden()}

    def checked(self) -> tuple[ClientCreate | None, dict[str, str]]:
        """The arguments the form makes, and what is wrong with it field by field (nothing shown)."""
        raw, problems = self.arguments()
        args: ClientCreate | None = None
        try:
            args = ClientCreate.model_validate(raw)
        except ValidationError as exc:
            for error in exc.errors():
                field = str(error["loc"][0]) if error["loc"] else ""
                if field not in self.error_labels:
                    field = field if field else "full_name"
                problems.setdefault(field, self._message(field, dict(error)))
        return args, problems

    def _recheck(self) -> None:
        """The messages shown for fields now right are taken away (new ones wait for Save)."""
        shown = self.field_errors()
        if not shown:
            return
        _args, still = self.checked()
        for field in shown:
            if field not in still:
                self.error_labels[field].hide()

    def _show_errors(self, problems: dict[str, str]) -> None:
        for field, label in self.error_labels.items():
            message = problems.get(field)
            label.setText(message or "")
            label.setVisible(bool(message))
        first = next((f for f in FIELDS if f in problems), None)
        if first is not None:
            widget = getattr(self, first)
            assert isinstance(widget, QWidget)
            widget.setFocus()

    def _message(self, field: str, error: dict[str, Any] | None = None) -> str:
        messages = {
            "full_name": self.tr("Type the client's full name."),
            "preferred_name": self.tr("At most 80 characters."),
            "phone": self.tr("Area code and number, like (11) 98765-4321 (abroad: +country)."),
            "email": self.tr("This does not look like an e-mail address (name@example.com)."),
            "birth_date": self.tr("Type the date as {example}.").format(
                example=fmt.locale().toString(fmt.qdate(dt.date(1990, 12, 31)), fmt.date_input_format())
            ),
            "document_number": self.tr("At most 32 characters."),
        }
        if error is not None and error.get("type") == "string_too_long" and field in ("allergies", "medical_alerts",
                                                                                        "notes"):  # fmt: skip
            return self.tr("This text is too long.")
        return messages.get(field, self.tr("Check this field."))

    def arguments(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The mutation's raw arguments from the form, and the problems found before parsing."""
        problems: dict[str, str] = {}
        raw: dict[str, Any] = {"client_id": self.client_id or uuid7(), "full_name": self.full_name.text()}

        def text(name: str, widget: QLineEdit | QPlainTextEdit) -> None:
            value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            if value.strip():
                raw[name] = value.strip()

        text("preferred_name", self.preferred_name)
        text("email", self.email)
        text("allergies", self.allergies)
        text("medical_alerts", self.medical_alerts)
        text("notes", self.notes)
        phone = normalize_phone(self.phone.text())
        if phone is not None:
            raw["phone"] = phone
        if self.birth_date.text().strip():
            born = fmt.parse_date(self.birth_date.text())
            if born is None and not_a_day(self.birth_date.text()):
                problems["birth_date"] = self.tr("This date does not exist: {date}.").format(
                    date=self.birth_date.text().strip()
                )
            elif born is None:
                problems["birth_date"] = self._message("birth_date")
            elif born > self.ctx.today():
                problems["birth_date"] = self.tr("The birth date cannot be in the future.")
            elif born.year < 1900:
                problems["birth_date"] = self.tr("Check the year of birth.")
            else:
                raw["birth_date"] = born
        number = self.document_number.text().strip()
        if number:
            kind = str(self.document_type.currentData())
            raw["document_type"] = kind
            if kind == "cpf":
                if not cpf_is_valid(number):
                    problems["document_number"] = self.tr("This CPF is not valid: check its 11 digits.")
                number = re.sub(r"\D", "", number)
            raw["document_number"] = number
        raw["data_processing_consent"] = self.data_consent.isChecked()
        raw["marketing_consent"] = self.marketing_consent.isChecked()
        return raw, problems

    def validate(self) -> ClientCreate | None:
        args, problems = self.checked()
        self._show_errors(problems)
        QTimer.singleShot(0, self.adjustSize)  # room for the messages that appeared
        return None if problems else args

    # -- saving ------------------------------------------------------------------------------
    def submit(self) -> None:
        self.form_error.hide()
        args = self.validate()
        if args is None:
            return
        self.client_id = args.client_id  # the same id if saving is tried again
        self.saved_name = args.full_name
        self._set_busy(True)
        op = create_client(args, parent=self).success(self._saved).failure(self._failed)
        self.ctx.runner.run(op)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Saving…") if busy else self.tr("Save client"))

    def _saved(self, applied: Applied) -> None:
        self._set_busy(False)
        self.created.emit(self.client_id, self.saved_name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.form_error.setText(self.tr("The client was not saved. Nothing you typed was lost."))
        self.form_error.show()
        errors.show_failure(self, exc)


def not_a_day(text: str) -> bool:
    """Typed as a date in the locale's order (day, month, year for pt-BR), with a month of 1–12
    and a day of 1–31, yet no such day: 31/02, 31/04, 29/02 of a common year."""
    found = re.fullmatch(r"\s*(\d{1,2})\D(\d{1,2})\D(\d{4})\s*", text)
    if found is None:
        return False
    first, second, year = (int(g) for g in found.groups())
    order = fmt.date_input_format()
    day, month = (first, second) if order.find("d") < order.find("M") else (second, first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        dt.date(year, month, day)
    except ValueError:
        return True
    return False
