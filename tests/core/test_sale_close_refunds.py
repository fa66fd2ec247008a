"""Refunds and voids (kronos_core/mutations/refunds.py) on SQLite and PostgreSQL: a refund is a new
negative payment pointing back, never more than the payment took (else stored and flagged), a
receptionist's refund stored and flagged for review (never lost), a void turns a closed ticket void
with its reason in the audit trail, and what was written is never changed."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments, NotAllowed, StaleTarget
from kronos_core.roles import Role
from kronos_core.schema import audit_event, payment, sale, sync_conflict
from tests.core.harness import Desk, at

DAY = "2026-03-10"
WHEN = at(10, 19)


def a_paid_sale(desk: Desk, amounts: tuple[int, ...] = (20_000,), tip: int = 0) -> tuple[uuid.UUID, list[uuid.UUID]]:
    sale_id, paid = uuid7(), []
    total = sum(amounts)
    desk.run("sale.record", {"sale_id": str(sale_id), "number": f"A-{sale_id.hex[-8:]}", "business_date": DAY,
                             "closed_at": WHEN.isoformat(),
                             "lines": [{"line_id": str(uuid7()), "description": "Sessão", "unit_price": total}]},
             role=Role.RECEPTIONIST)  # fmt: skip
    for i, amount in enumerate(amounts):
        payment_id = uuid7()
        desk.run("payment.record", {"payment_id": str(payment_id), "sale_id": str(sale_id), "method": "credit",
                                    "card_brand": "visa", "instalments": 3, "amount": amount,
                                    "tip": tip if i == 0 else 0, "business_date": DAY,
                                    "received_at": WHEN.isoformat()}, role=Role.RECEPTIONIST)  # fmt: skip
        paid.append(payment_id)
    return sale_id, paid


def refund(desk: Desk, of: uuid.UUID, amount: int, **run: Any) -> tuple[uuid.UUID, list[dict[str, Any]]]:
    """Refund ``amount`` of payment ``of``; the refund's id and the conflicts it raised."""
    refund_id = uuid7()
    ctx = desk.run("payment.refund", {"payment_id": str(refund_id), "refund_of": str(of), "amount": amount,
                                      "reason": "Cliente desistiu", "business_date": DAY,
                                      "received_at": WHEN.isoformat()}, **run)  # fmt: skip
    return refund_id, [desk.one(sync_conflict, c) for c in ctx.changed.get("sync_conflict", ())]


def test_a_refund_is_a_new_negative_payment_pointing_back(desk: Desk) -> None:
    manager = desk.add_staff("manager")
    sale_id, (paid,) = a_paid_sale(desk, (20_000,), tip=1_000)
    refund_id, conflicts = refund(desk, paid, 5_000, **desk.as_staff(manager))
    assert conflicts == []
    row = desk.one(payment, refund_id)
    assert (row["amount"], row["refund_of"], row["sale_id"], row["method"]) == (-5_000, paid, sale_id, "credit")
    assert (row["reason"], row["taken_by"], row["tip"]) == ("Cliente desistiu", manager, 0)
    assert desk.one(payment, paid)["amount"] == 20_000, "the payment refunded is never changed"
    (trail,) = desk.rows(audit_event, action="payment.refund")
    assert (trail["row_id"], trail["staff_id"], trail["detail"]["amount"]) == (refund_id, manager, 5_000)
    # What the payment took (its tip included) may still be given back, no more.
    _, conflicts = refund(desk, paid, 16_000, **desk.as_staff(manager))
    assert conflicts == []
    assert sum(p["amount"] + p["tip"] for p in desk.rows(payment, sale_id=sale_id)) == 0


def test_refunds_never_exceed_what_the_payment_took_or_are_flagged(desk: Desk) -> None:
    @given(amounts=st.lists(st.integers(1, 40_000), min_size=1, max_size=4))
    def give_back(amounts: list[int]) -> None:
        _, (paid,) = a_paid_sale(desk, (30_000,))
        left = 30_000
        for amount in amounts:
            refund_id, conflicts = refund(desk, paid, amount)
            assert desk.one(payment, refund_id)["amount"] == -amount, "stored whatever it is"
            codes = [c["theirs"]["code"] for c in conflicts]
            if amount <= left:
                assert codes == []
                left -= amount
            else:
                assert codes == ["refund_exceeds"]
                assert conflicts[0]["theirs"]["params"]["left"] == str(left)
                assert conflicts[0]["kind"] == "needs_review"
                left = 0

    give_back()


def test_a_receptionist_s_refund_is_stored_and_flagged_never_lost(desk: Desk) -> None:
    _, (paid,) = a_paid_sale(desk)
    receptionist = desk.add_staff("receptionist")
    refund_id, conflicts = refund(desk, paid, 2_000, **desk.as_staff(receptionist))
    assert desk.one(payment, refund_id)["amount"] == -2_000
    (conflict,) = conflicts
    assert (conflict["kind"], conflict["theirs"]["code"]) == ("needs_review", "refund_role")
    assert conflict["theirs"]["params"]["role"] == "receptionist"
    assert uuid.UUID(conflict["row_ids"][0]) == refund_id


def test_a_refund_of_an_unknown_payment_is_kept_pointing_at_itself(desk: Desk) -> None:
    unknown = uuid7()
    refund_id, conflicts = refund(desk, unknown, 1_000)
    row = desk.one(payment, refund_id)
    assert (row["amount"], row["refund_of"], row["method"], row["sale_id"]) == (-1_000, refund_id, "cash", None)
    assert [c["theirs"]["code"] for c in conflicts] == ["refund_of_unknown"]
    assert conflicts[0]["theirs"]["params"]["payment_id"] == str(unknown)


def test_a_refund_needs_a_reason(desk: Desk) -> None:
    _, (paid,) = a_paid_sale(desk)
    with pytest.raises(InvalidArguments, match="reason"):
        desk.run("payment.refund", {"payment_id": str(uuid7()), "refund_of": str(paid), "amount": 100,
                                    "reason": "  ", "business_date": DAY, "received_at": WHEN.isoformat()})  # fmt: skip


def test_voiding_a_closed_ticket_keeps_it_void_with_its_reason(desk: Desk) -> None:
    manager = desk.add_staff("manager")
    sale_id, _ = a_paid_sale(desk)
    args = {"sale_id": str(sale_id), "reason": "Cobrado em dobro", "voided_at": WHEN.isoformat()}
    desk.run("sale.void", args, **desk.as_staff(manager))
    row = desk.one(sale, sale_id)
    assert (row["status"], row["void_reason"], row["voided_at"], row["voided_by"]) == (
        "void",
        "Cobrado em dobro",
        WHEN,
        manager,
    )
    assert row["total"] == 20_000, "the lines and totals stay as they were"
    (trail,) = desk.rows(audit_event, action="sale.void")
    assert (trail["row_id"], trail["staff_id"], trail["detail"]["number"]) == (sale_id, manager, row["number"])
    with pytest.raises(StaleTarget) as again:
        desk.run("sale.void", args)
    assert again.value.code == "status_move_not_allowed"
    receptionist = desk.add_staff("receptionist")
    other, _ = a_paid_sale(desk)
    with pytest.raises(NotAllowed):
        desk.run("sale.void", {**args, "sale_id": str(other)}, **desk.as_staff(receptionist))
    assert desk.one(sale, other)["status"] == "closed"


def test_appended_rows_are_never_changed_through_a_mutation(desk: Desk) -> None:
    """The framework refuses to update a payment, a tip or a deposit's ledger entry."""
    from kronos_core.mutations import ApplyContext
    from kronos_core.schema import deposit_entry, sale_tip

    _, (paid,) = a_paid_sale(desk)
    with desk.engine.begin() as tx:
        ctx = ApplyContext(tx, desk.actor(), uuid7(), "test", desk.now)
        for table in (payment, sale_tip, deposit_entry):
            with pytest.raises(NotAllowed) as refused:
                ctx.update(table, paid, {"note": None} if table is deposit_entry else {"amount": 1})
            assert refused.value.code == "append_only"
    assert desk.one(payment, paid)["amount"] == 20_000
