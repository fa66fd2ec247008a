"""The payment dialog on a real desk (the demo studio's SQLite file): a ticket paid across cash
and a card and closed once, what is missing said while it cannot close, a card amount above
the bill taken as a tip only when the receptionist says so, PIX through its screen, and the
payments kept in the ticket's draft when the dialog closes."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton, QScrollArea, QWidget
from sqlalchemy import select

from kronos_core import ticket
from kronos_core.demo import DemoStudio
from kronos_core.schema import payment, sale, staff
from kronos_desktop.app import Desk
from kronos_desktop.store.queries import checkout_tickets
from kronos_desktop.ui.checkout.payment_dialog import PaymentDialog
from kronos_desktop.ui.checkout.payment_method_form import CardSettings
from kronos_desktop.ui.checkout.pix_screen import PixScreen
from tests.desktop.column_fit import the_look
from tests.desktop.reads import settle

Answer = Callable[[QWidget], None]


@pytest.fixture
def language() -> str:
    return "en"  # the words as written in the code; pt_BR's come with the translations


def when_modal(name: str, act: Answer, seen: list[str]) -> None:
    """When the window ``name`` opens over the dialog, note its text and ``act`` on it (looked
    for during 5 s at most)."""
    tries = iter(range(250))

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != name:
            if next(tries, None) is not None:
                QTimer.singleShot(20, look)
            return
        question = box.findChild(QLabel, "paymentTipQuestion")
        seen.append(box.text() if isinstance(box, QMessageBox) else question.text() if question else box.objectName())
        act(box)

    QTimer.singleShot(0, look)


def click(name: str) -> Answer:
    def act(box: QWidget) -> None:
        button = box.findChild(QPushButton, name)
        assert button is not None, name
        button.click()

    return act


def make_draft(demo: DemoStudio) -> ticket.TicketDraft:
    """A R$ 1.950,00 ticket: two services by two artists and a product."""
    a1, a2 = demo.artist_ids[0], demo.artist_ids[1]
    return ticket.TicketDraft(
        ticket_id=uuid.uuid4(),
        client_id=None,
        appointment_id=None,
        lines=[
            ticket.DraftLine(uuid.uuid4(), "service", "Fechamento de braço", a1, None, 1, 150_000),
            ticket.DraftLine(uuid.uuid4(), "service", "Retoque", a2, None, 1, 36_000),
            ticket.DraftLine(uuid.uuid4(), "product", "Pomada", None, None, 2, 4_500),
        ],
    )


@pytest.fixture
def artists(desk: Desk, demo: DemoStudio) -> dict[uuid.UUID, str]:
    with desk.store.read_engine.connect() as conn:
        names = dict(conn.execute(select(staff.c.id, staff.c.display_name)).all())
    return {a: names[a] for a in demo.artist_ids[:2]}


@pytest.fixture
def open_dialog(qtbot, desk: Desk, demo: DemoStudio, artists: dict[uuid.UUID, str]):  # type: ignore[no-untyped-def]
    made: list[PaymentDialog] = []

    def make(draft: ticket.TicketDraft | None = None, amounts: dict[uuid.UUID, int] | None = None) -> PaymentDialog:
        draft = draft or make_draft(demo)
        dialog = PaymentDialog(desk.ctx, draft, ticket.totals(draft, amounts or {}), artists)
        made.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot, desk.ctx)  # the studio's settings are in
        return dialog

    yield make
    wait_written(qtbot, desk)
    for dialog in made:  # closed without asking about what a test left typed
        dialog.done(0)
        dialog.deleteLater()


def type_amount(field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)


def wait_written(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not desk.ctx.runner.busy, timeout=10_000)


def test_split_between_a_card_and_cash_closes_once(qtbot, desk: Desk, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog: PaymentDialog = open_dialog()
    assert dialog.left_label.text() == "Left to pay R$1,950.00"
    assert dialog.form.amount.text() == "1,950.00"  # the amount starts at what is left
    assert not dialog.close_button.isEnabled()
    assert "R$1,950.00 of the bill is still to pay." in dialog.problems.text()

    QTest.mouseClick(dialog.form.method_buttons["credit"], Qt.MouseButton.LeftButton)
    type_amount(dialog.form.amount, "1200")
    assert dialog.form.fee.text() == "41.88"  # the studio's rate (3.49 % in the demo), editable
    dialog.form.brand.setCurrentIndex(dialog.form.brand.findData("visa"))
    dialog.form.instalments.setValue(3)
    QTest.keyClicks(dialog.form.auth_code, "654321")
    type_amount(dialog.form.fee, "36.00")
    QTest.mouseClick(dialog.form.add_button, Qt.MouseButton.LeftButton)
    assert dialog.left_label.text() == "Left to pay R$750.00"
    assert dialog.form.amount.text() == "750.00"

    dialog.form.method_buttons["cash"].setFocus()
    QTest.keyClick(dialog.form.method_buttons["cash"], Qt.Key.Key_1)  # key 1: cash
    assert dialog.form.method() == "cash"
    type_amount(dialog.form.received, "800")
    assert dialog.change_label.text() == "Change R$50.00"
    QTest.keyClick(dialog.form.received, Qt.Key.Key_Return)  # Enter adds the payment
    assert dialog.left_label.text() == "Paid in full"
    assert dialog.change_label.text() == "Change R$50.00"
    assert dialog.rows.model.rowCount() == 2
    assert dialog.close_button.isEnabled()
    assert not dialog.problems.isVisible()

    closed: list[object] = []
    dialog.closed.connect(closed.append)
    dialog.close_button.click()
    dialog.close_button.click()  # a double click closes once
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
    wait_written(qtbot, desk)
    assert closed == [dialog.draft.ticket_id]
    assert not dialog.isVisible()
    with desk.store.read_engine.connect() as conn:
        sales = conn.execute(select(sale).where(sale.c.id == dialog.draft.ticket_id)).mappings().all()
        paid = conn.execute(select(payment).where(payment.c.sale_id == dialog.draft.ticket_id)).mappings().all()
        assert checkout_tickets.draft(conn, dialog.draft.ticket_id) is None
    assert len(sales) == 1
    assert sales[0]["number"]
    by_method = {p["method"]: p for p in paid}
    assert sorted(by_method) == ["cash", "credit"]
    assert by_method["credit"]["amount"] == 120_000
    assert (by_method["credit"]["card_brand"], by_method["credit"]["instalments"]) == ("visa", 3)
    assert (by_method["credit"]["auth_code"], by_method["credit"]["card_fee"]) == ("654321", 3_600)
    assert (by_method["cash"]["amount"], by_method["cash"]["cash_tendered"]) == (75_000, 80_000)


def test_a_card_amount_above_the_bill_is_a_tip_only_when_said(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, open_dialog, artists: dict[uuid.UUID, str], demo: DemoStudio
) -> None:
    dialog: PaymentDialog = open_dialog()
    QTest.mouseClick(dialog.form.method_buttons["debit"], Qt.MouseButton.LeftButton)
    dialog.form.brand.setCurrentIndex(dialog.form.brand.findData("elo"))
    type_amount(dialog.form.amount, "2000")
    artist_id, artist = dialog.tips.chosen_artist() or (None, "")
    assert artist_id == demo.artist_ids[0]  # the first line's artist
    seen: list[str] = []

    when_modal("paymentTipConfirm", click("paymentTipNo"), seen)
    dialog.form.add_button.click()
    assert seen == ["Take R$50.00 above the bill as a tip?"]
    assert dialog.rows.model.rowCount() == 0  # nothing taken
    assert "more than is left to pay" in dialog.form.amount.message.text()
    assert dialog.form.amount.text() == "2,000.00"

    when_modal("paymentTipConfirm", click("paymentTipYes"), seen)
    dialog.form.add_button.click()
    assert len(seen) == 2
    assert [(t.artist_id, t.amount) for t in dialog.draft.tips] == [(artist_id, 5_000)]
    (taken,) = dialog.draft.payments
    assert (taken.amount, taken.tip) == (195_000, 5_000)
    assert dialog.tips.list.item(0).text() == f"{artist} · R$50.00"
    assert dialog.left_label.text() == "Paid in full"
    assert dialog.close_button.isEnabled(), dialog.problems.text()


def test_cash_above_the_bill_asks_for_what_was_received(qtbot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog: PaymentDialog = open_dialog()
    type_amount(dialog.form.amount, "2000")
    dialog.form.add_button.click()
    assert dialog.rows.model.rowCount() == 0
    assert "Received" in dialog.form.amount.message.text()
    type_amount(dialog.form.amount, "1950")
    type_amount(dialog.form.received, "1900")
    dialog.form.add_button.click()
    assert dialog.rows.model.rowCount() == 0
    assert dialog.form.received.message.text() == "Less than the amount: the client hands over at least R$1,950.00."


def test_tips_add_to_what_is_left_and_must_be_paid(qtbot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog: PaymentDialog = open_dialog()
    type_amount(dialog.tips.amount, "30")
    QTest.keyClick(dialog.tips.amount, Qt.Key.Key_Return)  # adds the tip, nothing else
    assert dialog.rows.model.rowCount() == 0
    assert dialog.left_label.text() == "Left to pay R$1,980.00"
    assert dialog.form.amount.text() == "1,980.00"
    dialog.form.method_buttons["pix"].click()
    type_amount(dialog.form.amount, "1950")
    seen: list[str] = []

    def arrived(screen: QWidget) -> None:
        assert isinstance(screen, PixScreen)
        assert screen.amount == 195_000
        assert screen.has_code()
        e2e = screen.findChild(QLineEdit, "pixE2e")
        assert e2e is not None
        QTest.keyClicks(e2e, "E12345678202612041200abcdefghijk")
        click("pixArrived")(screen)

    when_modal("pixScreen", arrived, seen)
    dialog.form.add_button.click()  # PIX: "Show QR code"
    assert seen == ["pixScreen"]
    (pix,) = dialog.draft.payments
    assert (pix.method, pix.amount, pix.tip) == ("pix", 195_000, 0)
    assert pix.pix_e2e_id == "E12345678202612041200abcdefghijk"
    assert dialog.left_label.text() == "Left to pay R$30.00"
    assert not dialog.close_button.isEnabled()
    assert dialog.problems.text() == "R$30.00 of the tips is still to pay."


def test_a_cancelled_pix_takes_nothing(qtbot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog: PaymentDialog = open_dialog()
    QTest.keyClick(dialog.form.method_buttons["cash"], Qt.Key.Key_4)
    assert dialog.form.add_button.text() == "Show QR code"
    when_modal("pixScreen", click("pixCancel"), [])
    dialog.form.add_button.click()
    assert dialog.draft.payments == []
    assert dialog.left_label.text() == "Left to pay R$1,950.00"


def test_payments_stay_in_the_draft_and_can_be_removed(qtbot, desk: Desk, open_dialog, demo) -> None:  # type: ignore[no-untyped-def]
    dialog: PaymentDialog = open_dialog()
    ticket_id = dialog.draft.ticket_id
    dialog.form.method_buttons["transfer"].click()
    type_amount(dialog.form.amount, "500")
    QTest.keyClicks(dialog.form.transfer_note, "TED 4471")
    dialog.form.add_button.click()
    type_amount(dialog.form.amount, "100")
    dialog.form.add_button.click()
    assert dialog.rows.model.rowCount() == 2
    wait_written(qtbot, desk)
    dialog.rows.table.selectRow(1)
    QTest.mouseClick(dialog.rows.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.rows.model.rowCount() == 1
    assert dialog.left_label.text() == "Left to pay R$1,450.00"
    wait_written(qtbot, desk)
    dialog.back_button.click()  # nothing typed: closes at once
    assert not dialog.isVisible()
    with desk.store.read_engine.connect() as conn:
        kept = checkout_tickets.draft(conn, ticket_id)
    assert kept is not None
    assert [(p.method, p.amount, p.auth_code) for p in kept.payments] == [("transfer", 50_000, "TED 4471")]


def test_instalments_are_those_the_studio_offers(qtbot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog: PaymentDialog = open_dialog()
    dialog.form.method_buttons["credit"].click()
    assert dialog.form.instalments.maximum() == 12
    assert dialog.form.instalments_hint.text().startswith("the studio offers up to 12 instalment")
    dialog.form.add_button.click()  # no brand chosen
    assert dialog.form.brand_problem.text() == "Choose the card's brand, as the machine's slip says."
    assert dialog.draft.payments == []


def test_a_refused_close_keeps_the_payments_and_says_why(qtbot, desk: Desk, open_dialog, demo) -> None:  # type: ignore[no-untyped-def]
    draft = make_draft(demo)
    gone = uuid.uuid4()  # a deposit applied on the ticket that is no longer held on this desk
    draft.deposit_ids = [gone]
    dialog: PaymentDialog = open_dialog(draft, {gone: 50_000})
    assert dialog.left_label.text() == "Left to pay R$1,450.00"
    type_amount(dialog.form.received, "1450")
    dialog.form.add_button.click()
    assert dialog.close_button.isEnabled()
    dialog.close_button.click()
    qtbot.waitUntil(dialog.form_error.isVisible, timeout=10_000)
    assert dialog.form_error.text().startswith("The ticket is not closed:")
    assert dialog.isVisible()
    assert len(dialog.draft.payments) == 1
    assert dialog.close_button.isEnabled()  # it may be tried again
    with desk.store.read_engine.connect() as conn:
        assert conn.execute(select(sale.c.id).where(sale.c.id == draft.ticket_id)).first() is None


def test_the_fee_starts_at_the_studio_rate_and_a_typed_one_stays(qtbot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog: PaymentDialog = open_dialog()
    dialog.form.set_card_settings(CardSettings(instalments_max=6, credit_fee_bps=349, debit_fee_bps=150))
    dialog.form.method_buttons["credit"].click()
    assert dialog.form.fee.text() == "68.06"  # 3.49 % of 1,950.00, half up to the centavo
    assert dialog.form.instalments.maximum() == 6
    dialog.form.method_buttons["debit"].click()
    assert dialog.form.fee.text() == "29.25"
    type_amount(dialog.form.fee, "30")
    type_amount(dialog.form.amount, "1000")
    assert dialog.form.fee.text() == "30.00"  # typed from the machine's slip: kept


@pytest.mark.parametrize("language", ["pt_BR", "en"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_it_fits_the_small_screens(qtbot, open_dialog, language: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    with the_look():  # the desk's style sheet: its sizes are what must fit
        dialog: PaymentDialog = open_dialog()
        width, height = size[0] - 24, size[1] - 40  # the room a window has on such a screen
        dialog.resize(width, height)
        dialog.form.method_buttons["credit"].click()
        qtbot.wait(50)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= width
        assert hint.height() <= height
        assert dialog.width() <= width
        assert dialog.height() <= height
        content = dialog.findChild(QWidget, "paymentContent")
        scroll = dialog.findChild(QScrollArea, "paymentScroll")
        assert content is not None
        assert scroll is not None
        assert content.minimumSizeHint().width() <= scroll.viewport().width()  # nothing cut at the side
        for button in dialog.form.method_buttons.values():  # each method's name whole
            assert button.fontMetrics().horizontalAdvance(button.text()) <= button.contentsRect().width()


def test_enter_never_closes_the_ticket_and_esc_asks_before_losing_what_was_typed(qtbot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog: PaymentDialog = open_dialog()
    QTest.keyClick(dialog.form.amount, Qt.Key.Key_Return)  # cash, the whole bill
    assert dialog.left_label.text() == "Paid in full"
    assert dialog.close_button.isEnabled()
    dialog.close_button.setFocus()
    QTest.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert dialog.isVisible()  # no sale recorded by a second Enter
    assert not dialog.form.add_button.isVisible()  # nothing left to add a payment for
    dialog.rows.table.selectRow(0)
    dialog.rows.remove_button.click()
    dialog.form.method_buttons["credit"].click()
    QTest.keyClicks(dialog.form.auth_code, "99")
    seen: list[str] = []
    when_modal("discardTypedConfirm", click("discardNo"), seen)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(seen) == 1
    assert dialog.isVisible()
    assert dialog.form.auth_code.text() == "99"


def test_without_a_pix_key_pix_says_where_to_set_it(qtbot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog: PaymentDialog = open_dialog()
    assert dialog.settings is not None
    dialog.show_settings(dataclasses.replace(dialog.settings, pix_key=None))  # a studio that has none yet
    QTest.keyClick(dialog.form.method_buttons["cash"], Qt.Key.Key_4)
    assert dialog.form.pix_problem.text().startswith("The studio has no PIX key")
    assert dialog.form.pix_problem.isVisible()
    dialog.form.add_button.click()  # no PIX screen opens
    assert dialog.draft.payments == []


def test_a_pix_above_the_bill_cancelled_leaves_no_tip(qtbot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog: PaymentDialog = open_dialog()
    dialog.form.method_buttons["pix"].click()
    type_amount(dialog.form.amount, "2000")
    seen: list[str] = []

    def yes_then_cancel(box: QWidget) -> None:
        when_modal("pixScreen", click("pixCancel"), seen)
        click("paymentTipYes")(box)

    when_modal("paymentTipConfirm", yes_then_cancel, seen)
    dialog.form.add_button.click()
    assert len(seen) == 2
    assert seen[1] == "pixScreen"
    assert dialog.draft.payments == []
    assert dialog.draft.tips == []
    assert dialog.tips.list.count() == 0
    assert dialog.left_label.text() == "Left to pay R$1,950.00"
