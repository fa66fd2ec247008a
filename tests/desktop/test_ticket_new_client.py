"""A client registered from the ticket (ui/checkout/ticket_new_client.py) on the demo studio's
real desk file: the name typed in the ticket's search carried over, a phone, the record created
once and on the ticket; a phone another client has is named while typed and, on Save, "Already
registered?" lists them: opening that one puts them on the ticket and creates nothing; a name
left out is said at the field."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from kronos_core.schema import client
from kronos_desktop.app import Desk
from kronos_desktop.ui.checkout.ticket_new_client import TicketNewClientDialog
from kronos_desktop.ui.checkout.view import CheckoutView
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.booking_helpers import new_client
from tests.desktop.duplicate_helpers import answer_duplicates
from tests.desktop.reads import settle
from tests.desktop.test_accessibility import unnamed


@pytest.fixture
def language() -> str:
    return "en"  # the words as written in the code; pt_BR's come with the translations


@pytest.fixture
def caixa(qtbot: Any, window: MainWindow, desk: Desk) -> CheckoutView:
    window.show_section("checkout")
    settle(qtbot, desk.ctx)
    window.checkout.new_button.click()
    settle(qtbot, desk.ctx)
    return window.checkout


def named_like(desk: Desk, name: str) -> int:
    with desk.store.read_engine.connect() as conn:
        return int(conn.execute(select(func.count()).where(client.c.full_name == name)).scalar_one())


def opened(qtbot: Any, caixa: CheckoutView, typed: str) -> TicketNewClientDialog:
    bar = caixa.ticket_page.client_bar
    QTest.keyClicks(bar.search, typed)
    bar.new_button.click()
    dialog = bar.dialog
    assert isinstance(dialog, TicketNewClientDialog)
    qtbot.waitExposed(dialog)
    assert not unnamed(dialog), "every control has a name a screen reader says"
    return dialog


def test_a_new_client_is_registered_once_and_put_on_the_ticket(qtbot: Any, desk: Desk, caixa: CheckoutView) -> None:
    dialog = opened(qtbot, caixa, "Quiteria Nova")
    assert dialog.name.text() == "Quiteria Nova"  # carried over from the search
    QTest.keyClicks(dialog.phone, "(21) 97777-1234")
    settle(qtbot, desk.ctx)
    assert dialog.same_line.isHidden()  # nobody has this phone
    with qtbot.waitSignal(dialog.chosen, timeout=10_000) as chosen:
        dialog.save_button.click()
    settle(qtbot, desk.ctx)
    assert named_like(desk, "Quiteria Nova") == 1
    page = caixa.ticket_page
    assert page.draft is not None
    assert page.draft.client_id == chosen.args[0]
    assert page.client_bar.card.text() == "Quiteria Nova · +55 (21) 97777-1234"
    with desk.store.read_engine.connect() as conn:
        phone = conn.execute(select(client.c.phone).where(client.c.id == chosen.args[0])).scalar_one()
    assert phone == "+5521977771234"


def test_a_phone_already_registered_is_offered_and_nothing_is_created(
    qtbot: Any, desk: Desk, window: MainWindow, caixa: CheckoutView
) -> None:
    known = new_client(qtbot, window, "Rosa Antiga", phone="+5511955550000")
    dialog = opened(qtbot, caixa, "Rosa Nova")
    QTest.keyClicks(dialog.phone, "(11) 95555-0000")
    settle(qtbot, desk.ctx)
    assert dialog.same_line.isVisible()  # named while typed
    assert dialog.same_line.text() == "Rosa Antiga already has this phone (+55 (11) 95555-0000)."
    seen: list[list[str]] = []
    answer_duplicates("duplicateOpen", seen)
    with qtbot.waitSignal(dialog.chosen, timeout=10_000) as chosen:
        dialog.save_button.click()  # Already registered? Open that one
    assert [row[0] for row in seen] == ["Rosa Antiga"]
    assert chosen.args[0] == known
    settle(qtbot, desk.ctx)
    assert named_like(desk, "Rosa Nova") == 0
    page = caixa.ticket_page
    assert page.draft is not None
    assert page.draft.client_id == known


def test_a_name_left_out_is_said_at_the_field(qtbot: Any, desk: Desk, caixa: CheckoutView) -> None:
    dialog = opened(qtbot, caixa, "(31) 93333-2222")
    assert dialog.name.text() == ""
    assert dialog.phone.text() == "(31) 93333-2222"  # a phone typed in the search goes to the phone
    dialog.save_button.click()
    assert dialog.name_error.text() == "Type the new client's full name."
    assert dialog.isVisible()
    QTest.keyClicks(dialog.name, "Sonia Teste")
    dialog.phone.setText("12")
    dialog.save_button.click()
    assert dialog.phone_error.text() == "Area code and number, like (11) 98765-4321 (abroad: +country)."
    assert dialog.isVisible()
    assert named_like(desk, "Sonia Teste") == 0
