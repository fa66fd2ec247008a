"""The receipt window (issue 15): a closed sale's receipt previewed, saved as PDF and printed on
the paper chosen (A4 or an 80 mm roll, remembered by the desk), read back with pypdf; a reprint
after a refund shows the refund; a sale not on the desk is said so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from kronos_core.ids import uuid7
from kronos_desktop.app import Desk
from kronos_desktop.ops import checkout as ops
from kronos_desktop.ui.checkout.receipt_dialog import PAPER_KEY, ReceiptDialog
from tests.desktop.checkout_rows import DAY, open_counter
from tests.desktop.receipt_sales import A4_POINTS, ROLL_POINTS, Closed, close_full_ticket, pdf_pages


@pytest.fixture
def language() -> str:
    return "en"  # the receipt's words reach the pt_BR catalogue when the lead runs lupdate


@pytest.fixture
def sold(tmp_path: Path, translated: str) -> Iterator[tuple[Desk, Closed]]:
    store, c = open_counter(tmp_path / "data")
    closed = close_full_ticket(store, c)
    desk = Desk(store, translated)
    yield desk, closed
    desk.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def opened(qtbot, desk: Desk, sale_id: object, settings: QSettings) -> ReceiptDialog:  # type: ignore[no-untyped-def]
    dialog = ReceiptDialog(desk.ctx, sale_id, None, settings=settings)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_receipt_opens_with_its_preview(qtbot, sold: tuple[Desk, Closed], settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    desk, closed = sold
    dialog = opened(qtbot, desk, closed.sale_id, settings)
    assert dialog.windowTitle() == "Receipt A-000001"
    assert dialog.print_button.isEnabled()
    assert dialog.pdf_button.isEnabled()
    assert dialog.primary_button() is dialog.print_button  # Enter prints
    assert dialog.chosen_paper() == "a4"  # nothing remembered yet
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull()
    assert pixmap.height() > pixmap.width()  # a page, upright
    for widget in (dialog.paper, dialog.print_button, dialog.pdf_button, dialog.close_button):
        assert widget.objectName()
        assert widget.accessibleName()
    assert dialog.height() <= 560  # fits a 1024x600 screen
    assert dialog.width() <= 1000
    assert pixmap.width() >= 700, "the A4 preview's text can be read (at 60 dpi it was ~6 px high)"


def test_the_chosen_paper_is_remembered_and_saved_as_pdf(  # type: ignore[no-untyped-def]
    qtbot, sold: tuple[Desk, Closed], settings: QSettings, tmp_path: Path
) -> None:
    desk, closed = sold
    dialog = opened(qtbot, desk, closed.sale_id, settings)
    a4_preview = dialog.preview.pixmap().size()
    dialog.paper.setCurrentIndex(dialog.paper.findData("roll80"))
    assert settings.value(PAPER_KEY) == "roll80"
    assert dialog.preview.pixmap().size() != a4_preview  # the preview is the roll's now

    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        dialog.save_pdf(tmp_path / "recibo")  # no extension typed: .pdf added
    assert blocker.args == [tmp_path / "recibo.pdf", 1]
    sizes, text = pdf_pages(tmp_path / "recibo.pdf")
    assert sizes[0][0] == pytest.approx(ROLL_POINTS, abs=0.5)
    assert "Receipt no. A-000001" in text
    assert "Not a fiscal document" in text
    assert str(tmp_path / "recibo.pdf") in dialog.status.text()

    again = opened(qtbot, desk, closed.sale_id, settings)
    assert again.chosen_paper() == "roll80"  # the desk remembers its printer's paper


def test_print_goes_to_the_printer_on_the_paper_chosen(  # type: ignore[no-untyped-def]
    qtbot, sold: tuple[Desk, Closed], settings: QSettings, tmp_path: Path
) -> None:
    desk, closed = sold
    dialog = opened(qtbot, desk, closed.sale_id, settings)
    with qtbot.waitSignal(dialog.printed, timeout=10_000) as blocker:
        dialog.print_to(pdf_printer(tmp_path / "printed.pdf"))
    assert blocker.args == [1]
    sizes, text = pdf_pages(tmp_path / "printed.pdf")
    assert [(round(w), round(h)) for w, h in sizes] == [A4_POINTS]
    assert "Credit card · Visa · 3x · NSU 123456 R$420.00" in text


def test_a_reprint_after_a_refund_shows_it(  # type: ignore[no-untyped-def]
    qtbot, sold: tuple[Desk, Closed], settings: QSettings, tmp_path: Path
) -> None:
    desk, closed = sold
    dialog = opened(qtbot, desk, closed.sale_id, settings)
    ops.refund_payment(closed.card_id, 10_000, reason="Retoque cancelado", business_date=DAY).write(desk.store)

    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        dialog.print_to(pdf_printer(tmp_path / "reprint.pdf"))

    text = pdf_pages(tmp_path / "reprint.pdf")[1]
    assert "Credit card refunded on 12/4/2026 −R$100.00 Retoque cancelado" in text


def test_a_sale_not_on_this_desk(qtbot, sold: tuple[Desk, Closed], settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    desk, _closed = sold
    dialog = opened(qtbot, desk, uuid7(), settings)
    assert dialog.status.text() == "This sale is not on this desk."
    assert not dialog.print_button.isEnabled()
    assert not dialog.pdf_button.isEnabled()


def test_save_pdf_starts_in_documents_then_where_the_last_went(  # type: ignore[no-untyped-def]
    qtbot, sold: tuple[Desk, Closed], settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file dialog starts in the person's Documents (it started in the program's folder),
    then in the folder the last receipt was saved in."""
    desk, closed = sold
    asked: list[str] = []
    answer = {"path": ""}

    def save_file_name(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return answer["path"], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    dialog = opened(qtbot, desk, closed.sale_id, settings)
    dialog.pdf_button.click()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [str(Path(documents or Path.home()) / "receipt-A-000001.pdf")]
    assert Path(asked[0]).parent != Path.cwd()

    folder = tmp_path / "recibos"
    folder.mkdir()
    answer["path"] = str(folder / "r1.pdf")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.pdf_button.click()
    answer["path"] = ""  # the next dialog cancelled
    dialog.pdf_button.click()
    assert asked[2] == str(folder / "receipt-A-000001.pdf")
