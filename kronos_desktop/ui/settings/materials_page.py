"""Inks and materials (owners and managers keep it): the studio's list of inks, needles,
disposables and other materials with their lots and ANVISA registrations, which the artist picks
from in a session's traceability record (ui/agenda/session_record_dialog.py). A lot past its
expiry date (by the studio's today) shows in red; an ink with no registration number is flagged,
as a session record refuses it. Add, Edit, Deactivate or Reactivate through the ops of
``kronos_desktop.ops.forms``; anyone else sees the list read-only, told why. Read on the reader
thread, again when materials change (``ctx.hub.rows_changed``)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_core.roles import MANAGEMENT
from kronos_desktop.ops import forms as forms_ops
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import forms as forms_q
from kronos_desktop.store.queries.forms import MaterialRow
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table, select_row, selected_row
from kronos_desktop.ui.common.widgets import named, push_button, title_label
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.look import readable
from kronos_desktop.ui.settings.material_dialog import MaterialDialog, kind_text

translate = QCoreApplication.translate
EXPIRED = QColor("#c62828")
FLAGGED = QColor("#b26a00")


@dataclass(frozen=True)
class MaterialsRead:
    rows: list[MaterialRow]
    today: dt.date  # the studio's
    studio_id: uuid.UUID | None


def read_materials(conn: Connection) -> MaterialsRead:
    here = desk_q.here(conn)
    if here.studio_id is None:
        return MaterialsRead([], here.today(), None)
    rows = forms_q.materials(conn, here.studio_id, active_only=False)
    return MaterialsRead(rows, here.today(), here.studio_id)


def expired(row: MaterialRow, day: dt.date) -> bool:
    """The lot's expiry date is before ``day``."""
    return row.expires_on is not None and row.expires_on < day


def unregistered(row: MaterialRow) -> bool:
    """An ink with no ANVISA registration number (a session record refuses it)."""
    return row.kind == "ink" and not (row.anvisa_registration or "").strip()


def details_text(row: MaterialRow) -> str:
    """What the list leaves out of its columns: the manufacturer, the manufacture and opening
    dates (the selected material's line under the list, and each row's tooltip)."""
    bits = []
    if row.manufacturer:
        bits.append(translate("MaterialsModel", "Manufacturer: {name}").format(name=row.manufacturer))
    if row.manufactured_on is not None:
        bits.append(translate("MaterialsModel", "Manufactured: {date}").format(date=fmt.date_text(row.manufactured_on)))
    if row.opened_on is not None:
        bits.append(translate("MaterialsModel", "Opened: {date}").format(date=fmt.date_text(row.opened_on)))
    return " · ".join(bits)


class MaterialsModel(RowTableModel[MaterialRow]):
    """The list's columns are the ones a manager scans (name, kind, registration, colour, lot,
    expiry), sized to their contents under the desk's style sheet, the name stretching; the
    manufacturer and the manufacture and opening dates are in the row's tooltip and the details
    line under the list. An inactive material says so after its name."""

    today: dt.date | None = None

    class Col(enum.IntEnum):
        NAME = 0
        KIND = 1
        ANVISA = 2
        COLOUR = 3
        LOT = 4
        EXPIRES = 5

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.NAME: ColumnSpec(lambda: translate("MaterialsModel", "Name"), 0),
            c.KIND: ColumnSpec(lambda: translate("MaterialsModel", "Kind"), 70),
            c.ANVISA: ColumnSpec(lambda: translate("MaterialsModel", "ANVISA"), 110),
            c.COLOUR: ColumnSpec(lambda: translate("MaterialsModel", "Colour"), 70),
            c.LOT: ColumnSpec(lambda: translate("MaterialsModel", "Lot"), 90),
            c.EXPIRES: ColumnSpec(lambda: translate("MaterialsModel", "Expires"), 100),
        }

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == self.Col.ANVISA
        ):
            return translate("MaterialsModel", "ANVISA registration")
        return super().headerData(section, orientation, role)

    def cell(self, row: MaterialRow, column: Any, role: int) -> Any:
        c = self.Col
        late = self.today is not None and expired(row, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.EXPIRES:
                text = fmt.date_text(row.expires_on) if row.expires_on is not None else ""
                if late:
                    text = translate("MaterialsModel", "{date} (expired)").format(date=text)
                return text
            if column == c.ANVISA and unregistered(row):
                return translate("MaterialsModel", "Not registered")
            if column == c.NAME and not row.active:
                return translate("MaterialsModel", "{name} (inactive)").format(name=row.name)
            values = {
                c.KIND: kind_text(row.kind),
                c.NAME: row.name,
                c.ANVISA: row.anvisa_registration,
                c.COLOUR: row.colour,
                c.LOT: row.lot,
            }
            return values.get(column) or ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if late:
                return QBrush(readable(EXPIRED))
            if column == c.ANVISA and unregistered(row):
                return QBrush(readable(FLAGGED))
            if not row.active:
                return QBrush(readable(QColor("#757575")))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            if late:
                when = fmt.date_text(row.expires_on) if row.expires_on is not None else ""
                lines.append(
                    translate("MaterialsModel", "This lot expired on {date}: a session record refuses it.").format(
                        date=when
                    )
                )
            elif unregistered(row):
                lines.append(
                    translate("MaterialsModel", "An ink needs its ANVISA registration number to be used in a session.")
                )
            details = details_text(row)
            if details:
                lines.append(details)
            return "\n".join(lines) or None
        return None


def fit_columns(table: QTableView, stretch: int) -> None:
    """Every column as wide as its header and cells need under the style sheet (its padding
    included), ``stretch`` taking the rest."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)


class MaterialsPage(QWidget):
    TABLES = frozenset({"material", "studio", "replica"})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("materialsPage")
        self.read: MaterialsRead | None = None
        self.model = MaterialsModel(self)
        self.dialog: MaterialDialog | None = None
        self._select_id: uuid.UUID | None = None

        self.count_label = QLabel()
        self.count_label.setObjectName("materialsCount")
        self.count_label.setProperty("role", "muted")
        self.notice = QLabel()
        self.notice.setObjectName("materialsReadOnlyNotice")
        self.notice.setProperty("role", "warning")
        self.notice.setWordWrap(True)
        self.add_button = push_button("materialsAdd", self.tr("Add material"), self.open_add)
        self.add_button.setProperty("kind", "primary")
        self.edit_button = push_button("materialsEdit", self.tr("Edit"), self.open_edit)
        self.active_button = push_button("materialsActive", self.tr("Deactivate"), self.toggle_active)
        self.show_inactive = named(
            QCheckBox(self.tr("Show inactive")), "materialsShowInactive", self.tr("Show inactive")
        )
        self.show_inactive.toggled.connect(lambda _on: self._fill())
        self.table = named(QTableView(), "materialsTable", self.tr("Inks and materials"))
        configure_table(self.table, self.model)
        fit_columns(self.table, MaterialsModel.Col.NAME)
        self.details = QLabel()
        self.details.setObjectName("materialsDetails")
        self.details.setProperty("role", "muted")
        self.details.setWordWrap(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_button.isEnabled() and self.open_edit())
        legend = QLabel(self.tr("Expired lots are shown in red; an ink without an ANVISA registration is flagged."))
        legend.setObjectName("materialsLegend")
        legend.setProperty("role", "muted")
        legend.setWordWrap(True)

        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Inks and materials"), "materialsTitle"))
        header.addStretch(1)
        header.addWidget(self.count_label)
        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.show_inactive)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(legend)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._follow())
        ctx.hub.rows_changed.connect(self.on_rows_changed)
        ctx.who.changed.connect(self._follow)
        self._follow()
        self.refresh()

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.reads.ask(self, "materials", read_materials, self._show)

    def on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        if self.TABLES & changed.keys():
            self.refresh()

    def _show(self, read: MaterialsRead) -> None:
        self.read = read
        self._fill()

    def _fill(self) -> None:
        read = self.read
        if read is None:
            return
        chosen = self._select_id or self.selected_id()
        self._select_id = None
        rows = read.rows if self.show_inactive.isChecked() else [r for r in read.rows if r.active]
        self.model.today = read.today
        self.model.set_rows(rows)
        late = sum(1 for r in rows if r.active and expired(r, read.today))
        text = self.tr("%n material(s)", "", len(rows))
        if late:
            text += " · " + self.tr("%n expired", "", late)
        self.count_label.setText(text)
        at = self.model.find_row(chosen) if chosen is not None else -1
        if at >= 0:
            self.table.selectRow(at)
        self._follow()

    def selected(self) -> MaterialRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, MaterialRow) else None

    def selected_id(self) -> uuid.UUID | None:
        row = self.selected()
        return row.id if row is not None else None

    def select(self, material_id: uuid.UUID) -> None:
        if not select_row(self.table, self.model, material_id):
            self._select_id = material_id  # when the list is read again

    # -- who may do what ---------------------------------------------------------------------
    def read_only_reason(self) -> str | None:
        """Why the page is read-only for the person at the desk (None: it is not)."""
        if self.ctx.who.role is None:
            return self.tr("Step up to the desk with your PIN to keep the list of materials.")
        if self.ctx.who.role not in MANAGEMENT:
            return self.tr("Only owners and managers keep the list of materials. You can see it.")
        return None

    def _follow(self) -> None:
        row = self.selected()
        details = details_text(row) if row is not None else ""
        self.details.setText(f"{row.name}: {details}" if row is not None and details else "")
        self.details.setVisible(bool(self.details.text()))
        general = self.read_only_reason()
        choose = self.tr("Choose a material in the list first.")
        inactive = row is not None and not row.active
        self.active_button.setText(self.tr("Reactivate") if inactive else self.tr("Deactivate"))
        self.active_button.setAccessibleName(self.active_button.text())
        for button, needs_row in ((self.add_button, False), (self.edit_button, True), (self.active_button, True)):
            reason = general or (choose if needs_row and row is None else None)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        self.notice.setText(general or "")
        self.notice.setVisible(general is not None)

    # -- actions -----------------------------------------------------------------------------
    def _open(self, dialog: MaterialDialog) -> MaterialDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.select)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_add(self) -> MaterialDialog | None:
        if self.read_only_reason() is not None:
            return None
        return self._open(MaterialDialog(self.ctx, None, self))

    def open_edit(self) -> MaterialDialog | None:
        row = self.selected()
        if row is None or self.read_only_reason() is not None:
            return None
        return self._open(MaterialDialog(self.ctx, row, self))

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None or self.read_only_reason() is not None:
            return
        changes = {"active": not row.active}
        op = forms_ops.update_material(row.id, changes, {"active": row.active}, parent=self)
        self.ctx.runner.run(op)
