"""The studio's setting for a session with no signed form (issue 14): the Settings page shows it,
a manager changes it from "Warn" to "Refuse" and it is saved with the value the page showed; a
change from another desk is followed."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_desktop.app import Desk
from kronos_desktop.ui.settings.studio_page import StudioSettingsPage
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def policy(data_dir: Path) -> str:
    conn = sqlite3.connect(data_dir / "kronos.db")
    try:
        return str(conn.execute("SELECT unsigned_form_policy FROM studio").fetchone()[0])
    finally:
        conn.close()


def open_page(qtbot: Any, desk: Desk, demo: DemoStudio) -> StudioSettingsPage:
    desk.store.set_member(demo.owner_id)
    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Owner")
    page = StudioSettingsPage(desk.ctx)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    settle(qtbot, desk.ctx)
    return page


def test_refuse_a_session_with_no_signed_form(qtbot: Any, desk: Desk, demo: DemoStudio, demo_dir: Path) -> None:
    page = open_page(qtbot, desk, demo)
    combo = page.form.unsigned_form_policy
    assert combo.currentData() == "warn"
    assert combo.currentText() == "Warn"
    assert not page.save_button.isEnabled()
    combo.setCurrentIndex(combo.findData("block"))
    assert page.changes() == {"unsigned_form_policy": "block"}
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    assert policy(demo_dir) == "block"
    assert page.form.unsigned_form_policy.currentText() == "Refuse"
    assert not page.save_button.isEnabled()  # what is shown is what the studio has


def test_a_change_from_another_desk_is_followed(qtbot: Any, desk: Desk, demo: DemoStudio, demo_dir: Path) -> None:
    page = open_page(qtbot, desk, demo)
    applied = desk.store.apply("studio.update", {"unsigned_form_policy": "block"}, staff_id=demo.owner_id)
    desk.hub.notify(applied.changed)
    settle(qtbot, desk.ctx)
    assert page.form.unsigned_form_policy.currentData() == "block"
    assert page.changes() == {}
    # Back to warn on this desk: sent with "block" as what it saw.
    combo = page.form.unsigned_form_policy
    combo.setCurrentIndex(combo.findData("warn"))
    assert page.seen()["unsigned_form_policy"] == "block"
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.ctx)
    assert policy(demo_dir) == "warn"
