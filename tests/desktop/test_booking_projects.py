"""A booking's project in the booking dialog, and a booking edited in place: a new project
made with its first session; an open project of the client offered with its earlier sessions;
kind and notes changed through appointment.edit (not a new booking)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.schema import appointment, project
from kronos_desktop.app import Desk
from kronos_desktop.store.local_schema import outbox
from kronos_desktop.ui.agenda.booking_form import NEW_PROJECT
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.booking_helpers import START, act, book, new_client, open_dialog, pick_client
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def one(desk: Desk, table: Any, row_id: uuid.UUID) -> dict[str, Any]:
    with desk.store.read_engine.connect() as conn:
        return dict(conn.execute(select(table).where(table.c.id == row_id)).mappings().one())


def test_a_new_project_is_made_with_its_first_session(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    client_id = new_client(qtbot, window, "Tania Projeto")
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=START)
    pick_client(qtbot, window, dialog, "Tania Projeto")
    form = dialog.form
    form.project.setCurrentIndex(form.project.findData(NEW_PROJECT))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no title: refused there
    assert form.project_error.isVisible()
    qtbot.keyClicks(form.project_title, "Fechamento de braco")
    with qtbot.waitSignal(dialog.booked, timeout=10_000) as booked:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    session = one(desk, appointment, booked.args[0])
    made = one(desk, project, session["project_id"])
    assert (made["title"], made["client_id"], made["status"]) == ("Fechamento de braco", client_id, "open")


def test_an_open_project_is_offered_with_its_earlier_sessions(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    client_id = new_client(qtbot, window, "Ursula Sessoes")
    project_id = uuid7()
    act(qtbot, window, "project.create", {"project_id": str(project_id), "client_id": str(client_id),
                                          "title": "Costas"})  # fmt: skip
    earlier = START - dt.timedelta(days=28)
    first = book(qtbot, window, demo.artist_ids[1], client_id, earlier)
    act(qtbot, window, "appointment.edit", {"appointment_id": str(first), "project_id": str(project_id)})
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=START)
    pick_client(qtbot, window, dialog, "Ursula Sessoes")
    form = dialog.form
    at = form.project.findData(str(project_id))
    assert at > 0
    assert form.project.itemText(at) == "Costas"
    form.project.setCurrentIndex(at)
    assert form.sessions.isVisible()
    assert "09/05/2028" in form.sessions.text() or "5/9/2028" in form.sessions.text()
    with qtbot.waitSignal(dialog.booked, timeout=10_000) as booked:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert one(desk, appointment, booked.args[0])["project_id"] == project_id


def test_kind_and_notes_are_edited_in_place(qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio) -> None:
    booking = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Vera Edita"))
    dialog = open_dialog(qtbot, window, appointment_id=booking)
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData("touch_up"))
    qtbot.keyClicks(dialog.form.notes, "Retoque da sombra")
    settle(qtbot, window.ctx)
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    row = one(desk, appointment, booking)
    assert (row["kind"], row["notes"], row["starts_at"]) == ("touch_up", "Retoque da sombra", START)
    with desk.store.read_engine.connect() as conn:
        last = conn.execute(select(outbox.c.name).order_by(outbox.c.seq.desc()).limit(1)).scalar_one()
    assert last == "appointment.edit"
