"""A gift voucher's card on paper (ui/checkout/voucher_card.py), read back with pypdf: an A6
landscape page with the studio's name, the code, the value, for whom and until when; the PDF
saved from the card's dialog and the print (to a PDF printer) are the same drawing. In English
and in Portuguese (the value as each language writes money)."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.ticket import DraftPayment
from kronos_desktop.app import Desk
from kronos_desktop.ops import vouchers as voucher_ops
from kronos_desktop.ui.checkout.voucher_card import CardData, VoucherCardDialog, pdf_bytes, render, set_up
from tests.desktop.checkout_rows import DAY, open_counter

CARD = CardData(
    studio_name="Estúdio Agulha",
    code="K7QX-M4P9",
    amount=25_050,
    currency="BRL",
    recipient_name="Maria Lima",
    buyer_name="João Lima",
    expires_on=dt.date(2027, 6, 30),
    sold_on=DAY,
)


def text_of(pdf: bytes) -> str:
    """The PDF's words, one space between them (pypdf reads the spaces as tabs)."""
    raw = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"[\t\u00a0 ]+", " ", raw)


def mm(points: float) -> float:
    return float(points) / 72 * 25.4


@pytest.mark.parametrize(("language", "value"), [("en", "R$250.50"), ("pt_BR", "R$ 250,50")])
def test_the_pdf_shows_the_code_and_the_value_on_one_a6_card(translated: str, value: str) -> None:
    pdf = pdf_bytes(CARD)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(mm(box.width)), round(mm(box.height))) == (148, 105), "A6 landscape"
    text = text_of(pdf)
    assert "K7QX-M4P9" in text
    assert value in text
    assert "Estúdio Agulha" in text
    assert "Maria Lima" in text


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def desk(tmp_path: Path, translated: str) -> Iterator[Desk]:
    store, c = open_counter(tmp_path / "data")
    opened = Desk(store, translated)
    opened.store.set_member(c.owner_id)
    opened.ctx.who.set(c.owner_id, Role.OWNER, "Marina Costa")
    yield opened
    opened.close()


def test_the_dialog_saves_and_prints_the_same_card(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    voucher_id = uuid7()
    args = {"voucher_id": voucher_id, "amount": 10_000, "sold_on": DAY, "recipient_name": "Caio Reis"}
    applied = voucher_ops.sell_voucher(args, [DraftPayment(uuid7(), "pix", 10_000)]).write(desk.store)
    code = str(applied.args.code)  # type: ignore[attr-defined]
    dialog = VoucherCardDialog(desk.ctx, voucher_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    assert dialog.status.text() == f"Voucher {code}: print it, or save it to send."
    assert dialog.print_button.isEnabled()

    assert dialog.save_to(tmp_path / "card")
    saved = (tmp_path / "card.pdf").read_bytes()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    set_up(printer)
    assert dialog.print_to(printer)
    printed = (tmp_path / "printed.pdf").read_bytes()
    for pdf in (saved, printed):
        text = text_of(pdf)
        assert code in text
        assert "R$100.00" in text
        assert "For Caio Reis" in text
        assert "No expiry date" in text
    assert dialog.status.text() == "Sent to the printer."


@pytest.mark.qt_log_ignore("QPainter::begin")
@pytest.mark.usefixtures("translated")  # the message in English
def test_a_device_that_will_not_start_is_an_oserror(tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "missing" / "folder" / "card.pdf"))
    set_up(printer)
    with pytest.raises(OSError, match="could not be opened"):
        render(printer, CARD)
