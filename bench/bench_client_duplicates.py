"""Likely duplicates on the large demo: ``clients.duplicate_false_pairs`` (goal under 100) and
``clients.duplicate_check_p95_ms`` (one candidate checked as the desk checks it, p95).

The generator plants duplicates (kronos_core/demo/people.py: about 1.5% of the clients are a
second record of an earlier one) and says which (``planted_pairs``, replayed without a database
and checked against the desk's names). Every client is compared with the ones it could be a
duplicate of, by blocks, so the scan is not n²:

- the same phone, the same e-mail (folded), the same document digits: every pair in the block;
- the same surname and the same birth date: every pair (the rule's "similar name and same birth
  date");
- the same surname and the same initial of a given name, where one of the two has no phone: the
  rule's "similar name" alone (two records with two phones are two people, see
  kronos_core/duplicates.py). A pair whose given names share no initial is not compared: the rule
  would need a score of 90 on two names that start differently word by word.

Each pair found is put to the rule (kronos_core.duplicates.compare); a flagged pair is planted when
both records are one planted person (a client and each of its duplicates, and two duplicates of
one client). Figures: ``clients.duplicate_false_pairs`` (flagged, not planted; baseline: the
planted pairs) and ``clients.duplicate_planted_missed`` (planted pairs the rule does not flag).

The check: for 300 clients picked evenly, their name, phone, e-mail, document and birth date as a
new client's (their own id left out), :func:`~kronos_desktop.store.queries.duplicates.find_duplicates`
on the reader's engine. Baseline, in the same run: the bare reads it cannot do without (sqlite3:
the phone's index and the name's FTS5 words, ``LIMIT 60``).

Slow (the large desk: built once into the bench cache, see bench_calendar_day.large_desk):
``uv run python -m bench clients.duplicate``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

from bench.bench_calendar_day import large_desk, p95
from bench.harness import Figure, benchmark

PICKED = 300
WARM_UP = 20
_ROWS = (
    "SELECT id, full_name, phone, email, document_number, birth_date FROM client "
    "WHERE deleted = 0 AND merged_into IS NULL AND erased_at IS NULL ORDER BY rowid"
)


class _Clusters:
    """Union-find over the planted pairs: which records are one person."""

    def __init__(self, pairs: Iterable[tuple[int, int]]) -> None:
        self.parent: dict[int, int] = {}
        for a, b in pairs:
            self.parent[self.find(a)] = self.find(b)

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root


def _people(dbapi: sqlite3.Connection) -> list[object]:
    from kronos_core.duplicates import Person, prepare

    found: list[object] = []
    for row_id, name, phone, email, document, born in dbapi.execute(_ROWS):
        birth = dt.date.fromisoformat(born) if born else None
        found.append(prepare(Person(name, uuid.UUID(row_id), phone, email, document, birth)))
    return found


def _pairs(people: list[object]) -> set[tuple[int, int]]:
    """The pairs to compare (indexes, smaller first), by blocks (see the module)."""
    from kronos_core.duplicates import Prepared

    exact: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_birth: dict[tuple[str, dt.date], list[int]] = defaultdict(list)
    by_initial: dict[tuple[str, str], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, one in enumerate(people):
        assert isinstance(one, Prepared)
        for kind, key in (("phone", one.phone), ("email", one.email), ("document", one.document)):
            if key:
                exact[(kind, key)].append(i)
        given = one.words[:1] + tuple(w for w in one.words[1:] if w not in one.surnames)
        for surname in one.surnames:
            if one.person.birth_date is not None:
                by_birth[(surname, one.person.birth_date)].append(i)
            for initial in {w[0] for w in given}:
                with_phone, without = by_initial[(surname, initial)]
                (with_phone if one.phone else without).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in (*exact.values(), *by_birth.values()):
        pairs.update(combinations(members, 2))
    for with_phone, without in by_initial.values():
        pairs.update(combinations(without, 2))
        pairs.update((min(a, b), max(a, b)) for a in without for b in with_phone)
    return pairs


def _scan(folder: Path) -> tuple[int, int, int, int, float]:
    from kronos_core.duplicates import Prepared, compare
    from kronos_desktop.store import LocalStore

    store = LocalStore.open(folder)  # brought up to the desk's schema
    path = store.path
    store.close()
    dbapi = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in dbapi.execute("SELECT full_name FROM client ORDER BY rowid")]
        begin = time.perf_counter()
        people = _people(dbapi)
    finally:
        dbapi.close()
    replayed, planted = _replay(len(names))
    if replayed != names:
        raise RuntimeError("the cached large desk was built by another generator: delete the bench cache")
    if len(people) != len(names):
        raise RuntimeError("the large desk has merged or erased clients: the planted pairs no longer match")
    clusters = _Clusters(planted)
    pairs = _pairs(people)
    false_pairs = 0
    flagged: set[tuple[int, int]] = set()
    for a, b in pairs:
        one, two = people[a], people[b]
        assert isinstance(one, Prepared)
        assert isinstance(two, Prepared)
        if compare(one, two):
            flagged.add((a, b))
            if clusters.find(a) != clusters.find(b):
                false_pairs += 1
    missed = sum(1 for a, b in planted if (min(a, b), max(a, b)) not in flagged)
    took = time.perf_counter() - begin
    return false_pairs, len(planted), missed, len(pairs), took


def _replay(count: int) -> tuple[list[str], list[tuple[int, int]]]:
    """The clients' names the generator (seed 7) registers, in order, and the duplicates it plants,
    without a database (kronos_core.demo.people.planted_pairs, keeping the names)."""
    import random

    from kronos_core.demo.people import _DryRun, write_clients

    names: list[str] = []

    class Recording(_DryRun):
        def act(self, *args: object, **kwargs: object) -> None:
            names.append(str(getattr(args[1], "full_name", "")))

    first = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    made = write_clients(
        Recording(),  # type: ignore[arg-type]
        count=count, today=dt.date(2025, 3, 12), first=first, last=first + dt.timedelta(days=1000),
        by=uuid.UUID(int=0), rng=random.Random("7:clients"),
    )  # fmt: skip
    return names, made.planted


def _checks(folder: Path) -> tuple[list[float], list[float], int]:
    from kronos_core.duplicates import Person
    from kronos_desktop.store import LocalStore
    from kronos_desktop.store.queries.client_search import words_of
    from kronos_desktop.store.queries.duplicates import find_duplicates

    store = LocalStore.open(folder)
    try:
        with store.read_engine.connect() as conn:
            dbapi = conn.connection.driver_connection
            assert dbapi is not None
            studio_hex = dbapi.execute("SELECT studio_id FROM client LIMIT 1").fetchone()[0]
            studio_id = uuid.UUID(studio_hex)
            total = dbapi.execute("SELECT count(*) FROM client").fetchone()[0]
            rows = dbapi.execute(
                "SELECT id, full_name, phone, email, document_number, birth_date FROM client"
                " WHERE rowid % ? = 0 LIMIT ?",
                (max(1, total // PICKED), PICKED),
            ).fetchall()
            candidates = [
                Person(n, uuid.UUID(i), p, e, d, dt.date.fromisoformat(b) if b else None) for i, n, p, e, d, b in rows
            ]
            took: list[float] = []
            found = 0
            for k, candidate in enumerate(candidates[:WARM_UP] + candidates):
                begin = time.perf_counter()
                result = find_duplicates(conn, studio_id, candidate)
                if k >= WARM_UP:
                    took.append((time.perf_counter() - begin) * 1000)
                    found += bool(result)
            conn.rollback()
            path = store.path
    finally:
        store.close()
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    bare: list[float] = []
    try:
        for k, candidate in enumerate(candidates[:WARM_UP] + candidates):
            words = " ".join(f'"{w}"*' for w in words_of(candidate.full_name))
            begin = time.perf_counter()
            raw.execute("SELECT id FROM client WHERE studio_id = ? AND phone = ?", (studio_hex, candidate.phone))
            raw.execute("SELECT rowid FROM client_search WHERE client_search MATCH ? LIMIT 60", (words,)).fetchall()
            if k >= WARM_UP:
                bare.append((time.perf_counter() - begin) * 1000)
    finally:
        raw.close()
    return took, bare, found


@benchmark(
    "clients.duplicate_false_pairs", "clients.duplicate_planted_missed", "clients.duplicate_check_p95_ms",
    "clients.duplicate_check_p50_ms", slow=True,
)  # fmt: skip
def duplicates_large(tmp: Path) -> list[Figure]:
    folder, _ = large_desk(tmp)
    false_pairs, planted, missed, compared, scan_s = _scan(folder)
    took, bare, found = _checks(folder)
    print(
        f"clients.duplicates (large demo): {compared} pairs compared in {scan_s:.1f} s; {planted} planted, "
        f"{missed} of them missed; {false_pairs} flagged pairs not planted. Check of one candidate "
        f"({len(took)} clients, {found} with a likely duplicate): p50 {statistics.median(took):.2f} ms, "
        f"p95 {p95(took):.2f} ms; bare reads p50 {statistics.median(bare):.3f} ms, p95 {p95(bare):.3f} ms"
    )
    return [
        Figure("clients.duplicate_false_pairs", float(false_pairs), "pairs", float(planted)),
        Figure("clients.duplicate_planted_missed", float(missed), "pairs", float(planted)),
        Figure("clients.duplicate_check_p95_ms", p95(took), "ms", p95(bare)),
        Figure("clients.duplicate_check_p50_ms", statistics.median(took), "ms", statistics.median(bare)),
    ]
