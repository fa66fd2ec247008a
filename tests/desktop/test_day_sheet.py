"""Print the day (issue 12): the day sheet saved as PDF and printed from the same painting, read
back with pypdf: every artist, the times and the clients; an artist at the desk prints their own
clients and a colleague's bookings only as "Busy"; a long day runs onto more pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment, client, staff
from kronos_desktop.app import Desk
from kronos_desktop.store.queries import day_sheet as sheet_q
from kronos_desktop.store.queries.common import day_bounds
from kronos_desktop.store.queries.viewer import Viewer
from kronos_desktop.ui.agenda import day_sheet
from kronos_desktop.ui.agenda.print_dialog import PrintDayDialog
from kronos_desktop.ui.common import fmt
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"  # the sheet's words reach the pt_BR catalogue when the lead runs lupdate


def pdf_text(path: Path) -> tuple[int, str]:
    """The pages of the PDF at ``path`` and its text, each run of blanks one space."""
    reader = PdfReader(str(path))
    return len(reader.pages), " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def busiest_artist(desk: Desk, demo: DemoStudio, day: dt.date) -> uuid.UUID:
    start, end = day_bounds(day, desk.ctx.zone())
    a = appointment.c
    with desk.store.read_engine.connect() as conn:
        booked = Counter(
            conn.execute(
                select(a.artist_id).where(
                    a.client_id.is_not(None), a.deleted.is_(False), a.starts_at < end, a.ends_at > start
                )
            ).scalars()
        )
    assert len(booked) > 1
    found: uuid.UUID = booked.most_common(1)[0][0]
    return found


def everyone_sheet(desk: Desk, day: dt.date) -> sheet_q.DaySheet:
    with desk.store.read_engine.connect() as conn:
        return sheet_q.day_sheet(conn, day, Viewer.everyone())


def save(qtbot: Any, dialog: PrintDayDialog, path: Path) -> tuple[int, str]:
    qtbot.waitUntil(dialog.pdf_button.isEnabled)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        dialog.save_pdf(path)
    assert blocker.args is not None
    assert blocker.args[0] == path
    pages, text = pdf_text(path)
    assert pages == blocker.args[1]
    return pages, text


def flat(text: str) -> str:
    return " ".join(text.split())


def shown_name(name: str) -> str:
    """What of a client's name surely fits its column (a long one is cut with "…")."""
    return name[:18].rstrip()


def test_the_whole_studios_day_as_pdf_has_every_artist_time_and_client(qtbot: Any, desk: Desk, tmp_path: Path) -> None:
    day = desk.ctx.today()
    sheet = everyone_sheet(desk, day)
    rows = [r for a in sheet.artists for r in a.rows]
    assert any(r.client_name for r in rows)
    assert any(r.health_alert for r in rows)
    dialog = PrintDayDialog(desk.ctx, day)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint())
    assert dialog.sizeHint().width() <= 1024
    assert dialog.sizeHint().height() <= 600
    pages, text = save(qtbot, dialog, tmp_path / "day.pdf")
    assert pages >= 1
    assert sheet.studio_name in text
    assert flat(fmt.date_text(day, long=True)) in text
    for artist in sheet.artists:
        assert artist.name in text
    zone = sheet.zone
    for row in rows:
        assert flat(fmt.time_text(row.starts_at, zone)) in text
        if row.client_name:
            assert shown_name(row.client_name) in text
    assert "Health alert:" in text
    assert "Time off" in text  # the demo's lunch breaks, without their reason


def test_the_print_is_painted_like_the_pdf(qtbot: Any, desk: Desk, tmp_path: Path) -> None:
    day = desk.ctx.today()
    dialog = PrintDayDialog(desk.ctx, day)
    qtbot.addWidget(dialog)
    _pages, saved_text = save(qtbot, dialog, tmp_path / "saved.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    day_sheet.a4_portrait(printer)
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        dialog.print_to(printer)
    _printed_pages, printed_text = pdf_text(tmp_path / "printed.pdf")
    assert printed_text == saved_text


def test_an_artist_prints_their_clients_and_colleagues_only_as_busy(
    qtbot: Any, desk: Desk, demo: DemoStudio, tmp_path: Path
) -> None:
    day = desk.ctx.today()
    artist = busiest_artist(desk, demo, day)
    full = everyone_sheet(desk, day)
    own = {r.id for a in full.artists if a.id == artist for r in a.rows}
    theirs = {  # what the artist's own bookings show (a colleague's client may share an allergy's words)
        t
        for a in full.artists
        if a.id == artist
        for r in a.rows
        for t in (r.client_name, r.client_full_name, r.notes, r.health_alert)
        if t
    }
    colleagues = {
        t
        for a in full.artists
        if a.id != artist
        for r in a.rows
        for t in (r.client_name, r.client_full_name, r.notes, r.health_alert)
        if t
    } - theirs
    colleagues = {t for t in colleagues if not any(t in a.name for a in full.artists)}  # "Rafa" is an artist too
    assert own
    assert colleagues
    with desk.store.read_engine.connect() as conn:
        name = conn.execute(select(staff.c.display_name).where(staff.c.id == artist)).scalar_one()
        phones = set(conn.execute(select(client.c.phone).where(client.c.phone.is_not(None))).scalars())
    desk.ctx.who.set(artist, Role.ARTIST, name)
    settle(qtbot, desk.ctx)
    dialog = PrintDayDialog(desk.ctx, day)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.pdf_button.isEnabled)
    assert [dialog.artist.itemData(i) for i in range(dialog.artist.count())] == [None, artist]
    _pages, text = save(qtbot, dialog, tmp_path / "artist.pdf")
    own_parts = {part for t in theirs for part in t.split("\n")}
    for secret in colleagues:
        for part in secret.split("\n"):
            if part in own_parts:
                continue  # the artist's own client has the same words (a common allergy)
            assert shown_name(part) not in text, f"{part!r} of a colleague's booking is on the artist's sheet"
    assert "Busy" in text
    for artist_row in (r for a in full.artists if a.id == artist for r in a.rows):
        if artist_row.client_name:
            assert shown_name(artist_row.client_name) in text
    assert not any(phone and phone in text for phone in phones)


def test_a_long_day_runs_onto_more_pages_with_the_artist_named_again(desk: Desk, tmp_path: Path) -> None:
    sheet = everyone_sheet(desk, desk.ctx.today())
    first = max(sheet.artists, key=lambda a: len(a.rows))  # the demo's day, whatever hour it is
    assert first.rows
    many = [  # at least 48 rows: more than a page holds, whoever was booked today
        dataclasses.replace(row, id=uuid.uuid4(), starts_at=row.starts_at + dt.timedelta(minutes=n))
        for n in range(max(12, -(-48 // len(first.rows))))
        for row in first.rows
    ]
    others = [a for a in sheet.artists if a.id != first.id]
    long_sheet = dataclasses.replace(sheet, artists=[dataclasses.replace(first, rows=many), *others])
    path = tmp_path / "long.pdf"
    pages = day_sheet.save_pdf(path, long_sheet)
    read_pages, text = pdf_text(path)
    assert pages == read_pages > 1
    assert f"{first.name} (continued)" in text
    assert f"Page {pages} of {pages}" in text
    for row in many:
        assert flat(fmt.time_range_text(row.starts_at, row.ends_at, sheet.zone)) in text


def test_a_pdf_that_cannot_be_written_says_so(qtbot: Any, desk: Desk, tmp_path: Path, shown: Any) -> None:
    dialog = PrintDayDialog(desk.ctx, desk.ctx.today())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.pdf_button.isEnabled)
    dialog.save_pdf(tmp_path / "no-such-folder" / "day.pdf")
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] == "printDayFailed"
    assert "could not be saved" in dialog.status.text()


def test_one_artists_sheet_holds_only_theirs(qtbot: Any, desk: Desk, demo: DemoStudio, tmp_path: Path) -> None:
    day = desk.ctx.today()
    artist = demo.artist_ids[1]
    full = everyone_sheet(desk, day)
    dialog = PrintDayDialog(desk.ctx, day, artist)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.pdf_button.isEnabled)
    assert dialog.artist_id() == artist
    _pages, text = save(qtbot, dialog, tmp_path / "one.pdf")
    for sheet_artist in full.artists:
        assert (sheet_artist.name in text) == (sheet_artist.id == artist)
