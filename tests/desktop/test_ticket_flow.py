"""The ticket from a completed booking (its menu's "Open ticket"), its health alert and its
service line; a discount above its line said at the field; Del and Discard (asked first); a held
deposit applied once; the receipt's CPF checked; and a ticket charged in cash, closed through the
payment dialog, its receipt offered over the day's list where its sale is chosen."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select, update

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.schema import appointment, client, sale
from kronos_core.ticket import DraftPayment
from kronos_desktop.app import Desk
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.store.queries import checkout as checkout_q
from kronos_desktop.ui.agenda import block_menu
from kronos_desktop.ui.checkout.discount_dialog import DiscountDialog
from kronos_desktop.ui.checkout.payment_dialog import PaymentDialog
from kronos_desktop.ui.checkout.receipt_dialog import ReceiptDialog
from kronos_desktop.ui.checkout.ticket_line_dialog import PRICE_ROLE, ProductDialog, ServiceLineDialog
from kronos_desktop.ui.checkout.view import CheckoutView
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.modal import answer_box
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"  # the words as written in the code; pt_BR's come with the translations


@pytest.fixture
def caixa(qtbot: Any, window: MainWindow, desk: Desk) -> CheckoutView:
    window.show_section("checkout")
    settle(qtbot, desk.ctx)
    return window.checkout


def modal(kind: type[QDialog]) -> Any:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind), dialog
    return dialog


def type_into(widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)


def written(qtbot: Any, desk: Desk) -> None:
    qtbot.wait(450)  # the page keeps its draft 400 ms after the last change
    qtbot.waitUntil(lambda: not desk.ctx.runner.busy, timeout=10_000)
    settle(qtbot, desk.ctx)


def open_tickets(desk: Desk) -> list[checkout_q.DraftSummary]:
    with desk.store.read_engine.connect() as conn:
        return checkout_q.drafts(conn)


def new_ticket_with(qtbot: Any, desk: Desk, caixa: CheckoutView, price: str = "100") -> None:
    caixa.new_button.click()
    settle(qtbot, desk.ctx)
    caixa.ticket_page.add_service.click()
    dialog = modal(ServiceLineDialog)
    type_into(dialog.description, "Flash, ankle")
    type_into(dialog.price, price)
    dialog.ok_button.click()
    assert not dialog.isVisible()


def completed_with_alert(desk: Desk) -> tuple[uuid.UUID, uuid.UUID, str]:
    """A completed booking whose client has a health alert: (booking, client, the allergy)."""
    a, c = appointment.c, client.c
    with desk.store.engine.begin() as conn:
        row = conn.execute(
            select(a.id, a.client_id)
            .select_from(appointment.join(client, c.id == a.client_id))
            .where(a.status == "completed", a.kind != "block", a.deleted.is_(False), c.merged_into.is_(None))
            .order_by(a.starts_at.desc())
        ).first()
        assert row is not None
        conn.execute(update(client).where(c.id == row.client_id).values(allergies="Latex allergy"))
    desk.hub.notify({"client": {row.client_id}})
    return row.id, row.client_id, "Latex allergy"


def test_a_completed_bookings_menu_opens_its_ticket(
    qtbot: Any, desk: Desk, window: MainWindow, caixa: CheckoutView
) -> None:
    booking_id, _client_id, allergy = completed_with_alert(desk)
    with desk.store.read_engine.connect() as conn:
        found = booking_q.booking(conn, booking_id)
    assert found is not None
    window.show_section("agenda")
    menu = block_menu.block_menu(found, None, Role.RECEPTIONIST, lambda _key: None, window)
    action = next(a for a in menu.actions() if a.objectName() == "blockOpenTicket")
    assert action.isEnabled()
    action.trigger()
    settle(qtbot, desk.ctx)
    assert window.current_section() == "checkout"
    page = caixa.ticket_page
    assert caixa.showing_ticket()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ServiceLineDialog), timeout=5000)
    dialog = modal(ServiceLineDialog)  # the price is typed first: there is no price list
    assert dialog.artist_id() == found.artist_id
    type_into(dialog.price, "850")
    QTest.keyClick(dialog.price, Qt.Key.Key_Return)
    assert page.client_bar.health.isVisibleTo(page)  # in red, over the lines
    assert allergy in page.client_bar.health.text()
    assert page.model.rowCount() == 1
    assert page.charge_button.text() == "Charge R$850.00"
    written(qtbot, desk)
    (kept,) = open_tickets(desk)
    assert (kept.appointment_id, kept.total) == (booking_id, 85_000)

    page.leave()  # the booking's menu again: the same ticket, not a second one
    block_menu.open_ticket(booking_id)
    settle(qtbot, desk.ctx)
    assert page.draft is not None
    assert page.draft.ticket_id == kept.ticket_id
    assert QApplication.activeModalWidget() is None  # its price is typed already


def test_a_discount_above_its_line_is_said_at_the_field(qtbot: Any, desk: Desk, caixa: CheckoutView) -> None:
    new_ticket_with(qtbot, desk, caixa, "100")
    page = caixa.ticket_page
    page.table.selectRow(0)
    page.line_discount.click()
    dialog = modal(DiscountDialog)
    type_into(dialog.amount, "150")
    assert dialog.amount.message.text() == "More than the line's R$100.00."
    dialog.ok_button.click()
    assert dialog.isVisible()  # nothing applied
    type_into(dialog.amount, "15")
    assert dialog.amount.message.isHidden()
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.reason_problem.text() == "Say why: the reason is kept with the sale."
    type_into(dialog.reason, "Returning client")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert page.totals_panel.values["due"].text() == "R$85.00"
    assert page.totals_panel.values["line_discounts"].text() == "−R$15.00"
    assert page.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "Discount: Returning client"
    # the reason in sight on the page, under the line's description (a row of two lines)
    assert page.model.index(0, 0).data().split("\n")[-1].endswith("Discount: Returning client")
    assert page.table.rowHeight(0) >= 2 * page.table.fontMetrics().lineSpacing()


def test_del_removes_a_line_and_discard_asks_first(qtbot: Any, desk: Desk, caixa: CheckoutView) -> None:
    new_ticket_with(qtbot, desk, caixa, "100")
    page = caixa.ticket_page
    page.add_service.click()
    dialog = modal(ServiceLineDialog)
    type_into(dialog.description, "Touch-up")
    type_into(dialog.price, "40")
    dialog.ok_button.click()
    assert page.model.rowCount() == 2
    page.table.setFocus()
    page.table.selectRow(1)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 1
    assert page.charge_button.text() == "Charge R$100.00"
    written(qtbot, desk)
    assert caixa.open_button.text() == "Open tickets (1)"

    seen: list[dict[str, str]] = []
    answer_box(seen, "ticketDiscardNo")
    page.discard_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0]["text"] == "Discard this ticket? Its lines are lost; nothing was recorded."
    assert caixa.showing_ticket()
    answer_box(seen, "ticketDiscardYes")
    page.discard_button.click()
    qtbot.waitUntil(lambda: not caixa.showing_ticket(), timeout=5000)
    written(qtbot, desk)
    assert open_tickets(desk) == []
    assert caixa.open_button.text() == "Open tickets (0)"


def test_a_held_deposit_is_applied_once(qtbot: Any, desk: Desk, caixa: CheckoutView) -> None:
    c = client.c
    with desk.store.read_engine.connect() as conn:
        client_id, name = conn.execute(
            select(c.id, c.full_name).where(c.deleted.is_(False), c.merged_into.is_(None)).order_by(c.full_name)
        ).first()  # type: ignore[misc]
    args = {
        "deposit_id": uuid7(), "client_id": client_id, "amount": 20_000, "policy_text": "Valid 6 months",
        "acknowledged": True, "business_date": desk.ctx.today(),
    }  # fmt: skip
    deposit_ops.take_deposit(args, DraftPayment(uuid7(), "pix", 20_000)).write(desk.store)
    new_ticket_with(qtbot, desk, caixa, "150")
    page = caixa.ticket_page
    type_into(page.client_bar.search, name)
    settle(qtbot, desk.ctx)
    QTest.keyClick(page.client_bar.search, Qt.Key.Key_Return)  # Enter picks the first found
    settle(qtbot, desk.ctx)
    assert page.draft is not None
    assert page.draft.client_id == client_id
    (box,) = page.deposits.boxes.values()
    assert box.text() == "R$200.00 taken " + box.text().rsplit(" ", 1)[1]
    box.setChecked(True)  # R$200 on a R$150 ticket: more than it
    assert page.deposits.problem.text() == "The deposits applied are more than the ticket's total."
    assert not page.charge_button.isEnabled()
    # said once, at the deposits box; the ticket's own figures stay in sight
    assert page.totals_panel.values["subtotal"].text() == "R$150.00"
    assert page.totals_panel.values["due"].text() == "R$150.00"
    assert page.totals_panel.problem.isHidden()
    assert page.charge_why.text() == "Untick a deposit to charge."
    assert page.charge_button.text() == "Charge R$150.00"
    page.add_service.click()
    dialog = modal(ServiceLineDialog)
    type_into(dialog.description, "Second area")
    type_into(dialog.price, "250")
    dialog.ok_button.click()
    (box,) = page.deposits.boxes.values()
    box.setChecked(False)
    box.setChecked(True)
    assert len(page.draft.deposit_ids) == 1  # once, however often it is ticked
    assert page.totals_panel.values["deposit_applied"].text() == "−R$200.00"
    assert page.charge_button.text() == "Charge R$200.00"
    assert page.charge_button.isEnabled()


def test_the_receipts_cpf_is_checked(qtbot: Any, desk: Desk, caixa: CheckoutView) -> None:
    new_ticket_with(qtbot, desk, caixa, "100")
    page = caixa.ticket_page
    page.details.toggle.setChecked(True)
    type_into(page.details.document, "529.982.247-26")
    page.details.document.editingFinished.emit()
    assert page.details.document_problem.text() == "This CPF or CNPJ is not valid: check its digits."
    assert not page.charge_button.isEnabled()
    type_into(page.details.document, "52998224725")
    page.details.document.editingFinished.emit()
    assert page.details.document_problem.isHidden()
    assert page.details.document.text() == "529.982.247-25"
    assert page.charge_button.isEnabled()
    assert page.draft is not None
    assert page.draft.fiscal_document == "52998224725"


def test_charged_in_cash_and_closed_back_on_the_days_list(qtbot: Any, desk: Desk, caixa: CheckoutView) -> None:
    new_ticket_with(qtbot, desk, caixa, "120")
    page = caixa.ticket_page
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter: Charge
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PaymentDialog), timeout=5000)
    dialog = modal(PaymentDialog)
    settle(qtbot, desk.ctx)
    QTest.mouseClick(dialog.form.method_buttons["cash"], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    type_into(dialog.form.received, "150")
    QTest.keyClick(dialog.form.received, Qt.Key.Key_Return)  # adds the payment
    qtbot.waitUntil(dialog.close_button.isEnabled, timeout=5000)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not caixa.showing_ticket(), timeout=10_000)
    settle(qtbot, desk.ctx)
    chosen = caixa.table.selectionModel().selectedRows()
    assert len(chosen) == 1
    row = chosen[0].data(caixa.model.RowRole)
    with desk.store.read_engine.connect() as conn:
        total = conn.execute(select(sale.c.total).where(sale.c.id == row.id)).scalar()
    assert total == 12_000
    assert open_tickets(desk) == []
    # Its receipt is offered over the day (print, PDF or close); closed, the list has the keys.
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReceiptDialog), timeout=5000)
    receipt = modal(ReceiptDialog)
    assert receipt.sale_id == row.id
    qtbot.waitUntil(receipt.print_button.isEnabled, timeout=10_000)  # the sale read, its preview drawn
    assert receipt.pdf_button.isEnabled()
    receipt.close_button.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    assert caixa.window().focusWidget() is caixa.table  # the keys go to the list
    assert caixa.table.selectionModel().selectedRows()[0].data(caixa.model.RowRole).id == row.id


def test_a_product_found_by_its_sku(qtbot: Any, desk: Desk, caixa: CheckoutView, demo: DemoStudio) -> None:
    for name, sku, price in (("Healing balm 30 g", "BALM-30", 4_590), ("Aftercare soap", "SOAP-1", 2_500)):
        args = {"product_id": uuid7(), "name": name, "sku": sku, "price": price}
        desk.store.apply("product.save", args, staff_id=demo.owner_id)
    desk.hub.notify({"product": set()})
    caixa.new_button.click()
    settle(qtbot, desk.ctx)
    page = caixa.ticket_page
    page.add_product.click()
    dialog = modal(ProductDialog)
    assert dialog.results.count() >= 2  # with the demo's own products
    QTest.keyClicks(dialog.search, "balm-3")
    assert [dialog.results.item(i).text() for i in range(dialog.results.count())] == ["Healing balm 30 g · BALM-30"]
    assert dialog.results.item(0).data(PRICE_ROLE) == "R$45.90"  # in its own column at the right
    type_into(dialog.quantity, "3")
    dialog.search.setFocus()
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter takes the one found
    assert not dialog.isVisible()
    assert page.model.index(0, 0).data() == "Healing balm 30 g"
    assert page.charge_button.text() == "Charge R$137.70"


def test_after_complete_a_ticket_is_offered(qtbot: Any, desk: Desk, window: MainWindow, caixa: CheckoutView) -> None:
    booking_id, client_id, _allergy = completed_with_alert(desk)
    with desk.store.engine.begin() as conn:  # the session is still going: Complete is next
        conn.execute(update(appointment).where(appointment.c.id == booking_id).values(status="in_progress"))
    desk.hub.notify({"appointment": {booking_id}})
    window.show_section("agenda")
    settle(qtbot, desk.ctx)
    seen: list[dict[str, str]] = []
    answer_box(seen, "offerTicketYes")
    flow = window.agenda.commands.flow  # the agenda's own flow, as its menu and its D key run it
    flow.act(booking_id, "completed")
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0]["text"] == "Open a ticket for this booking?"
    settle(qtbot, desk.ctx)
    with desk.store.read_engine.connect() as conn:
        status = conn.execute(select(appointment.c.status).where(appointment.c.id == booking_id)).scalar()
    assert status == "completed"
    assert window.current_section() == "checkout"
    assert caixa.showing_ticket()
    page = caixa.ticket_page
    assert page.draft is not None
    assert (page.draft.appointment_id, page.draft.client_id) == (booking_id, client_id)


def test_a_projects_deposit_says_which_session_applies_it(
    qtbot: Any, desk: Desk, demo: DemoStudio, caixa: CheckoutView
) -> None:
    """The studio applies a project's deposit at its last session (the default policy): the ticket
    of an earlier session offers it saying so; the last session's says "this session"."""
    c = client.c
    with desk.store.read_engine.connect() as conn:
        client_id = conn.execute(
            select(c.id).where(c.deleted.is_(False), c.merged_into.is_(None), c.blocked.is_(False)).limit(1)
        ).scalar_one()
    project_id, first, last = uuid7(), uuid7(), uuid7()
    desk.store.apply("project.create", {"project_id": project_id, "client_id": client_id, "title": "Costas"})
    day = desk.ctx.today()
    for n, booking in ((40, first), (80, last)):
        starts = desk.store.now().replace(hour=14, minute=0, second=0, microsecond=0) + dt.timedelta(days=n)
        desk.store.apply(
            "appointment.book",
            {"appointment_id": booking, "client_id": client_id, "artist_id": demo.artist_ids[0], "kind": "session",
             "starts_at": starts, "ends_at": starts + dt.timedelta(hours=3), "project_id": project_id},
        )  # fmt: skip
    args = {
        "deposit_id": uuid7(), "client_id": client_id, "project_id": project_id, "amount": 30_000,
        "policy_text": "Sinal do projeto", "acknowledged": True, "business_date": day,
    }  # fmt: skip
    deposit_ops.take_deposit(args, DraftPayment(uuid7(), "pix", 30_000)).write(desk.store)
    page = caixa.ticket_page
    for booking, said in ((first, "applied at the project's last session"), (last, "this session")):
        block_menu.open_ticket(booking)
        settle(qtbot, desk.ctx)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ServiceLineDialog), timeout=5000)
        modal(ServiceLineDialog).reject()
        settle(qtbot, desk.ctx)
        (box,) = page.deposits.boxes.values()
        assert said in box.text(), box.text()
        page.leave()
