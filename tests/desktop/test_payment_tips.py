"""Tips in the payment dialog go to the ticket's artists unless the receptionist says otherwise
(a real desk, the demo studio's SQLite file; the dialog given every artist of the studio, as the
ticket page gives them): the tip list starts at the first line's artist and lists the ticket's
artists first; an amount above the bill asks for whom the tip is, and a ticket with no artist
on it (products only) names nobody until one is chosen."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy import select

from kronos_core import ticket
from kronos_core.demo import DemoStudio
from kronos_core.schema import sale_tip, staff
from kronos_desktop.app import Desk
from kronos_desktop.ui.checkout.payment_dialog import PaymentDialog
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def artists(desk: Desk, demo: DemoStudio) -> dict[uuid.UUID, str]:
    """Every artist of the studio, as the ticket page hands them to the dialog."""
    with desk.store.read_engine.connect() as conn:
        names = dict(conn.execute(select(staff.c.id, staff.c.display_name)).all())
    return {a: names[a] for a in demo.artist_ids}


def by_name(artists: dict[uuid.UUID, str]) -> list[uuid.UUID]:
    return sorted(artists, key=lambda a: artists[a].casefold())


def line(artist_id: uuid.UUID | None, price: int, kind: str = "service") -> ticket.DraftLine:
    return ticket.DraftLine(uuid.uuid4(), kind, "Linha", artist_id, None, 1, price)  # type: ignore[arg-type]


@pytest.fixture
def open_dialog(qtbot: Any, desk: Desk, artists: dict[uuid.UUID, str]) -> Any:
    made: list[PaymentDialog] = []

    def make(lines: list[ticket.DraftLine]) -> PaymentDialog:
        draft = ticket.TicketDraft(ticket_id=uuid.uuid4(), client_id=None, appointment_id=None, lines=lines)
        dialog = PaymentDialog(desk.ctx, draft, ticket.totals(draft, {}), artists)
        made.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot, desk.ctx)
        return dialog

    yield make
    qtbot.waitUntil(lambda: not desk.ctx.runner.busy, timeout=10_000)
    for dialog in made:
        dialog.done(0)
        dialog.deleteLater()


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def when_question(act: Callable[[QWidget], None]) -> None:
    """When the tip question opens over the dialog, ``act`` on it (looked for during 5 s)."""
    tries = iter(range(250))

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "paymentTipConfirm":
            if next(tries, None) is not None:
                QTimer.singleShot(20, look)
            return
        try:
            act(box)
        finally:
            if box.isVisible():  # the question not answered as expected: never left open
                box.close()

    QTimer.singleShot(0, look)


def overpay_by_card(dialog: PaymentDialog, amount: str) -> None:
    dialog.form.method_buttons["credit"].click()
    dialog.form.brand.setCurrentIndex(dialog.form.brand.findData("visa"))
    dialog.form.amount.setFocus()
    dialog.form.amount.selectAll()
    QTest.keyClicks(dialog.form.amount, amount)
    dialog.form.add_button.click()


def test_the_tip_starts_at_the_first_lines_artist_and_the_tickets_artists_come_first(  # type: ignore[no-untyped-def]
    qtbot, open_dialog, artists: dict[uuid.UUID, str]
) -> None:
    names = by_name(artists)
    first, second = names[-1], names[-2]  # the last two by name: a list by name starts elsewhere
    dialog: PaymentDialog = open_dialog([line(first, 100_000), line(second, 50_000), line(first, 20_000)])
    shown = items(dialog.tips.artist)
    assert shown[:2] == [artists[first], artists[second]]
    assert dialog.tips.artist.currentText() == artists[first]
    assert sorted(n for n in shown[2:] if n) == sorted(artists[a] for a in names[:-2])  # the others after
    QTest.keyClicks(dialog.tips.amount, "40")
    dialog.tips.add_button.click()
    assert [(t.artist_id, t.amount) for t in dialog.draft.tips] == [(first, 4_000)]
    assert dialog.tips.list.item(0).text() == f"{artists[first]} · R$40.00"


def test_an_amount_above_the_bill_asks_for_whom_the_tip_is(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, open_dialog, artists: dict[uuid.UUID, str]
) -> None:
    names = by_name(artists)
    first, second = names[-1], names[-2]
    dialog: PaymentDialog = open_dialog([line(first, 100_000), line(second, 50_000)])
    seen: list[tuple[str, str, list[str]]] = []

    def pick_the_second(box: QWidget) -> None:
        question = box.findChild(QLabel, "paymentTipQuestion")
        combo = box.findChild(QComboBox, "paymentTipArtist")
        assert question is not None
        assert combo is not None
        seen.append((question.text(), combo.currentText(), items(combo)[:2]))
        combo.setCurrentIndex(combo.findData(second))
        yes = box.findChild(QPushButton, "paymentTipYes")
        assert yes is not None
        assert yes.isEnabled()
        yes.click()

    when_question(pick_the_second)
    overpay_by_card(dialog, "1520")
    assert seen == [("Take R$20.00 above the bill as a tip?", artists[first], [artists[first], artists[second]])]
    assert [(t.artist_id, t.amount) for t in dialog.draft.tips] == [(second, 2_000)]
    assert dialog.left_label.text() == "Paid in full"

    closed: list[object] = []
    dialog.closed.connect(closed.append)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
    qtbot.waitUntil(lambda: not desk.ctx.runner.busy, timeout=10_000)
    with desk.store.read_engine.connect() as conn:
        query = select(sale_tip.c.artist_id, sale_tip.c.amount).where(sale_tip.c.sale_id == closed[0])
        tips = [tuple(row) for row in conn.execute(query).all()]
    assert tips == [(second, 2_000)]  # the sale's one tip, to the artist chosen


def test_a_ticket_without_artists_names_nobody_until_one_is_chosen(  # type: ignore[no-untyped-def]
    qtbot, open_dialog, artists: dict[uuid.UUID, str]
) -> None:
    names = by_name(artists)
    dialog: PaymentDialog = open_dialog([line(None, 4_590, "product")])  # a pomade, nobody's
    assert dialog.tips.artist.currentText() == "Choose the artist…"
    assert dialog.tips.chosen_artist() is None
    QTest.keyClicks(dialog.tips.amount, "5")
    dialog.tips.add_button.click()
    assert dialog.draft.tips == []
    assert dialog.tips.amount.message.text() == "Choose the artist who gets the tip."

    seen: list[tuple[str, str, bool]] = []

    def answer(choose: uuid.UUID | None) -> Callable[[QWidget], None]:
        def act(box: QWidget) -> None:
            note = box.findChild(QLabel, "paymentTipNoArtist")
            combo = box.findChild(QComboBox, "paymentTipArtist")
            yes = box.findChild(QPushButton, "paymentTipYes")
            no = box.findChild(QPushButton, "paymentTipNo")
            assert note is not None
            assert combo is not None
            assert yes is not None
            assert no is not None
            seen.append((note.text() if note.isVisible() else "", combo.currentText(), yes.isEnabled()))
            if choose is None:
                no.click()
                return
            combo.setCurrentIndex(combo.findData(choose))
            yes.click()

        return act

    when_question(answer(None))
    overpay_by_card(dialog, "60")
    assert seen == [("No artist is on this ticket: choose who gets the tip.", "Choose the artist…", False)]
    assert dialog.draft.payments == []
    assert dialog.draft.tips == []
    assert "more than is left to pay" in dialog.form.amount.message.text()

    when_question(answer(names[1]))
    dialog.form.add_button.click()
    assert [(t.artist_id, t.amount) for t in dialog.draft.tips] == [(names[1], 1_410)]
    (taken,) = dialog.draft.payments
    assert (taken.amount, taken.tip) == (4_590, 1_410)


def test_typed_digits_in_the_tip_stay_there(qtbot, open_dialog, artists: dict[uuid.UUID, str]) -> None:  # type: ignore[no-untyped-def]
    dialog: PaymentDialog = open_dialog([line(by_name(artists)[0], 10_000)])
    field = dialog.tips.amount
    assert isinstance(field, QLineEdit)
    field.setFocus()
    QTest.keyClicks(field, "25")
    assert field.text() == "25"
    assert dialog.form.method() == "cash"  # the keys 2 and 5 chose no method


def test_a_payment_holding_a_tip_says_the_tip_is_part_of_it(  # type: ignore[no-untyped-def]
    qtbot, open_dialog, artists: dict[uuid.UUID, str]
) -> None:
    dialog: PaymentDialog = open_dialog([line(by_name(artists)[0], 30_000)])
    QTest.keyClicks(dialog.tips.amount, "50")
    dialog.tips.add_button.click()
    dialog.form.method_buttons["transfer"].click()
    assert dialog.form.amount.text() == "350.00"
    dialog.form.add_button.click()  # R$ 350,00 by transfer: R$ 300,00 to the bill, R$ 50,00 tip
    (taken,) = dialog.draft.payments
    assert (taken.amount, taken.tip) == (30_000, 5_000)
    model = dialog.rows.model
    cell = model.index(0, model.Col.AMOUNT)
    assert cell.data() == "R$350.00\n(tip R$50.00 included)"  # not "R$350.00 / tip R$50.00": read as 400
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "R$350.00 paid: R$300.00 to the bill and a tip of R$50.00"
    table = dialog.rows.table
    room = table.columnWidth(model.Col.AMOUNT) - 16  # the cell's padding
    needed = table.fontMetrics().boundingRect(0, 0, room, 1000, Qt.TextFlag.TextWordWrap, cell.data()).height()
    assert needed <= table.rowHeight(0)  # the whole amount shows
