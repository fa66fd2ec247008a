"""The agenda's week: seven day columns of one artist or of every artist side by side, switched to
by its button or Alt+2; the arrows of the navigator move a week; a double-click on a booking opens
its day with it selected; an artist at the desk sees a colleague's bookings only as busy."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.agenda import INACTIVE
from kronos_desktop.ui.agenda.view import AgendaView
from kronos_desktop.ui.agenda.week_layout import WeekBlock, week_start
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def open_view(qtbot: Any, desk: Desk, size: tuple[int, int] = (1280, 720)) -> AgendaView:
    view = AgendaView(desk.ctx)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot, desk.ctx)
    return view


def centre(block: WeekBlock) -> QPoint:
    return QPoint(int(block.rect.x + block.rect.w / 2), int(block.rect.y + min(block.rect.h / 2, 8)))


def week_rows(desk: Desk, day: dt.date, **asker: Any) -> list[agenda_q.AgendaRow]:
    with desk.store.read_engine.connect() as conn:
        here = desk_q.here(conn)
        assert here.studio_id is not None
        return agenda_q.agenda_range(conn, here.studio_id, week_start(day), 7, here.zone, **asker)


def test_the_week_button_shows_every_artists_week_side_by_side(qtbot: Any, desk: Desk) -> None:
    view = open_view(qtbot, desk)
    qtbot.mouseClick(view.face_buttons["week"], Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    assert view.face() == "week"
    assert view.faces.currentWidget() is view.week_scroll
    lay = view.week.layout_
    assert lay.days == [week_start(view.day()) + dt.timedelta(days=n) for n in range(7)]
    rows = week_rows(desk, view.day())
    assert {b.row.id for b in lay.blocks} == {r.id for r in rows}
    lanes = {b.lanes for b in lay.blocks}
    assert len(lanes) == 1
    assert lanes.pop() >= 2, "a lane per artist"
    for block in lay.blocks:  # on the day it starts
        assert lay.days[block.day] == block.row.starts_at.astimezone(lay.zone).date()


def test_the_week_of_one_artist_holds_their_bookings_in_seven_columns(qtbot: Any, desk: Desk, demo: DemoStudio) -> None:
    view = open_view(qtbot, desk)
    view.set_face("week")
    settle(qtbot, desk.ctx)
    artist = demo.artist_ids[1]
    picker = view.artist_picker
    assert picker.isVisible()
    view.choose_artist(artist)
    assert picker.currentData() == artist
    settle(qtbot, desk.ctx)
    lay = view.week.layout_
    assert len(lay.days) == 7
    theirs = [r for r in week_rows(desk, view.day()) if r.artist_id == artist]
    assert theirs
    assert {b.row.id for b in lay.blocks} == {r.id for r in theirs}
    assert all(b.rect.w > lay.day_width / 3 for b in lay.blocks if b.lanes == 1), "a whole day's width"


def test_the_arrows_and_today_move_a_week(qtbot: Any, desk: Desk) -> None:
    view = open_view(qtbot, desk)
    view.set_face("week")
    settle(qtbot, desk.ctx)
    today = view.today()
    qtbot.mouseClick(view.navigator.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    assert view.week.layout_.days[0] == week_start(today) + dt.timedelta(days=7)
    assert view.navigator.next_button.toolTip() == "Next week"
    qtbot.mouseClick(view.navigator.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.navigator.previous_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    assert view.week.layout_.days[0] == week_start(today) - dt.timedelta(days=7)
    qtbot.mouseClick(view.navigator.today_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    assert view.week.layout_.days[0] == week_start(today)
    assert "–" in view.navigator.day_label.text(), "the week's first and last days"


def test_a_double_click_on_a_booking_opens_its_day_with_it_selected(qtbot: Any, desk: Desk) -> None:
    view = open_view(qtbot, desk)
    view.set_face("week")
    settle(qtbot, desk.ctx)
    lay = view.week.layout_
    block = next(b for b in lay.blocks if b.rect.h > 12 and b.rect.w > 6 and b.day != lay.days.index(view.day()))
    view.week_scroll.ensureVisible(int(block.rect.x), int(block.rect.y), 10, 40)
    qtbot.mouseDClick(view.week, Qt.MouseButton.LeftButton, pos=centre(block))
    settle(qtbot, desk.ctx)
    assert view.face() == "day"
    assert view.day() == lay.days[block.day]
    assert view.canvas.selected() == block.row.id


def test_an_artist_sees_a_colleagues_week_only_as_busy(qtbot: Any, desk: Desk, demo: DemoStudio) -> None:
    everything = week_rows(desk, desk.ctx.today())
    artist = next(a for a in demo.artist_ids if any(r.artist_id == a and r.client_name for r in everything))
    desk.ctx.who.set(artist, Role.ARTIST, "Artist", "#000000")
    view = open_view(qtbot, desk)
    view.set_face("week")
    settle(qtbot, desk.ctx)
    view.week.grab()  # painted once, as a person would see it
    hidden = {r.client_name for r in everything if r.artist_id != artist and r.client_name}
    hidden |= {r.client_full_name for r in everything if r.artist_id != artist and r.client_full_name}
    lay = view.week.layout_
    theirs = [b for b in lay.blocks if b.row.artist_id != artist]
    assert theirs
    for block in theirs:
        assert block.row.busy
        said = " ".join(view.week.painted.get(block.row.id, [])) + view.week.description(block.row)
        assert "Busy" in said
        assert not any(name in said for name in hidden), said
    own = [b for b in lay.blocks if b.row.artist_id == artist and b.row.client_name]
    assert own, "their own bookings in full"


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_the_week_fits_the_screen_and_shows_every_health_alert(qtbot: Any, desk: Desk, size: tuple[int, int]) -> None:
    view = open_view(qtbot, desk, (size[0] - 200, size[1] - 60))  # the window's sidebar, menu and status bar
    view.set_face("week")
    settle(qtbot, desk.ctx)
    view.week.grab()
    area = view.week_scroll.viewport()
    assert view.week.width() <= area.width(), "no scrolling sideways"
    alerts = [b for b in view.week.layout_.blocks if b.row.health_alert and b.row.status not in INACTIVE]
    assert alerts, "the demo's week has health alerts"
    for block in alerts:
        assert "!" in view.week.painted[block.row.id]


def test_a_first_visit_and_a_change_not_yet_synced_are_said(qtbot: Any, desk: Desk) -> None:
    view = open_view(qtbot, desk)
    view.set_face("week")
    settle(qtbot, desk.ctx)
    newcomer = next(b.row for b in view.week.layout_.blocks if b.row.first_visit)
    assert "First visit" in view.week.description(newcomer)
    target = next(b.row for b in view.week.layout_.blocks if b.row.status == "booked" and b.row.kind != "block")
    assert "Not synced yet" not in view.week.description(target)
    with desk.store.engine.begin() as conn:  # a desk with a server: its changes wait to reach it
        conn.exec_driver_sql("UPDATE replica SET server_url = 'https://kronos.example' WHERE id = 1")
    desk.store.apply("appointment.set_status", {"appointment_id": str(target.id), "status": "confirmed"})
    desk.hub.notify({"appointment": {target.id}})
    settle(qtbot, desk.ctx)
    now = view.week.layout_.by_id[target.id].row
    assert now.pending
    assert "Not synced yet" in view.week.description(now)
