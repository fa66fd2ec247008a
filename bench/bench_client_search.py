"""Searching clients as people type: ``clients.search_p95_ms`` (large demo) and
``clients.search_standard_p95_ms`` (standard demo), with the p50 of each.

One keystroke is what typing one more character costs the Clients list: the read the view
runs for a search (``ui.clients.view.read_clients``: how many clients match, and the first page
of ``FIRST_PAGE`` in the search's order, through ``Reader.client_count``/``client_page`` on the
FTS5 index of desk migrations 0008-0009) and the model taking that page (``ClientsModel``, as
the view shows it; an offscreen QApplication). The typing: for clients picked evenly from the
desk, their full name letter by letter from the second letter, then the last 8 digits of their
phone one by one from the third. Baseline, in the same run: the bare FTS5 query (sqlite3, no
SQLAlchemy, no Qt) of the same text, ``MATCH '"w1"* "w2"*'`` (or the digits' trigram table)
``LIMIT FIRST_PAGE``, no ranking and no count. Goals: p95 < 10 ms and ≤ 3x the bare p95.

The large one copies the large demo desk from the bench cache (bench_calendar_day.large_desk;
built once, minutes); ``clients.index_fill_s`` is its opening (an upgrade fills the index).
Run it with ``uv run python -m bench clients.search_p95``; with ``KRONOS_BENCH_PREFIX_INDEX=1`` it
also types again on the index made with FTS5 prefix indexes (a proposed migration), printed.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import time
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


def _bare(text: str, limit: int) -> tuple[str, str]:
    from kronos_desktop.store.queries.client_search import words_of

    words = words_of(text)
    if all(w.isdigit() for w in words):
        digits = "".join(words)
        sql = "SELECT rowid FROM client_search_digits WHERE client_search_digits MATCH ? LIMIT ?"
        return sql, f'"{digits}"'
    prefixes = " ".join(f'"{w}"*' for w in words)
    return "SELECT rowid FROM client_search WHERE client_search MATCH ? LIMIT ?", prefixes


def _names(path: Path) -> tuple[int, list[tuple[str, str | None]]]:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        total = raw.execute("SELECT count(*) FROM client WHERE deleted = 0").fetchone()[0]
        step = max(1, total // PICKED)
        names = raw.execute(
            "SELECT full_name, phone FROM client WHERE deleted = 0 AND rowid % ? = 0 LIMIT ?", (step, PICKED)
        ).fetchall()
        return total, names
    finally:
        raw.close()


def _keystrokes(path: Path, texts: list[str]) -> list[float]:
    """Milliseconds of each keystroke: the view's read of the search and its model's update."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kronos_desktop.store.queries import Reader
    from kronos_desktop.ui.clients.view import FIRST_PAGE, ClientsModel, read_clients
    from kronos_desktop.ui.common.reads import Reads

    app = QApplication.instance() or QApplication([])
    reader = Reader(path)
    model = ClientsModel(Reads(reader))
    took: list[float] = []
    try:
        with reader.connect() as conn:
            for i, text in enumerate(texts[:WARM_UP] + texts):
                begin = time.perf_counter()
                read = read_clients(conn, reader, text, FIRST_PAGE)
                model._show(read)  # what the view does with the answer (set_rows, loaded)
                if i >= WARM_UP:
                    took.append((time.perf_counter() - begin) * 1000)
                    assert read.total >= len(read.rows) > 0, text
                conn.rollback()  # each keystroke reads a fresh snapshot, as on the reads thread
        app.processEvents()
    finally:
        reader.close()
    return took


def _bare_times(path: Path, texts: list[str]) -> list[float]:
    from kronos_desktop.ui.clients.view import FIRST_PAGE

    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    bare: list[float] = []
    try:
        for i, text in enumerate(texts[:WARM_UP] + texts):
            sql, match = _bare(text, FIRST_PAGE)
            begin = time.perf_counter()
            raw.execute(sql, (match, FIRST_PAGE)).fetchall()
            if i >= WARM_UP:
                bare.append((time.perf_counter() - begin) * 1000)
    finally:
        raw.close()
    return bare


def _run(folder: Path, label: str) -> tuple[list[float], list[float], float, int]:
    from kronos_desktop.store import LocalStore

    start = time.perf_counter()
    store = LocalStore.open(folder)
    opened = time.perf_counter() - start
    path = store.path
    store.close()
    total, names = _names(path)
    texts = _typing(names)
    took = _keystrokes(path, texts)
    bare = _bare_times(path, texts)
    print(
        f"clients.search ({label}, {total} clients, {len(texts)} keystrokes): p50 {statistics.median(took):.2f} ms, "
        f"p95 {p95(took):.2f} ms; bare FTS5: p50 {statistics.median(bare):.3f} ms, p95 {p95(bare):.3f} ms; "
        f"ratio of the p95s {p95(took) / p95(bare):.1f}; opening {opened:.1f} s"
    )
    return took, bare, opened, total


@benchmark("clients.search_standard_p95_ms", "clients.search_standard_p50_ms")
def search_standard(tmp: Path) -> list[Figure]:
    from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
    from kronos_desktop.store import LocalStore

    folder = tmp / "standard-desk"
    store = LocalStore.open(folder)
    try:
        store.ensure_identity(studio_id=DEMO_STUDIO_ID)  # the desk's studio: the one the view lists
        with store.engine.begin() as conn:
            generate_demo(conn, size=DemoSize.standard(), today=dt.date(2026, 3, 10))
    finally:
        store.close()
    took, bare, _, _ = _run(folder, "standard demo")
    return [
        Figure("clients.search_standard_p95_ms", p95(took), "ms", p95(bare)),
        Figure("clients.search_standard_p50_ms", statistics.median(took), "ms", statistics.median(bare)),
    ]


PREFIX_INDEX = "prefix = '1 2'"  # FTS5's prefix indexes for words of 1 and 2 letters


def _with_prefix_index(folder: Path) -> None:
    """The same typing with ``client_search`` made again with FTS5 prefix indexes (a proposed
    desk migration; not what desks have today): printed, not a figure."""
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.client_search_index import refill

    store = LocalStore.open(folder)
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE client_search")
            conn.exec_driver_sql(
                "CREATE VIRTUAL TABLE client_search USING fts5(id UNINDEXED, studio_id UNINDEXED, full_name, "
                f"preferred_name, email, instagram, tokenize = 'unicode61 remove_diacritics 2', {PREFIX_INDEX})"
            )
            refill(conn)
    finally:
        store.close()
    _run(folder, f"large demo, proposed {PREFIX_INDEX}")


@benchmark("clients.search_p95_ms", "clients.search_p50_ms", "clients.index_fill_s", slow=True)
def search_large(tmp: Path) -> list[Figure]:
    folder, _ = large_desk(tmp)
    took, bare, opened, _ = _run(folder, "large demo")
    if os.environ.get("KRONOS_BENCH_PREFIX_INDEX"):
        _with_prefix_index(folder)
    return [
        Figure("clients.search_p95_ms", p95(took), "ms", p95(bare)),
        Figure("clients.search_p50_ms", statistics.median(took), "ms", statistics.median(bare)),
        Figure("clients.index_fill_s", opened, "s", None),
    ]
