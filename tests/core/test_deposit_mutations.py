"""Deposits (kronos_core/mutations/deposits.py), on SQLite and PostgreSQL: taking one, forfeiting
it by the studio's policy (times are arguments: a controlled clock), refunding, moving it to
another booking, counting reschedules, and the client's ledger reading what happened."""

from __future__ import annotations

import datetime as dt
import typing
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments, NotAllowed, NotFound, StaleTarget
from kronos_core.mutations import deposits as deposit_mutations
from kronos_core.roles import Role
from kronos_core.schema import audit_event, deposit, deposit_entry
from kronos_core.schema_base import DEPOSIT_FORFEIT_REASONS
from tests.core.harness import Desk, at

POLICY = "O sinal vale por 6 meses e é abatido na última sessão."


def take(desk: Desk, client_id: uuid.UUID, amount: int = 20_000, **fields: Any) -> uuid.UUID:
    """Take a deposit as the front desk does (a receptionist, the client acknowledging)."""
    deposit_id = uuid7()
    args: dict[str, Any] = {
        "deposit_id": str(deposit_id),
        "client_id": str(client_id),
        "amount": amount,
        "policy_text": POLICY,
        "acknowledged": True,
        "business_date": "2026-03-10",
        "taken_at": at(10, 14).isoformat(),
    }
    args.update({k: str(v) if isinstance(v, uuid.UUID) else v for k, v in fields.items()})
    desk.run("deposit.take", args, role=Role.RECEPTIONIST)
    return deposit_id


def forfeit(desk: Desk, deposit_id: uuid.UUID, reason: str, when: dt.datetime, note: str = "", **run: Any) -> None:
    args = {
        "deposit_id": str(deposit_id),
        "reason": reason,
        "note": note,
        "business_date": when.date().isoformat(),
        "at": when.isoformat(),
    }
    desk.run("deposit.forfeit", args, **({"role": Role.RECEPTIONIST} | run))


def ledger(desk: Desk, client_id: uuid.UUID) -> list[tuple[int, str, int]]:
    """The client's ledger as the record's Deposits tab reads it: (deposit amount, entry kind,
    entry amount), in the order things happened."""
    deposits = {r["id"]: r for r in desk.rows(deposit, client_id=client_id)}
    entries = [e for e in desk.rows(deposit_entry) if e["deposit_id"] in deposits]
    entries.sort(key=lambda e: (e["occurred_at"], e["created_at"], e["id"]))
    return [(int(deposits[e["deposit_id"]]["amount"]), e["kind"], int(e["amount"])) for e in entries]


def set_policy(desk: Desk, **values: Any) -> None:
    desk.run("studio.update", values)


def test_taking_a_deposit_holds_it_until_the_policy_s_expiry(desk: Desk) -> None:
    client_id = desk.add_client("Ana Souza")
    artist = desk.add_staff("artist", "Rafa Lima")
    booked = desk.book(artist, at(20, 10), at(20, 14), client_id=client_id)
    deposit_id = take(desk, client_id, 30_000, appointment_id=booked, note="PIX conferido no app do banco")
    row = desk.one(deposit, deposit_id)
    assert (row["status"], row["amount"], row["client_id"], row["artist_id"]) == ("held", 30_000, client_id, artist)
    assert row["taken_on"] == dt.date(2026, 3, 10)
    assert row["expires_on"] == dt.date(2026, 9, 10)  # the studio's default: 6 months
    assert (row["policy_text"], row["note"]) == (POLICY, "PIX conferido no app do banco")
    assert ledger(desk, client_id) == [(30_000, "taken", 30_000)]
    assert [e["note"] for e in desk.rows(deposit_entry)] == [None]  # typed text stays on the deposit
    (trail,) = desk.rows(audit_event, action="deposit.take")
    assert (trail["row_id"], trail["detail"]) == (deposit_id, {"amount": 30_000})


def test_expiry_follows_the_months_set_and_a_given_date_wins(desk: Desk) -> None:
    client_id = desk.add_client()
    set_policy(desk, deposit_expiry_months=3)
    assert desk.one(deposit, take(desk, client_id))["expires_on"] == dt.date(2026, 6, 10)
    given_date = take(desk, client_id, expires_on="2026-04-01")
    assert desk.one(deposit, given_date)["expires_on"] == dt.date(2026, 4, 1)
    with pytest.raises(InvalidArguments, match="cannot expire before"):
        take(desk, client_id, expires_on="2026-03-09")


def test_a_deposit_needs_the_policy_acknowledged(desk: Desk) -> None:
    client_id = desk.add_client()
    with pytest.raises(InvalidArguments, match="acknowledged"):
        take(desk, client_id, acknowledged=False)
    with pytest.raises(InvalidArguments, match="policy_text"):
        take(desk, client_id, policy_text="   ")
    assert desk.rows(deposit) == []


def test_a_booking_of_another_client_is_refused(desk: Desk) -> None:
    ana, bia = desk.add_client("Ana Souza"), desk.add_client("Bia Lopes")
    booked = desk.book(desk.add_staff("artist"), at(20, 10), at(20, 12), client_id=bia)
    with pytest.raises(InvalidArguments) as refused:
        take(desk, ana, appointment_id=booked)
    assert (refused.value.code, refused.value.params) == ("deposit_other_client", {"what": "appointment"})


def test_an_expired_deposit_is_forfeited_only_after_its_day(desk: Desk) -> None:
    client_id = desk.add_client()
    set_policy(desk, deposit_expiry_months=2)  # the day written on it, later than the policy's, decides
    deposit_id = take(desk, client_id, 25_000, expires_on="2026-05-31")
    with pytest.raises(StaleTarget) as early:
        forfeit(desk, deposit_id, "expired", at(31, 23, 59, month=5))
    assert (early.value.code, early.value.params) == ("deposit_not_expired", {"expires_on": "2026-05-31"})
    assert desk.one(deposit, deposit_id)["status"] == "held"
    forfeit(desk, deposit_id, "expired", at(1, 9, month=6))
    row = desk.one(deposit, deposit_id)
    assert (row["status"], row["forfeit_reason"]) == ("forfeited", "expired")
    assert (row["forfeit_artist_share"], row["forfeit_studio_share"]) == (0, 25_000)  # the studio keeps it
    assert ledger(desk, client_id) == [(25_000, "taken", 25_000), (25_000, "forfeited", 25_000)]


def test_a_no_show_counts_after_the_policy_s_minutes(desk: Desk) -> None:
    client_id = desk.add_client()
    artist = desk.add_staff("artist")
    booked = desk.book(artist, at(20, 10), at(20, 14), client_id=client_id)
    set_policy(desk, no_show_late_minutes=20, forfeit_keeper="artist")
    deposit_id = take(desk, client_id, 40_000, appointment_id=booked)
    with pytest.raises(StaleTarget) as early:
        forfeit(desk, deposit_id, "no_show", at(20, 10, 19))
    assert (early.value.code, early.value.params) == ("deposit_not_late", {"minutes": "20"})
    forfeit(desk, deposit_id, "no_show", at(20, 10, 20))
    row = desk.one(deposit, deposit_id)
    assert (row["status"], row["forfeit_artist_share"], row["forfeit_studio_share"]) == ("forfeited", 40_000, 0)


def test_a_studio_that_keeps_deposits_on_a_no_show_refuses_that_forfeit(desk: Desk) -> None:
    client_id = desk.add_client()
    set_policy(desk, forfeit_on_no_show=False)
    deposit_id = take(desk, client_id)
    with pytest.raises(StaleTarget) as refused:
        forfeit(desk, deposit_id, "no_show", at(20, 12))
    assert refused.value.code == "deposit_no_show_kept"


def test_a_late_cancellation_forfeits_within_the_policy_s_hours(desk: Desk) -> None:
    client_id = desk.add_client()
    booked = desk.book(desk.add_staff("artist"), at(20, 10), at(20, 14), client_id=client_id)
    set_policy(desk, late_cancel_hours=24)
    deposit_id = take(desk, client_id, appointment_id=booked)
    with pytest.raises(StaleTarget) as refused:
        forfeit(desk, deposit_id, "late_cancel", at(19, 9))  # 25 hours before: not late
    assert (refused.value.code, refused.value.params) == ("deposit_not_late_cancel", {"hours": "24"})
    forfeit(desk, deposit_id, "late_cancel", at(19, 11))  # 23 hours before
    assert desk.one(deposit, deposit_id)["forfeit_reason"] == "late_cancel"


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    amount=st.integers(min_value=1, max_value=10**9),
    bps=st.integers(min_value=0, max_value=10_000),
    keeper=st.sampled_from(["studio", "artist", "split"]),
)
def test_a_forfeit_s_shares_add_up_to_the_deposit(desk: Desk, amount: int, bps: int, keeper: str) -> None:
    set_policy(desk, forfeit_keeper=keeper, forfeit_artist_bps=bps)
    client_id = desk.add_client()
    deposit_id = take(desk, client_id, amount, artist_id=desk.owner_id)
    forfeit(desk, deposit_id, "reschedules", at(20, 10))
    row = desk.one(deposit, deposit_id)
    assert row["forfeit_artist_share"] + row["forfeit_studio_share"] == amount
    expected_artist = {"studio": 0, "artist": amount, "split": (amount * bps + 5_000) // 10_000}[keeper]
    assert row["forfeit_artist_share"] == expected_artist


def test_a_deposit_with_no_artist_is_kept_by_the_studio(desk: Desk) -> None:
    set_policy(desk, forfeit_keeper="artist")
    deposit_id = take(desk, desk.add_client(), 10_000)
    forfeit(desk, deposit_id, "reschedules", at(20, 10))
    row = desk.one(deposit, deposit_id)
    assert (row["forfeit_artist_share"], row["forfeit_studio_share"]) == (0, 10_000)


def test_a_refund_is_for_owners_and_managers_and_only_once(desk: Desk) -> None:
    client_id = desk.add_client()
    deposit_id = take(desk, client_id, 15_000)
    args = {
        "deposit_id": str(deposit_id),
        "note": "desistiu",
        "business_date": "2026-03-12",
        "at": at(12, 9).isoformat(),
    }
    with pytest.raises(NotAllowed) as refused:
        desk.run("deposit.refund", args, role=Role.RECEPTIONIST)
    assert refused.value.code == "role_not_allowed"
    desk.run("deposit.refund", args, role=Role.MANAGER)
    row = desk.one(deposit, deposit_id)
    assert (row["status"], row["note"]) == ("refunded", "desistiu")
    with pytest.raises(StaleTarget) as again:
        desk.run("deposit.refund", args, role=Role.MANAGER)
    assert (again.value.code, again.value.params) == ("deposit_not_held", {"status": "refunded"})
    with pytest.raises(StaleTarget):
        forfeit(desk, deposit_id, "reschedules", at(20, 10))
    assert ledger(desk, client_id) == [(15_000, "taken", 15_000), (15_000, "refunded", 15_000)]


def test_an_unknown_deposit_is_refused(desk: Desk) -> None:
    with pytest.raises(NotFound) as refused:
        forfeit(desk, uuid7(), "reschedules", at(20, 10))
    assert refused.value.code == "deposit_unknown"


def test_a_transfer_moves_the_money_to_a_new_booking(desk: Desk) -> None:
    client_id = desk.add_client()
    rafa, lia = desk.add_staff("artist", "Rafa"), desk.add_staff("artist", "Lia")
    first = desk.book(rafa, at(20, 10), at(20, 14), client_id=client_id)
    second = desk.book(lia, at(27, 10), at(27, 14), client_id=client_id)
    old = take(desk, client_id, 35_000, appointment_id=first, expires_on="2026-08-01", note="sinal do braço")
    new = uuid7()
    args = {
        "deposit_id": str(old),
        "new_deposit_id": str(new),
        "appointment_id": str(second),
        "note": "mudou de tatuador",
        "business_date": "2026-03-15",
        "at": at(15, 11).isoformat(),
    }
    desk.run("deposit.transfer", args, role=Role.RECEPTIONIST)
    was, now = desk.one(deposit, old), desk.one(deposit, new)
    assert was["status"] == "transferred"
    assert (now["status"], now["client_id"], now["amount"], now["appointment_id"]) == (
        "held",
        client_id,
        35_000,
        second,
    )
    assert (now["artist_id"], now["expires_on"], now["policy_text"]) == (lia, dt.date(2026, 8, 1), POLICY)
    assert (now["transferred_from"], now["taken_on"]) == (old, dt.date(2026, 3, 10))
    assert now["note"] == "sinal do braço\nmudou de tatuador"
    assert ledger(desk, client_id) == [
        (35_000, "taken", 35_000),
        (35_000, "transferred", 35_000),
        (35_000, "transferred", 35_000),
    ]
    held = [r for r in desk.rows(deposit, client_id=client_id) if r["status"] == "held"]
    assert sum(r["amount"] for r in held) == 35_000  # moved, not doubled
    with pytest.raises(StaleTarget):
        desk.run("deposit.transfer", {**args, "new_deposit_id": str(uuid7())}, role=Role.RECEPTIONIST)
    with pytest.raises(InvalidArguments) as nowhere:
        desk.run("deposit.transfer", {**args, "deposit_id": str(new), "new_deposit_id": str(uuid7()),
                                      "appointment_id": None})  # fmt: skip
    assert nowhere.value.code == "deposit_transfer_nowhere"


def test_reschedules_are_counted_and_follow_the_booking(desk: Desk) -> None:
    client_id = desk.add_client()
    artist = desk.add_staff("artist")
    first = desk.book(artist, at(20, 10), at(20, 14), client_id=client_id)
    later = desk.book(artist, at(27, 10), at(27, 14), client_id=client_id)
    deposit_id = take(desk, client_id, appointment_id=first)
    for _ in range(2):
        desk.run(
            "deposit.rescheduled",
            {
                "deposit_id": str(deposit_id),
                "appointment_id": str(later),
                "business_date": "2026-03-16",
                "at": at(16, 10).isoformat(),
            },
            role=Role.RECEPTIONIST,
        )
    row = desk.one(deposit, deposit_id)
    assert (row["reschedules"], row["appointment_id"], row["status"]) == (2, later, "held")
    assert [kind for _, kind, _ in ledger(desk, client_id)] == ["taken", "rescheduled", "rescheduled"]
    assert [amount for _, _, amount in ledger(desk, client_id)] == [20_000, 0, 0]  # a reschedule moves no money


def test_the_forfeit_reasons_are_the_schema_s() -> None:
    assert set(typing.get_args(deposit_mutations.ForfeitReason)) == set(DEPOSIT_FORFEIT_REASONS)


@pytest.mark.parametrize("role", [Role.ARTIST])
def test_artists_do_not_handle_deposits(desk: Desk, role: Role) -> None:
    client_id = desk.add_client()
    with pytest.raises(NotAllowed):
        desk.run(
            "deposit.take",
            {
                "deposit_id": str(uuid7()),
                "client_id": str(client_id),
                "amount": 100,
                "policy_text": POLICY,
                "acknowledged": True,
                "business_date": "2026-03-10",
                "taken_at": at(10, 14).isoformat(),
            },
            role=role,
        )
