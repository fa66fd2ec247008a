"""Back online: how soon a desk syncs once its server answers again after an outage.

- ``sync.back_online_s``: a desk (its engine and event stream, backoff grown to 600 s as after a
  long outage) holds a change made while the server process was stopped; the server is started
  again on the same port; the figure is the time from the server's first answer to ``/healthz``
  to the desk reporting the change synced. Three outages, median. Baseline: the same change
  synced with the server up (the desk woken at once), median of five. Goal ≤ 10 s whatever the
  backoff (the engine probes the server every ~3 s while offline).

The server (production settings, its own process, killed for each outage) and its database are
made as in ``bench_sync_server``.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from pydantic import SecretStr

from bench.bench_sync_desk import _join
from bench.bench_sync_server import _desk_token
from bench.central import bench_database
from bench.harness import Figure, benchmark, median
from kronos_core.ids import uuid7
from kronos_desktop.store.writer import Writer
from kronos_desktop.sync.engine import Backoff, Phase, SyncEngine
from kronos_server.db import Database
from kronos_server.settings import Settings

OUTAGES = 3
OUTAGE_S = 5.0
ONLINE_SYNCS = 5


def _answers(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=0.5).status_code == 200
    except httpx.TransportError:
        return False


@contextmanager
def _serve(app_url: str, port: int, secret: str) -> Iterator[float]:
    """The server on ``port`` until the block ends; yields when it first answered (perf_counter)."""
    base = f"http://127.0.0.1:{port}"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("KRONOS_")},
        "KRONOS_DATABASE_URL": app_url,
        "KRONOS_SECRET_KEY": secret,
        "KRONOS_ENV": "production",
        "KRONOS_METRICS_PUBLIC": "true",
        "KRONOS_PUBLIC_URL": base,
        "KRONOS_LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-m", "kronos_server.cli", "serve", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not _answers(base):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        yield time.perf_counter()
    finally:
        process.kill()  # gone at once, as a crash or a cut cable (a graceful stop waits for streams)
        process.wait(timeout=15)


def _wait(predicate: Callable[[], bool], timeout: float) -> float:
    """perf_counter when ``predicate`` first held."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        time.sleep(0.01)
    return time.perf_counter()


@benchmark("sync.back_online_s", slow=True)
def back_online(tmp: Path) -> Iterable[Figure]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    secret = secrets.token_urlsafe(48)
    with bench_database("kronos_bench_online") as (_admin_url, app_url):
        settings = Settings(
            database_url=app_url, secret_key=SecretStr(secret), env="production", public_url=base, metrics_public=True
        )
        db = Database(app_url, pool_size=2)
        writer = Writer()
        try:
            with _serve(app_url, port, secret):
                studio_id, owner_id, token = _desk_token(db, settings)
                store, http = _join(tmp / "desk", base, studio_id, owner_id, token)
                engine = SyncEngine(
                    store, writer, http, events=http.events, poll_interval=3600, backoff=Backoff(600.0, 600.0)
                )
                engine.start()

                def synced() -> bool:
                    return store.pending_count() == 0 and engine.state().phase is Phase.SYNCED

                def change() -> None:
                    args = {"client_id": str(uuid7()), "full_name": "Cliente"}
                    writer.submit(store.apply, "client.create", args).result()

                _wait(synced, 30)
                online = []
                for _ in range(ONLINE_SYNCS):
                    change()
                    start = time.perf_counter()
                    engine.sync_now()
                    online.append(_wait(synced, 30) - start)
            back = []
            try:
                for _ in range(OUTAGES):
                    change()
                    engine.wake()
                    _wait(lambda: engine.state().phase is Phase.OFFLINE, 30)
                    time.sleep(OUTAGE_S)
                    with _serve(app_url, port, secret) as answered:
                        back.append(_wait(synced, 60) - answered)
            finally:
                engine.stop()
                http.close()
                store.close()
        finally:
            writer.shutdown()
            db.dispose()
    yield Figure("sync.back_online_s", median(back), "s", median(online))
