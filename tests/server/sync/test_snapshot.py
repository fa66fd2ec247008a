"""A pull page's snapshot is REPEATABLE READ and READ ONLY, said in its BEGIN by the driver, and
the pooled connection goes back to READ COMMITTED, read-write for the next request (a push)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text

from kronos_server.db import Database
from kronos_server.sync.pull import snapshot
from tests.server.conftest import CentralDb, MadeStudio

pytestmark = pytest.mark.postgres


def test_a_pull_snapshot_is_repeatable_read_only_and_leaves_the_pooled_connection_as_it_was(
    central_db: CentralDb, make_studio: Callable[..., MadeStudio]
) -> None:
    db = Database(central_db.app_url, pool_size=1, max_overflow=0)  # one connection, reused
    studio = make_studio()
    show = text("SELECT current_setting('transaction_isolation'), current_setting('transaction_read_only')")
    try:
        with snapshot(db, studio.studio_id) as conn:
            assert tuple(conn.execute(show).one()) == ("repeatable read", "on")
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        with db.tenant(studio.studio_id) as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() == pid  # the same connection
            assert tuple(conn.execute(show).one()) == ("read committed", "off")
    finally:
        db.dispose()
