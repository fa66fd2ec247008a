"""The conflicts inbox: every conflict with both sides, who and which desk, and one-click
resolutions that are themselves mutations (``conflict.resolve``).

Conflicts the desk only predicts (its own pending changes, not yet decided by the server) are
listed as such, without resolutions: the server decides when the desk syncs.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, Qt, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kronos_core.mutations import MutationError
from kronos_desktop.ops import conflicts as conflict_ops
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.store.queries.desk import DeskState
from kronos_desktop.sync.inbox import InboxItem, StaffChoice
from kronos_desktop.ui import actions
from kronos_desktop.ui.common import errors, fmt
from kronos_desktop.ui.common.dialog_keys import KeyedDialog, KeyedInputDialog
from kronos_desktop.ui.common.flow_layout import flow_box
from kronos_desktop.ui.common.refusals import refusal_text
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import readable
from kronos_desktop.ui.sync.change_words import change_label, refused_words
from kronos_desktop.ui.sync.inbox_reads import InboxRead, read_inbox_view
from kronos_desktop.ui.sync.inbox_words import (
    booking_text,
    desk_text,
    details_html,
    field_label,
    kind_label,
    server_note,
    who_text,
)

# The words moved to inbox_words; named here too for the modules and tests that import them here.
__all__ = [
    "ConflictsDialog",
    "ConflictsModel",
    "ConflictsView",
    "MoveDialog",
    "booking_text",
    "desk_text",
    "details_html",
    "field_label",
    "kind_label",
    "server_note",
    "show_redo_refused",
    "who_text",
]

translate = QCoreApplication.translate


class ConflictsModel(RowTableModel[InboxItem]):
    class Col(enum.IntEnum):
        KIND = 0
        WHAT = 1
        WHO = 2
        WHEN = 3
        STATE = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone_or_default(None)

    def set_inbox(self, items: list[InboxItem], zone: zoneinfo.ZoneInfo) -> None:
        self.zone = zone
        self.set_rows(items)

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.KIND: ColumnSpec(lambda: translate("ConflictsModel", "Conflict"), 170),
            c.WHAT: ColumnSpec(lambda: translate("ConflictsModel", "What"), 0),
            c.WHO: ColumnSpec(lambda: translate("ConflictsModel", "Who · desk"), 280),
            c.WHEN: ColumnSpec(lambda: translate("ConflictsModel", "When"), 130),
            c.STATE: ColumnSpec(lambda: translate("ConflictsModel", "State"), 150),
        }

    def cell(self, row: InboxItem, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.KIND:
                return kind_label(row.kind)
            if column == c.WHAT:
                return change_label(row.mutation_name)
            if column == c.WHO:
                return who_text(row)
            if column == c.WHEN:
                zone = self.zone
                return f"{fmt.date_text(row.when.astimezone(zone).date())} {fmt.time_text(row.when, zone)}"
            if column == c.STATE:
                if row.predicted:
                    return translate("ConflictsModel", "Predicted (not sent yet)")
                return {
                    "open": translate("ConflictsModel", "To review"),
                    "resolved": translate("ConflictsModel", "Resolved"),
                    "dismissed": translate("ConflictsModel", "Dismissed"),
                }.get(row.status, row.status)
        if role == Qt.ItemDataRole.ForegroundRole and row.predicted:
            return QBrush(readable(QColor("#6d6d6d")))
        return None


def show_redo_refused(parent: QWidget, change: str, message: str) -> None:
    box = QMessageBox(parent)
    box.setObjectName("redoRefusedDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Conflicts", "Not redone"))
    box.setText(translate("Conflicts", "This change still cannot be done: {change}.").format(change=change))
    box.setInformativeText(
        translate("Conflicts", "Reason: {reason}\n\nNothing was changed; the conflict stays in the list.").format(
            reason=message
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class MoveDialog(KeyedDialog):
    """A new start for a booking (its length is kept)."""

    def __init__(
        self, starts_at: dt.datetime, zone: zoneinfo.ZoneInfo, parent: QWidget | None = None, *, which: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveBookingDialog")
        self.setWindowTitle(self.tr("Move booking"))
        self.zone = zone
        self.which = QLabel(which)
        self.which.setObjectName("moveWhich")
        self.which.setWordWrap(True)
        wall = starts_at.astimezone(self.zone)
        self.start_edit = named(QDateTimeEdit(), "moveStart", self.tr("New start"))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDateTime(QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute)))
        form = QFormLayout(self)
        if which:
            form.addRow(self.tr("Booking"), self.which)
        form.addRow(self.tr("New start"), self.start_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("moveButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.initial_start = self.start_edit.dateTime()

    def primary_button(self) -> QPushButton:
        return self.ok_button  # Enter moves the booking, wherever the focus is (never Cancel)

    def typed(self) -> bool:
        return self.start_edit.dateTime() != self.initial_start

    def start(self) -> dt.datetime:
        chosen = self.start_edit.dateTime()
        day, time = chosen.date(), chosen.time()
        wall = dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=self.zone)
        return wall.astimezone(dt.UTC)


class ConflictsView(QWidget):
    """The inbox: the list, the selected conflict's two sides, and its resolutions."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("conflictsView")
        self.model = ConflictsModel(self)
        self.zone = zone_or_default(None)
        self.desk: DeskState | None = None  # as last read: its clock stamps a resolution
        self.staff: list[StaffChoice] = []
        self._wanted: uuid.UUID | None = None  # a booking whose conflict the next read selects
        self.table = named(QTableView(), "conflictsTable", self.tr("Conflicts"))
        configure_table(self.table, self.model)
        self.empty_label = QLabel(self.tr("No conflicts to review."))
        self.empty_label.setObjectName("conflictsEmpty")
        self.details = QLabel()
        self.details.setObjectName("conflictDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        # The resolutions wrap to a second row rather than widen the window: their labels name
        # the booking they act on.
        self.buttons_box, self.buttons_row = flow_box(self)
        self.buttons_box.setObjectName("conflictResolutions")
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Conflicts to review"), "conflictsTitle"))
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons_box)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        ctx.hub.rows_changed.connect(lambda _changed: self.refresh())
        ctx.who.changed.connect(self.refresh)  # what is offered follows who is at the desk
        if ctx.sync is not None:
            ctx.sync.state_changed.connect(lambda _state: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Read the inbox on the reader thread; :meth:`show_inbox` shows it when it comes."""
        role = self.ctx.who.role
        self.ctx.reads.ask(self, "inbox", lambda conn: read_inbox_view(conn, role), self.show_inbox)

    def show_inbox(self, read: InboxRead) -> None:
        selected = self.selected()
        self.zone, self.desk, self.staff = read.zone, read.desk, read.staff
        self.model.set_inbox(read.items, read.zone)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        row = self.model.find_row(selected.id) if selected is not None else -1
        if self._wanted is not None:  # asked for from the agenda's "Resolve": that booking's conflict
            row, self._wanted = self._row_of(self._wanted, row), None
        if row < 0 and self.model.rowCount() > 0:
            row = 0  # open on the newest conflict, its two sides and its resolutions in view
        if row >= 0:
            self.table.selectRow(row)
        self.show_selected()

    def show_booking(self, booking: uuid.UUID) -> None:
        """Select the conflict a booking is part of (the agenda's "Resolve"), the one read next
        too: the inbox was asked to read again as it opened."""
        self._wanted = booking
        row = self._row_of(booking, -1)
        if row >= 0:
            self.table.selectRow(row)

    def _row_of(self, booking: uuid.UUID, otherwise: int) -> int:
        """The row of the conflict ``booking`` is part of (an open one first), else ``otherwise``."""
        rows = [(i.status != "open", n) for n, i in enumerate(self.model.rows()) if booking in i.row_ids]
        return min(rows)[1] if rows else otherwise

    def selected(self) -> InboxItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item: InboxItem = self.model.row_at(rows[0].row())
        return item

    def show_selected(self) -> None:
        item = self.selected()
        for button in self.buttons.values():
            self.buttons_row.removeWidget(button)
            button.hide()  # until its deferred deletion: never left floating over the list
            button.deleteLater()
        self.buttons.clear()
        if item is None:
            self.details.setText("")
            return
        self.details.setText(details_html(item, self.zone))
        for key, label in self.offers(item):
            button = named(QPushButton(label), f"resolve_{key}", label)
            button.setAutoDefault(False)  # Enter in the inbox's window resolves nothing by itself
            tip = self.tip(item, key)
            why = actions.why_not("conflict.resolve", self.ctx.who.role) if self.ctx.who.role else ""
            if why:  # the person at the desk may not resolve conflicts (an artist)
                button.setEnabled(False)
                tip = why
            if tip:
                button.setToolTip(tip)
                button.setAccessibleDescription(tip)
            button.clicked.connect(lambda _checked=False, k=key, i=item: self.resolve(i, k))
            self.buttons_row.addWidget(button)
            self.buttons[key] = button

    def _booking(self, item: InboxItem, n: int) -> str | None:
        """The words for the conflict's ``n``-th booking (0: the clashing one), when known."""
        booking = item.bookings.get(item.row_ids[n]) if len(item.row_ids) > n else None
        return booking_text(booking, self.zone) if booking is not None else None

    def tip(self, item: InboxItem, key: str) -> str:
        """What a resolution button will do, for its tooltip and screen readers."""
        if key == "redo" and item.refused is not None:
            return self.tr("Redo: {change}").format(change=refused_words(item.refused, self.zone))
        if key == "dismiss" and item.kind == "double_booking":
            return self.tr(
                "Closes this conflict and changes nothing: both bookings stay at the same time, "
                "with the same artist or station."
            )
        which = {"cancel_mine": 0, "cancel_theirs": 1, "move": 0, "reassign": 0}.get(key)
        booking = self._booking(item, which) if which is not None else None
        return self.tr("Booking: {booking}").format(booking=booking) if booking else ""

    def offers(self, item: InboxItem) -> list[tuple[str, str]]:
        """(key, label) of each one-click resolution; none for predictions."""
        clashing = self._booking(item, 0)
        labels = {
            "keep_mine": self.tr("Keep this change"),
            "keep_theirs": self.tr("Keep the other value") if item.kind == "field_overwrite" else self.tr("Accept"),
            "dismiss": (
                self.tr("Dismiss: both stay double-booked") if item.kind == "double_booking" else self.tr("Dismiss")
            ),
            "move": (
                self.tr("Move {booking} to another time…").format(booking=clashing)
                if clashing
                else self.tr("Move to another time…")
            ),
            "reassign": self.tr("Give to another artist…"),
            "redo": self.tr("Redo this change"),
        }
        if item.kind == "needs_review":
            labels["dismiss"] = self.tr("Mark as reviewed")
        offered: list[tuple[str, str]] = []
        for resolution in item.resolutions:
            if resolution == "cancel":
                offered.append(("cancel_mine", self.tr("Cancel the clashing booking")))
                if len(item.row_ids) > 1:
                    offered.append(("cancel_theirs", self.tr("Cancel the earlier booking")))
            elif resolution in labels:
                offered.append((resolution, labels[resolution]))
        return offered

    # -- resolving -------------------------------------------------------------------------
    def resolve(self, item: InboxItem, key: str) -> MutationOp | None:
        """Ask what the resolution needs (which booking, when, which artist), then run its op."""
        now = self.desk.now() if self.desk is not None else self.ctx.reader.now()
        target = item.row_ids[0] if item.row_ids else None
        op: MutationOp | None = None
        if key in ("cancel_mine", "cancel_theirs"):
            n = 0 if key == "cancel_mine" else 1
            if not self.confirm_cancel(self._booking(item, n)):
                return None
            op = conflict_ops.cancel_booking(item.id, item.row_ids[n], now, parent=self)
        elif key == "move" and target is not None:
            booking = item.bookings.get(target)
            if booking is None:
                return None
            dialog = MoveDialog(booking.starts_at, self.zone, self, which=booking_text(booking, self.zone))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            start = dialog.start()
            end = start + (booking.ends_at - booking.starts_at)
            op = conflict_ops.move_booking(item.id, target, start, end, now, parent=self)
        elif key == "reassign" and target is not None:
            artist = self.choose_artist(item)
            if artist is None:
                return None
            op = conflict_ops.reassign_booking(item.id, target, artist, now, parent=self)
        elif key in conflict_ops.ONE_CLICK:
            op = conflict_ops.ONE_CLICK[key](item.id, now, parent=self)
        if op is None:
            return None
        op.success(lambda _applied: self.refresh())
        if key == "redo":
            op.failure(lambda exc: self.redo_failed(item, exc))
        self.ctx.runner.run(op)
        return op

    def confirm_cancel(self, booking: str | None) -> bool:
        """Cancelling a booking is asked first, naming it; keeping it is the default."""
        box = QMessageBox(self)
        box.setObjectName("cancelBookingConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel booking"))
        box.setText(self.tr("Cancel this booking?"))
        if booking:
            box.setInformativeText(
                self.tr("{booking}\n\nIt is cancelled on every desk; the other booking stays.").format(booking=booking)
            )
        cancel = box.addButton(self.tr("Cancel the booking"), QMessageBox.ButtonRole.DestructiveRole)
        cancel.setObjectName("cancelBookingYes")
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("cancelBookingNo")
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is cancel

    def redo_failed(self, item: InboxItem, exc: BaseException) -> None:
        """A redo the rules still refuse: nothing was written, the conflict stays to review."""
        if not isinstance(exc, MutationError) or item.refused is None:
            errors.show_failure(self, exc)
            return
        show_redo_refused(self, refused_words(item.refused, self.zone), refusal_text(exc))

    def choose_artist(self, item: InboxItem) -> uuid.UUID | None:
        booking = item.bookings.get(item.row_ids[0]) if item.row_ids else None
        choices = [s for s in self.staff if booking is None or s.name != booking.artist_name]
        if not choices:
            QMessageBox.information(self, self.tr("Give to another artist"), self.tr("There is no other artist."))
            return None
        dialog = KeyedInputDialog(self)  # only OK takes Enter: tabbing past Cancel still chooses
        dialog.setObjectName("chooseArtistDialog")
        dialog.setWindowTitle(self.tr("Give to another artist"))
        dialog.setLabelText(self.tr("Artist"))
        dialog.setComboBoxItems([s.name for s in choices])
        dialog.setComboBoxEditable(False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name = dialog.textValue()
        return next(s.id for s in choices if s.name == name)


class ConflictsDialog(KeyedDialog):
    """The inbox in a window of its own (opened from the status bar or the File menu)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts to review"))
        self.resize(980, 540)
        self.view = ConflictsView(ctx, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("conflictsClose")
        close.rejected.connect(self.reject)
        layout.addWidget(close)
