"""The ticket being rung up: a page of the Caixa in the day's sales' place (Back, Alt+Left, returns
to them; the ticket stays open on the desk).

The client on top (none for a retail sale) with their health alerts in red; the lines (a service
with its artist, a product from the studio's list), each with its discount and reason, and a
discount on the whole ticket; the client's held deposits to apply; the receipt's details; the
totals as the lines change (:func:`kronos_core.ticket.totals`) and "Charge R$ X" (Ctrl+Enter),
which opens the payment (ui/checkout/payment_dialog.py). Every change keeps the draft on the
desk (``ops.checkout.save_draft``, 400 ms after the last change), so a restart keeps it; nothing
becomes a sale until the payment closes it. "Discard ticket" asks first.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from kronos_core import ticket
from kronos_core.ticket import TicketDraft, TicketTotals
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.ui.checkout.click_guard import guard_clicks
from kronos_desktop.ui.checkout.ticket_details import policy_notes
from kronos_desktop.ui.checkout.ticket_edits import LineEdits, copy_of, draft_from_booking
from kronos_desktop.ui.checkout.ticket_page_view import TicketPageView
from kronos_desktop.ui.checkout.ticket_read import (
    ClientFacts,
    TicketOpening,
    TicketSetup,
    read_client,
    read_opening,
    read_setup,
)
from kronos_desktop.ui.checkout.ticket_totals import DEPOSIT_PROBLEMS, ticket_error_text, totals_to_show
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.day_view import Asker
from kronos_desktop.ui.common.tablemodel import select_row
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
SAVE_AFTER_MS = 400


class TicketPage(LineEdits, TicketPageView):
    back = Signal(object)  # the sale to select in the day's list (None: none), once the ticket is left
    TABLES = frozenset({"client", "deposit", "product", "staff"})

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.draft: TicketDraft | None = None
        self.setup: TicketSetup | None = None
        self.client: ClientFacts | None = None
        self.deposit_notes: dict[uuid.UUID, str] = {}  # the studio's policy on a project's deposits
        self.totals: TicketTotals | None = None
        self.error: ticket.TicketError | None = None
        self.artist_names: dict[uuid.UUID, str] = {}
        self.currency = "BRL"
        self.dialog: QWidget | None = None  # the line, discount or payment dialog open now
        self._dirty = False
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_AFTER_MS)
        self.save_timer.timeout.connect(self.save_now)

        self.back_button.clicked.connect(self.leave)
        self.discard_button.clicked.connect(self.ask_discard)
        self.client_bar.picked.connect(self.set_client)
        self.add_service.clicked.connect(self.new_service_line)
        self.add_product.clicked.connect(self.new_product_line)
        self.edit_button.clicked.connect(self.edit_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.line_discount.clicked.connect(self.discount_line)
        self.ticket_discount.clicked.connect(self.discount_ticket)
        self.table.doubleClicked.connect(lambda _i: self.edit_line())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.deposits.toggled.connect(self.toggle_deposit)
        self.details.changed.connect(self._details_changed)
        self.charge_button.clicked.connect(self.charge)
        ctx.hub.rows_changed.connect(self._on_rows_changed)
        guard_clicks(self)  # a double-click on "Open ticket" does not reach its lines
        self._show()

    # -- opening ---------------------------------------------------------------------------------
    def new_ticket(self) -> None:
        """A new ticket (retail, or a client found on top); kept once something is added."""
        self.save_now()
        self._ask_opening(None, None)

    def open_ticket(self, ticket_id: uuid.UUID) -> None:
        self.save_now()
        self._ask_opening(ticket_id, None)

    def open_for_booking(self, appointment_id: uuid.UUID) -> None:
        """The booking's open ticket, or a new one from it."""
        self.save_now()
        self._ask_opening(None, appointment_id)

    def _ask_opening(self, ticket_id: uuid.UUID | None, appointment_id: uuid.UUID | None) -> None:
        self.draft = None
        self.status.setText(self.tr("Loading…"))
        asker = Asker.of(self.ctx)
        self.ctx.reads.ask(
            self, "open",
            lambda conn: read_opening(conn, asker, ticket_id=ticket_id, appointment_id=appointment_id),
            self._opened,
        )  # fmt: skip

    def _opened(self, opening: TicketOpening) -> None:
        self.setup = opening.setup
        self.currency = opening.setup.here.currency
        self.artist_names = {a.id: a.name for a in opening.setup.artists}
        draft = opening.draft
        fresh = False
        self.deposit_notes = policy_notes(opening.context) if opening.context is not None else {}
        if draft is None and opening.context is not None:
            self.artist_names.setdefault(opening.context.artist_id, opening.context.artist_name)
            draft = draft_from_booking(opening.context)
            fresh = True
        if draft is None:
            draft = TicketDraft(ticket_id=uuid.uuid4(), client_id=None, appointment_id=None, lines=[])
        self.draft = draft
        self.client = opening.client
        if self.client is not None:
            self._fill_fiscal_from(self.client)
        self._show()
        if fresh:
            self._changed()
            select_row(self.table, self.model, draft.lines[0].line_id)
            QTimer.singleShot(0, self.edit_line)  # the price is typed first
        elif not draft.lines and self.client is None:
            self.client_bar.search.setFocus()
        else:
            self.table.setFocus()

    # -- the client ------------------------------------------------------------------------------
    def set_client(self, client_id: uuid.UUID | None) -> None:
        if self.draft is None:
            return
        if client_id is None:
            self._client_read(None)
            return
        asker = Asker.of(self.ctx)
        self.ctx.reads.ask(self, "client", lambda conn: read_client(conn, client_id, asker), self._client_read)

    def _client_read(self, client: ClientFacts | None) -> None:
        if self.draft is None:
            return
        before = self.client
        self.client = client
        self.draft.client_id = client.id if client is not None else None
        held = {d.id for d in client.held if d.offered} if client is not None else set()  # expired: not offered
        self.draft.deposit_ids = [d for d in self.draft.deposit_ids if d in held]
        _document, name, address, _service = self.details.values()
        ours = before is None or (
            (before.full_name == name or not name) and (before.address or "") == address
        )  # the details were the old client's (or empty): the new client's replace them
        if client is not None and ours:
            self._fill_fiscal_from(client, force=True)
        elif client is None and ours:
            self.draft.fiscal_document = self.draft.fiscal_name = self.draft.fiscal_address = ""
        self._changed()
        self.table.setFocus()

    def _fill_fiscal_from(self, client: ClientFacts, *, force: bool = False) -> None:
        """The receipt's details from the client's record, where it knows them (never over what
        was typed for this ticket, unless the client changed)."""
        assert self.draft is not None
        d = self.draft
        cpf = client.document_number if (client.document_type or "").lower() in ("cpf", "cnpj") else None
        if force or not d.fiscal_document:
            d.fiscal_document = "".join(ch for ch in (cpf or "") if ch.isdigit())
        if force or not d.fiscal_name:
            d.fiscal_name = client.full_name
        if force or not d.fiscal_address:
            d.fiscal_address = client.address or ""

    def _on_rows_changed(self, changed: dict[str, set[uuid.UUID]]) -> None:
        """A deposit applied elsewhere, a client's alert edited: the client's facts again; a
        product or an artist saved in Settings (the page may be hidden): the studio's lists again."""
        if self.draft is not None and {"product", "staff"} & changed.keys():
            self.ctx.reads.ask(self, "setup", read_setup, self._setup_fresh)
        if self.draft is not None and self.client is not None and self.TABLES & changed.keys() and self.isVisible():
            client_id, asker = self.client.id, Asker.of(self.ctx)
            self.ctx.reads.ask(self, "client", lambda conn: read_client(conn, client_id, asker), self._client_fresh)

    def _setup_fresh(self, setup: TicketSetup) -> None:
        if self.setup is not None:  # the names of artists no longer listed are kept for their lines
            self.artist_names.update({a.id: a.name for a in setup.artists})
            self.setup = setup

    def _client_fresh(self, client: ClientFacts | None) -> None:
        if self.draft is None or client is None or self.client is None or client.id != self.client.id:
            return
        self.client = client
        held = {d.id for d in client.held if d.offered}
        kept = [d for d in self.draft.deposit_ids if d in held]
        if kept != self.draft.deposit_ids:
            self.draft.deposit_ids = kept
            self._changed()
        else:
            self._show()

    # -- lines -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter: Charge; Alt+Left: back to the day (key events the page's fields let through)."""
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & Qt.KeyboardModifier.ControlModifier:
            self.charge()
            event.accept()
            return
        if key == Qt.Key.Key_Left and mods == Qt.KeyboardModifier.AltModifier:
            self.leave()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.remove_line()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.edit_line()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Left):
                self.keyPressEvent(event)  # the table would take them for its own
                return event.isAccepted()
        return super().eventFilter(watched, event)

    # -- deposits and details ----------------------------------------------------------------------
    def toggle_deposit(self, deposit_id: uuid.UUID, on: bool) -> None:
        if self.draft is None or (on and deposit_id not in self.deposit_amounts()):
            return  # only a deposit offered (held, not expired) is applied
        ids = [d for d in self.draft.deposit_ids if d != deposit_id]
        self.draft.deposit_ids = [*ids, deposit_id] if on else ids  # applied once, whatever is clicked
        self._changed()

    def _details_changed(self) -> None:
        if self.draft is None:
            return
        document, name, address, service = self.details.values()
        d = self.draft
        d.fiscal_document, d.fiscal_name, d.fiscal_address, d.service_description = document, name, address, service
        self._schedule_save()
        self._enable()

    def service_hint(self) -> str:
        if self.draft is None:
            return ""
        return "; ".join(ln.description for ln in self.draft.lines if ln.kind == "service" and ln.description)

    # -- showing and saving ------------------------------------------------------------------------
    def deposit_amounts(self) -> dict[uuid.UUID, int]:
        return {d.id: d.amount for d in self.client.held if d.offered} if self.client is not None else {}

    def _compute(self) -> None:
        self.totals, self.error = None, None
        if self.draft is None:
            return
        try:
            self.totals = ticket.totals(self.draft, self.deposit_amounts())
        except ticket.TicketError as exc:
            self.error = exc

    def _changed(self) -> None:
        self._show()
        self._schedule_save()

    def _schedule_save(self) -> None:
        if self.draft is not None and (self.draft.lines or self.draft.client_id is not None):
            self._dirty = True
            self.save_timer.start()

    def save_now(self) -> None:
        """Keep the draft now (a save waiting for the pause runs at once)."""
        self.save_timer.stop()
        if not self._dirty or self.draft is None:
            return
        self._dirty = False
        op = checkout_ops.save_draft(copy_of(self.draft), staff_id=self.ctx.who.staff_id, parent=self)
        try:
            self.ctx.runner.run(op)
        except RuntimeError:  # the desk is closing: its writer has stopped
            log.warning("the open ticket %s was not kept: the desk was closing", self.draft.ticket_id)

    def hideEvent(self, event: QHideEvent) -> None:
        """Another section, the day's list, the lock screen: what was typed is kept at once."""
        self.save_now()
        super().hideEvent(event)

    def _show(self) -> None:
        self._compute()
        draft = self.draft
        lines = draft.lines if draft is not None else []
        chosen = self.chosen_line()
        self.model.set_lines(lines, self.artist_names, self.currency)
        if chosen is not None:
            select_row(self.table, self.model, chosen.line_id)
        self.table.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        if self.client_bar.client is not self.client:
            self.client_bar.show_client(self.client)
        self.status.setText("" if draft is not None else self.tr("Loading…"))
        if draft is not None and draft.appointment_id is not None:
            self.title.setText(self.tr("Ticket of a booking"))
        else:
            self.title.setText(self.tr("Ticket"))
        held = self.client.held if self.client is not None else []
        applied = draft.deposit_ids if draft is not None else []
        self.deposits.show_deposits(held, applied, self.currency, notes=self.deposit_notes)
        deposit_problem = self.error is not None and self.error.code in DEPOSIT_PROBLEMS
        self.deposits.set_problem(ticket_error_text(self.error) if deposit_problem and self.error else None)
        if draft is not None:
            self.details.set_values(
                draft.fiscal_document, draft.fiscal_name, draft.fiscal_address, draft.service_description,
                self.service_hint(),
            )  # fmt: skip
        problem = ticket_error_text(self.error) if self.error is not None and not deposit_problem else None
        reason = draft.ticket_discount_reason if draft is not None else ""
        self.totals_panel.show_totals(self._shown_totals(), problem, self.currency, reason)
        self._enable()

    def _shown_totals(self) -> TicketTotals | None:
        return totals_to_show(self.draft, self.totals, self.error)

    def charge_problem(self) -> str | None:
        """Why Charge is not offered now (None: it is)."""
        if self.draft is None:
            return self.tr("Loading…")
        if not self.draft.lines:
            return self.tr("Add a line to charge.")
        if any(ln.unit_price == 0 for ln in self.draft.lines if ln.kind == "service"):
            return self.tr("Type the price of each service.")
        if self.error is not None and self.error.code in DEPOSIT_PROBLEMS:
            return self.tr("Untick a deposit to charge.")  # the reason is said at the deposits box
        if self.error is not None:
            return ticket_error_text(self.error)
        if self.details.problem() is not None:
            return self.tr("The receipt's CPF or CNPJ is not valid.")
        return None

    def _enable(self) -> None:
        ready = self.draft is not None
        chosen = self.chosen_line() is not None
        for button in (self.edit_button, self.remove_button, self.line_discount):
            button.setEnabled(ready and chosen)
        self.add_service.setEnabled(ready)
        self.add_product.setEnabled(ready and self.setup is not None)
        self.ticket_discount.setEnabled(ready and bool(self.draft and self.draft.lines))
        self.discard_button.setEnabled(ready)
        shown = self._shown_totals()
        due = shown.due if shown is not None else 0
        self.charge_button.setText(self.tr("Charge {amount}").format(amount=fmt.money_text(due, self.currency)))
        self.charge_button.setToolTip(self.tr("Take the payment (Ctrl+Enter)"))
        why = self.charge_problem()
        self.charge_button.setEnabled(why is None)
        self.charge_why.setText(why or "")
        self.charge_why.setVisible(bool(why) and self.draft is not None and bool(self.draft.lines))

    # -- leaving -----------------------------------------------------------------------------------
    def charge(self) -> None:
        if self.draft is None or self.totals is None or self.charge_problem() is not None or not self.isVisible():
            return
        if not self.draft.service_description:
            self.draft.service_description = self.service_hint()
        self._dirty = True
        self.save_now()
        from kronos_desktop.ui.checkout.payment_dialog import PaymentDialog  # H8's, loaded when needed

        names = dict(self.artist_names)
        dialog = PaymentDialog(self.ctx, self.draft, self.totals, names, self)
        dialog.closed.connect(self._closed)
        dialog.finished.connect(lambda _r: self._show())  # payments entered are in the draft
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _closed(self, sale_id: object) -> None:
        """The ticket is a sale now (its draft gone with it): back to the day, the sale chosen."""
        self.save_timer.stop()
        self._dirty = False
        self.draft = None
        self.client = None
        self.back.emit(sale_id)

    def leave(self) -> None:
        self.save_now()
        self.back.emit(None)

    def ask_discard(self) -> None:
        draft = self.draft
        if draft is None:
            return
        box = QMessageBox(self)
        box.setObjectName("ticketDiscardConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Discard ticket"))
        box.setText(self.tr("Discard this ticket? Its lines are lost; nothing was recorded."))
        paid = sum(p.amount + p.tip for p in draft.payments)
        if paid:
            box.setInformativeText(
                self.tr("{amount} was entered as received on it: give it back or take it on another ticket.").format(
                    amount=fmt.money_text(paid, self.currency)
                )
            )
        yes = box.addButton(self.tr("Discard ticket"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("ticketDiscardYes")
        no = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("ticketDiscardNo")
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if button is yes and self.draft is draft:
                self.save_timer.stop()
                self._dirty = False
                self.ctx.runner.run(checkout_ops.discard_draft(draft.ticket_id, parent=self))
                self.draft = None
                self.client = None
                self.back.emit(None)

        box.buttonClicked.connect(answered)
        self.dialog = box
        box.open()
