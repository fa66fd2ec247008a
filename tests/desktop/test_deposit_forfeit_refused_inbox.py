"""An ``expired`` forfeit the server refused because a session the deposit holds was booked
meanwhile (issue 15): the conflicts inbox lists it as a refused change and says why in the desk's
words, with the day of that session ("it holds a session still to come, on ..."), offering to
redo or dismiss it; the deposit stays held. The refusal's other cases read as the desk's text for
``deposit_not_expired`` too (kronos_desktop/ui/common/refusals_checkout.py)."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPainter

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.mutations import Actor, ApplyContext
from kronos_core.roles import Role
from kronos_core.schema import sync_conflict
from kronos_desktop.app import Desk
from kronos_desktop.ui.common.fmt import date_text
from kronos_desktop.ui.common.refusals import text_for
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.sync.inbox import ConflictsModel

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("KRONOS_SHOTS")  # a folder: screenshots at 1280×720 and 1024×600 go there


@pytest.fixture
def language() -> str:
    return "en"


def pulled_refusal(desk: Desk, demo: DemoStudio, args: dict[str, Any], params: dict[str, str]) -> uuid.UUID:
    """The ``rejected`` conflict of another desk's forfeit, as a pull writes it."""
    other_device, mutation_uuid = uuid7(), uuid7()

    def write() -> uuid.UUID:
        with desk.store.engine.begin() as conn:
            actor = Actor(demo.studio_id, Role.RECEPTIONIST, demo.receptionist_id, other_device)
            ctx = ApplyContext(conn, actor, mutation_uuid, "deposit.forfeit", utcnow(), version=10_000)
            return ctx.insert(
                sync_conflict,
                {"id": uuid7(), "kind": "rejected", "status": "open", "mutation_uuid": mutation_uuid,
                 "mutation_name": "deposit.forfeit", "table_name": None, "row_ids": [],
                 "mine": {"name": "deposit.forfeit", "args": args},
                 "theirs": {"code": "deposit_not_expired", "params": params},
                 "detail": "the deposit holds a session still to come"},
            )  # fmt: skip

    conflict_id: uuid.UUID = desk.writer.submit(write).result()
    desk.hub.notify({"sync_conflict": {conflict_id}})
    return conflict_id


def test_the_inbox_says_a_session_to_come_kept_the_deposit(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    session_day = desk.ctx.today() + dt.timedelta(days=40)
    args = {"deposit_id": str(uuid7()), "reason": "expired", "note": "", "business_date": desk.ctx.today().isoformat(),
            "at": utcnow().isoformat()}  # fmt: skip
    conflict_id = pulled_refusal(desk, demo, args, {"expires_on": "", "next_session": session_day.isoformat()})

    view = window.show_conflicts().view
    qtbot.waitUntil(lambda: view.model.find_row(conflict_id) >= 0)
    row = view.model.find_row(conflict_id)
    view.table.selectRow(row)
    assert view.model.data(view.model.index(row, ConflictsModel.Col.KIND)) == "Change refused"
    details = view.details.text()
    assert "Refused: Deposit forfeited" in details
    said = f"This deposit has not expired: it holds a session still to come, on {date_text(session_day)}."
    assert said in details
    assert "the deposit holds a session" not in details  # the server's English note is not shown
    assert set(view.buttons) == {"redo", "dismiss"}
    if SHOTS:  # the inbox over the window, as a person sees it on each screen
        dialog = window.show_conflicts()
        for width, height in ((1280, 720), (1024, 600)):
            window.resize(width, height)
            dialog.resize(min(dialog.sizeHint().width(), width - 40), min(dialog.sizeHint().height(), height - 40))
            qtbot.wait(100)
            shot = window.grab()
            inbox, painter = dialog.grab(), QPainter(shot)
            painter.drawPixmap((width - inbox.width()) // 2, (height - inbox.height()) // 2, inbox)
            painter.end()
            shot.save(str(Path(SHOTS) / f"forfeit_refused_inbox_{width}x{height}.png"))


def test_the_refusal_reads_the_day_it_is_good_until_or_that_it_never_expires(translated: str) -> None:
    day = dt.date(2026, 10, 2)
    assert text_for("deposit_not_expired", {"expires_on": day.isoformat()}, "") == (
        f"This deposit has not expired: it is valid until {date_text(day)}."
    )
    assert text_for("deposit_not_expired", {"expires_on": ""}, "") == "This deposit does not expire."
