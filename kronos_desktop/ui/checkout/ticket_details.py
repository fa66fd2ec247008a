"""Beside the ticket's lines: the client's held deposits offered to apply (each once; one past its
expiry is listed, off and marked "expired", never offered: the client record's Deposits tab
forfeits it, or moves it to a booking, which makes it good again), and the
receipt's details a later NFS-e needs (CPF or CNPJ checked by its check digits, name, address,
what the service was), filled from the client's record where it knows them."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QFrame, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from kronos_core.contact import cpf_valid
from kronos_core.pix_keys import cnpj_is_valid
from kronos_desktop.store.queries.checkout import DepositRow, TicketContext
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.widgets import named

translate = QCoreApplication.translate


def day_month(day: dt.date) -> str:
    """A date without its year, as the locale writes it: 12/11 in Brazil, 11/12 in the US."""
    pattern = re.sub(r"[^dM]*y+[^dM]*", "", fmt.date_input_format()) or "dd/MM"
    return fmt.locale().toString(fmt.qdate(day), pattern)


def document_digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def document_text(digits: str) -> str:
    """A CPF as 123.456.789-09, a CNPJ as 12.345.678/0001-95; anything else as it is."""
    if len(digits) == 11:
        return f"{digits[:3]}.{digits[3:6]}.{digits[6:9]}-{digits[9:]}"
    if len(digits) == 14:
        return f"{digits[:2]}.{digits[2:5]}.{digits[5:8]}/{digits[8:12]}-{digits[12:]}"
    return digits


def document_ok(digits: str) -> bool:
    return not digits or (len(digits) == 11 and cpf_valid(digits)) or (len(digits) == 14 and cnpj_is_valid(digits))


class DepositsBox(QFrame):
    """The client's held deposits as checkboxes: "Apply deposit R$ 100,00 taken 12/11/2026"."""

    toggled = Signal(object, bool)  # deposit id, applied

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketDeposits")
        self.setProperty("role", "card")
        self.boxes: dict[uuid.UUID, QCheckBox] = {}
        self.marks: dict[uuid.UUID, QLabel] = {}  # under an expired deposit's (off) box: why it is not offered
        title = QLabel(self.tr("Deposits held: tick to apply"))
        title.setProperty("role", "caption")
        title.setWordWrap(True)  # pt_BR's caption is wider than the side column
        self.problem = QLabel()
        self.problem.setObjectName("ticketDepositsProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addLayout(self.rows)
        layout.addWidget(self.problem)
        self.hide()

    def show_deposits(
        self,
        held: Sequence[DepositRow],
        applied: Sequence[uuid.UUID],
        currency: str,
        *,
        notes: Mapping[uuid.UUID, str] | None = None,
    ) -> None:
        """``notes``: what the studio's policy says of a deposit here (this session's, or one that
        waits for the project's first or last session), after its amount."""
        for widget in [*self.boxes.values(), *self.marks.values()]:
            widget.deleteLater()
        self.boxes, self.marks = {}, {}
        for at, row in enumerate(held):
            text = self.tr("{amount} taken {date}").format(
                amount=fmt.money_text(row.amount, currency), date=day_month(row.taken_on)
            )
            if notes and row.id in notes and not row.expired:
                text = f"{text} · {notes[row.id]}"
            box = named(QCheckBox(text), f"ticketDeposit{at}", self.tr("Apply the deposit of {text}").format(text=text))
            tips = [t for t in (row.project_title, row.note) if t]
            if row.expired:
                tips.append(
                    self.tr(
                        "It expired: it was good until {date}. Forfeit it, or move it to this booking to honour "
                        "it, from the client's Deposits tab."
                    ).format(date=fmt.date_text(row.expiry) if row.expiry is not None else "")
                )
            elif row.expiry is not None:
                tips.append(self.tr("Expires on {date}").format(date=fmt.date_text(row.expiry)))
            box.setToolTip("\n".join(tips))
            box.setChecked(row.id in applied and not row.expired)
            box.setEnabled(not row.expired)
            deposit_id = row.id
            box.toggled.connect(lambda on, d=deposit_id: self.toggled.emit(d, on))
            self.rows.addWidget(box)
            self.boxes[row.id] = box
            if row.expired:
                good_until = fmt.date_text(row.expiry) if row.expiry is not None else ""
                mark = QLabel(self.tr("Expired (good until {date}): not offered").format(date=good_until))
                mark.setObjectName(f"ticketDepositExpired{at}")
                mark.setProperty("role", "error")
                mark.setWordWrap(True)
                mark.setIndent(22)  # under the box's text, not its tick
                mark.setToolTip(box.toolTip())
                self.rows.addWidget(mark)
                self.marks[row.id] = mark
        self.setVisible(bool(held))

    def set_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))


class ReceiptDetails(QFrame):
    """The receipt's details, folded away until asked for (a receipt needs none of them)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketReceiptDetails")
        self.setProperty("role", "card")
        self.toggle = named(QToolButton(), "ticketReceiptToggle", self.tr("Receipt details"))
        self.toggle.setText(self.tr("Receipt details"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setStyleSheet("QToolButton { border: none; font-weight: 600; }")
        self.summary = QLabel()
        self.summary.setObjectName("ticketReceiptSummary")
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)
        self.document = named(QLineEdit(), "ticketFiscalDocument", self.tr("CPF or CNPJ for the receipt"))
        self.document.setPlaceholderText("000.000.000-00")
        self.document_problem = QLabel()
        self.document_problem.setObjectName("ticketFiscalDocumentProblem")
        self.document_problem.setProperty("role", "error")
        self.document_problem.setWordWrap(True)
        self.document_problem.hide()
        self.name = named(QLineEdit(), "ticketFiscalName", self.tr("Name on the receipt"))
        self.name.setMaxLength(200)
        self.address = named(QLineEdit(), "ticketFiscalAddress", self.tr("Address on the receipt"))
        self.service = named(QLineEdit(), "ticketServiceDescription", self.tr("Service description"))
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 4, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(2)
        form.addRow(self.tr("CPF or CNPJ"), self.document)
        form.addRow("", self.document_problem)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Service"), self.service)
        self.fields.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.summary)
        layout.addWidget(self.fields)

        self.toggle.toggled.connect(self._unfold)
        for line in (self.document, self.name, self.address, self.service):
            line.textEdited.connect(lambda _t: self.changed.emit())
        self.document.textEdited.connect(lambda _t: self.document_problem.hide())
        self.document.editingFinished.connect(self.check_document)

    def _unfold(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.fields.setVisible(on)
        self.summary.setVisible(not on)
        self._summarise()
        if on:
            self.document.setFocus()

    def set_values(self, document: str, name: str, address: str, service: str, service_hint: str = "") -> None:
        self.document.setText(document_text(document))
        self.name.setText(name)
        self.address.setText(address)
        self.service.setText(service)
        self.service.setPlaceholderText(service_hint)
        self.document_problem.hide()
        self._summarise()

    def values(self) -> tuple[str, str, str, str]:
        return (
            document_digits(self.document.text()),
            self.name.text().strip(),
            self.address.text().strip(),
            self.service.text().strip(),
        )

    def problem(self) -> str | None:
        digits = document_digits(self.document.text())
        if document_ok(digits):
            return None
        if len(digits) not in (11, 14):
            return self.tr("A CPF has 11 digits and a CNPJ 14.")
        return self.tr("This CPF or CNPJ is not valid: check its digits.")

    def check_document(self) -> bool:
        problem = self.problem()
        self.document_problem.setText(problem or "")
        self.document_problem.setVisible(bool(problem))
        if problem is None and self.document.text().strip():
            self.document.setText(document_text(document_digits(self.document.text())))
        self._summarise()
        return problem is None

    def _summarise(self) -> None:
        document, name, _address, _service = self.values()
        parts = [p for p in (document_text(document), name) if p]
        self.summary.setText(" · ".join(parts) if parts else self.tr("None: add a CPF or CNPJ for an invoice later."))


def policy_notes(context: TicketContext) -> dict[uuid.UUID, str]:
    """The studio's deposit policy on this booking's ticket (kronos_core.deposits.applies_now, read
    by store/queries/checkout_tickets.py): "this session" for the deposits it applies here, and for a
    project's deposit that waits, the session it waits for."""
    notes = {d: translate("DepositsBox", "this session") for d in context.applies_here}
    for d, when in context.waits_for.items():
        notes[d] = (
            translate("DepositsBox", "applied at the project's first session")
            if when == "first"
            else translate("DepositsBox", "applied at the project's last session")
        )
    return notes
