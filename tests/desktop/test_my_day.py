"""The artist's day (issue 12): today's bookings of one artist as large cards with each client's
health alerts in red, notes and the project's earlier sessions; an artist at the desk sees only
their own; it reads again when a booking changes; at 1024×600 it scrolls down, never sideways,
and no alert is cut."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.schema import appointment, client, staff
from kronos_desktop.app import Desk
from kronos_desktop.ops import MutationOp
from kronos_desktop.store.queries.common import day_bounds, health_text
from kronos_desktop.ui.agenda.my_day import MyDayView, open_my_day
from kronos_desktop.ui.common import fmt
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def todays(desk: Desk, artist: uuid.UUID | None = None) -> list[Any]:
    """Today's bookings (with their client's health alerts) from the database."""
    start, end = day_bounds(desk.ctx.today(), desk.ctx.zone())
    a, c = appointment.c, client.c
    query = (
        select(a.id, a.artist_id, a.client_id, a.notes, a.kind, c.full_name, c.preferred_name, c.allergies,
               c.medical_alerts)
        .select_from(appointment.outerjoin(client, c.id == a.client_id))
        .where(a.deleted.is_(False), a.starts_at < end, a.ends_at > start)
    )  # fmt: skip
    if artist is not None:
        query = query.where(a.artist_id == artist)
    with desk.store.read_engine.connect() as conn:
        return list(conn.execute(query))


def artist_with_an_alert(desk: Desk, demo: DemoStudio) -> uuid.UUID:
    counts = Counter(r.artist_id for r in todays(desk) if r.allergies or r.medical_alerts)
    assert counts, "the demo has a health alert today"
    found: uuid.UUID = counts.most_common(1)[0][0]
    return found


def shown_texts(qtbot: Any, view: MyDayView) -> list[str]:
    """The words on screen (a card added to the shown view appears at the next turn of the loop)."""
    qtbot.waitUntil(lambda: all(card.isVisible() for card in view.card_widgets()))
    return [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view) and label.text()]


def run(qtbot: Any, desk: Desk, name: str, args: dict[str, Any]) -> None:
    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        desk.ctx.runner.run(MutationOp(name, args))
    settle(qtbot, desk.ctx)


@pytest.fixture
def view(qtbot: Any, desk: Desk) -> MyDayView:
    made = MyDayView(desk.ctx)
    qtbot.addWidget(made)
    made.resize(1024, 600)
    made.show()
    qtbot.waitExposed(made)
    settle(qtbot, desk.ctx)
    return made


def test_the_artists_cards_show_their_clients_health_alerts_in_red(
    qtbot: Any, desk: Desk, demo: DemoStudio, view: MyDayView
) -> None:
    artist = artist_with_an_alert(desk, demo)
    assert view.artist.isVisible()  # a receptionist picks whose day
    view.set_artist(artist)
    settle(qtbot, desk.ctx)
    theirs = todays(desk, artist)
    cards = view.card_widgets()
    assert len(cards) == len(theirs)
    assert {uuid.UUID(card.property("booking_id")) for card in cards} == {r.id for r in theirs}
    alerts = [card.alert for card in cards if card.alert is not None]
    expected = [health_text(r.allergies, r.medical_alerts) for r in theirs if r.allergies or r.medical_alerts]
    assert len(alerts) == len(expected) > 0
    for alert, text in zip(sorted(alerts, key=QLabel.text), sorted(expected, key=str), strict=True):
        assert text is not None
        assert text.split("\n")[0] in alert.text()
        assert "#b3261e" in alert.styleSheet()
        assert alert.font().pointSize() >= 18
    texts = "\n".join(shown_texts(qtbot, view))
    for row in theirs:
        if row.client_id is not None:
            assert (row.preferred_name or row.full_name) in texts
        if row.notes and row.kind != "block":
            assert row.notes in texts
    assert f"{len(alerts)} with health alert" in view.summary.text()


def test_an_artist_at_the_desk_sees_only_their_own_day(
    qtbot: Any, desk: Desk, demo: DemoStudio, view: MyDayView
) -> None:
    artist = artist_with_an_alert(desk, demo)
    with desk.store.read_engine.connect() as conn:
        name = conn.execute(select(staff.c.display_name).where(staff.c.id == artist)).scalar_one()
    colleague = next(a for a in demo.artist_ids if a != artist)
    desk.ctx.who.set(artist, Role.ARTIST, name)
    settle(qtbot, desk.ctx)
    view.set_artist(colleague)  # asked for a colleague's day: still their own
    settle(qtbot, desk.ctx)
    assert not view.artist.isVisible()
    assert view.read is not None
    assert view.read.artist is not None
    assert view.read.artist.id == artist
    assert name in view.title.text()
    texts = "\n".join(shown_texts(qtbot, view))
    mine = {r.full_name for r in todays(desk, artist)}
    for row in todays(desk, colleague):
        if row.full_name and row.full_name not in mine:
            assert row.full_name not in texts
            assert (row.preferred_name or row.full_name) not in texts


def test_a_project_shows_its_earlier_sessions_and_a_change_is_read_again(
    qtbot: Any, desk: Desk, demo: DemoStudio, view: MyDayView
) -> None:
    artist = artist_with_an_alert(desk, demo)
    today_booking = next(r for r in todays(desk, artist) if r.client_id is not None and r.kind == "session")
    project_id, earlier_id = uuid7(), uuid7()
    view.set_artist(artist)
    settle(qtbot, desk.ctx)
    run(qtbot, desk, "project.create", {
        "project_id": str(project_id), "client_id": str(today_booking.client_id), "artist_id": str(artist),
        "title": "Fechamento de braço",
    })  # fmt: skip
    earlier_start = dt.datetime(2024, 6, 4, 13, 0, tzinfo=dt.UTC)
    run(qtbot, desk, "appointment.book", {
        "appointment_id": str(earlier_id), "client_id": str(today_booking.client_id), "artist_id": str(artist),
        "starts_at": earlier_start.isoformat(), "ends_at": (earlier_start + dt.timedelta(hours=3)).isoformat(),
        "kind": "session", "notes": "Contorno do braço feito", "project_id": str(project_id),
    })  # fmt: skip
    run(qtbot, desk, "appointment.edit", {
        "appointment_id": str(today_booking.id), "project_id": str(project_id), "seen": {"project_id": None},
    })  # fmt: skip
    texts = "\n".join(shown_texts(qtbot, view))  # read again on rows_changed, without being asked
    assert "Project: Fechamento de braço" in texts
    earlier = fmt.date_text(earlier_start.astimezone(desk.ctx.zone()).date())
    assert f"{earlier} · Session · Booked · Contorno do braço feito" in texts


def test_the_day_fits_1024_by_600_without_a_sideways_scroll(
    qtbot: Any, desk: Desk, demo: DemoStudio, view: MyDayView
) -> None:
    artist = artist_with_an_alert(desk, demo)
    view.set_artist(artist)
    settle(qtbot, desk.ctx)
    qtbot.waitUntil(lambda: bool(view.card_widgets()))
    view.resize(1024, 600)
    qtbot.wait(50)  # the layout settles
    assert view.width() <= 1024
    assert view.height() <= 600
    assert not view.scroller.horizontalScrollBar().isVisible()
    viewport = view.scroller.viewport().width()
    assert view.cards.width() <= viewport
    for card in view.card_widgets():
        assert card.geometry().right() <= viewport
        if card.alert is not None:
            right = card.alert.mapTo(view.cards, card.alert.rect().topRight()).x()
            assert right <= viewport, "a health alert runs past the right edge"
            assert card.alert.isVisibleTo(view)


def test_open_my_day_opens_a_window(qtbot: Any, desk: Desk) -> None:
    window = open_my_day(desk.ctx)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    settle(qtbot, desk.ctx)
    assert window.isWindow()
    assert window.objectName() == "myDayView"
    assert window.width() <= 1024
    assert window.height() <= 600
    assert window.card_widgets() or window.empty.isVisible()  # qtbot closes it (it deletes itself)


def test_a_change_keeps_the_place_the_day_was_scrolled_to(
    qtbot: Any, desk: Desk, demo: DemoStudio, view: MyDayView
) -> None:
    busiest = Counter(r.artist_id for r in todays(desk)).most_common(1)[0][0]  # a day to scroll
    view.set_artist(busiest)
    settle(qtbot, desk.ctx)
    shown_texts(qtbot, view)
    bar = view.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    place = bar.value()
    before = view.card_widgets()
    state = desk.ctx.desk()
    assert state is not None
    desk.hub.notify({"appointment": {state.studio_id}})  # a booking changed somewhere
    qtbot.waitUntil(lambda: view.card_widgets() != before)
    settle(qtbot, desk.ctx)
    qtbot.waitUntil(lambda: bar.value() == place)
