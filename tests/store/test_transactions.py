"""Contract tests: the SQLite transaction behaviour the store relies on (DESIGN.md pitfalls)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Column, Engine, Integer, MetaData, String, Table, select

from kronos_desktop.store.engine import create_sqlite_engine, foreign_keys_deferred, raw_execute

md = MetaData()
note = Table("note", md, Column("id", Integer, primary_key=True), Column("text", String))


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    eng = create_sqlite_engine(tmp_path / "t.db")
    md.create_all(eng)
    yield eng
    eng.dispose()


def texts(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(select(note.c.text).order_by(note.c.id))]


def test_pragmas_hold_on_every_connection(engine: Engine) -> None:
    conns = [engine.connect() for _ in range(3)]
    try:
        for conn in conns:
            assert raw_execute(conn, "PRAGMA journal_mode") == [("wal",)]
            assert raw_execute(conn, "PRAGMA synchronous") == [(2,)]  # FULL
            assert raw_execute(conn, "PRAGMA foreign_keys") == [(1,)]
            assert raw_execute(conn, "PRAGMA busy_timeout")[0][0] >= 5000
    finally:
        for conn in conns:
            conn.close()


def test_savepoint_rolled_back_inside_outer_transaction_keeps_outer_rows(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(note.insert().values(text="outer"))
        sp = conn.begin_nested()
        conn.execute(note.insert().values(text="inner"))
        sp.rollback()
        conn.execute(note.insert().values(text="after"))
    assert texts(engine) == ["outer", "after"]


def test_savepoint_opened_before_first_write_is_undone_by_outer_rollback(engine: Engine) -> None:
    # The pitfall: with the sqlite3 module's own transaction handling, a SAVEPOINT opened
    # before the first write commits at its RELEASE and the outer ROLLBACK leaves the row.
    with engine.connect() as conn:
        tx = conn.begin()
        with conn.begin_nested():
            conn.execute(note.insert().values(text="released savepoint"))
        tx.rollback()
    assert texts(engine) == []


def test_second_writer_waits_for_the_first_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    first = create_sqlite_engine(path)
    second = create_sqlite_engine(path)
    md.create_all(first)
    holding = threading.Event()
    errors: list[BaseException] = []

    def hold_lock() -> None:
        try:
            with first.begin() as conn:
                conn.execute(note.insert().values(text="first"))
                holding.set()
                time.sleep(0.6)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    t = threading.Thread(target=hold_lock)
    t.start()
    assert holding.wait(5)
    started = time.monotonic()
    # A read first, then a write, in the same transaction: a deferred BEGIN would fail here at
    # once with "database is locked"; BEGIN IMMEDIATE waits for the busy timeout.
    with second.begin() as conn:
        conn.execute(select(note.c.id)).all()
        conn.execute(note.insert().values(text="second"))
    waited = time.monotonic() - started
    t.join()
    assert not errors
    assert waited >= 0.3, "the second writer should have waited for the first"
    assert texts(first) == ["first", "second"]
    first.dispose()
    second.dispose()


def test_foreign_keys_deferred_checks_before_commit(tmp_path: Path) -> None:
    md2 = MetaData()
    parent = Table("parent", md2, Column("id", Integer, primary_key=True))
    child = Table(
        "child",
        md2,
        Column("id", Integer, primary_key=True),
        Column("parent_id", Integer, __import__("sqlalchemy").ForeignKey("parent.id"), nullable=False),
    )
    eng = create_sqlite_engine(tmp_path / "fk.db")
    md2.create_all(eng)
    # Out of dependency order is fine while deferred, as long as it is whole at commit.
    with eng.connect() as conn, foreign_keys_deferred(conn):
        conn.execute(child.insert().values(id=1, parent_id=10))
        conn.execute(parent.insert().values(id=10))
    # A dangling row makes the whole transaction fail and nothing is kept.
    with pytest.raises(Exception, match="foreign key check failed"), eng.connect() as conn, foreign_keys_deferred(conn):
        conn.execute(child.insert().values(id=2, parent_id=99))
    with eng.connect() as conn:
        assert conn.execute(select(child.c.id)).scalars().all() == [1]
        assert raw_execute(conn, "PRAGMA foreign_keys") == [(1,)]
    eng.dispose()
