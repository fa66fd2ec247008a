"""The sync in the window: the status bar's states, the progress bar, the conflicts inbox with
its one-click resolutions, and the question before quitting with changes waiting."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kronos_desktop import i18n
from kronos_desktop.app import Desk as AppDesk
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import LocalStore
from kronos_desktop.sync.engine import Backoff, Phase, StateChanged, SyncEngine, SyncState
from kronos_desktop.sync.inbox import load_inbox
from kronos_desktop.sync.steps import Progress
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.sync.inbox import ConflictsDialog, ConflictsModel
from tests.desk_sync.conftest import Studio, booking, new_client
from tests.desk_sync.fake_server import FakeTransport
from tests.desktop.modal import answer_box
from tests.desktop.reads import settle

pytestmark = pytest.mark.gui


def wait_for(qtbot, predicate, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        qtbot.wait(20)


def open_app_desk(
    studio: Studio, qapp: QApplication, transport: FakeTransport | None = None, **engine: Any
) -> Iterator[AppDesk]:
    """A desk of the studio, opened as the app opens it (in English), with its engine on the fake
    server (through ``transport``); closed, and the language back to pt_BR, after the test."""
    test_desk = studio.desk("front")
    folder = test_desk.folder
    test_desk.close()
    studio.desks.remove(test_desk)
    i18n.install(qapp, "en")
    desk = AppDesk(LocalStore.open(folder), "en")
    desk.transport = transport or FakeTransport(studio.server)  # type: ignore[attr-defined]
    backoff = Backoff(base=0.05, cap=0.1)
    desk.sync.attach(SyncEngine(desk.store, desk.writer, desk.transport, poll_interval=3600, backoff=backoff, **engine))  # type: ignore[attr-defined]
    yield desk
    desk.close()
    i18n.install(qapp, "pt_BR")


@pytest.fixture
def app_desk(studio: Studio, qapp: QApplication) -> Iterator[AppDesk]:
    """A desk of the studio, opened as the app opens it, with its engine on the fake server."""
    yield from open_app_desk(studio, qapp)


@pytest.fixture
def window(qtbot, app_desk: AppDesk) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(app_desk.ctx, None)
    win.confirm_quit = False  # teardown closes it
    qtbot.addWidget(win)
    win.show()
    return win


def test_status_bar_follows_the_engine(qtbot, window: MainWindow, app_desk: AppDesk) -> None:  # type: ignore[no-untyped-def]
    wait_for(qtbot, lambda: window.status.sync_label.text() == "Synced just now")
    app_desk.transport.offline = True  # type: ignore[attr-defined]
    app_desk.runner.run(MutationOp("client.create", new_client("Sem rede")))
    wait_for(qtbot, lambda: window.status.sync_label.text() == "Offline · 1 change waiting")
    assert "Trying again in" in window.status.sync_label.toolTip()
    assert window.status.sync_label.accessibleName() == "Sync state: Offline · 1 change waiting"
    assert window.status.sync_label.property("tone") == "warn"  # in the warning colour
    app_desk.transport.offline = False  # type: ignore[attr-defined]
    wait_for(qtbot, lambda: window.status.sync_label.text() == "Synced just now")
    assert window.status.sync_label.property("tone") == ""


def test_progress_bar_and_other_states(window: MainWindow, app_desk: AppDesk) -> None:
    adapter = app_desk.sync
    adapter._on_event(StateChanged(SyncState(Phase.SYNCING, pending=62, progress=Progress("push", 50, 62))))
    bar = window.status.sync_progress
    assert bar.isVisible()
    assert (bar.value(), bar.maximum(), bar.text()) == (50, 62, "Sending changes: 50 of 62")
    adapter._on_event(StateChanged(SyncState(Phase.SYNCING, progress=Progress("download", 1500, None, True))))
    assert (bar.maximum(), bar.format()) == (0, "Downloading the studio: %v records")
    adapter._on_event(StateChanged(SyncState(Phase.NEEDS_UPDATE, pending=3)))
    assert not bar.isVisible()
    assert window.status.sync_label.text() == "Update KRONOS to sync · 3 changes kept"
    adapter._on_event(StateChanged(SyncState(Phase.NEEDS_SIGN_IN, pending=1)))
    assert window.status.sync_label.text() == "Sign in again to sync · 1 change waiting"
    adapter._on_event(StateChanged(SyncState(Phase.SYNCED, conflicts=2, predicted=1)))
    assert window.status.conflicts_button.isVisible()
    assert window.status.conflicts_button.text() == "2 conflicts to review"
    assert "1 waiting change may conflict" in window.status.sync_label.toolTip()


def test_the_status_bar_in_portuguese(qapp: QApplication, window: MainWindow, app_desk: AppDesk) -> None:
    i18n.install(qapp, "pt_BR")
    app_desk.sync._on_event(StateChanged(SyncState(Phase.OFFLINE, pending=2)))
    assert window.status.sync_label.text() == "Sem conexão · 2 alterações aguardando"


def test_synced_counts_the_time_since_the_last_sync(
    qtbot, qapp: QApplication, window: MainWindow, app_desk: AppDesk
) -> None:  # type: ignore[no-untyped-def]
    status = window.status
    wait_for(qtbot, lambda: app_desk.sync.state().phase is Phase.SYNCED and app_desk.sync.state().pending == 0)
    now = app_desk.store.now()
    synced = [SyncState(Phase.SYNCED, last_sync_at=now - dt.timedelta(seconds=s)) for s in (12, 300, 7200)]
    app_desk.sync._on_event(StateChanged(synced[0]))
    assert status.sync_label.text() == "Synced 12 seconds ago"
    assert status._ticker.isActive(), "the text goes on counting"
    app_desk.sync._on_event(StateChanged(synced[1]))
    assert status.sync_label.text() == "Synced 5 minutes ago"
    app_desk.sync._on_event(StateChanged(synced[2]))
    assert status.sync_label.text().startswith("Synced at ")
    # It counts on by itself while nothing else happens.
    app_desk.sync._on_event(StateChanged(SyncState(Phase.SYNCED, last_sync_at=now - dt.timedelta(seconds=58))))
    status._ticker.setInterval(50)
    wait_for(qtbot, lambda: status.sync_label.text() == "Synced 1 minute ago")
    i18n.install(qapp, "pt_BR")
    twelve = app_desk.store.now() - dt.timedelta(seconds=12)
    app_desk.sync._on_event(StateChanged(SyncState(Phase.SYNCED, last_sync_at=twelve)))
    assert status.sync_label.text() == "Sincronizado há 12 segundos"
    app_desk.sync._on_event(StateChanged(SyncState(Phase.OFFLINE, pending=1)))
    assert not status._ticker.isActive(), "offline: nothing to count"


def clash(studio: Studio) -> None:
    """Two desks book the same artist at the same time; the other desk's arrives first."""
    other = studio.desk("other")
    cid = other.apply("client.create", new_client("Ana")).args.client_id
    other.steps.sync()
    other.apply("appointment.book", booking(studio.owner_id, cid, 3))
    other.steps.sync()
    return None


def test_conflicts_inbox_resolves_with_one_click_and_a_confirmation(  # type: ignore[no-untyped-def]
    qtbot, studio: Studio, window: MainWindow, app_desk: AppDesk
) -> None:
    wait_for(qtbot, lambda: app_desk.sync.state().phase is Phase.SYNCED)
    clash(studio)
    app_desk.sync.sync_now()  # as the server's event would
    wait_for(qtbot, lambda: bool(load_clients(app_desk)))
    mine = booking(studio.owner_id, load_clients(app_desk)[0], 4)
    app_desk.runner.run(MutationOp("appointment.book", mine))
    wait_for(qtbot, lambda: app_desk.sync.state().conflicts == 1 and app_desk.sync.state().pending == 0)
    wait_for(qtbot, lambda: window.status.conflicts_button.isVisible())
    qtbot.mouseClick(window.status.conflicts_button, Qt.MouseButton.LeftButton)
    dialog = window.conflicts_dialog
    assert isinstance(dialog, ConflictsDialog)
    view = dialog.view
    settle(qtbot, app_desk.ctx)  # the inbox's read is in
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    assert set(view.buttons) == {"cancel_mine", "cancel_theirs", "move", "reassign", "dismiss"}
    assert "Clashing booking: Ana with Rita" in view.details.text()
    asked: list[dict[str, str]] = []
    answer_box(asked, "cancelBookingYes")  # cancelling asks first
    qtbot.mouseClick(view.buttons["cancel_mine"], Qt.MouseButton.LeftButton)
    assert [a["text"] for a in asked] == ["Cancel this booking?"]
    wait_for(qtbot, lambda: app_desk.sync.state().conflicts == 0 and app_desk.sync.state().pending == 0)
    server_conflicts = [r for (t, _), r in studio.server.rows().items() if t == "sync_conflict"]
    assert [c["status"] for c in server_conflicts] == ["resolved"]
    wait_for(qtbot, lambda: view.model.rowCount() == 0)
    assert view.empty_label.isVisible()


def load_clients(app_desk: AppDesk) -> list[str]:
    with app_desk.store.read_engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT id FROM client")]


def test_predicted_conflicts_are_shown_but_never_offered(
    qtbot, studio: Studio, window: MainWindow, app_desk: AppDesk, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    wait_for(qtbot, lambda: app_desk.sync.state().phase is Phase.SYNCED)
    clash(studio)
    app_desk.sync.sync_now()
    wait_for(qtbot, lambda: bool(load_clients(app_desk)))
    # Offline, this desk books over a booking it already has: it predicts the clash.
    app_desk.transport.offline = True  # type: ignore[attr-defined]
    mine = booking(studio.owner_id, load_clients(app_desk)[0], 3)
    app_desk.writer.submit(app_desk.store.apply, "appointment.book", mine).result()
    items = load_inbox(app_desk.store.read_engine)
    assert [(i.kind, i.predicted, i.resolutions) for i in items] == [("double_booking", True, ())]
    dialog = window.show_conflicts()
    settle(qtbot, app_desk.ctx)
    dialog.view.table.selectRow(0)
    assert dialog.view.buttons == {}, "a prediction is never offered for resolution"
    assert dialog.view.model.data(dialog.view.model.index(0, ConflictsModel.Col.STATE)) == "Predicted (not sent yet)"
    assert "has not reached the server yet" in dialog.view.details.text()
    qtmodeltester.check(dialog.view.model)


def test_quitting_with_changes_waiting_asks_first(
    qtbot, window: MainWindow, app_desk: AppDesk, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    wait_for(qtbot, lambda: app_desk.sync.state().phase is Phase.SYNCED)
    app_desk.transport.offline = True  # type: ignore[attr-defined]
    app_desk.writer.submit(app_desk.store.apply, "client.create", new_client()).result()
    app_desk.sync.sync_now()
    wait_for(qtbot, lambda: app_desk.sync.state().phase is Phase.OFFLINE)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def exec_(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window.confirm_quit = True
    assert window.close() is False
    assert asked == ["1 change has not reached the server yet."]
    answer = QMessageBox.StandardButton.Yes
    assert window.close() is True


def test_a_standalone_desk_quits_without_asking(qtbot, qapp: QApplication, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "en")
    store = LocalStore.open(tmp_path / "solo")
    desk = AppDesk(store, "en")
    try:
        win = MainWindow(desk.ctx, None)
        qtbot.addWidget(win)
        win.show()
        settle(qtbot, desk.ctx)  # the status bar's read of the desk is in
        assert win.status.sync_label.text() == "Standalone"
        assert win.waiting_changes() == 0
        assert win.close() is True
    finally:
        desk.close()
        i18n.install(qapp, "pt_BR")
