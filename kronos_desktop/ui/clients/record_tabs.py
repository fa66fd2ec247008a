"""The client record's tabs: Details, Appointments, Projects, Sales & payments.

Details holds what the header does not: the document (in full only for the roles that need it,
kronos_desktop/store/queries/client_record.py), address, how they found the studio, the three
consents (data processing, marketing, and separately health data: LGPD art. 11), notes, and for a
minor (or whoever has one written down) the guardian. The other tabs are tables of the record's
rows, latest first. Later issues add their tabs here (consent forms, the ticket).
"""

from __future__ import annotations

import enum
import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kronos_core.contact import format_cpf, format_phone
from kronos_desktop.store.queries.client_record import (
    ClientRecord,
    RecordAppointment,
    RecordPayment,
    RecordProject,
    RecordSale,
)
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import ColumnSpec, RowTableModel, configure_table
from kronos_desktop.ui.common.widgets import named
from kronos_desktop.ui.look import readable

translate = QCoreApplication.translate
MUTED = QColor("#6b6b6b")


def project_status_label(status: str) -> str:
    labels = {
        "open": translate("RecordTabs", "Open", "project"),
        "finished": translate("RecordTabs", "Finished", "project"),
        "cancelled": translate("RecordTabs", "Cancelled", "project"),
    }
    return labels.get(status, status)


class AppointmentsModel(RowTableModel[RecordAppointment]):
    class Col(enum.IntEnum):
        DATE = 0
        TIME = 1
        KIND = 2
        ARTIST = 3
        PROJECT = 4
        STATUS = 5

    zone = zoneinfo.ZoneInfo("America/Sao_Paulo")

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.DATE: ColumnSpec(lambda: translate("RecordTabs", "Date"), 100),
            c.TIME: ColumnSpec(lambda: translate("RecordTabs", "Time"), 120),
            c.KIND: ColumnSpec(lambda: translate("RecordTabs", "Kind"), 110),
            c.ARTIST: ColumnSpec(lambda: translate("RecordTabs", "Artist"), 150),
            c.PROJECT: ColumnSpec(lambda: translate("RecordTabs", "Project"), 0),
            c.STATUS: ColumnSpec(lambda: translate("RecordTabs", "Status"), 130),
        }

    def cell(self, row: RecordAppointment, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.DATE:
                return fmt.date_text(row.starts_at.astimezone(self.zone).date())
            if column == c.TIME:
                return fmt.time_range_text(row.starts_at, row.ends_at, self.zone)
            if column == c.KIND:
                return fmt.kind_label(row.kind)
            if column == c.ARTIST:
                return row.artist_name
            if column == c.PROJECT:
                return row.project_title or ""
            if column == c.STATUS:
                return fmt.status_label(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and row.notes:
            return row.notes
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "no_show":
                return QBrush(readable(QColor("#b3261e")))
            if row.status == "cancelled":
                return QBrush(readable(MUTED))
        return None


class ProjectsModel(RowTableModel[RecordProject]):
    class Col(enum.IntEnum):
        TITLE = 0
        ARTIST = 1
        SESSIONS = 2
        LAST = 3
        STATUS = 4

    zone = zoneinfo.ZoneInfo("America/Sao_Paulo")

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.TITLE: ColumnSpec(lambda: translate("RecordTabs", "Project"), 0),
            c.ARTIST: ColumnSpec(lambda: translate("RecordTabs", "Artist"), 150),
            c.SESSIONS: ColumnSpec(lambda: translate("RecordTabs", "Sessions"), 90, align_right=True),
            c.LAST: ColumnSpec(lambda: translate("RecordTabs", "Last session"), 120),
            c.STATUS: ColumnSpec(lambda: translate("RecordTabs", "Status"), 110),
        }

    def cell(self, row: RecordProject, column: Any, role: int) -> Any:
        c = self.Col
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == c.TITLE:
            return row.title
        if column == c.ARTIST:
            return row.artist_name or ""
        if column == c.SESSIONS:
            return fmt.count_text(row.sessions)
        if column == c.LAST:
            return "" if row.last_session is None else fmt.date_text(row.last_session.astimezone(self.zone).date())
        if column == c.STATUS:
            return project_status_label(row.status)
        return None


class SalesModel(RowTableModel[RecordSale]):
    class Col(enum.IntEnum):
        DATE = 0
        NUMBER = 1
        TOTAL = 2
        PAID = 3
        STATUS = 4

    currency = "BRL"

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.DATE: ColumnSpec(lambda: translate("RecordTabs", "Date"), 100),
            c.NUMBER: ColumnSpec(lambda: translate("RecordTabs", "Ticket"), 0),
            c.TOTAL: ColumnSpec(lambda: translate("RecordTabs", "Total"), 120, align_right=True),
            c.PAID: ColumnSpec(lambda: translate("RecordTabs", "Paid"), 120, align_right=True),
            c.STATUS: ColumnSpec(lambda: translate("RecordTabs", "Status"), 100),
        }

    def cell(self, row: RecordSale, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.DATE:
                return fmt.date_text(row.business_date)
            if column == c.NUMBER:
                return row.number
            if column == c.TOTAL:
                return fmt.money_text(row.total, self.currency)
            if column == c.PAID:
                return fmt.money_text(row.paid, self.currency)
            if column == c.STATUS:
                return fmt.sale_status_label(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and row.via_merged:
            return translate("RecordTabs", "Made with a record merged into this one")
        return None


class PaymentsModel(RowTableModel[RecordPayment]):
    class Col(enum.IntEnum):
        DATE = 0
        TICKET = 1
        METHOD = 2
        AMOUNT = 3
        TIP = 4

    currency = "BRL"

    def specs(self) -> dict[Any, ColumnSpec]:
        c = self.Col
        return {
            c.DATE: ColumnSpec(lambda: translate("RecordTabs", "Date"), 100),
            c.TICKET: ColumnSpec(lambda: translate("RecordTabs", "Ticket"), 0),
            c.METHOD: ColumnSpec(lambda: translate("RecordTabs", "Method"), 130),
            c.AMOUNT: ColumnSpec(lambda: translate("RecordTabs", "Amount"), 120, align_right=True),
            c.TIP: ColumnSpec(lambda: translate("RecordTabs", "Tip"), 100, align_right=True),
        }

    def cell(self, row: RecordPayment, column: Any, role: int) -> Any:
        c = self.Col
        if role == Qt.ItemDataRole.DisplayRole:
            if column == c.DATE:
                return fmt.date_text(row.business_date)
            if column == c.TICKET:
                return row.sale_number or ""
            if column == c.METHOD:
                return fmt.method_label(row.method)
            if column == c.AMOUNT:
                return fmt.money_text(row.amount, self.currency)
            if column == c.TIP:
                return fmt.money_text(row.tip, self.currency) if row.tip else ""
        if role == Qt.ItemDataRole.ForegroundRole and row.amount < 0:
            return QBrush(readable(QColor("#b3261e")))
        return None


def _value_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RecordTabs(QTabWidget):
    """The record's tabs; :meth:`show_record` fills them all from one read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientRecordTabs")
        self.setAccessibleName(self.tr("Client record"))
        # -- Details
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.document = _value_label("recordDocument")
        self.address = _value_label("recordAddress")
        self.referral = _value_label("recordReferral")
        self.consents = _value_label("recordConsents")
        self.notes = _value_label("recordNotes")
        self.guardian_title = QLabel(self.tr("Guardian"))
        self.guardian_title.setObjectName("recordGuardianTitle")
        bold = self.guardian_title.font()
        bold.setBold(True)
        self.guardian_title.setFont(bold)
        self.guardian = _value_label("recordGuardian")
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Found us through"), self.referral)
        form.addRow(self.tr("Consents"), self.consents)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.guardian_title, self.guardian)
        scroll = QScrollArea()
        scroll.setObjectName("recordDetailsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        self.addTab(scroll, self.tr("Details"))
        # -- tables
        self.appointments = AppointmentsModel(self)
        self.projects = ProjectsModel(self)
        self.sales = SalesModel(self)
        self.payments = PaymentsModel(self)
        self.appointments_table = self._table(self.appointments, "recordAppointmentsTable", self.tr("Appointments"))
        self.projects_table = self._table(self.projects, "recordProjectsTable", self.tr("Projects"))
        self.sales_table = self._table(self.sales, "recordSalesTable", self.tr("Sales"))
        self.payments_table = self._table(self.payments, "recordPaymentsTable", self.tr("Payments"))
        self.addTab(self.appointments_table, self.tr("Appointments"))
        self.addTab(self.projects_table, self.tr("Projects"))
        money = QSplitter(Qt.Orientation.Vertical)
        money.setObjectName("recordMoneySplitter")
        for title, table in ((self.tr("Sales"), self.sales_table), (self.tr("Payments"), self.payments_table)):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 4, 0, 0)
            heading = QLabel(title)
            heading.setProperty("role", "muted")
            column.addWidget(heading)
            column.addWidget(table, 1)
            money.addWidget(holder)
        self.money_index = self.addTab(money, self.tr("Sales & payments").replace("&", "&&"))  # no mnemonic

    def _table(self, model: RowTableModel[Any], object_name: str, name: str) -> QTableView:
        table = named(QTableView(), object_name, name)
        configure_table(table, model)
        return table

    def show_record(self, record: ClientRecord) -> None:
        zone = zoneinfo.ZoneInfo(record.zone_name)
        self.appointments.zone = self.projects.zone = zone
        self.sales.currency = self.payments.currency = record.currency
        v = record.value
        if record.document_full:
            self.document.setText(fmt.document_text(v("document_type"), v("document_number")) or "—")
        else:
            shown = (
                f"{fmt.document_type_label(v('document_type'))} {record.document_masked}" if v("document_type") else ""
            )
            self.document.setText(shown or "—")
        self.address.setText(v("address") or "—")
        self.referral.setText(v("referral_source") or "—")
        self.consents.setText(self._consents(record))
        self.notes.setText(v("notes") or "—")
        lines = self._guardian(record)
        show_guardian = record.is_minor or bool(lines)
        self.guardian_title.setVisible(show_guardian)
        self.guardian.setVisible(show_guardian)
        if record.is_minor and not lines:
            self.guardian.setText(self.tr("A minor: no guardian written down yet. Edit the record to add one."))
        else:
            self.guardian.setText("\n".join(lines))
        self.appointments.set_rows(record.appointments)
        self.projects.set_rows(record.projects)
        self.sales.set_rows(record.sales or [])
        self.payments.set_rows(record.payments or [])
        self.setTabVisible(self.money_index, record.sales is not None)
        self.setTabText(1, self.tr("Appointments (%n)", "", len(record.appointments)))
        self.setTabText(2, self.tr("Projects (%n)", "", len(record.projects)))

    def _guardian(self, record: ClientRecord) -> list[str]:
        v = record.value
        lines: list[str] = []
        if v("guardian_name"):
            relation = v("guardian_relationship")
            lines.append(f"{v('guardian_name')} ({relation})" if relation else str(v("guardian_name")))
        elif v("guardian_relationship"):
            lines.append(str(v("guardian_relationship")))
        if v("guardian_document"):
            lines.append(self.tr("Document: {number}").format(number=format_cpf(str(v("guardian_document")))))
        if v("guardian_phone"):
            lines.append(self.tr("Phone: {phone}").format(phone=format_phone(str(v("guardian_phone")))))
        return lines

    def _consents(self, record: ClientRecord) -> str:
        def mark(field: str) -> str:
            return "✓" if record.value(field) else "✗"

        return "\n".join(
            [
                f"{mark('data_processing_consent')} " + self.tr("Data processing (LGPD)"),
                f"{mark('marketing_consent')} " + self.tr("News and offers"),
                f"{mark('health_data_consent')} " + self.tr("Health data (LGPD art. 11)"),
            ]
        )
