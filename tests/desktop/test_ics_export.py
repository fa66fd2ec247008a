"""Export for phones (issue 12): an artist's bookings as an .ics file that the icalendar library
parses, one event per booking in the range, times in UTC, and nothing personal beyond the
client's initials: no full name, health alert, notes or phone of any client in the database."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment, client, staff
from kronos_desktop.app import Desk
from kronos_desktop.store.queries.common import day_bounds
from kronos_desktop.store.queries.day_sheet import phone_bookings
from kronos_desktop.store.queries.viewer import Viewer
from kronos_desktop.ui.agenda.ics_dialog import IcsExportDialog, file_name
from tests.desktop.conftest import Shown
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def bookings_of(desk: Desk, artist: uuid.UUID, days: int) -> set[uuid.UUID]:
    """The artist's bookings (time off too) that overlap the next ``days`` days, from the database."""
    today = desk.ctx.today()
    zone = desk.ctx.zone()
    start = day_bounds(today, zone)[0]
    end = day_bounds(today + dt.timedelta(days=days - 1), zone)[1]
    a = appointment.c
    with desk.store.read_engine.connect() as conn:
        return set(
            conn.execute(
                select(a.id).where(a.artist_id == artist, a.deleted.is_(False), a.starts_at < end, a.ends_at > start)
            ).scalars()
        )


def personal_texts(desk: Desk) -> set[str]:
    """Every client's full name, phone, health alerts and notes, and every booking's notes."""
    c, a = client.c, appointment.c
    found: set[str] = set()
    with desk.store.read_engine.connect() as conn:
        for row in conn.execute(select(c.full_name, c.phone, c.allergies, c.medical_alerts, c.notes)):
            found.update(t.strip() for t in row if t and t.strip())
        found.update(t.strip() for t in conn.execute(select(a.notes)).scalars() if t and t.strip())
    return found


def export(qtbot: Any, dialog: IcsExportDialog, path: Path, days: int) -> tuple[bytes, int]:
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.range.setCurrentIndex(dialog.range.findData(days))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as blocker:
        dialog.export_to(path)
    assert blocker.args is not None
    written: Path = blocker.args[0]
    return written.read_bytes(), int(blocker.args[1])


def test_an_artists_month_parses_with_one_event_a_booking_and_nothing_personal(
    qtbot: Any, desk: Desk, demo: DemoStudio, tmp_path: Path, shown: Shown
) -> None:
    artist = demo.artist_ids[0]
    dialog = IcsExportDialog(desk.ctx, artist)
    qtbot.addWidget(dialog)
    assert dialog.sizeHint().width() <= 1024
    assert dialog.sizeHint().height() <= 600
    data, count = export(qtbot, dialog, tmp_path / "phone", 30)
    assert (tmp_path / "phone.ics").read_bytes() == data
    events = Calendar.from_ical(data).events
    expected = bookings_of(desk, artist, 30)
    assert expected
    assert count == len(events) == len(expected)
    assert {uuid.UUID(str(e["UID"]).removesuffix("@kronos")) for e in events} == expected
    for event in events:
        start, end = event.start, event.end
        assert isinstance(start, dt.datetime)
        assert isinstance(end, dt.datetime)
        assert start.utcoffset() == dt.timedelta(0)
        assert end > start
    assert f"{count} booking" in shown[-1][1]
    assert shown[-1][0] == "icsExported"
    text = data.decode().replace("\r\n ", "")  # long lines unfolded
    summaries = " ".join(str(e["SUMMARY"]) for e in events)
    for secret in personal_texts(desk):
        assert secret not in text, f"{secret!r} is in the phone's file"
        assert secret not in summaries
    assert any("·" in str(e["SUMMARY"]) and "." in str(e["SUMMARY"]) for e in events)  # "Session · A.S."


def test_a_year_holds_more_than_a_month(qtbot: Any, desk: Desk, demo: DemoStudio, tmp_path: Path, shown: Shown) -> None:
    artist = demo.artist_ids[1]
    dialog = IcsExportDialog(desk.ctx, artist)
    qtbot.addWidget(dialog)
    _data, month = export(qtbot, dialog, tmp_path / "month.ics", 30)
    data, year = export(qtbot, dialog, tmp_path / "year.ics", 365)
    assert year == len(bookings_of(desk, artist, 365)) >= month
    assert len(list(Calendar.from_ical(data).walk("VEVENT"))) == year


def test_an_artist_at_the_desk_exports_only_their_own(
    qtbot: Any, desk: Desk, demo: DemoStudio, tmp_path: Path, shown: Shown
) -> None:
    artist, colleague = demo.artist_ids[0], demo.artist_ids[1]
    with desk.store.read_engine.connect() as conn:
        name = conn.execute(select(staff.c.display_name).where(staff.c.id == artist)).scalar_one()
    desk.ctx.who.set(artist, Role.ARTIST, name)
    settle(qtbot, desk.ctx)
    dialog = IcsExportDialog(desk.ctx, colleague)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.export_button.isEnabled)
    assert [dialog.artist.itemData(i) for i in range(dialog.artist.count())] == [artist]
    data, count = export(qtbot, dialog, tmp_path / "mine.ics", 90)
    uids = {uuid.UUID(str(e["UID"]).removesuffix("@kronos")) for e in Calendar.from_ical(data).walk("VEVENT")}
    assert uids == bookings_of(desk, artist, 90)
    assert count == len(uids)


def test_a_file_that_cannot_be_written_says_so(
    qtbot: Any, desk: Desk, demo: DemoStudio, tmp_path: Path, shown: Shown
) -> None:
    dialog = IcsExportDialog(desk.ctx, demo.artist_ids[0])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.export_to(tmp_path / "missing" / "x.ics")
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] == "icsFailed"
    assert "could not be written" in dialog.status.text()


def test_the_suggested_file_name_is_plain() -> None:
    assert file_name("Júlia Tanaka") == "julia-tanaka.ics"
    assert file_name("") == "agenda.ics"


def test_the_read_gives_an_artist_nothing_of_a_colleagues(desk: Desk, demo: DemoStudio) -> None:
    artist, colleague = demo.artist_ids[0], demo.artist_ids[1]
    today = desk.ctx.today()
    with desk.store.read_engine.connect() as conn:
        as_artist = Viewer(artist, sees_all=False)
        assert phone_bookings(conn, colleague, today, 365, as_artist)[0] == []
        assert {r.id for r in phone_bookings(conn, artist, today, 30, as_artist)[0]} == bookings_of(desk, artist, 30)
