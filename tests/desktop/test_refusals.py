"""A refused change reaches the receptionist in their language, with the names it is about.

Every code kronos_core refuses with has its text on the desk (found by reading kronos_core's
source, so a refusal added later without a text fails here), and in Portuguese a refused
booking says so in Portuguese, naming the client.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import kronos_core
from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.mutations.base import MutationError as BaseMutationError
from kronos_core.time_off import check_series
from kronos_desktop.app import Desk
from kronos_desktop.ops import MutationOp
from kronos_desktop.ui.common import fmt
from kronos_desktop.ui.common.refusals import TEXTS, refusal_text
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.conftest import Shown


def refusal_codes() -> set[str]:
    """Every ``code`` kronos_core gives a MutationError: class defaults and ``code=`` arguments."""
    codes: set[str] = set()
    for path in Path(kronos_core.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    targets = [item.target] if isinstance(item, ast.AnnAssign) else getattr(item, "targets", [])
                    if (
                        isinstance(item, ast.AnnAssign | ast.Assign)
                        and any(isinstance(t, ast.Name) and t.id == "code" for t in targets)
                        and isinstance(item.value, ast.Constant)
                        and isinstance(item.value.value, str)
                    ):
                        codes.add(item.value.value)
            elif isinstance(node, ast.keyword) and node.arg == "code" and isinstance(node.value, ast.Constant):
                codes.add(str(node.value.value))
    return codes - {"rejected"}  # the base class's default, never raised as such


def test_every_refusal_code_has_a_text_on_the_desk() -> None:
    codes = refusal_codes()
    assert {"not_found", "client_blocked", "role_not_allowed", "duplicate_id"} <= codes, "the scan finds them"
    assert codes - set(TEXTS) == set()


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_a_refused_booking_says_why_in_the_desks_language(
    window: MainWindow,
    desk: Desk,
    demo: DemoStudio,
    qtbot: QtBot,
    shown: Shown,
    language: str,
) -> None:
    client_id = uuid7()
    desk.writer.submit(
        desk.store.apply, "client.create", {"client_id": str(client_id), "full_name": "Ana Souza", "blocked": True}
    ).result()
    book = {"appointment_id": str(uuid7()), "client_id": str(client_id), "artist_id": str(demo.artist_ids[0]),
            "starts_at": "2026-12-03T14:00:00+00:00", "ends_at": "2026-12-03T16:00:00+00:00"}  # fmt: skip
    with qtbot.waitSignal(desk.runner.op_failed, timeout=5000):
        desk.runner.run(MutationOp("appointment.book", book, parent=window))
    name, text, _ = shown[0]
    assert name == "refusalDialog"
    expected = {"pt_BR": "Ana Souza está impedido(a) de agendar.", "en": "Ana Souza is blocked from booking."}
    assert expected[language] in text
    assert "blocked from booking" not in text or language == "en"


def test_an_unknown_code_shows_the_message_rather_than_nothing() -> None:
    assert refusal_text(MutationError("something new went wrong", code="from_a_newer_core")) == (
        "something new went wrong"
    )
    assert BaseMutationError is MutationError


@pytest.mark.parametrize("language", ["en"])
def test_a_time_off_refused_names_its_days_and_hours(translated: str) -> None:
    """The checks the time-off dialog and time_off.add share: the days as the desk writes dates."""
    first, last = dt.date(2026, 12, 10), dt.date(2026, 12, 3)
    with pytest.raises(MutationError) as reversed_days:
        check_series(first, last, [first.weekday()], 12 * 60, 13 * 60)
    assert refusal_text(reversed_days.value) == (
        f"The time off's last day ({fmt.date_text(last)}) is before its first ({fmt.date_text(first)})."
    )
    with pytest.raises(MutationError) as empty:
        check_series(first, first, [first.weekday()], 13 * 60, 12 * 60)
    assert refusal_text(empty.value) == "The time off ends at 12:00, which is not after it starts (13:00)."
    with pytest.raises(MutationError) as no_day:
        check_series(first, first, [first.weekday()], 12 * 60, 13 * 60, [first])
    assert refusal_text(no_day.value) == "No day is left in this time off: every day of it was taken out."
