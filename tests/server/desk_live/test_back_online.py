"""Back online: a desk whose server went away for a long time (its retry backoff grown to many
minutes) syncs within seconds of the server answering again, and its event stream comes back
with it. The server is the real one, behind a TCP gate on loopback that stops listening."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator

import pytest

from kronos_desktop.store.writer import Writer
from kronos_desktop.sync.engine import Backoff, Phase, SyncEngine
from kronos_desktop.sync.http import HttpTransport
from tests.desk_sync.conftest import new_client
from tests.server.desk_live.conftest import LiveStudio
from tests.server.desk_live.gate import Gate

log = logging.getLogger(__name__)

BOUND_S = 10.0  # the promise: synced within 10 s of the server answering again


def wait_until(predicate: Callable[[], bool], timeout: float) -> float:
    """Seconds it took ``predicate`` to hold (AssertionError after ``timeout``)."""
    start = time.monotonic()
    while not predicate():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"not within {timeout} s")
        time.sleep(0.02)
    return time.monotonic() - start


@pytest.fixture
def gate(live_studio: LiveStudio) -> Iterator[Gate]:
    made = Gate(live_studio.base_url)
    yield made
    made.close()


def test_a_desk_syncs_within_seconds_of_the_server_coming_back(live_studio: LiveStudio, gate: Gate) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    http = HttpTransport(gate.base_url, a.http.session, timeout=5)
    writer = Writer()
    # The backoff of a desk that has been offline for a long time: its next retry is minutes away.
    engine = SyncEngine(
        a.store, writer, http, events=http.events, poll_interval=3600, backoff=Backoff(base=600.0, cap=600.0)
    )
    engine.start()
    try:
        wait_until(lambda: engine.state().phase is Phase.SYNCED, 10)

        gate.down()
        made = writer.submit(a.store.apply, "client.create", new_client("Offline Ana")).result()
        engine.wake()
        wait_until(lambda: engine.state().phase is Phase.OFFLINE, 10)
        retry = engine.state().retry_in_s
        assert retry is not None
        assert retry >= 300
        time.sleep(4)  # probes go unanswered meanwhile
        assert engine.state().phase is Phase.OFFLINE
        assert engine.state().pending == 1

        gate.up()
        took = wait_until(lambda: engine.state().phase is Phase.SYNCED and engine.state().pending == 0, BOUND_S)
        log.info("back online: synced %.2f s after the server answered again", took)
        print(f"back online: synced {took:.2f} s after the server answered again")
        assert ("client", made.args.client_id) in live_studio.server_rows()

        # The event stream came back too: another desk's change arrives without a poll (an hour away).
        theirs = b.apply("client.create", new_client("From Desk B")).args.client_id
        b.steps.sync()
        wait_until(lambda: ("client", theirs) in a.rows(), BOUND_S)
    finally:
        engine.stop()
        http.close()
        writer.shutdown()
