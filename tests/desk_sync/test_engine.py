"""The engine on its threads: woken by local changes and server events, retrying on its own
timer, reporting its state without ever blocking, and the HTTP transport's status handling."""

from __future__ import annotations

import json
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from kronos_desktop.store.writer import Writer
from kronos_desktop.sync.engine import Backoff, Phase, RowsChanged, StateChanged, SyncEngine
from kronos_desktop.sync.http import (
    EVENTS_PATH,
    HttpTransport,
    Offline,
    SignInNeeded,
    UpdateNeeded,
)
from tests.desk_sync.conftest import Desk, Studio, new_client, payment


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.01)


class ServerEvents:
    """An event stream for the fake server: a "version" event whenever its clock moves."""

    def __init__(self, studio: Studio) -> None:
        self.studio = studio

    def __call__(self, stop: threading.Event) -> Iterator[str]:
        yield "open"
        seen = self.studio.server.clock
        while not stop.is_set():
            if self.studio.server.clock != seen:
                seen = self.studio.server.clock
                yield "version"
            time.sleep(0.01)


@pytest.fixture
def writers() -> Iterator[Callable[[], Writer]]:
    made: list[Writer] = []

    def make() -> Writer:
        made.append(Writer())
        return made[-1]

    yield make
    for w in made:
        w.shutdown()


def engine_for(desk: Desk, writer: Writer, **kwargs: Any) -> SyncEngine:
    kwargs.setdefault("backoff", Backoff(base=0.05, cap=0.2, rng=random.Random(1)))
    return SyncEngine(desk.store, writer, desk.transport, **kwargs)


def test_a_booking_reaches_the_other_desk_through_the_server_event(studio: Studio, writers) -> None:  # type: ignore[no-untyped-def]
    a, b = studio.desk("a"), studio.desk("b")
    wa, wb = writers(), writers()
    ea = engine_for(a, wa, poll_interval=3600)
    eb = engine_for(b, wb, poll_interval=3600, events=ServerEvents(studio))
    seen: list[RowsChanged] = []
    eb.subscribe(lambda e: seen.append(e) if isinstance(e, RowsChanged) else None)
    ea.start()
    eb.start()
    try:
        wait_until(lambda: ea.state().phase is Phase.SYNCED and eb.state().phase is Phase.SYNCED)
        made = wa.submit(a.store.apply, "client.create", new_client("Pelo evento")).result()
        ea.wake()
        wait_until(lambda: any("client" in e.changed for e in seen))
        assert b.row("client", made.args.client_id) is not None
        wait_until(lambda: ea.state().pending == 0)
    finally:
        ea.stop()
        eb.stop()
    assert ea.state().phase is Phase.STOPPED


def test_offline_retries_on_its_own_timer_without_new_writes(studio: Studio, writers) -> None:  # type: ignore[no-untyped-def]
    a = studio.desk("a")
    w = writers()
    w.submit(a.store.apply, "payment.record", payment(4200)).result()
    a.transport.offline = True
    engine = engine_for(a, w, poll_interval=3600)
    states: list[StateChanged] = []
    engine.subscribe(lambda e: states.append(e) if isinstance(e, StateChanged) else None)
    engine.start()
    try:
        wait_until(lambda: engine.state().phase is Phase.OFFLINE)
        assert engine.state().pending == 1
        assert engine.state().retry_in_s is not None
        cycles = engine.cycles
        wait_until(lambda: engine.cycles >= cycles + 2)  # retried, with nothing new written
        a.transport.offline = False
        wait_until(lambda: engine.state().phase is Phase.SYNCED)
        assert engine.state().pending == 0
        assert engine.state().last_sync_at is not None
    finally:
        engine.stop()
    phases = [s.state.phase for s in states]
    assert Phase.SYNCING in phases
    assert Phase.OFFLINE in phases


def test_backoff_grows_is_jittered_and_capped() -> None:
    backoff = Backoff(base=2, cap=300, rng=random.Random(7))
    delays = [backoff.delay(n) for n in range(1, 12)]
    for n, d in enumerate(delays, start=1):
        full = min(300, 2 * 2 ** (n - 1))
        assert full * 0.5 <= d <= full
    assert max(delays) <= 300
    assert len({round(d, 6) for d in delays}) == len(delays), "jittered"
    assert backoff.delay(0) == 0


def test_state_never_blocks_while_the_network_hangs(studio: Studio, writers) -> None:  # type: ignore[no-untyped-def]
    a = studio.desk("a")
    release = threading.Event()
    real_pull = a.transport.pull

    def hanging_pull(*args: Any) -> dict[str, Any]:
        release.wait(10)
        return real_pull(*args)

    a.transport.pull = hanging_pull  # type: ignore[method-assign]
    engine = engine_for(a, writers(), poll_interval=3600)
    engine.start()
    try:
        wait_until(lambda: engine.state().phase is Phase.SYNCING)
        started = time.monotonic()
        for _ in range(100):
            assert engine.state().phase is Phase.SYNCING
            engine.wake()
        assert time.monotonic() - started < 0.5
        release.set()
        wait_until(lambda: engine.state().phase is Phase.SYNCED)
    finally:
        release.set()
        engine.stop()


# -- HTTP ---------------------------------------------------------------------------------------
class Session:
    def __init__(self, tokens: list[str | None]) -> None:
        self.tokens = tokens
        self.refreshed = 0

    def get_token(self) -> str | None:
        return self.tokens[min(self.refreshed, len(self.tokens) - 1)]

    def on_unauthorized(self) -> None:
        self.refreshed += 1


def http(handler: Callable[[httpx.Request], httpx.Response], session: Session) -> HttpTransport:
    return HttpTransport("http://server.test", session, transport=httpx.MockTransport(handler))


PUSH = {"device_id": str(uuid.uuid4()), "schema_version": 1, "mutations": []}


def test_a_401_refreshes_the_token_and_tries_once_more() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        if request.headers["authorization"] == "Bearer old":
            return httpx.Response(401, json={"detail": "expired"})
        return httpx.Response(200, json={"last_mutation_id": 0, "results": [], "epoch": str(uuid.uuid4())})

    session = Session(["old", "new"])
    assert http(handler, session).push(PUSH)["last_mutation_id"] == 0
    assert seen == ["Bearer old", "Bearer new"]
    assert session.refreshed == 1


def test_a_second_401_means_signing_in_again() -> None:
    session = Session(["old", "still-refused"])
    with pytest.raises(SignInNeeded):
        http(lambda r: httpx.Response(401), session).push(PUSH)
    assert session.refreshed == 1
    with pytest.raises(SignInNeeded):
        http(lambda r: httpx.Response(200), Session([None])).push(PUSH)


@pytest.mark.parametrize(
    ("status", "error"),
    [(426, UpdateNeeded), (503, Offline), (500, Offline)],
)
def test_statuses_become_engine_states(status: int, error: type[Exception]) -> None:
    with pytest.raises(error):
        http(lambda r: httpx.Response(status, json={"detail": "x"}), Session(["t"])).push(PUSH)


def test_network_errors_are_offline() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(Offline):
        http(handler, Session(["t"])).pull(uuid.uuid4(), None, 10)


def test_426_stops_retrying_and_keeps_the_outbox(studio: Studio, writers) -> None:  # type: ignore[no-untyped-def]
    a = studio.desk("a")
    w = writers()
    w.submit(a.store.apply, "client.create", new_client()).result()
    calls = 0

    def refuse(body: dict[str, Any]) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        raise UpdateNeeded("426 schema_version 1 is outside the server's window", status=426)

    a.transport.push = refuse  # type: ignore[method-assign]
    engine = engine_for(a, w, poll_interval=0.01)
    engine.start()
    try:
        wait_until(lambda: engine.state().phase is Phase.NEEDS_UPDATE)
        time.sleep(0.2)
        assert calls == 1, "no retries until the desk is updated"
        assert engine.state().pending == 1
    finally:
        engine.stop()


def test_the_event_stream_is_read_as_server_sent_events() -> None:
    body = b': keep-alive\n\nevent: version\ndata: {"version": 7}\n\nevent: version\ndata: 8\n\n'

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == EVENTS_PATH
        assert request.headers["accept"] == "text/event-stream"
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})

    events = list(http(handler, Session(["t"])).events(threading.Event()))
    assert events == ["open", "version", "version"]


def test_pull_sends_the_cursor_and_device() -> None:
    device = uuid.uuid4()

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.params["device_id"] == str(device)
        assert request.url.params["cursor"] == "e:3"
        assert request.url.params["limit"] == "1"
        return httpx.Response(200, content=json.dumps({"cursor": "x"}).encode())

    assert http(handler, Session(["t"])).pull(device, "e:3", 1) == {"cursor": "x"}
