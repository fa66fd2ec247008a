"""A client's export (LGPD art. 18) holds their deposits with the ledger of each, the money taken
for them and given back, and the tips of their sales; what an erase keeps counts them."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronos_core.ids import uuid7
from kronos_core.ticket import DraftPayment
from kronos_desktop.ops import checkout as ops
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries.client_export import ClientExport, client_export
from tests.desktop.checkout_rows import AT, DAY, Counter, open_counter, ticket_for

POLICY = "O sinal vale por 6 meses e não é devolvido em caso de falta."


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[tuple[LocalStore, Counter]]:
    store, c = open_counter(tmp_path / "data")
    yield store, c
    store.close()


def take(store: LocalStore, c: Counter, money: DraftPayment) -> uuid.UUID:
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": c.client_id, "appointment_id": c.appointment_id,
        "amount": money.amount, "policy_text": POLICY, "acknowledged": True, "business_date": DAY, "taken_at": AT,
    }  # fmt: skip
    deposit_ops.take_deposit(args, money).write(store)
    return deposit_id


def export(store: LocalStore, c: Counter) -> ClientExport:
    with store.read_engine.connect() as conn:
        found = client_export(conn, c.client_id)
    assert found is not None
    return found


def test_the_export_holds_the_deposits_their_ledger_money_and_the_tips(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    applied_money = DraftPayment(uuid7(), "pix", 20_000, pix_e2e_id="E12345678202612041830abcdefghijk")
    applied_id = take(store, c, applied_money)
    refunded_money = DraftPayment(uuid7(), "cash", 10_000, cash_tendered=10_000)
    refunded_id = take(store, c, refunded_money)
    deposit_ops.refund_deposit(refunded_id, "Cliente desistiu", business_date=DAY).write(store)
    # The ticket (R$ 810 + R$ 20 tip) with the R$ 200 deposit applied: R$ 610 and the tip by PIX.
    draft = ticket_for(c, deposit_ids=[applied_id], payments=[DraftPayment(uuid7(), "pix", 61_000, tip=2_000)])
    ops.close_ticket(draft, business_date=DAY, closed_at=AT + dt.timedelta(hours=1)).write(store)

    found = export(store, c)
    deposits = {d["id"]: d for d in found.sections["deposits"]}
    assert set(deposits) == {str(applied_id), str(refunded_id)}
    applied, refunded = deposits[str(applied_id)], deposits[str(refunded_id)]
    assert (applied["status"], applied["amount"], applied["policy_text"]) == ("applied", 20_000, POLICY)
    assert applied["artist_name"] == "Rafa Lima"
    assert [e["kind"] for e in applied["entries"]] == ["taken", "applied"]
    assert (refunded["status"], [e["kind"] for e in refunded["entries"]]) == ("refunded", ["taken", "refunded"])

    payments = {p["id"]: p for p in found.sections["payments"]}
    assert payments[str(applied_money.payment_id)]["deposit_id"] == str(applied_id)
    assert payments[str(applied_money.payment_id)]["pix_e2e_id"] == applied_money.pix_e2e_id
    back = [p for p in payments.values() if p["refund_of"] == str(refunded_money.payment_id)]
    assert [(p["amount"], p["reason"]) for p in back] == [(-10_000, "Cliente desistiu")]
    assert len(payments) == 4  # two deposits, the refund, the ticket's PIX

    (sold,) = found.sections["sales"]
    assert sold["deposit_applied"] == 20_000
    assert [(t["artist_name"], t["amount"], t["artist_share"]) for t in sold["tips"]] == [("Rafa Lima", 2_000, 1_600)]

    assert "deposit.take" in {e["action"] for e in found.sections["audit"]}
    kept = {k.table: k.rows for k in found.kept}
    assert (kept["deposit"], kept["deposit_entry"], kept["sale_tip"], kept["payment"]) == (2, 4, 1, 4)
    assert found.counts()["deposits"] == 2


def test_a_client_with_no_deposit_exports_an_empty_section(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    found = export(store, c)
    assert found.sections["deposits"] == []
    kept = {k.table: k for k in found.kept}
    assert (kept["deposit"].rows, kept["deposit"].until) == (0, None)
