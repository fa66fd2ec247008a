"""Caixa: the business day's sales and what was received. An artist at the desk sees only the
sales with their own lines, and the day's figures of those (store/queries/checkout.py); a line
under the title says so.

Over the sales, the day's headline (sales total, how many, received: day_sales.py); under them,
in a splitter, the day's figures (by method net of refunds, tips, deposits, per artist:
day_figures.py). The chosen sale's actions (Receipt…, Refund payment…, Void sale…:
sale_actions.py) are in the list's context menu, in the "Sale" menu of the header and on their
keys while the day is shown.

The ticket being rung up (ticket_page.py) is shown in the day's place: "New ticket" (Ctrl+N in
the Caixa), "Open tickets (n)" (the desk's drafts), or a booking's "Open ticket" in the agenda
(ui/agenda/block_menu.py calls :meth:`CheckoutView.open_for_booking`). Back shows the day again;
a ticket closed shows its receipt (print, PDF or close) over the day, the sale just closed
chosen. Saving a ticket's draft re-reads only the open tickets (a light read), never the day."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from kronos_desktop.store.queries import checkout as checkout_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import drawer as drawer_q
from kronos_desktop.store.queries.checkout import DaySummary, DraftSummary, SaleRow
from kronos_desktop.store.queries.checkout_day import CaixaDay
from kronos_desktop.ui import icons
from kronos_desktop.ui.agenda import block_menu
from kronos_desktop.ui.checkout.auto_kick import AutoKick
from kronos_desktop.ui.checkout.day_figures import DayFigures
from kronos_desktop.ui.checkout.day_sales import SalesModel as SalesModel
from kronos_desktop.ui.checkout.day_sales import SummaryPanel as SummaryPanel
from kronos_desktop.ui.checkout.drawer_panel import DrawerPanel, DrawerShown
from kronos_desktop.ui.checkout.receipt_dialog import ReceiptDialog, open_receipt
from kronos_desktop.ui.checkout.sale_actions import install_sale_actions
from kronos_desktop.ui.checkout.ticket_page import TicketPage
from kronos_desktop.ui.checkout.voucher_actions import VoucherActions
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.day_view import Asker, DayView
from kronos_desktop.ui.common.tablemodel import configure_table, select_row, selected_row
from kronos_desktop.ui.common.widgets import named, title_label
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate
FIGURES_HEIGHT = 150  # the day's figures' first height under the sales (the splitter moves it)
FIGURES_SHARE = 0.42  # at least this share of the room under the headline may go to the figures at first
MIN_ROWS = 4  # the sales' rows kept in sight however few the day has


@dataclass(frozen=True)
class CheckoutRead:
    """A business day's sales and summary, as read on the reader thread (one snapshot)."""

    day: dt.date
    rows: list[SaleRow]
    summary: DaySummary
    here: desk_q.Here  # the desk and its studio: time zone, currency, today by the desk's clock
    own_only: bool = False  # an artist's read: their sales alone
    open_tickets: list[DraftSummary] = field(default_factory=list)  # the desk's drafts, oldest first
    figures: CaixaDay | None = None  # the day's figures (None: no studio yet)
    drawer: drawer_q.DrawerDay | None = None  # the desk's drawer on the day (None: an artist's read)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self.here.zone

    @property
    def currency(self) -> str:
        return self.here.currency


def read_checkout(conn: Connection, day: dt.date, asker: Asker | None = None) -> CheckoutRead:
    """The business day as ``asker`` may see it (None: as the desk's own role sees it)."""
    here = desk_q.here(conn)
    if here.studio_id is None:
        return CheckoutRead(day, [], DaySummary(0, 0, 0, 0, {}), here)
    who = (asker or Asker(None, None)).viewer(conn)
    studio, viewer, sees_all = here.studio_id, who.staff_id, who.sees_all
    rows = checkout_q.sales(conn, studio, day, viewer_id=viewer, sees_all=sees_all)
    summary = checkout_q.day_summary(conn, studio, day, viewer_id=viewer, sees_all=sees_all)
    figures = checkout_q.day_figures(conn, studio, day, viewer_id=viewer, sees_all=sees_all)
    drafts = checkout_q.drafts(conn)
    drawer = None
    if who.sees_all and here.desk is not None:
        drawer = drawer_q.drawer_day(conn, studio, here.desk.device_id, day)
    return CheckoutRead(
        day, rows, summary, here, own_only=not who.sees_all, open_tickets=drafts, figures=figures, drawer=drawer
    )


class CheckoutView(DayView[CheckoutRead]):
    TABLES = frozenset(
        {"sale", "payment", "client", "studio", "replica", "deposit", "staff"}
        | {"cash_drawer", "cash_session", "cash_movement", "cash_count"}
    )
    DRAFTS = "ticket_draft"  # a draft kept: only the open tickets are read again

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "checkout", parent)
        self.setObjectName("checkoutView")
        self.model = SalesModel(self)
        self.summary_panel = SummaryPanel(self)
        self.figures = DayFigures(self)
        self.day_page = QWidget()
        self.day_page.setObjectName("checkoutDayPage")
        self.drawer_panel = DrawerPanel(ctx, self.day_page, self)  # the drawer's strip over the day
        self.auto_kick = AutoKick(ctx, self)  # the drawer opens by itself once cash is stored
        self.table = named(QTableView(), "salesTable", self.tr("Sales of the day"))
        configure_table(self.table, self.model)
        self.empty = self.empty_label(self.tr("No sales on this day."), "checkoutEmpty")
        self.open_tickets: list[DraftSummary] = []
        self.receipt: ReceiptDialog | None = None  # the receipt offered after a ticket closed
        self._select_sale: uuid.UUID | None = None  # the sale just closed, chosen once the day is read
        self._receipt_for: uuid.UUID | None = None  # ... and its receipt, offered over it

        self.own_only = QLabel(self.tr("Only your sales and their figures are shown."))
        self.own_only.setObjectName("checkoutOwnOnly")
        self.own_only.setProperty("role", "muted")
        self.own_only.setWordWrap(True)  # two lines rather than push the header's buttons out (1024 px)
        self.own_only.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.own_only.hide()
        self.new_button = named(
            QPushButton(self.tr("New ticket")),
            "checkoutNewTicket",
            self.tr("New ticket"),
            self.tr("New ticket (Ctrl+N)"),
        )
        self.new_button.setProperty("kind", "primary")
        self.new_button.setIcon(icons.icon("receipt-text", self.new_button))  # in its own (on the accent) colours
        self.open_button = named(QPushButton(), "checkoutOpenTickets", self.tr("Open tickets"))
        self.open_menu = QMenu(self.open_button)
        self.open_menu.setObjectName("checkoutOpenTicketsMenu")
        self.open_button.setMenu(self.open_menu)
        self._show_open_tickets([])
        self.sale_button = named(
            QPushButton(self.tr("Sale")), "checkoutSaleMenu", self.tr("The chosen sale's actions"),
            self.tr("Receipt, refund or void of the sale chosen in the list"),
        )  # fmt: skip

        header = QHBoxLayout()
        header.addWidget(title_label(self.tr("Checkout"), "checkoutTitle"))
        header.addStretch(1)
        header.addWidget(self.own_only, 10)  # most of the room: one line when it holds
        header.addWidget(self.sale_button)
        header.addWidget(self.open_button)
        header.addWidget(self.new_button)
        sales = QWidget()
        sales_layout = QVBoxLayout(sales)
        sales_layout.setContentsMargins(0, 0, 0, 0)
        sales_layout.addWidget(self.table, 1)
        sales_layout.addWidget(self.empty, 1)  # in the table's place when the day has nothing
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("checkoutDaySplit")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(sales)
        self.split.addWidget(self.figures)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 0)
        self.split.setSizes([400, FIGURES_HEIGHT])
        self._split_moved = False  # once the person moves it, the split stays where they put it
        self.split.splitterMoved.connect(self._split_was_moved)
        self.split.installEventFilter(self)  # sized when the split itself is (after the view's own resize)
        self.figures.setMinimumHeight(60)
        day = QVBoxLayout(self.day_page)
        day.setContentsMargins(20, 16, 20, 16)
        day.setSpacing(10)
        day.addLayout(header)
        day.addWidget(self.navigator)
        day.addWidget(self.drawer_panel)
        day.addWidget(self.summary_panel)
        day.addWidget(self.split, 1)
        self.sale_actions = install_sale_actions(self)
        sale_menu = QMenu(self.sale_button)
        sale_menu.setObjectName("checkoutSaleActions")
        sale_menu.addActions(list(self.sale_actions.actions.values()))
        self.sale_button.setMenu(sale_menu)
        self.ticket_page = TicketPage(ctx, self)
        self.pages = QStackedWidget()
        self.pages.setObjectName("checkoutPages")
        self.pages.addWidget(self.day_page)
        self.pages.addWidget(self.ticket_page)
        self.vouchers = VoucherActions(self, self)  # the header's Vouchers, and their list as a page
        header.insertWidget(header.indexOf(self.open_button), self.vouchers.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.summary: DaySummary | None = None

        self.new_button.clicked.connect(self.new_ticket)
        self.ticket_page.back.connect(self._ticket_left)
        block_menu.set_ticket_opener(self.open_for_booking)
        self.start()

    def read_day(self, conn: Connection, day: dt.date, asker: Asker) -> CheckoutRead:
        return read_checkout(conn, day, asker)

    def blank(self) -> None:
        super().blank()
        self.summary = None
        self.model.set_day([], self.model.zone, self.model.currency)
        self.summary_panel.hide()
        self.figures.hide()
        self.drawer_panel.show_drawer(None)
        self.own_only.hide()

    def show_day(self, read: CheckoutRead) -> None:
        self.summary = read.summary
        chosen = selected_row(self.table)  # a refund or void reads the day again: the sale stays chosen
        had_focus = self.table.hasFocus()
        self.model.set_day(read.rows, read.zone, read.currency)
        if isinstance(chosen, SaleRow) and self._select_sale is None:
            select_row(self.table, self.model, chosen.id)
            if had_focus:
                self.table.setFocus()
        net = read.figures.net if read.figures is not None else None
        self.summary_panel.show_summary(read.summary, read.currency, net)
        self.summary_panel.show()
        if read.figures is not None:
            self.figures.show_figures(read.figures, read.currency)
        self.figures.setVisible(read.figures is not None)
        self.drawer_panel.show_drawer(self._drawer_shown(read))
        self._size_split()
        QTimer.singleShot(0, self, self._size_split)  # again once the figures' and the strip's layouts have settled
        self.own_only.setVisible(read.own_only)
        self.show_rows(bool(read.rows))
        self._show_open_tickets(read.open_tickets, read.currency, read.zone)
        if self._select_sale is not None and select_row(self.table, self.model, self._select_sale):
            self._select_sale = None
            self.table.setFocus()
        self._offer_receipt()

    @staticmethod
    def _drawer_shown(read: CheckoutRead) -> DrawerShown | None:
        if read.drawer is None or read.here.studio_id is None:
            return None
        device = read.here.desk.device_id if read.here.desk is not None else None
        return DrawerShown(read.drawer, read.here.studio_id, device, read.zone, read.here.today())

    def _split_was_moved(self, _pos: int, _index: int) -> None:
        self._split_moved = True

    def _size_split(self) -> None:
        """The figures as tall as they need, up to the room the sales' rows leave (at least
        FIGURES_SHARE of it): the sales keep MIN_ROWS rows in sight (1024x600); more figures scroll."""
        room = sum(self.split.sizes())
        if self._split_moved or room <= 0:
            return
        # the list keeps its rows (at least MIN_ROWS) in sight; the room it does not use is the figures'
        rows = max(self.model.rowCount(), MIN_ROWS)
        list_needs = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 4
        )
        share = max(int(room * FIGURES_SHARE), room - list_needs)
        figures = min(self.figures.sizeHint().height(), share)
        self.split.setSizes([room - figures, figures])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.split and event.type() == QEvent.Type.Resize:
            self._size_split()
        return super().eventFilter(watched, event)

    def on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        """The day again when its tables change; a draft kept (every change of an open ticket)
        reads only the open tickets."""
        if self.TABLES & changed.keys():
            self.refresh()  # the day's read holds the open tickets too
        elif self.DRAFTS in changed:
            self.ctx.reads.ask(self, "drafts", checkout_q.drafts, self._drafts_read)

    def _drafts_read(self, drafts: list[DraftSummary]) -> None:
        if self._here is None:
            self._show_open_tickets(drafts)
            return
        self._show_open_tickets(drafts, self._here.currency, self._here.zone)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+N anywhere in the Caixa: a new ticket (a key event, not a window shortcut: the
        Clients section's Ctrl+N is a new client)."""
        if event.key() == Qt.Key.Key_N and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.new_ticket()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- tickets -----------------------------------------------------------------------------------
    def _show_open_tickets(
        self, drafts: list[DraftSummary], currency: str = "BRL", zone: zoneinfo.ZoneInfo | None = None
    ) -> None:
        self.open_tickets = drafts
        self.open_button.setText(self.tr("Open tickets (%n)", "", len(drafts)))
        self.open_button.setEnabled(bool(drafts))
        self.open_menu.clear()
        for at, one in enumerate(drafts):
            who = one.client_name or self.tr("No client")
            total = fmt.money_text(one.total, currency) if one.total is not None else "?"
            parts = [who, total]
            if one.artist_names:
                parts.append(", ".join(one.artist_names))
            if zone is not None:
                parts.append(fmt.time_text(one.changed_at, zone))
            action = named(self.open_menu.addAction(" · ".join(parts)), f"checkoutOpenTicket{at}", " · ".join(parts))
            ticket_id = one.ticket_id
            action.triggered.connect(lambda _c=False, t=ticket_id: self.open_ticket(t))

    def showing_ticket(self) -> bool:
        return self.pages.currentWidget() is self.ticket_page

    def _show_ticket_page(self) -> None:
        self.pages.setCurrentWidget(self.ticket_page)

    def new_ticket(self) -> None:
        if self.showing_ticket() and self.ticket_page.draft is not None and not self.ticket_page.draft.lines:
            return  # an empty ticket is on screen already
        self._show_ticket_page()
        self.ticket_page.new_ticket()

    def open_ticket(self, ticket_id: uuid.UUID) -> None:
        self._show_ticket_page()
        self.ticket_page.open_ticket(ticket_id)

    def open_for_booking(self, appointment_id: uuid.UUID) -> None:
        """The agenda's "Open ticket": the Caixa shown (the main window's section), the booking's ticket."""
        show_section = getattr(self.window(), "show_section", None)
        if callable(show_section):
            show_section("checkout")
        self._show_ticket_page()
        self.ticket_page.open_for_booking(appointment_id)

    def _ticket_left(self, sale_id: object) -> None:
        """Back from the ticket: the day again; a ticket closed offers its receipt (print, PDF or
        close) over the day, the sale chosen."""
        if isinstance(sale_id, uuid.UUID):
            self._receipt_for = sale_id
        self.show_day_page(sale_id)

    def show_day_page(self, sale_id: object = None) -> None:
        """The day's sales again, ``sale_id`` chosen (a sale of today, by the studio's clock)."""
        self.pages.setCurrentWidget(self.day_page)
        if isinstance(sale_id, uuid.UUID):
            self._select_sale = sale_id
            if self.day() != self.today():
                self.navigator.set_day(self.today())
            else:
                self.refresh()
        self.table.setFocus()

    def _offer_receipt(self) -> None:
        """The receipt of the ticket just closed, once the day it is on is read."""
        sale_id, self._receipt_for = self._receipt_for, None
        if sale_id is None or not self.isVisible():
            return
        self.receipt = open_receipt(self.ctx, sale_id, self.window())
        self.receipt.finished.connect(lambda _r: self.table.setFocus())
