"""Pulled rows written straight to SQLite store exactly what SQLAlchemy's types store."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from kronos_core.demo import DemoSize, generate_demo
from kronos_core.rows import decode_row, encode_row
from kronos_core.schema import SYNCED_TABLES
from kronos_desktop.store import LocalStore
from kronos_desktop.sync.bulk import prepare, storage_row, write


def test_every_table_round_trips_through_the_bulk_path(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "demo")
    store.ensure_identity()
    with store.engine.begin() as conn:
        generate_demo(conn, size=DemoSize(clients=60))
    seen = 0
    with store.engine.connect() as conn:
        for table in SYNCED_TABLES:
            names = ", ".join(f'"{c.name}"' for c in table.columns)
            raw = {r[0]: r for r in conn.exec_driver_sql(f'SELECT {names} FROM "{table.name}"')}
            for row in conn.execute(select(table)).mappings():
                encoded = json.loads(json.dumps(encode_row(table, row)))  # as it crosses the wire
                change = {"table": table.name, "id": encoded["id"], "version": row["version"],
                          "deleted": row["deleted"], "row": encoded}  # fmt: skip
                assert storage_row(table.name, change) == raw[row["id"].hex], table.name
                seen += 1
    assert seen > 500
    store.close()


def test_the_bulk_upsert_keeps_a_newer_row(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "d")
    state = store.ensure_identity()
    store.apply(
        "studio.setup",
        {"studio_id": str(state.studio_id), "name": "A", "owner_staff_id": str(state.device_id), "owner_name": "B"},
    )
    from kronos_core.schema import studio

    with store.engine.connect() as conn:
        row = encode_row(studio, conn.execute(select(studio)).mappings().one())
    newer = {"table": "studio", "id": row["id"], "version": 5, "deleted": False, "row": {**row, "name": "Cinco"}}
    older = {"table": "studio", "id": row["id"], "version": 3, "deleted": False, "row": {**row, "name": "Três"}}
    with store.engine.begin() as conn:
        write(conn, prepare([newer], str(state.studio_id)))
        write(conn, prepare([older], str(state.studio_id)))
    with store.engine.connect() as conn:
        stored = decode_row(studio, encode_row(studio, conn.execute(select(studio)).mappings().one()))
    assert (stored["name"], stored["version"]) == ("Cinco", 5)
    store.close()
