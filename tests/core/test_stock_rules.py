"""A product's stock (kronos_core/stock.py, kronos_core/mutations/stock.py, and the movements
sale.record and sale.void write), on SQLite and PostgreSQL: the level is the sum of its
movements whatever their order; goods received by the front desk, adjustments and counts by
owners and managers with a reason; a sale takes its products out and its void puts them back."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core import stock as rules
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.roles import Role
from kronos_core.schema import stock_movement
from tests.core.harness import Desk, at

DAY = "2026-03-10"


# -- the rules ----------------------------------------------------------------------------------
quantities = st.lists(st.integers(-1_000, 1_000).filter(bool), max_size=40)


@given(quantities, st.randoms(use_true_random=False))
def test_the_level_is_the_sum_of_the_movements_in_any_order(moved: list[int], rng: Any) -> None:
    shuffled = list(moved)
    rng.shuffle(shuffled)
    assert rules.level(shuffled) == rules.level(moved) == sum(moved)


@given(quantities, quantities)
def test_two_desks_movements_meet_at_one_level(mine: list[int], theirs: list[int]) -> None:
    """Each desk adds the other's movements when they sync: both read the same level."""
    assert rules.level(mine + theirs) == rules.level(theirs + mine) == rules.level(mine) + rules.level(theirs)


def test_low_stock_is_at_or_below_the_mark_and_never_without_one() -> None:
    assert rules.is_low(3, 3)
    assert rules.is_low(-2, 0)
    assert not rules.is_low(4, 3)
    assert not rules.is_low(-10, None)


@given(st.integers(-1_000, 1_000), st.integers(0, 1_000))
def test_a_count_records_what_it_found_beyond_what_was_known(known: int, counted: int) -> None:
    moved = rules.count_quantity(known, counted)
    assert rules.level([known, moved or 0]) == counted
    assert (moved is None) == (known == counted)


def test_a_count_below_zero_is_not_a_count() -> None:
    with pytest.raises(ValueError, match="below 0"):
        rules.count_quantity(3, -1)


# -- the mutations ------------------------------------------------------------------------------
def product(desk: Desk, name: str = "Pomada cicatrizante", price: int = 4_500) -> uuid.UUID:
    product_id = uuid7()
    desk.run("product.save", {"product_id": str(product_id), "name": name, "price": price})
    return product_id


def move(desk: Desk, product_id: uuid.UUID, kind: str, quantity: int, reason: str | None = None, **run: Any) -> None:
    args = {"movement_id": str(uuid7()), "product_id": str(product_id), "kind": kind, "quantity": quantity,
            "reason": reason, "moved_at": at(10, 11).isoformat()}  # fmt: skip
    desk.run("stock.move", args, **run)


def level(desk: Desk, product_id: uuid.UUID) -> int:
    return rules.level(int(m["quantity"]) for m in desk.rows(stock_movement, product_id=product_id))


def sell(desk: Desk, *lines: tuple[uuid.UUID | None, int]) -> uuid.UUID:
    """Close a ticket of product lines (None: a service line) as the front desk does."""
    sale_id = uuid7()
    rows = [{"line_id": str(uuid7()), "kind": "product" if p else "service", "description": "Item",
             "product_id": str(p) if p else None, "quantity": q, "unit_price": 4_500} for p, q in lines]  # fmt: skip
    args = {"sale_id": str(sale_id), "number": f"A-{sale_id.hex[-6:]}", "business_date": DAY,
            "closed_at": at(10, 16).isoformat(), "lines": rows}  # fmt: skip
    desk.run("sale.record", args, role=Role.RECEPTIONIST)
    return sale_id


def test_received_adjusted_and_counted_make_the_level(desk: Desk) -> None:
    receptionist = desk.add_staff("receptionist", "Larissa")
    manager = desk.add_staff("manager", "Thiago")
    balm = product(desk)
    move(desk, balm, "received", 24, **desk.as_staff(receptionist))
    move(desk, balm, "adjusted", -2, "  Duas caixas amassadas ", **desk.as_staff(manager))
    known = level(desk, balm)
    found = rules.count_quantity(known, 21)
    assert found == -1
    move(desk, balm, "counted", found, "Contagem de sexta", **desk.as_staff(manager))
    assert level(desk, balm) == 21
    rows = [(m["kind"], m["quantity"], m["reason"], m["moved_by"]) for m in desk.rows(stock_movement)]
    assert rows == [("received", 24, None, receptionist), ("adjusted", -2, "Duas caixas amassadas", manager),
                    ("counted", -1, "Contagem de sexta", manager)]  # fmt: skip
    assert {m["device_id"] for m in desk.rows(stock_movement)} == {desk.device_id}


def test_a_sale_takes_its_products_out_and_its_void_puts_them_back(desk: Desk) -> None:
    balm, soap = product(desk), product(desk, "Sabonete neutro", 1_500)
    move(desk, balm, "received", 10)
    sale_id = sell(desk, (balm, 3), (None, 1), (soap, 2), (balm, 1))
    assert (level(desk, balm), level(desk, soap)) == (6, -2)  # a product never received goes below 0
    sold = desk.rows(stock_movement, sale_id=sale_id)
    assert sorted((m["kind"], m["quantity"]) for m in sold) == [("sold", -3), ("sold", -2), ("sold", -1)]
    assert {m["moved_at"] for m in sold} == {at(10, 16)}
    desk.run("sale.void", {"sale_id": str(sale_id), "reason": "Cobrado em dobro", "voided_at": at(10, 17).isoformat()})
    assert (level(desk, balm), level(desk, soap)) == (10, 0)
    returned = [m for m in desk.rows(stock_movement, sale_id=sale_id) if m["kind"] == "returned"]
    assert sorted(m["quantity"] for m in returned) == [1, 2, 3]


def test_a_service_ticket_moves_no_stock(desk: Desk) -> None:
    sell(desk, (None, 1))
    assert desk.rows(stock_movement) == []


@pytest.mark.parametrize(
    ("kind", "quantity", "reason", "role", "code"),
    [("adjusted", -1, "Quebrou", Role.RECEPTIONIST, "role_not_allowed"),
     ("counted", 2, "Contagem", Role.RECEPTIONIST, "role_not_allowed"),
     ("received", 5, None, Role.ARTIST, "role_not_allowed"),
     ("adjusted", -1, None, Role.MANAGER, "reason_required"),
     ("counted", 3, "   ", Role.OWNER, "reason_required"),
     ("received", -5, None, Role.OWNER, "invalid_arguments"),
     ("adjusted", 0, "Nada", Role.OWNER, "invalid_arguments")],
)  # fmt: skip
def test_refusals_write_nothing(
    desk: Desk, kind: str, quantity: int, reason: str | None, role: Role, code: str
) -> None:
    balm = product(desk)
    member = desk.add_staff(role.value) if role is not Role.OWNER else desk.owner_id
    with pytest.raises(MutationError) as caught:
        move(desk, balm, kind, quantity, reason, role=role, staff_id=member)
    assert caught.value.code == code
    assert desk.rows(stock_movement) == []


def test_an_unknown_product_is_refused(desk: Desk) -> None:
    with pytest.raises(MutationError) as caught:
        move(desk, uuid7(), "received", 5)
    assert caught.value.code == "product_unknown"
    other = Desk(desk.engine).setup()
    with pytest.raises(MutationError) as caught:
        move(desk, product(other), "received", 5)  # another studio's product is unknown here
    assert caught.value.code == "product_unknown"
    assert desk.rows(stock_movement) == []
