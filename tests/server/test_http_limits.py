"""A hosted server's defaults, against the real ``kronos-server serve`` process: production will
not start with /metrics open unless told so, headers over the limit get 431, and a client that
trickles its headers or pauses its body is cut off instead of holding a connection forever."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.server.conftest import CentralDb
from tests.server.test_cli import CLI, _env, _free_port, run

SECRET = "a-production-secret-of-enough-length-" + "x" * 16
METRICS_TOKEN = "prometheus-scrapes-with-this-token"


def _production_env(central_db: CentralDb, **extra: str) -> dict[str, str]:
    env = _env(central_db.app_url, KRONOS_ENV="production", KRONOS_SECRET_KEY=SECRET, **extra)
    return {k: v for k, v in env.items() if not k.startswith("KRONOS_AUTH_")}  # argon2id as shipped


@contextmanager
def _serve(env: dict[str, str], cwd: Path) -> Iterator[tuple[str, int]]:
    port = _free_port()
    log = cwd / "server.log"
    with log.open("w") as err:
        process = subprocess.Popen(
            [CLI, "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err, text=True,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"the server did not come up: {log.read_text()}")
            time.sleep(0.1)
        yield base, port
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def production(central_db: CentralDb, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    env = _production_env(
        central_db, KRONOS_METRICS_TOKEN=METRICS_TOKEN, KRONOS_HEADER_TIMEOUT_S="1", KRONOS_BODY_TIMEOUT_S="1"
    )
    with _serve(env, tmp_path_factory.mktemp("production")) as served:
        yield served


def test_production_refuses_to_start_with_metrics_open(central_db: CentralDb, tmp_path: Path) -> None:
    done = run(["serve", "--port", str(_free_port())], _production_env(central_db), tmp_path)
    assert done.returncode == 2
    assert "refusing to start" in done.stderr
    assert "KRONOS_METRICS_TOKEN" in done.stderr
    assert "KRONOS_METRICS_PUBLIC=true" in done.stderr


def test_production_serves_open_metrics_when_told(central_db: CentralDb, tmp_path: Path) -> None:
    with _serve(_production_env(central_db, KRONOS_METRICS_PUBLIC="true"), tmp_path) as (base, _):
        assert httpx.get(base + "/metrics", timeout=5).status_code == 200


def test_production_metrics_need_the_token(production: tuple[str, int]) -> None:
    base, _ = production
    assert httpx.get(base + "/metrics", timeout=5).status_code == 401
    authorized = httpx.get(base + "/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}, timeout=5)
    assert authorized.status_code == 200


def _exchange(port: int, data: bytes, *, wait_s: float = 5) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=wait_s) as sock:
        sock.sendall(data)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def test_oversized_headers_get_431(production: tuple[str, int]) -> None:
    base, port = production
    big = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Filler: " + b"a" * 20_000 + b"\r\n\r\n"
    answer = _exchange(port, big)
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:200]
    # Headers within the limit are served as usual.
    assert httpx.get(base + "/healthz", headers={"X-Filler": "a" * 8_000}, timeout=5).status_code == 200


def test_trickled_headers_are_cut_off(production: tuple[str, int]) -> None:
    _, port = production
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /healthz HTTP/1.1\r\n")
        closed = False
        for i in range(8):  # a header line every 0.4 s: never complete, always "active"
            time.sleep(0.4)
            try:
                sock.sendall(b"X-Slow-%d: y\r\n" % i)
            except OSError:
                closed = True
                break
        if not closed:
            sock.settimeout(3)
            closed = sock.recv(1024) == b""
        assert closed, "the connection is still open"
        assert time.monotonic() - started < 4


def test_a_paused_body_is_cut_off(production: tuple[str, int]) -> None:
    _, port = production
    head = b"POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head + b"Content-Length: 100\r\n\r\ngrant_type=")
        started = time.monotonic()
        sock.settimeout(5)
        answer = sock.recv(1024)
        assert b" 200 " not in answer
        if answer:  # an error answer may come first; then the connection closes
            assert sock.recv(1024) == b""
        assert time.monotonic() - started < 4
