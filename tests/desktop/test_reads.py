"""The views read off the GUI thread: on the reader thread, answers tagged with their request
(an older answer is dropped), the GUI responsive while a large day is read, and a view's window
on the database is read-only."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from kronos_desktop.app import Desk
from kronos_desktop.store import LocalStore
from kronos_desktop.ui.agenda import view as agenda_view
from kronos_desktop.ui.clients import view as clients_view
from kronos_desktop.ui.context import DeskContext
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.reads import settle


class Gate:
    """Holds the first call of a read until released, recording the thread every call ran on."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.release = threading.Event()
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __call__(self, conn: Any, *args: Any) -> Any:
        self.calls.append((threading.current_thread().name, args))
        if len(self.calls) == 1:
            assert self.release.wait(10), "the test never released the first read"
        return self.real(conn, *args)


def test_a_stale_day_is_dropped_and_reads_run_on_the_reader_thread(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.agenda
    gate = Gate(agenda_view.read_day)
    monkeypatch.setattr(agenda_view, "read_day", gate)
    shown: list[dt.date] = []
    real_show = view.show_day

    def show_day(read: agenda_view.DayRead) -> None:
        shown.append(read.day)
        real_show(read)

    monkeypatch.setattr(view, "show_day", show_day)
    today = view.day()
    tomorrow = today + dt.timedelta(days=1)
    dropped: list[object] = []
    window.ctx.reads.dropped.connect(dropped.append)

    view.refresh()  # today: held on the reader thread
    qtbot.waitUntil(lambda: len(gate.calls) == 1)
    view.navigator.set_day(tomorrow)  # the person moves on before today's answer came
    gate.release.set()
    settle(qtbot, window.ctx)

    assert [args[0] for _, args in gate.calls] == [today, tomorrow]  # both were read, in order
    assert shown == [tomorrow], "today's answer came after tomorrow was asked: never shown"
    assert len(dropped) == 1
    model = view.model
    assert {model.row_at(r).starts_at.astimezone(model.zone).date() for r in range(model.rowCount())} <= {tomorrow}
    assert [name for name, _ in gate.calls] == ["kronos-reads_0"] * 2, "never the GUI thread"
    assert threading.current_thread() is threading.main_thread()


def test_typing_fast_never_shows_an_older_search(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_section("clients")
    view = window.clients
    gate = Gate(clients_view.read_clients)
    monkeypatch.setattr(clients_view, "read_clients", gate)
    view.search.setText("silva")
    view.apply_search()  # the pause in typing: "silva" is searched (held)
    qtbot.waitUntil(lambda: len(gate.calls) == 1)
    view.search.setText("yasmin")  # typed on before the answer came
    view.apply_search()
    gate.release.set()
    settle(qtbot, window.ctx)

    names = [view.model.row_at(r).full_name for r in range(view.model.rowCount())]
    assert names, "the demo has clients called Yasmin"
    assert all("yasmin" in n.lower() for n in names), names
    assert view.model.search == "yasmin"
    assert view.count_label.text().endswith(" encontrados") or view.count_label.text().endswith(" encontrado")
    assert str(view.model.total) in view.count_label.text().replace(".", "")


def many_bookings_today(data_dir: Path, day: dt.date, copies: int) -> int:
    """Copies of the day's appointments (new ids, same times): a large-ish day, on the file."""
    conn = sqlite3.connect(data_dir / "kronos.db")
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(appointment)")]
        chosen = ", ".join("lower(hex(randomblob(16)))" if c == "id" else f"a.{c}" for c in columns)
        start = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC) - dt.timedelta(hours=6)
        micros = int(start.timestamp() * 1_000_000)
        with conn:
            conn.execute(
                f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                f"INSERT INTO appointment ({', '.join(columns)}) SELECT {chosen} FROM appointment a, n "
                f"WHERE a.deleted = 0 AND a.starts_at >= ? AND a.starts_at < ?",
                (copies, micros, micros + 36 * 3600 * 1_000_000),
            )
        return int(conn.execute("SELECT count(*) FROM appointment").fetchone()[0])
    finally:
        conn.close()


def test_a_large_day_is_read_while_the_window_keeps_ticking(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.agenda
    before = view.model.rowCount()
    total = many_bookings_today(demo_dir, view.day(), 1500)
    assert before > 0
    assert total > 20_000
    spans: list[tuple[float, float]] = []
    real = agenda_view.read_day

    threads: list[int] = []

    def timed(conn: Any, day: dt.date, *rest: Any) -> Any:
        threads.append(threading.get_ident())
        started = time.monotonic()
        try:
            return real(conn, day, *rest)
        finally:
            spans.append((started, time.monotonic()))

    monkeypatch.setattr(agenda_view, "read_day", timed)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        view.refresh()
        settle(qtbot, window.ctx, timeout=60_000)
    finally:
        timer.stop()
    ((started, ended),) = spans
    during = [t for t in ticks if started < t < ended]
    assert ended - started > 0.1, "a day large enough to take a while to read"
    assert threads != [threading.get_ident()], "read off the GUI thread"
    # The event loop went on while the day was read: the timer kept ticking (not counted against
    # the read's length: on a loaded machine the ticks come late, but they come).
    assert len(during) >= 2, (len(during), ended - started)
    assert view.model.rowCount() == before * 1501, "and the whole day is shown"


def test_a_view_cannot_reach_a_write(desk: Desk) -> None:
    ctx = desk.ctx
    names = {f.name for f in dataclasses.fields(DeskContext)}
    assert "store" not in names
    assert not hasattr(ctx, "store")
    assert not any(isinstance(getattr(ctx, n), LocalStore) for n in names)
    with ctx.reader.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM client")).scalar_one()
        with pytest.raises(OperationalError, match="attempt to write a readonly database"):
            conn.execute(text("INSERT INTO client (id) VALUES ('x')"))
    # Nor through the reads thread's connection.
    future = ctx.reader.submit(lambda conn: conn.execute(text("DELETE FROM client")))
    with pytest.raises(OperationalError, match="attempt to write a readonly database"):
        future.result(timeout=10)
    with ctx.reader.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM client")).scalar_one() == before


def test_a_failed_read_reaches_the_error_dialog_and_the_log(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, shown: list[tuple[str, str, str]], caplog: pytest.LogCaptureFixture
) -> None:
    def broken(conn: Any) -> Any:
        return conn.execute(text("SELECT * FROM no_such_table")).all()

    answers: list[object] = []
    window.ctx.reads.ask(window.agenda, "broken", broken, answers.append)
    settle(qtbot, window.ctx)
    assert answers == []
    assert [name for name, _, _ in shown] == ["unexpectedErrorDialog"]
    assert "no_such_table" in shown[0][2]  # the details, for support
    assert "read broken failed" in caplog.text


def test_moving_through_days_and_searching_reads_nothing_on_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = window.ctx.reader
    on_gui: list[bool] = []
    real_connect = reader.connect

    def connect() -> Any:
        on_gui.append(threading.current_thread() is threading.main_thread())
        return real_connect()

    monkeypatch.setattr(reader, "connect", connect)
    for navigator in (window.agenda.navigator, window.checkout.navigator):
        for button in (navigator.next_button, navigator.next_button, navigator.today_button):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            settle(qtbot, window.ctx)
    window.show_section("clients")
    qtbot.keyClicks(window.clients.search, "silva")
    window.clients.apply_search()
    settle(qtbot, window.ctx)
    assert window.agenda.day() == window.agenda.today()
    assert len(on_gui) >= 7, "every day and the search were read"
    assert not any(on_gui), "none of them on the GUI thread"


def test_a_burst_of_asks_reads_twice_and_shows_the_last(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """Sync events in a burst (or fast typing): one read runs, the newest ask waits beside it,
    the ones between are never read; only the last answer is shown."""
    owner = QObject()
    release = threading.Event()
    ran: list[int] = []
    shown: list[int] = []

    def read(n: int) -> Any:
        def run(conn: Any) -> int:
            ran.append(n)
            if n == 0:
                assert release.wait(10)
            return int(conn.execute(text("SELECT :n"), {"n": n}).scalar_one())

        return run

    for n in range(20):
        desk.ctx.reads.ask(owner, "status", read(n), shown.append)
    release.set()
    settle(qtbot, desk.ctx)
    assert ran == [0, 19]
    assert shown == [19]
