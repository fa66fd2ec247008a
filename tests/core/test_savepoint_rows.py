"""A batch's shared rows (RowCache) are cleared by the savepoint that rolls a mutation back.

``ApplyContext.savepoint()`` is the one way a batch rolls back a mutation's writes; whoever
uses it cannot forget to clear the rows the batch shares, which would otherwise hold rows as the
rollback undid them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, select

from kronos_core.ids import uuid7
from kronos_core.mutations import ApplyContext, StaleTarget, run
from kronos_core.mutations.base import RowCache
from kronos_core.schema import client
from tests.core.harness import Desk


@pytest.fixture
def tx(desk: Desk) -> Iterator[Connection]:
    with desk.engine.connect() as conn, conn.begin():
        yield conn
        conn.rollback()


def _context(desk: Desk, tx: Connection, rows: RowCache, name: str = "client.update") -> ApplyContext:
    return ApplyContext(tx, desk.actor(), uuid7(), name, desk.now, rows=rows)


def test_a_mutation_that_fails_after_reading_a_row_the_batch_wrote_leaves_fresh_reads(
    desk: Desk, tx: Connection
) -> None:
    rows = RowCache()
    client_id = uuid7()
    # The batch's first mutation creates the client: the batch's rows hold it as written.
    run(_context(desk, tx, rows, "client.create"), {"client_id": str(client_id), "full_name": "Ana Souza"})
    # The second reads it, renames it, reads it back, and is refused: its savepoint rolls back.
    failing = _context(desk, tx, rows)
    seen: list[str] = []

    def rename_then_refuse() -> None:
        with failing.savepoint():
            seen.append(failing.require(client, client_id, "client")["full_name"])
            failing.update(client, client_id, {"full_name": "Never Stored"})
            seen.append(failing.require(client, client_id, "client")["full_name"])
            raise StaleTarget("refused after reading what it wrote")

    with pytest.raises(StaleTarget):
        rename_then_refuse()
    assert seen == ["Ana Souza", "Never Stored"]
    # The third reads what a fresh read gives.
    fresh = dict(tx.execute(select(client).where(client.c.id == client_id)).mappings().one())
    assert fresh["full_name"] == "Ana Souza"
    assert _context(desk, tx, rows).get(client, client_id) == fresh
    # ... and a mutation run on that reading applies cleanly (no field_overwrite).
    after = _context(desk, tx, rows)
    run(after, {"client_id": str(client_id), "changes": {"full_name": "Ana S."}, "seen": {"full_name": "Ana Souza"}})
    assert after.get(client, client_id)["full_name"] == "Ana S."  # type: ignore[index]
    assert [r.table for r in after.undo] == ["client"]


def test_a_savepoint_that_succeeds_keeps_the_batchs_rows(desk: Desk, tx: Connection) -> None:
    rows = RowCache()
    client_id = uuid7()
    ctx = _context(desk, tx, rows, "client.create")
    with ctx.savepoint():
        run(ctx, {"client_id": str(client_id), "full_name": "Ana Souza"})
    assert rows.get(client, client_id) is not None
