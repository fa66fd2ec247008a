"""What keeping the client search index costs a first download: ``clients.index_download_cost_pct``.

A new desk downloads the large demo (the whole studio: 100,000 clients, 200,000 appointments,
sales, payments; and apart, its 100,000 clients alone with the studio and staff, the worst
case: ``clients.index_download_cost_clients_only_pct``), in the
server's pages of ``PAGE_LIMIT``, through the real first-download code path: ``SyncSteps.pull``
(pages fetched ahead and prepared on their thread, ``first_download.apply_pages`` writing a few
pages a transaction with the cursor), from an in-process transport that answers the pages as
the server would (so the figure is the desk's work, not the network's). Each round downloads
into two fresh desks: one as the desk does it (each batch of pages indexes its clients once at
its end: ``client_search_index.written_in_bulk`` in ``first_download``), and one without any
index work (baseline: the triggers dropped and the bulk step patched out; the index refilled
and the triggers made again after it, timed apart). Goal ≤ 10 %: (with − without) / without,
medians; the figure is that ratio, so it has no baseline of its own.

The large demo desk comes from the bench cache (``bench_calendar_day.large_desk``: built once,
minutes). ``uv run python -m bench clients.index_download``.
"""

from __future__ import annotations

import contextlib
import statistics
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from bench.harness import Figure, benchmark

ROUNDS = 3


class _Pages:
    """The server's side of a pull: fixed pages, found by the cursor they continue from."""

    def __init__(self, pages: list[dict[str, Any]]) -> None:
        self.by_since = {page["since"]: page for page in pages}

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        raise AssertionError("a first download pushes nothing")

    def pull(self, device_id: uuid.UUID, cursor: str | None, limit: int) -> dict[str, Any]:
        return self.by_since[cursor]

    def results(self, uuids: list[uuid.UUID]) -> dict[str, Any]:
        return {"results": []}


def _pages(source: Path, limit: int, *, whole: bool) -> tuple[uuid.UUID, uuid.UUID, list[dict[str, Any]]]:
    """The studio as a server's pages, one version per ``limit`` rows: its staff and clients
    alone, or (``whole``) every synced table, as a new desk's first download receives it."""
    from sqlalchemy import select

    from kronos_core.instants import utcnow
    from kronos_core.rows import encode_row
    from kronos_core.schema import SYNCED_TABLES, client, staff, studio
    from kronos_core.sync_messages import format_cursor
    from kronos_desktop.store import LocalStore

    tables = SYNCED_TABLES if whole else (studio, staff, client)
    store = LocalStore.open(source)
    try:
        with store.read_engine.connect() as conn:
            rows = [(t, encode_row(t, dict(r))) for t in tables for r in conn.execute(select(t)).mappings()]
            owner = conn.execute(select(staff.c.id).where(staff.c.role == "owner").limit(1)).scalar_one()
    finally:
        store.close()
    studio_id = uuid.UUID(str(rows[0][1]["id"]))
    epoch, now = uuid.uuid4(), utcnow().isoformat()
    pages: list[dict[str, Any]] = []
    since: str | None = None
    for start in range(0, len(rows), limit):
        version = 2 + start // limit
        changes = []
        for table, row in rows[start : start + limit]:
            row = {**row, "version": version}
            changes.append(
                {"table": table.name, "id": str(row["id"]), "version": version, "deleted": False, "row": row}
            )
        cursor = format_cursor(epoch, version)
        pages.append({"since": since, "cursor": cursor, "has_more": start + limit < len(rows), "last_mutation_id": 0,
                      "last_mutation_uuid": None, "server_time": now, "reset": False, "changes": changes})  # fmt: skip
        since = cursor
    return studio_id, owner, pages


@contextlib.contextmanager
def _no_index_work() -> Iterator[None]:
    """The baseline: the first download's bulk indexing step patched out (the triggers are
    dropped by the caller), so the download writes the rows alone."""
    from kronos_desktop.store import client_search_index

    @contextlib.contextmanager
    def nothing(conn: Any) -> Iterator[set[uuid.UUID]]:
        yield set()

    original = client_search_index.written_in_bulk
    client_search_index.written_in_bulk = nothing
    try:
        yield
    finally:
        client_search_index.written_in_bulk = original


def _download(
    folder: Path, studio_id: uuid.UUID, owner: uuid.UUID, pages: list[dict[str, Any]], *, index: bool
) -> tuple[float, float, int]:
    """Seconds the download took, seconds the index's refill took after it (without the
    triggers), and the clients downloaded."""
    from kronos_core.roles import Role
    from kronos_desktop.store import LocalStore, client_search_index
    from kronos_desktop.sync.local import LocalSync, connect_desk
    from kronos_desktop.sync.steps import PAGE_LIMIT, SyncSteps

    store = LocalStore.open(folder)
    try:
        connect_desk(store, "http://bench", studio_id=studio_id, role=Role.OWNER, staff_id=owner)
        if not index:
            with store.engine.begin() as conn:
                client_search_index.drop_triggers(conn)
        steps = SyncSteps(LocalSync(store), _Pages(pages), page_limit=PAGE_LIMIT)
        begin = time.perf_counter()
        with contextlib.nullcontext() if index else _no_index_work():
            steps.pull()
        took = time.perf_counter() - begin
        refill = 0.0
        if not index:
            begin = time.perf_counter()
            with store.engine.begin() as conn:
                client_search_index.refill(conn)
                client_search_index.create_triggers(conn)
            refill = time.perf_counter() - begin
        with store.read_engine.connect() as conn:
            clients = int(conn.exec_driver_sql("SELECT count(*) FROM client").scalar_one())
            indexed = int(conn.exec_driver_sql("SELECT count(*) FROM client_search").scalar_one())
        assert indexed == clients, f"{indexed} of {clients} clients indexed"
        return took, refill, clients
    finally:
        store.close()


def _r(values: list[float]) -> list[float]:
    return [round(v, 2) for v in values]


def measure(source: Path, tmp: Path, label: str, rounds: int = ROUNDS, *, whole: bool = False) -> Figure:
    """The cost of the index in a first download of the clients alone (the worst case: nothing
    else to download) or (``whole``) of the whole studio, as a new desk downloads it."""
    from kronos_desktop.sync.steps import PAGE_LIMIT

    studio_id, owner, pages = _pages(source, PAGE_LIMIT, whole=whole)
    rows = sum(len(page["changes"]) for page in pages)
    kept: list[float] = []
    bare: list[float] = []
    refills: list[float] = []
    clients = 0
    for n in range(rounds):
        took, _, clients = _download(tmp / f"{label}-with-{n}", studio_id, owner, pages, index=True)
        kept.append(took)
        took, refill, _ = _download(tmp / f"{label}-without-{n}", studio_id, owner, pages, index=False)
        bare.append(took)
        refills.append(refill)
    with_s, without_s = statistics.median(kept), statistics.median(bare)
    cost = (with_s - without_s) / without_s * 100
    print(
        f"clients.index_download_cost ({label}, {rows} rows of which {clients} clients, {len(pages)} pages, "
        f"{rounds} rounds, medians): with the index {with_s:.2f} s ({rows / with_s:,.0f} rows/s), without "
        f"{without_s:.2f} s ({rows / without_s:,.0f} rows/s), cost {cost:.1f} %; the index refilled after it in "
        f"{statistics.median(refills):.2f} s; all with {_r(kept)}, without {_r(bare)}"
    )
    name = "clients.index_download_cost_pct" if whole else "clients.index_download_cost_clients_only_pct"
    return Figure(name, cost, "%", None)  # itself a ratio to the same run's


@benchmark("clients.index_download_cost_pct", "clients.index_download_cost_clients_only_pct", slow=True)
def index_download_cost(tmp: Path) -> Iterable[Figure]:
    """The figure (goal ≤ 10 %) is the whole studio's first download, what "the download's rate"
    is for a desk; the clients alone, the worst case, are printed beside it."""
    from bench.bench_calendar_day import large_desk

    folder, _ = large_desk(tmp)
    yield measure(folder, tmp, "large demo, the whole studio", whole=True)
    yield measure(folder, tmp, "large demo, the clients alone")
