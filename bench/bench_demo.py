"""The demo studio: how long it takes to build (every row through the mutations' apply, as at a
desk) and how big the desk's file gets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

from bench.harness import Figure, benchmark, median, seconds
from bench.sqlite import baseline_copy, checkpointed_mb, desk_database
from kronos_core.demo import DemoSize, generate_demo

TODAY = dt.date(2025, 3, 12)  # fixed, so every run builds the same rows
REPEAT = 3


class Run(NamedTuple):
    seconds: float
    baseline_seconds: float
    path: Path
    plain_path: Path


def _build(tmp: Path, label: str, size: DemoSize) -> Run:
    """One fresh demo through the mutations, then the same rows copied by bare executemany (the
    baseline: what writing the rows alone costs)."""
    path, plain = tmp / f"{label}.sqlite", tmp / f"{label}-plain.sqlite"
    engine = desk_database(path)
    try:

        def generate() -> None:
            with engine.begin() as conn:
                generate_demo(conn, size=size, today=TODAY)

        took = seconds(generate)
    finally:
        engine.dispose()
    return Run(took, baseline_copy(path, plain), path, plain)


@benchmark("demo.generate_s", "demo.db_size_mb")
def standard_demo(tmp: Path) -> list[Figure]:
    """The standard demo on a fresh file (median of three); baseline: the same rows by bare executemany
    into plain tables. Size after a WAL checkpoint; baseline: those plain tables' file."""
    runs = [_build(tmp, f"standard{i}", DemoSize.standard()) for i in range(REPEAT)]
    last = runs[-1]
    return [
        Figure("demo.generate_s", median([r.seconds for r in runs]), "s", median([r.baseline_seconds for r in runs])),
        Figure("demo.db_size_mb", checkpointed_mb(last.path), "MB", checkpointed_mb(last.plain_path)),
    ]


@benchmark("demo.large_generate_s", "demo.large_db_size_mb", slow=True)
def large_demo(tmp: Path) -> list[Figure]:
    """The large studio (100,000 clients, 200,000 appointments, 6 artists, 3 stations; what
    ``kronos-desktop --demo --demo-size large`` builds): runs with --all or when named."""
    run = _build(tmp, "large", DemoSize.large())
    return [
        Figure("demo.large_generate_s", run.seconds, "s", run.baseline_seconds),
        Figure("demo.large_db_size_mb", checkpointed_mb(run.path), "MB", checkpointed_mb(run.plain_path)),
    ]
