"""The ticket's lines as the receptionist changes them: a service line typed, a product found,
a line edited or removed, a discount on a line or on the whole ticket (ticket_page.py's)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QTableView, QWidget

from kronos_core import ticket
from kronos_core.ticket import DraftLine, TicketDraft
from kronos_desktop.store.queries.checkout import TicketContext
from kronos_desktop.ui.checkout.discount_dialog import Discount, DiscountDialog
from kronos_desktop.ui.checkout.ticket_line_dialog import ProductDialog, ServiceLineDialog
from kronos_desktop.ui.checkout.ticket_lines import TicketLinesModel
from kronos_desktop.ui.checkout.ticket_read import TicketSetup
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.tablemodel import select_row, selected_row
from kronos_desktop.ui.context import DeskContext

translate = QCoreApplication.translate


def length_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return translate("TicketPage", "{h} h {m} min").format(h=hours, m=rest)
    if hours:
        return translate("TicketPage", "{h} h").format(h=hours)
    return translate("TicketPage", "{m} min").format(m=rest)


def draft_from_booking(context: TicketContext) -> TicketDraft:
    """A new ticket for a booking: its client and a service line for its artist (kind and length
    as the description; the price is typed: a studio has no price list for tattoos)."""
    description = f"{fmt.kind_label(context.kind)} · {length_text(context.minutes)}"
    if context.project_title:
        description = f"{context.project_title} · {description}"
    line = DraftLine(
        line_id=uuid.uuid4(), kind="service", description=description, artist_id=context.artist_id,
        product_id=None, quantity=1, unit_price=0,
    )  # fmt: skip
    return TicketDraft(
        ticket_id=uuid.uuid4(), client_id=context.client_id, appointment_id=context.appointment_id, lines=[line]
    )


def copy_of(draft: TicketDraft) -> TicketDraft:
    """A snapshot for the writer thread (the page goes on changing its own)."""
    return TicketDraft.from_json(draft.to_json())


class LineEdits:
    """The line and discount actions of :class:`~kronos_desktop.ui.checkout.ticket_page.TicketPage`."""

    ctx: DeskContext
    draft: TicketDraft | None
    setup: TicketSetup | None
    currency: str
    table: QTableView
    model: TicketLinesModel
    dialog: QWidget | None

    def _changed(self) -> None:
        raise NotImplementedError

    def host(self) -> QWidget:
        """The page, as the dialogs' parent."""
        assert isinstance(self, QWidget)
        return self

    def chosen_line(self) -> DraftLine | None:
        line = selected_row(self.table)
        return line if isinstance(line, DraftLine) else None

    def _artists(self) -> list[tuple[uuid.UUID, str]]:
        return [(a.id, a.name) for a in self.setup.artists] if self.setup is not None else []

    def new_service_line(self) -> None:
        if self.draft is None:
            return
        default = next((ln.artist_id for ln in self.draft.lines if ln.artist_id is not None), None)
        dialog = ServiceLineDialog(
            self._artists(), None, currency=self.currency, default_artist=default, parent=self.host()
        )
        self._open_dialog(dialog, lambda: self._put_line(dialog.result_line))

    def new_product_line(self) -> None:
        if self.draft is None or self.setup is None:
            return
        dialog = ProductDialog(self.setup.products, currency=self.currency, parent=self.host())
        self._open_dialog(dialog, lambda: self._put_line(dialog.result_line))

    def edit_line(self) -> None:
        line = self.chosen_line()
        if self.draft is None or line is None:
            return
        dialog = ServiceLineDialog(self._artists(), line, currency=self.currency, parent=self.host())
        self._open_dialog(dialog, lambda: self._put_line(dialog.result_line))

    def _put_line(self, line: DraftLine | None) -> None:
        """A line added, or changed in its place (a discount above its new price is taken off)."""
        if self.draft is None or line is None:
            return
        try:
            ticket.line_discount(line)
        except ticket.TicketError:
            line = dataclasses.replace(line, discount_amount=0, discount_bps=None, discount_reason="")
        lines = self.draft.lines
        at = next((i for i, ln in enumerate(lines) if ln.line_id == line.line_id), None)
        if at is None:
            lines.append(line)
        else:
            lines[at] = line
        self._changed()
        select_row(self.table, self.model, line.line_id)
        self.table.setFocus()

    def remove_line(self) -> None:
        line = self.chosen_line()
        if self.draft is None or line is None:
            return
        at = self.draft.lines.index(line)
        self.draft.lines.remove(line)
        self._changed()
        if self.draft.lines:
            self.table.selectRow(min(at, len(self.draft.lines) - 1))

    def discount_line(self) -> None:
        line = self.chosen_line()
        if self.draft is None or line is None:
            return
        current = Discount(line.discount_amount, line.discount_bps, line.discount_reason)
        dialog = DiscountDialog(
            ticket.line_gross(line),
            current,
            scope="line",
            currency=self.currency,
            language=self.ctx.language,
            parent=self.host(),
        )

        def done() -> None:
            d = dialog.discount
            if d is not None and self.draft is not None:
                self._put_line(
                    dataclasses.replace(line, discount_amount=d.amount, discount_bps=d.bps, discount_reason=d.reason)
                )

        self._open_dialog(dialog, done)

    def discount_ticket(self) -> None:
        if self.draft is None:
            return
        draft = self.draft
        try:
            net = sum(ticket.line_gross(ln) - ticket.line_discount(ln) for ln in draft.lines)
        except ticket.TicketError:
            return
        current = Discount(draft.ticket_discount_amount, draft.ticket_discount_bps, draft.ticket_discount_reason)
        dialog = DiscountDialog(
            net, current, scope="ticket", currency=self.currency, language=self.ctx.language, parent=self.host()
        )

        def done() -> None:
            d = dialog.discount
            if d is not None and self.draft is draft:
                draft.ticket_discount_amount, draft.ticket_discount_bps, draft.ticket_discount_reason = (
                    d.amount, d.bps, d.reason,
                )  # fmt: skip
                self._changed()

        self._open_dialog(dialog, done)

    def _open_dialog(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
