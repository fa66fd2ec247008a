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

from kronos_core.demo.generate import DEMO_STUDIO_ID, DemoStudio, generate_demo, read_demo
from kronos_core.demo.size import SIZES, DemoSize, business_hours

__all__ = [
    "DEMO_STUDIO_ID",
    "SIZES",
    "DemoSize",
    "DemoStudio",
    "business_hours",
    "generate_demo",
    "read_demo",
]
