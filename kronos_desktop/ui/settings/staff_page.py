"""Staff (owners and managers): the studio's members — colour, name, role, active / inactive /
guest from–to, PIN set or not, hours, commission — with Add, Edit, Deactivate or Reactivate,
Reset PIN and Commission, and the selected member's recent failed sign-ins from the server.
Anyone else sees the list read-only, told why; a button a person may not use says why in its
tooltip. The list is read on the reader thread and read again when staff or commission rules
change (``ctx.hub.rows_changed``), and the buttons follow the person at the desk (``ctx.who``)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kronos_core.roles import MANAGEMENT, Role, may_set_pin
from kronos_desktop.ops import staff as staff_ops
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.store.queries.desk_lock import Member, initials
from kronos_desktop.store.queries.staff import StaffRead, StaffRow
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table, select_row, selected_row
from kronos_desktop.ui.common.widgets import named, push_button, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.lock.member_button import member_icon
from kronos_desktop.ui.look import readable
from kronos_desktop.ui.settings.commission_dialog import CommissionDialog
from kronos_desktop.ui.settings.failed_signins_panel import FailedSignInsPanel
from kronos_desktop.ui.settings.reset_pin_dialog import ResetPinDialog
from kronos_desktop.ui.settings.staff_dialog import StaffDialog

translate = QCoreApplication.translate


def status_text(row: StaffRow, today: dt.date | None = None) -> str:
    if not row.active:
        return translate("StaffModel", "Inactive")
    if row.guest_from is not None and row.guest_to is not None:
        if today is not None and today > row.guest_to:
            return translate("StaffModel", "Guest until {last} (ended)").format(last=fmt.date_text(row.guest_to))
        return translate("StaffModel", "Guest {first} – {last}").format(
            first=fmt.date_text(row.guest_from), last=fmt.date_text(row.guest_to)
        )
    return translate("StaffModel", "Active")


class StaffModel(RowTableModel[StaffRow]):
    today: dt.date | None = None  # the studio's today, from the last read (a guest's stay ended)

    class Col(enum.IntEnum):
        NAME = 0
        ROLE = 1
        STATUS = 2
        PIN = 3
        HOURS = 4
        COMMISSION = 5

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            # The name keeps its width (a 1024-px counter screen once cut it to "M…"); the
            # status takes what is left.
            c.NAME: ColumnSpec(lambda: translate("StaffModel", "Name"), 210),
            c.ROLE: ColumnSpec(lambda: translate("StaffModel", "Role"), 120),
            c.STATUS: ColumnSpec(lambda: translate("StaffModel", "Status"), 0),
            c.PIN: ColumnSpec(lambda: translate("StaffModel", "PIN"), 90),
            c.HOURS: ColumnSpec(lambda: translate("StaffModel", "Hours"), 140),
            c.COMMISSION: ColumnSpec(lambda: translate("StaffModel", "Commission"), 120),
        }

    def cell(self, row: StaffRow, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.NAME:
                return row.display_name
            if column == c.ROLE:
                return fmt.role_label(row.role)
            if column == c.STATUS:
                return status_text(row, self.today)
            if column == c.PIN:
                return translate("StaffModel", "Set") if row.has_pin else translate("StaffModel", "Not set")
            if column == c.HOURS:
                text = (
                    translate("StaffModel", "Studio's hours")
                    if row.working_hours is None
                    else translate("StaffModel", "Own hours")
                )
                days = len(row.hours_exceptions)
                return text + (self.tr(" · %n day(s) differ", "", days) if days else "")
            if column == c.COMMISSION:
                rule = row.commission
                return "" if rule is None else fmt.percent_text(rule.rate_bps)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == c.NAME:
            return member_icon(row.color, initials(row.display_name), 20)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == c.COMMISSION and row.commission is not None:
                return translate("StaffModel", "{rate} from {date}; {tips} of tips").format(
                    rate=fmt.percent_text(row.commission.rate_bps),
                    date=fmt.date_text(row.commission.effective_from),
                    tips=fmt.percent_text(row.commission.tip_share_bps),
                )
            if column == c.NAME:
                return translate("StaffModel", "Calendar colour {colour}").format(colour=row.color)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(readable(QColor("#757575")))
        return None


class StaffPage(QWidget):
    TABLES = frozenset({"staff", "commission_rule", "studio", "replica"})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("staffPage")
        self.read: StaffRead | None = None
        self.model = StaffModel(self)
        self.dialog: QWidget | None = None
        self._select_id: uuid.UUID | None = None

        self.count_label = QLabel()
        self.count_label.setObjectName("staffCount")
        self.count_label.setProperty("role", "muted")
        self.notice = QLabel()
        self.notice.setObjectName("staffReadOnlyNotice")
        self.notice.setProperty("role", "warning")
        self.notice.setWordWrap(True)
        self.add_button = push_button("staffAdd", self.tr("Add member"), self.open_add)
        self.add_button.setProperty("kind", "primary")
        self.edit_button = push_button("staffEdit", self.tr("Edit"), self.open_edit)
        self.active_button = push_button("staffActive", self.tr("Deactivate"), self.toggle_active)
        self.pin_button = push_button("staffResetPin", self.tr("Reset PIN"), self.open_reset_pin)
        self.commission_button = push_button("staffCommission", self.tr("Commission"), self.open_commission)
        self.table = named(QTableView(), "staffTable", self.tr("Staff"))
        configure_table(self.table, self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_button.isEnabled() and self.open_edit())
        self.failed = FailedSignInsPanel(ctx)

        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Staff"), "staffTitle"))
        header.addStretch(1)
        header.addWidget(self.count_label)
        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button, self.pin_button):
            tools.addWidget(button)
        tools.addWidget(self.commission_button)
        tools.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("staffSplit")
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.failed)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addLayout(tools)
        layout.addWidget(split, 1)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._follow())
        ctx.hub.rows_changed.connect(self.on_rows_changed)
        ctx.who.changed.connect(self._follow)
        self._follow()
        self.refresh()

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.reads.ask(self, "staff", staff_q.staff_list, self._show)

    def on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if self.TABLES & changed.keys():
            self.refresh()

    def _show(self, read: StaffRead) -> None:
        chosen = self._select_id or self.selected_id()
        self._select_id = None
        self.read = read
        self.failed.zone = read.zone  # its times in the studio's zone, read off the GUI thread
        self.model.today = read.today
        self.model.set_rows(read.rows)
        active = sum(1 for r in read.rows if r.active)
        self.count_label.setText(self.tr("%n active member(s)", "", active))
        row = self.model.find_row(chosen) if chosen is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._follow()

    def selected(self) -> StaffRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, StaffRow) else None

    def selected_id(self) -> uuid.UUID | None:
        row = self.selected()
        return row.id if row is not None else None

    def select(self, staff_id: uuid.UUID) -> None:
        if not select_row(self.table, self.model, staff_id):
            self._select_id = staff_id  # when the list is read again

    # -- who may do what ---------------------------------------------------------------------
    def manages(self) -> bool:
        return self.ctx.who.role in MANAGEMENT

    def read_only_reason(self) -> str | None:
        """Why the page is read-only for the person at the desk (None: it is not)."""
        if self.ctx.who.role is None:
            return self.tr("Step up to the desk with your PIN to manage staff.")
        if not self.manages():
            return self.tr("Only owners and managers manage staff. You can see the list.")
        return None

    def reasons(self, row: StaffRow | None) -> dict[str, str | None]:
        """For each button, why it cannot be used now (None: it can)."""
        general = self.read_only_reason()
        who = self.ctx.who
        found: dict[str, str | None] = dict.fromkeys(("add", "edit", "active", "pin", "commission"), general)
        if general is not None:
            return found
        if row is None:
            choose = self.tr("Choose a member in the list first.")
            return {**found, "edit": choose, "active": choose, "pin": choose, "commission": choose}
        if row.role == Role.OWNER.value and who.role is not Role.OWNER:
            found["edit"] = found["active"] = self.tr("Only an owner can change an owner.")
        if row.id == who.staff_id:
            found["active"] = self.tr("You cannot deactivate yourself.")
            found["pin"] = self.tr("Change your own PIN with File → Change my PIN.")
        elif not may_set_pin(who.role, Role(row.role)):  # type: ignore[arg-type]
            found["pin"] = (
                self.tr("Only an owner resets an owner's PIN.")
                if row.role == Role.OWNER.value
                else self.tr("A manager resets the PINs of receptionists and artists.")
            )
        if row.role != Role.ARTIST.value:
            found["commission"] = self.tr("Commission rules are for artists.")
        return found

    def _follow(self) -> None:
        """The buttons, the notice and the failed sign-ins follow the selection and the person."""
        row = self.selected()
        reasons = self.reasons(row)
        buttons = {
            "add": self.add_button,
            "edit": self.edit_button,
            "active": self.active_button,
            "pin": self.pin_button,
            "commission": self.commission_button,
        }
        inactive = row is not None and not row.active
        self.active_button.setText(self.tr("Reactivate") if inactive else self.tr("Deactivate"))
        self.active_button.setAccessibleName(self.active_button.text())
        for key, button in buttons.items():
            reason = reasons[key]
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        notice = self.read_only_reason()
        self.notice.setText(notice or "")
        self.notice.setVisible(notice is not None)
        standalone = self.read is None or self.read.server_url is None
        shown = self.failed.member.id if self.failed.member is not None else None
        now = (row.id if row is not None else None, self.manages(), standalone)
        if now != (shown, self.failed.allowed, self.failed.standalone):
            self.failed.show_member(row, allowed=self.manages(), standalone=standalone)

    # -- actions -----------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def open_add(self) -> StaffDialog | None:
        if self.read is None or self.reasons(None)["add"] is not None:
            return None
        dialog = StaffDialog(self.ctx, self.read, None, self)
        dialog.saved.connect(self.select)
        self._open(dialog)
        return dialog

    def open_edit(self) -> StaffDialog | None:
        row = self.selected()
        if self.read is None or row is None or self.reasons(row)["edit"] is not None:
            return None
        dialog = StaffDialog(self.ctx, self.read, row, self)
        self._open(dialog)
        return dialog

    def open_commission(self) -> CommissionDialog | None:
        row = self.selected()
        if self.read is None or row is None or self.reasons(row)["commission"] is not None:
            return None
        dialog = CommissionDialog(self.ctx, row, self.read.today, self)
        self._open(dialog)
        return dialog

    def open_reset_pin(self) -> ResetPinDialog | None:
        row = self.selected()
        if row is None or self.reasons(row)["pin"] is not None:
            return None
        member = Member(row.id, row.display_name, Role(row.role), row.color, row.has_pin)
        dialog = ResetPinDialog(self.ctx, member, self)
        self._open(dialog)
        return dialog

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None or self.reasons(row)["active"] is not None:
            return
        if row.active and not self._confirm_deactivate(row):
            return
        self.ctx.runner.run(staff_ops.set_active(row.id, not row.active, parent=self))

    def _confirm_deactivate(self, row: StaffRow) -> bool:
        box = QMessageBox(self)
        box.setObjectName("deactivateConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Deactivate"))
        box.setText(self.tr("Deactivate {name}?").format(name=row.display_name))
        box.setInformativeText(
            self.tr("They leave the staff picker and the calendar; their bookings, sales and history stay.")
        )
        yes = box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("deactivateYes")
        no = box.addButton(self.tr("Keep active"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("deactivateNo")
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes
