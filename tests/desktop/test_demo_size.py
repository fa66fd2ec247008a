"""``kronos-desktop --demo --demo-size NAME``: the demo studio of that size in the desk's own
database, as it is at this moment (issue 10)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kronos_core.demo import SIZES, DemoSize
from kronos_core.schema import appointment, sale
from kronos_desktop.app import Desk
from kronos_desktop.main import DEMO_SIZES, parse_args
from kronos_desktop.store import LocalStore
from tests.desktop.test_cli import run


def test_the_option_names_every_size_and_defaults_to_standard() -> None:
    assert set(DEMO_SIZES) == set(SIZES)
    assert parse_args(["--demo"]).demo_size == "standard"
    assert parse_args(["--demo", "--demo-size", "large"]).demo_size == "large"
    with pytest.raises(SystemExit):
        parse_args(["--demo", "--demo-size", "huge"])


def test_the_large_size_is_the_studio_benchmarks_use() -> None:
    large = DemoSize.large()
    assert (large.clients, large.appointments, large.artists, large.stations) == (100_000, 200_000, 6, 3)


@pytest.fixture
def empty_desk(tmp_path: Path, translated: str) -> Iterator[Desk]:
    desk = Desk(LocalStore.open(tmp_path / "data"), translated)
    yield desk
    desk.close()


def test_a_small_demo_in_the_desks_database_is_of_this_moment(empty_desk: Desk) -> None:
    demo = empty_desk.load_demo("small")
    assert demo.counts["client"] == DemoSize.small().clients
    now = empty_desk.store.now()
    a = appointment.c
    with empty_desk.store.read_engine.connect() as conn:
        done = conn.execute(select(a.ends_at).where(a.status.in_(("completed", "no_show")))).scalars().all()
        closed = conn.execute(select(sale.c.closed_at)).scalars().all()
    assert done
    assert closed
    assert max(done) <= now  # nothing is done before it happened
    assert max(c for c in closed if c is not None) <= now


def test_the_command_line_builds_the_size_asked_for(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run("--demo", "--demo-size", "small", "--smoke", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(data / "kronos.db") as conn:
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == DemoSize.small().clients
        assert conn.execute("SELECT count(*) FROM staff WHERE role = 'artist'").fetchone()[0] == 4
