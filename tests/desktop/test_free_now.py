"""The free-now panel on the demo desk: at a moment when one artist is in a session and another
has nothing for the next hour, the panel lists the free one (with a free station) and not the
busy one, and one click on "Book walk-in" asks for a walk-in from now for the length chosen."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from kronos_core.demo import DemoStudio
from kronos_core.holidays_br import public_holidays
from kronos_core.instants import utcnow
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, appointment, studio
from kronos_desktop.app import Desk
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import replica
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.ui.agenda.free_now import FreeNowPanel
from tests.desktop.reads import settle

Spans = dict[uuid.UUID, list[tuple[dt.datetime, dt.datetime]]]


def _busy(store: LocalStore) -> tuple[Spans, Spans, Any, str | None, dt.timedelta]:
    a = appointment.c
    with store.engine.connect() as conn:
        row = conn.execute(select(studio.c.timezone, studio.c.state, studio.c.cleaning_buffer_minutes)).one()
        by_artist: Spans = {}
        by_station: Spans = {}
        for r in conn.execute(
            select(a.artist_id, a.station_id, a.starts_at, a.ends_at).where(
                a.deleted.is_(False), a.status.in_(ACTIVE_APPOINTMENT_STATUSES)
            )
        ):
            by_artist.setdefault(r.artist_id, []).append((r.starts_at, r.ends_at))
            if r.station_id is not None:
                by_station.setdefault(r.station_id, []).append((r.starts_at, r.ends_at))
    buffer = dt.timedelta(minutes=row.cleaning_buffer_minutes)
    return by_artist, by_station, zone_or_default(row.timezone), row.state, buffer


def _clash(spans: list[tuple[dt.datetime, dt.datetime]], start: dt.datetime, end: dt.datetime) -> bool:
    return any(s < end and start < e for s, e in spans)


@pytest.fixture
def moment(demo_dir: Path, demo: DemoStudio) -> tuple[dt.datetime, uuid.UUID, uuid.UUID]:
    """A time in the coming days (opening hours, not a holiday) when one artist is busy and
    another is free for an hour with a station free; the desk's clock is set just before it."""
    store = LocalStore.open(demo_dir)
    try:
        by_artist, by_station, zone, state, buffer = _busy(store)
        today = dt.datetime.now(zone).date()
        hour = dt.timedelta(hours=1)
        for offset in range(1, 30):
            day = today + dt.timedelta(days=offset)
            if day.weekday() == 6 or public_holidays(state, day, day):
                continue
            for minutes in range(11 * 60, 18 * 60, 30):
                at = dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), tzinfo=zone).astimezone(dt.UTC)
                busy = [x for x in demo.artist_ids if _clash(by_artist.get(x, []), at, at + dt.timedelta(minutes=1))]
                free = [x for x in demo.artist_ids if not _clash(by_artist.get(x, []), at, at + hour)]
                station_free = any(
                    not _clash(by_station.get(s, []), at - buffer, at + 2 * hour) for s in demo.station_ids
                )
                if busy and free and station_free:
                    offset_us = int(
                        (at - dt.timedelta(seconds=30) - utcnow()).total_seconds() * 1e6
                    )  # the desk's clock
                    with store.engine.begin() as conn:
                        conn.execute(update(replica).values(clock_offset_us=offset_us))
                    return at, busy[0], free[0]
        raise AssertionError("no moment with one artist busy and one free in the demo")
    finally:
        store.close()


@pytest.fixture
def panel(qtbot: Any, moment: object, desk: Desk) -> FreeNowPanel:
    widget = FreeNowPanel(desk.ctx)
    qtbot.addWidget(widget)
    widget.resize(300, 560)
    widget.show()
    settle(qtbot, desk.ctx)
    return widget


def test_free_now_lists_the_free_artist_and_not_the_busy_one(
    qtbot: Any, panel: FreeNowPanel, moment: tuple[dt.datetime, uuid.UUID, uuid.UUID]
) -> None:
    _at, busy, free = moment
    listed = {row.artist_id for row in panel.rows}
    assert free in listed
    assert busy not in listed
    row = next(r for r in panel.rows if r.artist_id == free)
    assert row.isVisible()
    assert row.book_button.isVisible()
    assert row.station_id is not None
    assert "·" in row.detail_label.text()


def test_book_walk_in_asks_for_now_for_the_length_chosen(
    qtbot: Any, panel: FreeNowPanel, moment: tuple[dt.datetime, uuid.UUID, uuid.UUID]
) -> None:
    at, _busy_one, free = moment
    qtbot.mouseClick(panel.length_buttons[30], Qt.MouseButton.LeftButton)
    assert panel.minutes() == 30
    row = next(r for r in panel.rows if r.artist_id == free)
    with qtbot.waitSignal(panel.book_requested) as signal:
        qtbot.mouseClick(row.book_button, Qt.MouseButton.LeftButton)
    artist_id, station_id, start, end, kind = signal.args
    assert (artist_id, kind) == (free, "walk_in")
    assert station_id == row.station_id
    assert station_id is not None
    assert at <= start <= at + dt.timedelta(minutes=1)  # now, by the desk's clock, to the minute
    assert end - start == dt.timedelta(minutes=30)


def test_the_panel_reads_again_when_a_booking_changes_and_folds(
    qtbot: Any, panel: FreeNowPanel, desk: Desk, moment: tuple[dt.datetime, uuid.UUID, uuid.UUID]
) -> None:
    with qtbot.waitSignal(panel.answered):
        desk.ctx.hub.notify({"appointment": {uuid.uuid4()}})
    qtbot.mouseClick(panel.fold_button, Qt.MouseButton.LeftButton)
    assert not panel.body.isVisible()
    assert panel.sizeHint().height() < 80
    qtbot.mouseClick(panel.fold_button, Qt.MouseButton.LeftButton)
    assert panel.body.isVisible()
    assert panel.timer.isActive()
    assert panel.timer.interval() == 60_000


def test_the_panel_fits_beside_the_calendar_at_1024(panel: FreeNowPanel) -> None:
    assert panel.minimumSizeHint().width() <= 300
    assert panel.minimumSizeHint().height() <= 300
