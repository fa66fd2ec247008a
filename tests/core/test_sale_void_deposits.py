"""A void gives the deposits back (kronos_core/mutations/refunds.py), on SQLite and PostgreSQL: the
sinal a voided ticket applied is held again for the client, with a "returned" entry in its
ledger, and the next ticket applies it once more; another ticket's deposit is left alone."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.schema import deposit, deposit_entry, sale, sync_conflict
from tests.core.harness import Desk, at

DAY = "2026-03-10"
POLICY = "O sinal vale por 6 meses."
AFTERNOON = at(10, 15)


def take(desk: Desk, client_id: uuid.UUID, amount: int) -> uuid.UUID:
    deposit_id = uuid7()
    desk.run("deposit.take", {"deposit_id": str(deposit_id), "client_id": str(client_id), "amount": amount,
                              "policy_text": POLICY, "acknowledged": True, "business_date": DAY,
                              "taken_at": at(10, 9).isoformat()}, role=Role.RECEPTIONIST)  # fmt: skip
    return deposit_id


def close(
    desk: Desk, client_id: uuid.UUID, price: int, deposits: list[uuid.UUID], when: dt.datetime = AFTERNOON
) -> uuid.UUID:
    """A ticket for the client applying ``deposits``, the rest paid by PIX."""
    sale_id = uuid7()
    ctx = desk.run("sale.record", {"sale_id": str(sale_id), "number": f"A-{sale_id.hex[-8:]}", "business_date": DAY,
                                   "closed_at": when.isoformat(), "client_id": str(client_id),
                                   "deposit_ids": [str(d) for d in deposits],
                                   "lines": [{"line_id": str(uuid7()), "description": "Sessão", "unit_price": price}]},
                   role=Role.RECEPTIONIST)  # fmt: skip
    assert ctx.changed.get("sync_conflict", ()) == (), "applied without a review"
    applied = sum(int(desk.one(deposit, d)["amount"]) for d in deposits)
    desk.run("payment.record", {"payment_id": str(uuid7()), "sale_id": str(sale_id), "method": "pix",
                                "amount": price - applied, "business_date": DAY,
                                "received_at": when.isoformat()}, role=Role.RECEPTIONIST)  # fmt: skip
    return sale_id


def void(desk: Desk, sale_id: uuid.UUID, voided_at: dt.datetime, **extra: Any) -> None:
    manager = desk.add_staff("manager")
    args = {"sale_id": str(sale_id), "reason": "Cobrado no cliente errado", "voided_at": voided_at.isoformat()}
    desk.run("sale.void", args | extra, **desk.as_staff(manager))


def ledger(desk: Desk, deposit_id: uuid.UUID) -> list[tuple[str, int, uuid.UUID | None]]:
    entries = desk.rows(deposit_entry, deposit_id=deposit_id)
    entries.sort(key=lambda e: (e["occurred_at"], e["created_at"], e["id"]))
    return [(e["kind"], int(e["amount"]), e["sale_id"]) for e in entries]


def test_a_void_gives_the_client_their_deposits_back(desk: Desk) -> None:
    client_id = desk.add_client("Ana Souza")
    first, second = take(desk, client_id, 20_000), take(desk, client_id, 5_000)
    sale_id = close(desk, client_id, 60_000, [first, second])
    assert {desk.one(deposit, d)["status"] for d in (first, second)} == {"applied"}
    # Voided late at night in São Paulo: already the 11th in UTC, still the 10th at the studio.
    void(desk, sale_id, at(10, 23, 30))
    voided = desk.one(sale, sale_id)
    assert (voided["status"], voided["deposit_applied"]) == ("void", 25_000), "the sale stays as it closed"
    for deposit_id, amount in ((first, 20_000), (second, 5_000)):
        row = desk.one(deposit, deposit_id)
        assert (row["status"], row["sale_id"], row["amount"]) == ("held", None, amount)
        assert ledger(desk, deposit_id) == [("taken", amount, None), ("applied", amount, sale_id),
                                            ("returned", amount, sale_id)]  # fmt: skip
        (returned,) = desk.rows(deposit_entry, deposit_id=deposit_id, kind="returned")
        assert returned["business_date"] == dt.date(2026, 3, 10)
        assert returned["occurred_at"] == at(10, 23, 30)
        assert returned["note"] == "Cobrado no cliente errado"
    # The next ticket applies the sinal again, once, without anything to review.
    again = close(desk, client_id, 30_000, [first], at(11, 10))
    assert (desk.one(deposit, first)["status"], desk.one(deposit, first)["sale_id"]) == ("applied", again)
    assert desk.one(sale, again)["deposit_applied"] == 20_000
    assert [k for k, _, _ in ledger(desk, first)] == ["taken", "applied", "returned", "applied"]
    assert desk.rows(sync_conflict) == []


def test_only_the_voided_ticket_s_deposits_go_back(desk: Desk) -> None:
    client_id = desk.add_client("Bruno Reis")
    kept, given_back = take(desk, client_id, 10_000), take(desk, client_id, 15_000)
    stays = close(desk, client_id, 40_000, [kept])
    voided = close(desk, client_id, 40_000, [given_back])
    plain = close(desk, client_id, 12_000, [])
    void(desk, voided, at(12, 11), business_date="2026-03-12")
    void(desk, plain, at(12, 11))
    assert (desk.one(deposit, kept)["status"], desk.one(deposit, kept)["sale_id"]) == ("applied", stays)
    assert [k for k, _, _ in ledger(desk, kept)] == ["taken", "applied"]
    assert desk.one(deposit, given_back)["status"] == "held"
    (returned,) = desk.rows(deposit_entry, kind="returned")
    assert (returned["deposit_id"], returned["business_date"]) == (given_back, dt.date(2026, 3, 12))
