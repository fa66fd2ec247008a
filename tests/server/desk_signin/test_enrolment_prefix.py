"""A desk's receipt prefix comes with its enrolment (issue 15, "Close and receipt"): against the
real server, a desk signing in through the browser stores the prefix the server registered its
replica with before any download, so it never prints a provisional ``0XXXXXXX`` number after a
join; a standalone desk signing in keeps its "A"."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kronos_desktop.auth.model import Connection
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import replica as local_replica
from kronos_desktop.store.sale_numbers import current_prefix, take_number
from kronos_server.db import Database
from kronos_server.tables import replica
from tests.server.conftest import MadeStudio
from tests.server.desk_signin.browser import FakeBrowser
from tests.server.desk_signin.conftest import Desks
from tests.server.desk_signin.test_signin_errors import memory_credentials

pytestmark = pytest.mark.postgres


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "second-desk")
    yield opened
    opened.close()


def sign_in(desks: Desks, live_server: str, studio: MadeStudio, name: str) -> Connection:
    session = desks.session(credentials_factory=memory_credentials)
    session.start()
    return session.sign_in(live_server, opener=FakeBrowser(studio.email, studio.password, desk_name=name), wait_s=20)


def prefix_and_cursor(store: LocalStore) -> tuple[str, str | None]:
    """The prefix the next receipt takes, and how far the desk has downloaded (None: nothing)."""
    with store.read_engine.connect() as conn:
        cursor = conn.execute(select(local_replica.c.cursor).where(local_replica.c.id == 1)).scalar()
        return current_prefix(conn), cursor


def server_replica(app_db: Database, studio: MadeStudio, device_id: uuid.UUID) -> tuple[uuid.UUID, str] | None:
    with app_db.tenant(studio.studio_id) as conn:
        row = conn.execute(select(replica.c.desk_id, replica.c.sale_prefix).where(replica.c.id == device_id)).first()
    return None if row is None else (row.desk_id, row.sale_prefix)


def test_a_new_desk_stores_its_prefix_at_the_sign_in(
    desks: Desks,
    store: LocalStore,
    other_store: LocalStore,
    live_server: str,
    app_db: Database,
    make_studio: Callable[..., MadeStudio],
) -> None:
    studio = make_studio()
    assert store.identity() is None, "a new file: no replica before the sign-in"
    connection = sign_in(desks, live_server, studio, "Recepção")

    identity = store.identity()
    assert identity is not None
    assert prefix_and_cursor(store) == ("B", None), "the server's prefix, stored before any download"
    assert server_replica(app_db, studio, identity.device_id) == (connection.desk_id, "B")
    with store.engine.begin() as conn:  # the number the desk's first receipt would print
        assert take_number(conn) == "B-000001"

    second = Desks(other_store)
    try:
        other = sign_in(second, live_server, studio, "Caixa 2")
        other_identity = other_store.identity()
        assert other_identity is not None
        assert prefix_and_cursor(other_store) == ("C", None), "every desk its own prefix"
        assert server_replica(app_db, studio, other_identity.device_id) == (other.desk_id, "C")
    finally:
        for session in second.sessions:
            session.close()


def test_a_standalone_desk_signing_in_keeps_its_a(
    desks: Desks, store: LocalStore, live_server: str, app_db: Database, make_studio: Callable[..., MadeStudio]
) -> None:
    studio = make_studio()
    own = store.ensure_identity()  # a desk used on its own: it prints A-…
    with store.engine.begin() as conn:
        assert take_number(conn) == "A-000001"
    connection = sign_in(desks, live_server, studio, "Balcão")
    identity = store.identity()
    assert identity is not None
    assert identity.device_id == own.device_id, "the file keeps its replica id"
    assert prefix_and_cursor(store)[0] == "A"
    assert server_replica(app_db, studio, own.device_id) == (connection.desk_id, "A"), "claimed at the sign-in"
    with store.engine.begin() as conn:
        assert take_number(conn) == "A-000002", "its numbers go on"
