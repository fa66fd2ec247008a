"""``cash_session.count_shown`` (issue 16, the blind close): a count shown against the expected
amount is one audit event of the day's session (the count, its grid, when, the expected figure and
the close's id it would take), nothing else; a negative count, a grid that is no count, or a total
that is not the grid's is refused and writes nothing; anyone who may close may record it. On SQLite
and PostgreSQL."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments, NotFound
from kronos_core.roles import Role
from kronos_core.schema import TABLES_BY_NAME, audit_event, cash_session
from tests.core.harness import NOW, Desk, at
from tests.core.test_drawer_mutations import drawer, open_day

SHOWN = "cash_session.count_shown"


def shown_args(session_id: uuid.UUID, **over: Any) -> dict[str, Any]:
    args: dict[str, Any] = {"session_id": str(session_id), "count_id": str(uuid7()), "counted": 12_000,
                            "grid": {"5000": 2, "1000": 2}, "expected": 13_000,
                            "counted_at": at(10, 18, 40).isoformat()}  # fmt: skip
    return {**args, **over}


def snapshot(desk: Desk) -> dict[str, list[dict[str, Any]]]:
    """Every row of the studio, table by table."""
    return {name: desk.rows(table) for name, table in TABLES_BY_NAME.items() if "studio_id" in table.c}


def test_a_count_shown_is_one_audit_event_of_the_session_and_nothing_else(desk: Desk) -> None:
    session_id = open_day(desk, drawer(desk))
    receptionist = desk.add_staff("receptionist", "Larissa Menezes")
    before = snapshot(desk)
    args = shown_args(session_id)
    ctx = desk.run(SHOWN, args, **desk.as_staff(receptionist))
    assert set(ctx.changed) == {"audit_event"}
    after = snapshot(desk)
    assert {name for name in after if after[name] != before[name]} == {"audit_event"}
    (event,) = desk.rows(audit_event, action=SHOWN)
    assert (event["table_name"], event["row_id"]) == ("cash_session", session_id)
    assert (event["staff_id"], event["occurred_at"]) == (receptionist, NOW)
    assert event["detail"] == {
        "count_id": args["count_id"],
        "counted": 12_000,
        "expected": 13_000,
        "difference": -1_000,
        "grid": {"5000": 2, "1000": 2},
        "counted_at": args["counted_at"],
    }
    assert desk.one(cash_session, session_id)["status"] == "open"


@pytest.mark.parametrize(
    ("over", "code"),
    [
        ({"counted": -500}, None),  # a negative total: refused by its field
        ({"grid": {"5000": -1}, "counted": -5000}, None),
        ({"grid": {"5000": -1, "1000": 7}, "counted": 2000}, "count_negative"),
        ({"grid": {"300": 1}, "counted": 300}, "count_unknown_denomination"),
        ({"counted": 11_000}, "count_total_wrong"),
    ],
)
def test_a_negative_or_wrong_count_is_refused_and_writes_nothing(
    desk: Desk, over: dict[str, Any], code: str | None
) -> None:
    session_id = open_day(desk, drawer(desk))
    before = snapshot(desk)
    with pytest.raises(InvalidArguments) as refused:
        desk.run(SHOWN, shown_args(session_id, **over))
    if code is not None:
        assert refused.value.code == code
    assert snapshot(desk) == before, "nothing written"


def test_an_unknown_day_is_refused(desk: Desk) -> None:
    with pytest.raises(NotFound) as refused:
        desk.run(SHOWN, shown_args(uuid7()))
    assert refused.value.code == "session_unknown"
    assert desk.rows(audit_event, action=SHOWN) == []


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.ARTIST, Role.MANAGER])
def test_whoever_may_close_records_the_count_shown(desk: Desk, role: Role) -> None:
    session_id = open_day(desk, drawer(desk))
    member = desk.add_staff(role.value)
    desk.run(SHOWN, shown_args(session_id), **desk.as_staff(member))
    (event,) = desk.rows(audit_event, action=SHOWN)
    assert event["staff_id"] == member
