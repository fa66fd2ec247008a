"""The client's form, in tabs: Contact, Health, Consents, Guardian (shown when the birth date
makes the client a minor, or a guardian is written down), Notes & tags, Block.

Each field is checked by the one rule for it (:mod:`kronos_core.contact`: phone, e-mail, CPF,
birth date; the mutation's own limits for the rest): its message appears at the field when the
person leaves it wrong, and goes as soon as it is right (:mod:`client_dialog` wires that). The
form's words keep the context of the dialog they were first written for ("NewClientDialog").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kronos_core import contact
from kronos_core.people import age_on, looks_like_cpf
from kronos_desktop.ui.clients.contact_words import sentence
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named

translate = QCoreApplication.translate

DOCUMENT_TYPES = ("cpf", "rg", "passport", "other")
LINES = ("full_name", "preferred_name", "phone", "instagram", "email", "birth_date", "document_number", "address",
         "guardian_name", "guardian_document", "guardian_relationship", "guardian_phone", "tags",
         "blocked_reason")  # fmt: skip
TEXTS = ("allergies", "medical_alerts", "medication", "notes")
CHECKS = ("whatsapp", "data_processing_consent", "marketing_consent", "health_data_consent", "blocked")
# Fields in the order the form shows them (the first wrong one gets the focus).
FIELDS = ("full_name", "preferred_name", "phone", "instagram", "email", "birth_date", "document_number", "address",
          "referral_source", "allergies", "medical_alerts", "medication", "guardian_name", "guardian_document",
          "guardian_relationship", "guardian_phone", "notes", "tags", "blocked_reason")  # fmt: skip
LIMITS = {"full_name": 200, "preferred_name": 80, "address": 10_000, "referral_source": 40, "guardian_name": 200,
          "guardian_document": 32, "guardian_relationship": 40, "blocked_reason": 200, "allergies": 10_000,
          "medical_alerts": 10_000, "medication": 10_000, "notes": 10_000, "document_number": 32}  # fmt: skip
MAX_TAG = 40


def instagram_text(text: str) -> str:
    """The handle part of what was typed: a profile's address (instagram.com/ana.tattoo/) is cut
    to its handle; the rest is :func:`kronos_core.contact.normalize_instagram`'s."""
    handle = re.sub(r"^\s*(https?://)?(www\.)?instagram\.com/", "", text, flags=re.IGNORECASE)
    return handle.strip().rstrip("/")


def split_tags(text: str) -> list[str]:
    tags: list[str] = []
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in (t.casefold() for t in tags):
            tags.append(tag)
    return tags


class ClientForm(QTabWidget):
    """The fields of a client, in tabs; ``error_labels[field]`` is the message under each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientFormTabs")
        self.setAccessibleName(translate("NewClientDialog", "Client's details"))
        self.age_of_majority = 18
        self.today = dt.date(2000, 1, 1)  # the studio's today: the dialog sets it
        self.error_labels: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}
        self._titles: list[str] = []
        self.pages: dict[str, int] = {}  # a page's key ("guardian") and its tab's index

        def line(name: str, object_name: str, accessible: str, placeholder: str = "") -> QLineEdit:
            edit = named(QLineEdit(), object_name, accessible)
            if placeholder:
                edit.setPlaceholderText(placeholder)
            return edit

        def text_box(name: str, object_name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
            box = named(QPlainTextEdit(), object_name, accessible)
            box.setTabChangesFocus(True)
            box.setFixedHeight(54)
            box.setPlaceholderText(placeholder)
            return box

        # -- Contact -------------------------------------------------------------------------
        self.full_name = line("full_name", "clientFullName", translate("NewClientDialog", "Full name"))
        self.preferred_name = line(
            "preferred_name", "clientPreferredName", translate("NewClientDialog", "Preferred name"),
            translate("NewClientDialog", "Name the client prefers (social name), if different"),
        )  # fmt: skip
        self.phone = line(
            "phone", "clientPhone", translate("NewClientDialog", "Phone"),
            translate("NewClientDialog", "(11) 98765-4321 or +1 415 555 0100"),
        )  # fmt: skip
        self.whatsapp = named(
            QCheckBox(translate("NewClientDialog", "WhatsApp")),
            "clientWhatsapp",
            translate("NewClientDialog", "The phone takes WhatsApp"),
        )
        self.instagram = line("instagram", "clientInstagram", translate("NewClientDialog", "Instagram"), "@")
        self.email = line("email", "clientEmail", translate("NewClientDialog", "E-mail"))
        example = fmt.locale().toString(fmt.qdate(dt.date(1990, 12, 31)), fmt.date_input_format())
        self.birth_date = line(
            "birth_date", "clientBirthDate", translate("NewClientDialog", "Birth date"),
            translate("NewClientDialog", "e.g. {date}").format(date=example),
        )  # fmt: skip
        self.age_hint = QLabel()
        self.age_hint.setObjectName("clientAgeHint")
        self.age_hint.setProperty("role", "muted")
        self.document_type = named(QComboBox(), "clientDocumentType", translate("NewClientDialog", "Document type"))
        for code in DOCUMENT_TYPES:
            self.document_type.addItem(fmt.document_type_label(code), code)
        self.document_number = line(
            "document_number", "clientDocumentNumber", translate("NewClientDialog", "Document number")
        )
        self.address = line("address", "clientAddress", translate("NewClientDialog", "Address"))
        self.referral_source = named(
            QComboBox(), "clientReferralSource", translate("NewClientDialog", "How they found the studio")
        )
        self.referral_source.setEditable(True)
        self.referral_source.addItems(
            [
                "",
                "Instagram",
                translate("NewClientDialog", "A friend"),
                "Google",
                translate("NewClientDialog", "Passing by"),
                translate("NewClientDialog", "An event or convention"),
                "TikTok",
                translate("NewClientDialog", "Returning client"),
            ]
        )
        line_edit = self.referral_source.lineEdit()
        assert line_edit is not None
        line_edit.setMaxLength(40)
        contact_form = self._page("contact", translate("NewClientDialog", "Contact"))
        contact_form.addRow(translate("NewClientDialog", "Full name *"), self._with_error("full_name", self.full_name))
        contact_form.addRow(
            translate("NewClientDialog", "Preferred name"), self._with_error("preferred_name", self.preferred_name)
        )
        contact_form.addRow(
            translate("NewClientDialog", "Phone"), self._with_error("phone", self._row(self.phone, self.whatsapp))
        )
        contact_form.addRow(translate("NewClientDialog", "Instagram"), self._with_error("instagram", self.instagram))
        contact_form.addRow(translate("NewClientDialog", "E-mail"), self._with_error("email", self.email))
        contact_form.addRow(
            translate("NewClientDialog", "Birth date"),
            self._with_error("birth_date", self._row(self.birth_date, self.age_hint)),
        )
        contact_form.addRow(
            translate("NewClientDialog", "Document"),
            self._with_error("document_number", self._row(self.document_type, self.document_number)),
        )
        contact_form.addRow(translate("NewClientDialog", "Address"), self._with_error("address", self.address))
        contact_form.addRow(
            translate("NewClientDialog", "Found us through"), self._with_error("referral_source", self.referral_source)
        )

        # -- Health ----------------------------------------------------------------------------
        self.allergies = text_box(
            "allergies", "clientAllergies", translate("NewClientDialog", "Allergies"),
            translate("NewClientDialog", "Latex, inks, antiseptics, medicines…"),
        )  # fmt: skip
        self.medical_alerts = text_box(
            "medical_alerts", "clientMedicalAlerts", translate("NewClientDialog", "Medical alerts"),
            translate("NewClientDialog", "Diabetes, anticoagulants, pregnancy, keloids…"),
        )  # fmt: skip
        self.medication = text_box(
            "medication", "clientMedication", translate("NewClientDialog", "Medication"),
            translate("NewClientDialog", "Medicines the client takes now"),
        )  # fmt: skip
        health = self._page("health", translate("NewClientDialog", "Health"))
        health.addRow(translate("NewClientDialog", "Allergies"), self._with_error("allergies", self.allergies))
        health.addRow(
            translate("NewClientDialog", "Conditions"), self._with_error("medical_alerts", self.medical_alerts)
        )
        health.addRow(translate("NewClientDialog", "Medication"), self._with_error("medication", self.medication))

        # -- Consents --------------------------------------------------------------------------
        self.data_consent = named(
            QCheckBox(translate("NewClientDialog", "Consents to the studio keeping their data (LGPD)")),
            "clientDataConsent",
            translate("NewClientDialog", "Consent to data processing"),
            translate(
                "NewClientDialog", "The client agreed that the studio keeps and uses their data to serve them (LGPD)."
            ),
        )
        self.marketing_consent = named(
            QCheckBox(translate("NewClientDialog", "Agrees to receive news and offers")),
            "clientMarketingConsent",
            translate("NewClientDialog", "Consent to marketing"),
        )
        self.health_consent = named(
            QCheckBox(translate("NewClientDialog", "Consents, specifically, to the studio keeping their health data")),
            "clientHealthConsent",
            translate("NewClientDialog", "Consent to keeping health data"),
            translate(
                "NewClientDialog", "Health data is sensitive data (LGPD art. 11): it needs its own, specific consent."
            ),
        )
        consents = self._page("consents", translate("NewClientDialog", "Consents"))
        consents.addRow(self.data_consent)
        consents.addRow(self.marketing_consent)
        consents.addRow(self.health_consent)
        note = QLabel(
            translate(
                "NewClientDialog",
                "Health data (allergies, conditions, medication) is sensitive data under LGPD art. 11: "
                "its consent is asked for separately.",
            )
        )
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        consents.addRow(note)

        # -- Guardian --------------------------------------------------------------------------
        self.guardian_name = line("guardian_name", "guardianName", translate("NewClientDialog", "Guardian's name"))
        self.guardian_document = line(
            "guardian_document", "guardianDocument", translate("NewClientDialog", "Guardian's document")
        )
        self.guardian_relationship = line(
            "guardian_relationship", "guardianRelationship", translate("NewClientDialog", "Relationship to the client"),
            translate("NewClientDialog", "Mother, father, legal guardian…"),
        )  # fmt: skip
        self.guardian_phone = line("guardian_phone", "guardianPhone", translate("NewClientDialog", "Guardian's phone"))
        guardian = self._page("guardian", translate("NewClientDialog", "Guardian"))
        intro = QLabel(
            translate("NewClientDialog", "The client is below the studio's age of majority: their guardian.")
        )
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        guardian.addRow(intro)
        guardian.addRow(translate("NewClientDialog", "Name"), self._with_error("guardian_name", self.guardian_name))
        guardian.addRow(
            translate("NewClientDialog", "Document"), self._with_error("guardian_document", self.guardian_document)
        )
        guardian.addRow(
            translate("NewClientDialog", "Relationship"),
            self._with_error("guardian_relationship", self.guardian_relationship),
        )
        guardian.addRow(translate("NewClientDialog", "Phone"), self._with_error("guardian_phone", self.guardian_phone))

        # -- Notes & tags ----------------------------------------------------------------------
        self.notes = text_box("notes", "clientNotes", translate("NewClientDialog", "Notes"), "")
        self.notes.setFixedHeight(90)
        self.tags = line(
            "tags",
            "clientTags",
            translate("NewClientDialog", "Tags"),
            translate("NewClientDialog", "Comma-separated: fine line, VIP…"),
        )
        notes = self._page("notes", translate("NewClientDialog", "Notes & tags"))
        notes.addRow(translate("NewClientDialog", "Notes"), self._with_error("notes", self.notes))
        notes.addRow(translate("NewClientDialog", "Tags"), self._with_error("tags", self.tags))

        # -- Block -----------------------------------------------------------------------------
        self.blocked = named(
            QCheckBox(translate("NewClientDialog", "Blocked: do not book this client")),
            "clientBlocked",
            translate("NewClientDialog", "Blocked"),
        )
        self.blocked_reason = line(
            "blocked_reason", "clientBlockedReason", translate("NewClientDialog", "Reason for the block")
        )
        block = self._page("block", translate("NewClientDialog", "Block"))
        block.addRow(self.blocked)
        block.addRow(translate("NewClientDialog", "Reason"), self._with_error("blocked_reason", self.blocked_reason))
        self.blocked_reason.setEnabled(False)
        self.blocked.toggled.connect(self.blocked_reason.setEnabled)
        self.birth_date.textChanged.connect(lambda _t: self.show_age())
        self.guardian_name.textChanged.connect(lambda _t: self.show_age())
        self.show_age()

    # -- building ------------------------------------------------------------------------------
    def _page(self, key: str, title: str) -> QFormLayout:
        holder = QWidget()
        holder.setObjectName(f"clientFormPage_{key}")
        form = QFormLayout(holder)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setObjectName(f"clientFormScroll_{key}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(holder)
        title = title.replace("&", "&&")  # "Notes & tags": an ampersand, not a mnemonic
        self._titles.append(title)
        self.pages[key] = self.addTab(scroll, title)
        return form

    def _row(self, *widgets: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for i, widget in enumerate(widgets):
            row.addWidget(widget, 1 if i == len(widgets) - 1 and isinstance(widget, QLineEdit) else 0)
        if isinstance(widgets[0], QLineEdit) and not isinstance(widgets[-1], QLineEdit):
            row.setStretch(0, 1)
        return holder

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"{field}Error")
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.hide()
        column.addWidget(label)
        self.error_labels[field] = label
        self._tab_of[field] = self.count() - 1
        return holder

    # -- the tabs' marks -------------------------------------------------------------------------
    def tab_of(self, field: str) -> int:
        return self._tab_of.get(field, 0)

    def mark_tabs(self) -> None:
        """A tab holding a wrong field says so in its title ("Contact ⚠")."""
        wrong = {self._tab_of[f] for f, label in self.error_labels.items() if not label.isHidden()}
        for index, title in enumerate(self._titles):
            self.setTabText(index, f"{title} ⚠" if index in wrong else title)

    def show_age(self) -> None:
        """The age from the birth date typed, and the Guardian tab when it makes a minor."""
        born = fmt.parse_date(self.birth_date.text()) if self.birth_date.text().strip() else None
        age = age_on(born, self.today) if born is not None and born <= self.today else None
        minor = age is not None and age < self.age_of_majority
        if age is None:
            self.age_hint.setText("")
        elif minor:
            self.age_hint.setText(self.tr("%n year(s): a minor", "", age))
        else:
            self.age_hint.setText(self.tr("%n year(s)", "", age))
        self.age_hint.setProperty("role", "warning" if minor else "muted")
        self.setTabVisible(self.pages["guardian"], minor or bool(self.guardian_name.text().strip()))
        self.age_hint.style().unpolish(self.age_hint)
        self.age_hint.style().polish(self.age_hint)

    # -- values ----------------------------------------------------------------------------------
    def text_of(self, field: str) -> str:
        if field == "referral_source":
            return self.referral_source.currentText()
        widget = getattr(self, field)
        return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()

    def state(self) -> tuple[Any, ...]:
        """Everything the form holds, to tell whether the person changed anything."""
        texts = tuple(self.text_of(f) for f in FIELDS)
        checks = tuple(w.isChecked() for w in self.checks())
        return (*texts, *checks, self.document_type.currentIndex())

    def checks(self) -> list[QCheckBox]:
        return [self.whatsapp, self.data_consent, self.marketing_consent, self.health_consent, self.blocked]

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The client's fields as the mutation takes them (every field; empty text is None), and
        what is wrong, field by field, in the person's language."""
        problems: dict[str, str] = {}
        values: dict[str, Any] = {}
        for field in FIELDS:
            if field in ("phone", "guardian_phone", "email", "birth_date", "document_number", "instagram", "tags"):
                continue
            text = self.text_of(field).strip()
            if field in LIMITS and len(text) > LIMITS[field]:
                problems[field] = self._too_long(field)
            values[field] = text or None
        if not values["full_name"]:
            problems["full_name"] = translate("NewClientDialog", "Type the client's full name.")
        for field in ("phone", "guardian_phone"):
            typed = self.text_of(field)
            values[field] = None
            if typed.strip():
                try:
                    values[field] = contact.normalize_phone(typed)
                except contact.ContactProblem as problem:
                    problems[field] = sentence(problem)
        typed = self.email.text()
        values["email"] = None
        if typed.strip():
            try:
                values["email"] = contact.normalize_email(typed)
            except contact.ContactProblem as problem:
                problems["email"] = sentence(problem)
        values["instagram"] = None
        if self.instagram.text().strip():
            try:
                values["instagram"] = contact.normalize_instagram(instagram_text(self.instagram.text()))
            except contact.ContactProblem as problem:
                problems["instagram"] = sentence(problem)
        guardian_document = self.guardian_document.text()
        if looks_like_cpf(guardian_document) and not contact.cpf_valid(guardian_document):
            problems["guardian_document"] = sentence(contact.ContactProblem(contact.CPF_INVALID))
        values["birth_date"] = self._birth_date(problems)
        self._document(values, problems)
        tags = split_tags(self.tags.text())
        values["tags"] = tags
        if any(len(tag) > MAX_TAG for tag in tags):
            problems["tags"] = translate("NewClientDialog", "A tag has at most {max} characters.").format(max=MAX_TAG)
        values["whatsapp"] = self.whatsapp.isChecked()
        values["data_processing_consent"] = self.data_consent.isChecked()
        values["marketing_consent"] = self.marketing_consent.isChecked()
        values["health_data_consent"] = self.health_consent.isChecked()
        values["blocked"] = self.blocked.isChecked()
        if not values["blocked"]:
            values["blocked_reason"] = None
        return values, problems

    def _too_long(self, field: str) -> str:
        if field == "preferred_name":
            return translate("NewClientDialog", "At most 80 characters.")
        if field == "document_number":
            return translate("NewClientDialog", "At most 32 characters.")
        if LIMITS[field] >= 10_000:
            return translate("NewClientDialog", "This text is too long.")
        return translate("NewClientDialog", "At most {max} characters.").format(max=LIMITS[field])

    def _birth_date(self, problems: dict[str, str]) -> dt.date | None:
        typed = self.birth_date.text()
        if not typed.strip():
            return None
        born = fmt.parse_date(typed)
        if born is None:
            day = typed_day(typed)
            if day is not None:  # typed in order, yet not read as a date: 31/02, or 1/2/1990
                try:
                    return contact.parse_birth_date(*day, today=self.today)
                except contact.ContactProblem as problem:
                    problems["birth_date"] = sentence(problem, typed)
                    return None
            example = fmt.locale().toString(fmt.qdate(dt.date(1990, 12, 31)), fmt.date_input_format())
            problems["birth_date"] = translate("NewClientDialog", "Type the date as {example}.").format(example=example)
            return None
        try:
            return contact.parse_birth_date(born.day, born.month, born.year, self.today)
        except contact.ContactProblem as problem:
            problems["birth_date"] = sentence(problem, typed)
            return None

    def _document(self, values: dict[str, Any], problems: dict[str, str]) -> None:
        number = self.document_number.text().strip()
        kind = str(self.document_type.currentData())
        values["document_type"] = kind if number else None
        values["document_number"] = number or None
        if not number or not self.document_number.isEnabled():
            return
        if kind == "cpf":
            try:
                values["document_number"] = contact.normalize_cpf(number)
            except contact.ContactProblem as problem:
                problems["document_number"] = sentence(problem)
        elif len(number) > LIMITS["document_number"]:
            problems["document_number"] = self._too_long("document_number")


def typed_day(text: str) -> tuple[int, int, int] | None:
    """(day, month, year) of a date typed in the locale's order with a month of 1–12 and a day
    of 1–31 (31/02 is one: a day that does not exist), or None when it is not typed that way."""
    found = re.fullmatch(r"\s*(\d{1,2})\D(\d{1,2})\D(\d{4})\s*", text)
    if found is None:
        return None
    first, second, year = (int(g) for g in found.groups())
    order = fmt.date_input_format()
    day, month = (first, second) if order.find("d") < order.find("M") else (second, first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return day, month, year
