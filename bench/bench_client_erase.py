"""Erasing a client on the large demo desk (100,000 clients): ``clients.erase_ms``.

One erase as the op does it (kronos_desktop/ops/clients.py ``erase_client``): the mutation
``client.erase`` applied with its outbox record, then the desk's own copies scrubbed
(kronos_desktop/store/erase.py ``after_erase``: the outbox, pulled pages, the search index
optimised into one segment, the WAL checkpointed; no backups, no logs). The figure is the median
of a few erases of different clients, in milliseconds, with ``clients.erase_scrub_ms`` the
scrub's part. Baseline, in the same run: a ``client.update`` of one field of a client (the
cheapest change of a client record). The search index's ``optimize`` rewrites the whole index,
so the scrub grows with the number of clients: on the writer thread, other changes wait that
long. The mutation's own part finds the records merged into the client by ``merged_into``, which
has no index yet: a scan of every client (about 0.5 s of the figure on the large demo; 28 ms with
an index on it).

Run it with ``uv run python -m bench clients.erase``.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
import uuid
from pathlib import Path

from bench.bench_calendar_day import large_desk
from bench.harness import Figure, benchmark

ERASES = 5


@benchmark("clients.erase_ms", "clients.erase_scrub_ms", slow=True)
def client_erase(tmp: Path) -> list[Figure]:
    from kronos_core.instants import utcnow
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.erase import after_erase

    folder, _ = large_desk(tmp)
    raw = sqlite3.connect(folder / "kronos.db")
    try:
        ids = [uuid.UUID(hex=r[0]) for r in raw.execute("SELECT id FROM client ORDER BY rowid LIMIT ?", (2 * ERASES,))]
    finally:
        raw.close()
    store = LocalStore.open(folder)
    try:
        updates, erases, scrubs = [], [], []
        for n, client_id in enumerate(ids[:ERASES]):
            started = time.perf_counter()
            store.apply("client.update", {"client_id": str(ids[ERASES + n]), "changes": {"notes": f"bench {n}"}})
            updates.append(time.perf_counter() - started)
            started = time.perf_counter()
            applied = store.apply("client.erase", {"client_id": str(client_id), "erased_at": utcnow().isoformat()})
            middle = time.perf_counter()
            after_erase(store.engine, store.path, applied.changed["client"], log_dir=tmp / "no-logs")
            ended = time.perf_counter()
            erases.append(ended - started)
            scrubs.append(ended - middle)
    finally:
        store.close()
    base = statistics.median(updates) * 1000
    return [
        Figure("clients.erase_ms", statistics.median(erases) * 1000, "ms", base),
        Figure("clients.erase_scrub_ms", statistics.median(scrubs) * 1000, "ms", base),
    ]
