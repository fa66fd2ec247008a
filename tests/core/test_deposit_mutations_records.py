"""Deposits with the rest of the studio's records, on SQLite and PostgreSQL: the studio's deposit
and card settings (studio.update), a merge moving held deposits to the kept client, a deposit
applied to a sale exactly once, and what an erase leaves of a client's sale, payments and
deposits (amounts and dates, nothing of hers)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest

from kronos_core.erasure import ERASED_NAME
from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments
from kronos_core.mutations.sales import PaymentRecord, SaleRecord
from kronos_core.retention import RETAINED_TABLES
from kronos_core.roles import Role
from kronos_core.schema import TABLES_BY_NAME, client, deposit, deposit_entry, payment, sale, studio, sync_conflict
from tests.core.harness import Desk, at
from tests.core.test_deposit_mutations import forfeit, ledger, take

NEW_SETTINGS: dict[str, Any] = {
    "no_show_late_minutes": 45,
    "deposit_reschedules": 2,
    "deposit_applies_to": "first",
    "forfeit_artist_bps": 3_000,
    "deposit_policy_text": "  O sinal não é devolvido em caso de falta.  ",
    "card_instalments_max": 6,
    "card_fee_debit_bps": 150,
    "card_fee_credit_bps": 399,
}


def test_the_deposit_and_card_settings_round_trip(desk: Desk) -> None:
    row = desk.one(studio, desk.studio_id)
    assert (row["no_show_late_minutes"], row["deposit_reschedules"], row["deposit_applies_to"]) == (30, 1, "last")
    desk.run("studio.update", NEW_SETTINGS)
    row = desk.one(studio, desk.studio_id)
    assert {name: row[name] for name in NEW_SETTINGS} == {
        **NEW_SETTINGS,
        "deposit_policy_text": "O sinal não é devolvido em caso de falta.",
    }
    desk.run("studio.update", {"deposit_policy_text": "   "})  # blank: back to the words from the settings
    assert desk.one(studio, desk.studio_id)["deposit_policy_text"] is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("no_show_late_minutes", 241),
        ("no_show_late_minutes", -1),
        ("deposit_reschedules", 11),
        ("deposit_applies_to", "middle"),
        ("forfeit_artist_bps", 10_001),
        ("deposit_policy_text", "x" * 4001),
        ("card_instalments_max", 0),
        ("card_instalments_max", 25),
        ("card_fee_debit_bps", 2001),
        ("card_fee_credit_bps", -5),
        ("card_fee_credit_bps", None),
    ],
)
def test_out_of_range_settings_are_refused_by_name(desk: Desk, name: str, value: Any) -> None:
    with pytest.raises(InvalidArguments) as refused:
        desk.run("studio.update", {name: value})
    assert refused.value.code == "invalid_arguments"
    assert refused.value.params["problems"].startswith(f"{name}:")
    assert desk.one(studio, desk.studio_id)["card_instalments_max"] == 12  # nothing written


def test_only_owners_and_managers_change_the_deposit_policy(desk: Desk) -> None:
    with pytest.raises(Exception, match=r"may not run studio\.update"):
        desk.run("studio.update", {"forfeit_artist_bps": 0}, role=Role.RECEPTIONIST)
    desk.run("studio.update", {"forfeit_artist_bps": 0}, role=Role.MANAGER)


def test_a_merge_moves_held_deposits_and_leaves_the_others(desk: Desk) -> None:
    keep, other = desk.add_client("Ana Souza"), desk.add_client("Aninha Souza")
    held = take(desk, other, 30_000)
    lost = take(desk, other, 10_000)
    forfeit(desk, lost, "reschedules", at(12, 10))
    desk.run("client.merge", {"keep_id": str(keep), "merged_id": str(other)})
    assert desk.one(deposit, held)["client_id"] == keep
    assert desk.one(deposit, lost)["client_id"] == other  # read through merged_into
    assert desk.one(client, other)["merged_into"] == keep
    assert ledger(desk, keep) == [(30_000, "taken", 30_000)]
    # The kept record's own deposit moves on as hers: moved to a new booking of hers.
    booked = desk.book(desk.add_staff("artist"), at(20, 10), at(20, 12), client_id=keep)
    desk.run(
        "deposit.transfer",
        {
            "deposit_id": str(held),
            "new_deposit_id": str(uuid7()),
            "appointment_id": str(booked),
            "business_date": "2026-03-13",
            "at": at(13, 10).isoformat(),
        },
        role=Role.RECEPTIONIST,
    )
    assert [r["status"] for r in desk.rows(deposit, client_id=keep)] == ["transferred", "held"]


def record_sale(desk: Desk, client_id: uuid.UUID, price: int, deposit_ids: list[uuid.UUID]) -> uuid.UUID:
    sale_id = uuid7()
    args: dict[str, Any] = {
        "sale_id": str(sale_id),
        "number": f"A-{sale_id.hex[-6:]}",
        "client_id": str(client_id),
        "business_date": "2026-03-20",
        "closed_at": at(20, 18).isoformat(),
        "lines": [{"line_id": str(uuid7()), "description": "Sessão braço", "unit_price": price}],
    }
    if deposit_ids:
        args["deposit_ids"] = [str(d) for d in deposit_ids]
    desk.run("sale.record", args, role=Role.RECEPTIONIST)
    return sale_id


needs_sale_deposits = pytest.mark.skipif(
    "deposit_ids" not in SaleRecord.model_fields, reason="sale.record applies deposits once H3's sale.record lands"
)


@needs_sale_deposits
def test_a_merged_client_s_held_deposit_is_applied_for_the_kept_one(desk: Desk) -> None:
    keep, other = desk.add_client("Ana Souza"), desk.add_client("Aninha Souza")
    held = take(desk, other, 30_000)
    desk.run("client.merge", {"keep_id": str(keep), "merged_id": str(other)})
    sale_id = record_sale(desk, keep, 80_000, [held])
    row = desk.one(deposit, held)
    assert (row["status"], row["sale_id"], row["client_id"]) == ("applied", sale_id, keep)
    assert desk.one(sale, sale_id)["deposit_applied"] == 30_000
    assert ledger(desk, keep) == [(30_000, "taken", 30_000), (30_000, "applied", 30_000)]


@needs_sale_deposits
def test_a_deposit_is_applied_exactly_once(desk: Desk) -> None:
    ana = desk.add_client("Ana Souza")
    held = take(desk, ana, 20_000)
    first = record_sale(desk, ana, 50_000, [held])
    second = record_sale(desk, ana, 50_000, [held])  # another desk, offline, applied it too
    assert desk.one(deposit, held)["sale_id"] == first
    assert (desk.one(sale, first)["deposit_applied"], desk.one(sale, second)["deposit_applied"]) == (20_000, 0)
    (flag,) = desk.rows(sync_conflict)
    assert (flag["kind"], flag["theirs"]["code"]) == ("needs_review", "deposit_not_held")
    assert [kind for _, kind, _ in ledger(desk, ana)] == ["taken", "applied"]


def test_after_an_erase_the_money_stays_and_nothing_of_hers(desk: Desk) -> None:
    assert {"deposit", "deposit_entry", "sale", "payment"} <= RETAINED_TABLES
    zuleika = desk.add_client("Zuleika Wpqx", phone="+55 11 97531-8642", allergies="hemofilia leve")
    held = take(desk, zuleika, 20_000, note="Zuleika Wpqx pagou por PIX; hemofilia leve")
    money: dict[str, Any] = {
        "payment_id": str(uuid7()),
        "method": "pix",
        "amount": 20_000,
        "business_date": "2026-03-10",
        "received_at": at(10, 14).isoformat(),
    }
    if "deposit_id" in PaymentRecord.model_fields:
        money["deposit_id"] = str(held)
    desk.run("payment.record", money, role=Role.RECEPTIONIST)
    lost = take(desk, zuleika, 5_000, note="ligar para +5511975318642")
    forfeit(desk, lost, "reschedules", at(12, 10), note="Zuleika Wpqx desmarcou três vezes")
    sale_id = record_sale(desk, zuleika, 60_000, [])
    desk.run(
        "payment.record",
        {"payment_id": str(uuid7()), "sale_id": str(sale_id), "method": "cash", "amount": 60_000,
         "business_date": "2026-03-20", "received_at": at(20, 18).isoformat()},
        role=Role.RECEPTIONIST,
    )  # fmt: skip
    desk.run(
        "client.erase", {"client_id": str(zuleika), "erased_at": dt.datetime(2026, 4, 1, tzinfo=dt.UTC).isoformat()}
    )

    assert desk.one(client, zuleika)["full_name"] == ERASED_NAME
    assert desk.one(sale, sale_id)["total"] == 60_000
    assert sorted(p["amount"] for p in desk.rows(payment)) == [20_000, 60_000]
    kept = {r["id"]: r for r in desk.rows(deposit, client_id=zuleika)}
    assert {d: (r["amount"], r["status"], r["taken_on"]) for d, r in kept.items()} == {
        held: (20_000, "held", dt.date(2026, 3, 10)),
        lost: (5_000, "forfeited", dt.date(2026, 3, 10)),
    }
    assert kept[held]["note"] == f"{ERASED_NAME} pagou por PIX; {ERASED_NAME}"
    assert kept[lost]["note"] == f"ligar para {ERASED_NAME}\n{ERASED_NAME} desmarcou três vezes"
    assert [kind for _, kind, _ in ledger(desk, zuleika)] == ["taken", "taken", "forfeited"]
    everything = json.dumps({name: desk.rows(table) for name, table in TABLES_BY_NAME.items()}, default=str)
    for hers in ("Zuleika", "Wpqx", "97531", "hemofilia"):
        assert hers not in everything
    assert all(e["note"] is None for e in desk.rows(deposit_entry))


def test_a_deposit_taken_offline_for_an_erased_client_is_kept_for_review(desk: Desk) -> None:
    zuleika = desk.add_client("Zuleika Wpqx")
    desk.run(
        "client.erase", {"client_id": str(zuleika), "erased_at": dt.datetime(2026, 3, 9, tzinfo=dt.UTC).isoformat()}
    )
    held = take(desk, zuleika, 12_000, note="Zuleika Wpqx vem sexta")  # a desk that had not heard yet
    row = desk.one(deposit, held)
    assert (row["amount"], row["status"], row["client_id"], row["note"]) == (12_000, "held", zuleika, None)
    (flag,) = desk.rows(sync_conflict)
    assert (flag["kind"], flag["theirs"]) == (
        "needs_review",
        {"code": "deposit_client_erased", "params": {"amount": "12000"}},
    )
    assert "Zuleika" not in json.dumps(desk.rows(sync_conflict), default=str)
