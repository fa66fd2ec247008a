"""A public holiday of the studio's state (the demo studio is in São Paulo) on the drawn day: the
whole day shaded as closed, its name on top and in the agenda's summary, and find-a-slot and free
now offer nothing on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import Connection

from kronos_core.ids import uuid7
from kronos_desktop.app import Desk
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.store.queries.slots import find_slots_from_db, free_now_from_db
from kronos_desktop.ui.agenda.day_canvas import DayCanvas
from kronos_desktop.ui.agenda.day_layout import HEADER
from kronos_desktop.ui.agenda.day_read import read_day
from kronos_desktop.ui.agenda.view import AgendaView
from tests.desktop.reads import settle

CHRISTMAS = dt.date(2026, 12, 25)  # a Friday: open by the studio's week
EVE = dt.date(2026, 12, 24)
SUNDAY = dt.date(2026, 12, 27)  # closed by the studio's week
SP_REVOLUTION = dt.date(2027, 7, 9)  # São Paulo's own holiday, a Friday
HOUR = dt.timedelta(hours=1)


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def conn(demo_dir: Path) -> Iterator[Connection]:
    store = LocalStore.open(demo_dir)
    try:
        with store.read_engine.connect() as connection:
            yield connection
    finally:
        store.close()


@pytest.mark.parametrize(("language", "name"), [("en", "Christmas Day"), ("pt_BR", "Natal")])
def test_the_day_read_names_the_holiday_in_the_persons_language(desk: Desk, language: str, name: str) -> None:
    with desk.store.read_engine.connect() as conn:
        assert read_day(conn, CHRISTMAS).holiday == name
        assert read_day(conn, EVE).holiday is None
        assert read_day(conn, SP_REVOLUTION).holiday is not None, "the studio's state's own holiday"


def _free_spot(canvas: DayCanvas, minute: int) -> tuple[int, int]:
    """A point of the first column at ``minute`` where no booking is drawn."""
    lay = canvas.layout_
    y = int(lay.y_of(minute)) + 3
    body = lay.column_rect(0)
    for x in range(int(body.x) + 2, int(body.right) - 2, 4):
        if isinstance(lay.hit(x, y), tuple):  # free time, not a booking
            return x, y
    raise AssertionError("the column is booked all along")


def test_on_a_holiday_the_drawn_day_is_closed_and_says_which_holiday(qtbot: Any, desk: Desk) -> None:
    view = AgendaView(desk.ctx)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.navigator.set_day(EVE)
    settle(qtbot, desk.ctx)
    canvas = view.canvas
    assert canvas.holiday() is None
    assert "Holiday" not in view.summary.text()
    spot = _free_spot(canvas, 14 * 60 + 30)
    open_colour = canvas.grab().toImage().pixelColor(*spot)

    # The demo books nothing on a holiday: a booking the studio took anyway (it is open by its week).
    artist = canvas.layout_.columns[0].key
    start = dt.datetime(2026, 12, 25, 15, 0, tzinfo=zone_or_default("America/Sao_Paulo"))
    booking = {
        "appointment_id": str(uuid7()),
        "artist_id": str(artist),
        "starts_at": start.isoformat(),
        "ends_at": (start + dt.timedelta(hours=1)).isoformat(),
        "kind": "block",
        "notes": "Inventário",
    }
    desk.store.apply("appointment.book", booking)
    view.navigator.set_day(CHRISTMAS)
    settle(qtbot, desk.ctx)
    assert canvas.holiday_text() == "Holiday: Christmas Day"
    assert view.summary.text().startswith("Holiday: Christmas Day")
    assert canvas.accessibleDescription().startswith("Holiday: Christmas Day.")
    spot = _free_spot(canvas, 14 * 60 + 30)
    image = canvas.grab().toImage()
    closed = image.pixelColor(*spot)
    assert closed.lightness() < open_colour.lightness(), "the opening hours are shaded as closed"

    lay = canvas.layout_
    assert lay.blocks, "a booking on a holiday is drawn"
    first = min(lay.blocks, key=lambda b: b.rect.y)
    assert first.rect.y >= lay.top > HEADER, "the name's strip sits above the hours, hiding no booking"
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(first.rect.x + 20), int(first.rect.y + 3)))
    assert canvas.selected() == first.row.id, "a booking's top edge is clicked, not the strip"

    view.navigator.set_day(SUNDAY)
    settle(qtbot, desk.ctx)
    assert canvas.holiday() is None
    sunday = canvas.grab().toImage().pixelColor(*_free_spot(canvas, 14 * 60 + 30))
    assert closed == sunday, "shaded as a day the studio does not open"

    view.navigator.set_day(EVE)
    settle(qtbot, desk.ctx)
    assert canvas.holiday() is None
    assert "Holiday" not in canvas.accessibleDescription()


def test_find_a_slot_and_free_now_offer_nothing_on_a_holiday(conn: Connection) -> None:
    slots = find_slots_from_db(conn, HOUR, EVE, None, False, count=400, days=3, from_now=False)
    zone = zone_or_default("America/Sao_Paulo")
    days = {s.start.astimezone(zone).date() for s in slots}
    assert {EVE, dt.date(2026, 12, 26)} <= days, "the days around it are open"
    assert CHRISTMAS not in days
    noon = dt.datetime.combine(CHRISTMAS, dt.time(12), tzinfo=zone)
    assert free_now_from_db(conn, noon) == []
    assert free_now_from_db(conn, noon - dt.timedelta(days=1)), "someone is free on the eve"
