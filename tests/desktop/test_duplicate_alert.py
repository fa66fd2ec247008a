""" "Possible duplicate of a client with a health alert": a booking made on a second record of a
client with a health alert (the same phone, e-mail or document, no alert of its own) says so in
the calendar, the booking dialog and the artist's day, until the records are merged; an artist
never learns it of a colleague's booking."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QScrollArea

from kronos_core.demo import DemoStudio
from kronos_core.hours import spans_on
from kronos_desktop.app import Desk
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import my_day as my_day_q
from kronos_desktop.store.queries import staff as staff_q
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.store.queries.viewer import Viewer
from kronos_desktop.ui.agenda.day_canvas import DayCanvas
from kronos_desktop.ui.agenda.day_layout import artist_columns
from kronos_desktop.ui.agenda.day_list import AgendaModel
from kronos_desktop.ui.agenda.my_day import BookingCard
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.booking_helpers import DAY, START, ZONE, act, book, day_rows, new_client, open_dialog

TWIN = "Possible duplicate of a client with a health alert"


@pytest.fixture
def language() -> str:
    return "en"


def _twins(qtbot: Any, window: MainWindow, demo: DemoStudio) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """Beatriz (allergic to latex), Bia (her phone, no alert) booked with the first artist, and
    a client with no twin booked after her."""
    new_client(qtbot, window, "Beatriz Wqz Souza", phone="+5511955558888", allergies="Alergia a látex")
    bia = new_client(qtbot, window, "Bia Wqz", phone="+5511955558888")
    plain = new_client(qtbot, window, "Otto Qqz", phone="+5511955559999")
    first = book(qtbot, window, demo.artist_ids[0], bia)
    book(qtbot, window, demo.artist_ids[0], plain, START.replace(hour=START.hour + 3))
    return bia, first, plain


def _canvas(qtbot: Any, desk: Desk, rows: list[AgendaRow]) -> DayCanvas:
    with desk.store.read_engine.connect() as conn:
        here = desk_q.here(conn)
        staff = staff_q.staff_list(conn)
    area = QScrollArea()
    area.setWidgetResizable(True)
    canvas = DayCanvas()
    area.setWidget(canvas)
    qtbot.addWidget(area)
    canvas.scroll_area = area  # type: ignore[attr-defined]  # kept alive with the canvas
    columns = artist_columns(staff.rows, staff.opening, DAY, rows)
    canvas.set_day(DAY, rows, columns, spans_on(staff.opening, (), DAY), {}, here.zone, here.now())
    area.resize(1280, 720)
    area.show()
    qtbot.waitExposed(area)
    canvas.grab()
    return canvas


def test_the_calendar_shows_it_on_the_block_and_in_the_list(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    bia, booking, _plain = _twins(qtbot, window, demo)
    rows = day_rows(desk)
    assert [(r.client_id == bia, r.health_alert, r.health_twin) for r in rows] == [
        (True, None, True),
        (False, None, False),
    ]
    canvas = _canvas(qtbot, desk, rows)
    assert TWIN in canvas.painted[booking]  # the amber "?" badge
    assert all(TWIN not in canvas.painted[r.id] for r in rows if r.id != booking)
    model = AgendaModel()
    model.set_day(rows, ZONE)
    alerts = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Alerts")
    shown = [model.data(model.index(n, alerts, QModelIndex())) for n in range(model.rowCount())]
    tips = [model.data(model.index(n, alerts, QModelIndex()), Qt.ItemDataRole.ToolTipRole) for n in range(2)]
    assert shown[0] == "⚠ Possible duplicate"
    assert tips[0] == TWIN
    assert not shown[1]


def test_the_booking_dialog_shows_it_where_the_health_alert_goes(
    qtbot: Any, window: MainWindow, demo: DemoStudio
) -> None:
    _bia, booking, _plain = _twins(qtbot, window, demo)
    dialog = open_dialog(qtbot, window, appointment_id=booking)
    qtbot.waitUntil(lambda: dialog.finder.health.isVisible(), timeout=10_000)
    assert dialog.finder.health.text() == TWIN


def test_merging_the_records_ends_it(qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio) -> None:
    bia, _booking, _plain = _twins(qtbot, window, demo)
    with desk.store.read_engine.connect() as conn:
        beatriz = conn.exec_driver_sql("SELECT id FROM client WHERE full_name = 'Beatriz Wqz Souza'").scalar_one()
    act(qtbot, window, "client.merge", {"keep_id": str(uuid.UUID(beatriz)), "merged_id": str(bia)})
    rows = day_rows(desk)
    assert rows[0].health_alert == "Alergia a látex"  # the booking moved to the kept record
    assert not any(r.health_twin for r in rows)


def test_the_artist_sees_it_on_their_day_and_never_on_a_colleagues_booking(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    _bia, booking, _plain = _twins(qtbot, window, demo)
    mine, colleague = demo.artist_ids[0], demo.artist_ids[1]
    with desk.store.read_engine.connect() as conn:
        theirs = my_day_q.my_day(conn, DAY, Viewer(mine, False), mine)
        other = my_day_q.my_day(conn, DAY, Viewer(colleague, False), mine)
    assert [b.row.health_twin for b in theirs.bookings if b.row.id == booking] == [True]
    assert all(not b.row.health_twin for b in other.bookings)  # their own day only
    card = BookingCard(next(b for b in theirs.bookings if b.row.id == booking), theirs)
    qtbot.addWidget(card)
    assert card.alert is not None
    assert card.alert.text() == "⚠ " + TWIN
    with desk.store.read_engine.connect() as conn:
        seen_by_colleague = [r for r in day_rows_as(desk, conn, colleague) if r.id == booking]
    assert [(r.busy, r.client_id, r.health_twin) for r in seen_by_colleague] == [(True, None, False)]


def day_rows_as(desk: Desk, conn: Any, artist: uuid.UUID) -> list[AgendaRow]:
    from kronos_desktop.store.queries import agenda as agenda_q

    here = desk_q.here(conn)
    assert here.studio_id is not None
    return agenda_q.agenda(conn, here.studio_id, DAY, ZONE, viewer_id=artist, sees_all=False)
