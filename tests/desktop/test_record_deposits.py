"""The client record's Deposits tab on the demo desk: a deposit taken through "Take deposit…" with
the policy accepted is listed with its amount, status and ledger; the receptionist forfeits a
held one (the ledger grows) but may not refund it (the button is off and says why); an owner
refunds one with its reason, and moves one to another booking."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment, deposit, payment
from kronos_desktop.app import Desk
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.ui.agenda import block_menu
from kronos_desktop.ui.checkout.deposit_actions import DepositActionDialog
from kronos_desktop.ui.checkout.deposit_dialog import DepositDialog
from kronos_desktop.ui.clients.record_deposits import DepositsModel, DepositsTab, LedgerModel
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle

pytestmark = pytest.mark.gui
E2E = "E18236120202612041850s0123456789"


@pytest.fixture
def language() -> str:
    return "en"


def client_with_two_bookings(desk: Desk) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """A demo client with no deposit yet and their bookings still to come (at least two, soonest
    first)."""
    now = desk.ctx.reader.now(desk.ctx.desk())
    a = appointment.c
    query = (
        select(a.client_id, a.id)
        .where(a.client_id.is_not(None), a.kind != "block", a.status.in_(("booked", "confirmed")))
        .where(a.deleted.is_(False), a.starts_at > now, a.client_id.not_in(select(deposit.c.client_id)))
        .order_by(a.starts_at)
    )
    with desk.store.read_engine.connect() as conn:
        found: dict[uuid.UUID, list[uuid.UUID]] = {}
        for client_id, booking_id in conn.execute(query):
            found.setdefault(client_id, []).append(booking_id)
    client_id, bookings = next((c, b) for c, b in found.items() if len(b) >= 2)
    return client_id, bookings


def at_desk(desk: Desk, member: uuid.UUID, role: Role) -> None:
    desk.store.set_member(member)
    desk.ctx.who.set(member, role, "Someone")


def the_tab(window: MainWindow, qtbot: Any, client_id: uuid.UUID) -> DepositsTab:
    window.show_section("clients")
    window.clients.open_record(client_id)
    settle(qtbot, window.ctx)
    record = window.clients.record
    record.tabs.setCurrentWidget(record.deposits_tab)
    settle(qtbot, window.ctx)
    return record.deposits_tab


def cells(tab: DepositsTab, row: int = 0) -> list[str]:
    return [tab.model.index(row, c).data() for c in range(len(DepositsModel.Col))]


def ledger(tab: DepositsTab) -> list[str]:
    return [tab.ledger_model.index(r, LedgerModel.Col.WHAT).data() for r in range(tab.ledger_model.rowCount())]


def dialog_of(kind: type[Any]) -> Any:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def take_through_the_tab(qtbot: QtBot, window: MainWindow, tab: DepositsTab, amount: str) -> uuid.UUID:
    tab.take_button.click()
    dialog: DepositDialog = dialog_of(DepositDialog)
    settle(qtbot, window.ctx)
    dialog.amount.setText(amount)
    dialog.money.set_way("pix_before")
    dialog.money.e2e.setText(E2E)
    dialog.accepted_box.setChecked(True)
    with qtbot.waitSignal(dialog.taken, timeout=5000) as taken:
        dialog.save_button.click()
    settle(qtbot, window.ctx)
    return uuid.UUID(str(taken.args[0]))


def test_a_deposit_taken_from_the_record_is_listed_with_its_ledger(
    qtbot: QtBot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    at_desk(desk, demo.receptionist_id, Role.RECEPTIONIST)
    client_id, _ = client_with_two_bookings(desk)
    tab = the_tab(window, qtbot, client_id)
    assert tab.empty.isVisible()
    assert tab.take_button.isEnabled()
    take_through_the_tab(qtbot, window, tab, "250")

    assert not tab.empty.isVisible()
    row = cells(tab)
    assert row[DepositsModel.Col.AMOUNT] == "R$250.00"
    assert row[DepositsModel.Col.STATUS] == "Held"
    assert row[DepositsModel.Col.FOR] == "Held for the client"
    assert row[DepositsModel.Col.EXPIRES]
    assert ledger(tab) == ["Taken · Pix"]  # how it was paid, its end-to-end id beside it
    assert tab.ledger_model.index(0, LedgerModel.Col.NOTE).data() == f"PIX id {E2E}"
    record = window.clients.record
    assert record.tabs.tabText(record.tabs.indexOf(tab)) == "Deposits (1)"


def test_a_deposit_paid_by_card_says_its_brand_instalments_and_nsu(
    qtbot: QtBot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    at_desk(desk, demo.receptionist_id, Role.RECEPTIONIST)
    client_id, _ = client_with_two_bookings(desk)
    tab = the_tab(window, qtbot, client_id)
    tab.take_button.click()
    dialog: DepositDialog = dialog_of(DepositDialog)
    settle(qtbot, window.ctx)
    dialog.amount.setText("300")
    dialog.money.set_way("credit")
    dialog.money.brand.setCurrentIndex(dialog.money.brand.findData("visa"))
    dialog.money.instalments.setValue(3)
    dialog.money.auth_code.setText("004512")
    dialog.accepted_box.setChecked(True)
    with qtbot.waitSignal(dialog.taken, timeout=5000):
        dialog.save_button.click()
    settle(qtbot, window.ctx)
    assert ledger(tab) == ["Taken · Credit card · Visa · 3x"]
    assert tab.ledger_model.index(0, LedgerModel.Col.NOTE).data() == "NSU 004512"


def test_a_receptionist_forfeits_but_may_not_refund(
    qtbot: QtBot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    at_desk(desk, demo.receptionist_id, Role.RECEPTIONIST)
    client_id, _ = client_with_two_bookings(desk)
    tab = the_tab(window, qtbot, client_id)
    deposit_id = take_through_the_tab(qtbot, window, tab, "100")

    assert not tab.refund_button.isEnabled()
    assert tab.refund_button.toolTip() == "Only an owner or a manager gives a deposit back."
    assert tab.why.isVisible()
    assert tab.forfeit_button.isEnabled()
    assert tab.move_button.isEnabled()

    # A deposit held for no booking: only its expiry or a reschedule forfeits it; the policy says
    # it has not expired, in the desk's words.
    tab.forfeit_button.click()
    dialog: DepositActionDialog = dialog_of(DepositActionDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("expired"))
    with qtbot.waitSignal(window.ctx.runner.op_failed, timeout=5000):
        dialog.confirm_button.click()
    assert dialog.problem.text().startswith("Not saved: This deposit has not expired: it is valid until ")
    dialog.reason.setCurrentIndex(dialog.reason.findData("reschedules"))
    dialog.note.setText("Remarcou pela terceira vez")
    with qtbot.waitSignal(dialog.done_with, timeout=5000):
        dialog.confirm_button.click()
    settle(qtbot, window.ctx)
    assert cells(tab)[DepositsModel.Col.STATUS] == "Forfeited"
    assert ledger(tab) == ["Taken · Pix", "Forfeited"]
    assert not tab.forfeit_button.isEnabled()  # no longer held
    with desk.store.read_engine.connect() as conn:
        row = conn.execute(select(deposit.c.status, deposit.c.forfeit_reason).where(deposit.c.id == deposit_id)).one()
    assert tuple(row) == ("forfeited", "reschedules")


def test_an_owner_refunds_with_a_reason_and_moves_to_another_booking(
    qtbot: QtBot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    at_desk(desk, demo.owner_id, Role.OWNER)
    client_id, bookings = client_with_two_bookings(desk)
    tab = the_tab(window, qtbot, client_id)
    refunded = take_through_the_tab(qtbot, window, tab, "100")
    assert not tab.why.isVisible()

    tab.table.selectRow(tab.model.find_row(refunded))
    tab.refund_button.click()
    dialog: DepositActionDialog = dialog_of(DepositActionDialog)
    dialog.confirm_button.click()  # no reason yet
    assert dialog.problem.text() == "Say why the deposit is given back."
    dialog.note.setText("O estúdio cancelou a sessão")
    with qtbot.waitSignal(dialog.done_with, timeout=5000):
        dialog.confirm_button.click()
    settle(qtbot, window.ctx)
    tab.table.selectRow(tab.model.find_row(refunded))
    assert ledger(tab) == ["Taken · Pix", "Refunded · Pix"]  # given back the way it came
    with desk.store.read_engine.connect() as conn:
        back = conn.execute(select(payment.c.amount, payment.c.reason).where(payment.c.amount < 0)).all()
    assert [tuple(b) for b in back] == [(-10_000, "O estúdio cancelou a sessão")]

    moved = take_through_the_tab(qtbot, window, tab, "300")
    tab.table.selectRow(tab.model.find_row(moved))
    tab.move_button.click()
    dialog = dialog_of(DepositActionDialog)
    settle(qtbot, window.ctx)
    dialog.target.setCurrentIndex(dialog.target.findData(str(bookings[1])))
    with qtbot.waitSignal(dialog.done_with, timeout=5000):
        dialog.confirm_button.click()
    settle(qtbot, window.ctx)
    statuses = sorted(cells(tab, r)[DepositsModel.Col.STATUS] for r in range(tab.model.rowCount()))
    assert statuses == ["Held", "Moved", "Refunded"]
    with desk.store.read_engine.connect() as conn:
        now_held = conn.execute(select(deposit.c.appointment_id).where(deposit.c.transferred_from == moved)).one()
    assert now_held[0] == bookings[1]


def test_the_bookings_menu_takes_a_deposit_for_that_booking(
    qtbot: QtBot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    at_desk(desk, demo.receptionist_id, Role.RECEPTIONIST)
    client_id, bookings = client_with_two_bookings(desk)
    with desk.store.read_engine.connect() as conn:
        found = booking_q.booking(conn, bookings[1])
    assert found is not None
    menu = block_menu.block_menu(found, demo.receptionist_id, Role.RECEPTIONIST, lambda _key: None, window)
    action = next(a for a in menu.actions() if a.objectName() == "blockTakeDeposit")
    assert action.text() == "Take deposit…"
    assert action.isEnabled()
    action.trigger()
    dialog: DepositDialog = dialog_of(DepositDialog)
    settle(qtbot, window.ctx)
    assert dialog.client_id == client_id
    assert dialog.holder.currentData() == str(bookings[1])
    dialog.done(0)

    artist_menu = block_menu.block_menu(found, demo.artist_ids[0], Role.ARTIST, lambda _key: None, window)
    names = {a.objectName(): a for a in artist_menu.actions()}
    assert not names["blockTakeDeposit"].isEnabled()  # the front desk takes deposits
    over = replace(found, status="completed")
    done_menu = block_menu.block_menu(over, demo.receptionist_id, Role.RECEPTIONIST, lambda _key: None, window)
    assert "blockTakeDeposit" not in {a.objectName() for a in done_menu.actions()}


def test_every_ledger_kind_and_status_has_words(translated: str) -> None:
    """A ledger line of any kind the schema allows (a void's "returned" too) is said in words,
    never shown as its code."""
    from kronos_core.schema_base import DEPOSIT_ENTRY_KINDS, DEPOSIT_STATUSES
    from kronos_desktop.ui.checkout.deposit_words import entry_label, status_label

    assert all(entry_label(kind) != kind for kind in DEPOSIT_ENTRY_KINDS)
    assert all(status_label(status) != status for status in DEPOSIT_STATUSES)
