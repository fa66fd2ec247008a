"""Unexpected errors: logged with their traceback, shown in words a receptionist understands,
and the app keeps running. QMessageBox is replaced only where the dialog would block."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from kronos_desktop import logs
from kronos_desktop.app import Desk
from kronos_desktop.ops import MutationOp
from kronos_desktop.store import Applied, LocalStore
from kronos_desktop.ui.common.errors import ExceptionReporter
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.conftest import Shown


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = logs.setup_logging(tmp_path / "logs")
    assert path is not None
    yield path
    logs.shutdown_logging()


@pytest.fixture
def reporter() -> Iterator[ExceptionReporter]:
    installed = ExceptionReporter()
    installed.install()
    yield installed
    installed.uninstall()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown(
    window: MainWindow, qtbot, shown: Shown, log_file: Path, reporter: ExceptionReporter
) -> None:  # type: ignore[no-untyped-def]
    def broken_slot() -> None:
        raise RuntimeError("kaboom in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    name, text, details = shown[0]
    assert name == "unexpectedErrorDialog"
    assert str(log_file) in text
    assert "Seus dados estão seguros" in text
    assert "kaboom in a slot" in details
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "RuntimeError: kaboom in a slot" in logged
    # The app keeps running.
    window.show_section("checkout")
    qtbot.wait(50)
    assert window.isVisible()
    assert window.current_section() == "checkout"


@pytest.mark.qt_no_exception_capture
def test_exception_in_another_thread_is_shown_from_the_gui_thread(
    window: MainWindow, qtbot, shown: Shown, log_file: Path, reporter: ExceptionReporter
) -> None:  # type: ignore[no-untyped-def]
    def worker() -> None:
        raise ValueError("a background job failed")

    thread = threading.Thread(target=worker, name="job")
    with qtbot.waitSignal(reporter.reported, timeout=5000):
        thread.start()
        thread.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "a background job failed" in shown[0][2]
    assert "ValueError: a background job failed" in log_file.read_text(encoding="utf-8")


def test_unexpected_failure_on_the_writer_thread_comes_back_through_the_op(
    window: MainWindow, desk: Desk, qtbot, shown: Shown, log_file: Path
) -> None:  # type: ignore[no-untyped-def]
    def broken_write(store: LocalStore) -> Applied:
        raise OSError("disk on fire")

    with qtbot.waitSignal(desk.runner.op_failed, timeout=5000):
        desk.runner.run(MutationOp("test.broken", parent=window, write=broken_write))
    assert shown
    assert shown[0][0] == "unexpectedErrorDialog"
    assert "disk on fire" in shown[0][2]
    assert "OSError: disk on fire" in log_file.read_text(encoding="utf-8")
    # The writer thread is still there: the next op works.
    with qtbot.waitSignal(desk.hub.rows_changed, timeout=5000):
        desk.runner.run(MutationOp("client.create", {"client_id": "0190a0de-0000-7000-8000-0000000000aa",
                                                     "full_name": "Depois do Erro"}))  # fmt: skip


def test_refused_mutation_shows_its_message(window: MainWindow, desk: Desk, qtbot, shown: Shown) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(desk.runner.op_failed, timeout=5000):
        desk.runner.run(MutationOp("appointment.cancel", {"appointment_id": "0190a0de-0000-7000-8000-0000000000ab",
                                                          "cancelled_at": "2026-01-01T12:00:00+00:00"}))  # fmt: skip
    assert shown[0][0] == "refusalDialog"
    assert "Não está mais no estúdio (agendamento)" in shown[0][1]  # the desk's language (pt_BR)


@pytest.mark.qt_no_exception_capture
def test_a_refusal_naming_a_client_leaves_the_name_out_of_the_log(  # type: ignore[no-untyped-def]
    window: MainWindow, desk: Desk, qtbot, shown: Shown, log_file: Path, demo
) -> None:
    """A refusal's message may name the client ("Quésia Tavares is blocked from booking"); the
    desk's log keeps the code alone, since a log outlives an erase of that client."""
    from tests.desktop.booking_helpers import START, new_client

    client_id = new_client(qtbot, window, "Quésia Tavares", blocked=True)
    artist_id = demo.artist_ids[0]
    ends = START + dt.timedelta(hours=2)
    with qtbot.waitSignal(desk.runner.op_failed, timeout=5000):
        desk.runner.run(MutationOp("appointment.book", {
            "appointment_id": "0190a0de-0000-7000-8000-0000000000ac", "client_id": str(client_id),
            "artist_id": str(artist_id), "starts_at": START.isoformat(), "ends_at": ends.isoformat(),
            "kind": "session"}))  # fmt: skip
    assert "Quésia Tavares" in shown[-1][1]  # the receptionist is told who
    logs.shutdown_logging()
    written = log_file.read_text(encoding="utf-8")
    assert "refused: client_blocked" in written
    assert "Quésia" not in written
    assert "Tavares" not in written
