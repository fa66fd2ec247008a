"""Starting a desk: the demo studio (once, only on its own file), and a first run that sets up
a standalone studio."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kronos_core.demo import DEMO_STUDIO_ID
from kronos_desktop.app import DemoRefused, Desk, demo_refused_text, open_window, store_problem_text
from kronos_desktop.store import DamagedDatabase, DatabaseTooNew, DataFolderNotWritable, LocalStore, NotADatabase
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.welcome import WelcomeWizard
from tests.desktop.reads import settle


@pytest.fixture
def empty_desk(tmp_path: Path, translated: str) -> Iterator[Desk]:
    desk = Desk(LocalStore.open(tmp_path / "data"), translated)
    yield desk
    desk.close()


def test_demo_is_written_once_with_the_receptionist_at_the_desk(empty_desk: Desk) -> None:
    first = empty_desk.load_demo()
    assert first.created
    assert first.studio_id == DEMO_STUDIO_ID
    second = empty_desk.load_demo()
    assert not second.created
    assert second.counts["client"] == first.counts["client"]
    state = empty_desk.store.identity()
    assert state is not None
    assert state.studio_id == DEMO_STUDIO_ID
    assert state.staff_id == first.receptionist_id


def test_demo_refused_on_a_file_of_another_studio(empty_desk: Desk) -> None:
    other = empty_desk.store.ensure_identity()
    with pytest.raises(DemoRefused) as refused:
        empty_desk.load_demo()
    text = demo_refused_text(refused.value)
    assert str(empty_desk.store.path) in text
    assert str(other.studio_id) in text
    assert "--data-dir" in text
    assert empty_desk.ctx.studio() is None  # nothing was written


@pytest.mark.parametrize("error", [DataFolderNotWritable, NotADatabase, DamagedDatabase, DatabaseTooNew])
def test_store_problems_name_the_file_in_portuguese(error: type, tmp_path: Path, translated: str) -> None:
    path = tmp_path / "kronos.db"
    text = store_problem_text(error("english details", path), tmp_path)
    assert str(path) in text
    assert "english details" in text
    assert "banco de dados" in text or "pasta de dados" in text


def test_first_run_sets_up_a_standalone_studio(empty_desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window(empty_desk, None)
    qtbot.addWidget(window)
    dialog: WelcomeWizard = window.setup_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    dialog.settle_ms = 0  # the clicks come faster than a person's double click
    assert empty_desk.store.identity() is None  # nothing written before the person answers

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # Create a studio
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()  # the studio's name first
    assert empty_desk.store.identity() is None

    dialog.studio.name.setText("Estúdio Tinta Viva")
    dialog.owner.name.setText("Renata Lopes")
    dialog.owner.pin.setText("2468")
    dialog.owner.again.setText("2468")
    dialog.go(dialog.summary)
    with qtbot.waitSignal(empty_desk.hub.rows_changed, timeout=5000) as changed:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert {"studio", "staff", "replica"} <= set(changed.args[0])
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot, empty_desk.ctx)  # the views read the new studio
    assert window.windowTitle() == "KRONOS — Estúdio Tinta Viva"
    assert window.status.staff_label.text() == "No balcão: Renata Lopes (Proprietário(a))"
    assert window.status.sync_label.text() == "Independente"
    conn = sqlite3.connect(empty_desk.store.path)
    try:
        assert conn.execute("SELECT name, seq FROM outbox").fetchall() == [
            ("studio.setup", 1), ("staff.set_pin", 2), ("station.add", 3), ("studio.update", 4)
        ]  # fmt: skip
        assert conn.execute("SELECT timezone, currency FROM studio").fetchall() == [("America/Sao_Paulo", "BRL")]
    finally:
        conn.close()
    # The studio is complete: a client can be registered at once.
    window.show_section("clients")
    window.clients.open_new_client()
    new = window.clients.dialog
    assert new is not None
    new.full_name.setText("Primeira Cliente")
    with qtbot.waitSignal(empty_desk.hub.rows_changed, timeout=5000):
        new.submit()
    settle(qtbot, empty_desk.ctx)
    assert window.clients.model.rowCount() == 1


def test_quitting_the_setup_closes_the_window(empty_desk: Desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = open_window(empty_desk, None)
    qtbot.addWidget(window)
    dialog: WelcomeWizard = window.setup_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert empty_desk.store.identity() is None  # the file stays as it was: no replica, no studio
