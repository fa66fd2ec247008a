"""The agenda's month: six weeks of days, each with its bookings and free hours (counted as the
read counts them), today marked, holidays named; a double-click or Enter on a day opens it; it fits
1280x720 and 1024x600; an artist at the desk learns nothing of a colleague's client there."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from kronos_core.demo import DemoStudio
from kronos_core.hours import Span
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.agenda import INACTIVE
from kronos_desktop.ui.agenda.month_layout import free_minutes, grid_start
from kronos_desktop.ui.agenda.month_view import MonthCanvas
from kronos_desktop.ui.agenda.view import AgendaView
from tests.desktop.reads import settle

CHRISTMAS = dt.date(2026, 12, 25)


@pytest.fixture
def language() -> str:
    return "en"


def open_month(qtbot: Any, desk: Desk, size: tuple[int, int] = (1080, 660)) -> AgendaView:
    view = AgendaView(desk.ctx)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.set_face("month")
    settle(qtbot, desk.ctx)
    return view


def centre_of(canvas: MonthCanvas, day: dt.date) -> QPoint:
    rect = canvas.layout_.rect_of(day)
    assert rect is not None
    return QPoint(int(rect.x + rect.w / 2), int(rect.y + rect.h / 2))


def test_each_day_shows_the_bookings_the_read_has(qtbot: Any, desk: Desk) -> None:
    view = open_month(qtbot, desk)
    days = view.month.days()
    assert len(days) == 42
    assert days[0].day == grid_start(view.day())
    with desk.store.read_engine.connect() as conn:
        here = desk_q.here(conn)
        assert here.studio_id is not None
        rows = agenda_q.agenda_range(conn, here.studio_id, days[0].day, 42, here.zone)
    for shown in days:
        expected = [
            r for r in rows
            if r.starts_at.astimezone(here.zone).date() == shown.day and r.kind != "block" and r.status not in INACTIVE
        ]  # fmt: skip
        assert shown.bookings == len(expected), shown.day
    today = next(d for d in days if d.day == view.today())
    assert today.bookings > 0
    assert str(today.bookings) in view.month.summary(today)
    assert view.month.selected() == view.day()


def test_free_hours_are_working_hours_within_opening_less_what_is_booked() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    working = {a: (Span(600, 1200),), b: (Span(540, 780),)}
    opening = (Span(600, 1140),)  # 10:00 to 19:00
    taken = {a: [(660, 720), (690, 750)], b: [(600, 630)]}
    # a: 10-19 is 540 min, less 11:00-12:30 (90) = 450; b: 10-13 is 180, less 30 = 150
    assert free_minutes(working, opening, taken) == 600


def test_a_holiday_is_named_and_closed_and_sundays_are_closed(qtbot: Any, desk: Desk) -> None:
    view = open_month(qtbot, desk)
    view.go_to(CHRISTMAS)
    settle(qtbot, desk.ctx)
    christmas = next(d for d in view.month.days() if d.day == CHRISTMAS)
    assert christmas.holiday == "Christmas Day"
    assert christmas.free_minutes == 0
    assert "Christmas Day" in view.month.summary(christmas)
    sunday = next(d for d in view.month.days() if d.day.weekday() == 6 and d.holiday is None)
    assert not sunday.open
    assert "Closed" in view.month.summary(sunday)


def test_a_double_click_or_enter_on_a_day_opens_it(qtbot: Any, desk: Desk) -> None:
    view = open_month(qtbot, desk)
    target = view.today() + dt.timedelta(days=2)
    if target.month != view.today().month:
        target = view.today() - dt.timedelta(days=2)
    qtbot.mouseDClick(view.month, Qt.MouseButton.LeftButton, pos=centre_of(view.month, target))
    settle(qtbot, desk.ctx)
    assert view.face() == "day"
    assert view.day() == target
    assert view.canvas.layout_.day == target
    view.set_face("month")
    settle(qtbot, desk.ctx)
    view.month.setFocus()
    qtbot.keyClick(view.month, Qt.Key.Key_Right)
    qtbot.keyClick(view.month, Qt.Key.Key_Down)
    qtbot.keyClick(view.month, Qt.Key.Key_Return)
    settle(qtbot, desk.ctx)
    assert view.face() == "day"
    assert view.day() == target + dt.timedelta(days=8)


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_the_month_fits_the_screen(qtbot: Any, desk: Desk, size: tuple[int, int]) -> None:
    view = open_month(qtbot, desk, (size[0] - 200, size[1] - 60))  # the window's sidebar, menu and status bar
    month = view.month
    assert month.minimumWidth() <= month.width()
    assert month.minimumHeight() <= month.height()
    assert month.height() <= view.height()
    last = month.layout_.cell(41)
    assert last.bottom <= month.height() + 1
    assert last.right <= month.width() + 1


def test_an_artist_at_the_desk_learns_nothing_of_a_colleagues_clients(qtbot: Any, desk: Desk, demo: DemoStudio) -> None:
    with desk.store.read_engine.connect() as conn:
        here = desk_q.here(conn)
        assert here.studio_id is not None
        rows = agenda_q.agenda_range(conn, here.studio_id, grid_start(here.today()), 42, here.zone)
    artist = demo.artist_ids[0]
    desk.ctx.who.set(artist, Role.ARTIST, "Artist", "#000000")
    view = open_month(qtbot, desk)
    names = {r.client_full_name for r in rows if r.client_full_name} | {r.client_name for r in rows if r.client_name}
    said = " ".join(view.month.summary(d) for d in view.month.days()) + view.summary.text()
    assert not any(name in said for name in names)
    view.set_face("week")
    settle(qtbot, desk.ctx)
    colleagues = [b.row for b in view.week.layout_.blocks if b.row.artist_id != artist]
    assert colleagues
    assert all(r.busy and r.client_name is None and r.health_alert is None for r in colleagues)
