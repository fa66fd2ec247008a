"""The ticket page's widgets and their places (the page's behaviour is ticket_page.py): the
back button, title and Discard on top; the client with their health alerts; the lines with their
buttons; beside them the deposits and the receipt's details (scrolling at 1024×600), the ticket's
discount, the totals and Charge. At 1024 px a line's artist goes under its description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kronos_desktop.ui.checkout.ticket_client import TicketClientBar
from kronos_desktop.ui.checkout.ticket_details import DepositsBox, ReceiptDetails
from kronos_desktop.ui.checkout.ticket_lines import TicketLinesModel
from kronos_desktop.ui.checkout.ticket_totals import TicketTotalsPanel
from kronos_desktop.ui.common.tablemodel import configure_table
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext

NARROW = 960  # the page's width under which a line's artist goes under its description


class TicketPageView(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ticketPage")
        self.back_button = named(
            QPushButton("← " + self.tr("Sales of the day")), "ticketBack",
            self.tr("Back to the day's sales"), self.tr("Back to the day's sales; the ticket stays open (Alt+Left)"),
        )  # fmt: skip
        self.title = title_label(self.tr("Ticket"), "ticketTitle")
        self.status = QLabel()
        self.status.setObjectName("ticketStatus")
        self.status.setProperty("role", "muted")
        self.discard_button = named(QPushButton(self.tr("Discard ticket")), "ticketDiscard", self.tr("Discard ticket"))
        self.client_bar = TicketClientBar(ctx, self)

        self.model = TicketLinesModel(self)
        self.table = named(QTableView(), "ticketLines", self.tr("Lines of the ticket"))
        configure_table(self.table, self.model)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the description gives way
        header = self.table.horizontalHeader()
        for column in TicketLinesModel.Col:
            if column != TicketLinesModel.Col.DESCRIPTION:  # figures read whole; the description stretches
                header.setSectionResizeMode(int(column), QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.model.modelReset.connect(self._row_height)
        self.empty = QLabel(self.tr("No lines yet: add a service or a product."))
        self.empty.setObjectName("ticketNoLines")
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_service = named(QPushButton(self.tr("+ Service")), "ticketAddService", self.tr("Add a service line"))
        self.add_product = named(QPushButton(self.tr("+ Product")), "ticketAddProduct", self.tr("Add a product"))
        self.edit_button = named(QPushButton(self.tr("Edit…")), "ticketEditLine", self.tr("Edit the line"))
        self.remove_button = named(
            QPushButton(self.tr("Remove")),
            "ticketRemoveLine",
            self.tr("Remove the line"),
            self.tr("Remove the line (Del)"),
        )
        self.line_discount = named(
            QPushButton(self.tr("Discount…")), "ticketLineDiscount", self.tr("Discount on the line"),
            self.tr("A discount on the chosen line"),
        )  # fmt: skip
        self.ticket_discount = named(
            QPushButton(self.tr("Ticket discount…")), "ticketDiscount", self.tr("Discount on the whole ticket")
        )

        self.deposits = DepositsBox(self)
        self.details = ReceiptDetails(self)
        self.totals_panel = TicketTotalsPanel(self)
        self.charge_button = named(QPushButton(), "ticketCharge", self.tr("Charge"))
        self.charge_button.setProperty("kind", "primary")
        self.charge_button.setMinimumHeight(44)
        self.charge_button.setStyleSheet("font-size: 13pt; font-weight: 700;")
        self.charge_why = QLabel()
        self.charge_why.setObjectName("ticketChargeWhy")
        self.charge_why.setProperty("role", "muted")
        self.charge_why.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.title)
        top.addWidget(self.status, 1)
        top.addWidget(self.discard_button)
        line_buttons = QHBoxLayout()
        for button in (self.add_service, self.add_product, self.edit_button, self.remove_button, self.line_discount):
            line_buttons.addWidget(button)
        line_buttons.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.table, 1)
        left.addWidget(self.empty, 1)
        left.addLayout(line_buttons)
        extras = QWidget()
        extras.setObjectName("ticketExtras")
        extras_layout = QVBoxLayout(extras)
        extras_layout.setContentsMargins(0, 0, 0, 0)
        extras_layout.setSpacing(8)
        extras_layout.addWidget(self.deposits)
        extras_layout.addWidget(self.details)
        extras_layout.addStretch(1)
        extras.setMinimumWidth(1)  # the cards take the column's width (no card cut at the right)
        self.extras = QScrollArea()  # the receipt's details unfolded scroll at 1024×600
        self.extras.setObjectName("ticketExtrasScroll")
        self.extras.setWidget(extras)
        self.extras.setWidgetResizable(True)
        self.extras.setFrameShape(QFrame.Shape.NoFrame)
        self.extras.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.extras.viewport().setAutoFillBackground(False)
        extras.setAutoFillBackground(False)
        self.extras.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget#ticketExtras { background: transparent; }"
        )
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        right.addWidget(self.extras, 1)
        right.addWidget(self.ticket_discount, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.totals_panel)
        right.addWidget(self.charge_why)
        right.addWidget(self.charge_button)
        self.side = QWidget()
        self.side.setObjectName("ticketSide")
        self.side.setLayout(right)
        self.side.setMinimumWidth(272)
        self.side.setMaximumWidth(320)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(left, 3)
        body.addWidget(self.side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.client_bar)
        layout.addLayout(body, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow window (1024 px): each line's artist under its description, in two lines."""
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        self.model.set_artist_inline(narrow)
        self.table.setColumnHidden(int(TicketLinesModel.Col.ARTIST), narrow)
        # the description on one line (elided; whole in its tooltip), the artist always on the second:
        # a description wrapped to two lines pushed the artist out of the row
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._row_height()

    def _row_height(self) -> None:
        """Two lines to a row when a line shows its artist or its discount's reason under it."""
        self.table.verticalHeader().setDefaultSectionSize(46 if self.model.two_lines() else 30)
