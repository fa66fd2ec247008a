"""Gift vouchers: their codes and balance (kronos_core/vouchers.py) and their mutations
(voucher.sell; payment.record redeeming one), on SQLite and PostgreSQL. A desk that checks each
redemption against the balance it knows never takes a voucher below 0; one that does not (two
desks offline: the server sees it) stores the money and flags ``voucher_overdrawn``."""

from __future__ import annotations

import random
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from kronos_core import vouchers as rules
from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.roles import Role
from kronos_core.schema import payment, sync_conflict, voucher
from tests.core.harness import Desk, at

DAY = "2026-03-10"


# -- the rules ----------------------------------------------------------------------------------
def test_a_new_code_has_eight_symbols_that_cannot_be_misread() -> None:
    for look_alike in "0O1IL":
        assert look_alike not in rules.CODE_ALPHABET
    rng = random.Random(16)
    codes = {rules.new_code(rng) for _ in range(500)}
    assert len(codes) == 500
    for code in codes | {rules.new_code()}:
        assert (len(code), code[4]) == (9, "-")
        assert set(code.replace("-", "")) <= set(rules.CODE_ALPHABET)
        assert rules.normalise_code(code) == code
        assert rules.is_code(code)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("k7qx-m4p9", "K7QX-M4P9"), (" K7QX M4P9 ", "K7QX-M4P9"), ("k7qxm4p9", "K7QX-M4P9"), ("K-7QXM-4P9", "K7QX-M4P9"),
     ("k7qx-m4p0", "K7QX-M4P0"), ("abc", "ABC"), ("  k7qx-m4p9x ", "K7QX-M4P9X"), ("", "")],
)  # fmt: skip
def test_a_typed_code_is_read_however_it_was_typed(typed: str, stored: str) -> None:
    assert rules.normalise_code(typed) == stored
    assert rules.is_code(stored) == (len(stored) == 9 and "0" not in stored)


def test_the_balance_is_the_value_less_what_was_spent_plus_what_came_back() -> None:
    assert rules.balance(20_000, [5_000, 3_000], [1_000]) == 13_000
    assert rules.balance(20_000, [15_000, 15_000], []) == -10_000  # overdrawn: two desks offline


@pytest.mark.parametrize(
    ("balance", "amount", "expired", "problem"),
    [(None, 100, False, "unknown"), (0, 100, False, "spent"), (-500, 100, False, "spent"),
     (1_000, 1_001, False, "over_balance"), (1_000, 1_000, False, None), (1_000, 1, False, None),
     (1_000, 500, True, "expired"), (1_000, 0, False, "not_positive"), (1_000, -5, False, "not_positive")],
)  # fmt: skip
def test_what_stops_a_redemption(balance: int | None, amount: int, expired: bool, problem: str | None) -> None:
    assert rules.redeem_problem(balance, amount, expired=expired) == problem


# -- the mutations ------------------------------------------------------------------------------
def sell(desk: Desk, amount: int = 20_000, code: str | None = None, **fields: Any) -> tuple[uuid.UUID, str]:
    voucher_id, code = uuid7(), code or rules.new_code()
    args = {"voucher_id": str(voucher_id), "code": code, "amount": amount, "sold_on": DAY, **fields}
    desk.run(
        "voucher.sell", args, role=fields.pop("role", Role.RECEPTIONIST) if "role" in fields else Role.RECEPTIONIST
    )
    return voucher_id, rules.normalise_code(code)


def pay(
    desk: Desk, method: str, amount: int, tip: int = 0, **ids: uuid.UUID | None
) -> tuple[uuid.UUID, list[dict[str, Any]]]:
    """Record a payment; its id and the conflicts it left for review."""
    payment_id = uuid7()
    args: dict[str, Any] = {"payment_id": str(payment_id), "method": method, "amount": amount, "tip": tip,
                            "business_date": DAY, "received_at": at(10, 15).isoformat()}  # fmt: skip
    args.update({k: str(v) for k, v in ids.items() if v is not None})
    ctx = desk.run("payment.record", args, role=Role.RECEPTIONIST)
    return payment_id, [desk.one(sync_conflict, c) for c in ctx.changed.get("sync_conflict", ())]


def balance(desk: Desk, voucher_id: uuid.UUID) -> int:
    """The balance as the desk's voucher list reads it: the value less its payments (refunds negative)."""
    spent = sum(int(p["amount"]) + int(p["tip"]) for p in desk.rows(payment, voucher_id=voucher_id))
    return int(desk.one(voucher, voucher_id)["amount"]) - spent


def test_a_voucher_is_sold_with_its_code_and_the_money_that_bought_it(desk: Desk) -> None:
    client_id = desk.add_client("Bia Rocha")
    voucher_id, code = sell(desk, 30_000, "k7qx m4p9", client_id=str(client_id), buyer_name=" Bia ",
                            recipient_name="Caio", expires_on="2027-03-10", note="Aniversário")  # fmt: skip
    paid, problems = pay(desk, "pix", 30_000, for_voucher_id=voucher_id)
    row = desk.one(voucher, voucher_id)
    assert (code, row["code"], row["amount"], row["client_id"]) == ("K7QX-M4P9", "K7QX-M4P9", 30_000, client_id)
    assert (row["buyer_name"], row["recipient_name"], row["note"]) == ("Bia", "Caio", "Aniversário")
    assert (row["device_id"], desk.one(payment, paid)["for_voucher_id"], problems) == (desk.device_id, voucher_id, [])
    assert balance(desk, voucher_id) == 30_000  # buying it spends nothing of it


def test_a_code_is_the_studios_once(desk: Desk) -> None:
    _, code = sell(desk)
    with pytest.raises(MutationError) as caught:
        sell(desk, code=code.lower())
    assert (caught.value.code, caught.value.params) == ("voucher_code_taken", {"code": code})
    for bad in ("K7QX-M4P", "K7QX-M4P0", "VALE-PRESENTE"):
        with pytest.raises(MutationError) as caught:
            sell(desk, code=bad)
        assert caught.value.code == "invalid_arguments"
    with pytest.raises(MutationError):
        sell(desk, expires_on="2026-03-09")  # before it is sold
    assert len(desk.rows(voucher)) == 1
    other = Desk(desk.engine).setup()
    sell(other, code=code)  # another studio's codes are its own


def test_a_redemption_spends_the_balance_and_its_refund_gives_it_back(desk: Desk) -> None:
    voucher_id, _ = sell(desk, 20_000)
    first, problems = pay(desk, "voucher", 12_000, tip=1_000, voucher_id=voucher_id)
    assert (problems, balance(desk, voucher_id)) == ([], 7_000)
    refund = {"payment_id": str(uuid7()), "refund_of": str(first), "amount": 5_000, "reason": "Serviço não feito",
              "business_date": DAY, "received_at": at(10, 16).isoformat()}  # fmt: skip
    desk.run("payment.refund", refund)
    assert balance(desk, voucher_id) == 12_000
    (given_back,) = [p for p in desk.rows(payment) if p["refund_of"] == first]
    assert (given_back["method"], given_back["voucher_id"], given_back["amount"]) == ("voucher", voucher_id, -5_000)


def test_a_voucher_payment_names_its_voucher(desk: Desk) -> None:
    voucher_id, _ = sell(desk)
    cases = [("voucher", None, None), ("pix", voucher_id, None), ("voucher", voucher_id, voucher_id)]
    for method, spends, buys in cases:
        with pytest.raises(MutationError) as caught:
            pay(desk, method, 1_000, voucher_id=spends, for_voucher_id=buys)
        assert caught.value.code == "invalid_arguments"
    assert desk.rows(payment) == []


def test_an_unknown_voucher_is_kept_for_review_with_the_money(desk: Desk) -> None:
    missing = uuid7()
    paid, (problem,) = pay(desk, "voucher", 5_000, voucher_id=missing)
    row = desk.one(payment, paid)
    assert (row["method"], row["amount"], row["voucher_id"]) == ("voucher", 5_000, None)
    assert (problem["kind"], problem["theirs"]["code"]) == ("needs_review", "payment_voucher_missing")
    assert problem["theirs"]["params"]["voucher_id"] == str(missing)
    bought, (problem,) = pay(desk, "cash", 5_000, for_voucher_id=missing)
    assert (desk.one(payment, bought)["for_voucher_id"], problem["theirs"]["code"]) == (None, "payment_voucher_missing")


def test_spending_beyond_the_balance_is_stored_and_flagged_overdrawn(desk: Desk) -> None:
    voucher_id, code = sell(desk, 10_000)
    pay(desk, "voucher", 8_000, voucher_id=voucher_id)
    paid, (problem,) = pay(desk, "voucher", 5_000, voucher_id=voucher_id)  # as the second desk's push
    assert desk.one(payment, paid)["voucher_id"] == voucher_id
    assert (problem["kind"], problem["mutation_name"], problem["row_ids"]) == (
        "needs_review", "payment.record", [str(paid)])  # fmt: skip
    params = {"amount": "5000", "method": "voucher", "code": code, "balance": "-3000"}
    assert problem["theirs"] == {"code": "voucher_overdrawn", "params": params}
    assert balance(desk, voucher_id) == -3_000


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.integers(1, 50_000), tries=st.lists(st.integers(-100, 60_000), max_size=8))
def test_a_desk_that_checks_the_balance_never_redeems_below_it(
    sqlite_core_engine: Engine, value: int, tries: list[int]
) -> None:
    desk = Desk(sqlite_core_engine).setup()
    voucher_id, _ = sell(desk, value)
    taken = 0
    for amount in tries:
        if rules.redeem_problem(balance(desk, voucher_id), amount) is not None:
            continue  # the desk refuses it; nothing is written
        _, problems = pay(desk, "voucher", amount, voucher_id=voucher_id)
        assert problems == []
        taken += amount
    assert balance(desk, voucher_id) == value - taken >= 0
    assert desk.rows(sync_conflict) == []
