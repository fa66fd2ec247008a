"""The time-off dialog on the demo desk: a day off over an artist's bookings lists them (Move…
asks the window to open one, Cancel cancels it with the time off as its reason), Save is refused
naming those left, then the series is saved and its block is in the agenda's read; a weekly
series over three weeks makes three blocks; a mistake is said at its field and nothing is saved."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from sqlalchemy import func, select

from kronos_core.demo import DemoStudio
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, appointment, studio, time_off_series
from kronos_desktop.app import Desk
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries.common import zone_or_default
from kronos_desktop.ui.agenda.time_off_dialog import TimeOffDialog
from kronos_desktop.ui.agenda.time_off_form import SEVERAL, WEEKLY
from kronos_desktop.ui.common import fmt
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    """The messages are read in English here (the desk's own language is tested elsewhere)."""
    return "en"


def _busy_day(desk: Desk, demo: DemoStudio) -> tuple[uuid.UUID, dt.date, set[uuid.UUID]]:
    """An artist and a day to come (Monday to Saturday, opening 10:00-20:00) with at least two
    bookings, and every active row of theirs that a whole day off would overlap."""
    a = appointment.c
    with desk.ctx.reader.connect() as conn:
        zone = zone_or_default(conn.execute(select(studio.c.timezone)).scalar_one())
        today = dt.datetime.now(zone).date()
        for offset in range(2, 30):
            day = today + dt.timedelta(days=offset)
            if day.weekday() == 6:
                continue
            start = dt.datetime.combine(day, dt.time(10), tzinfo=zone)
            end = dt.datetime.combine(day, dt.time(20), tzinfo=zone)
            for artist in demo.artist_ids:
                rows = conn.execute(
                    select(a.id, a.kind).where(
                        a.artist_id == artist,
                        a.deleted.is_(False),
                        a.status.in_(ACTIVE_APPOINTMENT_STATUSES),
                        a.starts_at < end,
                        a.ends_at > start,
                    )
                ).all()
                if sum(1 for r in rows if r.kind != "block") >= 2:
                    return artist, day, {r.id for r in rows}
    raise AssertionError("no artist with two bookings on a day to come in the demo")


def _series_count(desk: Desk) -> int:
    with desk.ctx.reader.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(time_off_series)).scalar_one())


def _forget_typed(dialog: TimeOffDialog) -> None:
    """Closing with something typed asks first (a modal box): a test that stopped short closes quietly."""
    dialog.form.reason.clear()
    dialog.form.excluded.list.clear()


def _open(qtbot: Any, desk: Desk, artist: uuid.UUID | None = None, day: dt.date | None = None) -> TimeOffDialog:
    dialog = TimeOffDialog(desk.ctx, artist, day)
    qtbot.addWidget(dialog, before_close_func=_forget_typed)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot, desk.ctx)
    return dialog


def test_a_day_off_over_bookings_lists_them_and_saves_once_none_is_left(
    qtbot: Any, desk: Desk, demo: DemoStudio
) -> None:
    artist, day, overlapping = _busy_day(desk, demo)
    before = _series_count(desk)
    dialog = _open(qtbot, desk, artist, day)
    qtbot.keyClicks(dialog.form.reason, "Convention")
    with qtbot.waitSignal(dialog.held_shown):
        qtbot.mouseClick(dialog.form.whole_day, Qt.MouseButton.LeftButton, pos=dialog.form.whole_day.rect().center())
    assert {h.id for h in dialog.held} == overlapping
    assert dialog.form.start.time() == QTime(10, 0)
    first = dialog.held_rows[0]
    assert fmt.date_text(day) in first.words

    # Save is refused, naming the bookings; nothing is saved.
    with qtbot.waitSignal(dialog.held_shown):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisible()
    assert dialog.held_rows[0].words in dialog.problem.text()
    assert _series_count(desk) == before
    assert dialog.isVisible()

    # Move… asks the window to open the booking.
    move_row = next(r for r in dialog.held_rows if not r.move_button.isHidden())
    with qtbot.waitSignal(dialog.edit_requested) as asked:
        qtbot.mouseClick(move_row.move_button, Qt.MouseButton.LeftButton)
    assert asked.args == [move_row.booking.id]

    # Cancel takes each off the list, cancelled with the time off as its reason.
    cancelled = dialog.held_rows[0].booking.id
    left = len(dialog.held)
    qtbot.mouseClick(dialog.held_rows[0].cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.held) == left - 1 and desk.ctx.reads.idle())
    assert cancelled not in {h.id for h in dialog.held}
    with desk.ctx.reader.connect() as conn:
        status, reason = conn.execute(
            select(appointment.c.status, appointment.c.cancellation_reason).where(appointment.c.id == cancelled)
        ).one()
    assert status == "cancelled"
    assert reason == dialog.cancel_reason()
    assert "Convention" in reason
    while dialog.held_rows:
        left = len(dialog.held)
        qtbot.mouseClick(dialog.held_rows[0].cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda left=left: len(dialog.held) < left and desk.ctx.reads.idle())

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _series_count(desk) == before + 1
    with desk.ctx.reader.connect() as conn:
        zone = zone_or_default(conn.execute(select(studio.c.timezone)).scalar_one())
        rows = agenda_q.agenda(conn, demo.studio_id, day, zone)
        series = conn.execute(select(appointment.c.id).where(appointment.c.series_id == saved.args[0])).all()
    blocks = [
        r for r in rows if r.kind == "block" and r.artist_id == artist and r.status in ACTIVE_APPOINTMENT_STATUSES
    ]
    assert [b.id for b in blocks] == [series[0].id]
    assert blocks[0].notes == "Convention"
    assert blocks[0].starts_at.astimezone(zone).time() == dt.time(10)
    assert blocks[0].ends_at.astimezone(zone).time() == dt.time(20)


def test_a_weekly_series_over_three_weeks_makes_three_blocks(qtbot: Any, desk: Desk, demo: DemoStudio) -> None:
    first = desk.ctx.today() + dt.timedelta(days=1)
    dialog = _open(qtbot, desk, demo.artist_ids[2], first)
    qtbot.keyClicks(dialog.form.reason, "Aula")
    dialog.form.mode.button(WEEKLY).click()
    dialog.form.last.setDate(fmt.qdate(first + dt.timedelta(days=20)))
    dialog.form.start.setTime(QTime(7, 0))  # before the studio opens: nothing held
    with qtbot.waitSignal(dialog.held_shown):
        dialog.form.end.setTime(QTime(8, 30))
    assert dialog.held == []
    assert [b.isChecked() for b in dialog.form.weekday_boxes].count(True) == 1
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with desk.ctx.reader.connect() as conn:
        zone = zone_or_default(conn.execute(select(studio.c.timezone)).scalar_one())
        a = appointment.c
        blocks = conn.execute(
            select(a.starts_at, a.ends_at, a.kind, a.artist_id)
            .where(a.series_id == saved.args[0])
            .order_by(a.starts_at)
        ).all()
    assert len(blocks) == 3
    assert [b.starts_at.astimezone(zone).date() for b in blocks] == [first + dt.timedelta(days=7 * i) for i in range(3)]
    assert all(b.kind == "block" and b.artist_id == demo.artist_ids[2] for b in blocks)
    assert all(b.ends_at - b.starts_at == dt.timedelta(minutes=90) for b in blocks)


@pytest.fixture
def dialog(qtbot: Any, desk: Desk, demo: DemoStudio) -> TimeOffDialog:
    return _open(qtbot, desk, demo.artist_ids[0], desk.ctx.today() + dt.timedelta(days=3))


def _save_refused(qtbot: Any, dialog: TimeOffDialog, desk: Desk) -> None:
    before = _series_count(desk)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    assert dialog.problem.isVisible()
    assert dialog.isVisible()
    assert _series_count(desk) == before


def test_days_the_wrong_way_round_or_over_a_year_are_said_at_the_days(
    qtbot: Any, dialog: TimeOffDialog, desk: Desk
) -> None:
    form = dialog.form
    form.mode.button(SEVERAL).click()
    form.last.setDate(form.first.date().addDays(-2))
    assert form.days_problem.isVisible()
    assert form.days_problem.text() == "The last day is before the first."
    _save_refused(qtbot, dialog, desk)
    form.mode.button(WEEKLY).click()
    form.last.setDate(form.first.date().addDays(400))
    assert form.days_problem.isVisible()
    assert "a year" in form.days_problem.text()
    _save_refused(qtbot, dialog, desk)


def test_no_weekday_and_a_span_of_nothing_are_said_where_they_are(
    qtbot: Any, dialog: TimeOffDialog, desk: Desk
) -> None:
    form = dialog.form
    form.mode.button(WEEKLY).click()
    form.last.setDate(form.first.date().addDays(30))
    for box in form.weekday_boxes:
        box.setChecked(False)
    assert form.weekday_problem.isVisible()
    assert form.weekday_problem.text() == "Choose at least one weekday."
    _save_refused(qtbot, dialog, desk)
    form.weekday_boxes[2].setChecked(True)
    assert not form.weekday_problem.isVisible()
    form.start.setTime(QTime(14, 0))
    form.end.setTime(QTime(14, 0))
    assert form.time_problem.isVisible()
    assert form.time_problem.text() == "The time off must last more than zero minutes."
    _save_refused(qtbot, dialog, desk)
    form.end.setTime(QTime(13, 0))
    assert form.time_problem.text() == "The end is before the start."
    _save_refused(qtbot, dialog, desk)


def test_the_dialog_fits_a_small_screen(dialog: TimeOffDialog) -> None:
    dialog.form.mode.button(WEEKLY).click()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024
    assert hint.height() <= 560
    dialog.resize(1000, 560)
    assert dialog.save_button.isVisible()
