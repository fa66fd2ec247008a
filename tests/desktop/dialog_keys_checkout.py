"""The Caixa's dialogs for tests/desktop/test_dialog_keys.py, each opened on the demo desk over
what it asks for (a real sale, a ticket's draft, a held deposit) with something typed as a person
would: mostly something the main action stops at with a message, so Enter keeps the dialog."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import Connection, select

from kronos_core import ticket
from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.schema import appointment, payment, sale, staff
from kronos_core.ticket import DraftLine, DraftPayment, TicketDraft
from kronos_desktop.app import Desk
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.ops import vouchers as voucher_ops
from kronos_desktop.store.queries import day_report as report_q
from kronos_desktop.store.queries.checkout_deposits import DepositRow, held_deposits, products
from kronos_desktop.store.queries.drawer import DrawerDay
from kronos_desktop.store.queries.settings import StudioSettings, studio_settings
from kronos_desktop.store.queries.stock import stock_rows
from kronos_desktop.ui.checkout.close_result import CloseDayDialog, ClosedDayDialog, ReopenDialog, day_reader
from kronos_desktop.ui.checkout.deposit_actions import DepositActionDialog
from kronos_desktop.ui.checkout.deposit_dialog import DepositDialog
from kronos_desktop.ui.checkout.discount_dialog import Discount, DiscountDialog
from kronos_desktop.ui.checkout.drawer_dialogs import CashMoveDialog, ManagerPinDialog, OpenDayDialog
from kronos_desktop.ui.checkout.drawer_panel import DayReportDialog
from kronos_desktop.ui.checkout.payment_dialog import PaymentDialog
from kronos_desktop.ui.checkout.pix_screen import PixScreen
from kronos_desktop.ui.checkout.receipt_dialog import ReceiptDialog
from kronos_desktop.ui.checkout.refund_dialog import RefundDialog
from kronos_desktop.ui.checkout.ticket_line_dialog import ProductDialog, ServiceLineDialog
from kronos_desktop.ui.checkout.ticket_new_client import TicketNewClientDialog
from kronos_desktop.ui.checkout.void_dialog import VoidDialog
from kronos_desktop.ui.checkout.voucher_card import VoucherCardDialog
from kronos_desktop.ui.checkout.voucher_dialog import VoucherDialog
from kronos_desktop.ui.settings.product_dialog import ProductDialog as StudioProductDialog
from kronos_desktop.ui.settings.product_dialog import StockMovementsDialog
from kronos_desktop.ui.settings.stock_dialogs import StockCountDialog, StockMoveDialog


@dataclass
class Case:
    make: Callable[[], QDialog]
    fill: Callable[[QDialog], None]  # types something, as a person would
    kept: Callable[[QDialog], list[str]]  # what was typed, as the dialog holds it now
    # The window its main action opens first (a file or print dialog), which the test closes as a
    # person pressing Esc in it would: the dialog stays, keeping what was chosen.
    opens: type[QDialog] | None = field(default=None)


def wait_for(ready: Callable[[], bool]) -> None:
    """Until the dialog's first read is in (it sets the fields and the focus)."""
    deadline = time.monotonic() + 10
    while not ready() and time.monotonic() < deadline:
        QApplication.processEvents()
    assert ready()


def _written(desk: Desk) -> None:
    """What an earlier Enter started (a void, a refund) is written before the next dialog."""
    wait_for(lambda: not desk.ctx.runner.busy)


def _closed_sales(desk: Desk) -> Iterator[uuid.UUID]:
    """The demo's closed sales that took money, newest first: a fresh one at each ``next``."""
    with desk.store.read_engine.connect() as conn:
        found = conn.execute(
            select(sale.c.id)
            .where(sale.c.status == "closed", sale.c.id.in_(select(payment.c.sale_id).where(payment.c.amount > 0)))
            .order_by(sale.c.number.desc())
            .limit(40)
        ).scalars()
        return iter(list(found))


def _artists(desk: Desk, demo: DemoStudio) -> dict[uuid.UUID, str]:
    with desk.store.read_engine.connect() as conn:
        names = dict(conn.execute(select(staff.c.id, staff.c.display_name)).all())
    return {a: names[a] for a in demo.artist_ids[:2]}


def _draft(demo: DemoStudio) -> TicketDraft:
    """R$ 1.500,00 of one artist's session and a cream."""
    return TicketDraft(
        ticket_id=uuid.uuid4(),
        client_id=None,
        appointment_id=None,
        lines=[
            DraftLine(uuid.uuid4(), "service", "Fechamento de braço", demo.artist_ids[0], None, 1, 145_500),
            DraftLine(uuid.uuid4(), "product", "Pomada", None, None, 1, 4_500),
        ],
    )


def _client_booking(desk: Desk) -> tuple[uuid.UUID, uuid.UUID]:
    """A demo client and their next booking."""
    now = desk.ctx.reader.now(desk.ctx.desk())
    a = appointment.c
    query = (
        select(a.client_id, a.id)
        .where(a.client_id.is_not(None), a.kind != "block", a.status.in_(("booked", "confirmed")))
        .where(a.deleted.is_(False), a.starts_at > now)
        .order_by(a.starts_at)
        .limit(1)
    )
    with desk.store.read_engine.connect() as conn:
        client_id, booking_id = conn.execute(query).one()
    return client_id, booking_id


def _held_deposit(desk: Desk, client_id: uuid.UUID, booking_id: uuid.UUID) -> DepositRow:
    """A R$ 200 deposit by PIX taken now for the booking, as the record's tab lists it."""
    _written(desk)
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": client_id, "appointment_id": booking_id, "amount": 20_000,
        "policy_text": "O sinal vale por 6 meses.", "acknowledged": True, "business_date": desk.ctx.today(),
    }  # fmt: skip
    deposit_ops.take_deposit(args, DraftPayment(uuid7(), "pix", 20_000)).write(desk.store)
    with desk.store.read_engine.connect() as conn:
        return next(d for d in held_deposits(conn, client_id) if d.id == deposit_id)


def _pay_by_card_without_brand(d: QDialog) -> None:
    """A credit card's NSU typed, its brand not chosen: adding stops at "Choose the card's brand"."""
    assert isinstance(d, PaymentDialog)
    wait_for(lambda: d.settings is not None)
    d.form.set_method("credit")
    QTest.keyClicks(d.form.auth_code, "654321")
    d.form.auth_code.setFocus()


def _refund_typed(d: QDialog) -> None:
    """A reason and an amount the payment holds: the refund is ready, yet Enter never does it (it
    cannot be taken back: only a click or Alt+R); the dialog stays with what was typed."""
    assert isinstance(d, RefundDialog)
    wait_for(d.refund_button.isEnabled)
    QTest.keyClicks(d.reason, "Cobrado em dobro")
    d.amount.setFocus()
    d.amount.selectAll()
    QTest.keyClicks(d.amount, "10")
    d.reason.setFocus()


def _deposit_not_accepted(d: QDialog) -> None:
    """An amount, the policy not yet accepted by the client: saving stops at "they must accept it"."""
    assert isinstance(d, DepositDialog)
    wait_for(d.save_button.isEnabled)
    QTest.keyClicks(d.amount, "150")


def _void_reason(d: QDialog) -> None:
    """The reason: the void is ready, yet Enter never does it (only a click or Alt+V)."""
    assert isinstance(d, VoidDialog)
    wait_for(d.void_button.isEnabled)
    QTest.keyClicks(d.reason, "Cliente errado")


def _new_client_short_phone(d: QDialog) -> None:
    """A name and a phone too short: registering stops at the phone."""
    assert isinstance(d, TicketNewClientDialog)
    QTest.keyClicks(d.name, "Ana Teclado")
    QTest.keyClicks(d.phone, "12")


def _search_and_quantity(d: QDialog) -> None:
    QTest.keyClicks(d.search, "Zzz Teclado")  # type: ignore[attr-defined]
    d.quantity.setValue(3)  # type: ignore[attr-defined]


def _receive_none(d: QDialog) -> None:
    """A note and no quantity: receiving stops at "Type how many arrived: at least 1."."""
    assert isinstance(d, StockMoveDialog)
    d.quantity.setFocus()
    d.quantity.selectAll()
    QTest.keyClicks(d.quantity, "0")
    QTest.keyClicks(d.reason, "NF 4521")


def _manager_pin(d: QDialog) -> None:
    """Wait for the owners and managers to be read, then a short PIN (Enter checks it: wrong)."""
    wait_for(d.ok.isEnabled)  # type: ignore[attr-defined]
    QTest.keyClicks(d.pin, "12")  # type: ignore[attr-defined]


def _texts(*widgets: Callable[[QDialog], QWidget]) -> Callable[[QDialog], list[str]]:
    return lambda d: [w(d).text() for w in widgets]  # type: ignore[attr-defined]


def checkout_cases(window: QWidget, desk: Desk, demo: DemoStudio, folder: Path) -> dict[str, Case]:
    """The Caixa's cases; ``folder``: where the receipt's paper is remembered (not the desk's)."""
    with desk.store.read_engine.connect() as conn:
        settings: StudioSettings | None = studio_settings(conn)
        studio_products = products(conn, desk.store.ensure_identity().studio_id)
        stock = stock_rows(conn, desk.store.ensure_identity().studio_id, active_only=True)
    assert settings is not None
    assert settings.pix_key
    sales = _closed_sales(desk)
    voucher_id = uuid7()
    today = desk.ctx.today()
    here = desk.store.ensure_identity()

    def day_report(conn: Connection) -> report_q.DayReport:
        return report_q.day_report(conn, here.studio_id, today, device_id=here.device_id)

    voucher_ops.sell_voucher(
        {"voucher_id": voucher_id, "amount": 5_000, "sold_on": desk.ctx.today()}, [DraftPayment(uuid7(), "pix", 5_000)]
    ).write(desk.store)
    client_id, booking_id = _client_booking(desk)
    draft = _draft(demo)
    artists = _artists(desk, demo)

    def pix() -> QDialog:
        return PixScreen(
            desk.ctx, amount=12_345, reference="A-000001", key=settings.pix_key,
            merchant_name=settings.merchant_name, merchant_city=settings.merchant_city, parent=window,
        )  # fmt: skip

    def receipt() -> QDialog:
        paper = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
        return ReceiptDialog(desk.ctx, next(sales), window, settings=paper)

    def void() -> QDialog:
        _written(desk)  # a sale voided before (by a click) is written
        return VoidDialog(desk.ctx, next(sales), window)

    return {
        "PIX screen": Case(
            pix,
            lambda d: QTest.keyClicks(d.e2e, "E18236120202612041830s0123456789a"),  # type: ignore[attr-defined]
            lambda d: [d.e2e.text()],  # type: ignore[attr-defined]
        ),
        "receipt": Case(
            receipt,
            lambda d: wait_for(d.print_button.isEnabled),  # type: ignore[attr-defined]  # nothing typed
            lambda d: [d.paper.currentText()],  # type: ignore[attr-defined]
            opens=QPrintDialog,
        ),
        "discount": Case(
            lambda: DiscountDialog(10_000, Discount(), parent=window),
            # A reason without the discount: applying stops at "Type the discount."
            lambda d: QTest.keyClicks(d.reason, "Cliente antigo"),  # type: ignore[attr-defined]
            _texts(lambda d: d.reason, lambda d: d.amount),  # type: ignore[attr-defined]
        ),
        "service line": Case(
            lambda: ServiceLineDialog([(demo.artist_ids[0], "Ana")], None, parent=window),
            # A description without the price: adding stops at the price.
            lambda d: QTest.keyClicks(d.description, "Sessao traco fino"),  # type: ignore[attr-defined]
            _texts(lambda d: d.description, lambda d: d.price),  # type: ignore[attr-defined]
        ),
        "ticket product": Case(
            lambda: ProductDialog(studio_products, parent=window),
            # A name no product has (adding stops at "Choose a product from the list.") and a
            # quantity changed: a search alone is not typed data, a quantity is.
            _search_and_quantity,
            lambda d: [d.search.text(), str(d.quantity.value())],  # type: ignore[attr-defined]
        ),
        "payment": Case(
            lambda: PaymentDialog(desk.ctx, draft, ticket.totals(draft, {}), artists, window),
            _pay_by_card_without_brand,
            lambda d: [d.form.method(), d.form.auth_code.text(), d.form.amount.text()],  # type: ignore[attr-defined]
        ),
        "studio product": Case(
            lambda: StudioProductDialog(desk.ctx, None, studio_products, window),
            # A SKU without the name: saving stops at "Give the product a name."
            lambda d: QTest.keyClicks(d.sku, "POM-20"),  # type: ignore[attr-defined]
            _texts(lambda d: d.sku, lambda d: d.name),  # type: ignore[attr-defined]
        ),
        "receive stock": Case(
            lambda: StockMoveDialog(desk.ctx, stock[0], "received", window),
            _receive_none,
            lambda d: [d.reason.text(), str(d.quantity.value())],  # type: ignore[attr-defined]
        ),
        "stock count": Case(
            lambda: StockCountDialog(desk.ctx, stock, window),
            # A count below 0: recording stops at "A count cannot be below 0 (…)".
            lambda d: QTest.keyClicks(d.fields[0], "-3"),  # type: ignore[attr-defined]
            lambda d: [f.text() for f in d.fields] + [d.reason.text()],  # type: ignore[attr-defined]
        ),
        "stock movements": Case(
            lambda: StockMovementsDialog(desk.ctx, stock[0], window),
            lambda d: wait_for(desk.ctx.reads.idle),  # a table to read: nothing typed
            lambda d: [],
        ),
        "refund": Case(
            lambda: RefundDialog(desk.ctx, next(sales), parent=window),
            _refund_typed,
            lambda d: [d.payment.currentText(), d.amount.text(), d.reason.text()],  # type: ignore[attr-defined]
        ),
        "void": Case(
            void,
            # The reason typed: Enter leaves the sale closed and the dialog open.
            _void_reason,
            _texts(lambda d: d.reason),  # type: ignore[attr-defined]
        ),
        "ticket new client": Case(
            lambda: TicketNewClientDialog(desk.ctx, "", window),
            _new_client_short_phone,
            _texts(lambda d: d.name, lambda d: d.phone),  # type: ignore[attr-defined]
        ),
        "refund deposit": Case(
            lambda: DepositActionDialog(desk.ctx, _held_deposit(desk, client_id, booking_id), "refund", window),
            # The reason: Enter gives the deposit back (each time another deposit).
            lambda d: QTest.keyClicks(d.note, "O estudio cancelou a sessao"),  # type: ignore[attr-defined]
            _texts(lambda d: d.note),  # type: ignore[attr-defined]
        ),
        "sell voucher": Case(
            lambda: VoucherDialog(desk.ctx, window),
            lambda d: QTest.keyClicks(d.recipient, "Maria Lima"),  # type: ignore[attr-defined]  # Enter: "Type an amount."
            _texts(lambda d: d.recipient, lambda d: d.amount),  # type: ignore[attr-defined]
        ),
        "voucher card": Case(
            lambda: VoucherCardDialog(desk.ctx, voucher_id, window),
            lambda d: wait_for(d.print_button.isEnabled),  # type: ignore[attr-defined]
            lambda d: [d.status.text()],  # type: ignore[attr-defined]
            opens=QPrintDialog,
        ),
        "open the drawer": Case(
            lambda: OpenDayDialog(desk.ctx, today, window),
            lambda d: QTest.keyClicks(d.amount, "abc"),  # type: ignore[attr-defined]  # not an amount
            _texts(lambda d: d.amount),  # type: ignore[attr-defined]
        ),
        "cash out": Case(
            lambda: CashMoveDialog(desk.ctx, "out", uuid7(), today, 0, window),
            # An amount without the reason: taking out stops at "Say why…".
            lambda d: QTest.keyClicks(d.amount, "50,00"),  # type: ignore[attr-defined]
            _texts(lambda d: d.amount, lambda d: d.reason),  # type: ignore[attr-defined]
        ),
        "manager PIN": Case(
            lambda: ManagerPinDialog(desk.ctx, "More than the drawer should hold.", window),
            _manager_pin,
            lambda d: [],  # a wrong PIN is cleared for the next try
        ),
        "close the drawer": Case(
            lambda: CloseDayDialog(desk.ctx, today, day_reader(here.studio_id, here.device_id, today), window),
            # A negative quantity: Enter goes down the grid, Confirm count stops at the line.
            lambda d: QTest.keyClicks(d.grid.fields[5_000], "-1"),  # type: ignore[attr-defined]
            lambda d: [f.text() for f in d.grid.fields.values()],  # type: ignore[attr-defined]
        ),
        "the day's close": Case(
            lambda: ClosedDayDialog(DrawerDay(None, today, None, [], None, [], []), desk.ctx.zone(), desk.ctx, window),
            lambda d: None,
            lambda d: [],
        ),
        "reopen the day": Case(
            lambda: ReopenDialog(desk.ctx, uuid7(), window),  # no such day: Enter is refused in place
            lambda d: QTest.keyClicks(d.reason, "Esqueci uma venda"),  # type: ignore[attr-defined]
            _texts(lambda d: d.reason),  # type: ignore[attr-defined]
        ),
        "day report": Case(
            lambda: DayReportDialog(
                desk.ctx,
                lambda conn: report_q.day_report(conn, here.studio_id, today, device_id=here.device_id),
                window,
            ),
            lambda d: wait_for(d.pdf_button.isEnabled),  # type: ignore[attr-defined]  # nothing typed
            lambda d: [],
        ),
        "deposit": Case(
            lambda: DepositDialog(desk.ctx, client_id, appointment_id=booking_id, parent=window),
            _deposit_not_accepted,
            lambda d: [str(d.amount.value())],  # type: ignore[attr-defined]  # the field writes it "150,00" on leaving
        ),
    }


CLOSING = {
    "PIX screen": "pixCancel",
    "receipt": "receiptClose",
    "discount": "discountCancel",
    "service line": "lineCancel",
    "ticket product": "productCancel",
    "payment": "paymentBack",
    "studio product": "cancelProductButton",
    "receive stock": "stockMoveCancel",
    "stock count": "stockCountCancel",
    "stock movements": "stockMovementsClose",
    "refund": "refundCancel",
    "void": "voidCancel",
    "ticket new client": "ticketNewClientCancel",
    "refund deposit": "depositActionCancel",
    "deposit": "depositCancel",
    "sell voucher": "voucherCancel",
    "voucher card": "voucherCardClose",
    "open the drawer": "drawerDialogCancel",
    "cash out": "drawerDialogCancel",
    "manager PIN": "managerPinCancel",
    "close the drawer": "drawerDialogCancel",
    "the day's close": "closedDayClose",
    "reopen the day": "drawerDialogCancel",
    "day report": "dayReportClose",
}
NOTHING_TYPED = ("receipt", "stock movements", "voucher card", "the day's close", "day report")
TESTED: dict[type, str] = {
    PixScreen: "PIX screen",
    ReceiptDialog: "receipt",
    DiscountDialog: "discount",
    ServiceLineDialog: "service line",
    ProductDialog: "ticket product",
    PaymentDialog: "payment",
    StudioProductDialog: "studio product",
    StockMoveDialog: "receive stock",
    StockCountDialog: "stock count",
    StockMovementsDialog: "stock movements",
    VoucherDialog: "sell voucher",
    VoucherCardDialog: "voucher card",
    OpenDayDialog: "open the drawer",
    CashMoveDialog: "cash out",
    ManagerPinDialog: "manager PIN",
    CloseDayDialog: "close the drawer",
    ClosedDayDialog: "the day's close",
    ReopenDialog: "reopen the day",
    DayReportDialog: "day report",
    RefundDialog: "refund",
    VoidDialog: "void",
    TicketNewClientDialog: "ticket new client",
    DepositActionDialog: "refund deposit",
    DepositDialog: "deposit",
}
