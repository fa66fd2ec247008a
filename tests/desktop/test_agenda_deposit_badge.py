"""The calendar block's "deposit paid" badge (issue 15) on the demo desk: once a deposit is taken
for a booking (the desk's op: the deposit and its PIX money), the agenda's read carries it for
that booking only, the drawn day paints the green "$" on its block and the week says "Deposit
paid"; a project's deposit shows on each of its sessions; an artist never sees it on a
colleague's booking (busy), but sees it on their own. In English (the source words)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ops import agenda as agenda_ops
from kronos_desktop.ui.agenda.deposit_badge import PAID
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.agenda_deposit_helpers import badge_on, take_deposit
from tests.desktop.booking_helpers import DAY, START, act, book, day_rows, new_client
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def near(color: QColor, other: QColor) -> bool:
    pairs = ((color.red(), other.red()), (color.green(), other.green()), (color.blue(), other.blue()))
    return all(abs(a - b) <= 30 for a, b in pairs)


def green_in(image: QImage, rect: Any) -> bool:
    """Whether the badge's green shows in the block's bottom right."""
    return any(
        near(image.pixelColor(x, y), PAID)
        for x in range(int(rect.right - 60), int(rect.right))
        for y in range(int(rect.bottom - 18), int(rect.bottom))
    )


def paid_on(canvas: Any, booking: Any) -> bool:
    """Whether the drawn day shows ``booking`` with its deposit paid (not while it reads again)."""
    block = canvas.layout_.by_id.get(booking)
    return block is not None and bool(block.row.deposit_paid)


def open_day(qtbot: Any, window: MainWindow) -> None:
    """The day shown again (the agenda reads it afresh)."""
    window.show_section("agenda")
    window.agenda.open_day(DAY)
    window.agenda.refresh()
    settle(qtbot, window.ctx)


def test_the_badge_shows_after_a_deposit_is_taken_for_the_booking(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    booking = book(qtbot, window, demo.artist_ids[0], new_client(qtbot, window, "Ana Sinal"))
    other = book(qtbot, window, demo.artist_ids[1], new_client(qtbot, window, "Bia Nada"))
    open_day(qtbot, window)
    canvas = window.agenda.canvas
    block = canvas.layout_.by_id[booking]
    assert not block.row.deposit_paid
    image = canvas.grab().toImage()  # painted now (on a busy machine the first paint may still wait)
    assert "Deposit paid" not in canvas.painted[booking]
    assert not green_in(image, block.rect)

    take_deposit(qtbot, window, booking)
    assert {r.id for r in day_rows(desk) if r.deposit_paid} == {booking}, "that booking, and no other"
    # The open day reads again by itself when a deposit row changes (AgendaView.TABLES).
    qtbot.waitUntil(lambda: paid_on(canvas, booking), timeout=10_000)
    assert "Deposit paid" in canvas.description(canvas.layout_.by_id[booking].row), (
        "the tooltip and screen reader say it"
    )
    image = canvas.grab().toImage()
    assert "Deposit paid" in canvas.painted[booking], "the badge is painted on the block"
    assert "Deposit paid" not in canvas.painted[other]
    assert green_in(image, canvas.layout_.by_id[booking].rect), "in the studio's green"

    week = window.agenda.week
    window.agenda.set_face("week")
    settle(qtbot, window.ctx)
    qtbot.waitUntil(lambda: booking in week.layout_.by_id, timeout=10_000)
    week.grab()  # painted
    assert "Deposit paid" in week.description(week.layout_.by_id[booking].row), "said to a screen reader"
    assert "Deposit paid" in week.painted[booking]
    assert "Deposit paid" not in week.description(week.layout_.by_id[other].row)


def test_a_project_s_deposit_shows_on_each_of_its_sessions(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    artist = demo.artist_ids[2]
    client_id = new_client(qtbot, window, "Cris Projeto")
    project_id = uuid7()
    with qtbot.waitSignal(window.ctx.runner.op_succeeded, timeout=10_000):
        window.ctx.runner.run(agenda_ops.create_project(project_id, client_id=client_id, title="Fechamento"))
    sessions = []
    for days in (0, 21):
        session = uuid7()
        start = START + dt.timedelta(days=days)
        args = {
            "appointment_id": str(session), "client_id": str(client_id), "artist_id": str(artist),
            "starts_at": start.isoformat(), "ends_at": (start + dt.timedelta(hours=3)).isoformat(),
            "kind": "session", "project_id": str(project_id),
        }  # fmt: skip
        act(qtbot, window, "appointment.book", args)
        sessions.append(session)
    assert not any(badge_on(desk, s) for s in sessions)
    take_deposit(qtbot, window, None, client_id=client_id, project_id=project_id)
    assert all(badge_on(desk, s) for s in sessions), "the project's deposit holds each session"
    open_day(qtbot, window)
    canvas = window.agenda.canvas
    qtbot.waitUntil(lambda: canvas.layout_.by_id[sessions[0]].row.deposit_paid, timeout=10_000)
    canvas.grab()  # painted now (on a busy machine the first paint may still wait)
    assert "Deposit paid" in canvas.painted[sessions[0]]


def test_an_artist_sees_no_badge_on_a_colleague_s_busy_booking(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    owner_artist, colleague = demo.artist_ids[0], demo.artist_ids[1]
    booking = book(qtbot, window, owner_artist, new_client(qtbot, window, "Dani Reserva"))
    take_deposit(qtbot, window, booking)
    assert badge_on(desk, booking)
    assert not badge_on(desk, booking, viewer=colleague), "a colleague's booking is only busy"
    assert badge_on(desk, booking, viewer=owner_artist), "its own artist sees it"

    desk.ctx.who.set(colleague, Role.ARTIST, "A colleague")
    open_day(qtbot, window)
    canvas = window.agenda.canvas
    qtbot.waitUntil(lambda: canvas.layout_.by_id[booking].row.busy, timeout=10_000)
    block = canvas.layout_.by_id[booking]
    assert not block.row.deposit_paid
    canvas.grab()
    assert "Deposit paid" not in canvas.painted[booking]
    assert not green_in(canvas.grab().toImage(), block.rect)
