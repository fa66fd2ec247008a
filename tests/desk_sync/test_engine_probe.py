"""The engine's probe while offline, on the fake server: a server process that answers its
probe while its sync still fails (its database down) is not synced with every few seconds, and
a desk with no way to probe keeps to its backoff."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from kronos_desktop.store.writer import Writer
from kronos_desktop.sync.engine import Backoff, Phase, SyncEngine
from kronos_desktop.sync.http import Offline
from tests.desk_sync.conftest import Studio, payment
from tests.desk_sync.fake_server import FakeTransport


class ProbedTransport(FakeTransport):
    """The fake server, with a process that may answer ``GET /healthz`` while sync requests fail
    (``broken``: a 503, the database down)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.answers = False
        self.broken = False
        self.probes = 0
        self.pushes = 0

    def probe(self) -> bool:
        self.probes += 1
        return self.answers

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        self.pushes += 1
        if self.broken:
            raise Offline("503 the database does not answer", status=503)
        return super().push(body)


@pytest.fixture
def writer() -> Iterator[Writer]:
    made = Writer()
    yield made
    made.shutdown()


def test_a_server_that_answers_but_cannot_sync_is_probed_less_often(studio: Studio, writer: Writer) -> None:
    a = studio.desk("a")
    transport = ProbedTransport(studio.server)
    transport.offline = True
    writer.submit(a.store.apply, "payment.record", payment(4200)).result()
    engine = SyncEngine(
        a.store, writer, transport, poll_interval=3600, backoff=Backoff(base=600.0, cap=600.0), probe_interval=0.05
    )
    engine.start()
    try:
        deadline = time.monotonic() + 10
        while engine.state().phase is not Phase.OFFLINE and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.5)
        assert transport.probes >= 4, "unanswered probes go on every few (here: 0.05) seconds"
        assert engine.cycles == 1, "no sync is tried while the probe goes unanswered"

        # The process answers its probe, but its database does not: one sync, then probes slow down.
        transport.offline, transport.broken, transport.answers = False, True, True
        time.sleep(1.0)
        tried = transport.pushes
        assert 1 <= tried <= 5, tried  # every 0.25-0.75 s (10x the interval), not every 0.05 s
        # Between those tries the desk says offline (sampled once, it may be mid-try: wait for it).
        deadline = time.monotonic() + 2
        while engine.state().phase is not Phase.OFFLINE and time.monotonic() < deadline:
            time.sleep(0.01)
        assert engine.state().phase is Phase.OFFLINE

        transport.broken = False
        deadline = time.monotonic() + 5
        while engine.state().pending and time.monotonic() < deadline:
            time.sleep(0.01)
        assert engine.state().phase is Phase.SYNCED
        assert engine.state().pending == 0
    finally:
        engine.stop()
