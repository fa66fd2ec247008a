"""A new desk's first download from the real server process on loopback (real PostgreSQL, real
SQLite files): pages applied as they come, resumed after a cut, kept aside once a change is
pending; every desk ends equal to the server."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from kronos_core.roles import Role
from kronos_desktop.sync.http import HttpTransport, Offline
from kronos_desktop.sync.local import connect_desk
from kronos_desktop.sync.steps import PullStep
from kronos_server.db import Database
from tests.desk_sync.conftest import new_client
from tests.server.desk_live.conftest import LiveDesk, LiveStudio, Switch, live_auth, new_studio

__all__ = ["live_auth"]  # the fixture, from the desks' conftest

pytestmark = pytest.mark.postgres


class CutAfter(Switch):
    """The connection drops after ``pages`` pulled pages (once)."""

    def __init__(self, inner: HttpTransport, pages: int) -> None:
        super().__init__(inner)
        self.left = pages

    def pull(self, device_id: uuid.UUID, cursor: str | None, limit: int) -> dict[str, Any]:
        if self.left == 0:
            self.left = -1
            raise Offline("the connection dropped mid-download")
        self.left -= 1
        return super().pull(device_id, cursor, limit)


def joining(studio: LiveStudio, name: str) -> LiveDesk:
    """A desk enrolled and connected that has downloaded nothing yet."""
    http = HttpTransport(studio.base_url, studio.enrol(), timeout=30)
    studio.transports.append(http)
    desk = LiveDesk(name, studio.folder / name, http)
    connect_desk(desk.store, studio.base_url, studio_id=studio.studio_id, role=Role.OWNER, staff_id=studio.owner_id)
    studio.desks.append(desk)
    return desk


def clients(desk: LiveDesk) -> int:
    return sum(1 for table, _ in desk.rows() if table == "client")


@pytest.fixture
def studio(tmp_path: Any, app_db: Database, live_server: str, live_auth: Any) -> Any:
    studio_id, owner_id = new_studio(app_db)
    made = LiveStudio(tmp_path, live_server, app_db, live_auth, studio_id, owner_id)
    a = made.desk("a")
    for n in range(12):
        a.apply("client.create", new_client(f"Cliente {n}"))
    a.steps.sync()
    yield made
    made.close()


def test_a_first_download_cut_mid_way_keeps_its_pages_and_goes_on(studio: LiveStudio) -> None:
    b = joining(studio, "b")
    b.net = CutAfter(b.http, pages=3)
    b.steps.transport = b.net
    with pytest.raises(Offline):
        b.steps.pull(limit=1)
    assert clients(b) == 2, "the studio's setup and two clients, applied as they came"
    assert b.local.stored_pages().count == 0
    status = b.local.status()
    assert status is not None
    assert status.cursor is not None
    assert b.steps.pull(limit=4) is PullStep.APPLIED
    assert clients(b) == 12
    studio.settle()
    studio.assert_converged()


def test_a_change_made_mid_download_waits_for_the_whole_pull(studio: LiveStudio) -> None:
    b = joining(studio, "b")
    assert b.steps.pull(limit=1, max_pages=2) is PullStep.INTERRUPTED
    b.apply("client.create", new_client("No meio"))
    before = b.rows()
    assert b.steps.pull(limit=1, max_pages=3) is PullStep.INTERRUPTED
    assert b.rows() == before, "nothing applied while a change is pending"
    assert b.local.stored_pages().count == 3
    studio.settle()
    studio.assert_converged()
    assert clients(b) == 13
