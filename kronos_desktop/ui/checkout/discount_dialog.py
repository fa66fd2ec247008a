"""A discount on a line or on the whole ticket: an amount or a percent, and its reason (required:
the owner reads it later). A discount above what it is taken from is said at the field, and
nothing changes until it is right."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kronos_core.ticket import BPS, percent_of
from kronos_desktop import i18n
from kronos_desktop.ui.checkout.click_guard import guard_clicks
from kronos_desktop.ui.checkout.money_field import MoneyField
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.widgets import named

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Discount:
    amount: int = 0  # centavos, when typed as an amount
    bps: int | None = None  # basis points, when typed as a percent (wins over amount)
    reason: str = ""

    def is_none(self) -> bool:
        return self.bps is None and not self.amount


def parse_percent(text: str, language: str) -> int | None:
    """A percent as typed ("10", "12,5", "12.5 %") in basis points; None when it is not one."""
    cleaned = text.strip().rstrip("%").strip()
    if not cleaned:
        return None
    decimal = "," if language.lower().startswith("pt") else "."
    cleaned = cleaned.replace(decimal, ".") if decimal == "," else cleaned
    whole, _, part = cleaned.partition(".")
    if not whole.isdigit() or (part and not part.isdigit()) or len(part) > 2 or cleaned.count(".") > 1:
        return None
    return int(whole) * 100 + int(part.ljust(2, "0") or "0")


class DiscountDialog(KeyedDialog):
    """``limit``: what the discount is taken from (the line's gross, the ticket after its lines'
    discounts); ``scope``: "line" or "ticket" (the words change). On OK, ``discount`` is set;
    "No discount" takes it off (``discount`` is a :class:`Discount` with nothing)."""

    def __init__(
        self,
        limit: int,
        current: Discount,
        *,
        scope: str = "line",
        currency: str = "BRL",
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.limit = limit
        self.scope = scope
        self.currency = currency
        self.language = language or i18n.current_language()
        self.discount: Discount | None = None
        self.setObjectName("discountDialog")
        title = self.tr("Ticket discount") if scope == "ticket" else self.tr("Line discount")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        guard_clicks(self)  # the second click of the double-click that opened it

        of = QLabel(
            (
                self.tr("Taken from the ticket's {amount}.")
                if scope == "ticket"
                else self.tr("Taken from the line's {amount}.")
            ).format(amount=fmt.money_text(limit, currency))
        )
        of.setObjectName("discountOf")
        of.setProperty("role", "muted")
        self.as_amount = named(QRadioButton(self.tr("Amount")), "discountAsAmount", self.tr("Discount as an amount"))
        self.as_percent = named(QRadioButton(self.tr("Percent")), "discountAsPercent", self.tr("Discount as a percent"))
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.as_amount)
        self.kind.addButton(self.as_percent)
        self.amount = MoneyField(
            self, object_name="discountAmount", accessible_name=self.tr("Discount amount"), language=self.language
        )
        self.percent = named(QLineEdit(), "discountPercent", self.tr("Discount percent"))
        self.percent.setPlaceholderText("10 %")
        self.percent_problem = QLabel()
        self.percent_problem.setObjectName("discountPercentProblem")
        self.percent_problem.setProperty("role", "error")
        self.percent_problem.setWordWrap(True)
        self.percent_problem.hide()
        percent_box = QWidget()
        percent_layout = QVBoxLayout(percent_box)
        percent_layout.setContentsMargins(0, 0, 0, 0)
        percent_layout.setSpacing(2)
        percent_layout.addWidget(self.percent)
        percent_layout.addWidget(self.percent_problem)
        self.preview = QLabel()
        self.preview.setObjectName("discountPreview")
        self.preview.setProperty("role", "muted")
        self.reason = named(QLineEdit(), "discountReason", self.tr("Reason for the discount"))
        self.reason.setPlaceholderText(self.tr("e.g. returning client, touch-up agreed"))
        self.reason.setMaxLength(200)
        self.reason_problem = QLabel()
        self.reason_problem.setObjectName("discountReasonProblem")
        self.reason_problem.setProperty("role", "error")
        self.reason_problem.hide()
        reason_box = QWidget()
        reason_layout = QVBoxLayout(reason_box)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        reason_layout.setSpacing(2)
        reason_layout.addWidget(self.reason)
        reason_layout.addWidget(self.reason_problem)

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.as_amount)
        kind_row.addWidget(self.as_percent)
        kind_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Discount as"), kind_row)
        form.addRow(self.tr("Amount"), self.amount.with_message())
        form.addRow(self.tr("Percent"), percent_box)
        form.addRow("", self.preview)
        form.addRow(self.tr("Reason *"), reason_box)
        self.form = form

        self.ok_button = named(QPushButton(self.tr("Apply discount")), "discountApply", self.tr("Apply discount"))
        self.ok_button.setProperty("kind", "primary")
        self.remove_button = named(
            QPushButton(self.tr("No discount")), "discountRemove", self.tr("Take the discount off")
        )
        cancel = named(QPushButton(self.tr("Cancel")), "discountCancel", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.remove_button.setVisible(not current.is_none())  # after addButton, which shows it
        layout = QVBoxLayout(self)
        layout.addWidget(of)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

        if current.bps is not None:
            self.as_percent.setChecked(True)
            self.percent.setText(fmt.percent_text(current.bps).replace(" %", ""))
        else:
            self.as_amount.setChecked(True)
            if current.amount:
                self.amount.set_value(current.amount)
        self.reason.setText(current.reason)
        self._start = (self.amount.text(), self.percent.text(), self.reason.text())

        self.kind.buttonToggled.connect(lambda _b, _on: self._kind_changed())
        self.amount.textChanged.connect(lambda _t: self._check_limit())
        self.percent.textChanged.connect(lambda _t: self._check_limit())
        self.reason.textChanged.connect(lambda _t: self.reason_problem.hide())
        self.ok_button.clicked.connect(self.submit)
        self.remove_button.clicked.connect(self.remove)
        cancel.clicked.connect(self.reject)
        self._kind_changed()
        self.setMinimumWidth(460)

    def primary_button(self) -> QPushButton:
        return self.ok_button

    def typed(self) -> bool:
        return (self.amount.text(), self.percent.text(), self.reason.text()) != self._start

    def _kind_changed(self) -> None:
        percent = self.as_percent.isChecked()
        self.amount.setEnabled(not percent)
        self.percent.setEnabled(percent)
        (self.percent if percent else self.amount).setFocus()
        self._check_limit()

    def typed_discount(self) -> int | None:
        """The discount in centavos as typed now (None: nothing right typed)."""
        if self.as_percent.isChecked():
            bps = parse_percent(self.percent.text(), self.language)
            return percent_of(self.limit, bps) if bps is not None and bps <= BPS else None
        return self.amount.value()

    def _check_limit(self) -> bool:
        """Say at the field when the discount is above what it is taken from."""
        above = (
            self.tr("More than the ticket's {amount}.")
            if self.scope == "ticket"
            else (self.tr("More than the line's {amount}."))
        )
        above = above.format(amount=fmt.money_text(self.limit, self.currency))
        ok = True
        if self.as_percent.isChecked():
            self.amount.set_problem(None)
            text = self.percent.text()
            bps = parse_percent(text, self.language)
            problem = None
            if text.strip() and bps is None:
                problem = self.tr("Not a percent: type it like 10 or 12,5.")
            elif bps is not None and bps > BPS:
                problem = self.tr("A discount is at most 100%.")
            self.percent_problem.setText(problem or "")
            self.percent_problem.setVisible(bool(problem))
            ok = problem is None
        else:
            self.percent_problem.hide()
            value = self.amount.value()
            self.amount.set_problem(above if value is not None and value > self.limit else None)
            ok = self.amount.is_valid()
        value = self.typed_discount()
        shown = ok and value is not None and 0 < value <= self.limit
        self.preview.setText(
            self.tr("Discount: {amount}").format(amount=fmt.money_text(value or 0, self.currency)) if shown else ""
        )
        return ok

    def submit(self) -> None:
        if self.as_percent.isChecked():
            bps = parse_percent(self.percent.text(), self.language)
            if not self._check_limit() or bps is None:
                if bps is None:
                    self.percent_problem.setText(self.tr("Type the percent."))
                    self.percent_problem.show()
                self.percent.setFocus()
                return
            discount = Discount(0, bps, self.reason.text().strip())
        else:
            self.amount.check()
            if not self._check_limit() or self.amount.value() is None:
                if self.amount.value() is None and not self.amount.text().strip():
                    self.amount.set_problem(self.tr("Type the discount."))
                self.amount.setFocus()
                return
            discount = Discount(self.amount.value() or 0, None, self.reason.text().strip())
        if not discount.is_none() and not discount.reason:
            self.reason_problem.setText(self.tr("Say why: the reason is kept with the sale."))
            self.reason_problem.show()
            self.reason.setFocus()
            return
        self.discount = discount if not discount.is_none() else Discount()
        self.accept()

    def remove(self) -> None:
        self.discount = Discount()
        self.accept()
