"""The sync server: a desk's offline work pushed, and a big studio pulled, over loopback HTTP.

Runs a real server (``kronos-server serve``, production settings, one worker) on a fresh
PostgreSQL database (``KRONOS_TEST_PG_URL``, as the tests; reached as an ordinary role, so
row-level security is in force) with a desk's access token signed by the server's key:

- ``sync.push_1000_s``: 1,000 mutations recorded offline (500 ``client.create``, 500
  ``appointment.book``, each booking checked for clashes) pushed in batches of 50, one request
  after the other, as the desk's engine sends them. Goal < 2 s. Baseline: the same 1,000 rows
  inserted directly by SQL in one transaction (executemany), the floor of writing them at all.
- ``sync.pull_100k_s``: a studio of 100,000 clients (1,000 versions of 100 rows, written
  directly) pulled from scratch in the desk's pages (``PAGE_LIMIT``) until ``has_more`` is false,
  each page's JSON decoded as a desk's first download does (Python's cyclic collector paused,
  kronos_desktop/sync/steps.py). Baseline: one ``SELECT`` of the same rows over the same role,
  in one query.

Each figure and its baseline is the median of ``REPEAT`` runs, taken in turns (a fresh studio
for each push), so that a moment of load on a 2-core machine moves neither alone.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from pydantic import SecretStr
from sqlalchemy import insert, text

from bench.central import admin_connection, bench_database
from bench.harness import Figure, benchmark, median
from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_core.schema import appointment, client
from kronos_core.sync_messages import MAX_PUSH_MUTATIONS, SCHEMA_VERSION
from kronos_desktop.sync.steps import PAGE_LIMIT, cycle_collector_paused
from kronos_server.accounts import create_studio_with_owner
from kronos_server.auth.state import build_auth_state
from kronos_server.db import Database
from kronos_server.settings import Settings
from kronos_server.tables import desk

MUTATIONS = 1_000
PULL_ROWS = 100_000
ROWS_PER_VERSION = 100
PAGE = PAGE_LIMIT  # what a desk asks for
REPEAT = 3
T0 = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


@contextmanager
def _server(app_url: str) -> Iterator[tuple[str, Settings]]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    secret = secrets.token_urlsafe(48)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("KRONOS_")},
        "KRONOS_DATABASE_URL": app_url,
        "KRONOS_SECRET_KEY": secret,
        "KRONOS_ENV": "production",
        "KRONOS_METRICS_PUBLIC": "true",
        "KRONOS_PUBLIC_URL": base,
        "KRONOS_LOG_LEVEL": "WARNING",
    }
    settings = Settings(
        database_url=app_url, secret_key=SecretStr(secret), env="production", public_url=base, metrics_public=True
    )
    command = [sys.executable, "-m", "kronos_server.cli", "serve", "--port", str(port)]
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
        yield base, settings
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def _desk_token(db: Database, settings: Settings) -> tuple[uuid.UUID, uuid.UUID, str]:
    """A studio, an enrolled desk of its owner and an access token: (studio, owner staff, token)."""
    made = create_studio_with_owner(
        db,
        name=f"Bench {secrets.token_hex(3)}",
        owner_email=f"owner-{secrets.token_hex(6)}@example.com",
        owner_name="Dona",
        password="correct horse battery staple",
        hasher=lambda _: "$argon2id$v=19$m=65536,t=3,p=4$bench$bench",
    )
    desk_id = uuid7()
    with db.tenant(made.studio_id) as conn:
        conn.execute(
            desk.insert().values(
                id=desk_id,
                studio_id=made.studio_id,
                name="bench",
                role="owner",
                enrolled_by=made.owner_staff_id,
                enrolled_at=utcnow(),
            )
        )
    token = build_auth_state(settings).access_tokens.issue(
        staff_id=made.owner_staff_id, studio_id=made.studio_id, desk_id=desk_id, role=Role.OWNER, now=utcnow()
    )
    return made.studio_id, made.owner_staff_id, token


def _offline_work(artist_id: uuid.UUID) -> list[dict[str, Any]]:
    """1,000 mutations as a desk records them: a client, then their booking, 500 times."""
    mutations: list[dict[str, Any]] = []
    for i in range(MUTATIONS // 2):
        client_id = uuid7()
        start = T0 + dt.timedelta(hours=i)
        for name, args in (
            ("client.create", {"client_id": str(client_id), "full_name": f"Cliente {i}", "phone": "+5511987654321"}),
            (
                "appointment.book",
                {
                    "appointment_id": str(uuid7()),
                    "client_id": str(client_id),
                    "artist_id": str(artist_id),
                    "starts_at": start.isoformat(),
                    "ends_at": (start + dt.timedelta(minutes=50)).isoformat(),
                },
            ),
        ):
            mutations.append({"id": len(mutations) + 1, "uuid": str(uuid7()), "name": name, "args": args})
    return mutations


def _client(base: str, token: str) -> httpx.Client:
    """One keep-alive client, as a desk's engine holds one."""
    return httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60)


def _push_all(base: str, token: str, mutations: list[dict[str, Any]]) -> float:
    device_id = str(uuid7())
    with _client(base, token) as http:
        http.get("/healthz")  # connect before the clock starts
        start = time.perf_counter()
        for i in range(0, len(mutations), MAX_PUSH_MUTATIONS):
            batch = mutations[i : i + MAX_PUSH_MUTATIONS]
            body = {"device_id": device_id, "schema_version": SCHEMA_VERSION, "mutations": batch}
            answer = http.post("/v1/sync/push", json=body)
            answer.raise_for_status()
            statuses = {r["status"] for r in answer.json()["results"]}
            if statuses != {"applied"} or len(answer.json()["results"]) != len(batch):
                raise RuntimeError(f"unexpected push answer: {answer.text[:300]}")
        return time.perf_counter() - start


def _direct_inserts(db: Database, studio_id: uuid.UUID, artist_id: uuid.UUID) -> float:
    """The same rows written by SQL in one transaction (the floor: no checks, no bookkeeping)."""
    now = utcnow()
    sync = {"studio_id": studio_id, "version": 1, "deleted": False, "created_at": now, "changed_at": now}
    clients, bookings = [], []
    for i in range(MUTATIONS // 2):
        client_id = uuid7()
        start = T0 + dt.timedelta(hours=i)
        clients.append({**sync, "id": client_id, "full_name": f"Cliente {i}", "phone": "+5511987654321", "tags": []})
        bookings.append(
            {
                **sync,
                "id": uuid7(),
                "client_id": client_id,
                "artist_id": artist_id,
                "starts_at": start,
                "ends_at": start + dt.timedelta(minutes=50),
                "kind": "session",
                "status": "booked",
                "in_conflict": False,
            }
        )
    start_s = time.perf_counter()
    with db.tenant(studio_id) as conn:
        conn.execute(insert(client), clients)
        conn.execute(insert(appointment), bookings)
    return time.perf_counter() - start_s


@benchmark("sync.push_1000_s", "sync.pull_100k_s")
def sync_server(tmp: Path) -> Iterable[Figure]:
    with bench_database("kronos_bench_sync") as (admin_url, app_url), _server(app_url) as (base, settings):
        db = Database(app_url, pool_size=2)
        try:
            pushed, direct = [], []
            for _ in range(REPEAT):
                _, owner_id, token = _desk_token(db, settings)
                pushed.append(_push_all(base, token, _offline_work(owner_id)))
                other_studio, other_owner, _ = _desk_token(db, settings)
                direct.append(_direct_inserts(db, other_studio, other_owner))
            yield Figure("sync.push_1000_s", median(pushed), "s", median(direct))

            big_studio, _, big_token = _desk_token(db, settings)
            _fill(admin_url, big_studio)
            pulled, selected = [], []
            for _ in range(REPEAT):
                pulled.append(_pull_all(base, big_token))
                selected.append(_select_all(db, big_studio))
            yield Figure("sync.pull_100k_s", median(pulled), "s", median(selected))
        finally:
            db.dispose()


def _fill(admin_url: str, studio_id: uuid.UUID) -> None:
    """100,000 clients at versions 2..1001 (100 a version), the clock at 1001: written directly."""
    versions = PULL_ROWS // ROWS_PER_VERSION
    with admin_connection(admin_url) as conn:
        conn.execute(
            "INSERT INTO client (id, studio_id, version, deleted, created_at, changed_at, full_name, tags) "
            "SELECT gen_random_uuid(), %s, 2 + (n / %s), false, now(), now(), 'Cliente ' || n, '[]' "
            "FROM generate_series(0, %s - 1) AS n",
            [studio_id, ROWS_PER_VERSION, PULL_ROWS],
        )
        conn.execute("UPDATE studio_clock SET version = %s WHERE studio_id = %s", [1 + versions, studio_id])
        conn.execute("VACUUM ANALYZE client")


def _pull_all(base: str, token: str) -> float:
    device_id = str(uuid7())
    with _client(base, token) as http, cycle_collector_paused(True):
        http.get("/healthz")
        start = time.perf_counter()
        cursor: str | None = None
        rows = 0
        while True:
            params: dict[str, Any] = {"device_id": device_id, "limit": PAGE}
            if cursor is not None:
                params["cursor"] = cursor
            page = http.get("/v1/sync/pull", params=params)
            page.raise_for_status()
            body = page.json()
            rows += len(body["changes"])
            cursor = body["cursor"]
            if not body["has_more"]:
                break
        elapsed = time.perf_counter() - start
    if rows < PULL_ROWS:
        raise RuntimeError(f"pulled {rows} rows, expected at least {PULL_ROWS}")
    return elapsed


def _select_all(db: Database, studio_id: uuid.UUID) -> float:
    start = time.perf_counter()
    with db.tenant(studio_id) as conn:
        rows = conn.execute(text("SELECT * FROM client WHERE studio_id = :sid"), {"sid": studio_id}).all()
    elapsed = time.perf_counter() - start
    if len(rows) < PULL_ROWS:
        raise RuntimeError("the baseline read too few rows")
    return elapsed
