"""A sale number already used in the studio is renumbered, the same way on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from typing import Any

from kronos_core.ids import uuid7
from kronos_core.schema import sale, sync_conflict
from tests.core.harness import Desk, at


def _sale(number: str, sale_id: uuid.UUID | None = None) -> dict[str, Any]:
    return {
        "sale_id": str(sale_id or uuid7()),
        "number": number,
        "business_date": "2026-03-10",
        "closed_at": at(10, 18).isoformat(),
        "lines": [{"line_id": str(uuid7()), "description": "Piercing", "unit_price": 9_000}],
    }


def test_a_used_number_gets_the_next_free_suffix_and_a_conflict(desk: Desk) -> None:
    first, second, third = uuid7(), uuid7(), uuid7()
    desk.run("sale.record", _sale("D1-0007", first))
    desk.run("sale.record", _sale("D1-0007-2"))  # the obvious suffix is taken too
    ctx = desk.run("sale.record", _sale("D1-0007", second))
    desk.run("sale.record", _sale("D1-0007", third))
    assert [desk.one(sale, s)["number"] for s in (first, second, third)] == ["D1-0007", "D1-0007-3", "D1-0007-4"]
    (conflict_id,) = ctx.changed["sync_conflict"]
    conflict = desk.one(sync_conflict, conflict_id)
    assert conflict["kind"] == "renumbered"
    assert conflict["row_ids"] == [str(second), str(first)]
    assert conflict["mine"] == {"number": "D1-0007", "renumbered_to": "D1-0007-3"}
    assert "D1-0007-3" in conflict["detail"]


def test_a_free_number_writes_no_conflict_and_the_suffix_fits_the_column(desk: Desk) -> None:
    ctx = desk.run("sale.record", _sale("A" * 32))
    assert "sync_conflict" not in ctx.changed
    again = _sale("A" * 32)
    desk.run("sale.record", again)
    assert desk.one(sale, uuid.UUID(again["sale_id"]))["number"] == "A" * 30 + "-2"


def test_another_studio_holding_the_number_changes_nothing(desk: Desk) -> None:
    other_desk = Desk(desk.engine).setup()
    desk.run("sale.record", _sale("S-1"))
    mine = _sale("S-1")
    ctx = other_desk.run("sale.record", mine)
    assert "sync_conflict" not in ctx.changed
    assert other_desk.one(sale, uuid.UUID(mine["sale_id"]))["number"] == "S-1"
