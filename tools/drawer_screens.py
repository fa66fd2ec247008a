"""Screenshots of issue 16 as a receptionist meets it, to be looked at: the Caixa with the
drawer's strip (not opened, open, closed), the count grid filled in, the close's result with a
difference, the closed day with a payment that arrived after the close, the day report's pages,
the sell-voucher dialog, the voucher's card, the vouchers list, the payment dialog paying by
voucher, Studio → Products with stock and the stock count — in pt_BR and English, at 1280×720 and
1024×600, on a fresh demo studio (offscreen: no display needed).

    uv run python tools/drawer_screens.py [OUT_DIR]    # default: ./screens

Files are named ``<size>-<language>-drawer-<view>.png`` (the report's pages
``<language>-drawer-report-page<N>.png``); the script prints their paths. A view that fails is
said (``FAILED ...``) and the next goes on; a dialog larger than the screen is said
(``DOES NOT FIT ...``). The demo's today gets a drawer of this desk's own (the demo's studio
drawer is already open): its day starts not opened."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checkout_screens import LANGUAGES, SIZES, Size, attempt, fit, settle, shoot, wait_until
from checkout_screens_data import Demo, make_demo
from PySide6.QtWidgets import QApplication, QDialog
from screens import theme_option

from kronos_core import ticket
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.ticket import DraftLine, DraftPayment, TicketDraft
from kronos_desktop import i18n
from kronos_desktop.app import Desk, apply_look
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.ops import drawer as drawer_ops
from kronos_desktop.ops import stock as stock_ops
from kronos_desktop.ops import vouchers as voucher_ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import day_report as report_q
from kronos_desktop.store.queries.drawer import drawer_day
from kronos_desktop.store.queries.stock import stock_rows
from kronos_desktop.ui.main_window import MainWindow

COUNT = {10_000: 2, 5_000: 3, 2_000: 4, 1_000: 2, 500: 3, 200: 6, 100: 4, 50: 3, 25: 2}


def desk_drawer(scratch: Path, demo: Demo) -> None:
    """A drawer of this desk's own (the desk's cash goes there): today starts not opened."""
    store = LocalStore.open(scratch)
    try:
        ident = store.ensure_identity()
        args = {"drawer_id": uuid7(), "name": "Balcão", "device_id": ident.device_id, "active": True}
        store.apply("cash_drawer.save", args, staff_id=demo.owner_id)
        for row in stock_rows_of(store)[:2]:  # a product running low, one out of stock
            stock_ops.receive(row.product_id, 12, note="NF 4471", staff_id=demo.owner_id).write(store)
    finally:
        store.close()


def stock_rows_of(store: LocalStore) -> list:  # type: ignore[type-arg]
    ident = store.ensure_identity()
    with store.read_engine.connect() as conn:
        return [r for r in stock_rows(conn, ident.studio_id) if r.active]


def caixa(window: MainWindow, out: Path, lang: str, state: str) -> None:
    """The Caixa's day page with the drawer's strip, at each size."""
    window.show_section("checkout")
    view = window.checkout
    view.show_day_page()
    view.refresh()
    wait_until(lambda: view.drawer_panel.shown is not None, "the drawer's day")
    for size in SIZES:
        window.resize(*size)
        settle(500)
        shoot(window, out, f"{size[0]}x{size[1]}-{lang}-drawer-caixa-{state}")
    window.resize(*SIZES[0])


def both(dialog: QDialog, out: Path, lang: str, name: str) -> None:
    for size in SIZES:
        if size == SIZES[0]:
            dialog.resize(700, 470)
        fit(dialog, size)
        shoot(dialog, out, f"{size[0]}x{size[1]}-{lang}-drawer-{name}", size)


def the_day(desk: Desk, demo: Demo, window: MainWindow, out: Path, lang: str) -> None:
    """Not opened, opened with R$ 200 (a suprimento, a sangria, a voucher sold in cash), counted
    R$ 3,50 short with a note, closed, then a cash sale written after the close (late)."""
    from kronos_desktop.ui.checkout.close_result import CloseDayDialog, ClosedDayDialog, day_reader

    pt = lang == "pt_BR"
    store, staff = desk.store, demo.receptionist_id
    today = demo.today
    caixa(window, out, lang, "not-opened")
    session = drawer_ops.open_day(today, 20_000, staff_id=staff).write(store).args.session_id  # type: ignore[attr-defined]
    drawer_ops.cash_in(session, 5_000, "Troco do banco" if pt else "Change from the bank", business_date=today,
                       staff_id=staff).write(store)  # fmt: skip
    drawer_ops.cash_out(session, 3_000, "Material de limpeza" if pt else "Cleaning supplies", business_date=today,
                        staff_id=staff).write(store)  # fmt: skip
    sell = {"voucher_id": uuid7(), "amount": 15_000, "sold_on": today, "recipient_name": "Maria Lima"}
    voucher_ops.sell_voucher(sell, [DraftPayment(uuid7(), "cash", 15_000, cash_tendered=20_000)]).write(store)
    caixa(window, out, lang, "open")
    shown = window.checkout.drawer_panel.shown
    assert shown is not None
    dialog = CloseDayDialog(desk.ctx, today, day_reader(shown.studio_id, shown.device_id, today), window)
    dialog.show()
    with store.read_engine.connect() as conn:
        expected = drawer_day(conn, shown.studio_id, shown.device_id, today).figures
    assert expected is not None
    for cents, quantity in count_for(expected.expected - 350).items():
        dialog.grid.fields[cents].setText(str(quantity))
    both(dialog, out, lang, "count")
    dialog.confirm_count()
    wait_until(lambda: dialog.expected is not None, "the close's result")
    dialog.note.setPlainText("Troco dado errado na venda das 15h" if pt else "Wrong change given at 3 PM")
    both(dialog, out, lang, "result")
    dialog.submit()
    wait_until(lambda: not dialog.isVisible(), "the close")
    late_sale(store, demo, today)
    caixa(window, out, lang, "closed")
    shown = window.checkout.drawer_panel.shown
    assert shown is not None
    closed = ClosedDayDialog(shown.day, shown.zone, desk.ctx, window)
    closed.show()
    both(closed, out, lang, "closed-day")
    closed.done(QDialog.DialogCode.Rejected)


def count_for(amount: int) -> dict[int, int]:
    """Notes and coins making ``amount`` (greedy over a drawer's usual mix)."""
    grid: dict[int, int] = {}
    for cents in (10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50, 25, 10, 5):
        cap = 10**6 if cents == 10_000 else COUNT.get(cents, 10**6)  # the rest in R$ 100 notes
        grid[cents], amount = min(amount // cents, cap), amount - min(amount // cents, cap) * cents
    return {k: v for k, v in grid.items() if v}


def late_sale(store: LocalStore, demo: Demo, today: dt.date) -> None:
    line = DraftLine(uuid7(), "service", "Flash — 5 cm", demo.artist_ids[0], None, 1, 25_000)
    draft = TicketDraft(ticket_id=uuid7(), client_id=None, appointment_id=None, lines=[line])
    draft.payments = [DraftPayment(uuid7(), "cash", 25_000, cash_tendered=25_000)]
    checkout_ops.close_ticket(draft, business_date=today).write(store)


def report(desk: Desk, demo: Demo, window: MainWindow, out: Path, prefix: str, size: Size, lang: str) -> None:
    from kronos_desktop.ui.checkout import day_report_render as render

    window.show_section("checkout")
    panel = window.checkout.drawer_panel
    wait_until(lambda: panel.shown is not None, "the drawer's day")
    panel.day_report()
    dialog = panel.dialog
    assert isinstance(dialog, QDialog), dialog
    fit(dialog, size)
    settle(800)
    shoot(dialog, out, f"{prefix}-report", size)
    if size == SIZES[0]:  # the preview whole: every page, one under the other
        preview = out / f"{lang}-drawer-report-preview.png"
        dialog.preview.pixmap().save(str(preview))  # type: ignore[attr-defined]
        print(preview)
    dialog.done(QDialog.DialogCode.Rejected)
    if size != SIZES[0]:
        return
    ident = desk.store.ensure_identity()
    with desk.store.read_engine.connect() as conn:
        read = report_q.day_report(conn, ident.studio_id, demo.today, device_id=ident.device_id)
    image, pages = render.render_page_image(read, 0, 110)
    for n in range(pages):
        if n:
            image, _ = render.render_page_image(read, n, 110)
        path = out / f"{lang}-drawer-report-page{n + 1}.png"
        image.save(str(path))
        print(path)


def vouchers(desk: Desk, demo: Demo, window: MainWindow, out: Path, prefix: str, size: Size, lang: str) -> uuid.UUID:
    from kronos_desktop.ui.checkout.voucher_card import VoucherCardDialog
    from kronos_desktop.ui.checkout.voucher_dialog import VoucherDialog

    dialog = VoucherDialog(desk.ctx, window)
    dialog.show()
    fit(dialog, size)
    settle()
    dialog.amount.setText("150,00" if lang == "pt_BR" else "150.00")
    dialog.buyer.setText("João Lima")
    dialog.recipient.setText("Maria Lima")
    dialog.expires.setChecked(True)
    dialog.money.received.setText("200")
    shoot(dialog, out, f"{prefix}-voucher-sell", size)
    dialog.done(QDialog.DialogCode.Rejected)
    args = {"voucher_id": (vid := uuid7()), "amount": 30_000, "sold_on": demo.today, "recipient_name": "Maria Lima",
            "buyer_name": "João Lima", "expires_on": demo.today + dt.timedelta(days=365)}  # fmt: skip
    voucher_ops.sell_voucher(args, [DraftPayment(uuid7(), "pix", 30_000)]).write(desk.store)
    card = VoucherCardDialog(desk.ctx, vid, window)
    card.show()
    fit(card, size)
    shoot(card, out, f"{prefix}-voucher-card", size)
    card.done(QDialog.DialogCode.Rejected)
    window.checkout.vouchers.show_list()
    settle(600)
    shoot(window, out, f"{prefix}-vouchers")
    window.checkout.show_day_page()
    return vid


def pay_by_voucher(
    desk: Desk, demo: Demo, window: MainWindow, out: Path, prefix: str, size: Size, vid: uuid.UUID
) -> None:
    from kronos_desktop.store.queries.vouchers import vouchers as all_vouchers
    from kronos_desktop.ui.checkout.payment_dialog import PaymentDialog

    ident = desk.store.ensure_identity()
    with desk.store.read_engine.connect() as conn:
        code = next(v.code for v in all_vouchers(conn, ident.studio_id) if v.id == vid)
    line = DraftLine(uuid7(), "service", "Fine line — pulso", demo.artist_ids[0], None, 1, 45_000)
    draft = TicketDraft(ticket_id=uuid7(), client_id=None, appointment_id=None, lines=[line])
    dialog = PaymentDialog(desk.ctx, draft, ticket.totals(draft, {}), {demo.artist_ids[0]: "Artist"}, window)
    dialog.show()
    fit(dialog, size, most=(1120, 660))
    settle()
    dialog.form.method_buttons["voucher"].click()
    dialog.form.voucher.code.setText(code.lower())
    dialog.form.voucher.code.textEdited.emit(code.lower())
    settle(700)
    shoot(dialog, out, f"{prefix}-pay-voucher", size)
    dialog.form.add_button.click()
    settle()
    dialog.form.set_method("cash")
    dialog.form.received.set_value(20_000)
    shoot(dialog, out, f"{prefix}-pay-voucher-and-cash", size)
    dialog.done(QDialog.DialogCode.Rejected)


def stock(window: MainWindow, out: Path, prefix: str, size: Size) -> None:
    from kronos_desktop.ui.settings.products_page import ProductsPage

    window.show_studio_tab("products")
    settle(600)
    shoot(window, out, f"{prefix}-products")
    products = window.findChild(ProductsPage)
    assert products is not None
    dialog = products.open_count()
    assert dialog is not None
    fit(dialog, size)
    settle()
    for n, field in enumerate(dialog.fields[:3]):
        field.setText(str(10 - n * 4))
    shoot(dialog, out, f"{prefix}-stock-count", size)
    dialog.done(QDialog.DialogCode.Rejected)


def one_size(desk: Desk, demo: Demo, out: Path, lang: str, size: Size, first: bool) -> None:
    prefix = f"{size[0]}x{size[1]}-{lang}-drawer"
    desk.store.set_member(demo.receptionist_id)
    window = MainWindow(desk.ctx, None)
    window.resize(*size)
    window.show()
    # the receptionist as a PIN would put her there (the demo desk's own role is the owner's)
    desk.ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "Larissa Menezes")
    if first:  # the day's states, each at both sizes
        attempt("the drawer's day", lambda: the_day(desk, demo, window, out, lang))
    attempt("the day report", lambda: report(desk, demo, window, out, prefix, size, lang))
    vid: list[uuid.UUID] = []
    attempt("vouchers", lambda: vid.append(vouchers(desk, demo, window, out, prefix, size, lang)))
    if vid:
        attempt("paying by voucher", lambda: pay_by_voucher(desk, demo, window, out, prefix, size, vid[0]))
    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Marina")
    desk.store.set_member(demo.owner_id)
    attempt("stock", lambda: stock(window, out, prefix, size))
    window.close()
    window.deleteLater()
    settle(100)


def main(argv: list[str]) -> int:
    argv, theme = theme_option(argv)  # --theme light|dark (default: the system's)
    out = Path(argv[1] if len(argv) > 1 else "screens").resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    apply_look(app, theme or "system")
    for lang in LANGUAGES:
        with tempfile.TemporaryDirectory() as scratch_dir:
            scratch = Path(scratch_dir)
            demo = make_demo(scratch)  # a fresh studio per language: its day starts not opened
            desk_drawer(scratch, demo)
            desk = Desk(LocalStore.open(scratch), i18n.install(app, lang))
            try:
                for n, size in enumerate(SIZES):
                    one_size(desk, demo, out, lang, size, n == 0)
            finally:
                desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
