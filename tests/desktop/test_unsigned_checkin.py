"""Before the needle, at the desk (ui/agenda/session_flow.py): checking in or starting a session
with no signed consent form from the agenda asks first under the studio's ``warn`` policy — a yes
checks in, "Not now" changes nothing — and under ``block`` shows the refusal and changes nothing;
a booking with a signed form is checked in without a question. In English (the words are
asserted in the source language)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.schema import appointment
from kronos_desktop.app import Desk
from kronos_desktop.ui.agenda.session_flow import SessionFlow
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.conftest import Shown
from tests.desktop.reads import settle
from tests.desktop.test_consent_badge import sign_for, today_rows


@pytest.fixture
def language() -> str:
    return "en"


def status_of(desk: Desk, appointment_id: uuid.UUID) -> str:
    with desk.store.read_engine.connect() as conn:
        return str(conn.execute(select(appointment.c.status).where(appointment.c.id == appointment_id)).scalar_one())


def waiting_session(desk: Desk, keep: Callable[[Any], bool] = lambda _row: True) -> Any:
    """A session of today not yet checked in, with no signed form: the demo's, or (a day whose
    sessions are all under way or done at the demo's present, a Saturday's) one booked for a new
    client at the end of the day, where the demo's artists are free."""
    rows = today_rows(desk)
    found = [
        r
        for r in rows
        if r.client_id and r.kind == "session" and r.status in ("booked", "confirmed") and not r.consent_signed
        if keep(r)
    ]
    if found:
        return found[0]
    zone = ZoneInfo("America/Sao_Paulo")
    today = rows[0].starts_at.astimezone(zone).date()
    starts = dt.datetime.combine(today, dt.time(17, 15), tzinfo=zone).astimezone(dt.UTC)
    ends = starts + dt.timedelta(minutes=30)
    busy = {r.artist_id for r in rows if r.starts_at < ends and r.ends_at > starts}
    artist = next(r.artist_id for r in rows if r.artist_id not in busy)
    client_id, appointment_id = uuid7(), uuid7()

    def write() -> None:
        desk.store.apply("client.create", {"client_id": str(client_id), "full_name": "Bia Sem Ficha"})
        args = {
            "appointment_id": str(appointment_id),
            "client_id": str(client_id),
            "artist_id": str(artist),
            "kind": "session",
            "starts_at": starts.isoformat(),
            "ends_at": ends.isoformat(),
        }
        desk.store.apply("appointment.book", args)

    desk.writer.submit(write).result()
    return next(r for r in today_rows(desk) if r.id == appointment_id)


def flow_of(window: MainWindow) -> SessionFlow:
    window.show_section("agenda")
    flow = window.agenda.commands.flow
    assert isinstance(flow, SessionFlow)
    return flow


def asked(qtbot: QtBot, flow: SessionFlow) -> QMessageBox:
    qtbot.waitUntil(lambda: flow.unsigned_box is not None and flow.unsigned_box.isVisible(), timeout=10_000)
    box = flow.unsigned_box
    assert box is not None
    assert QApplication.activeModalWidget() is box
    return box


def test_under_warn_check_in_asks_and_goes_on_on_yes(qtbot: QtBot, window: MainWindow, desk: Desk) -> None:
    flow = flow_of(window)
    row = waiting_session(desk)
    flow.act(row.id, "checked_in")
    box = asked(qtbot, flow)
    assert box.text() == "No signed consent form for this session. Check in anyway?"
    assert status_of(desk, row.id) == row.status, "nothing written while the question is open"
    assert [b.objectName() for b in box.buttons()] == ["unsignedFormGoOn", "unsignedFormNotNow"]
    with qtbot.waitSignal(flow.changed, timeout=10_000):
        next(b for b in box.buttons() if b.objectName() == "unsignedFormGoOn").click()
    settle(qtbot, desk.ctx)
    assert status_of(desk, row.id) == "checked_in"

    # Starting it asks again (still no form), in its own words; "Not now" leaves it checked in.
    flow.act(row.id, "in_progress")
    box = asked(qtbot, flow)
    assert box.text() == "No signed consent form for this session. Start anyway?"
    next(b for b in box.buttons() if b.objectName() == "unsignedFormNotNow").click()
    settle(qtbot, desk.ctx)
    qtbot.wait(100)
    assert status_of(desk, row.id) == "checked_in"


def test_with_a_signed_form_check_in_asks_nothing(
    qtbot: QtBot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    flow = flow_of(window)
    row = waiting_session(desk)
    sign_for(qtbot, desk, demo, row)
    with qtbot.waitSignal(flow.changed, timeout=10_000):
        flow.act(row.id, "checked_in")
    assert flow.unsigned_box is None
    assert status_of(desk, row.id) == "checked_in"


def test_under_block_the_refusal_is_shown_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, desk: Desk, demo: DemoStudio, shown: Shown
) -> None:
    desk.store.apply(
        "studio.update",
        {"unsigned_form_policy": "block", "seen": {"unsigned_form_policy": "warn"}},
        staff_id=demo.owner_id,
    )
    flow = flow_of(window)
    row = waiting_session(desk)
    failed: list[Any] = []
    desk.ctx.runner.op_failed.connect(lambda op, exc: failed.append(exc))
    flow.act(row.id, "checked_in")
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert getattr(failed[0], "code", None) == "form_not_signed"
    assert flow.unsigned_box is None, "no question: the studio does not allow it"
    (name, words, _details) = shown[0]
    assert name == "refusalDialog"
    assert "consent" in words.lower() or "form" in words.lower()
    assert status_of(desk, row.id) == row.status
