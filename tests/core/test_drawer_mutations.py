"""The cash drawer's mutations (kronos_core/mutations/drawer.py) on SQLite and PostgreSQL: a day
opened with its float, cash put in and taken out, closed with a blind count and reopened by a
manager; each refusal with its code and nothing written; who may do what."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.roles import Role
from kronos_core.schema import audit_event, cash_count, cash_drawer, cash_movement, cash_session
from tests.core.harness import Desk, at

DAY = "2026-03-10"


def drawer(desk: Desk, name: str = "Caixa", device_id: uuid.UUID | None = None) -> uuid.UUID:
    drawer_id = uuid7()
    args: dict[str, Any] = {"drawer_id": str(drawer_id), "name": name}
    if device_id is not None:
        args["device_id"] = str(device_id)
    desk.run("cash_drawer.save", args)
    return drawer_id


def open_day(desk: Desk, drawer_id: uuid.UUID, opening_float: int = 20_000, day: str = DAY, **run: Any) -> uuid.UUID:
    session_id = uuid7()
    args = {"session_id": str(session_id), "drawer_id": str(drawer_id), "business_date": day,
            "opening_float": opening_float, "opened_at": at(10, 9).isoformat()}  # fmt: skip
    desk.run("cash_session.open", args, **run)
    return session_id


def move(desk: Desk, session_id: uuid.UUID, kind: str, amount: int, reason: str = "Troco", **run: Any) -> uuid.UUID:
    movement_id = uuid7()
    args = {"movement_id": str(movement_id), "session_id": str(session_id), "kind": kind, "amount": amount,
            "reason": reason, "moved_at": at(10, 12).isoformat()}  # fmt: skip
    desk.run("cash.move", args, **run)
    return movement_id


def close(
    desk: Desk, session_id: uuid.UUID, grid: dict[str, int], expected: int, note: str | None = None, **run: Any
) -> uuid.UUID:
    count_id = uuid7()
    args: dict[str, Any] = {"count_id": str(count_id), "session_id": str(session_id), "grid": grid,
                            "expected": expected, "note": note, "counted_at": at(10, 19).isoformat(),
                            "payment_ids": [], "totals": {"cash": expected}}  # fmt: skip
    desk.run("cash_session.close", args, **run)
    return count_id


def reopen(desk: Desk, session_id: uuid.UUID, reason: str = "Faltou um PIX", **run: Any) -> None:
    args = {"session_id": str(session_id), "reason": reason, "reopened_at": at(10, 20).isoformat()}
    desk.run("cash_session.reopen", args, **run)


@contextlib.contextmanager
def refused(code: str) -> Iterator[None]:
    """The mutation run inside is refused with ``code``."""
    with pytest.raises(MutationError) as caught:
        yield
    assert caught.value.code == code


def test_a_day_opens_takes_cash_in_and_out_and_closes_with_its_count(desk: Desk) -> None:
    receptionist = desk.add_staff("receptionist", "Larissa")
    as_larissa = desk.as_staff(receptionist)
    drawer_id = drawer(desk)
    session_id = open_day(desk, drawer_id, 20_000, **as_larissa)
    move(desk, session_id, "in", 5_000, "Troco do banco", **as_larissa)
    move(desk, session_id, "out", 10_000, "Depósito", **as_larissa)
    count_id = close(desk, session_id, {"5000": 2, "2000": 2, "500": 1, "25": 20}, 15_000, **as_larissa)

    day = desk.one(cash_session, session_id)
    assert (day["status"], day["opening_float"], day["opened_by"]) == ("closed", 20_000, receptionist)
    assert (day["closed_by"], day["closed_at"]) == (receptionist, at(10, 19))
    moves = [(m["kind"], m["amount"], m["reason"], m["moved_by"]) for m in desk.rows(cash_movement)]
    assert moves == [("in", 5_000, "Troco do banco", receptionist), ("out", 10_000, "Depósito", receptionist)]
    count = desk.one(cash_count, count_id)
    assert (count["counted"], count["expected"], count["difference"], count["note"]) == (15_000, 15_000, 0, None)
    assert (count["counted_by"], count["device_id"]) == (receptionist, desk.device_id)


def test_a_close_computes_the_count_and_needs_a_note_only_when_it_differs(desk: Desk) -> None:
    session_id = open_day(desk, drawer(desk))
    with refused("note_required"):
        close(desk, session_id, {"5000": 2}, 10_500)
    with refused("note_required"):
        close(desk, session_id, {"5000": 2}, 10_500, note="   ")
    assert (desk.rows(cash_count), desk.one(cash_session, session_id)["status"]) == ([], "open")
    count_id = close(desk, session_id, {"5000": 2, "20000": 0}, 10_500, note="Troco errado para um cliente")
    count = desk.one(cash_count, count_id)
    assert (count["counted"], count["expected"], count["difference"]) == (10_000, 10_500, -500)
    assert count["note"] == "Troco errado para um cliente"
    assert count["grid"] == {"20000": 0, "5000": 2}
    assert (count["totals"], count["payment_ids"]) == ({"cash": 10_500}, [])


def test_a_count_that_balances_closes_without_a_note(desk: Desk) -> None:
    session_id = open_day(desk, drawer(desk), 0)
    count_id = close(desk, session_id, {"10000": 1, "200": 3, "5": 1}, 10_605)
    assert desk.one(cash_count, count_id)["difference"] == 0


@pytest.mark.parametrize(
    ("grid", "code"),
    [({"5000": -1}, "count_negative"), ({"300": 1}, "count_unknown_denomination"),
     ({"cinquenta": 1}, "count_unknown_denomination")],
)  # fmt: skip
def test_a_count_that_is_not_a_count_is_refused_and_nothing_is_written(
    desk: Desk, grid: dict[str, int], code: str
) -> None:
    session_id = open_day(desk, drawer(desk))
    with refused(code):
        close(desk, session_id, grid, 0, note="?")
    assert desk.rows(cash_count) == []
    assert desk.one(cash_session, session_id)["status"] == "open"


def test_a_drawer_has_one_day_per_date_and_the_refusal_names_it(desk: Desk) -> None:
    drawer_id = drawer(desk)
    first = open_day(desk, drawer_id)
    with pytest.raises(MutationError) as caught:
        open_day(desk, drawer_id, 5_000)
    assert (caught.value.code, caught.value.params["session_id"]) == ("session_already_open", str(first))
    assert [r["id"] for r in desk.rows(cash_session)] == [first]
    other = open_day(desk, drawer(desk, "Caixa 2"))  # another drawer opens the same date
    tomorrow = open_day(desk, drawer_id, day="2026-03-11")
    assert {r["id"] for r in desk.rows(cash_session)} == {first, other, tomorrow}


def test_unknown_drawers_and_days_are_refused(desk: Desk) -> None:
    with refused("drawer_unknown"):
        open_day(desk, uuid7())
    with refused("session_unknown"):
        move(desk, uuid7(), "in", 100)
    with refused("session_unknown"):
        close(desk, uuid7(), {}, 0)
    with refused("session_unknown"):
        reopen(desk, uuid7())
    assert (desk.rows(cash_session), desk.rows(cash_movement), desk.rows(cash_count)) == ([], [], [])


def test_a_closed_day_takes_nothing_until_a_manager_reopens_it(desk: Desk) -> None:
    manager = desk.add_staff("manager", "Thiago")
    receptionist = desk.add_staff("receptionist", "Larissa")
    session_id = open_day(desk, drawer(desk), 10_000)
    close(desk, session_id, {"5000": 2}, 10_000)
    with refused("session_closed"):
        move(desk, session_id, "in", 500)
    with refused("session_closed"):
        close(desk, session_id, {"5000": 2}, 10_000)
    with refused("role_not_allowed"):
        reopen(desk, session_id, **desk.as_staff(receptionist))
    assert (desk.rows(cash_movement), len(desk.rows(cash_count))) == ([], 1)

    reopen(desk, session_id, "Faltou lançar um PIX", **desk.as_staff(manager))
    day = desk.one(cash_session, session_id)
    assert (day["status"], day["reopened_by"], day["reopen_reason"]) == ("open", manager, "Faltou lançar um PIX")
    (trail,) = desk.rows(audit_event, action="cash_session.reopen")
    assert (trail["row_id"], trail["staff_id"], trail["detail"]) == (
        session_id,
        manager,
        {"reason": "Faltou lançar um PIX"},
    )
    with refused("session_open"):
        reopen(desk, session_id, **desk.as_staff(manager))

    move(desk, session_id, "out", 5_000, "Sangria")
    close(desk, session_id, {"5000": 1}, 5_000)
    assert [c["counted"] for c in desk.rows(cash_count)] == [10_000, 5_000]  # both counts kept
    assert desk.one(cash_session, session_id)["status"] == "closed"


def test_a_movement_needs_a_reason_and_a_positive_amount(desk: Desk) -> None:
    session_id = open_day(desk, drawer(desk))
    for amount, reason in ((0, "Troco"), (-100, "Troco"), (100, "  "), (100, "x" * 201)):
        with refused("invalid_arguments"):
            move(desk, session_id, "in", amount, reason)
    with refused("invalid_arguments"):
        move(desk, session_id, "sideways", 100)
    assert desk.rows(cash_movement) == []


def test_a_cash_out_keeps_the_manager_who_confirmed_it(desk: Desk) -> None:
    manager = desk.add_staff("manager", "Thiago")
    artist = desk.add_staff("artist", "Rafa")
    session_id = open_day(desk, drawer(desk), 1_000)
    movement_id = uuid7()
    args = {"movement_id": str(movement_id), "session_id": str(session_id), "kind": "out", "amount": 50_000,
            "reason": "Pagamento do fornecedor", "moved_at": at(10, 15).isoformat(),
            "confirmed_by": str(manager)}  # fmt: skip
    desk.run("cash.move", args, **desk.as_staff(artist))
    row = desk.one(cash_movement, movement_id)
    assert (row["moved_by"], row["confirmed_by"], row["device_id"]) == (artist, manager, desk.device_id)


def test_drawers_are_the_managements_and_are_saved_again_to_change(desk: Desk) -> None:
    receptionist = desk.add_staff("receptionist", "Larissa")
    with refused("role_not_allowed"):
        desk.run("cash_drawer.save", {"drawer_id": str(uuid7()), "name": "Caixa"}, **desk.as_staff(receptionist))
    assert desk.rows(cash_drawer) == []
    device = uuid7()
    drawer_id = drawer(desk, "  Caixa   da frente ", device)
    assert (desk.one(cash_drawer, drawer_id)["name"], desk.one(cash_drawer, drawer_id)["device_id"]) == (
        "Caixa da frente", device)  # fmt: skip
    desk.run("cash_drawer.save", {"drawer_id": str(drawer_id), "name": "Caixa 1", "active": False})
    row = desk.one(cash_drawer, drawer_id)
    assert (row["name"], row["device_id"], row["active"]) == ("Caixa 1", None, False)
    with refused("invalid_arguments"):
        desk.run("cash_drawer.save", {"drawer_id": str(uuid7()), "name": "x" * 61})


def test_everyone_at_the_counter_opens_moves_and_closes(desk: Desk) -> None:
    for role in (Role.MANAGER, Role.RECEPTIONIST, Role.ARTIST):
        member = desk.add_staff(role.value)
        mine = desk.as_staff(member)
        session_id = open_day(desk, drawer(desk), 0, **mine)
        move(desk, session_id, "in", 1_000, **mine)
        close(desk, session_id, {"1000": 1}, 1_000, **mine)
        day = desk.one(cash_session, session_id)
        assert (day["opened_by"], day["closed_by"], day["business_date"]) == (member, member, dt.date(2026, 3, 10))


def test_a_close_keeps_what_it_counted(desk: Desk) -> None:
    """The payments the close counted and the day's totals, as the desk sent them (a payment that
    arrives later is then late)."""
    session_id = open_day(desk, drawer(desk), 10_000)
    counted = [uuid7(), uuid7()]
    args = {"count_id": str(uuid7()), "session_id": str(session_id), "grid": {"10000": 1, "5000": 1},
            "expected": 15_000, "counted_at": at(10, 19).isoformat(), "payment_ids": [str(p) for p in counted],
            "totals": {"cash": 5_000, "pix": 32_000, "credit": -1_500}}  # fmt: skip
    desk.run("cash_session.close", args)
    (count,) = desk.rows(cash_count)
    assert count["payment_ids"] == [str(p) for p in counted]
    assert count["totals"] == {"cash": 5_000, "pix": 32_000, "credit": -1_500}


def test_another_studios_day_is_unknown_here(desk: Desk) -> None:
    other = Desk(desk.engine).setup()
    theirs = open_day(other, drawer(other))
    with refused("session_unknown"):
        move(desk, theirs, "out", 100)
    with refused("drawer_unknown"):
        open_day(desk, other.one(cash_session, theirs)["drawer_id"])
    assert (desk.rows(cash_movement), other.rows(cash_movement), desk.rows(cash_session)) == ([], [], [])
