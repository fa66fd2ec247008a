"""The desk's side of the sync: what a local change costs, how fast a new desk downloads a big
studio, and how soon a booking made on one desk shows on another.

- ``sync.local_write_us``: one ``LocalStore.apply`` of ``client.create`` (the row, its outbox
  record with its take-back record, the replica's sequence number: one ``BEGIN IMMEDIATE``
  transaction, ``synchronous=FULL``), median of 300. Baseline: a plain insert of the same row in
  its own transaction on the same file. Goal ≤ 1.5×.
- ``sync.initial_download_rows_per_s``: a new desk pulls a studio of 100,000 clients from the
  real server (in the desk's pages, PAGE_LIMIT) and applies them as they come (nothing is pending: a few pages a
  transaction, with the cursor, while the next are fetched). Baseline: the same rows inserted
  by bare executemany into plain tables (rows/s). Goal ≥ 20,000 rows/s.
- ``sync.propagation_p95_ms``: a booking made on one desk (its engine pushes at once) shown on
  another (woken by the server's event, it pulls and applies), through a real server process and
  PostgreSQL; 40 bookings, 95th percentile. Baseline: the median. Goal < 1 s.

The server (production settings), its database and the big studio are made as in
``bench_sync_server``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import threading
import time
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bench.bench_sync_server import _desk_token, _fill, _server
from bench.central import bench_database
from bench.harness import Figure, benchmark, median
from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_core.schema import client
from kronos_desktop.store import LocalStore
from kronos_desktop.store.writer import Writer
from kronos_desktop.sync.engine import Backoff, Phase, RowsChanged, SyncEngine
from kronos_desktop.sync.http import HttpTransport
from kronos_desktop.sync.local import LocalSync, connect_desk
from kronos_desktop.sync.steps import PAGE_LIMIT, SyncSteps
from kronos_server.auth.state import build_auth_state
from kronos_server.db import Database
from kronos_server.settings import Settings

WRITES = 300
DOWNLOAD_PAGE = PAGE_LIMIT  # what a desk asks for
BOOKINGS = 40
T0 = dt.datetime(2026, 7, 1, 12, 0, tzinfo=dt.UTC)


class _Token:
    def __init__(self, token: str) -> None:
        self.token = token

    def get_token(self) -> str:
        return self.token

    def on_unauthorized(self) -> None:
        pass


def _standalone(folder: Path) -> LocalStore:
    store = LocalStore.open(folder)
    state = store.ensure_identity()
    store.apply(
        "studio.setup",
        {"studio_id": str(state.studio_id), "name": "Bench", "owner_staff_id": str(uuid7()), "owner_name": "Dona"},
    )
    return store


@benchmark("sync.local_write_us")
def local_write(tmp: Path) -> Iterable[Figure]:
    store = _standalone(tmp / "desk")
    try:
        studio_id = store.identity().studio_id  # type: ignore[union-attr]
        applied: list[float] = []
        plain: list[float] = []
        now = utcnow()
        for i in range(WRITES):
            args = {"client_id": str(uuid7()), "full_name": f"Cliente {i}", "phone": "+5511987654321"}
            start = time.perf_counter()
            store.apply("client.create", args)
            applied.append(time.perf_counter() - start)
            row: dict[str, Any] = {
                "id": uuid7(), "studio_id": studio_id, "version": 0, "deleted": False, "created_at": now,
                "changed_at": now, "full_name": f"Cliente {i}", "phone": "+5511987654321", "tags": [],
            }  # fmt: skip
            start = time.perf_counter()
            with store.engine.begin() as conn:
                conn.execute(insert(client), row)
            plain.append(time.perf_counter() - start)
        yield Figure("sync.local_write_us", median(applied) * 1e6, "us", median(plain) * 1e6)
    finally:
        store.close()


def _bare_rows_per_s(source: Path, target: Path) -> float:
    """Rows/s of a bare executemany of the desk's client rows into a plain table."""
    src = sqlite3.connect(source)
    rows = src.execute("SELECT * FROM client").fetchall()
    src.close()
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = FULL")
    width = len(rows[0])
    dst.execute(f"CREATE TABLE plain ({', '.join(f'c{i}' for i in range(width))})")
    start = time.perf_counter()
    dst.execute("BEGIN IMMEDIATE")
    dst.executemany(f"INSERT INTO plain VALUES ({', '.join('?' * width)})", rows)
    dst.execute("COMMIT")
    took = time.perf_counter() - start
    dst.close()
    return len(rows) / took


def _join(folder: Path, base: str, studio_id: uuid.UUID, owner_id: uuid.UUID, token: str) -> tuple[LocalStore, Any]:
    store = LocalStore.open(folder)
    connect_desk(store, base, studio_id=studio_id, role=Role.OWNER, staff_id=owner_id)
    return store, HttpTransport(base, _Token(token), timeout=120)


@benchmark("sync.initial_download_rows_per_s", "sync.propagation_p95_ms", slow=True)
def desk_sync(tmp: Path) -> Iterable[Figure]:
    with bench_database("kronos_bench_desk") as (admin_url, app_url), _server(app_url) as (base, settings):
        db = Database(app_url, pool_size=2)
        try:
            yield _download(tmp, db, settings, admin_url, base)
            yield _propagation(tmp, db, settings, base)
        finally:
            db.dispose()


def _download(tmp: Path, db: Database, settings: Settings, admin_url: str, base: str) -> Figure:
    studio_id, owner_id, token = _desk_token(db, settings)
    _fill(admin_url, studio_id)
    store, http = _join(tmp / "new-desk", base, studio_id, owner_id, token)
    try:
        sync = SyncSteps(LocalSync(store), http, page_limit=DOWNLOAD_PAGE)
        start = time.perf_counter()
        sync.pull()
        took = time.perf_counter() - start
        with store.read_engine.connect() as conn:
            rows = int(conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one())
        bare = _bare_rows_per_s(store.path, tmp / "bare.sqlite")
    finally:
        http.close()
        store.close()
    return Figure("sync.initial_download_rows_per_s", rows / took, "rows/s", bare)


def _propagation(tmp: Path, db: Database, settings: Settings, base: str) -> Figure:
    studio_id, owner_id, token = _desk_token(db, settings)
    # A second desk of the same studio: its own enrolment and token.
    from kronos_server.tables import desk

    desk_id = uuid7()
    with db.tenant(studio_id) as conn:
        conn.execute(
            desk.insert().values(
                id=desk_id, studio_id=studio_id, name="b", role="owner", enrolled_by=owner_id, enrolled_at=utcnow()
            )
        )
    token_b = build_auth_state(settings).access_tokens.issue(
        staff_id=owner_id, studio_id=studio_id, desk_id=desk_id, role=Role.OWNER, now=utcnow()
    )
    a, ha = _join(tmp / "a", base, studio_id, owner_id, token)
    b, hb = _join(tmp / "b", base, studio_id, owner_id, token_b)
    wa, wb = Writer(), Writer()
    backoff = Backoff(base=0.2, cap=2.0)
    ea = SyncEngine(a, wa, ha, poll_interval=3600, backoff=backoff)
    eb = SyncEngine(b, wb, hb, poll_interval=3600, backoff=backoff, events=hb.events)
    arrived: dict[uuid.UUID, float] = {}
    got = threading.Condition()

    def on_b(event: object) -> None:
        if isinstance(event, RowsChanged):
            with got:
                for row_id in event.changed.get("appointment", ()):
                    arrived.setdefault(row_id, time.perf_counter())
                got.notify_all()

    eb.subscribe(on_b)
    ea.start()
    eb.start()
    try:

        def wait_synced() -> None:
            deadline = time.monotonic() + 30
            while not (
                ea.state().phase is Phase.SYNCED and eb.state().phase is Phase.SYNCED and ea.state().pending == 0
            ):
                if time.monotonic() > deadline:
                    raise RuntimeError("the desks did not sync")
                time.sleep(0.05)

        wait_synced()  # both downloaded the studio
        client_id = uuid7()
        wa.submit(a.apply, "client.create", {"client_id": str(client_id), "full_name": "Cliente"}).result()
        ea.wake()
        wait_synced()
        time.sleep(0.5)
        delays: list[float] = []
        for i in range(BOOKINGS):
            start_at = T0 + dt.timedelta(hours=i)
            appointment_id = uuid7()
            args = {
                "appointment_id": str(appointment_id),
                "client_id": str(client_id),
                "artist_id": str(owner_id),
                "starts_at": start_at.isoformat(),
                "ends_at": (start_at + dt.timedelta(hours=1)).isoformat(),
            }
            start = time.perf_counter()
            wa.submit(a.apply, "appointment.book", args).result()
            ea.wake()
            with got:
                if not got.wait_for(lambda a_id=appointment_id: a_id in arrived, timeout=10):  # type: ignore[misc]
                    raise RuntimeError("a booking did not reach the other desk in 10 s")
            delays.append(arrived[appointment_id] - start)
            time.sleep(0.05)
    finally:
        ea.stop()
        eb.stop()
        wa.shutdown()
        wb.shutdown()
        a.close()
        b.close()
    p95 = statistics.quantiles(delays, n=20)[-1] * 1000
    return Figure("sync.propagation_p95_ms", p95, "ms", median(delays) * 1000)
