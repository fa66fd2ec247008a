"""A client's export and the audit trail filtered by client, on the standard demo desk.

``clients.export_ms`` (median): reading everything the studio holds on the demo's busiest client
(``kronos_desktop.store.queries.client_export.client_export``: the record, bookings, projects,
sales with lines, payments, the trail's events, the retention list) and encoding the zip's JSON
files (not writing them: the disk is not ours to time). Baseline: the bare queries of the same
rows (sqlite3, no SQLAlchemy, no JSON).

``history.client_filter_ms`` (median): the History page's read filtered by that client's name
(the search index, their records, bookings, projects and sales, the trail's events about them).
Baseline: the same read unfiltered (the newest 300 entries).
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path

from bench.harness import Figure, benchmark, median

REPEAT = 30
BARE = (
    "SELECT * FROM client WHERE id = :id OR merged_into = :id",
    "SELECT * FROM appointment WHERE client_id = :id",
    "SELECT * FROM project WHERE client_id = :id",
    "SELECT * FROM sale WHERE client_id = :id",
    "SELECT l.* FROM sale_line l JOIN sale s ON s.id = l.sale_id WHERE s.client_id = :id",
    "SELECT p.* FROM payment p JOIN sale s ON s.id = p.sale_id WHERE s.client_id = :id",
    "SELECT * FROM audit_event WHERE row_id = :id OR row_id IN (SELECT id FROM appointment WHERE client_id = :id)",
)


def _desk(tmp: Path) -> Path:
    from kronos_core.demo import DEMO_STUDIO_ID, DemoSize, generate_demo
    from kronos_desktop.store import LocalStore

    store = LocalStore.open(tmp / "desk")
    try:
        store.ensure_identity(studio_id=DEMO_STUDIO_ID)
        with store.engine.begin() as conn:
            demo = generate_demo(conn, size=DemoSize.standard())
        store.set_desk_staff(demo.receptionist_id)
        return store.path
    finally:
        store.close()


def _busiest(path: Path) -> tuple[uuid.UUID, str]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = db.execute(
            "SELECT c.id, c.full_name FROM client c JOIN appointment a ON a.client_id = c.id"
            " GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"
        ).fetchone()
    finally:
        db.close()
    return uuid.UUID(bytes=row[0]) if isinstance(row[0], bytes) else uuid.UUID(hex=row[0]), str(row[1])


def _ms(run: object) -> float:
    assert callable(run)
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


@benchmark("clients.export_ms", "history.client_filter_ms")
def client_privacy(tmp: Path) -> list[Figure]:
    from kronos_desktop.ops.client_export import zip_entries
    from kronos_desktop.store.engine import create_read_engine
    from kronos_desktop.store.queries.activity import history
    from kronos_desktop.store.queries.client_export import client_export

    path = _desk(tmp)
    client_id, name = _busiest(path)
    engine = create_read_engine(path)
    bare_db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    stored_id = bare_db.execute("SELECT id FROM client WHERE full_name = ? LIMIT 1", (name,)).fetchone()[0]
    try:
        with engine.connect() as conn:

            def export() -> None:
                found = client_export(conn, client_id)
                assert found is not None
                zip_entries(found, lambda _e: ("README.txt", ""))

            def bare() -> None:
                for sql in BARE:
                    bare_db.execute(sql, {"id": stored_id}).fetchall()

            for warm in (export, bare):
                warm()
            took = [_ms(export) for _ in range(REPEAT)]
            floor = [_ms(bare) for _ in range(REPEAT)]
            filtered = [_ms(lambda: history(conn, client_text=name)) for _ in range(REPEAT)]
            unfiltered = [_ms(lambda: history(conn)) for _ in range(REPEAT)]
    finally:
        bare_db.close()
        engine.dispose()
    return [
        Figure("clients.export_ms", median(took), "ms", median(floor)),
        Figure("history.client_filter_ms", median(filtered), "ms", median(unfiltered)),
    ]
