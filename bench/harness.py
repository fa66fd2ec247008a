"""The benchmark registry, figures, timing helpers and the results table.

A benchmark is a function ``(tmp: Path) -> Iterable[Figure]`` registered with
:func:`benchmark`, naming the figures it produces (dotted, area first: ``demo.generate_s``).
Each figure carries a baseline measured in the same run, so the ratio means something on
any machine.
"""

from __future__ import annotations

import importlib
import pkgutil
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

BenchFn = Callable[[Path], Iterable["Figure"]]


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None = None

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.value / self.baseline

    def as_json(self) -> dict[str, float | str | None]:
        return {"value": self.value, "unit": self.unit, "baseline": self.baseline, "ratio": self.ratio}


@dataclass(frozen=True)
class Benchmark:
    func: BenchFn
    figures: tuple[str, ...]
    slow: bool

    @property
    def name(self) -> str:
        return f"{self.func.__module__}.{self.func.__name__}"

    def matches(self, prefixes: Sequence[str]) -> bool:
        return any(f.startswith(p) for f in self.figures for p in prefixes)

    def named_specifically(self, prefixes: Sequence[str]) -> bool:
        """Asked for beyond its area (``demo.large``, not just ``demo``): how slow ones are asked for."""
        return any(f.startswith(p) for f in self.figures for p in prefixes if "." in p)


REGISTRY: list[Benchmark] = []


def benchmark(*figures: str, slow: bool = False) -> Callable[[BenchFn], BenchFn]:
    """Register a benchmark producing ``figures``; ``slow`` ones run only when asked for."""
    if not figures or any("." not in f for f in figures):
        raise ValueError("figure names are dotted, area first (e.g. demo.generate_s)")

    def register(func: BenchFn) -> BenchFn:
        REGISTRY.append(Benchmark(func, figures, slow))
        return func

    return register


def discover() -> list[Benchmark]:
    """Import every ``bench/bench_*.py`` module; returns the registry."""
    package = importlib.import_module("bench")
    for module in sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("bench_")):
        importlib.import_module(f"bench.{module}")
    return REGISTRY


def choose(benchmarks: Iterable[Benchmark], prefixes: Sequence[str], *, run_slow: bool) -> list[Benchmark]:
    chosen = []
    for b in benchmarks:
        if prefixes and not b.matches(prefixes):
            continue
        if b.slow and not (run_slow or b.named_specifically(prefixes)):
            continue
        chosen.append(b)
    return chosen


def seconds(func: Callable[[], object]) -> float:
    """Wall-clock seconds of one call."""
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def median_seconds(func: Callable[[], object], *, repeat: int = 3) -> float:
    return median([seconds(func) for _ in range(repeat)])


def _number(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.1f}" if abs(value) >= 100 else f"{value:.3f}"


def table(figures: Sequence[Figure]) -> str:
    rows = [("figure", "value", "unit", "baseline", "ratio")]
    rows += [(f.name, _number(f.value), f.unit, _number(f.baseline), _number(f.ratio)) for f in figures]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = []
    for r in rows:
        cells = [
            r[0].ljust(widths[0]),
            r[1].rjust(widths[1]),
            r[2].ljust(widths[2]),
            r[3].rjust(widths[3]),
            r[4].rjust(widths[4]),
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
