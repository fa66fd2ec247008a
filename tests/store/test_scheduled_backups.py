"""The desk's own copies of its database (kronos_desktop/store/scheduled_backups.py) on real
files: a copy taken while the desk has its file open holds every row of every table, passes
``integrity_check`` and is readable by the user alone; a folder that is gone (a USB stick taken
out) or a file that cannot be copied is said and leaves nothing behind; the rotation keeps the
newest copy of each of the last 7 days and of the 4 weeks before them, and nothing else of its own
(a file of the owner's in the folder stays); a copy taken while the writer thread is inside a long
write holds what was committed before it."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import threading
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kronos_core.demo import DemoSize, generate_demo
from kronos_core.schema import SYNCED_TABLES
from kronos_desktop.store import LocalStore
from kronos_desktop.store.paths import DB_FILENAME
from kronos_desktop.store.scheduled_backups import (
    copy_name,
    integrity,
    kept,
    list_copies,
    prune,
    take_copy,
    taken_at,
)
from kronos_desktop.store.writer import Writer

NOW = dt.datetime(2026, 12, 4, 23, 30, tzinfo=dt.UTC)


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t.name: conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0] for t in SYNCED_TABLES}
    finally:
        conn.close()


def test_a_copy_of_the_open_desk_holds_every_row_and_is_the_users_alone(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "data")
    try:
        with store.engine.begin() as conn:
            generate_demo(conn, size=DemoSize(clients=200))
        folder = tmp_path / "pendrive"
        folder.mkdir()
        before = counts(store.path)
        result = take_copy(store.path, folder, NOW)  # the desk still has its file open
    finally:
        store.close()
    assert result.ok, result
    assert result.path == folder / copy_name(NOW)
    assert counts(result.path) == before, "every table, every row"
    assert before["sale"] > 0
    assert before["payment"] > 0
    assert integrity(result.path) == "ok"
    if os.name == "posix":
        assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [result.path.name], "no partial file left"


def test_a_folder_that_is_gone_is_said_and_not_made_again(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "data")
    store.close()
    gone = tmp_path / "usb-stick"
    result = take_copy(tmp_path / "data" / DB_FILENAME, gone, NOW)
    assert not result.ok
    assert result.problem == "folder_missing"
    assert not gone.exists()


def test_a_file_that_is_not_a_database_leaves_no_copy(tmp_path: Path) -> None:
    broken = tmp_path / "kronos.db"
    broken.write_bytes(b"not a database, a photo of a tattoo" * 100)
    folder = tmp_path / "copies"
    folder.mkdir()
    result = take_copy(broken, folder, NOW)
    assert not result.ok
    assert result.problem in {"copy_failed", "check_failed"}
    assert list(folder.iterdir()) == []


def test_the_rotation_keeps_seven_days_and_four_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    start = NOW - dt.timedelta(days=90)
    for day in range(91):  # a copy every night at 03:00 and one at quit, 19:30
        for hour, minute in ((3, 0), (19, 30)):
            at = (start + dt.timedelta(days=day)).replace(hour=hour, minute=minute)
            if at <= NOW:
                (folder / copy_name(at)).write_bytes(b"")
    (folder / "notes.txt").write_text("the owner's own file")
    removed = prune(folder, NOW)
    left = sorted(p for p in folder.iterdir() if taken_at(p) is not None)
    days = [taken_at(p).date() for p in left]  # type: ignore[union-attr]
    assert len(left) == 11, [p.name for p in left]
    assert days[-7:] == [NOW.date() - dt.timedelta(days=n) for n in range(6, -1, -1)], "the last seven days"
    assert all(taken_at(p).hour == 19 for p in left[-7:]), "each day's newest copy"  # type: ignore[union-attr]
    weeks = [d.isocalendar()[:2] for d in days[:4]]
    assert len(set(weeks)) == 4, "four weeks before them, one copy each"
    assert (folder / "notes.txt").exists(), "a file that is not a copy is never removed"
    assert len(removed) == 2 * 91 - 11, "every other copy"


@given(st.lists(st.integers(min_value=0, max_value=200 * 24), min_size=1, max_size=60, unique=True))
def test_the_rotation_keeps_the_newest_and_at_most_eleven(hours_ago: list[int]) -> None:
    copies = [Path(copy_name(NOW - dt.timedelta(hours=h))) for h in hours_ago]
    keep = kept(copies, NOW)
    newest = min(hours_ago)
    assert Path(copy_name(NOW - dt.timedelta(hours=newest))) in keep, "the newest copy is always kept"
    assert 1 <= len(keep) <= 11
    kept_days = [taken_at(p).date() for p in keep]  # type: ignore[union-attr]
    assert len(kept_days) == len(set(kept_days)), "one copy a day at most"


def test_a_copy_taken_while_the_writer_is_in_a_long_write_is_consistent(tmp_path: Path) -> None:
    """The writer thread holds a write transaction open (a large import, say) while the copy is
    taken: the copy holds what was committed before it, every table whole, and passes its check;
    the write then commits on the desk's file as if no copy had been taken."""
    store = LocalStore.open(tmp_path / "data")
    writer = Writer()
    try:
        with store.engine.begin() as conn:
            generate_demo(conn, size=DemoSize(clients=40))
        before = counts(store.path)
        inside, release = threading.Event(), threading.Event()

        def long_write() -> None:
            with store.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE client SET notes = 'changed during the copy'")
                inside.set()
                assert release.wait(30)

        busy = writer.submit(long_write)
        assert inside.wait(30)
        folder = tmp_path / "copies"
        folder.mkdir()
        result = take_copy(store.path, folder, NOW)  # the write transaction still open
        release.set()
        busy.result(30)
        after = counts(store.path)
    finally:
        release.set()
        writer.shutdown()
        store.close()
    assert result.path is not None, result
    assert integrity(result.path) == "ok"
    assert counts(result.path) == before, "the rows committed before the copy, every table"
    copy = sqlite3.connect(result.path)
    try:
        changed = copy.execute("SELECT count(*) FROM client WHERE notes = 'changed during the copy'").fetchone()[0]
    finally:
        copy.close()
    assert changed == 0, "nothing of the write not yet committed"
    assert after == before
    live = sqlite3.connect(tmp_path / "data" / DB_FILENAME)
    try:
        changed = live.execute("SELECT count(*) FROM client WHERE notes = 'changed during the copy'").fetchone()[0]
    finally:
        live.close()
    assert changed == before["client"] > 0, "the write committed after the copy"


def test_the_copies_listed_newest_first_with_what_the_rotation_keeps_them_as(tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    for days in (0, 1, 2, 3, 4, 5, 6, 12, 20):
        (folder / copy_name(NOW - dt.timedelta(days=days))).write_bytes(b"x" * (days + 1))
    (folder / copy_name(NOW - dt.timedelta(hours=2))).write_bytes(b"")  # the same day, earlier
    listed = list_copies(folder, NOW)
    assert [c.taken_at for c in listed] == sorted((c.taken_at for c in listed), reverse=True)
    assert [c.kind for c in listed] == ["daily", "extra"] + ["daily"] * 6 + ["weekly", "weekly"]
    assert listed[0].size == 1
    assert list_copies(tmp_path / "gone", NOW) == []
