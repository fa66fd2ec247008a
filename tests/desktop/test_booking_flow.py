"""The agenda's booking flow (kronos_desktop/ui/agenda/booking_flow.py) on the demo studio's
real file: quick-create offers the client who has the phone already; a booking edited moves;
a drop onto a clash changes nothing and says why; cancel asks why and says whether it is late;
the block's menu offers each status move forward (Complete then offers the booking's ticket);
Ctrl+Z takes a booking and a cancellation back; the dialog fits a 1024x600 screen."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from sqlalchemy import func, select

from kronos_core.demo import DemoStudio
from kronos_core.mutations import appointments
from kronos_core.roles import Role
from kronos_core.schema import appointment, client
from kronos_desktop.app import Desk
from kronos_desktop.ops import MutationOp
from kronos_desktop.store.local_schema import outbox
from kronos_desktop.ui.agenda.booking_flow import BookingFlow
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.booking_helpers import START, book, day_rows, new_client, open_dialog, pick_client
from tests.desktop.conftest import Shown
from tests.desktop.duplicate_helpers import answer_duplicates
from tests.desktop.modal import answer_box
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"  # the words as written (the translations come with the next lupdate)


@pytest.fixture
def flow(window: MainWindow) -> BookingFlow:
    return BookingFlow(window.ctx, window)


def row_of(desk: Desk, appointment_id: uuid.UUID) -> dict[str, Any]:
    with desk.store.read_engine.connect() as conn:
        return dict(conn.execute(select(appointment).where(appointment.c.id == appointment_id)).mappings().one())


def clients_named(desk: Desk, name: str) -> int:
    with desk.store.read_engine.connect() as conn:
        return int(conn.execute(select(func.count()).where(client.c.full_name == name)).scalar_one())


def last_outbox(desk: Desk) -> str:
    with desk.store.read_engine.connect() as conn:
        return str(conn.execute(select(outbox.c.name).order_by(outbox.c.seq.desc()).limit(1)).scalar_one())


def undo(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.undo_stack.busy and window.undo_action.isEnabled(), timeout=10_000)
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    with qtbot.waitSignal(window.undo_stack.undone, timeout=10_000):
        window.undo_action.trigger()
    settle(qtbot, window.ctx)


def test_quick_create_offers_the_client_with_the_same_phone(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    known = new_client(qtbot, window, "Irene Telefone", phone="+5511955554444")
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=START)
    qtbot.keyClicks(dialog.finder.search, "Irene Nova")
    qtbot.mouseClick(dialog.finder.new_button, Qt.MouseButton.LeftButton)
    assert dialog.finder.new_name.text() == "Irene Nova"
    qtbot.keyClicks(dialog.finder.new_phone, "(11) 95555-4444")
    settle(qtbot, window.ctx)
    assert dialog.finder.same_line.isVisible()  # offered while typing
    assert "Irene Telefone" in dialog.finder.same_line.text()
    seen: list[list[str]] = []
    answer_duplicates("duplicateOpen", seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # and asked before saving
    qtbot.waitUntil(lambda: dialog.finder.picked is not None, timeout=10_000)
    assert [row[0] for row in seen] == ["Irene Telefone"]  # the client with the phone typed
    assert dialog.finder.picked is not None
    assert dialog.finder.picked.id == known
    settle(qtbot, window.ctx)
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [r.client_id for r in day_rows(desk)] == [known]
    assert clients_named(desk, "Irene Nova") == 0


def test_a_quick_created_client_is_booked_once_and_ctrl_z_takes_the_booking_back(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=START)
    qtbot.mouseClick(dialog.finder.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.finder.new_name, "Julia Rapida")
    qtbot.keyClicks(dialog.finder.new_phone, "(21) 91234-0000")
    settle(qtbot, window.ctx)
    with qtbot.waitSignal(dialog.booked, timeout=10_000) as booked:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert clients_named(desk, "Julia Rapida") == 1
    assert [r.client_name for r in day_rows(desk)] == ["Julia Rapida"]
    undo(qtbot, window)
    assert row_of(desk, booked.args[0])["status"] == "cancelled"


def test_a_booking_edited_in_the_dialog_moves(qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio) -> None:
    booking = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Karla Muda"))
    dialog = open_dialog(qtbot, window, appointment_id=booking)
    assert dialog.finder.picked is not None
    assert dialog.finder.picked.full_name == "Karla Muda"
    dialog.form.start.setCurrentText("15:30")
    dialog.form.artist.setCurrentIndex(dialog.form.artist.findData(str(demo.artist_ids[1])))
    settle(qtbot, window.ctx)
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    moved = row_of(desk, booking)
    assert moved["starts_at"] == START + dt.timedelta(hours=5, minutes=30)
    assert moved["ends_at"] - moved["starts_at"] == dt.timedelta(hours=2)
    assert moved["artist_id"] == demo.artist_ids[1]
    assert last_outbox(desk) == "appointment.reschedule"


def test_a_drop_onto_a_clash_changes_nothing_and_says_why(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow, shown: Shown
) -> None:
    artist = demo.artist_ids[0]
    book(qtbot, window, artist, new_client(qtbot, window, "Lara Fica"))  # 10:00–12:00
    other = book(qtbot, window, artist, new_client(qtbot, window, "Mara Move"), START + dt.timedelta(hours=3))
    with qtbot.waitSignal(flow.refused, timeout=10_000) as refused:
        flow.move(other, None, None, START + dt.timedelta(hours=1), START + dt.timedelta(hours=3))
    assert refused.args[0].startswith("Not moved: Clashes with Lara Fica")
    assert shown[-1][0] == "refusalDialog"
    assert row_of(desk, other)["starts_at"] == START + dt.timedelta(hours=3)
    # Stretched to nothing: refused at once.
    with qtbot.waitSignal(flow.refused, timeout=10_000):
        flow.resize(other, START + dt.timedelta(hours=3), START + dt.timedelta(hours=3))
    # Onto free time, and stretched: both saved.
    with qtbot.waitSignal(flow.changed, timeout=10_000):
        flow.move(other, demo.artist_ids[1], None, START + dt.timedelta(hours=1), START + dt.timedelta(hours=3))
    with qtbot.waitSignal(flow.changed, timeout=10_000):
        flow.resize(other, START + dt.timedelta(hours=1), START + dt.timedelta(hours=4))
    moved = row_of(desk, other)
    assert (moved["artist_id"], moved["starts_at"], moved["ends_at"]) == (
        demo.artist_ids[1], START + dt.timedelta(hours=1), START + dt.timedelta(hours=4),
    )  # fmt: skip


def _cancel(qtbot: Any, window: MainWindow, flow: BookingFlow, booking: uuid.UUID, reason: str) -> str:
    dialog = flow.cancel(booking)
    qtbot.waitUntil(dialog.confirm_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)  # no reason: refused there
    assert dialog.reason_error.isVisible()
    assert dialog.isVisible()
    late = dialog.late.text()
    qtbot.keyClicks(dialog.reason, reason)
    with qtbot.waitSignal(dialog.cancelled, timeout=10_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    return late


def test_cancel_asks_why_says_whether_it_is_late_and_ctrl_z_takes_it_back(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow
) -> None:
    soon_start = window.ctx.reader.now(window.ctx.desk()).replace(microsecond=0) + dt.timedelta(hours=30)
    soon = book(qtbot, window, demo.artist_ids[2], new_client(qtbot, window, "Nina Tarde"), soon_start)
    far = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Olga Cedo"))
    late = _cancel(qtbot, window, flow, soon, "Doente")
    assert late.startswith("Late cancellation: less than 48 hour")
    row = row_of(desk, soon)
    assert (row["status"], row["cancellation_reason"]) == ("cancelled", "Doente")
    if hasattr(appointments, "is_late_cancellation"):  # appointment.cancel records it
        assert row["late_cancellation"] is True
    assert _cancel(qtbot, window, flow, far, "Viagem").startswith("Not late")
    undo(qtbot, window)
    assert row_of(desk, far)["status"] == "booked"


def _menu(qtbot: Any, window: MainWindow, flow: BookingFlow, booking: uuid.UUID) -> dict[str, QAction]:
    flow.show_menu(booking, QPoint(100, 100))
    qtbot.waitUntil(lambda: flow.menu is not None and flow.menu.isVisible(), timeout=10_000)
    settle(qtbot, window.ctx)
    menu = flow.menu
    assert isinstance(menu, QMenu)
    actions = {a.objectName(): a for a in menu.actions() if a.objectName()}
    return actions


def _enabled(actions: dict[str, QAction]) -> set[str]:
    return {name for name, action in actions.items() if action.isEnabled()}


def test_the_menu_offers_each_status_move_forward(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow
) -> None:
    booking = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Paula Passos"))
    form, record = "blockConsentForm", "blockSessionRecord"  # the client's form until it is over; then the record
    deposit = "blockTakeDeposit"  # a deposit taken for the booking until it is over (the front desk)
    steps = [
        (
            "blockConfirm",
            "confirmed",
            {"blockEdit", "blockConfirm", "blockCheckIn", "blockNoShow", "blockCancel", form, deposit},
        ),
        ("blockCheckIn", "checked_in", {"blockEdit", "blockCheckIn", "blockNoShow", "blockCancel", form, deposit}),
        ("blockStart", "in_progress", {"blockEdit", "blockStart", "blockCancel", form, record, deposit}),
        ("blockComplete", "completed", {"blockEdit", "blockComplete", "blockCancel", form, record, deposit}),
    ]
    seen: list[dict[str, str]] = []
    for name, status, offered in steps:
        actions = _menu(qtbot, window, flow, booking)
        assert _enabled(actions) == offered, name
        if status == "completed":  # then asked: "Open a ticket for this booking?" (not now)
            answer_box(seen, "offerTicketNo")
        with qtbot.waitSignal(flow.changed, timeout=10_000):
            actions[name].trigger()
        flow.menu.close()  # type: ignore[union-attr]
        settle(qtbot, window.ctx)
        assert row_of(desk, booking)["status"] == status
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert [(s["name"], s["text"]) for s in seen] == [("offerTicket", "Open a ticket for this booking?")]
    assert window.current_section() == "agenda"  # not now: the agenda stays
    # Completed: only Undo goes back; the session's record is still written after it, its ticket opened.
    assert _enabled(_menu(qtbot, window, flow, booking)) == {record, "blockOpenTicket"}
    flow.menu.close()  # type: ignore[union-attr]
    other = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Quel Falta"), START.replace(hour=20))
    actions = _menu(qtbot, window, flow, other)
    with qtbot.waitSignal(flow.changed, timeout=10_000):
        actions["blockNoShow"].trigger()
    flow.menu.close()  # type: ignore[union-attr]
    assert row_of(desk, other)["status"] == "no_show"


def test_an_artist_acts_only_on_their_own_bookings(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow
) -> None:
    theirs = book(qtbot, window, demo.artist_ids[1], new_client(qtbot, window, "Rita Colega"))
    mine = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Sara Minha"))
    window.ctx.who.set(demo.artist_ids[0], Role.ARTIST, "Artista")
    assert _enabled(_menu(qtbot, window, flow, theirs)) == set()
    flow.menu.close()  # type: ignore[union-attr]
    assert "blockConfirm" in _enabled(_menu(qtbot, window, flow, mine))
    flow.menu.close()  # type: ignore[union-attr]


def test_the_dialog_fits_a_1024x600_screen_with_the_health_alert_in_sight(
    qtbot: Any, window: MainWindow, demo: DemoStudio
) -> None:
    alert = "Alergia a látex, clorexidina e níquel; diabetes tipo 1; anticoagulante desde março"
    new_client(qtbot, window, "Nadia Alerta", allergies=alert, medical_alerts="Queloide no ombro esquerdo")
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=START)
    pick_client(qtbot, window, dialog, "Nadia Alerta")
    needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert needed.width() <= 1024
    assert needed.height() <= 600 - 40 - 30  # a taskbar and the title bar
    dialog.resize(1024, 600 - 40 - 30)
    qtbot.wait(50)
    inside = dialog.rect()
    for widget in (dialog.finder.health, dialog.save_button, dialog.clash_line.parentWidget()):
        assert widget is not None
        assert widget.isVisible()
        top_left = widget.mapTo(dialog, widget.rect().topLeft())
        assert inside.contains(top_left), widget.objectName()
        assert inside.contains(widget.mapTo(dialog, widget.rect().bottomRight())), widget.objectName()
    assert alert in dialog.finder.health.text()


def test_a_refused_booking_keeps_the_quick_created_client_and_the_next_try_books_them_once(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    gone = demo.artist_ids[2]
    dialog = open_dialog(qtbot, window, artist_id=gone, starts_at=START)
    qtbot.mouseClick(dialog.finder.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.finder.new_name, "Wanda Tenta")
    qtbot.keyClicks(dialog.finder.new_phone, "(31) 93333-2222")
    settle(qtbot, window.ctx)
    # Meanwhile the artist leaves the studio (the owner, at another moment of the day).
    with qtbot.waitSignal(window.ctx.runner.op_succeeded, timeout=10_000):
        window.ctx.runner.run(
            MutationOp("staff.update", {"staff_id": str(gone), "active": False}, staff_id=demo.owner_id)
        )
    with qtbot.waitSignal(window.ctx.runner.op_failed, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert dialog.isVisible()
    assert dialog.form_error.text().startswith("Not saved: ")
    assert clients_named(desk, "Wanda Tenta") == 1  # saved, and now the one picked
    assert dialog.finder.picked is not None
    assert dialog.finder.picked.full_name == "Wanda Tenta"
    assert day_rows(desk) == []
    dialog.form.artist.setCurrentIndex(dialog.form.artist.findData(str(demo.artist_ids[0])))
    settle(qtbot, window.ctx)
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert clients_named(desk, "Wanda Tenta") == 1
    assert [(r.client_name, r.artist_id) for r in day_rows(desk)] == [("Wanda Tenta", demo.artist_ids[0])]


def test_a_menu_key_on_a_selected_booking_does_what_the_menu_would(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, flow: BookingFlow
) -> None:
    booking = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Xena Tecla"))
    with qtbot.waitSignal(flow.changed, timeout=10_000):
        flow.key_pressed(booking, "C")
    assert row_of(desk, booking)["status"] == "confirmed"
    flow.key_pressed(booking, "D")  # Complete: not from confirmed, so nothing happens
    settle(qtbot, window.ctx)
    assert row_of(desk, booking)["status"] == "confirmed"
