""" "Already registered?" before a client is created (ui/clients/duplicate_prompt.py), in the
calendar's quick-create: open that one, create anyway, or go back to the form."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTreeWidget

from kronos_core.demo import DemoStudio
from kronos_core.duplicates import Person
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.store.queries.duplicates import Duplicate
from kronos_desktop.ui.clients.duplicate_prompt import (
    DuplicateAction,
    DuplicatePrompt,
    ask_about_duplicates,
    masked_phone,
)
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.booking_helpers import START, day_rows, new_client, open_dialog
from tests.desktop.duplicate_helpers import answer_duplicates
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def _quick_create(qtbot: Any, window: MainWindow, demo: DemoStudio, name: str, phone: str) -> Any:
    dialog = open_dialog(qtbot, window, artist_id=demo.artist_ids[0], starts_at=START)
    qtbot.mouseClick(dialog.finder.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.finder.new_name, name)
    qtbot.keyClicks(dialog.finder.new_phone, phone)
    settle(qtbot, window.ctx)
    return dialog


def test_a_similar_name_is_shown_before_the_quick_create_and_create_anyway_registers_them(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    new_client(qtbot, window, "Zuleika Wpqx Prado", allergies="Alergia a látex")  # no phone
    dialog = _quick_create(qtbot, window, demo, "zuleika wpqx prado", "(21) 93456-0000")
    seen: list[list[str]] = []
    answer_duplicates("duplicateCreate", seen)
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    name, phone, last, why = seen[0]
    assert name == "⚠ Zuleika Wpqx Prado"  # their health alert is flagged
    assert (phone, last, why) == ("", "never", "similar name")
    assert [r.client_full_name for r in day_rows(desk)] == ["zuleika wpqx prado"]  # created anyway


def test_cancel_goes_back_to_the_form_with_what_was_typed_and_saves_nothing(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    new_client(qtbot, window, "Yolanda Qwz", phone="+5511955551234")
    dialog = _quick_create(qtbot, window, demo, "Yoli", "(11) 95555-1234")
    seen: list[list[str]] = []
    answer_duplicates("duplicateCancel", seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    assert seen == [["Yolanda Qwz", "+55 (11) 95555-1234", "never", "same phone"]]
    assert dialog.isVisible()
    assert dialog.finder.creating()
    assert (dialog.finder.new_name.text(), dialog.finder.new_phone.text()) == ("Yoli", "(11) 95555-1234")
    assert day_rows(desk) == []


def test_nothing_alike_asks_nothing(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    settle(qtbot, window.ctx)
    choice = ask_about_duplicates(window, desk.ctx, Person("Xerxes Qqq Vvv", phone="+5511911112222"))
    assert choice.action is DuplicateAction.CREATE


def test_an_artist_sees_a_phone_masked_and_enter_opens_the_first(qtbot: Any, window: MainWindow, desk: Desk) -> None:
    found = [Duplicate(uuid.uuid4(), "Vera Lúcia Souza", "Verinha", "+5511987654321", None, None, None, [])]
    assert masked_phone("+5511987654321") == "+** (**) *****-4321"
    desk.ctx.who.set(None, Role.ARTIST)
    prompt = DuplicatePrompt(desk.ctx, found, window)
    qtbot.addWidget(prompt)
    prompt.show()
    table = prompt.findChild(QTreeWidget, "duplicateList")
    assert table is not None
    item = table.topLevelItem(0)
    assert item is not None
    assert item.text(0) == "Vera Lúcia Souza (Verinha)"
    assert item.text(1) == "+** (**) *****-4321"
    open_button = prompt.findChild(QPushButton, "duplicateOpen")
    assert open_button is not None
    assert open_button.isDefault()  # Enter opens that one; it never creates a second record
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert prompt.choice.action is DuplicateAction.OPEN
    assert prompt.choice.client_id == found[0].id
