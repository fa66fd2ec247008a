"""Deposits in the agenda (issue 15), on the demo studio's real desk file through the booking's
menu, the cancel dialog and a drop: a no-show with the studio's policy (a no-show forfeits, 30
minutes late counts) asks "Keep the deposit as forfeited?" and Yes forfeits it (reason no_show)
while No keeps it held and its badge; a client not yet late enough is not asked about; a late
cancellation (within 48 hours) asks the same (late_cancel); a booking moved to another day counts
a reschedule, the second beyond the policy's one asks (reschedules), a move within the day counts
none; an artist marking their own no-show is not asked (forfeits are the front desk's). In
English (the words are asserted in the source language)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import deposit
from kronos_desktop.app import Desk
from kronos_desktop.ui.agenda.booking_flow import BookingFlow
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.agenda_deposit_helpers import badge_on, take_deposit
from tests.desktop.booking_helpers import START, book, new_client
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def flow(window: MainWindow) -> BookingFlow:
    return BookingFlow(window.ctx, window)


def deposit_row(desk: Desk, deposit_id: uuid.UUID) -> dict[str, Any]:
    with desk.store.read_engine.connect() as conn:
        return dict(conn.execute(select(deposit).where(deposit.c.id == deposit_id)).mappings().one())


def now(window: MainWindow) -> dt.datetime:
    state = window.ctx.desk()
    assert state is not None
    return state.now().replace(microsecond=0)


def no_show_from_menu(qtbot: Any, window: MainWindow, flow: BookingFlow, booking: uuid.UUID) -> None:
    flow.show_menu(booking, QPoint(100, 100))
    qtbot.waitUntil(lambda: flow.menu is not None and flow.menu.isVisible(), timeout=10_000)
    menu = flow.menu
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.objectName() == "blockNoShow")
    assert action.isEnabled()
    with qtbot.waitSignal(flow.changed, timeout=10_000):
        action.trigger()
    menu.close()


def question(qtbot: Any, flow: BookingFlow) -> QMessageBox:
    qtbot.waitUntil(lambda: flow.deposits.box is not None and flow.deposits.box.isVisible(), timeout=10_000)
    box = flow.deposits.box
    assert box is not None
    return box


def answer(qtbot: Any, window: MainWindow, box: QMessageBox, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None, name
    if name == "depositForfeitYes":
        with qtbot.waitSignal(window.ctx.runner.op_succeeded, timeout=10_000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)


def test_a_no_show_with_the_policy_asks_and_yes_forfeits_the_deposit(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow
) -> None:
    start = now(window) - dt.timedelta(hours=1)  # an hour late: a no-show by the policy's 30 minutes
    booking = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Rita Falta"), start)
    held = take_deposit(qtbot, window, booking, amount=15_000)
    no_show_from_menu(qtbot, window, flow, booking)
    box = question(qtbot, flow)
    assert box.text().startswith("Keep the deposit of R$")
    assert box.text().endswith("150.00 as forfeited?")
    assert box.informativeText().startswith("Policy: a client 30 minute")  # the words' plurals: the translation's
    assert "late or more is a no-show" in box.informativeText()
    assert box.defaultButton() is box.findChild(QPushButton, "depositForfeitNo"), "Enter keeps the money held"
    answer(qtbot, window, box, "depositForfeitYes")
    row = deposit_row(desk, held)
    assert (row["status"], row["forfeit_reason"]) == ("forfeited", "no_show")
    assert row["forfeit_studio_share"] == 15_000  # the demo studio keeps a forfeited deposit
    assert not badge_on(desk, booking), "no deposit held any more: no badge"


def test_a_no_show_answered_no_keeps_the_deposit_held(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow
) -> None:
    start = now(window) - dt.timedelta(minutes=45)
    booking = book(qtbot, window, demo.artist_ids[1], new_client(qtbot, window, "Sara Guarda"), start)
    held = take_deposit(qtbot, window, booking)
    no_show_from_menu(qtbot, window, flow, booking)
    answer(qtbot, window, question(qtbot, flow), "depositForfeitNo")
    assert deposit_row(desk, held)["status"] == "held"
    assert badge_on(desk, booking), "still held: the badge stays"


def test_a_client_not_yet_late_enough_is_not_asked_about(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow
) -> None:
    start = now(window) - dt.timedelta(minutes=10)  # 10 minutes late: not a no-show by the policy
    booking = book(qtbot, window, demo.artist_ids[2], new_client(qtbot, window, "Tina Atraso"), start)
    held = take_deposit(qtbot, window, booking)
    no_show_from_menu(qtbot, window, flow, booking)
    settle(qtbot, window.ctx)
    qtbot.wait(200)
    assert flow.deposits.box is None
    assert deposit_row(desk, held)["status"] == "held"


def _cancel(qtbot: Any, window: MainWindow, flow: BookingFlow, booking: uuid.UUID) -> None:
    dialog = flow.cancel(booking)
    qtbot.waitUntil(dialog.confirm_button.isEnabled, timeout=10_000)
    qtbot.keyClicks(dialog.reason, "Viagem")
    with qtbot.waitSignal(dialog.cancelled, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)


def test_a_late_cancellation_asks_and_yes_forfeits_a_far_one_does_not(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow
) -> None:
    soon = book(
        qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Vera Tarde"), now(window) + dt.timedelta(hours=30)
    )
    held = take_deposit(qtbot, window, soon)
    _cancel(qtbot, window, flow, soon)
    box = question(qtbot, flow)
    assert box.text().endswith("as forfeited?")
    assert box.informativeText().startswith("Policy: cancelling less than 48 hour")
    answer(qtbot, window, box, "depositForfeitYes")
    row = deposit_row(desk, held)
    assert (row["status"], row["forfeit_reason"]) == ("forfeited", "late_cancel")

    far = book(qtbot, window, demo.artist_ids[1], new_client(qtbot, window, "Wanda Cedo"))  # 2028: far ahead
    kept = take_deposit(qtbot, window, far)
    _cancel(qtbot, window, flow, far)
    settle(qtbot, window.ctx)
    qtbot.wait(200)
    assert flow.deposits.box is None, "not late: nothing to ask"
    assert deposit_row(desk, kept)["status"] == "held"


def test_a_second_reschedule_beyond_the_policy_asks(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow
) -> None:
    artist = demo.artist_ids[0]
    booking = book(qtbot, window, artist, new_client(qtbot, window, "Xena Muda"))  # 10:00-12:00
    held = take_deposit(qtbot, window, booking)
    # Within the day: not a reschedule.
    with qtbot.waitSignal(flow.changed, timeout=10_000):
        flow.move(booking, None, None, START + dt.timedelta(hours=4), START + dt.timedelta(hours=6))
    settle(qtbot, window.ctx)
    assert deposit_row(desk, held)["reschedules"] == 0
    # To the next day: the first reschedule, which the demo's policy (one) lets it survive.
    day = dt.timedelta(days=1)
    with qtbot.waitSignal(flow.changed, timeout=10_000):
        flow.move(booking, None, None, START + day, START + day + dt.timedelta(hours=2))
    qtbot.waitUntil(lambda: deposit_row(desk, held)["reschedules"] == 1, timeout=10_000)
    settle(qtbot, window.ctx)
    qtbot.wait(200)
    assert flow.deposits.box is None
    assert deposit_row(desk, held)["status"] == "held"
    # And again: beyond the policy, asked.
    with qtbot.waitSignal(flow.changed, timeout=10_000):
        flow.move(booking, None, None, START + 2 * day, START + 2 * day + dt.timedelta(hours=2))
    box = question(qtbot, flow)
    assert deposit_row(desk, held)["reschedules"] == 2
    assert box.informativeText().startswith("Policy: the deposit survives 1 reschedule")
    answer(qtbot, window, box, "depositForfeitYes")
    row = deposit_row(desk, held)
    assert (row["status"], row["forfeit_reason"]) == ("forfeited", "reschedules")


def test_a_reschedule_in_the_booking_dialog_counts_too(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow
) -> None:
    booking = book(qtbot, window, demo.artist_ids[1], new_client(qtbot, window, "Yara Troca"))
    held = take_deposit(qtbot, window, booking)
    dialog = flow.edit(booking)
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=10_000)
    settle(qtbot, window.ctx)
    dialog.form.day.setDate(dialog.form.day.date().addDays(2))
    settle(qtbot, window.ctx)
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: deposit_row(desk, held)["reschedules"] == 1, timeout=10_000)
    assert deposit_row(desk, held)["status"] == "held"


def test_an_artist_marking_their_own_no_show_is_not_asked(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow
) -> None:
    """Forfeiting a deposit is the front desk's (FRONT_DESK): the deposit stays held for them."""
    artist = demo.artist_ids[0]
    start = now(window) - dt.timedelta(hours=2)
    booking = book(qtbot, window, artist, new_client(qtbot, window, "Zoe Artista"), start)
    held = take_deposit(qtbot, window, booking)
    desk.ctx.who.set(artist, Role.ARTIST, "Rafa Monteiro")
    settle(qtbot, window.ctx)
    no_show_from_menu(qtbot, window, flow, booking)
    settle(qtbot, window.ctx)
    qtbot.wait(200)
    assert flow.deposits.box is None
    assert deposit_row(desk, held)["status"] == "held"
