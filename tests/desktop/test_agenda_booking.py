"""The agenda in the window, used by mouse and keys as the front desk does: a drag over free time
and N open the booking dialog in that column and time, a block dragged to another artist's
column at another time is moved in the database, a double-click opens a booking's dialog, a right
click its menu, a letter on a selected booking does what its menu would, and the Agenda menu's
commands open their dialogs and the free-now panel. The parts are tested on their own
(test_day_drag.py, test_booking_*.py); here they are joined by ui/agenda/commands.py."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.schema import project as project_table
from kronos_desktop.app import Desk
from kronos_desktop.ui.agenda.booking_dialog import BookingDialog
from kronos_desktop.ui.agenda.day_canvas import DayCanvas
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.booking_helpers import DAY, START, ZONE, book, new_client
from tests.desktop.modal import answer_box
from tests.desktop.reads import settle
from tests.desktop.test_booking_flow import row_of
from tests.desktop.test_day_drag import drag


@pytest.fixture
def language() -> str:
    return "en"


def on_day(qtbot: Any, window: MainWindow) -> DayCanvas:
    window.show_section("agenda")
    window.agenda.open_day(DAY)
    settle(qtbot, window.ctx)
    return window.agenda.canvas


def spot(canvas: DayCanvas, artist: uuid.UUID, hhmm: str) -> QPoint:
    """A point in ``artist``'s column at ``hhmm`` (the studio's time)."""
    lay = canvas.layout_
    column = next(i for i, c in enumerate(lay.columns) if c.key == artist)
    hours, minutes = map(int, hhmm.split(":"))
    body = lay.column_rect(column)
    return QPoint(int(body.x + body.w / 2), int(lay.y_of(hours * 60 + minutes)))


def opened_dialog(qtbot: Any) -> BookingDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), BookingDialog), timeout=10_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, BookingDialog)
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=10_000)
    return dialog


def close(dialog: QDialog) -> None:
    dialog.done(0)
    QApplication.processEvents()


def local(instant: dt.datetime) -> str:
    return instant.astimezone(ZONE).strftime("%H:%M")


def test_a_drag_over_free_time_opens_the_booking_dialog_in_that_column_and_time(
    qtbot: Any, window: MainWindow, demo: DemoStudio
) -> None:
    canvas = on_day(qtbot, window)
    artist = demo.artist_ids[1]
    drag(qtbot, canvas, spot(canvas, artist, "14:05"), spot(canvas, artist, "15:00"), spot(canvas, artist, "16:25"))
    dialog = opened_dialog(qtbot)
    assert dialog.form.artist.currentData() == str(artist)
    assert dialog.form.start.currentText() == "14:00"
    assert dialog.form.minutes() == 150  # 14:00–16:30, snapped to quarter hours
    close(dialog)


def test_n_opens_the_booking_dialog_on_the_day_shown(qtbot: Any, window: MainWindow) -> None:
    canvas = on_day(qtbot, window)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_N)
    dialog = opened_dialog(qtbot)
    assert dialog.form.day.date().toPython() == DAY
    close(dialog)


def test_a_block_dragged_to_another_artist_and_time_is_moved(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    first, second = demo.artist_ids[0], demo.artist_ids[1]
    booking = book(qtbot, window, first, new_client(qtbot, window, "Nina Arrasta"))  # 10:00–12:00
    canvas = on_day(qtbot, window)
    block = canvas.layout_.by_id[booking]
    grab = QPoint(int(block.rect.x + block.rect.w / 2), int(block.rect.y + 10))
    with qtbot.waitSignal(window.agenda.commands.flow.changed, timeout=10_000):
        drag(qtbot, canvas, grab, grab + QPoint(0, 30), spot(canvas, second, "15:00") + QPoint(0, 10))
    moved = row_of(desk, booking)
    assert moved["artist_id"] == second
    assert local(moved["starts_at"]) == "15:00"
    assert moved["ends_at"] - moved["starts_at"] == dt.timedelta(hours=2)
    settle(qtbot, window.ctx)
    assert canvas.layout_.by_id[booking].column == next(
        i for i, c in enumerate(canvas.layout_.columns) if c.key == second
    ), "the block is drawn where it was dropped"


def test_a_double_click_opens_the_booking_and_a_right_click_its_menu(
    qtbot: Any, window: MainWindow, demo: DemoStudio
) -> None:
    booking = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Olga Clica"))
    canvas = on_day(qtbot, window)
    block = canvas.layout_.by_id[booking]
    inside = QPoint(int(block.rect.x + block.rect.w / 2), int(block.rect.y + block.rect.h / 2))
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=inside)
    dialog = opened_dialog(qtbot)
    assert dialog.editing
    assert dialog.appointment_id == booking
    assert dialog.finder.picked is not None
    assert dialog.finder.picked.full_name == "Olga Clica"
    close(dialog)

    qtbot.mouseClick(canvas, Qt.MouseButton.RightButton, pos=inside)
    flow = window.agenda.commands.flow
    qtbot.waitUntil(lambda: flow.menu is not None and flow.menu.isVisible(), timeout=10_000)
    assert isinstance(flow.menu, QMenu)
    enabled = {a.text().replace("&", "") for a in flow.menu.actions() if a.isEnabled() and a.text()}
    assert {"Confirm", "Check in", "Cancel…"} <= enabled
    flow.menu.close()


def test_a_letter_on_a_selected_booking_moves_its_status(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    booking = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Paula Chega"))
    canvas = on_day(qtbot, window)
    canvas.select(booking)
    canvas.setFocus()
    seen: list[dict[str, str]] = []
    answer_box(seen, "unsignedFormGoOn")  # no signed form yet: the desk asks first (policy "warn")
    with qtbot.waitSignal(window.ctx.runner.op_succeeded, timeout=10_000):
        qtbot.keyClick(canvas, Qt.Key.Key_I)  # check in
    assert row_of(desk, booking)["status"] == "checked_in"
    assert [s["name"] for s in seen] == ["unsignedFormConfirm"]


def test_the_agenda_menu_opens_free_now_and_find_a_slot(qtbot: Any, window: MainWindow) -> None:
    agenda = window.agenda
    window.show_section("clients")
    window.action_set.actions["agenda.free_now"].trigger()
    assert window.current_section() == "agenda"
    assert agenda.free_now.isVisible()
    assert agenda.free_now_button.isChecked()
    window.action_set.actions["agenda.free_now"].trigger()
    assert not agenda.free_now.isVisible()
    window.action_set.actions["agenda.find_slot"].trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=10_000)
    found = QApplication.activeModalWidget()
    assert found is not None
    assert found.objectName() == "findSlotDialog"
    close(found)  # type: ignore[arg-type]


def test_a_slot_asked_from_free_now_opens_the_dialog_filled_in(
    qtbot: Any, window: MainWindow, demo: DemoStudio
) -> None:
    on_day(qtbot, window)
    hour = START + dt.timedelta(hours=1)
    window.agenda.free_now.book_requested.emit(demo.artist_ids[0], None, START, hour, "walk_in")
    dialog = opened_dialog(qtbot)
    assert dialog.form.artist.currentData() == str(demo.artist_ids[0])
    assert dialog.form.kind.currentData() == "walk_in"
    assert dialog.form.start.currentText() == "10:00"
    close(dialog)


def test_a_projects_next_session_found_in_find_a_slot_is_booked_for_its_client_and_project(
    qtbot: Any, window: MainWindow, desk: Desk
) -> None:
    window.show_section("agenda")
    finder = window.agenda.commands.find_slot()
    qtbot.waitUntil(lambda: bool(finder.projects), timeout=10_000)
    project = finder.projects[0]
    with qtbot.waitSignal(finder.searched, timeout=10_000):
        finder.project.setCurrentIndex(finder.project.findData(str(project.id)))
    finder.table.selectRow(0)
    qtbot.mouseClick(finder.book_button, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(qtbot)
    qtbot.waitUntil(lambda: dialog.finder.picked is not None, timeout=10_000)
    assert dialog.finder.picked is not None
    with desk.store.read_engine.connect() as conn:
        client_id = conn.execute(select(project_table.c.client_id).where(project_table.c.id == project.id)).scalar_one()
    assert dialog.finder.picked.id == client_id
    qtbot.waitUntil(lambda: dialog.form.project_choice() == str(project.id), timeout=10_000)
    close(dialog)
