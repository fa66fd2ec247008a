"""A desk whose enroller was deactivated, against the real server: the server answers its push
401 with the reason ``enroller-inactive``; the engine says a manager must sign in on this desk
(not a plain "sign in again"), keeps every change waiting, and the counter goes on working."""

from __future__ import annotations

from sqlalchemy import update

from kronos_core.schema import staff
from kronos_desktop.store.writer import Writer
from kronos_desktop.sync.engine import Backoff, Phase, SyncEngine
from tests.desk_sync.conftest import payment
from tests.server.desk_live.conftest import LiveStudio


def test_a_desk_whose_enroller_left_waits_for_a_manager(live_studio: LiveStudio) -> None:
    a = live_studio.desk("a")
    writer = Writer()
    engine = SyncEngine(a.store, writer, a.net, poll_interval=3600, backoff=Backoff(base=600.0, cap=600.0))
    try:
        assert engine.run_once().phase is Phase.SYNCED
        a.net.offline = True
        for amount in range(1, 15):
            writer.submit(a.store.apply, "payment.record", payment(amount * 1000)).result()
        assert engine.run_once().phase is Phase.OFFLINE
        with live_studio.db.tenant(live_studio.studio_id) as conn:  # the manager who enrolled it leaves
            conn.execute(update(staff).where(staff.c.id == live_studio.owner_id).values(active=False))

        a.net.offline = False
        state = engine.run_once()
        assert state.phase is Phase.NEEDS_MANAGER, state
        assert state.pending == 14
        # The counter is not refused meanwhile.
        writer.submit(a.store.apply, "payment.record", payment(500)).result()
        assert engine.run_once().pending == 15
        assert a.local.counts().pending == 15
    finally:
        engine.stop()
        writer.shutdown()
