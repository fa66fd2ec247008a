"""A standalone desk is the whole studio: its own double bookings are conflicts to resolve."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment, client
from kronos_desktop.app import Desk
from kronos_desktop.sync.inbox import load_inbox
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.modal import answer_box
from tests.desktop.reads import settle


def book_twice(desk: Desk, demo: DemoStudio) -> list[str]:
    with desk.store.read_engine.connect() as conn:
        someone = conn.execute(select(client.c.id).limit(1)).scalar_one()
    start = dt.datetime(2031, 3, 4, 13, 0, tzinfo=dt.UTC)  # far from the demo's bookings
    ids = []
    for _ in range(2):
        ids.append(str(uuid.uuid4()))
        desk.writer.submit(
            desk.store.apply,
            "appointment.book",
            {
                "appointment_id": ids[-1],
                "client_id": str(someone),
                "artist_id": str(demo.artist_ids[0]),
                "starts_at": start.isoformat(),
                "ends_at": (start + dt.timedelta(hours=2)).isoformat(),
            },
        ).result()
    desk.hub.notify({"appointment": {uuid.UUID(i) for i in ids}})
    return ids


def test_a_standalone_double_booking_is_shown_and_resolved(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    first, second = book_twice(desk, demo)
    items = load_inbox(desk.store.read_engine)
    assert [(i.kind, i.predicted) for i in items] == [("double_booking", False)]
    assert "cancel" in items[0].resolutions
    qtbot.waitUntil(lambda: window.status.conflicts_button.isVisible())
    assert "1" in window.status.conflicts_button.text()

    dialog = window.show_conflicts()
    settle(qtbot, desk.ctx)  # the inbox's read is in
    assert dialog.view.selected() is not None, "the inbox opens on the conflict"
    asked: list[dict[str, str]] = []
    answer_box(asked, "cancelBookingYes")  # cancelling a booking asks first
    qtbot.mouseClick(dialog.view.buttons["cancel_mine"], qtbot_button())
    assert [a["text"] for a in asked] == ["Cancelar este agendamento?"]
    qtbot.waitUntil(lambda: not load_inbox(desk.store.read_engine))
    with desk.store.read_engine.connect() as conn:
        status = dict(conn.execute(select(appointment.c.id, appointment.c.status)).all())
    assert status[uuid.UUID(second)] == "cancelled"
    assert status[uuid.UUID(first)] == "booked"
    qtbot.waitUntil(lambda: not window.status.conflicts_button.isVisible())


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_an_artist_at_the_desk_sees_the_conflict_but_cannot_resolve_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    """Resolving conflicts is the front desk's (conflict.resolve: owners, managers, receptionists):
    an artist who steps up sees the buttons disabled, saying why; a receptionist can again."""
    book_twice(desk, demo)
    desk.ctx.who.set(demo.artist_ids[0], Role.ARTIST, "Rafa Monteiro")
    dialog = window.show_conflicts()
    settle(qtbot, desk.ctx)
    assert dialog.view.buttons, "the resolutions are shown"
    for button in dialog.view.buttons.values():
        assert not button.isEnabled()
        assert button.toolTip().startswith("Não permitido para a sua função (Tatuador(a))")
    desk.ctx.who.set(demo.receptionist_id, Role.RECEPTIONIST, "Larissa Menezes")
    settle(qtbot, desk.ctx)
    qtbot.waitUntil(lambda: bool(dialog.view.buttons) and all(b.isEnabled() for b in dialog.view.buttons.values()))


def test_a_booking_in_conflict_opens_in_the_inbox_from_the_drawn_day(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    """The drawn day outlines a booking stored in conflict; opening it (double-click or Enter)
    brings the conflicts inbox up, where it is resolved."""
    book_twice(desk, demo)
    agenda = window.agenda
    agenda.navigator.set_day(dt.date(2031, 3, 4))
    settle(qtbot, desk.ctx)
    clashing = [r for r in agenda.model.rows() if r.in_conflict]
    assert clashing, "the second booking is stored in conflict"
    calm = [r for r in agenda.model.rows() if not r.in_conflict]
    for row in calm:  # a booking not in conflict opens nothing (yet)
        agenda.canvas.block_activated.emit(row.id)
    assert window.conflicts_dialog is None or not window.conflicts_dialog.isVisible()
    agenda.canvas.select(clashing[0].id)
    qtbot.keyClick(agenda.canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.conflicts_dialog is not None and window.conflicts_dialog.isVisible())
