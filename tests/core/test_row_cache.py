"""A batch's contexts sharing a RowCache read what the database holds, with fewer statements."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, event, select

from kronos_core.ids import uuid7
from kronos_core.mutations import ApplyContext, run
from kronos_core.mutations.base import RowCache
from kronos_core.schema import client
from tests.core.harness import Desk


@pytest.fixture
def desk(core_engine: Engine) -> Desk:
    return Desk(core_engine).setup()


@pytest.fixture
def tx(desk: Desk) -> Iterator[Connection]:
    with desk.engine.connect() as conn, conn.begin():
        yield conn
        conn.rollback()


def _context(desk: Desk, tx: Connection, rows: RowCache) -> ApplyContext:
    return ApplyContext(tx, desk.actor(), uuid7(), "client.create", desk.now, rows=rows)


def _selects(tx: Connection) -> list[str]:
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().startswith("SELECT"):
            seen.append(statement)

    event.listen(tx, "before_cursor_execute", note)
    return seen


def test_a_row_written_in_the_batch_is_read_back_without_a_statement(desk: Desk, tx: Connection) -> None:
    rows = RowCache()
    client_id = uuid7()
    run(_context(desk, tx, rows), {"client_id": str(client_id), "full_name": "Ana Souza"})
    selects = _selects(tx)
    got = _context(desk, tx, rows).get(client, client_id)
    assert selects == []
    stored = tx.execute(select(client).where(client.c.id == client_id)).mappings().one()
    assert got == dict(stored)  # server defaults included (as stored)
    assert got["blocked"] is False


def test_a_row_read_once_is_read_from_the_batch_after(desk: Desk, tx: Connection) -> None:
    rows = RowCache()
    selects = _selects(tx)
    first = _context(desk, tx, rows).require(client.metadata.tables["staff"], desk.owner_id, "staff")
    second = _context(desk, tx, rows).require(client.metadata.tables["staff"], desk.owner_id, "staff")
    assert first == second
    assert len(selects) == 1


def test_an_update_is_seen_by_the_next_mutation_and_a_deleted_row_is_hidden(desk: Desk, tx: Connection) -> None:
    rows = RowCache()
    client_id = uuid7()
    run(_context(desk, tx, rows), {"client_id": str(client_id), "full_name": "Ana Souza"})
    ctx = ApplyContext(tx, desk.actor(), uuid7(), "client.update", desk.now, rows=rows)
    run(ctx, {"client_id": str(client_id), "changes": {"full_name": "Ana S."}, "seen": {"full_name": "Ana Souza"}})
    assert ctx.undo[0].before is not None
    assert ctx.undo[0].before["full_name"] == "Ana Souza"
    assert _context(desk, tx, rows).require(client, client_id, "client")["full_name"] == "Ana S."
    _context(desk, tx, rows).soft_delete(client, client_id)
    assert _context(desk, tx, rows).get(client, client_id) is None
    deleted = _context(desk, tx, rows).get(client, client_id, include_deleted=True)
    assert deleted is not None
    assert deleted["deleted"] is True


@pytest.fixture
def other_desk(core_engine: Engine) -> Desk:
    return Desk(core_engine).setup()


def test_another_studios_row_is_not_answered_from_the_batch(other_desk: Desk, desk: Desk, tx: Connection) -> None:
    rows = RowCache()
    ours, theirs = other_desk, desk
    client_id = uuid7()
    run(ApplyContext(tx, theirs.actor(), uuid7(), "client.create", theirs.now, rows=rows), _new(client_id))
    assert ApplyContext(tx, ours.actor(), uuid7(), "x", ours.now, rows=rows).get(client, client_id) is None


def _new(client_id: uuid.UUID) -> dict[str, str]:
    return {"client_id": str(client_id), "full_name": "Ana Souza"}
