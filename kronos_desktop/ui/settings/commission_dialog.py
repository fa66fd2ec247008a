"""An artist's commission: a new rule from a date on (rate and tip share), with the rules so far.
Rules are a ledger (``commission.set`` adds one, none is ever edited): sales already closed keep
the rule they closed with."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kronos_core.mutations import MutationError
from kronos_desktop.ops import staff as staff_ops
from kronos_desktop.store import Applied
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.store.queries.staff import CommissionRow, StaffRow
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext


def to_bps(percent: float) -> int:
    return round(percent * 100)


class CommissionDialog(KeyedDialog):
    saved = Signal()

    def __init__(self, ctx: DeskContext, row: StaffRow, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.today = today
        self.history: list[CommissionRow] = []
        self.setObjectName("commissionDialog")
        title = self.tr("Commission of {name}").format(name=row.display_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)

        current = row.commission
        self.rate = self._percent("commissionRate", self.tr("Commission (%)"), current.rate_bps if current else 5000)
        self.tips = self._percent(
            "commissionTipShare", self.tr("Share of tips (%)"), current.tip_share_bps if current else 10_000
        )
        self.tips.setToolTip(self.tr("The part of a tip that goes to the artist."))
        self.effective = named(QDateEdit(), "commissionFrom", self.tr("In force from"))
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat(fmt.date_input_format())
        self.effective.setDate(fmt.qdate(today))
        self.problem = QLabel()
        self.problem.setObjectName("commissionProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        note = QLabel(self.tr("A new rule from this date on. Sales already closed keep the rule they closed with."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Commission"), self.rate)
        form.addRow(self.tr("Share of tips"), self.tips)
        form.addRow(self.tr("In force from"), self.effective)
        form.addRow("", self.problem)

        self.table = named(QTableWidget(0, 3), "commissionHistory", self.tr("Commission rules so far"))
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("Commission"), self.tr("Share of tips")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.setTabKeyNavigation(False)  # Tab leaves the history for the buttons, as in every table
        history_title = QLabel(self.tr("Rules so far"))
        history_title.setProperty("role", "subtitle")

        self.save_button = named(QPushButton(self.tr("Save rule")), "saveCommissionButton", self.tr("Save rule"))
        self.save_button.setProperty("kind", "primary")
        cancel = named(QPushButton(self.tr("Cancel")), "cancelCommissionButton", self.tr("Cancel"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(history_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._start = self._values()
        self.resize(520, 460)
        staff_id = row.id
        ctx.reads.ask(self, "history", lambda conn: staff_q.commission_history(conn, staff_id), self.show_history)

    def _percent(self, object_name: str, accessible: str, bps: int) -> QDoubleSpinBox:
        box = named(QDoubleSpinBox(), object_name, accessible)
        box.setRange(0, 100)
        box.setDecimals(2)
        box.setSingleStep(5)
        box.setSuffix(" %")
        box.setValue(bps / 100)
        return box

    def primary_button(self) -> QPushButton:
        return self.save_button

    def typed(self) -> bool:
        return self._values() != self._start

    def _values(self) -> tuple[int, int, dt.date]:
        return to_bps(self.rate.value()), to_bps(self.tips.value()), fmt.pydate(self.effective.date())

    def show_history(self, rules: list[CommissionRow]) -> None:
        self.history = rules
        in_force = staff_q.in_force(rules, self.today)
        self.table.setRowCount(len(rules))
        for index, rule in enumerate(rules):
            since = fmt.date_text(rule.effective_from)
            if rule is in_force:
                since = self.tr("{date} (in force)").format(date=since)
            elif rule.effective_from > self.today:
                since = self.tr("{date} (to come)").format(date=since)
            cells = (since, fmt.percent_text(rule.rate_bps), fmt.percent_text(rule.tip_share_bps))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        if not rules:
            self.table.setRowCount(1)
            self.table.setItem(0, 0, QTableWidgetItem(self.tr("No rule yet: sales give the artist no share.")))
            self.table.setSpan(0, 0, 1, 3)

    def submit(self) -> None:
        rate, tips, since = self._values()
        same = next(
            (r for r in self.history if (r.rate_bps, r.tip_share_bps, r.effective_from) == (rate, tips, since)), None
        )
        if same is not None:
            self._say(self.tr("This rule is already in the list from that date."))
            self.effective.setFocus()
            return
        self._say("")
        self.save_button.setEnabled(False)
        op = staff_ops.set_commission(self.row.id, rate, tips, since, parent=self)
        self.ctx.runner.run(op.success(self._saved).failure(self._failed))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _saved(self, applied: Applied) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, MutationError):
            self._say(refusal_text(exc))
            return
        errors.show_failure(self, exc)
