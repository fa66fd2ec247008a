"""The demo studio: one generator for the app (``kronos-desktop --demo``), tests and benchmarks.

``generate_demo(conn)`` writes "Estúdio Agulha de Ouro" (São Paulo, BRL, pt_BR) with its staff,
commission rules, stations, clients, six months of appointments and sales behind today and one
month ahead, on any connection (SQLite or PostgreSQL), in the caller's
transaction; deterministic for a seed, and a no-op when the studio is already there.
``DemoSize`` scales it, from ``small()`` to ``large()`` (100,000 clients, 200,000 appointments,
6 artists, 3 stations); ``SIZES`` names them (``kronos-desktop --demo --demo-size large``).
Every row is written through the mutations (kronos_core/demo/applier.py), and every status
follows the demo's present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kronos_core.demo.size import SIZES, DemoSize, business_hours
from kronos_core.demo.studio_read import DEMO_STUDIO_ID, DemoStudio, read_demo

if TYPE_CHECKING:
    from kronos_core.demo.generate import generate_demo


def __getattr__(name: str) -> Any:
    """``generate_demo`` on first use: the generator imports every mutation, which a desk that
    already holds the demo studio does not need (kronos_desktop/app.py ``load_demo``)."""
    if name == "generate_demo":
        from kronos_core.demo.generate import generate_demo

        return generate_demo
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEMO_STUDIO_ID",
    "SIZES",
    "DemoSize",
    "DemoStudio",
    "business_hours",
    "generate_demo",
    "read_demo",
]
