"""The find-a-slot dialog on the demo desk: the ten slots it lists clash with no booking or block
of the file (read back from the appointment table), keep the station's cleaning buffer, follow
the artist and station chosen, and Enter or a double-click asks for the slot and closes."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, appointment, studio
from kronos_core.slots import healing_start
from kronos_desktop.app import Desk
from kronos_desktop.ui.agenda.find_slot_dialog import FindSlotDialog, length_text
from kronos_desktop.ui.common import fmt
from tests.desktop.reads import settle

Booking = tuple[uuid.UUID, uuid.UUID | None, dt.datetime, dt.datetime]


def _bookings(desk: Desk) -> tuple[list[Booking], dt.timedelta]:
    a = appointment.c
    with desk.ctx.reader.connect() as conn:
        buffer = conn.execute(select(studio.c.cleaning_buffer_minutes)).scalar_one()
        rows = conn.execute(
            select(a.artist_id, a.station_id, a.starts_at, a.ends_at).where(
                a.deleted.is_(False), a.status.in_(ACTIVE_APPOINTMENT_STATUSES)
            )
        )
        return [(r.artist_id, r.station_id, r.starts_at, r.ends_at) for r in rows], dt.timedelta(minutes=buffer)


def _cell(dialog: FindSlotDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


@pytest.fixture
def dialog(qtbot: Any, desk: Desk) -> FindSlotDialog:
    found = FindSlotDialog(desk.ctx)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitExposed(found)
    settle(qtbot, desk.ctx)
    return found


def test_the_ten_slots_clash_with_nothing_and_keep_the_cleaning_buffer(
    qtbot: Any, dialog: FindSlotDialog, desk: Desk
) -> None:
    assert dialog.table.rowCount() == 10
    assert len(dialog.slots) == 10
    bookings, buffer = _bookings(desk)
    now = desk.ctx.desk().now()  # type: ignore[union-attr]
    for slot in dialog.slots:
        assert slot.end - slot.start == dt.timedelta(hours=2)  # the default length
        assert slot.start >= now - dt.timedelta(minutes=1)
        assert slot.station_id is not None
        for who, where, start, end in bookings:
            if who == slot.artist_id:
                assert not (start < slot.end and slot.start < end), (slot, start, end)
            if where == slot.station_id:  # a station is cleaned after each session, before the next
                assert not (start < slot.end + buffer and slot.start < end + buffer), (slot, start, end)
    assert _cell(dialog, 0, 2) in dialog.names.artists.values()
    assert _cell(dialog, 0, 3) in dialog.names.stations.values()


def test_one_artist_without_a_station_from_a_later_day(
    qtbot: Any, dialog: FindSlotDialog, desk: Desk, demo: DemoStudio
) -> None:
    artist = demo.artist_ids[1]
    with qtbot.waitSignal(dialog.searched):
        dialog.artist.setCurrentIndex(dialog.artist.findData(str(artist)))
    with qtbot.waitSignal(dialog.searched):
        dialog.station.click()
    later = desk.ctx.today() + dt.timedelta(days=10)
    with qtbot.waitSignal(dialog.searched):
        dialog.from_day.setDate(dialog.from_day.date().addDays(10))
    with qtbot.waitSignal(dialog.searched):
        dialog.length.setCurrentIndex(dialog.length.count() - 1)  # another length
    assert dialog.custom.isEnabled()
    with qtbot.waitSignal(dialog.searched):
        dialog.custom.setValue(45)
    bookings, _ = _bookings(desk)
    zone = dialog.names.zone
    assert len(dialog.slots) == 10
    for slot in dialog.slots:
        assert slot.artist_id == artist
        assert slot.station_id is None
        assert slot.end - slot.start == dt.timedelta(minutes=45)
        assert slot.start.astimezone(zone).date() >= later
        assert not any(w == artist and s < slot.end and slot.start < e for w, _, s, e in bookings)
    assert _cell(dialog, 0, 3) == "—"


def test_enter_books_the_slot_chosen_and_closes(qtbot: Any, dialog: FindSlotDialog) -> None:
    dialog.table.setFocus()
    dialog.table.selectRow(2)
    chosen = dialog.slots[2]
    with qtbot.waitSignal(dialog.book_requested) as signal:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert signal.args == [chosen.artist_id, chosen.station_id, chosen.start, chosen.end, "session"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_a_double_click_books_that_slot(qtbot: Any, dialog: FindSlotDialog) -> None:
    chosen = dialog.slots[4]
    rect = dialog.table.visualRect(dialog.table.model().index(4, 1))
    emitted: list[tuple[Any, ...]] = []
    dialog.book_requested.connect(lambda *args: emitted.append(args))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert emitted == [(chosen.artist_id, chosen.station_id, chosen.start, chosen.end, "session")]
    assert not dialog.isVisible()


def test_the_dialog_fits_a_small_screen(dialog: FindSlotDialog) -> None:
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024
    assert hint.height() <= 560  # 600 less the window's title bar
    assert dialog.width() <= 1024
    assert dialog.height() <= 560


def test_lengths_read_as_people_say_them() -> None:
    assert [length_text(m) for m in (45, 60, 90, 120)] == ["45 min", "1 h", "1 h 30", "2 h"]


def test_a_projects_next_session_is_searched_after_its_healing(qtbot: Any, dialog: FindSlotDialog) -> None:
    assert dialog.projects, "the demo has open projects"
    assert dialog.project.isVisibleTo(dialog)
    today = dialog.names.today
    choice = max(dialog.projects, key=lambda p: (p.last_session is not None, p.last_session or today))
    with qtbot.waitSignal(dialog.searched):
        dialog.project.setCurrentIndex(dialog.project.findData(str(choice.id)))
    expected = (
        today if choice.last_session is None else max(today, healing_start(choice.last_session, choice.healing_days))
    )
    assert fmt.pydate(dialog.from_day.date()) == expected
    assert dialog.project_note.isVisibleTo(dialog)
    if choice.artist_id is not None:
        assert dialog.artist.currentData() == str(choice.artist_id)
        assert {s.artist_id for s in dialog.slots} == {choice.artist_id}
    zone = dialog.names.zone
    assert all(s.start.astimezone(zone).date() >= expected for s in dialog.slots)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.book_requested):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_project == choice.id
