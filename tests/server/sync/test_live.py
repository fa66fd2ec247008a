"""Sync over real HTTP: two uvicorn processes on one database (events cross processes through
LISTEN/NOTIFY; concurrent pushers), a response lost after the commit, the listener's reconnect."""

from __future__ import annotations

import json
import os
import queue
import select
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from kronos_core.ids import uuid7
from kronos_server.db import Database
from tests.server.conftest import TEST_SECRET_KEY, CentralDb, MadeStudio
from tests.server.processes import server_processes
from tests.server.sync.conftest import Desk, MakeDesk, client_create

pytestmark = pytest.mark.slow

MakeStudio = Callable[..., MadeStudio]


@pytest.fixture(scope="module")
def two_servers(central_db: CentralDb) -> Iterator[list[str]]:
    env = {
        **os.environ,
        "KRONOS_DATABASE_URL": central_db.app_url,
        "KRONOS_SECRET_KEY": TEST_SECRET_KEY,
        "KRONOS_ENV": "development",
        "KRONOS_PUBLIC_URL": central_db.settings.public_url,  # the issuer of the tests' tokens
    }
    with server_processes(2, env, ["--timeout-graceful-shutdown", "1"]) as urls:
        yield urls


class EventReader:
    """An SSE client in a thread: ``version`` events into a queue (with when they arrived)."""

    def __init__(self, url: str, desk: Desk) -> None:
        self.events: queue.Queue[tuple[int, float]] = queue.Queue()
        self.comments: list[str] = []
        self._client = httpx.Client(timeout=httpx.Timeout(5, read=30))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(url, desk), daemon=True)
        self.status: int | None = None
        self.content_type = ""
        self._thread.start()

    def _run(self, url: str, desk: Desk) -> None:
        try:
            self._read(url, desk)
        except (httpx.HTTPError, OSError, ValueError):
            if not self._stop.is_set():
                raise

    def _read(self, url: str, desk: Desk) -> None:
        with self._client.stream("GET", f"{url}/v1/sync/events", headers=desk.headers) as response:
            self.status = response.status_code
            self.content_type = response.headers.get("content-type", "")
            event = None
            for line in response.iter_lines():
                if self._stop.is_set():
                    return
                if line.startswith(":"):
                    self.comments.append(line)
                elif line.startswith("event: "):
                    event = line.removeprefix("event: ")
                elif line.startswith("data: ") and event == "version":
                    self.events.put((json.loads(line.removeprefix("data: "))["version"], time.monotonic()))

    def next_version(self, timeout: float) -> tuple[int, float]:
        return self.events.get(timeout=timeout)

    def wait_for(self, version: int, timeout: float) -> float:
        """When an event at or above ``version`` arrived."""
        deadline = time.monotonic() + timeout
        while True:
            got, at = self.events.get(timeout=max(0.01, deadline - time.monotonic()))
            if got >= version:
                return at

    def close(self) -> None:
        self._stop.set()
        self._client.close()  # the thread, blocked on a read, ends when the next line or the server's end comes


def _push(url: str, desk: Desk, mutations: list[dict[str, Any]]) -> dict[str, Any]:
    response = httpx.post(f"{url}/v1/sync/push", json=desk.body(mutations), headers=desk.headers, timeout=30)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_a_push_through_one_process_reaches_the_event_stream_of_the_other_within_a_second(
    two_servers: list[str], make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    first, second = two_servers
    studio = make_studio()
    listener, writer = make_desk(studio), make_desk(studio)
    other_studio_desk = make_desk(make_studio())
    reader = EventReader(first, listener)
    try:
        current, _ = reader.next_version(timeout=5)  # the clock when the stream opened
        assert reader.status == 200
        assert reader.content_type.startswith("text/event-stream")
        assert current == studio.version
        for _ in range(3):
            # another studio's changes never show on this stream
            _push(second, other_studio_desk, [other_studio_desk.mutation("client.create", client_create())])
            sent = time.monotonic()
            answer = _push(second, writer, [writer.mutation("client.create", client_create())])
            version = answer["results"][0]["version"]
            got, arrived = reader.next_version(timeout=5)
            assert got == version
            assert arrived - sent < 1.0
    finally:
        reader.close()


def test_an_unauthenticated_stream_is_refused(two_servers: list[str]) -> None:
    response = httpx.get(f"{two_servers[0]}/v1/sync/events", timeout=5)
    assert response.status_code == 401


def test_concurrent_pushers_get_consecutive_versions_in_commit_order(
    two_servers: list[str], make_studio: MakeStudio, make_desk: MakeDesk, app_db: Database
) -> None:
    """Two desks push batches at once through the two processes while a third pulls pages of
    seven: every version is handed out once, each batch's versions are consecutive, and the
    puller, following its cursor, misses nothing (versions are visible in commit order)."""
    studio = make_studio()
    desks = [make_desk(studio), make_desk(studio)]
    puller = make_desk(studio)
    batches, size = 8, 5
    answers: list[list[dict[str, Any]]] = [[], []]
    errors: list[BaseException] = []
    done = threading.Event()

    def pusher(i: int) -> None:
        try:
            for _ in range(batches):
                mutations = [desks[i].mutation("client.create", client_create(f"D{i}")) for _ in range(size)]
                answers[i].append(_push(two_servers[i], desks[i], mutations))
        except BaseException as exc:
            errors.append(exc)

    received: dict[tuple[str, str], int] = {}
    cursor: list[str | None] = [None]

    def pull_round() -> None:
        while True:
            params: dict[str, Any] = {"device_id": str(puller.device_id), "limit": 7}
            if cursor[0] is not None:
                params["cursor"] = cursor[0]
            page = httpx.get(f"{two_servers[1]}/v1/sync/pull", params=params, headers=puller.headers, timeout=30).json()
            assert not page["reset"]
            for change in page["changes"]:
                received[(change["table"], change["id"])] = change["version"]
            cursor[0] = page["cursor"]
            if not page["has_more"]:
                return

    def pulling() -> None:
        try:
            while not done.is_set():
                pull_round()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=pusher, args=(i,)) for i in range(2)]
    reader = threading.Thread(target=pulling)
    reader.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    done.set()
    reader.join(timeout=60)
    assert not errors, errors
    pull_round()

    versions = [r["version"] for answer in answers for a in answer for r in a["results"]]
    assert sorted(versions) == list(range(studio.version + 1, studio.version + 1 + 2 * batches * size))
    for answer in answers:
        for a in answer:
            batch = [r["version"] for r in a["results"]]
            assert batch == list(range(batch[0], batch[0] + size))
    with app_db.tenant(studio.studio_id) as conn:
        stored = {("client", str(r.id)): int(r.version) for r in conn.execute(text("SELECT id, version FROM client"))}
    assert {k: v for k, v in received.items() if k[0] == "client"} == stored


class DropResponseProxy:
    """A loopback TCP proxy that passes requests on and drops the first response: the server
    commits, the desk never hears (the connection closes as the answer starts to come back)."""

    def __init__(self, upstream: str) -> None:
        host, port = upstream.removeprefix("http://").split(":")
        self._upstream = (host, int(port))
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.dropped = threading.Event()
        self._thread = threading.Thread(target=self._serve_one, daemon=True)
        self._thread.start()

    def _serve_one(self) -> None:
        client, _ = self._listener.accept()
        upstream = socket.create_connection(self._upstream)
        with client, upstream:
            while True:
                readable, _, _ = select.select([client, upstream], [], [], 30)
                if not readable:
                    return
                if client in readable:
                    data = client.recv(65536)
                    if not data:
                        return
                    upstream.sendall(data)
                if upstream in readable:
                    upstream.recv(65536)  # the answer: thrown away
                    self.dropped.set()
                    return

    def close(self) -> None:
        self._listener.close()


def test_a_response_lost_after_the_commit_is_answered_again_from_the_stored_results(
    two_servers: list[str], make_studio: MakeStudio, make_desk: MakeDesk, app_db: Database
) -> None:
    live_server = two_servers[0]
    studio = make_studio()
    desk = make_desk(studio)
    mutations = [desk.mutation("client.create", client_create(f"C{i}")) for i in range(3)]
    proxy = DropResponseProxy(live_server)
    try:
        with pytest.raises(httpx.TransportError):
            httpx.post(f"{proxy.url}/v1/sync/push", json=desk.body(mutations), headers=desk.headers, timeout=10)
        assert proxy.dropped.is_set()
    finally:
        proxy.close()
    with app_db.tenant(studio.studio_id) as conn:
        assert conn.execute(text("SELECT count(*) FROM client")).scalar_one() == 3  # it was committed
    answer = _push(live_server, desk, mutations)  # the desk sends the same batch again
    assert [r["status"] for r in answer["results"]] == ["applied"] * 3
    assert [r["version"] for r in answer["results"]] == [studio.version + 1, studio.version + 2, studio.version + 3]
    assert answer["last_mutation_id"] == 3
    with app_db.tenant(studio.studio_id) as conn:
        assert conn.execute(text("SELECT count(*) FROM client")).scalar_one() == 3
        assert conn.execute(text("SELECT version FROM studio_clock")).scalar_one() == studio.version + 3


def test_the_listener_reconnects_and_catches_up_when_its_connection_drops(
    two_servers: list[str], make_studio: MakeStudio, make_desk: MakeDesk, central_db: CentralDb
) -> None:
    first, second = two_servers
    studio = make_studio()
    listener, writer = make_desk(studio), make_desk(studio)
    reader = EventReader(first, listener)
    admin = central_db.admin_database()
    try:
        reader.next_version(timeout=5)
        with admin.engine.connect() as conn:
            killed = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = 'kronos-server-events' AND datname = current_database()"
                )
            ).scalar_one()
        assert killed >= 2  # one listening connection per process
        # Pushed at once: its notice may go out while no one listens; the reconnect catches up.
        answer = _push(second, writer, [writer.mutation("client.create", client_create())])
        reader.wait_for(answer["results"][0]["version"], timeout=10)
        answer = _push(second, writer, [writer.mutation("client.create", client_create())])
        reader.wait_for(answer["results"][0]["version"], timeout=5)
    finally:
        reader.close()
        admin.dispose()


def test_a_desk_id_used_by_another_studio_is_refused_over_http(
    two_servers: list[str], make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    live_server = two_servers[1]
    a, b = make_desk(make_studio()), make_desk(make_studio())
    device = uuid7()
    a.device_id = b.device_id = device
    _push(live_server, a, [a.mutation("client.create", client_create())])
    response = httpx.post(f"{live_server}/v1/sync/push", json=b.body([b.mutation("client.create", client_create())]),
                          headers=b.headers, timeout=10)  # fmt: skip
    assert response.status_code == 409
