"""A studio made by the first run (kronos_desktop/ui/welcome: one op writing the studio, its
owner's PIN, artists, stations and settings), used on its own, then brought to a server: its
whole first run is pushed and nothing is refused; its settings land where the server's studio
had none (a setting already set there would be a conflict, never silently replaced)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from kronos_core.pins import pin_matches
from kronos_core.roles import Role
from kronos_desktop.ops.studio import NewStudio, first_run
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import replica
from kronos_desktop.sync.http import HttpTransport
from kronos_desktop.sync.local import LocalSync
from kronos_desktop.sync.steps import SyncSteps
from tests.desk_sync.conftest import synced_rows
from tests.server.desk_live.conftest import LiveStudio

pytestmark = pytest.mark.postgres


def welcomed(folder: Path) -> LocalStore:
    store = LocalStore.open(folder)
    new = NewStudio(
        name="Solo Tattoo",
        owner_name="Lia",
        owner_pin="2468",
        state="SP",
        artists=[("Bia", "#e53935")],
        stations=["Maca 1"],
        pix={"pix_key_kind": "email", "pix_key": "Lia@Solo.com.br", "merchant_name": "Solo", "merchant_city": "Santos"},
    )
    first_run(new).write(store)  # the op's write, as the writer thread runs it
    return store


def test_a_first_run_studio_joins_the_server_and_pushes_all_of_it(live_studio: LiveStudio) -> None:
    store = welcomed(live_studio.folder / "solo")
    with store.engine.begin() as conn:  # the sign-in records the connection only
        conn.execute(update(replica).values(server_url=live_studio.base_url))
    http = HttpTransport(live_studio.base_url, live_studio.enrol())
    live_studio.transports.append(http)
    local = LocalSync(store)
    steps = SyncSteps(local, http)
    steps.server_studio = lambda: (live_studio.studio_id, Role.OWNER)
    steps.sync()
    assert local.counts().pending == 0
    server = live_studio.server_rows()
    assert synced_rows(store) == server
    assert not [r for (t, _), r in server.items() if t == "sync_conflict"], "nothing refused, no conflict"
    members = {r["display_name"]: r for (t, _), r in server.items() if t == "staff"}
    assert members["Lia"]["role"] == "owner"
    assert pin_matches(str(members["Lia"]["pin_hash"]), "2468"), "the owner's PIN works on every desk"
    assert members["Bia"]["role"] == "artist"
    assert [r["name"] for (t, _), r in server.items() if t == "station"] == ["Maca 1"]
    [studio] = [r for (t, _), r in server.items() if t == "studio"]
    assert (studio["state"], studio["pix_key"], studio["merchant_city"]) == ("SP", "lia@solo.com.br", "Santos")
    store.close()
