"""``kronos-desktop``: the desk's entry point.

``--version`` answers before anything else is loaded: no Qt application, no data folder.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import kronos_core

DEMO_SIZES = ("standard", "small", "large")  # kronos_core.demo.size.SIZES (not imported: --version stays light)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kronos-desktop",
        description="KRONOS: the front desk of a tattoo studio.",
    )
    parser.add_argument("--version", action="version", version=f"KRONOS {kronos_core.__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="the folder of the studio's database (default: KRONOS_DATA_DIR, else the OS's app-data folder)",
    )
    parser.add_argument("--demo", action="store_true", help="fill a new database with the demo studio")
    parser.add_argument(
        "--demo-size",
        choices=tuple(DEMO_SIZES),
        default="standard",
        help="how big a demo studio --demo makes: standard (2,000 clients), small, or large "
        "(100,000 clients, 200,000 appointments, 6 artists, 3 stations)",
    )
    parser.add_argument("--smoke", action="store_true", help="open the main window, run for a moment and exit (for CI)")
    parser.add_argument(
        "--lang", choices=("pt_BR", "en"), help="interface language for this run (default: saved, else the system's)"
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="print what this installation is and whether it works (read-only); exit 1 when something is broken",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_check:
        from kronos_desktop import self_check

        return self_check.run(args.data_dir, args.lang)
    from kronos_desktop.app import Options, run  # Qt loads only past --version and --help

    return run(
        Options(data_dir=args.data_dir, demo=args.demo, demo_size=args.demo_size, smoke=args.smoke, lang=args.lang)
    )


if __name__ == "__main__":
    sys.exit(main())
