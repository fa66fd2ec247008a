"""Add or edit one ink or material of the studio's list: kind, name, manufacturer, ANVISA
registration, colour, lot, and the lot's manufacture, expiry and bottle-opened dates (typed in the
locale's short format, or left empty). A refusal of the mutation (``material_invalid``: it
expires before it was made, no name) shows under the form; nothing is saved."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core.mutations import MutationError
from kronos_core.schema import MATERIAL_KINDS
from kronos_desktop.ops import forms as forms_ops
from kronos_desktop.store.queries.forms import MaterialRow
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate
TEXT_FIELDS = ("name", "manufacturer", "anvisa_registration", "colour", "lot")
DATE_FIELDS = ("manufactured_on", "expires_on", "opened_on")


def kind_text(kind: str) -> str:
    return {
        "ink": translate("Materials", "Ink"),
        "needle": translate("Materials", "Needle"),
        "disposable": translate("Materials", "Disposable"),
        "other": translate("Materials", "Other"),
    }.get(kind, kind)


def date_field(object_name: str, accessible: str) -> QLineEdit:
    """A date typed in the locale's short format, or nothing."""
    edit = named(QLineEdit(), object_name, accessible)
    edit.setPlaceholderText(fmt.date_input_format().lower())
    edit.setMaximumWidth(140)
    return edit


def date_of(edit: QLineEdit) -> dt.date | str | None:
    """The date typed (None: nothing typed; "": not a date)."""
    text = edit.text().strip()
    if not text:
        return None
    day = fmt.parse_date(text)
    return day if day is not None else ""


def set_date(edit: QLineEdit, day: dt.date | None) -> None:
    edit.setText(fmt.date_text(day) if day is not None else "")


class MaterialDialog(KeyedDialog):
    saved = Signal(object)  # the material's id

    def __init__(self, ctx: DeskContext, row: MaterialRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row  # None: a new one
        self.setObjectName("materialDialog")
        title = self.tr("New material") if row is None else self.tr("Edit material")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)

        self.kind = named(QComboBox(), "materialKind", self.tr("Kind"))
        for kind in MATERIAL_KINDS:
            self.kind.addItem(kind_text(kind), kind)
        self.texts: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Name"),
            "manufacturer": self.tr("Manufacturer"),
            "anvisa_registration": self.tr("ANVISA registration"),
            "colour": self.tr("Colour"),
            "lot": self.tr("Lot"),
        }
        limits = {"name": 120, "manufacturer": 120, "anvisa_registration": 40, "colour": 60, "lot": 60}
        for key, label in labels.items():
            edit = named(QLineEdit(), "material_" + key, label)
            edit.setMaxLength(limits[key])
            self.texts[key] = edit
        date_labels = {
            "manufactured_on": self.tr("Manufactured on"),
            "expires_on": self.tr("Expires on"),
            "opened_on": self.tr("Bottle opened on"),
        }
        self.dates = {key: date_field("material_" + key, label) for key, label in date_labels.items()}
        self.problem = QLabel()
        self.problem.setObjectName("materialProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        for key, label in labels.items():
            form.addRow(label, self.texts[key])
        for key, label in date_labels.items():
            form.addRow(label, self.dates[key])
        form.addRow("", self.problem)
        self.save_button = named(QPushButton(self.tr("Save")), "saveMaterialButton", self.tr("Save"))
        self.save_button.setProperty("kind", "primary")
        cancel = named(QPushButton(self.tr("Cancel")), "cancelMaterialButton", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if row is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
            for key in TEXT_FIELDS:
                self.texts[key].setText(getattr(row, key) or "")
            for key in DATE_FIELDS:
                set_date(self.dates[key], getattr(row, key))
        self._start = self.values()
        self.resize(460, 420)

    def primary_button(self) -> QPushButton:
        return self.save_button

    def typed(self) -> bool:
        return self.values() != self._start

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {"kind": self.kind.currentData()}
        for key in TEXT_FIELDS:
            found[key] = self.texts[key].text().strip() or None
        for key in DATE_FIELDS:
            found[key] = date_of(self.dates[key])
        return found

    def submit(self) -> None:
        values = self.values()
        bad = next((key for key in DATE_FIELDS if values[key] == ""), None)
        if bad is not None:
            self._say(self.tr("Type the date as {format}.").format(format=fmt.date_input_format().lower()))
            self.dates[bad].setFocus()
            return
        if not values["name"]:
            self._say(self.tr("Give the material a name."))
            self.texts["name"].setFocus()
            return
        self._say("")
        self.save_button.setEnabled(False)
        if self.row is None:
            material_id = uuid.uuid4()
            op = forms_ops.add_material({"material_id": material_id, **values}, parent=self)
        else:
            material_id = self.row.id
            changes, seen = forms_ops.material_changes(self.row, values)
            if not changes:
                self.accept()
                return
            op = forms_ops.update_material(material_id, changes, seen, parent=self)
        self.ctx.runner.run(op.success(lambda _a: self._saved(material_id)).failure(self._failed))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _saved(self, material_id: uuid.UUID) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(material_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, MutationError):
            self._say(refusal_text(exc))
            return
        errors.show_failure(self, exc)
