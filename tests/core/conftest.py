"""Fixtures of the core's tests: the shared schema on a real SQLite file and a real PostgreSQL."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine

from kronos_core.schema import metadata
from tests import pg
from tests.core.dbs import sqlite_engine
from tests.core.harness import Desk

# PostgreSQL sessions run in a zone that is not UTC, so a missing conversion shows.
PG_SESSION_TIMEZONE = "America/Sao_Paulo"


def pg_engine(url: URL) -> Engine:
    return pg.engine_for(url, connect_args={"options": f"-c timezone={PG_SESSION_TIMEZONE}"})


@pytest.fixture(scope="session")
def sqlite_core_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file with the shared schema, built once; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "core.sqlite3"
    engine = sqlite_engine(path)
    metadata.create_all(engine)
    engine.dispose()  # the last connection closes: the WAL is checkpointed into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def sqlite_core_engine(tmp_path: Path, sqlite_core_template: Path) -> Iterator[Engine]:
    """The shared schema on a fresh SQLite file of this test's own."""
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(sqlite_core_template, path)
    engine = sqlite_engine(path)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def pg_core_engine(pg_admin_url: URL) -> Iterator[Engine]:
    """The shared schema on one PostgreSQL database for the session: every test works in its own
    studio (as on a real server), and creating databases is the slow part of these tests."""
    with pg.temporary_database(pg_admin_url, prefix="kronos_test_core") as url:
        engine = pg_engine(url)
        metadata.create_all(engine)
        yield engine
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def core_engine(request: pytest.FixtureRequest) -> Engine:
    """The shared schema on each database the core runs on."""
    name = "sqlite_core_engine" if request.param == "sqlite" else "pg_core_engine"
    engine: Engine = request.getfixturevalue(name)
    return engine


@pytest.fixture
def desk(core_engine: Engine) -> Desk:
    """A desk of a freshly set-up studio (owner signed in) on each database."""
    return Desk(core_engine).setup()
