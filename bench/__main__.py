"""``uv run python -m bench [NAME ...] [--json FILE] [--all] [--list]``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from bench.harness import Figure, choose, discover, table

SLOW_ENV = "KRONOS_BENCH_ALL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Run the KRONOS benchmarks.")
    parser.add_argument("names", nargs="*", help="run only figures whose name starts with one of these")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    parser.add_argument("--all", action="store_true", help=f"include the slow benchmarks (or set {SLOW_ENV}=1)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and their figures")
    args = parser.parse_args(argv)

    run_slow = args.all or os.environ.get(SLOW_ENV, "") not in ("", "0")
    registry = discover()
    if args.list:
        for b in registry:
            print(f"{', '.join(b.figures)}{'  (slow)' if b.slow else ''}")
        return 0
    chosen = choose(registry, args.names, run_slow=run_slow)
    if not chosen:
        print(f"no benchmark matches {' '.join(args.names) or '(all)'}; try --list", file=sys.stderr)
        return 2
    figures: list[Figure] = []
    for b in chosen:
        print(f"running {b.name} ({', '.join(b.figures)}) …", file=sys.stderr, flush=True)
        with tempfile.TemporaryDirectory(prefix="kronos-bench-") as tmp:
            produced = list(b.func(Path(tmp)))
        unexpected = {f.name for f in produced} - set(b.figures)
        if unexpected:
            raise RuntimeError(f"{b.name} produced undeclared figures {sorted(unexpected)}")
        figures += [f for f in produced if not args.names or any(f.name.startswith(n) for n in args.names)]
    print(table(figures))
    if args.json is not None:
        args.json.write_text(json.dumps({f.name: f.as_json() for f in figures}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
