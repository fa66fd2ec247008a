"""An expired deposit at the desk (issue 15, "expiry after N months unbooked"), on the demo desk:
the client record's Deposits tab shows a held deposit past its expiry as "Expired" with the day it
was good until, counts it above the list, and a receptionist forfeits it with Forfeit… ("Expired"
chosen for them: a person confirms, nothing forfeits it by itself); a deposit whose session is
still to come says "While booked" and the desk refuses to forfeit it as expired even though the
day written on it has passed; the ticket lists an expired deposit, off and marked, never offered."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.deposits import add_months
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.schema import client, deposit
from kronos_core.ticket import DraftPayment
from kronos_desktop.app import Desk
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.ui.checkout.deposit_actions import DepositActionDialog
from kronos_desktop.ui.checkout.ticket_line_dialog import ServiceLineDialog
from kronos_desktop.ui.clients.record_deposits import EXPIRED, DepositsModel
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle
from tests.desktop.test_record_deposits import at_desk, cells, client_with_two_bookings, the_tab

pytestmark = pytest.mark.gui


@pytest.fixture
def language() -> str:
    return "en"


def take_on(desk: Desk, client_id: uuid.UUID, day: dt.date, amount: int, **where: object) -> uuid.UUID:
    """A deposit taken on ``day`` (the desk's own op, its money by PIX), written at once."""
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": client_id, "amount": amount, "policy_text": "Sinal: 6 meses.",
        "acknowledged": True, "business_date": day, **where,
    }  # fmt: skip
    deposit_ops.take_deposit(args, DraftPayment(uuid7(), "pix", amount)).write(desk.store)
    return deposit_id


def dialog_of(kind: type[Any]) -> Any:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_the_tab_shows_an_expired_deposit_and_a_person_forfeits_it(
    qtbot: QtBot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    at_desk(desk, demo.receptionist_id, Role.RECEPTIONIST)
    client_id, bookings = client_with_two_bookings(desk)
    today = desk.ctx.today()
    long_ago = add_months(today, -8)
    old = take_on(desk, client_id, long_ago, 15_000)  # for no booking: six months after it was taken
    booked = take_on(desk, client_id, long_ago, 20_000, appointment_id=bookings[0])  # a session to come
    tab = the_tab(window, qtbot, client_id)

    row = cells(tab, tab.model.find_row(old))
    good_until = fmt.date_text(add_months(long_ago, 6))
    assert (row[DepositsModel.Col.STATUS], row[DepositsModel.Col.EXPIRES]) == ("Expired", good_until)
    status_cell = tab.model.index(tab.model.find_row(old), DepositsModel.Col.STATUS)
    assert status_cell.data(Qt.ItemDataRole.ForegroundRole).color() == EXPIRED
    assert f"it was good until {good_until}" in status_cell.data(Qt.ItemDataRole.ToolTipRole)
    waiting = cells(tab, tab.model.find_row(booked))
    assert (waiting[DepositsModel.Col.STATUS], waiting[DepositsModel.Col.EXPIRES]) == ("Held", "While booked")
    assert tab.expired_note.isVisible()
    assert tab.expired_note.text().startswith("1 held deposit expired under the studio's policy: choose it")

    # The deposit held for a session to come: the day written on it has passed, the rule keeps it.
    tab.table.selectRow(tab.model.find_row(booked))
    tab.forfeit_button.click()
    dialog: DepositActionDialog = dialog_of(DepositActionDialog)
    assert dialog.reason.currentData() == "no_show"  # nothing chosen for the receptionist
    dialog.reason.setCurrentIndex(dialog.reason.findData("expired"))
    dialog.confirm_button.click()
    assert dialog.problem.text() == (
        "Not saved: this deposit does not expire while a session it holds is still to come."
    )
    dialog.reject()

    # The expired one: Forfeit… says so and has "Expired" chosen; the receptionist confirms.
    tab.table.selectRow(tab.model.find_row(old))
    assert tab.forfeit_button.isEnabled()
    tab.forfeit_button.click()
    dialog = dialog_of(DepositActionDialog)
    about = dialog.findChild(type(dialog.problem), "depositActionAbout")
    assert about.text().endswith(f"It expired: it was good until {good_until}.")
    assert dialog.reason.currentData() == "expired"
    with qtbot.waitSignal(dialog.done_with, timeout=5000):
        dialog.confirm_button.click()
    settle(qtbot, window.ctx)
    assert cells(tab, tab.model.find_row(old))[DepositsModel.Col.STATUS] == "Forfeited"
    assert not tab.expired_note.isVisible()
    with desk.store.read_engine.connect() as conn:
        statuses = dict(
            conn.execute(select(deposit.c.id, deposit.c.forfeit_reason).where(deposit.c.status == "forfeited")).all()
        )
    assert statuses == {old: "expired"}  # the booked one is still held


def test_the_ticket_lists_an_expired_deposit_but_never_offers_it(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    c = client.c
    with desk.store.read_engine.connect() as conn:
        client_id = conn.execute(
            select(c.id).where(c.deleted.is_(False), c.merged_into.is_(None)).order_by(c.full_name)
        ).scalar()
    assert client_id is not None
    today = desk.ctx.today()
    expired_id = take_on(desk, client_id, add_months(today, -7), 30_000)
    fresh_id = take_on(desk, client_id, today, 10_000)
    window.show_section("checkout")
    settle(qtbot, desk.ctx)
    caixa = window.checkout
    caixa.new_button.click()
    settle(qtbot, desk.ctx)
    page = caixa.ticket_page
    page.add_service.click()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ServiceLineDialog)
    dialog.description.setText("Flash, ankle")
    dialog.price.setText("500")
    dialog.ok_button.click()
    page.set_client(client_id)  # as picking them in the search does
    settle(qtbot, desk.ctx)
    assert page.draft is not None
    assert page.draft.client_id == client_id

    lapsed, fresh = page.deposits.boxes[expired_id], page.deposits.boxes[fresh_id]
    assert not lapsed.isEnabled()
    assert not lapsed.isChecked()
    good_until = fmt.date_text(add_months(add_months(today, -7), 6))
    assert page.deposits.marks[expired_id].text() == f"Expired (good until {good_until}): not offered"
    assert page.deposits.marks[expired_id].isVisible()
    assert fresh_id not in page.deposits.marks
    assert "Forfeit it, or move it to this booking" in lapsed.toolTip()
    assert fresh.isEnabled()
    page.toggle_deposit(expired_id, True)  # even asked for directly, it is not applied
    assert expired_id not in page.draft.deposit_ids
    assert page.deposit_amounts() == {fresh_id: 10_000}
    fresh.setChecked(True)
    assert page.totals_panel.values["deposit_applied"].text() == "−R$100.00"
