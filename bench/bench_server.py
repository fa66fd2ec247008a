"""The central server: sign-in latency with argon2id as configured, and requests per second.

Runs a real server (``kronos-server serve``, production settings, one worker) on a fresh
PostgreSQL database (``KRONOS_TEST_PG_URL``, as the tests; reached as an ordinary role) and
drives it over loopback HTTP:

- ``server.token_median_ms`` / ``server.token_p99_ms``: one desk sign-in, from posting the
  password on the login page to holding the tokens (``POST /oauth/authorize`` with e-mail and
  password, then ``POST /oauth/token`` with the code and its PKCE verifier). Baseline: a bare
  argon2id verify with the same parameters, in process (its median and p99) — the floor the
  endpoint is compared with.
- ``server.cheap_rps``: ``GET /v1/me`` with a desk's access token (the JWT checked, then the desk,
  its enroller and their role read from the database), CONCURRENCY connections for LOAD_S
  seconds from one asyncio client. Baseline: ``GET /healthz`` (no token, no database) under the
  same client, so the ratio is what authentication costs.

- ``server.keepalive_workers_ms``: requests one after another on a desk's kept-alive connection
  to ``serve --workers 2`` (median); baseline: the same to one worker.

One worker process for the others: the load generator needs a core of its own. (uvicorn's ``--workers N``
loses TCP_NODELAY on accepted sockets, uvicorn issue #3149, ~40 ms on every keep-alive request;
``serve`` works around it, see kronos_server/nodelay.py.)
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx

from bench.central import bench_database
from bench.harness import Figure, benchmark
from kronos_server.accounts import create_studio_with_owner
from kronos_server.auth import pkce
from kronos_server.auth.config import AuthConfig
from kronos_server.auth.passwords import Hasher
from kronos_server.db import Database

SIGN_INS = 100
VERIFIES = 100
CONCURRENCY = 32
LOAD_S = 5.0
WARMUP_S = 1.0
_HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)">')


def _production_environment() -> dict[str, str]:
    """This process's environment without any KRONOS_AUTH_* override: argon2id as shipped."""
    return {k: v for k, v in os.environ.items() if not k.startswith("KRONOS_AUTH_")}


@contextmanager
def _server(app_url: str, workers: int) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    env = {
        **_production_environment(),
        "KRONOS_DATABASE_URL": app_url,
        "KRONOS_SECRET_KEY": secrets.token_urlsafe(48),
        "KRONOS_ENV": "production",
        "KRONOS_METRICS_PUBLIC": "true",
        "KRONOS_PUBLIC_URL": base,
        "KRONOS_LOG_LEVEL": "WARNING",
        "KRONOS_DB_POOL_SIZE": str(max(4, CONCURRENCY // workers)),
    }
    command = [sys.executable, "-m", "kronos_server.cli", "serve", "--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited with {process.returncode}")
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start in 60 s")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def _sign_in(client: httpx.Client, email: str, password: str) -> tuple[float, dict[str, object]]:
    """One sign-in as a desk does it; returns the timed part (password → tokens) and the tokens."""
    verifier = secrets.token_urlsafe(48)
    redirect_uri = "http://127.0.0.1:50000/callback"
    page = client.get(
        "/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": "kronos-desktop",
            "redirect_uri": redirect_uri,
            "code_challenge": pkce.challenge_for(verifier),
            "code_challenge_method": "S256",
            "state": "bench",
        },
    )
    page.raise_for_status()
    form = {name: unescape(value) for name, value in _HIDDEN.findall(page.text)}
    form.update({"email": email, "password": password, "desk_name": "bench"})
    start = time.perf_counter()
    answer = client.post("/oauth/authorize", data=form)
    if answer.status_code != 302:
        raise RuntimeError(f"sign-in refused: {answer.status_code}")
    code = parse_qs(urlsplit(answer.headers["location"]).query)["code"][0]
    token = client.post(
        "/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": verifier,
            "client_id": "kronos-desktop",
        },
    )
    elapsed = time.perf_counter() - start
    token.raise_for_status()
    tokens: dict[str, object] = token.json()
    return elapsed, tokens


def _p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[98]


async def _keep_alive_client(
    host: str, port: int, request: bytes, deadline: float, counts: list[int], loop: asyncio.AbstractEventLoop
) -> None:
    """One keep-alive connection sending ``request`` until ``deadline`` (a bare HTTP/1.1 client:
    a general-purpose one would be the bottleneck, not the server)."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while loop.time() < deadline:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            match = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", head)
            await reader.readexactly(int(match.group(1)) if match else 0)
            if status != 200:
                raise RuntimeError(f"status {status}: {head[:200]!r}")
            counts[0] += 1
    finally:
        writer.close()


async def _rps(base: str, path: str, headers: dict[str, str]) -> float:
    """Requests per second of GET ``path`` over CONCURRENCY keep-alive connections."""
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    lines = [f"GET {path} HTTP/1.1", f"Host: {parts.netloc}", *(f"{k}: {v}" for k, v in headers.items())]
    request = ("\r\n".join(lines) + "\r\n\r\n").encode()
    loop = asyncio.get_running_loop()

    async def run(seconds: float) -> float:
        counts = [0]
        started = loop.time()
        clients = (_keep_alive_client(host, port, request, started + seconds, counts, loop) for _ in range(CONCURRENCY))
        await asyncio.gather(*clients)
        return counts[0] / (loop.time() - started)

    await run(WARMUP_S)
    return await run(LOAD_S)


@benchmark("server.token_median_ms", "server.token_p99_ms", "server.cheap_rps")
def server(tmp: Path) -> list[Figure]:
    """Sign-in latency (argon2id as shipped) and authenticated requests per second; see the module."""
    saved = {k: v for k, v in os.environ.items() if k.startswith("KRONOS_AUTH_")}
    for key in saved:
        del os.environ[key]  # the owner's hash is made with the shipped parameters too
    try:
        config = AuthConfig()
        hasher = Hasher(config)
        password = "correct horse battery staple"
        stored = hasher.hash(password)
        verifies = []
        for _ in range(VERIFIES):
            start = time.perf_counter()
            assert hasher.verify(stored, password).ok
            verifies.append(time.perf_counter() - start)

        workers = 1
        with bench_database("kronos_bench") as (_admin_url, app_url):
            db = Database(app_url)
            try:
                owner = create_studio_with_owner(
                    db, name="Bench", owner_email="bench@example.com", owner_name="Bench", password=password
                )
            finally:
                db.dispose()
            with _server(app_url, workers) as base, httpx.Client(base_url=base, timeout=30) as client:
                _sign_in(client, owner.email, password)  # warm-up
                sign_ins = []
                tokens: dict[str, object] = {}
                for _ in range(SIGN_INS):
                    elapsed, tokens = _sign_in(client, owner.email, password)
                    sign_ins.append(elapsed)
                headers = {"Authorization": f"Bearer {tokens['access_token']}"}
                cheap = asyncio.run(_rps(base, "/v1/me", headers))
                floor = asyncio.run(_rps(base, "/healthz", {}))
    finally:
        os.environ.update(saved)
    ms = 1000.0
    return [
        Figure("server.token_median_ms", statistics.median(sign_ins) * ms, "ms", statistics.median(verifies) * ms),
        Figure("server.token_p99_ms", _p99(sign_ins) * ms, "ms", _p99(verifies) * ms),
        Figure("server.cheap_rps", cheap, "req/s", floor),
    ]


KEEPALIVE_REQUESTS = 100


def _keepalive_ms(base: str) -> float:
    """Median ms of one request after another on one kept-alive connection (``/healthz``)."""
    with httpx.Client(base_url=base, timeout=10) as client:
        client.get("/healthz")
        took = []
        for _ in range(KEEPALIVE_REQUESTS):
            start = time.perf_counter()
            client.get("/healthz").raise_for_status()
            took.append(time.perf_counter() - start)
    return statistics.median(took) * 1000.0


@benchmark("server.keepalive_workers_ms")
def keepalive(tmp: Path) -> list[Figure]:
    """A desk's requests on its kept-alive connection to ``serve --workers 2``; baseline: the same
    to one worker. Equal when TCP_NODELAY holds in the workers (kronos_server/nodelay.py)."""
    with bench_database("kronos_bench_keepalive") as (_admin_url, app_url):
        with _server(app_url, 1) as base:
            one = _keepalive_ms(base)
        with _server(app_url, 2) as base:
            two = _keepalive_ms(base)
    return [Figure("server.keepalive_workers_ms", two, "ms", one)]
