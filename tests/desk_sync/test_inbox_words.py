"""The conflicts inbox in words, in Portuguese and English, as two desks found it: a double
booking made on another desk names that desk as soon as it arrives (not "another desk" for
minutes), the server's note is in the desk's language, "Dismiss" says both bookings stay
double-booked, "Move…" says which booking it moves, and cancelling a booking asks first."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kronos_core.schema import client
from kronos_desktop import i18n
from kronos_desktop.app import Desk as AppDesk
from kronos_desktop.sync.engine import Phase
from kronos_desktop.sync.inbox import load_inbox
from kronos_desktop.ui.main_window import MainWindow
from tests.desk_sync.conftest import Studio, booking, new_client
from tests.desk_sync.test_conflicts_inbox import NamingTransport
from tests.desk_sync.test_ui import open_app_desk, wait_for
from tests.desktop.modal import answer_box

pytestmark = pytest.mark.gui

TEXTS = {
    "pt_BR": {
        "who": "Rita · Balcão 2",
        "note": "O(a) tatuador(a) ou a maca já estava ocupado(a) nesse horário.",
        "dismiss": "Descartar: os dois continuam no mesmo horário",
        "move": "Mudar de horário: Ana com Rita, ",
        "ask": "Cancelar este agendamento?",
        "which": "Ana com Rita, ",
    },
    "en": {
        "who": "Rita · Balcão 2",
        "note": "The artist or the station was already booked at that time.",
        "dismiss": "Dismiss: both stay double-booked",
        "move": "Move Ana with Rita, ",
        "ask": "Cancel this booking?",
        "which": "Ana with Rita, ",
    },
}


@pytest.fixture
def front(studio: Studio, qapp: QApplication, language: str) -> Iterator[AppDesk]:
    """The front desk as the app opens it, asking for desk names on the engine's own schedule
    (the hourly refresh and the five-minute retry of the app)."""
    transport = NamingTransport(studio.server)
    for desk in open_app_desk(studio, qapp, transport):
        i18n.install(qapp, language)
        yield desk


@pytest.fixture
def language() -> str:
    return "pt_BR"


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_a_double_booking_from_another_desk_in_words(  # type: ignore[no-untyped-def]
    qtbot, studio: Studio, front: AppDesk, language: str
) -> None:
    win = MainWindow(front.ctx, None)
    win.confirm_quit = False
    qtbot.addWidget(win)
    win.show()
    wait_for(qtbot, lambda: front.sync.state().phase is Phase.SYNCED)
    transport: NamingTransport = front.transport  # type: ignore[attr-defined]
    asked = transport.asked
    assert asked >= 1, "the first good sync asks for the names"

    # The front desk books Ana at 03:00; a second desk, offline, books the same artist then.
    other = studio.desk("other")
    ana = other.apply("client.create", new_client("Ana")).args.client_id
    other.steps.sync()
    front.sync.sync_now()
    wait_for(qtbot, lambda: _has_client(front, ana))
    front.writer.submit(front.store.apply, "appointment.book", booking(studio.owner_id, ana, 3)).result()
    front.sync.sync_now()
    wait_for(qtbot, lambda: front.sync.state().pending == 0)
    other.steps.pull()
    other.apply("appointment.book", booking(studio.owner_id, ana, 3))
    replica = other.store.identity()
    assert replica is not None
    transport.names = {str(uuid.uuid4()): ("Balcão 2", [replica.device_id])}  # the server knows it
    other.steps.sync()

    front.sync.sync_now()  # as the server's event would
    wait_for(qtbot, lambda: front.sync.state().conflicts == 1)
    dialog = win.show_conflicts()
    view = dialog.view
    wait_for(qtbot, lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    texts = TEXTS[language]
    # Named at once: the names were asked for as soon as the conflict came from an unknown desk.
    wait_for(qtbot, lambda: view.model.data(view.model.index(0, view.model.Col.WHO)) == texts["who"], timeout=2)
    assert transport.asked == asked + 1
    view.table.selectRow(0)
    details = view.details.text()
    assert texts["note"] in details
    assert "is already booked" not in details, "the server's English note is not shown"
    assert "Nota do servidor" not in details
    assert "Server&#x27;s note" not in details
    buttons = view.buttons
    assert buttons["dismiss"].text() == texts["dismiss"]
    assert buttons["move"].text().startswith(texts["move"])
    assert buttons["move"].text().endswith("…")
    assert dialog.minimumSizeHint().width() <= 980, "the resolutions wrap rather than widen the window"

    # Moving says which booking; closing the window moves nothing.
    seen: list[dict[str, str]] = []
    answer_box(seen, "reject")
    qtbot.mouseClick(buttons["move"], Qt.MouseButton.LeftButton)
    assert seen[-1]["name"] == "moveBookingDialog"
    assert seen[-1]["which"].startswith(texts["which"])

    # Cancelling asks first, naming the booking; "Keep it" changes nothing.
    before = _statuses(front)
    answer_box(seen, "cancelBookingNo")
    qtbot.mouseClick(view.buttons["cancel_mine"], Qt.MouseButton.LeftButton)
    assert seen[-1]["name"] == "cancelBookingConfirm"
    assert seen[-1]["text"] == texts["ask"]
    assert seen[-1]["more"].startswith(texts["which"])
    qtbot.wait(200)
    assert _statuses(front) == before
    assert front.store.pending_count() == 0
    assert [i.status for i in load_inbox(front.store.read_engine)] == ["open"]

    # Confirmed, it is cancelled and the conflict resolved.
    answer_box(seen, "cancelBookingYes")
    qtbot.mouseClick(view.buttons["cancel_mine"], Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: front.sync.state().conflicts == 0 and front.sync.state().pending == 0)
    assert sorted(_statuses(front).values()) == ["booked", "cancelled"]


def _has_client(desk: AppDesk, client_id: uuid.UUID) -> bool:
    with desk.store.read_engine.connect() as conn:
        return conn.execute(select(client.c.id).where(client.c.id == client_id)).first() is not None


def _statuses(desk: AppDesk) -> dict[Any, str]:
    with desk.store.read_engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT id, status FROM appointment").all())
