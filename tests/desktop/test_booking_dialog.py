"""The booking dialog (kronos_desktop/ui/agenda/booking_dialog.py) on the demo studio's real
file: a booking made with keys and clicks shows in the agenda's read; a clash, time off, a
blocked or under-age client are refused where the mistake is, naming what is wrong."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import staff
from kronos_desktop.app import Desk
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.booking_helpers import (
    DAY,
    START,
    ZONE,
    act,
    answer,
    book,
    day_rows,
    new_client,
    open_dialog,
    pick_client,
)
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"  # the words as written (the translations come with the next lupdate)


def test_a_booking_made_with_keys_and_clicks_is_in_the_agenda(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    client_id = new_client(qtbot, window, "Ana Agendada", phone="+5511977776666", allergies="Látex")
    artist = demo.artist_ids[1]
    dialog = open_dialog(qtbot, window, artist_id=artist, starts_at=START, ends_at=START + dt.timedelta(hours=1))
    pick_client(qtbot, window, dialog, "Ana Agend")
    assert dialog.finder.picked is not None
    assert dialog.finder.picked.id == client_id
    # The health alert is shown above the fields, never scrolled away.
    assert dialog.finder.health.isVisible()
    assert "Látex" in dialog.finder.health.text()
    # 3 hours from the presets, a kind, a note.
    dialog.form.length.setCurrentIndex(dialog.form.length.findData(180))
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData("consultation"))
    qtbot.keyClicks(dialog.form.notes, "Primeira conversa")
    settle(qtbot, window.ctx)
    assert not dialog.clash_line.isVisible()
    with qtbot.waitSignal(dialog.booked, timeout=10_000) as booked:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    row = next(r for r in day_rows(desk) if r.id == booked.args[0])
    assert (row.client_id, row.artist_id, row.kind, row.status) == (client_id, artist, "consultation", "booked")
    assert (row.starts_at, row.ends_at - row.starts_at) == (START, dt.timedelta(hours=3))
    assert row.notes == "Primeira conversa"
    assert not dialog.isVisible()


def test_enter_in_the_search_picks_and_never_saves(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    new_client(qtbot, window, "Bruna Enter")
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=START)
    pick_client(qtbot, window, dialog, "Bruna Enter")
    qtbot.keyClick(dialog.finder.search, Qt.Key.Key_Return)  # once more, on the picked client
    qtbot.keyClick(dialog.form.start.lineEdit(), Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    assert dialog.isVisible()
    assert [r for r in day_rows(desk) if r.client_name == "Bruna Enter"] == []
    dialog.done(0)


def test_a_clash_is_named_and_save_refused(qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio) -> None:
    artist = demo.artist_ids[0]
    first = new_client(qtbot, window, "Carla Primeira")
    book(qtbot, window, artist, first)  # 10:00–12:00
    new_client(qtbot, window, "Dora Segunda")
    dialog = open_dialog(qtbot, window, artist_id=artist, starts_at=START + dt.timedelta(hours=1))
    pick_client(qtbot, window, dialog, "Dora Segunda")
    assert dialog.clash_line.isVisible()
    when = fmt.time_range_text(START, START + dt.timedelta(hours=2), ZONE)
    assert dialog.clash_line.text() == f"Clashes with Carla Primeira {when} · {demo_artist(desk, artist)}"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert dialog.isVisible()
    assert "Carla Primeira" in dialog.form_error.text()
    assert [r.client_name for r in day_rows(desk)] == ["Carla Primeira"]
    # Moved clear of it (12:00), the line goes and the booking is saved.
    dialog.form.start.setCurrentText("12:00")
    settle(qtbot, window.ctx)
    assert not dialog.clash_line.isVisible()
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert sorted(r.client_name or "" for r in day_rows(desk)) == ["Carla Primeira", "Dora Segunda"]


def test_time_off_refuses_like_a_clash(qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio) -> None:
    artist = demo.artist_ids[0]
    book(qtbot, window, artist, None, START + dt.timedelta(hours=2), 1, kind="block", notes="Almoço")
    new_client(qtbot, window, "Eva Folga")
    dialog = open_dialog(qtbot, window, artist_id=artist, starts_at=START + dt.timedelta(hours=2))
    pick_client(qtbot, window, dialog, "Eva Folga")
    assert dialog.clash_line.isVisible()
    assert dialog.clash_line.text() == f"{demo_artist(desk, artist)} is off: Almoço"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert dialog.isVisible()
    assert [r.kind for r in day_rows(desk)] == ["block"]
    dialog.done(0)


def test_blocked_and_under_age_clients_are_refused_at_the_field(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    new_client(qtbot, window, "Fabio Bloqueado", blocked=True)
    teen = DAY.replace(year=DAY.year - 16)
    new_client(qtbot, window, "Gabi Menor", birth_date=teen.isoformat())
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=START)
    pick_client(qtbot, window, dialog, "Fabio Bloqueado")
    assert dialog.finder.error.isVisible()
    assert "Fabio Bloqueado" in dialog.finder.error.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert dialog.isVisible()
    # Under age: refused at the kind for a session, booked as a consultation.
    dialog.finder.search.clear()
    pick_client(qtbot, window, dialog, "Gabi Menor")
    assert not dialog.finder.error.isVisible()
    assert dialog.form.kind_error.isVisible()
    assert "16" in dialog.form.kind_error.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert day_rows(desk) == []
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData("consultation"))
    assert not dialog.form.kind_error.isVisible()
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [(r.client_name, r.kind) for r in day_rows(desk)] == [("Gabi Menor", "consultation")]


def test_a_length_of_zero_or_over_16_hours_and_a_mistyped_start_are_refused_at_the_field(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    new_client(qtbot, window, "Helena Hora")
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=START)
    pick_client(qtbot, window, dialog, "Helena Hora")
    form = dialog.form
    form.length.setCurrentIndex(form.length.findData(-1))
    form.custom.setValue(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.length_error.isVisible()
    form.custom.setValue(17 * 60)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.length_error.isVisible()
    assert "16" in form.length_error.text()
    form.custom.setValue(90)
    form.start.setCurrentText("25:99")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.when_error.isVisible()
    assert not form.length_error.isVisible()
    settle(qtbot, window.ctx)
    assert day_rows(desk) == []
    dialog.done(0)


def demo_artist(desk: Desk, artist_id: uuid.UUID) -> str:
    with desk.store.read_engine.connect() as conn:
        return str(conn.execute(select(staff.c.display_name).where(staff.c.id == artist_id)).scalar_one())


def test_a_start_in_the_past_is_saved_only_once_confirmed(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    new_client(qtbot, window, "Ines Passado")
    past = dt.datetime(2024, 3, 5, 13, 0, tzinfo=dt.UTC)
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=past)
    pick_client(qtbot, window, dialog, "Ines Passado")
    seen: list[str] = []
    answer("bookingPastConfirm", "bookingPastNo", seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    settle(qtbot, window.ctx)
    assert seen == ["This booking starts in the past. Save it anyway?"]
    assert dialog.isVisible()
    assert "Ines Passado" not in [r.client_name for r in day_rows(desk, past.date())]
    answer("bookingPastConfirm", "bookingPastYes", seen)
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Ines Passado" in [r.client_name for r in day_rows(desk, past.date())]


def test_enter_in_the_quick_create_fields_moves_on_and_never_saves(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=START)
    qtbot.mouseClick(dialog.finder.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.finder.new_name, "Joana Enter")
    qtbot.keyClick(dialog.finder.new_name, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.finder.new_phone, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    assert dialog.isVisible()
    assert dialog.finder.new_name.text() == "Joana Enter"
    assert day_rows(desk) == []


def test_time_off_is_edited_without_a_client(qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio) -> None:
    block = book(qtbot, window, demo.artist_ids[0], None, START, 1, kind="block", notes="Almoço")
    dialog = open_dialog(qtbot, window, appointment_id=block)
    assert not dialog.finder.isVisible()
    dialog.form.start.setCurrentText("12:00")
    dialog.form.notes.setPlainText("Médico")
    settle(qtbot, window.ctx)
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [row] = day_rows(desk)
    assert (row.kind, row.notes, row.starts_at) == ("block", "Médico", START + dt.timedelta(hours=2))


def test_an_artist_books_only_on_their_own_calendar_and_finds_only_their_clients(
    qtbot: Any, window: MainWindow, demo: DemoStudio
) -> None:
    theirs = new_client(qtbot, window, "Kelly Cliente Dela")
    book(qtbot, window, demo.artist_ids[1], theirs)
    new_client(qtbot, window, "Kelly Cliente Outra")
    window.ctx.who.set(demo.artist_ids[1], Role.ARTIST, "Artista")
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=START)
    assert [dialog.form.artist.itemData(i) for i in range(dialog.form.artist.count())] == [str(demo.artist_ids[1])]
    qtbot.keyClicks(dialog.finder.search, "Kelly Cliente")
    settle(qtbot, window.ctx)
    found = [dialog.finder.results.item(i).text() for i in range(dialog.finder.results.count())]
    assert found == ["Kelly Cliente Dela"]


def test_a_station_taken_by_another_artist_clashes(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    station = demo.station_ids[0]
    taken = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Lia Maca"))
    act(qtbot, window, "appointment.reschedule", {"appointment_id": str(taken), "starts_at": START.isoformat(),
        "ends_at": (START + dt.timedelta(hours=2)).isoformat(), "station_id": str(station)})  # fmt: skip
    new_client(qtbot, window, "Mila Outra")
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[1], starts_at=START + dt.timedelta(hours=1))
    pick_client(qtbot, window, dialog, "Mila Outra")
    assert not dialog.clash_line.isVisible()  # another artist, no station: free
    dialog.form.station.setCurrentIndex(dialog.form.station.findData(str(station)))
    settle(qtbot, window.ctx)
    assert dialog.clash_line.isVisible()
    assert dialog.clash_line.text().startswith("Clashes with Lia Maca ")
    assert dialog.clash_line.text().endswith(dialog.form.station.currentText())
