"""Dragging on the drawn day (ui/agenda/day_canvas.py, day_drag.py) with the real mouse: a drag
over free time chooses a snapped range, a block dragged to another column and time says where,
onto a booking or time off its ghost turns red and says "Clash", Esc lets go, its bottom edge
resizes it, a colleague's "busy" block and a cancelled one stay put, a right click or the Menu key
asks for a block's menu, and Alt+arrows do from the keyboard what the mouse does. Nothing is
changed by the canvas itself: it only says what was asked. A small day made here, in English."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from kronos_core.hours import Span
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui.agenda.day_canvas import DayCanvas
from kronos_desktop.ui.agenda.day_layout import Column, StationRef, station_columns

ZONE = zoneinfo.ZoneInfo("America/Sao_Paulo")
DAY = dt.date(2026, 3, 10)
OPEN = (Span(10 * 60, 19 * 60),)
ANA, BIA = uuid.uuid4(), uuid.uuid4()
BED1, BED2 = uuid.uuid4(), uuid.uuid4()
COLUMNS = [Column(ANA, "Ana", "#fb8c00"), Column(BIA, "Bia", "#1e88e5")]


@pytest.fixture
def language() -> str:
    return "en"


def at(hhmm: str) -> dt.datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return dt.datetime.combine(DAY, dt.time(hours, minutes), tzinfo=ZONE).astimezone(dt.UTC)


def booking(artist: uuid.UUID, start: str, end: str, **changes: object) -> AgendaRow:
    row = AgendaRow(
        id=uuid.uuid4(), starts_at=at(start), ends_at=at(end), kind="session", status="booked",
        in_conflict=False, notes=None, artist_name="Ana" if artist == ANA else "Bia",
        artist_color="#fb8c00" if artist == ANA else "#1e88e5", client_id=uuid.uuid4(),
        client_name="Carla", client_full_name="Carla Souza", station_name=None, health_alert=None,
        artist_id=artist,
    )  # fmt: skip
    return replace(row, **changes)  # type: ignore[arg-type]


MINE = booking(ANA, "10:00", "11:00", station_id=BED1, station_name="Bed 1")
THEIRS = booking(BIA, "13:00", "14:00", station_id=BED2, station_name="Bed 2")
BUSY = booking(BIA, "15:00", "16:00", busy=True, client_name=None, client_full_name=None)
GONE = booking(ANA, "15:00", "16:00", status="cancelled")
OFF = booking(ANA, "17:00", "18:00", kind="block", client_name=None, client_full_name=None, notes="Lunch")
ROWS = [MINE, THEIRS, BUSY, GONE, OFF]


def open_canvas(qtbot, size=(1280, 720), **day: object) -> DayCanvas:  # type: ignore[no-untyped-def]
    area = QScrollArea()
    area.setWidgetResizable(True)
    canvas = DayCanvas()
    area.setWidget(canvas)
    qtbot.addWidget(area)
    canvas.area = area  # type: ignore[attr-defined]  # kept alive with the canvas
    args: dict[str, object] = {"rows": ROWS, "columns": COLUMNS} | day
    canvas.set_day(DAY, args["rows"], args["columns"], OPEN, {}, ZONE, None, grouping=day.get("grouping", "artist"))  # type: ignore[arg-type]
    area.resize(*size)
    area.show()
    qtbot.waitExposed(area)
    canvas.setFocus()
    return canvas


def point(canvas: DayCanvas, column: int, hhmm: str, dx: float = 0.5) -> QPoint:
    """A point in ``column`` at ``hhmm`` (``dx`` across the column)."""
    lay = canvas.layout_
    hours, minutes = map(int, hhmm.split(":"))
    body = lay.column_rect(column)
    return QPoint(int(body.x + body.w * dx), int(lay.y_of(hours * 60 + minutes)))


def hold_and_move(canvas: DayCanvas, *points: QPoint, held: bool = True) -> None:
    """The mouse moved with the left button held (QTest's move sends no button), or not."""
    buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
    for p in points:
        event = QMouseEvent(
            QEvent.Type.MouseMove, QPointF(p), QPointF(canvas.mapToGlobal(p)),
            Qt.MouseButton.NoButton, buttons, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(canvas, event)


def hover(canvas: DayCanvas, p: QPoint) -> Qt.CursorShape:
    """The cursor's shape with the mouse over ``p``, no button held."""
    hold_and_move(canvas, p, held=False)
    return canvas.cursor().shape()


def drag(qtbot, canvas: DayCanvas, start: QPoint, *path: QPoint) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    hold_and_move(canvas, *path)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=path[-1])


def recorder(signal) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    seen: list[tuple[object, ...]] = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def test_a_drag_over_free_time_chooses_a_range_snapped_to_quarter_hours(qtbot, translated: str) -> None:
    canvas = open_canvas(qtbot)
    chosen = recorder(canvas.range_chosen)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=point(canvas, 1, "10:07"))
    hold_and_move(canvas, point(canvas, 1, "10:40"), point(canvas, 1, "11:20"))
    ghost = canvas.ghost()
    assert ghost is not None
    assert not ghost.clash
    assert canvas.ghost_text(ghost).startswith("10:00"), "the times show while dragging"
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=point(canvas, 1, "11:20"))
    assert chosen == [(BIA, at("10:00"), at("11:30"))]
    assert canvas.ghost() is None
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point(canvas, 1, "12:07"))
    assert len(chosen) == 1, "a click without a drag chooses nothing"
    drag(qtbot, canvas, point(canvas, 0, "12:50"), point(canvas, 0, "12:20"), point(canvas, 0, "11:40"))
    assert chosen[-1] == (ANA, at("11:30"), at("13:00")), "upwards too"


def test_a_block_dragged_to_another_column_and_time_says_where(qtbot, translated: str) -> None:
    canvas = open_canvas(qtbot)
    moved = recorder(canvas.block_moved)
    drag(qtbot, canvas, point(canvas, 0, "10:10"), point(canvas, 0, "10:40"), point(canvas, 1, "11:12"))
    assert moved == [(MINE.id, BIA, at("11:00"), at("12:00"))], "the length is kept, the start snapped"
    assert canvas.layout_.by_id[MINE.id].column == 0, "the canvas moves nothing itself"


def test_onto_a_booking_or_time_off_the_ghost_turns_red_and_esc_lets_go(qtbot, translated: str) -> None:
    canvas = open_canvas(qtbot)
    moved = recorder(canvas.block_moved)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=point(canvas, 0, "10:10"))
    hold_and_move(canvas, point(canvas, 0, "10:40"), point(canvas, 1, "13:40"))
    ghost = canvas.ghost()
    assert ghost is not None
    assert ghost.clash
    assert ghost.column == 1
    assert canvas.ghost_text(ghost).startswith("Clash")
    image = canvas.grab().toImage()
    spot = point(canvas, 1, "14:10", 0.5)
    colour = image.pixelColor(spot)
    assert colour.red() > max(colour.green(), colour.blue()) + 40, "a red ghost"
    hold_and_move(canvas, point(canvas, 0, "17:20"))
    assert canvas.ghost().clash, "time off clashes too"  # type: ignore[union-attr]
    hold_and_move(canvas, point(canvas, 0, "15:20"))
    assert not canvas.ghost().clash, "a cancelled booking frees its time"  # type: ignore[union-attr]
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.ghost() is None
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=point(canvas, 0, "15:20"))
    assert moved == [], "Esc cancelled the drag"


def test_the_bottom_edge_resizes_a_block_within_its_limits(qtbot, translated: str) -> None:
    canvas = open_canvas(qtbot)
    resized = recorder(canvas.block_resized)
    rect = canvas.layout_.by_id[MINE.id].rect
    edge = QPoint(int(rect.x + rect.w / 2), int(rect.bottom - 2))
    assert hover(canvas, edge) == Qt.CursorShape.SizeVerCursor, "the cursor says it resizes"
    assert hover(canvas, QPoint(edge.x(), int(rect.y + 12))) == Qt.CursorShape.OpenHandCursor
    drag(qtbot, canvas, edge, point(canvas, 0, "11:10"), point(canvas, 0, "11:35"))
    assert resized == [(MINE.id, at("10:00"), at("11:30"))]
    drag(qtbot, canvas, edge, point(canvas, 0, "10:30"), point(canvas, 0, "09:00"))
    assert resized[-1] == (MINE.id, at("10:00"), at("10:15")), "never shorter than 15 minutes"


def test_a_colleagues_busy_block_and_a_cancelled_one_do_not_drag(qtbot, translated: str) -> None:
    canvas = open_canvas(qtbot)
    moved = recorder(canvas.block_moved)
    for row, column in ((BUSY, 1), (GONE, 0)):
        drag(
            qtbot,
            canvas,
            point(canvas, column, "15:20"),
            point(canvas, column, "16:00"),
            point(canvas, column, "17:00"),
        )
        assert canvas.ghost() is None
        assert hover(canvas, point(canvas, column, "15:30")) == Qt.CursorShape.ArrowCursor
        assert canvas.fixed_text(row), "the tooltip says why"
    assert moved == []
    assert "Cancelled" in (canvas.fixed_text(GONE) or "")
    assert canvas.fixed_text(MINE) is None


def test_a_drag_near_the_bottom_of_a_short_view_scrolls_it(qtbot, translated: str) -> None:
    canvas = open_canvas(qtbot, size=(1024, 300))
    bar = canvas.area.verticalScrollBar()  # type: ignore[attr-defined]
    assert bar.maximum() > 0
    assert bar.value() == 0
    viewport = canvas.area.viewport()  # type: ignore[attr-defined]
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=point(canvas, 1, "10:07"))
    hold_and_move(canvas, point(canvas, 1, "10:40"), QPoint(point(canvas, 1, "10:40").x(), viewport.height() - 5))
    qtbot.waitUntil(lambda: bar.value() > 40, timeout=3000)
    end = canvas.ghost().end  # type: ignore[union-attr]
    assert end > 11 * 60, "the range follows the scroll"
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    value = bar.value()
    qtbot.wait(100)
    assert bar.value() == value, "it stops with the drag"


def test_station_columns_place_blocks_by_station_and_a_drag_between_them_names_the_station(
    qtbot, translated: str
) -> None:
    columns = station_columns([StationRef(BED1, "Bed 1"), StationRef(BED2, "Bed 2")], ROWS, "No station")
    assert [c.key for c in columns] == [BED1, BED2, None]
    canvas = open_canvas(qtbot, columns=columns, grouping="station")
    lay = canvas.layout_
    assert lay.columns[lay.by_id[MINE.id].column].key == BED1
    assert lay.columns[lay.by_id[THEIRS.id].column].key == BED2
    assert lay.columns[lay.by_id[BUSY.id].column].key is None, "no station: its own column"
    assert canvas.grouping() == "station"
    assert "Ana" in canvas.description(MINE), "the artist is named on a station's column"
    moved = recorder(canvas.block_moved)
    drag(qtbot, canvas, point(canvas, 0, "10:10"), point(canvas, 0, "10:40"), point(canvas, 1, "11:12"))
    assert moved == [(MINE.id, BED2, at("11:00"), at("12:00"))]


def test_the_keyboard_moves_resizes_and_opens_the_menu_of_the_selected_block(qtbot, translated: str) -> None:
    canvas = open_canvas(qtbot)
    moved, resized = recorder(canvas.block_moved), recorder(canvas.block_resized)
    menus = recorder(canvas.block_menu_requested)
    canvas.select(MINE.id)
    alt, shift = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(canvas, Qt.Key.Key_Down, alt)
    qtbot.keyClick(canvas, Qt.Key.Key_Up, alt)
    qtbot.keyClick(canvas, Qt.Key.Key_Right, alt)
    assert moved == [
        (MINE.id, ANA, at("10:15"), at("11:15")),
        (MINE.id, ANA, at("09:45"), at("10:45")),
        (MINE.id, BIA, at("10:00"), at("11:00")),
    ]
    qtbot.keyClick(canvas, Qt.Key.Key_Down, alt | shift)
    qtbot.keyClick(canvas, Qt.Key.Key_Up, alt | shift)
    assert resized == [(MINE.id, at("10:00"), at("11:15")), (MINE.id, at("10:00"), at("10:45"))]
    assert canvas.selected() == MINE.id, "Alt+arrows do not change the selection"
    qtbot.keyClick(canvas, Qt.Key.Key_Menu)
    qtbot.keyClick(canvas, Qt.Key.Key_F10, shift)
    assert [m[0] for m in menus] == [MINE.id, MINE.id]
    canvas.select(GONE.id)
    qtbot.keyClick(canvas, Qt.Key.Key_Down, alt)
    assert len(moved) == 3, "a cancelled booking does not move"
    qtbot.mouseClick(canvas, Qt.MouseButton.RightButton, pos=point(canvas, 1, "13:20"))
    assert menus[-1][0] == THEIRS.id
    assert canvas.selected() == THEIRS.id


def test_a_refresh_of_the_day_keeps_a_drag_going_unless_its_block_is_gone(qtbot, translated: str) -> None:
    canvas = open_canvas(qtbot)
    moved = recorder(canvas.block_moved)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=point(canvas, 0, "10:10"))
    hold_and_move(canvas, point(canvas, 0, "10:40"))
    canvas.set_day(DAY, ROWS, COLUMNS, OPEN, {}, ZONE, None)  # the hub said something changed
    assert canvas.ghost() is not None
    hold_and_move(canvas, point(canvas, 1, "11:12"))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=point(canvas, 1, "11:12"))
    assert moved == [(MINE.id, BIA, at("11:00"), at("12:00"))]
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=point(canvas, 0, "10:10"))
    hold_and_move(canvas, point(canvas, 0, "10:40"))
    canvas.set_day(DAY, [r for r in ROWS if r.id != MINE.id], COLUMNS, OPEN, {}, ZONE, None)
    assert canvas.ghost() is None, "its booking is gone: the drag lets go"
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=point(canvas, 1, "11:12"))
    assert len(moved) == 1


def test_the_top_edge_changes_when_a_block_starts_keeping_its_end(qtbot, translated: str) -> None:
    canvas = open_canvas(qtbot)
    resized = recorder(canvas.block_resized)
    rect = canvas.layout_.by_id[THEIRS.id].rect
    edge = QPoint(int(rect.x + rect.w / 2), int(rect.y + 2))
    assert hover(canvas, edge) == Qt.CursorShape.SizeVerCursor
    drag(qtbot, canvas, edge, point(canvas, 1, "12:50"), point(canvas, 1, "12:32"))
    assert resized == [(THEIRS.id, at("12:30"), at("14:00"))]
    drag(qtbot, canvas, edge, point(canvas, 1, "13:30"), point(canvas, 1, "13:58"))
    assert resized[-1] == (THEIRS.id, at("13:45"), at("14:00")), "never shorter than 15 minutes"
