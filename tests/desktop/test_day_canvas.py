"""The drawn day (ui/agenda/day_canvas.py) on the demo desk's today: every booking is a block in
its artist's column at its time, a click selects it, a double-click opens it, a double-click on
free time offers that artist and quarter hour, the arrows and Enter work from the keyboard, and an
artist at the desk sees a colleague's booking only as "Busy". In English ("Busy" as the table says it)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QRegion
from PySide6.QtWidgets import QScrollArea

from kronos_core.demo import DemoStudio
from kronos_core.hours import spans_on
from kronos_desktop.app import Desk
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.ui.agenda.day_canvas import DayCanvas
from kronos_desktop.ui.agenda.day_layout import HEADER, Block, artist_columns


@pytest.fixture
def language() -> str:
    return "en"


def open_day(qtbot, desk: Desk, viewer: uuid.UUID | None = None, size=(1280, 720)):  # type: ignore[no-untyped-def]
    """The canvas alone in a scroll area on today, read as the receptionist (or ``viewer``, an artist)."""
    with desk.store.read_engine.connect() as conn:
        here = desk_q.here(conn)
        assert here.studio_id is not None
        day = here.today()
        staff = staff_q.staff_list(conn)
        rows = agenda_q.agenda(
            conn, here.studio_id, day, here.zone, viewer_id=viewer, sees_all=viewer is None
        )  # fmt: skip
    area = QScrollArea()
    area.setWidgetResizable(True)
    canvas = DayCanvas()
    area.setWidget(canvas)
    qtbot.addWidget(area)
    canvas.scroll_area = area  # type: ignore[attr-defined]  # kept alive while the test holds the canvas
    columns = artist_columns(staff.rows, staff.opening, day, rows)
    canvas.set_day(day, rows, columns, spans_on(staff.opening, (), day), {}, here.zone, here.now())
    area.resize(*size)
    area.show()
    qtbot.waitExposed(area)
    canvas.grab()  # painted once, as a person would see it
    return canvas, rows


def centre(block: Block) -> QPoint:
    return QPoint(int(block.rect.x + block.rect.w / 2), int(block.rect.y + min(block.rect.h / 2, 10)))


def test_every_booking_of_the_day_is_a_block_in_its_artists_column_at_its_time(qtbot, desk: Desk) -> None:
    canvas, rows = open_day(qtbot, desk)
    lay = canvas.layout_
    assert len(rows) >= 5
    assert {b.row.id for b in lay.blocks} == {r.id for r in rows}
    for row in rows:
        block = lay.by_id[row.id]
        column = lay.columns[block.column]
        assert column.key == row.artist_id
        assert column.name == row.artist_name
        assert lay.column_rect(block.column).x <= block.rect.x < lay.column_rect(block.column).right
        assert abs(block.rect.y - 1 - lay.y_of(lay.minute_of(row.starts_at))) < 0.01
        assert abs(block.rect.bottom + 1 - lay.y_of(lay.minute_of(row.ends_at))) < 0.01 or block.rect.h == 6
        drawn = canvas.painted[row.id]
        assert drawn[0].startswith(canvas.lines_of(row)[0]), "its time is on it"
        if row.client_name:
            assert any(row.client_name in line for line in drawn), "and who it is for"
        if row.health_alert:
            assert "!" in drawn, "a health alert shows as a red badge"
    assert canvas.height() <= 720, "the day fits 1280x720 without scrolling"


def test_at_1024x600_the_whole_opening_day_and_every_health_alert_are_on_screen(qtbot, desk: Desk) -> None:
    canvas, rows = open_day(qtbot, desk, size=(1024, 600))
    area = canvas.scroll_area.viewport()
    assert canvas.width() <= area.width()
    alerts = [r for r in rows if r.health_alert]
    assert alerts, "the demo day has a client with a health alert"
    for row in alerts:
        rect = canvas.layout_.by_id[row.id].rect
        assert rect.right <= area.width()
        assert "!" in canvas.painted[row.id]


def test_a_click_selects_a_booking_and_a_double_click_opens_it(qtbot, desk: Desk) -> None:
    canvas, rows = open_day(qtbot, desk)
    row = next(r for r in rows if r.client_name)
    block = canvas.layout_.by_id[row.id]
    with qtbot.waitSignal(canvas.block_selected) as selected:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre(block))
    assert selected.args == [row.id]
    assert canvas.selected() == row.id
    assert row.client_name in canvas.accessibleDescription()
    with qtbot.waitSignal(canvas.block_activated) as activated:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=centre(block))
    assert activated.args == [row.id]


def test_a_double_click_on_free_time_offers_that_artist_and_quarter_hour(qtbot, desk: Desk) -> None:
    canvas, _ = open_day(qtbot, desk)
    lay = canvas.layout_
    column, minute = next(
        (c, m)
        for c in range(len(lay.columns))
        for m in range(lay.first, lay.last - 15, 15)
        if not any(b.start <= m + 7 < b.end for b in lay.in_column(c))
    )
    x = int(lay.column_rect(column).x + lay.column_width / 2)
    y = int(lay.y_of(minute + 7))  # 7 minutes into the quarter hour
    canvas.select(lay.blocks[0].row.id)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert canvas.selected() is None, "a click on free time lets go of the booking"
    with qtbot.waitSignal(canvas.empty_activated) as offered:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    chosen, start = offered.args
    assert chosen == column
    assert start == lay.instant(minute)
    assert start.tzinfo is not None
    local = start.astimezone(lay.zone)
    assert local.date() == lay.day
    assert local.minute % 15 == 0


def test_arrows_move_between_bookings_and_enter_opens_the_one_selected(qtbot, desk: Desk) -> None:
    canvas, _ = open_day(qtbot, desk)
    lay = canvas.layout_
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    first = min(lay.blocks, key=lambda b: (b.start, b.column))
    assert canvas.selected() == first.row.id, "the first arrow picks the day's first booking"
    same = sorted(lay.in_column(first.column), key=lambda b: (b.start, b.lane))
    if len(same) > 1:
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
        assert canvas.selected() == same[1].row.id
        qtbot.keyClick(canvas, Qt.Key.Key_Up)
        assert canvas.selected() == first.row.id
    filled = [c for c in range(len(lay.columns)) if lay.in_column(c)]
    qtbot.keyClick(canvas, Qt.Key.Key_Right if first.column != filled[-1] else Qt.Key.Key_Left)
    assert lay.by_id[canvas.selected()].column != first.column, "left/right go to the next artist"
    with qtbot.waitSignal(canvas.block_activated) as activated:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert activated.args == [canvas.selected()]


def test_an_artist_at_the_desk_sees_a_colleagues_booking_only_as_busy(qtbot, desk: Desk, demo: DemoStudio) -> None:
    _, everything = open_day(qtbot, desk)
    artist = next(a for a in demo.artist_ids if any(r.artist_id == a and r.client_name for r in everything))
    canvas, rows = open_day(qtbot, desk, viewer=artist)
    theirs = [r for r in rows if r.artist_id != artist]
    assert theirs
    hidden = {r.client_full_name for r in everything if r.artist_id != artist and r.client_full_name}
    hidden |= {r.client_name for r in everything if r.artist_id != artist and r.client_name}
    for row in theirs:
        drawn = canvas.painted[row.id]
        assert "Busy" in drawn
        assert "!" not in drawn
        said = " ".join(drawn) + canvas.description(row)
        assert not any(name in said for name in hidden), said
    own = next(r for r in rows if r.artist_id == artist and r.client_name)
    assert own.client_name in canvas.painted[own.id], "their own bookings in full"


def test_the_current_time_line_shows_only_on_today(qtbot, desk: Desk) -> None:
    canvas, _ = open_day(qtbot, desk)
    lay = canvas.layout_
    noon = lay.instant(12 * 60)
    canvas.set_now(noon)
    image = canvas.grab().toImage()
    y = int(lay.y_of(12 * 60))
    x = int(lay.column_rect(1).x)  # between the first two columns, where no block is drawn
    assert image.pixelColor(x, y).red() > 200
    assert image.pixelColor(x, y).green() < 100, "a red line at noon"
    canvas.set_now(noon + dt.timedelta(days=1))
    assert canvas.grab().toImage().pixelColor(x, y).green() > 100, "not on another day"


def test_a_booking_in_conflict_is_outlined_in_red_and_a_cancelled_one_is_faded(qtbot, desk: Desk) -> None:
    canvas, rows = open_day(qtbot, desk)
    lay = canvas.layout_
    plain = [r for r in rows if r.client_name and not r.health_alert and r.status not in ("cancelled", "no_show")]
    clash, gone = plain[0], plain[1]
    changed = [
        replace(r, in_conflict=True) if r.id == clash.id else replace(r, status="cancelled") if r.id == gone.id else r
        for r in rows
    ]
    before = canvas.grab().toImage()
    canvas.set_day(lay.day, changed, lay.columns, canvas._opening, {}, lay.zone, None)
    image = canvas.grab().toImage()
    edge = canvas.layout_.by_id[clash.id].rect
    red = image.pixelColor(int(edge.x + edge.w / 2), int(edge.y + 1))
    assert red.red() > 180
    assert red.green() < 120, "a red outline"
    assert any("Cancelled" in line for line in canvas.painted[gone.id])
    faded = canvas.layout_.by_id[gone.id].rect
    x, y = int(faded.x + 2), int(faded.y + faded.h / 2)  # the artist's colour bar
    assert image.pixelColor(x, y).lightness() > before.pixelColor(x, y).lightness(), "faded"


def test_only_the_bookings_in_the_part_to_repaint_are_painted(qtbot, desk: Desk) -> None:
    canvas, _ = open_day(qtbot, desk)
    lay = canvas.layout_
    strip = QRect(0, 0, canvas.width(), int(lay.y_of(lay.first + 60)))  # the first hour
    canvas.painted.clear()
    canvas.render(QImage(canvas.size(), QImage.Format.Format_ARGB32), QPoint(), QRegion(strip))
    touching = {b.row.id for b in lay.blocks if b.rect.y < strip.bottom() + 1}
    assert canvas.painted
    assert set(canvas.painted) <= touching
    assert len(touching) < len(lay.blocks)


def test_a_short_window_scrolls_to_the_booking_the_arrows_reach(qtbot, desk: Desk) -> None:
    canvas, _ = open_day(qtbot, desk, size=(1024, 300))
    bar = canvas.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0, "at 300 px the day scrolls (the hours keep their height)"
    lay = canvas.layout_
    latest = max(lay.blocks, key=lambda b: b.start)
    canvas.setFocus()
    canvas.select(latest.row.id)
    assert bar.value() > 0
    viewport = canvas.scroll_area.viewport()
    top = canvas.mapTo(viewport, QPoint(int(latest.rect.x), int(latest.rect.y))).y()
    assert 0 <= top < viewport.height(), "the booking reached is on screen"


def test_the_artists_names_stay_on_top_while_the_hours_scroll(qtbot, desk: Desk) -> None:
    canvas, _ = open_day(qtbot, desk, size=(1024, 300))
    area = canvas.scroll_area
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: canvas.y() == -bar.maximum())
    lay = canvas.layout_
    header = lay.header_rect(0)
    shown = area.viewport().grab().toImage()
    assert shown.pixelColor(int(header.x + 6), int(HEADER / 2)) == QColor(lay.columns[0].color)
    top = -canvas.y()
    offered = []
    canvas.empty_activated.connect(lambda *args: offered.append(args))
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(header.x + 20), top + 5))
    assert offered == [], "a double-click on the names books nothing"
    for row_id in list(lay.by_id)[:3]:
        canvas.select(row_id)
        block_top = canvas.mapTo(area.viewport(), QPoint(0, int(lay.by_id[row_id].rect.y))).y()
        assert block_top >= HEADER, "a booking reached by the arrows is not under the names"


def test_badges_for_a_first_visit_a_change_not_yet_synced_and_who_booked_are_drawn_and_said(qtbot, desk: Desk) -> None:
    canvas, rows = open_day(qtbot, desk)
    lay = canvas.layout_
    plain = [r for r in rows if r.client_name and not r.busy and r.kind != "block"]
    new, waiting, clash = plain[0], plain[1], plain[2]
    changed = [
        replace(r, first_visit=True, booked_by="Rita")
        if r.id == new.id
        else replace(r, pending=True)
        if r.id == waiting.id
        else replace(r, in_conflict=True, artist_color="#d32f2f")
        if r.id == clash.id
        else r
        for r in rows
    ]
    canvas.set_day(lay.day, changed, lay.columns, canvas._opening, {}, lay.zone, None)
    image = canvas.grab().toImage()
    assert "1st" in canvas.painted[new.id]
    said = canvas.description(next(r for r in changed if r.id == new.id))
    assert "First visit" in said
    assert "Booked by Rita" in said
    assert "pending" in canvas.painted[waiting.id]
    assert "Not yet synced" in canvas.description(next(r for r in changed if r.id == waiting.id))
    corner = canvas.layout_.by_id[waiting.id].rect
    dark = image.pixelColor(int(corner.right - 2), int(corner.bottom - 2))
    assert dark.lightness() < 90, "a dark corner: not yet on the server"
    assert "Resolve" in canvas.painted[clash.id], "a booking in conflict says Resolve, even on a red artist"
    canvas.select(new.id)
    assert "First visit" in canvas.accessibleDescription()
    assert "Booked by Rita" in canvas.accessibleDescription()


def test_time_off_is_drawn_hatched(qtbot, desk: Desk) -> None:
    canvas, rows = open_day(qtbot, desk)
    lay = canvas.layout_
    row = next(r for r in rows if r.client_name and not r.health_alert)
    off = replace(row, kind="block", client_name=None, notes="Lunch", status="booked")
    canvas.set_day(lay.day, [off], lay.columns, canvas._opening, {}, lay.zone, None)
    rect = canvas.layout_.by_id[off.id].rect
    image = canvas.grab().toImage()
    shades = {
        image.pixelColor(int(rect.x + 10 + i), int(rect.y + rect.h - 6)).rgb() for i in range(min(40, int(rect.w) - 14))
    }
    assert len(shades) > 1, "stripes, not a flat fill"
    assert "Lunch" in canvas.description(off)
