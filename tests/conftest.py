"""Settings and fixtures shared by every test.

- Qt runs offscreen unless told otherwise; the variable must be set before any QApplication
  exists, so it is set here, at import time, before anything imports Qt.
- Hypothesis profiles: ``ci`` (a fixed, reproducible budget), ``dev`` (the default on a
  developer's machine) and ``long`` (thousands of examples, for a night run); chosen by
  ``KRONOS_HYPOTHESIS_PROFILE``, else ``ci`` when ``CI`` is set, else ``dev``.
- PostgreSQL: ``pg_admin_url`` (checked once; a missing server *fails* the tests that need it)
  and ``pg_database`` (a fresh database per test, dropped afterwards).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything below can import Qt

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import URL

from tests import pg

# -- Hypothesis ----------------------------------------------------------------------------------
settings.register_profile(
    "ci",
    max_examples=75,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=dt.timedelta(seconds=2))
settings.register_profile(
    "long",
    max_examples=5_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
HYPOTHESIS_PROFILE = os.environ.get("KRONOS_HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
settings.load_profile(HYPOTHESIS_PROFILE)


def pytest_report_header() -> list[str]:
    return [
        f"hypothesis profile: {HYPOTHESIS_PROFILE}",
        f"QT_QPA_PLATFORM: {os.environ.get('QT_QPA_PLATFORM')}",
        f"PostgreSQL: {pg.admin_url_from_env().render_as_string(hide_password=True)}",
    ]


# -- PostgreSQL ----------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def pg_admin_url() -> URL:
    """The admin URL of the test PostgreSQL (``KRONOS_TEST_PG_URL``), checked once per session.

    Never skips: if PostgreSQL is not there, every test that needs it fails and says why.
    """
    url = pg.admin_url_from_env()
    reason = pg.unreachable_reason(url)
    if reason is not None:
        pytest.fail(pg.unreachable_message(url, reason), pytrace=False)
    return url


@pytest.fixture
def pg_database(pg_admin_url: URL) -> Iterator[URL]:
    """A fresh, empty database (as the admin role), dropped with FORCE after the test."""
    with pg.temporary_database(pg_admin_url) as url:
        yield url


@pytest.fixture(scope="module")
def pg_module_database(pg_admin_url: URL) -> Iterator[URL]:
    """One fresh database shared by a module's tests (each test uses its own studio)."""
    with pg.temporary_database(pg_admin_url) as url:
        yield url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests using a PostgreSQL fixture carry the ``postgres`` marker (``-m "not postgres"``)."""
    pg_fixtures = {"pg_admin_url", "pg_database", "pg_module_database"}
    for item in items:
        if pg_fixtures & set(getattr(item, "fixturenames", ())) and item.get_closest_marker("postgres") is None:
            item.add_marker(pytest.mark.postgres)


# -- Parallel runs (pytest-xdist) ------------------------------------------------------------------
WORKERS_ENV_VAR = "KRONOS_TEST_WORKERS"
# Three on CI's two cores: much of a test's time is spent waiting (a server's answer, a socket, a
# timer, a child process), which a third worker fills: the whole suite took 11 min 52 s in three
# workers against about 15 min in two, on this machine.
WHOLE_SUITE_WORKERS = 3


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """How many workers ``-n auto`` (in pyproject's addopts) starts.

    The whole suite (``uv run pytest``, as README and .ci/run run it) runs in three workers; a run
    of chosen files or tests runs in this process, where a worker's start-up would only cost.
    ``KRONOS_TEST_WORKERS`` overrides both (``0``: no workers); so does ``-n N`` on the command line.
    """
    wanted = os.environ.get(WORKERS_ENV_VAR)
    if wanted:
        return int(wanted)
    return WHOLE_SUITE_WORKERS if config.args_source is pytest.Config.ArgsSource.TESTPATHS else 0


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``--dist loadscope`` (pyproject's addopts) shares modules, and groups of modules that must
    not run side by side, between the workers (tests/workers.py); other ``--dist`` modes as usual."""
    if config.getvalue("dist") != "loadscope":
        return None
    from tests.workers import ByModule

    return ByModule(config, log)
