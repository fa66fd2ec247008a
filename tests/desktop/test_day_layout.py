"""The drawn day's geometry (ui/agenda/day_layout.py), without a screen: overlapping bookings of
one artist sit side by side, y and time convert both ways, a point names the booking under it or
the quarter hour of free time, and laying out a busy day takes well under a millisecond."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from dataclasses import replace

from kronos_core.hours import Span
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.ui.agenda.day_drag import BlockMoved, BlockResized, DayDrag, Mode
from kronos_desktop.ui.agenda.day_layout import (
    GUTTER,
    HEADER,
    MIN_HOUR_HEIGHT,
    Column,
    StationRef,
    lay_out,
    station_columns,
)

ZONE = zoneinfo.ZoneInfo("America/Sao_Paulo")
DAY = dt.date(2026, 3, 10)
OPEN = (Span(10 * 60, 19 * 60),)
ANA, BIA = uuid.uuid4(), uuid.uuid4()
COLUMNS = [Column(ANA, "Ana", "#fb8c00"), Column(BIA, "Bia", "#1e88e5")]


def at(hhmm: str) -> dt.datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return dt.datetime.combine(DAY, dt.time(hours, minutes), tzinfo=ZONE).astimezone(dt.UTC)


def booking(artist: uuid.UUID, start: str, end: str, name: str = "Client") -> AgendaRow:
    return AgendaRow(
        id=uuid.uuid4(), starts_at=at(start), ends_at=at(end), kind="session", status="booked",
        in_conflict=False, notes=None, artist_name="", artist_color="#888888", client_id=None,
        client_name=name, client_full_name=name, station_name=None, health_alert=None, artist_id=artist,
    )  # fmt: skip


def test_overlapping_bookings_of_one_artist_sit_side_by_side_and_others_keep_the_full_width() -> None:
    first, second, third = (
        booking(ANA, "10:00", "12:00"),
        booking(ANA, "11:00", "13:00"),
        booking(ANA, "12:00", "13:00"),
    )
    alone, other = booking(ANA, "14:00", "15:00"), booking(BIA, "11:00", "12:00")
    lay = lay_out(DAY, ZONE, [first, second, third, alone, other], COLUMNS, OPEN, 1280, 720)
    blocks = lay.by_id
    assert (blocks[first.id].lane, blocks[second.id].lane, blocks[third.id].lane) == (0, 1, 0)
    assert {blocks[r.id].lanes for r in (first, second, third)} == {2}
    a, b = blocks[first.id].rect, blocks[second.id].rect
    assert a.right <= b.x, "the overlapping bookings do not cover each other"
    column = lay.column_rect(0)
    assert blocks[alone.id].lanes == 1
    assert blocks[alone.id].rect.w > column.w * 0.9
    assert column.x <= a.x
    assert b.right <= column.right
    assert lay.column_rect(1).contains(blocks[other.id].rect.x, blocks[other.id].rect.y)
    assert blocks[second.id].rect.y < blocks[first.id].rect.bottom, "side by side, not stacked"


def test_y_and_time_convert_both_ways_in_the_studio_time_zone() -> None:
    lay = lay_out(DAY, ZONE, [], COLUMNS, OPEN, 1024, 600)
    assert (lay.first, lay.last) == (600, 1140)
    assert lay.y_of(600) == HEADER
    assert lay.hour_height >= MIN_HOUR_HEIGHT
    for minute in range(600, 1141, 5):
        assert abs(lay.minute_at(lay.y_of(minute)) - minute) < 1e-9
        assert lay.minute_of(lay.instant(minute)) == minute
    assert lay.instant(600) == dt.datetime(2026, 3, 10, 13, 0, tzinfo=dt.UTC)  # 10:00 in São Paulo
    assert lay.height <= 600, "the whole opening fits 1024x600 without a scrollbar"


def test_a_booking_outside_the_opening_hours_widens_the_axis_and_a_night_session_is_cut_at_midnight() -> None:
    early, late = booking(ANA, "08:30", "09:30"), booking(BIA, "22:00", "23:59")
    lay = lay_out(DAY, ZONE, [early, late], COLUMNS, OPEN, 1280, 720)
    assert (lay.first, lay.last) == (8 * 60, 24 * 60)
    assert lay.by_id[early.id].rect.y >= HEADER
    assert lay.by_id[late.id].rect.bottom <= lay.height


def test_a_point_names_the_booking_under_it_or_the_quarter_hour_of_free_time() -> None:
    row = booking(ANA, "11:00", "12:30")
    lay = lay_out(DAY, ZONE, [row], COLUMNS, OPEN, 1280, 720)
    rect = lay.by_id[row.id].rect
    assert lay.hit(rect.x + rect.w / 2, rect.y + rect.h / 2) == row.id
    free_x = lay.column_rect(1).x + 10
    y = lay.y_of(14 * 60 + 40)  # 14:40 in Bia's column
    assert lay.hit(free_x, y) == (1, at("14:30"))
    assert lay.hit(free_x, lay.y_of(14 * 60 + 30) + 0.5) == (1, at("14:30"))
    assert lay.hit(GUTTER - 5, y) is None, "the hour labels are not a column"
    assert lay.hit(free_x, HEADER - 5) is None, "nor the artists' names"
    assert lay.hit(free_x, lay.height - 1) == (1, at("18:45")), "the last quarter hour of the day"


def test_a_booking_of_someone_without_a_column_is_left_out() -> None:
    stranger = booking(uuid.uuid4(), "10:00", "11:00")
    assert lay_out(DAY, ZONE, [stranger], COLUMNS, OPEN, 1280, 720).blocks == []


def test_narrow_windows_keep_a_readable_column_width_and_hour_height() -> None:
    many = [Column(uuid.uuid4(), f"A{i}", "#888888") for i in range(12)]
    lay = lay_out(DAY, ZONE, [], many, OPEN, 1024, 300)
    assert lay.column_width >= 110
    assert lay.width > 1024, "it grows wider and scrolls"
    assert lay.hour_height == MIN_HOUR_HEIGHT
    assert lay.height > 300


def test_sixty_bookings_of_six_artists_are_all_laid_out() -> None:
    """Every booking gets its block (how fast is bench/'s calendar.day_open, not a timed test)."""
    artists = [Column(uuid.uuid4(), f"A{i}", "#888888") for i in range(6)]
    rows = []
    for i in range(60):
        start = 10 * 60 + (i * 37) % 480
        hhmm = lambda m: f"{m // 60:02d}:{m % 60:02d}"  # noqa: E731
        rows.append(booking(artists[i % 6].key, hhmm(start), hhmm(start + 30 + (i % 4) * 30)))
    lay = lay_out(DAY, ZONE, rows, artists, OPEN, 1280, 720)
    assert len(lay.blocks) == 60
    assert all(block.rect.w > 0 and block.rect.h > 0 and block.end > block.start for block in lay.blocks)


def test_station_columns_are_the_stations_given_then_any_other_booked_then_no_station() -> None:
    bed1, bed2, stray = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    on1 = replace(booking(ANA, "10:00", "11:00"), station_id=bed1)
    on_stray = replace(booking(BIA, "10:00", "11:00"), station_id=stray, station_name="Old bed")
    none = booking(ANA, "12:00", "13:00")
    stations = [StationRef(bed1, "Bed 1"), StationRef(bed2, "Bed 2")]
    columns = station_columns(stations, [on1, on_stray, none], "No station")
    assert [(c.key, c.name) for c in columns] == [
        (bed1, "Bed 1"), (bed2, "Bed 2"), (stray, "Old bed"), (None, "No station"),
    ]  # fmt: skip
    assert [c.key for c in station_columns(stations, [on1], "No station")] == [bed1, bed2], "none without a booking"
    lay = lay_out(DAY, ZONE, [on1, on_stray, none], columns, OPEN, 1280, 720, grouping="station")
    assert [lay.by_id[r.id].column for r in (on1, on_stray, none)] == [0, 2, 3]
    by_artist = lay_out(DAY, ZONE, [on1, on_stray, none], COLUMNS, OPEN, 1280, 720)
    assert [by_artist.by_id[r.id].column for r in (on1, on_stray, none)] == [0, 1, 0]


def test_a_drag_snaps_to_quarter_hours_and_a_resize_keeps_between_15_minutes_and_16_hours() -> None:
    row = booking(ANA, "10:00", "11:00")
    other = booking(ANA, "12:00", "13:00")
    lay = lay_out(DAY, ZONE, [row, other], COLUMNS, OPEN, 1280, 720)
    rect = lay.by_id[row.id].rect
    drag = DayDrag(distance=4)
    assert drag.press(lay, rect.x + 5, rect.y + 10) is Mode.MOVE
    assert drag.move(lay, rect.x + 6, rect.y + 11) is None, "under the drag distance: still a click"
    ghost = drag.move(lay, rect.x + 5, lay.y_of(11 * 60 + 50))
    assert ghost is not None
    assert ghost.clash, "onto 12:00 it clashes"
    assert (ghost.start, ghost.end) == (11 * 60 + 45, 12 * 60 + 45)
    assert drag.release(lay, rect.x + 5, lay.y_of(11 * 60 + 50)) == BlockMoved(row.id, 0, at("11:45"), at("12:45")), (
        "the desk's flow refuses the clash, not the canvas"
    )
    assert drag.press(lay, rect.x + 5, rect.bottom - 2) is Mode.RESIZE
    assert drag.release(lay, rect.x + 5, lay.height) == BlockResized(row.id, at("10:00"), at("19:00"))
    long = booking(ANA, "10:00", "11:00")
    long = replace(long, starts_at=long.starts_at - dt.timedelta(hours=12))  # began the night before
    lay = lay_out(DAY, ZONE, [long], COLUMNS, OPEN, 1280, 720)
    block = lay.by_id[long.id]
    assert drag.press(lay, block.rect.x + 5, block.rect.bottom - 2) is Mode.RESIZE
    ghost = drag.move(lay, block.rect.x + 5, lay.height)
    assert ghost is not None
    assert (lay.instant(ghost.end) - long.starts_at) <= dt.timedelta(hours=16), "16 hours at most"
