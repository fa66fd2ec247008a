"""Searching clients as people type: ``clients.search_p95_ms`` (large demo) and
``clients.search_standard_p95_ms`` (standard demo), with the p50 of each.

One keystroke is what typing one more character costs the search: ``search_clients`` (the
FTS5 index of migration 0008, on the reader's engine) and reading the found clients' name and
phone, as a list model would. The typing: for clients picked evenly from the desk, their full
name letter by letter from the second letter, then the last 8 digits of their phone one by one
from the third. Baseline, in the same run: the bare FTS5 query (sqlite3, no SQLAlchemy) of the
same text, ``MATCH '"w1"* "w2"*'`` (or the digits' trigram table) ``LIMIT 50``, no ranking.

The large one copies the large demo desk from the bench cache (bench_calendar_day.large_desk;
built once, minutes), which the desk upgrades to 0008 at its opening (the index is filled then:
``clients.index_fill_s``). Run it with ``uv run python -m bench clients.search_p95``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import time
import uuid
from pathlib import Path

from bench.bench_calendar_day import large_desk, p95
from bench.harness import Figure, benchmark

PICKED = 12  # clients typed
WARM_UP = 20


def _typing(names: list[tuple[str, str | None]]) -> list[str]:
    typed: list[str] = []
    for name, phone in names:
        typed += [name[:n] for n in range(2, len(name) + 1)]
        digits = "".join(ch for ch in phone or "" if ch.isdigit())[-8:]
        typed += [digits[:n] for n in range(3, len(digits) + 1)]
    return typed


def _bare(text: str) -> tuple[str, str]:
    from kronos_desktop.store.queries.client_search import words_of

    words = words_of(text)
    if all(w.isdigit() for w in words):
        digits = "".join(words)
        return "SELECT rowid FROM client_search_digits WHERE client_search_digits MATCH ? LIMIT 50", f'"{digits}"'
    prefixes = " ".join(f'"{w}"*' for w in words)
    return "SELECT rowid FROM client_search WHERE client_search MATCH ? LIMIT 50", prefixes


def _run(folder: Path, label: str) -> tuple[list[float], list[float], float, int]:
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries.client_search import search_clients

    start = time.perf_counter()
    store = LocalStore.open(folder)
    opened = time.perf_counter() - start
    try:
        with store.read_engine.connect() as conn:
            dbapi = conn.connection.driver_connection
            assert dbapi is not None
            total = dbapi.execute("SELECT count(*) FROM client WHERE deleted = 0").fetchone()[0]
            studio_id = uuid.UUID(dbapi.execute("SELECT studio_id FROM client LIMIT 1").fetchone()[0])
            step = max(1, total // PICKED)
            names = dbapi.execute(
                "SELECT full_name, phone FROM client WHERE deleted = 0 AND rowid % ? = 0 LIMIT ?", (step, PICKED)
            ).fetchall()
            texts = _typing(names)
            took: list[float] = []
            for i, text in enumerate(texts[:WARM_UP] + texts):
                begin = time.perf_counter()
                ids = search_clients(conn, studio_id, text)
                if ids:
                    marks = ", ".join("?" for _ in ids)
                    dbapi.execute(
                        f"SELECT id, full_name, phone FROM client WHERE id IN ({marks})", [i.hex for i in ids]
                    ).fetchall()
                if i >= WARM_UP:
                    took.append((time.perf_counter() - begin) * 1000)
            conn.rollback()
        path = store.path
    finally:
        store.close()
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    bare: list[float] = []
    try:
        for i, text in enumerate(texts[:WARM_UP] + texts):
            sql, match = _bare(text)
            begin = time.perf_counter()
            raw.execute(sql, (match,)).fetchall()
            if i >= WARM_UP:
                bare.append((time.perf_counter() - begin) * 1000)
    finally:
        raw.close()
    print(
        f"clients.search ({label}, {total} clients, {len(texts)} keystrokes): p50 {statistics.median(took):.2f} ms, "
        f"p95 {p95(took):.2f} ms; bare FTS5: p50 {statistics.median(bare):.3f} ms, p95 {p95(bare):.3f} ms; "
        f"opening (upgrade, index filled) {opened:.1f} s"
    )
    return took, bare, opened, total


@benchmark("clients.search_standard_p95_ms", "clients.search_standard_p50_ms")
def search_standard(tmp: Path) -> list[Figure]:
    from kronos_core.demo import DemoSize, generate_demo
    from kronos_desktop.store import LocalStore

    folder = tmp / "standard-desk"
    store = LocalStore.open(folder)
    try:
        store.ensure_identity()
        with store.engine.begin() as conn:
            generate_demo(conn, size=DemoSize.standard(), today=dt.date(2026, 3, 10))
    finally:
        store.close()
    took, bare, _, _ = _run(folder, "standard demo")
    return [
        Figure("clients.search_standard_p95_ms", p95(took), "ms", p95(bare)),
        Figure("clients.search_standard_p50_ms", statistics.median(took), "ms", statistics.median(bare)),
    ]


@benchmark("clients.search_p95_ms", "clients.search_p50_ms", "clients.index_fill_s", slow=True)
def search_large(tmp: Path) -> list[Figure]:
    folder, _ = large_desk(tmp)
    took, bare, opened, _ = _run(folder, "large demo")
    return [
        Figure("clients.search_p95_ms", p95(took), "ms", p95(bare)),
        Figure("clients.search_p50_ms", statistics.median(took), "ms", statistics.median(bare)),
        Figure("clients.index_fill_s", opened, "s", None),
    ]
