"""What the booking tests share: a person's setup actions through the op runner, the booking
dialog opened and waited for, and the agenda's own read of a booking."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kronos_core.demo import DEMO_STUDIO_ID
from kronos_core.ids import uuid7
from kronos_desktop.app import Desk
from kronos_desktop.ops import MutationOp
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.ui.agenda.booking_dialog import BookingDialog
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle

ZONE = zone_or_default("America/Sao_Paulo")
# A weekday far from the demo's bookings, 10:00 at the studio.
DAY = dt.date(2028, 6, 6)
START = dt.datetime(2028, 6, 6, 10, 0, tzinfo=ZONE).astimezone(dt.UTC)


def act(qtbot: Any, window: MainWindow, name: str, args: dict[str, Any]) -> None:
    """A change made beforehand, through the op runner as a view would."""
    with qtbot.waitSignal(window.ctx.runner.op_succeeded, timeout=10_000):
        window.ctx.runner.run(MutationOp(name, args))
    qtbot.waitUntil(lambda: not window.undo_stack.busy, timeout=10_000)
    settle(qtbot, window.ctx)


def new_client(qtbot: Any, window: MainWindow, name: str, **fields: Any) -> uuid.UUID:
    client_id = uuid7()
    act(qtbot, window, "client.create", {"client_id": str(client_id), "full_name": name, **fields})
    return client_id


def book(
    qtbot: Any,
    window: MainWindow,
    artist_id: uuid.UUID,
    client_id: uuid.UUID | None,
    start: dt.datetime = START,
    hours: float = 2,
    *,
    kind: str = "session",
    notes: str | None = None,
) -> uuid.UUID:
    appointment_id = uuid7()
    args: dict[str, Any] = {
        "appointment_id": str(appointment_id),
        "client_id": str(client_id) if client_id else None,
        "artist_id": str(artist_id),
        "starts_at": start.isoformat(),
        "ends_at": (start + dt.timedelta(hours=hours)).isoformat(),
        "kind": kind,
        "notes": notes,
    }
    act(qtbot, window, "appointment.book", args)
    return appointment_id


def open_dialog(qtbot: Any, window: MainWindow, **kwargs: Any) -> BookingDialog:
    dialog = BookingDialog(window.ctx, window, **kwargs)
    # Closed without the "discard what you typed?" question once the test is over.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.open()
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=10_000)
    settle(qtbot, window.ctx)
    return dialog


def pick_client(qtbot: Any, window: MainWindow, dialog: BookingDialog, text: str) -> None:
    """Type in the client search and press Enter, as a person does."""
    dialog.finder.search.setFocus()
    qtbot.keyClicks(dialog.finder.search, text)
    settle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: dialog.finder.results.count() > 0, timeout=10_000)
    qtbot.keyClick(dialog.finder.search, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)


def day_rows(desk: Desk, day: dt.date = DAY) -> list[AgendaRow]:
    """The day as the agenda reads it."""
    with desk.store.read_engine.connect() as conn:
        return agenda_q.agenda(conn, DEMO_STUDIO_ID, day, ZONE)


def answer(name: str, button: str, seen: list[str]) -> None:
    """When the message box ``name`` opens (over the booking dialog), note its text and click
    ``button`` (an objectName)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != name:
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        found = box.findChild(QPushButton, button)
        assert found is not None, button
        found.click()

    QTimer.singleShot(0, look)
