"""Take deposit (sinal) on the demo desk: the receptionist types the amount, how it was paid and
ticks that the client accepted the policy shown; Save stores the deposit held for the booking,
with the policy's words as shown, and its money in the same transaction. Without the client's
acceptance, or with money that does not add up, nothing is written and the field says why."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment
from kronos_desktop.app import Desk
from kronos_desktop.ui.checkout.deposit_dialog import DepositDialog
from kronos_desktop.ui.checkout.pix_screen import PixScreen
from tests.desktop.reads import settle
from tests.desktop.test_accessibility import unnamed

pytestmark = pytest.mark.gui
E2E = "E18236120202612041850s0123456789"


def rows(data_dir: Path, sql: str, *params: Any) -> list[sqlite3.Row]:
    conn = sqlite3.connect(data_dir / "kronos.db")
    conn.row_factory = sqlite3.Row
    try:
        return list(conn.execute(sql, params))
    finally:
        conn.close()


def a_booking(desk: Desk, data_dir: Path) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """(client, booking, artist) of the demo studio's next session still to come."""
    now = desk.ctx.reader.now(desk.ctx.desk())
    a = appointment.c
    query = (
        select(a.client_id, a.id, a.artist_id)
        .where(a.client_id.is_not(None), a.kind != "block", a.status.in_(("booked", "confirmed")))
        .where(a.deleted.is_(False), a.starts_at > now)
        .order_by(a.starts_at)
        .limit(1)
    )
    with desk.store.read_engine.connect() as conn:
        row = conn.execute(query).one()
    return row[0], row[1], row[2]


def at_desk(desk: Desk, member: uuid.UUID, role: Role) -> None:
    desk.store.set_member(member)
    desk.ctx.who.set(member, role, "Someone")


OPEN: list[DepositDialog] = []


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    """Dialogs left open with something typed are closed without the "Discard?" question."""
    yield
    while OPEN:
        dialog = OPEN.pop()
        if dialog.isVisible():
            dialog.done(0)
        dialog.deleteLater()


def opened(qtbot: QtBot, desk: Desk, client_id: uuid.UUID, **given: Any) -> DepositDialog:
    dialog = DepositDialog(desk.ctx, client_id, **given)
    OPEN.append(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    settle(qtbot, desk.ctx)
    return dialog


def counts(data_dir: Path) -> tuple[int, int, int]:
    (row,) = rows(
        data_dir,
        "SELECT (SELECT count(*) FROM deposit), (SELECT count(*) FROM payment WHERE deposit_id IS NOT NULL), "
        "(SELECT count(*) FROM outbox)",
    )
    return row[0], row[1], row[2]


@pytest.fixture
def language() -> str:
    return "en"


def test_a_deposit_paid_by_pix_beforehand_is_taken_for_the_booking(
    qtbot: QtBot, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    at_desk(desk, demo.receptionist_id, Role.RECEPTIONIST)
    client_id, booking_id, artist_id = a_booking(desk, demo_dir)
    dialog = opened(qtbot, desk, client_id, appointment_id=booking_id)
    assert dialog.holder.currentData() == str(booking_id)
    assert dialog.chosen_artist() == artist_id  # the booking's artist
    shown_policy = dialog.policy.toPlainText()
    assert shown_policy.startswith("The deposit holds your booking")
    assert dialog.policy.isReadOnly()
    assert "month" in dialog.expiry.text()
    assert unnamed(dialog) == []

    dialog.amount.setText("150")
    dialog.money.set_way("pix_before")
    dialog.money.e2e.setText(E2E)
    dialog.accepted_box.setChecked(True)
    with qtbot.waitSignal(dialog.taken, timeout=5000) as taken:
        dialog.save_button.click()
    settle(qtbot, desk.ctx)
    assert not dialog.isVisible()

    (held,) = rows(demo_dir, "SELECT * FROM deposit WHERE id = ?", taken.args[0].hex)
    assert (held["status"], held["amount"], held["appointment_id"]) == ("held", 15_000, booking_id.hex)
    assert held["policy_text"] == shown_policy
    assert held["expires_on"] > held["taken_on"]
    (paid,) = rows(demo_dir, "SELECT * FROM payment WHERE deposit_id = ?", taken.args[0].hex)
    assert (paid["method"], paid["amount"], paid["pix_e2e_id"], paid["sale_id"]) == ("pix", 15_000, E2E, None)
    names = [r["name"] for r in rows(demo_dir, "SELECT name FROM outbox ORDER BY seq DESC LIMIT 2")]
    assert names == ["payment.record", "deposit.take"]


def test_without_the_clients_acceptance_nothing_is_taken(
    qtbot: QtBot, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    at_desk(desk, demo.receptionist_id, Role.RECEPTIONIST)
    client_id, booking_id, _ = a_booking(desk, demo_dir)
    dialog = opened(qtbot, desk, client_id, appointment_id=booking_id)
    before = counts(demo_dir)
    dialog.amount.setText("200,00")
    dialog.money.set_way("debit")
    dialog.money.brand.setCurrentIndex(dialog.money.brand.findData("elo"))
    dialog.save_button.click()
    qtbot.wait(200)
    assert dialog.isVisible()
    assert dialog.accepted_problem.isVisible()
    assert dialog.accepted_problem.text() == "Show the policy to the client: they must accept it first."
    assert counts(demo_dir) == before
    dialog.accepted_box.setChecked(True)
    assert not dialog.accepted_problem.isVisible()


@pytest.mark.parametrize(
    ("way", "fill", "problem"),
    [
        ("pix_before", lambda d: None, "Type the PIX's end-to-end id or a note on how it was confirmed."),
        ("cash", lambda d: d.money.received.setText("100"), "Less than the deposit: the client hands over at least"),
        ("credit", lambda d: None, "Choose the card's brand, as the machine's slip says."),
    ],
)
def test_money_that_does_not_add_up_is_said_at_the_field(
    qtbot: QtBot, desk: Desk, demo: DemoStudio, demo_dir: Path, way: str, fill: Any, problem: str
) -> None:
    at_desk(desk, demo.receptionist_id, Role.RECEPTIONIST)
    client_id, booking_id, _ = a_booking(desk, demo_dir)
    dialog = opened(qtbot, desk, client_id, appointment_id=booking_id)
    before = counts(demo_dir)
    dialog.amount.setText("150")
    dialog.money.set_way(way)
    fill(dialog)
    dialog.accepted_box.setChecked(True)
    dialog.save_button.click()
    qtbot.wait(200)
    said = [w.text() for w in (dialog.money.before_problem, dialog.money.received.message, dialog.money.brand_problem)]
    assert any(text.startswith(problem) for text in said), said
    assert counts(demo_dir) == before
    assert dialog.isVisible()


def test_pix_at_the_counter_shows_the_qr_and_saves_once_the_money_arrived(
    qtbot: QtBot, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    at_desk(desk, demo.receptionist_id, Role.RECEPTIONIST)
    client_id, _booking_id, _ = a_booking(desk, demo_dir)
    dialog = opened(qtbot, desk, client_id)
    assert dialog.holder.currentData() == "none"  # nothing given: held for the client
    dialog.amount.setText("80")
    dialog.money.set_way("pix_counter")
    dialog.accepted_box.setChecked(True)
    seen: list[str] = []

    def money_arrived() -> None:
        screen = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PixScreen) and w.isVisible())
        seen.append(screen.payload)
        assert screen.e2e is not None
        screen.e2e.setText(E2E)
        screen.arrived_button.click()

    QTimer.singleShot(300, money_arrived)
    with qtbot.waitSignal(dialog.taken, timeout=8000) as taken:
        dialog.save_button.click()
    assert len(seen) == 1
    assert "SINAL" in seen[0]
    (paid,) = rows(demo_dir, "SELECT method, amount, pix_e2e_id FROM payment WHERE deposit_id = ?", taken.args[0].hex)
    assert tuple(paid) == ("pix", 8_000, E2E)
    (held,) = rows(demo_dir, "SELECT appointment_id, project_id FROM deposit WHERE id = ?", taken.args[0].hex)
    assert tuple(held) == (None, None)


def focus_name(widget: QWidget | None) -> str:
    """The field the focus is in (a spin box's own line edit named by its box)."""
    while widget is not None and not widget.objectName().startswith("deposit"):
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else ""


def test_tab_follows_the_form_and_the_buttons_keep_their_size(
    qtbot: QtBot, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    """Tab goes down the form (For, Artist, Amount, how it was paid and its fields), then the
    policy, its acceptance, Cancel and Save; Cancel and Save are as wide as their words, not half
    the dialog each."""
    at_desk(desk, demo.receptionist_id, Role.RECEPTIONIST)
    client_id, booking_id, _ = a_booking(desk, demo_dir)
    dialog = opened(qtbot, desk, client_id, appointment_id=booking_id)
    dialog.money.set_way("credit")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    dialog.holder.setFocus()
    seen = [focus_name(QApplication.focusWidget())]
    for _ in range(11):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # type: ignore[no-untyped-call]
        seen.append(focus_name(QApplication.focusWidget()))
    assert seen == [
        "depositHolder", "depositArtist", "depositAmount", "depositWay", "depositCardBrand",
        "depositCardInstalments", "depositCardAuthCode", "depositPolicyText", "depositPolicyAccepted",
        "depositCancel", "depositSave", "depositHolder",
    ]  # fmt: skip
    for button in (dialog.cancel_button, dialog.save_button):
        assert button.width() < dialog.width() // 4, button.objectName()


def test_the_second_click_of_the_double_click_that_opened_it_does_not_drop_a_list(
    qtbot: QtBot, desk: Desk, demo: DemoStudio, demo_dir: Path
) -> None:
    """A hurried double click on "Take deposit…": the dialog opens under the pointer, and the
    second click must not open the "Paid by" list (nor pick anything in it)."""
    at_desk(desk, demo.receptionist_id, Role.RECEPTIONIST)
    client_id, booking_id, _ = a_booking(desk, demo_dir)
    dialog = DepositDialog(desk.ctx, client_id, appointment_id=booking_id)
    OPEN.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    way = dialog.money.way
    at = way.mapTo(dialog, way.rect().center())
    window = dialog.windowHandle()  # as the system delivers a click: to the window, at a point
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.wait(50)
    assert not way.view().isVisible(), "the list stays closed"
