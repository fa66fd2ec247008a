"""Screenshots of issue 15's checkout (Caixa), to be looked at: the day's sales (and the day's
figures once they exist), a ticket from a completed booking (three lines, a line discount, a
ticket discount, the client's health alert and held deposit), the payment split (a tip, a Visa in
3x, cash with change), the PIX screen, the receipt (A4 and 80 mm previews), the deposit dialog,
the client's Deposits tab, the refund and void dialogs and Studio → Products — in pt_BR and
English, at 1280×720 and 1024×600, on a fresh demo studio (offscreen: no display needed).

    uv run python tools/checkout_screens.py [OUT_DIR]    # default: ./screens

Files are named ``<size>-<language>-checkout-<view>.png`` (the receipts drawn whole, whatever the
size: ``<language>-checkout-receipt-<paper>-full.png``); the script prints their paths. A part
of the checkout not on this checkout yet is skipped with a note (``SKIPPED ...``) on stderr; a
dialog larger than the screen is said (``DOES NOT FIT ...``)."""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checkout_screens_data import Demo, make_demo
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from screens import theme_option

from kronos_core.roles import Role
from kronos_desktop import i18n
from kronos_desktop.app import Desk, apply_look
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries.checkout import sale_detail
from kronos_desktop.ui.main_window import MainWindow

SIZES = ((1280, 720), (1024, 600))
LANGUAGES = ("pt_BR", "en")
Size = tuple[int, int]


def settle(ms: int = 400) -> None:
    """Let the reader and writer threads answer and the views paint (as tools/screens.py does)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def wait_until(done: Callable[[], bool], what: str, seconds: float = 10) -> None:
    for _ in range(int(seconds * 20)):
        if done():
            return
        settle(50)
    raise RuntimeError(f"timed out waiting for {what}")


def shoot(widget: QWidget, out: Path, name: str, size: Size | None = None) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    if size is not None and (widget.width() > size[0] or widget.height() > size[1]):
        print(f"DOES NOT FIT {name}: {widget.width()}x{widget.height()} on {size[0]}x{size[1]}", file=sys.stderr)


def skipped(what: str, why: BaseException) -> None:
    print(f"SKIPPED {what}: {type(why).__name__}: {why}", file=sys.stderr)


def fit(dialog: QWidget, size: Size, *, most: Size | None = None) -> None:
    """The dialog as a screen of ``size`` would have it (the offscreen screen is 800×600):
    ``most`` as large as it allows (less a margin), else its own size hint, cut to the screen."""
    if most is not None:
        dialog.resize(min(most[0], size[0] - 24), min(most[1], size[1] - 40))
        return
    hint = dialog.sizeHint().expandedTo(dialog.minimumSize())
    dialog.resize(min(max(hint.width(), dialog.width()), size[0]), min(max(hint.height(), dialog.height()), size[1]))


def modal() -> QWidget | None:
    settle(100)
    return QApplication.activeModalWidget()


# -- the Caixa and the ticket --------------------------------------------------------------------
def day_page(window: MainWindow, demo: Demo, out: Path, prefix: str, size: Size) -> None:
    window.show_section("checkout")
    caixa = window.checkout
    wait_until(lambda: caixa.summary is not None, "the day's sales")
    caixa.show_day_page(demo.sale_id)  # the sale closed: chosen
    settle()
    caixa.table.clearSelection()  # each row's own colours (a sale short of its payments in red)
    shoot(window, out, f"{prefix}-day")
    try:
        figures = importlib.import_module("kronos_desktop.ui.checkout.day_figures")  # H3's, when it lands
    except ImportError as exc:
        skipped("the day's figures (ui/checkout/day_figures.py)", exc)
        return
    shown = [w for w in caixa.findChildren(QWidget) if type(w).__module__ == figures.__name__ and w.isVisible()]
    if shown:
        print(f"the day's figures are on the Caixa page: see {prefix}-day.png")
    else:
        print("SKIPPED the day's figures: ui/checkout/day_figures.py is not on the Caixa page yet", file=sys.stderr)


def ticket(window: MainWindow, demo: Demo, out: Path, prefix: str, size: Size) -> None:
    """The booking's ticket: the price typed in the line dialog, a second artist's service, a
    product found by SKU, 10 % off the first line, R$ 50 off the ticket, the deposit ticked."""
    from kronos_desktop.ui.checkout.discount_dialog import DiscountDialog
    from kronos_desktop.ui.checkout.ticket_line_dialog import ProductDialog, ServiceLineDialog

    caixa = window.checkout
    page = caixa.ticket_page
    caixa.open_for_booking(demo.booking_id)
    wait_until(lambda: page.draft is not None, "the booking's ticket")
    dialog = modal()
    if isinstance(dialog, ServiceLineDialog):  # a new ticket: its price first
        dialog.price.set_value(85_000)
        shoot(dialog, out, f"{prefix}-ticket-line-dialog", size)
        dialog.ok_button.click()
    assert page.draft is not None
    if len(page.draft.lines) < 2:
        page.add_service.click()
        second = modal()
        assert isinstance(second, ServiceLineDialog), second
        second.description.setText("Sombreamento extra — costela")
        artist = next(a for a in demo.artist_ids if a != page.draft.lines[0].artist_id)  # a second artist
        second.artist.setCurrentIndex(max(0, second.artist.findData(str(artist))))
        second.price.set_value(42_000)
        second.ok_button.click()
        page.add_product.click()
        product = modal()
        assert isinstance(product, ProductDialog), product
        product.search.setText("bepantol")
        product.quantity.setValue(2)
        shoot(product, out, f"{prefix}-ticket-product-dialog", size)
        product.ok_button.click()
        page.table.selectRow(0)
        page.line_discount.click()
        discount = modal()
        assert isinstance(discount, DiscountDialog), discount
        discount.as_percent.setChecked(True)
        discount.percent.setText("10")
        discount.reason.setText("Cliente antigo" if "pt" in prefix else "Returning client")
        shoot(discount, out, f"{prefix}-ticket-discount-dialog", size)
        discount.ok_button.click()
        page.ticket_discount.click()
        whole = modal()
        assert isinstance(whole, DiscountDialog), whole
        whole.as_amount.setChecked(True)
        whole.amount.set_value(5_000)
        whole.reason.setText("Indicação" if "pt" in prefix else "Referral")
        whole.ok_button.click()
        settle()
        for box in page.deposits.boxes.values():
            box.setChecked(True)
    page.table.selectRow(0)
    shoot(window, out, f"{prefix}-ticket")
    page.details.toggle.setChecked(True)
    shoot(window, out, f"{prefix}-ticket-details")
    page.details.toggle.setChecked(False)


def payment(window: MainWindow, demo: Demo, out: Path, prefix: str, size: Size) -> None:
    """The split: a R$ 50 tip for the booking's artist, R$ 600 on a Visa in 3x, the rest in
    cash with change."""
    from kronos_desktop.ui.checkout.payment_dialog import PaymentDialog

    page = window.checkout.ticket_page
    page.charge()
    dialog = modal()
    if not isinstance(dialog, PaymentDialog):
        raise RuntimeError(f"Charge opened {dialog!r}: {page.charge_why.text()}")
    fit(dialog, size, most=(1120, 660))
    wait_until(lambda: dialog.settings is not None, "the studio's card settings")
    if not dialog.draft.payments:
        booked = dialog.draft.lines[0].artist_id  # the tip for the booking's artist
        tips_to = dialog.tips.artist
        tips_to.setCurrentIndex(next((n for n in range(tips_to.count()) if tips_to.itemData(n) == booked), 0))
        dialog.tips.amount.set_value(5_000)
        dialog.tips.add_button.click()
        dialog.form.set_method("credit")
        dialog.form.amount.set_value(60_000)
        dialog.form.brand.setCurrentIndex(max(1, dialog.form.brand.findData("visa")))
        dialog.form.instalments.setValue(3)
        dialog.form.auth_code.setText("048213")
        shoot(dialog, out, f"{prefix}-payment-card", size)
        dialog.form.add_button.click()
        settle()
        dialog.form.set_method("cash")
        left = dialog.form.amount.value() or 0
        dialog.form.received.set_value((left // 5_000 + 1) * 5_000)
        shoot(dialog, out, f"{prefix}-payment-cash", size)
        dialog.form.add_button.click()
    shoot(dialog, out, f"{prefix}-payment-split", size)
    dialog.done(QDialog.DialogCode.Rejected)
    settle()


def pix(desk: Desk, window: MainWindow, out: Path, prefix: str, size: Size) -> None:
    from kronos_desktop.store.queries.settings import studio_settings
    from kronos_desktop.ui.checkout.pix_screen import PixScreen

    with desk.store.read_engine.connect() as conn:
        settings = studio_settings(conn)
    assert settings is not None
    screen = PixScreen(
        desk.ctx, amount=48_350, reference="KR0193A4F2C7D1", key=settings.pix_key,
        merchant_name=settings.merchant_name, merchant_city=settings.merchant_city, parent=window,
    )  # fmt: skip
    screen.show()
    screen.resize(min(size[0] - 40, 1500), min(size[1] - 40, 1000))  # as on a screen of that size
    shoot(screen, out, f"{prefix}-pix", size)
    read_back(out / f"{prefix}-pix.png", screen.payload)
    screen.done(QDialog.DialogCode.Rejected)


def read_back(png: Path, payload: str) -> None:
    """The QR in the screenshot read as a phone would (zxing-cpp, when installed): said if it
    does not give back the PIX code."""
    try:
        zxing = importlib.import_module("zxingcpp")
        numpy = importlib.import_module("numpy")
    except ImportError as exc:
        skipped("reading the PIX QR back", exc)
        return
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    rows = numpy.frombuffer(image.constBits(), dtype=numpy.uint8).reshape(image.height(), image.bytesPerLine())
    found = [code.text for code in zxing.read_barcodes(rows[:, : image.width()].copy())]
    if found != [payload]:
        print(f"QR NOT READ BACK {png.name}: {found!r}", file=sys.stderr)


# -- after the sale ------------------------------------------------------------------------------
def receipt(desk: Desk, window: MainWindow, demo: Demo, out: Path, prefix: str, size: Size, scratch: Path) -> None:
    from kronos_desktop.ui.checkout.receipt_dialog import ReceiptDialog

    settings = QSettings(str(scratch / "receipt.ini"), QSettings.Format.IniFormat)
    dialog = ReceiptDialog(desk.ctx, demo.sale_id, window, settings=settings)
    dialog.paper.setCurrentIndex(0)
    dialog.show()
    fit(dialog, size)
    wait_until(lambda: dialog.detail is not None, "the sale's receipt")
    shoot(dialog, out, f"{prefix}-receipt-a4", size)
    dialog.paper.setCurrentIndex(1)
    shoot(dialog, out, f"{prefix}-receipt-roll80", size)
    dialog.done(QDialog.DialogCode.Rejected)


def receipts_whole(desk: Desk, demo: Demo, out: Path, language: str) -> None:
    """Each receipt drawn whole (what the preview scrolls through), and the voided one on a roll."""
    from kronos_desktop.ui.checkout import receipt_render

    with desk.store.read_engine.connect() as conn:
        detail = sale_detail(conn, demo.sale_id)
        void = sale_detail(conn, demo.void_sale_id)
    assert detail is not None
    assert void is not None
    for paper, dpi in (("a4", 110), ("roll80", 160)):
        path = out / f"{language}-checkout-receipt-{paper}-full.png"
        receipt_render.render_image(detail, paper, dpi, language).save(str(path))  # type: ignore[arg-type]
        print(path)
    path = out / f"{language}-checkout-receipt-void-roll80-full.png"
    receipt_render.render_image(void, "roll80", 160, language).save(str(path))
    print(path)


def deposit(desk: Desk, window: MainWindow, demo: Demo, out: Path, prefix: str, size: Size) -> None:
    from kronos_desktop.ui.checkout.deposit_dialog import DepositDialog

    dialog = DepositDialog(desk.ctx, demo.booking_client, parent=window)
    dialog.show()
    wait_until(lambda: dialog.setup is not None, "the deposit's setup")
    fit(dialog, size)
    dialog.amount.set_value(30_000)
    shoot(dialog, out, f"{prefix}-deposit", size)
    dialog.done(QDialog.DialogCode.Rejected)


def client_deposits(window: MainWindow, demo: Demo, out: Path, prefix: str) -> None:
    record_deposits = importlib.import_module("kronos_desktop.ui.clients.record_deposits")  # H4's, when it lands
    window.show_section("clients")
    view = window.clients
    view.open_record(demo.booking_client)
    settle()
    tabs = view.record.tabs
    found = [n for n in range(tabs.count()) if type(tabs.widget(n)).__module__ == record_deposits.__name__] or [
        n for n in range(tabs.count()) if "eposit" in (tabs.widget(n) or tabs).objectName() or "inal" in tabs.tabText(n)
    ]
    if not found:
        raise LookupError("no Deposits tab on the client record")
    tabs.setCurrentIndex(found[0])
    shoot(window, out, f"{prefix}-client-deposits")
    tabs.setCurrentIndex(0)


def refund_and_void(desk: Desk, window: MainWindow, demo: Demo, out: Path, prefix: str, size: Size) -> None:
    from kronos_desktop.ui.checkout.refund_dialog import RefundDialog
    from kronos_desktop.ui.checkout.void_dialog import VoidDialog

    pt = "pt" in prefix
    refund = RefundDialog(desk.ctx, demo.sale_id, parent=window)
    refund.show()
    wait_until(lambda: refund.detail is not None, "the sale to refund")
    fit(refund, size)
    refund.reason.setText("Cliente desistiu da pomada" if pt else "The client returned the balm")
    shoot(refund, out, f"{prefix}-refund", size)
    refund.done(QDialog.DialogCode.Rejected)
    void = VoidDialog(desk.ctx, demo.sale_id, parent=window)
    void.show()
    wait_until(lambda: void.detail is not None, "the sale to void")
    fit(void, size)
    void.reason.setText("Venda lançada para a cliente errada" if pt else "Rung up for the wrong client")
    shoot(void, out, f"{prefix}-void", size)
    void.done(QDialog.DialogCode.Rejected)


def products(window: MainWindow, out: Path, prefix: str) -> None:
    window.show_studio_tab("products")
    settle()
    shoot(window, out, f"{prefix}-products")


# -- the run -------------------------------------------------------------------------------------
def attempt(what: str, shot: Callable[[], None]) -> None:
    """One screen: a part not on this checkout yet (ImportError) is skipped with a note; anything
    else failing is said with its traceback and the next screen goes on."""
    try:
        shot()
    except ImportError as exc:
        skipped(what, exc)
    except Exception as exc:  # a screen that fails must not hide the others
        print(f"FAILED {what}: {type(exc).__name__}: {exc}", file=sys.stderr)
        traceback.print_exc()
        for widget in QApplication.topLevelWidgets():  # a dialog left open would cover the next
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)


def one_size(desk: Desk, demo: Demo, out: Path, language: str, size: Size, scratch: Path) -> None:
    prefix = f"{size[0]}x{size[1]}-{language}-checkout"
    who = desk.ctx.who
    who.set(demo.receptionist_id, Role.RECEPTIONIST, "reception")
    window = MainWindow(desk.ctx, None)
    window.resize(*size)
    window.show()
    attempt("the Caixa's day", lambda: day_page(window, demo, out, prefix, size))
    attempt("the ticket", lambda: ticket(window, demo, out, prefix, size))
    attempt("the payment dialog", lambda: payment(window, demo, out, prefix, size))
    attempt("the PIX screen", lambda: pix(desk, window, out, prefix, size))
    attempt("the deposit dialog", lambda: deposit(desk, window, demo, out, prefix, size))
    attempt("the client's Deposits tab", lambda: client_deposits(window, demo, out, prefix))
    who.set(demo.owner_id, Role.OWNER, "owner")
    attempt("the receipt dialog", lambda: receipt(desk, window, demo, out, prefix, size, scratch))
    attempt("the refund and void dialogs", lambda: refund_and_void(desk, window, demo, out, prefix, size))
    attempt("Studio → Products", lambda: products(window, out, prefix))
    forget_ticket(desk, window)
    window.close()
    window.deleteLater()
    settle(100)


def forget_ticket(desk: Desk, window: MainWindow) -> None:
    """The booking's ticket discarded: the next size and language ring it up again."""
    from kronos_desktop.ops import checkout as checkout_ops

    page = window.checkout.ticket_page
    draft = page.draft
    if draft is None:
        return
    page.leave()
    wait_until(lambda: not desk.ctx.runner.busy, "the ticket to be kept")
    checkout_ops.discard_draft(draft.ticket_id).write(desk.store)


def main(argv: list[str]) -> int:
    argv, theme = theme_option(argv)  # --theme light|dark (default: the system's)
    out = Path(argv[1] if len(argv) > 1 else "screens").resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    apply_look(app, theme or "system")  # the style sheet the desk runs with (role="error" in red, primary buttons...)
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir)
        demo = make_demo(scratch)
        for language in LANGUAGES:
            desk = Desk(LocalStore.open(scratch), i18n.install(app, language))
            try:
                for size in SIZES:
                    one_size(desk, demo, out, language, size, scratch)
                attempt(
                    "the receipts drawn whole",
                    lambda desk=desk, language=language: receipts_whole(desk, demo, out, language),  # type: ignore[misc]
                )
            finally:
                desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
