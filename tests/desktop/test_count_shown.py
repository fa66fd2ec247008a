"""A peek at the blind close is visible, never silent (issue 16): on the demo desk a receptionist
counts the drawer R$ 10 short, confirms, reads the expected amount, cancels, counts again to match
and closes. The count shown and cancelled was recorded before the expected amount appeared
(``cash_session.count_shown``): the audit trail has both counts shown, the manager's day report
(its PDF, read back with pypdf) lists the first as "not kept" with the receptionist's name and
time, before the close as after it, while the receptionist's own report, blind until the close,
lists it only once the day is closed. The close's own count is never listed as not kept. In
English."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import audit_event, cash_count
from kronos_desktop.app import Desk
from kronos_desktop.ops import drawer as drawer_ops
from kronos_desktop.store.queries.activity import history
from kronos_desktop.ui.checkout.close_result import CloseDayDialog
from kronos_desktop.ui.checkout.drawer_panel import DrawerPanel
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.settings.history_words import entry_text
from tests.desktop.reads import settle
from tests.desktop.test_blind_close import Day, caixa, count, money, press, report, saved, words
from tests.desktop.test_drawer_reads import cash_sale, expected_by_hand, grid_for, open_or_offered, today

pytestmark = pytest.mark.usefixtures("shown")
SHOWN = "cash_session.count_shown"
RECEPTIONIST = "Larissa Menezes"


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def open_day(desk: Desk, demo: DemoStudio) -> Day:
    """The demo's today with its drawer open, a cash sale with change at this desk and a cash in
    (as tests/desktop/test_blind_close.py); the receptionist at the desk."""
    store = desk.store
    day = today(store)
    session = open_or_offered(store, day, demo.receptionist_id)
    cash_sale(store, day, 4_500, 5_000)
    drawer_ops.cash_in(session, 5_000, "Troco do banco", business_date=day).write(store)
    found = Day(desk, demo, day, session, expected_by_hand(store, day))
    found.at_desk(Role.RECEPTIONIST)
    return found


def seat(qtbot: QtBot, found: Day, panel: DrawerPanel, role: Role) -> None:
    """``role`` at the desk, and the drawer's strip drawn again for them."""
    found.at_desk(role)
    settle(qtbot, found.desk.ctx)
    qtbot.waitUntil(lambda: panel.buttons["report"].isVisible(), timeout=10_000)


def confirm(qtbot: QtBot, dialog: CloseDayDialog, amount: int) -> None:
    count(qtbot, dialog, amount)
    with qtbot.waitSignal(dialog.result_shown, timeout=10_000):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def shown_events(found: Day) -> list[dict[str, object]]:
    with found.desk.store.read_engine.connect() as conn:
        query = select(audit_event).where(audit_event.c.action == SHOWN, audit_event.c.row_id == found.session)
        return [dict(r) for r in conn.execute(query.order_by(audit_event.c.occurred_at)).mappings()]


def at_time(found: Day, event: dict[str, object]) -> str:
    detail = event["detail"]
    assert isinstance(detail, dict)
    return fmt.time_text(dt.datetime.fromisoformat(str(detail["counted_at"])), found.desk.ctx.zone())


def not_kept_lines(text: str) -> list[str]:
    return re.findall(r"Counted R\$ ?[\d.,]+ at [\d:]+(?: [AP]M)? by [^:]+?: not kept", text)


def test_a_count_shown_then_cancelled_stays_in_the_trail_and_the_report(
    qtbot: QtBot, open_day: Day, tmp_path: Path
) -> None:
    expected, short = open_day.expected, open_day.expected - 1_000  # R$ 10 short
    _view, panel = caixa(qtbot, open_day)

    # The receptionist counts R$ 10 short and confirms: the count is recorded, then shown.
    first = press(qtbot, panel, "close")
    assert isinstance(first, CloseDayDialog)
    assert shown_events(open_day) == []
    confirm(qtbot, first, short)
    (event,) = shown_events(open_day)
    assert event["staff_id"] == open_day.demo.receptionist_id
    assert event["detail"]["counted"] == short  # type: ignore[index]
    assert event["detail"]["expected"] == expected  # type: ignore[index]
    seen = words(first)
    assert money(expected) in seen, "the expected amount is on screen once recorded"
    assert f"Short: {money(1_000)} less than expected" in " ".join(seen.split())
    first.reject()  # ... and cancels: nothing is closed, the count shown stays
    settle(qtbot, open_day.desk.ctx)
    assert len(shown_events(open_day)) == 1
    with open_day.desk.store.read_engine.connect() as conn:
        assert conn.execute(select(cash_count.c.id).where(cash_count.c.session_id == open_day.session)).all() == []

    # The receptionist's report is blind while the day is open: no count shown is listed.
    blind = report(qtbot, panel)
    assert blind.blind
    assert not_kept_lines(saved(blind, tmp_path / "receptionist-open.pdf")) == []
    blind.reject()

    # A manager's report lists it already, with who counted and when.
    line = " ".join(f"Counted {money(short)} at {at_time(open_day, event)} by {RECEPTIONIST}: not kept".split())
    seat(qtbot, open_day, panel, Role.MANAGER)
    managers = report(qtbot, panel)
    assert not managers.blind
    assert not_kept_lines(saved(managers, tmp_path / "manager-open.pdf")) == [line]
    managers.reject()
    seat(qtbot, open_day, panel, Role.RECEPTIONIST)

    # Counted again to match, and closed.
    second = press(qtbot, panel, "close")
    assert isinstance(second, CloseDayDialog)
    confirm(qtbot, second, expected)
    qtbot.mouseClick(second.close_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: not isValid(second) or not second.isVisible(), timeout=10_000)
    settle(qtbot, open_day.desk.ctx)
    qtbot.waitUntil(lambda: panel.buttons["closed"].isVisible(), timeout=10_000)
    events = shown_events(open_day)
    assert len(events) == 2, "each count shown is recorded"
    with open_day.desk.store.read_engine.connect() as conn:
        (kept,) = conn.execute(select(cash_count.c.id, cash_count.c.counted).where(
            cash_count.c.session_id == open_day.session)).all()  # fmt: skip
    assert kept.counted == expected
    assert events[1]["detail"]["count_id"] == str(kept.id), "the close took the second count"  # type: ignore[index]

    # The manager's report: the first count not kept, the close's own not listed.
    seat(qtbot, open_day, panel, Role.MANAGER)
    managers = report(qtbot, panel)
    printed = saved(managers, tmp_path / "manager-closed.pdf")
    assert not_kept_lines(printed) == [line]
    assert f"Counted {money(expected)} at" not in printed
    managers.reject()

    # After the close, everyone reads it.
    seat(qtbot, open_day, panel, Role.RECEPTIONIST)
    theirs = report(qtbot, panel)
    assert not theirs.blind
    assert not_kept_lines(saved(theirs, tmp_path / "receptionist-closed.pdf")) == [line]
    theirs.reject()

    # The audit trail (the History page's Money kind) has both counts shown, in words.
    with open_day.desk.store.read_engine.connect() as conn:
        trail = [e for e in history(conn, kind="money") if e.action == SHOWN]
    assert [e.who for e in trail] == [RECEPTIONIST, RECEPTIONIST]
    texts = [entry_text(e).replace("\xa0", " ") for e in trail]
    assert f"Counted {money(short)} in the drawer and was shown the expected {money(expected)}" in texts


def test_a_day_closed_meanwhile_shows_nothing_and_records_nothing(qtbot: QtBot, open_day: Day) -> None:
    """The day is closed (as from another desk) while the receptionist counts: confirming says so
    in place, the expected amount is not shown, nothing is recorded and the count can be changed."""
    _view, panel = caixa(qtbot, open_day)
    dialog = press(qtbot, panel, "close")
    assert isinstance(dialog, CloseDayDialog)
    count(qtbot, dialog, open_day.expected - 1_000)
    drawer_ops.close_day(open_day.day, grid_for(open_day.expected), staff_id=open_day.manager).write(
        open_day.desk.store
    )
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: bool(dialog.problem.text()), timeout=10_000)
    assert "closed" in dialog.problem.text()
    assert money(open_day.expected) not in words(dialog)
    assert dialog.pages.currentIndex() == 0
    assert dialog.confirm.isEnabled()
    assert shown_events(open_day) == []
    dialog.reject()
