"""A small HTTP proxy on loopback between a desk's ``HttpTransport`` and a real server, with
faults switched on request by request.

Each connection carries one request (HTTP/1.0: the proxy closes it after the answer), handled on
a thread of its own; the server is asked through an httpx client. A test arms faults for a path
(``proxy.arm(PUSH_PATH, deliver_times(3))``): each armed fault takes the next request to that
path, in order; a request with no fault armed passes through. A fault gets the :class:`Exchange`
(the request, and ``forward()`` to send it to the server as often as it likes) and says what the
desk gets: an :class:`Answer`, whole or cut after some bytes (``cut_at=0``: the connection closes
before a byte of the answer).

The event stream (``/v1/sync/events``, a long-lived answer) is refused with 503, as a proxy that
does not stream would: the desks pull on their timer. Nothing waits forever: a held answer is
let go after ``HOLD_LIMIT`` seconds or at :meth:`Proxy.close`, which also waits for every
request's thread to end.
"""

from __future__ import annotations

import collections
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

from kronos_desktop.sync.http import EVENTS_PATH

HOLD_LIMIT = 30.0  # seconds an answer is held at most (a test that forgets to release it)
FORWARDED_HEADERS = ("authorization", "content-type", "accept")


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str = "application/json"
    cut_at: int | None = None  # send only this many bytes of the body, then close

    def json(self) -> dict[str, Any]:
        decoded: dict[str, Any] = json.loads(self.body)
        return decoded


@dataclass
class Exchange:
    """One request from the desk, as the proxy got it."""

    proxy: Proxy
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def forward(self, **query: str) -> Answer:
        """Send the request to the server (``query`` overrides parameters); 502 if it is down."""
        return self.proxy.upstream(self, {**self.query, **query})


Fault = Callable[[Exchange], Answer]


def pass_through(exchange: Exchange) -> Answer:
    return exchange.forward()


def deliver_times(n: int) -> Fault:
    """The request reaches the server ``n`` times (a retrying proxy); the desk gets the last answer."""

    def fault(exchange: Exchange) -> Answer:
        for _ in range(n - 1):
            exchange.forward()
        return exchange.forward()

    return fault


def lose_answer(then: Callable[[], None] | None = None) -> Fault:
    """The server answers (it committed); the connection closes before the answer reaches the
    desk. ``then`` runs in between (kill the server, say)."""

    def fault(exchange: Exchange) -> Answer:
        answer = exchange.forward()
        if then is not None:
            then()
        return Answer(answer.status, answer.body, answer.content_type, cut_at=0)

    return fault


def cut_mid_body(exchange: Exchange) -> Answer:
    """The answer's head and half its body arrive, then the connection closes."""
    answer = exchange.forward()
    return Answer(answer.status, answer.body, answer.content_type, cut_at=len(answer.body) // 2)


def before(hook: Callable[[], None]) -> Fault:
    """``hook`` runs (restart the server, say) before the request goes on."""

    def fault(exchange: Exchange) -> Answer:
        hook()
        return exchange.forward()

    return fault


def replay(answer: Answer) -> Fault:
    """An answer recorded earlier is given instead of asking the server (a stale cache)."""
    return lambda exchange: answer


def next_page_instead(exchange: Exchange) -> Answer:
    """A pull is answered with the page after the one asked for (that one is never seen)."""
    asked = exchange.forward().json()
    assert asked["has_more"], "there is no later page to give instead"
    return exchange.forward(cursor=asked["cursor"])


def swap_pages() -> tuple[Fault, Fault]:
    """Two faults for two pulls in a row: the first gets the page after the one it asked for,
    the second the page the first asked for (both reach the desk, in the wrong order)."""
    skipped: list[Answer] = []

    def first(exchange: Exchange) -> Answer:
        answer = exchange.forward()
        skipped.append(answer)
        return exchange.forward(cursor=answer.json()["cursor"])

    def second(exchange: Exchange) -> Answer:
        return skipped.pop()

    return first, second


@dataclass
class Hold:
    """A fault that forwards the request and holds the answer until :meth:`release` (or until
    ``HOLD_LIMIT``): a test acts while the server has answered and the desk has not heard."""

    reached: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)

    def __call__(self, exchange: Exchange) -> Answer:
        answer = exchange.forward()
        self.reached.set()
        self.released.wait(HOLD_LIMIT)
        return answer

    def wait(self, timeout: float = 30) -> None:
        assert self.reached.wait(timeout), "the held request never came"

    def release(self) -> None:
        self.released.set()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 30  # seconds a silent connection is kept

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: the proxy's own log is Proxy.seen

    def do_GET(self) -> None:
        self._relay()

    def do_POST(self) -> None:
        self._relay()

    def _relay(self) -> None:
        proxy = self.server.proxy
        url = urlsplit(self.path)
        if url.path == EVENTS_PATH:
            self._answer(Answer(503, b'{"detail": "no event stream through this proxy"}'))
            return
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() in FORWARDED_HEADERS}
        exchange = Exchange(proxy, self.command, url.path, dict(parse_qsl(url.query)), headers, body)
        try:
            answer = proxy.take_fault(url.path)(exchange)
        except Exception as exc:  # a fault that could not do its job: the test fails at close
            proxy.errors.append(exc)
            answer = Answer(500, json.dumps({"detail": f"the proxy's fault failed: {exc!r}"}).encode())
        proxy.record(url.path, answer)
        self._answer(answer)

    def _answer(self, answer: Answer) -> None:
        self.close_connection = True
        try:
            if answer.cut_at != 0:
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body[: answer.cut_at])
                self.wfile.flush()
            if answer.cut_at is not None:
                self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # the desk is gone (killed while its answer was held)


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() waits for every request's thread
    block_on_close = True

    def __init__(self, proxy: Proxy) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.proxy = proxy


class Proxy:
    """The proxy in front of ``target`` (a base URL); ``base_url`` is where desks connect."""

    def __init__(self, target: str) -> None:
        self.target = target.rstrip("/")
        self._client = httpx.Client(base_url=self.target, timeout=30)
        self._faults: dict[str, collections.deque[Fault]] = collections.defaultdict(collections.deque)
        self._holds: list[Hold] = []
        self._lock = threading.Lock()
        self.seen: list[tuple[str, str]] = []  # (method, path) of every request sent to the server
        self.given: list[tuple[str, Answer]] = []  # (path, answer) of every answer given to a desk
        self.errors: list[Exception] = []  # what the faults raised
        self._server = _Server(self)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="sync-proxy", daemon=True)
        self._thread.start()

    def arm(self, path: str, *faults: Fault) -> None:
        """The next requests to ``path`` get these faults, one each, in order."""
        with self._lock:
            self._faults[path].extend(faults)
            self._holds.extend(f for f in faults if isinstance(f, Hold))

    def armed(self) -> int:
        """How many armed faults no request has taken yet."""
        with self._lock:
            return sum(len(q) for q in self._faults.values())

    def take_fault(self, path: str) -> Fault:
        with self._lock:
            queue = self._faults.get(path)
            return queue.popleft() if queue else pass_through

    def record(self, path: str, answer: Answer) -> None:
        with self._lock:
            self.given.append((path, answer))

    def answers(self, path: str) -> list[Answer]:
        """The answers given to the desks for ``path``, in order."""
        with self._lock:
            return [a for p, a in self.given if p == path]

    def sent(self, path: str) -> int:
        """How many requests to ``path`` reached (or were sent towards) the server."""
        with self._lock:
            return sum(1 for _, p in self.seen if p == path)

    def upstream(self, exchange: Exchange, query: dict[str, str]) -> Answer:
        with self._lock:
            self.seen.append((exchange.method, exchange.path))
        try:
            response = self._client.request(
                exchange.method,
                exchange.path,
                params=query,
                content=exchange.body,
                headers={**exchange.headers, "Accept-Encoding": "identity"},
            )
        except httpx.TransportError as exc:
            return Answer(502, json.dumps({"detail": f"the server did not answer: {exc}"}).encode())
        content_type = response.headers.get("content-type", "application/octet-stream")
        return Answer(response.status_code, response.content, content_type)

    def close(self) -> None:
        for hold in self._holds:
            hold.release()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
        self._client.close()
