"""The client record's Deposits tab: the client's deposits (sinal; the records merged into theirs
included), newest first, each with its amount, status, the day taken and the day it expires (by
the studio's rule: N months after it was last booked, "While booked" while a session it holds is
to come), the booking or project it is for and the artist; the chosen one's ledger below (taken,
applied, forfeited, refunded, moved, rescheduled). A held deposit past its expiry shows as
"Expired" in red, and a line above the list counts them: nothing forfeits one by itself, a person
does, with Forfeit… (its reason "Expired" chosen for them). Its actions: Take deposit… (the desk's
front: owners, managers, receptionists), and on a held deposit Forfeit…, Refund… (owners and
managers) and Move to another project or booking…; a button a role may not use is off and says why. The tab
also opens the deposit dialog for the calendar's "Take deposit…" on a booking (block_menu.py)."""

from __future__ import annotations

import enum
import uuid
import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from kronos_core.roles import FRONT_DESK, MANAGEMENT
from kronos_desktop.store.queries.checkout import DepositEntryRow, DepositRow, client_deposits
from kronos_desktop.store.queries.checkout_deposits import DepositMoney
from kronos_desktop.ui.agenda.block_menu import set_deposit_opener
from kronos_desktop.ui.checkout.deposit_actions import DepositActionDialog
from kronos_desktop.ui.checkout.deposit_dialog import DepositDialog
from kronos_desktop.ui.checkout.deposit_words import (
    entry_label,
    expiry_note,
    expiry_text,
    forfeit_reason_label,
    state_label,
)
from kronos_desktop.ui.checkout.payment_rows import BRAND_NAMES
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table, select_row, selected_row
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import readable

translate = QCoreApplication.translate
MUTED = QColor("#6b6b6b")
EXPIRED = QColor("#b3261e")
TABLES = frozenset({"deposit", "deposit_entry", "payment", "appointment", "project", "staff", "client"})


class DepositsModel(RowTableModel[DepositRow]):
    class Col(enum.IntEnum):
        TAKEN = 0
        AMOUNT = 1
        STATUS = 2
        EXPIRES = 3
        ARTIST = 4
        FOR = 5  # last: it takes the room left

    zone = zoneinfo.ZoneInfo("America/Sao_Paulo")
    currency = "BRL"

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.TAKEN: ColumnSpec(lambda: translate("RecordDeposits", "Taken"), 100),
            c.AMOUNT: ColumnSpec(lambda: translate("RecordDeposits", "Amount"), 110, align_right=True),
            c.STATUS: ColumnSpec(lambda: translate("RecordDeposits", "Status"), 100),
            c.EXPIRES: ColumnSpec(lambda: translate("RecordDeposits", "Expires"), 120),
            c.ARTIST: ColumnSpec(lambda: translate("RecordDeposits", "Artist"), 130),
            c.FOR: ColumnSpec(lambda: translate("RecordDeposits", "For"), 0),
        }

    def cell(self, row: DepositRow, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.TAKEN:
                return fmt.date_text(row.taken_on)
            if column == c.AMOUNT:
                return fmt.money_text(row.amount, self.currency)
            if column == c.STATUS:
                return state_label(row)
            if column == c.EXPIRES:
                return expiry_text(row)
            if column == c.FOR:
                return self.what_for(row)
            if column == c.ARTIST:
                return row.artist_name or ""
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "held":
            return QBrush(readable(MUTED))
        if role == Qt.ItemDataRole.ForegroundRole and row.expired and column in (c.STATUS, c.EXPIRES):
            return QBrush(readable(EXPIRED))
        if role == Qt.ItemDataRole.ToolTipRole:
            said = [self.what_for(row)] + ([forfeit_reason_label(row.forfeit_reason)] if row.forfeit_reason else [])
            note = expiry_note(row)
            return "\n".join([*said, note] if note else said)
        return None

    def what_for(self, row: DepositRow) -> str:
        parts = []
        if row.appointment_starts_at is not None:
            local = row.appointment_starts_at.astimezone(self.zone)
            parts.append(
                translate("RecordDeposits", "Booking {day} {time}").format(
                    day=fmt.date_text(local.date()), time=fmt.time_text(row.appointment_starts_at, self.zone)
                )
            )
        if row.project_title:
            parts.append(row.project_title)
        if row.sale_number:
            parts.append(translate("RecordDeposits", "sale {number}").format(number=row.sale_number))
        return " · ".join(parts) or translate("RecordDeposits", "Held for the client")


class LedgerModel(RowTableModel[DepositEntryRow]):
    class Col(enum.IntEnum):
        DAY = 0
        WHAT = 1
        AMOUNT = 2
        NOTE = 3

    currency = "BRL"

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.DAY: ColumnSpec(lambda: translate("RecordDeposits", "Day"), 100),
            c.WHAT: ColumnSpec(lambda: translate("RecordDeposits", "What happened"), 270),
            c.AMOUNT: ColumnSpec(lambda: translate("RecordDeposits", "Amount"), 110, align_right=True),
            c.NOTE: ColumnSpec(lambda: translate("RecordDeposits", "Note"), 0),
        }

    def cell(self, row: DepositEntryRow, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.DAY:
                return fmt.date_text(row.business_date)
            if column == c.WHAT:
                return " · ".join([entry_label(row.kind), *self.how(row)])
            if column == c.AMOUNT:
                return fmt.money_text(row.amount, self.currency)
            if column == c.NOTE:
                return " · ".join(bit for bit in [row.note or "", *self.ids(row)] if bit)
        if role == Qt.ItemDataRole.ToolTipRole and column in (c.WHAT, c.NOTE):
            return "\n".join(bit for bit in [row.note or "", *self.ids(row)] if bit) or None
        return None

    @staticmethod
    def how(row: DepositEntryRow) -> list[str]:
        """How the money of a "taken" or "refunded" entry moved: "PIX", "Credit card · Visa · 3x"
        (several payments: each, joined by "+")."""
        return [" + ".join(method_text(m) for m in row.money)] if row.money else []

    @staticmethod
    def ids(row: DepositEntryRow) -> list[str]:
        """The card machine's NSU and the PIX end-to-end id of the entry's payments."""
        said = []
        for m in row.money:
            if m.auth_code:
                said.append(translate("RecordDeposits", "NSU {code}").format(code=m.auth_code))
            if m.pix_e2e_id:
                said.append(translate("RecordDeposits", "PIX id {id}").format(id=m.pix_e2e_id))
        return said


def method_text(money: DepositMoney) -> str:
    """A deposit's payment as the ledger names it: "Pix", "Credit card · Visa · 3x"."""
    bits = [fmt.method_label(money.method)]
    if money.card_brand:
        bits.append(BRAND_NAMES.get(money.card_brand, money.card_brand))
    if money.instalments and money.instalments > 1:
        bits.append(translate("RecordDeposits", "{n}x").format(n=money.instalments))
    return " · ".join(bits)


class DepositsTab(QWidget):
    counted = Signal(int)  # how many deposits the list shows, each time it is read

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("recordDepositsTab")
        self.setAccessibleName(self.tr("Deposits"))
        self.client_id: uuid.UUID | None = None
        self.live = True
        self.dialog: DepositDialog | None = None  # the last opened for a booking of the calendar
        self.model = DepositsModel(self)
        self.table = named(QTableView(), "recordDepositsTable", self.tr("Deposits"))
        configure_table(self.table, self.model)
        self.ledger_model = LedgerModel(self)
        self.ledger = named(QTableView(), "recordDepositLedger", self.tr("The chosen deposit's ledger"))
        configure_table(self.ledger, self.ledger_model)
        self.ledger.setSelectionMode(QTableView.SelectionMode.NoSelection)
        for view in (self.table, self.ledger):
            view.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("No deposit yet."))
        self.empty.setObjectName("recordDepositsEmpty")
        self.empty.setProperty("role", "muted")
        self.why = QLabel()
        self.why.setObjectName("recordDepositsWhy")
        self.why.setProperty("role", "muted")
        self.why.setWordWrap(True)
        self.expired_note = QLabel()
        self.expired_note.setObjectName("recordDepositsExpired")
        self.expired_note.setProperty("role", "error")
        self.expired_note.setWordWrap(True)
        self.expired_note.hide()
        self.take_button = named(QPushButton(self.tr("Take deposit…")), "recordDepositTake",
                                 self.tr("Take a deposit (sinal) from the client"))  # fmt: skip
        self.take_button.setProperty("kind", "primary")
        self.forfeit_button = named(QPushButton(self.tr("Forfeit…")), "recordDepositForfeit",
                                    self.tr("The studio keeps the chosen deposit"))  # fmt: skip
        self.refund_button = named(QPushButton(self.tr("Refund…")), "recordDepositRefund",
                                   self.tr("Give the chosen deposit back to the client"))  # fmt: skip
        self.move_button = named(QPushButton(self.tr("Move…")), "recordDepositMove",
                                 self.tr("Move the chosen deposit to another project or booking"))  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        for button in (self.forfeit_button, self.refund_button, self.move_button):
            buttons.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.ledger)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.why)
        layout.addWidget(self.expired_note)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.take_button.clicked.connect(self.take)
        self.forfeit_button.clicked.connect(lambda: self.act("forfeit"))
        self.refund_button.clicked.connect(lambda: self.act("refund"))
        self.move_button.clicked.connect(lambda: self.act("move"))
        self.table.selectionModel().selectionChanged.connect(self._chosen_changed)
        ctx.hub.rows_changed.connect(self._on_rows_changed)
        ctx.who.changed.connect(self._enable)
        set_deposit_opener(self.take_for_booking)  # the calendar's "Take deposit…" on a booking
        self._enable()

    # -- reading -------------------------------------------------------------------------------
    def show_client(self, client_id: uuid.UUID, *, zone: zoneinfo.ZoneInfo | None = None, live: bool = True) -> None:
        """List ``client_id``'s deposits (``live``: not merged away nor erased: one may be taken)."""
        if client_id != self.client_id:
            self.model.set_rows([])
            self.ledger_model.set_rows([])
        self.client_id, self.live = client_id, live
        if zone is not None:
            self.model.zone = zone
        currency = self.ctx.currency()
        self.model.currency = self.ledger_model.currency = currency
        self.refresh()

    def refresh(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        self.ctx.reads.ask(self, "deposits", lambda conn: (client_id, client_deposits(conn, client_id)), self._listed)

    def _on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if self.client_id is not None and TABLES & changed.keys():
            self.refresh()

    def _listed(self, answer: tuple[uuid.UUID, list[DepositRow]]) -> None:
        client_id, rows = answer
        if client_id != self.client_id:
            return
        chosen = self.chosen()
        self.model.set_rows(rows)
        if not (chosen is not None and select_row(self.table, self.model, chosen.id)) and rows:
            self.table.selectRow(0)
        self.empty.setVisible(not rows)
        expired = sum(1 for r in rows if r.status == "held" and r.expired)
        self.expired_note.setText(
            self.tr(
                "%n held deposit(s) expired under the studio's policy: choose one and use Forfeit… to close it.",
                "",
                expired,
            )
        )
        self.expired_note.setVisible(expired > 0)
        self._chosen_changed()
        self.counted.emit(len(rows))

    def chosen(self) -> DepositRow | None:
        found = selected_row(self.table)
        return found if isinstance(found, DepositRow) else None

    def _chosen_changed(self, *_: object) -> None:
        chosen = self.chosen()
        self.ledger_model.set_rows(chosen.entries if chosen is not None else [])
        self._enable()

    # -- who may do what -----------------------------------------------------------------------
    def _enable(self) -> None:
        role = self.ctx.who.role
        front, manages = role in FRONT_DESK, role in MANAGEMENT
        chosen = self.chosen()
        held = chosen is not None and chosen.status == "held"
        self.take_button.setEnabled(front and self.live)
        for button in (self.forfeit_button, self.move_button):
            button.setEnabled(front and held)
        self.refund_button.setEnabled(manages and held)
        why = ""
        if not front:
            why = self.tr("Only the front desk (owners, managers, receptionists) takes or changes deposits.")
        elif not manages:
            why = self.tr("Only an owner or a manager gives a deposit back.")
        self.refund_button.setToolTip(why or self.tr("Give the chosen deposit back to the client"))
        if not front:
            for button in (self.take_button, self.forfeit_button, self.move_button):
                button.setToolTip(why)
        self.why.setText(why)
        self.why.setVisible(bool(why))

    # -- actions -------------------------------------------------------------------------------
    def take(self) -> DepositDialog | None:
        if self.client_id is None or not self.take_button.isEnabled():
            return None
        dialog = DepositDialog(self.ctx, self.client_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def take_for_booking(self, client_id: uuid.UUID, appointment_id: uuid.UUID) -> None:
        """The deposit dialog for a client's booking (the booking's menu in the calendar)."""
        self.dialog = DepositDialog(self.ctx, client_id, appointment_id=appointment_id, parent=self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()

    def act(self, action: str) -> DepositActionDialog | None:
        chosen = self.chosen()
        buttons = {"forfeit": self.forfeit_button, "refund": self.refund_button, "move": self.move_button}
        if chosen is None or not buttons[action].isEnabled():
            return None
        dialog = DepositActionDialog(self.ctx, chosen, action, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
