"""A standalone desk, used for weeks without a server, connects: its records join the server's
studio and its whole history (its outbox from day one) is pushed, with progress, resumably; a new
desk joining the studio then downloads it all."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from kronos_core.roles import Role
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import replica
from kronos_desktop.sync.http import HttpTransport, Offline
from kronos_desktop.sync.local import LocalSync
from kronos_desktop.sync.steps import Progress, PullStep, SyncSteps
from tests.desk_sync.conftest import booking, new_client, payment, synced_rows
from tests.server.desk_live.conftest import LiveStudio, Relay, Switch

pytestmark = pytest.mark.postgres


def standalone_history(folder: Path) -> tuple[LocalStore, uuid.UUID, list[Any]]:
    """A desk set up on its own: its studio, its owner, 30 clients with a booking each, payments."""
    store = LocalStore.open(folder)
    state = store.ensure_identity()
    owner = uuid.uuid4()
    store.apply(
        "studio.setup",
        {"studio_id": str(state.studio_id), "name": "Solo", "owner_staff_id": str(owner), "owner_name": "Lia"},
        staff_id=owner,
    )
    store.set_desk_staff(owner)
    made = []
    for n in range(30):
        cid = store.apply("client.create", new_client(f"Cliente {n}")).args.client_id
        made.append(store.apply("appointment.book", booking(owner, cid, 3 * n)).args.appointment_id)
    store.apply("payment.record", payment(15000))
    return store, owner, made


class DropsAfterOnePush(Relay):
    def __init__(self, inner: HttpTransport) -> None:
        super().__init__(inner)
        self.pushes = 0

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        self.pushes += 1
        if self.pushes == 2:
            raise Offline("the network dropped during the second batch")
        return self.inner.push(body)


def test_a_standalone_desk_joins_the_studio_and_pushes_its_whole_history(live_studio: LiveStudio) -> None:
    store, owner, bookings = standalone_history(live_studio.folder / "solo")
    own_studio = store.identity().studio_id  # type: ignore[union-attr]
    assert own_studio != live_studio.studio_id
    with store.engine.begin() as conn:  # the sign-in records the connection only
        conn.execute(update(replica).values(server_url=live_studio.base_url))
    http = HttpTransport(live_studio.base_url, live_studio.enrol())
    live_studio.transports.append(http)
    net = Switch(http)
    local = LocalSync(store)
    steps = SyncSteps(local, DropsAfterOnePush(http))  # type: ignore[arg-type]
    steps.server_studio = lambda: (live_studio.studio_id, Role.OWNER)
    seen: list[Progress] = []
    with pytest.raises(Offline):
        steps.sync(progress=seen.append)
    status = local.status()
    assert status is not None
    assert status.studio_id == live_studio.studio_id, "the desk's records joined the server's studio"
    assert status.pushed_upto == 50, "the first batch went through; the rest waits"
    assert synced_rows(store), "the desk still shows its records"
    steps = SyncSteps(local, net)
    steps.sync(progress=seen.append)
    pushes = [(p.done, p.total) for p in seen if p.phase == "push"]
    assert pushes[0] == (0, 62)
    assert pushes[-1] == (62, 62)
    assert any(p.phase == "download" and p.full_download for p in seen)
    assert local.counts().pending == 0
    server = live_studio.server_rows()
    assert synced_rows(store) == server
    assert all(("appointment", b) in server for b in bookings)
    assert server[("staff", owner)]["display_name"] == "Lia", "the desk's owner is staff of the studio"
    assert [r["amount"] for (t, _), r in server.items() if t == "payment"] == [15000]
    assert not [r for (t, _), r in server.items() if t == "sync_conflict"], "nothing refused"
    # A new desk joining the studio downloads it all.
    newcomer = live_studio.desk("newcomer")
    assert newcomer.rows() == server
    assert newcomer.steps.pull() is PullStep.APPLIED
    store.close()
