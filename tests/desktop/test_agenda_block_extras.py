"""What the drawn day's blocks say and do beyond time, client, kind and status (issue 12): who
booked a booking ("by Larissa") is drawn on a block tall enough for it, a 15- or 30-minute one
keeping it in its tooltip; a click on the red "Resolve" of a booking stored in conflict opens the
conflicts inbox on its conflict (the pointer a pointing hand over it), a click elsewhere on the
block only selects it. Real bookings on a day of their own, real clicks where the label is drawn.
In English ("by …" as the source text says it)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.hours import spans_on
from kronos_core.schema import client
from kronos_desktop.app import Desk
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.ui.agenda.day_canvas import DayCanvas
from kronos_desktop.ui.agenda.day_layout import artist_columns
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle
from tests.desktop.test_standalone_conflicts import book_twice

DAY = dt.date(2031, 3, 4)  # far from the demo's bookings (book_twice's day too)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def language() -> str:
    return "en"


def book(desk: Desk, artist: uuid.UUID, hour: int, minutes: int, kind: str) -> uuid.UUID:
    """A booking made at this desk (by its receptionist, Larissa Menezes) on DAY at ``hour`` UTC."""
    with desk.store.read_engine.connect() as conn:
        someone = conn.execute(select(client.c.id).limit(1)).scalar_one()
    booking = uuid.uuid4()
    start = dt.datetime.combine(DAY, dt.time(hour), tzinfo=dt.UTC)
    desk.writer.submit(
        desk.store.apply,
        "appointment.book",
        {
            "appointment_id": str(booking),
            "client_id": str(someone),
            "artist_id": str(artist),
            "starts_at": start.isoformat(),
            "ends_at": (start + dt.timedelta(minutes=minutes)).isoformat(),
            "kind": kind,
        },
    ).result()
    return booking


def draw_day(qtbot, desk: Desk) -> DayCanvas:  # type: ignore[no-untyped-def]
    """DAY drawn at 1280x720 in a scroll area, as the receptionist sees it."""
    with desk.store.read_engine.connect() as conn:
        here = desk_q.here(conn)
        assert here.studio_id is not None
        staff = staff_q.staff_list(conn)
        rows = agenda_q.agenda(conn, here.studio_id, DAY, here.zone)
    area = QScrollArea()
    area.setWidgetResizable(True)
    canvas = DayCanvas()
    area.setWidget(canvas)
    qtbot.addWidget(area)
    canvas.scroll_area = area  # type: ignore[attr-defined]  # kept alive while the test holds the canvas
    columns = artist_columns(staff.rows, staff.opening, DAY, rows)
    canvas.set_day(DAY, rows, columns, spans_on(staff.opening, (), DAY), {}, here.zone, here.now())
    area.resize(1280, 720)
    area.show()
    qtbot.waitExposed(area)
    canvas.grab()  # painted once, as a person would see it
    return canvas


def test_who_booked_it_is_drawn_on_a_tall_block_and_only_told_on_a_short_one(
    qtbot, desk: Desk, demo: DemoStudio
) -> None:  # type: ignore[no-untyped-def]
    tall = book(desk, demo.artist_ids[0], 13, 180, "session")  # 10:00-13:00 in São Paulo
    half = book(desk, demo.artist_ids[1], 13, 30, "consultation")
    quarter = book(desk, demo.artist_ids[1], 15, 15, "consultation")
    canvas = draw_day(qtbot, desk)
    row = canvas.layout_.by_id[tall].row
    assert row.booked_by == "Larissa Menezes", "the desk's receptionist made them"
    drawn = canvas.painted[tall]
    assert "by Larissa" in drawn, "a tall block says who booked it, by first name"
    assert drawn[: len(canvas.lines_of(row))] == canvas.lines_of(row), "under its time, client, kind and status"
    for short in (half, quarter):
        said = canvas.painted[short]
        assert not any("Larissa" in line for line in said), "a short block has no room for it"
        assert said[0].startswith(canvas.lines_of(canvas.layout_.by_id[short].row)[0]), "its time stays on it"
        assert "Booked by Larissa Menezes" in canvas.description(canvas.layout_.by_id[short].row), "the tooltip says it"


def open_conflict_day(qtbot, window: MainWindow, desk: Desk, demo: DemoStudio, *, twice: bool = False):  # type: ignore[no-untyped-def]
    """The agenda on DAY with two bookings of one artist at one time: the second stored in
    conflict (``twice``: a second artist's too, later, a second conflict)."""
    book_twice(desk, demo)
    if twice:
        for _ in range(2):
            book(desk, demo.artist_ids[1], 17, 60, "session")
        desk.hub.notify({"appointment": set()})
    agenda = window.agenda
    agenda.navigator.set_day(DAY)
    settle(qtbot, desk.ctx)
    clashing = [r for r in agenda.model.rows() if r.in_conflict]
    assert len(clashing) == (2 if twice else 1)
    canvas = agenda.canvas
    canvas.grab()
    spots = {}
    for row in clashing:
        assert "Resolve" in canvas.painted[row.id], "the red label is drawn on it"
        spots[row.id] = canvas.resolve_spot(row.id)
        assert spots[row.id] is not None
    return canvas, clashing[0], spots[clashing[0].id], spots


def test_a_click_on_resolve_opens_the_conflicts_inbox_on_that_conflict(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    """Two conflicts on the day: each booking's "Resolve" brings the inbox up on its own."""
    canvas, _, _, spots = open_conflict_day(qtbot, window, desk, demo, twice=True)
    for booking, spot in spots.items():
        centre = spot.center().toPoint()
        qtbot.mouseMove(canvas, centre)
        qtbot.waitUntil(lambda: canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor)
        assert window.conflicts_dialog is None or not window.conflicts_dialog.isVisible()
        qtbot.mouseClick(canvas, LEFT, pos=centre)
        qtbot.waitUntil(lambda: window.conflicts_dialog is not None and window.conflicts_dialog.isVisible())
        dialog = window.conflicts_dialog
        assert dialog is not None
        settle(qtbot, desk.ctx)
        item = dialog.view.selected()
        assert item is not None
        assert booking in item.row_ids, "the inbox shows the conflict of that booking"
        assert item.kind == "double_booking"
        assert canvas.ghost() is None, "and nothing was dragged"
        dialog.close()


def test_a_click_elsewhere_on_a_block_in_conflict_only_selects_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    canvas, clashing, spot, _ = open_conflict_day(qtbot, window, desk, demo)
    rect = canvas.layout_.by_id[clashing.id].rect
    on_its_time = QPoint(int(rect.x + 12), int(rect.y + 6))
    assert not spot.contains(on_its_time.toPointF())
    qtbot.mouseMove(canvas, on_its_time)
    qtbot.waitUntil(lambda: canvas.cursor().shape() != Qt.CursorShape.PointingHandCursor)
    with qtbot.waitSignal(canvas.block_selected) as selected:
        qtbot.mouseClick(canvas, LEFT, pos=on_its_time)
    assert selected.args == [clashing.id]
    assert canvas.selected() == clashing.id
    qtbot.wait(50)
    assert window.conflicts_dialog is None or not window.conflicts_dialog.isVisible(), "a click only selects"
