"""Append-only rows and the audit trail in the mutation framework, on SQLite and PostgreSQL.

A payment or an audit row is written once: ``ApplyContext.update`` (and ``soft_delete``, through
it) refuses it with ``append_only`` before anything is written, whatever the role. The mutations a
studio owner wants traced write an ``audit_event`` row through ``ctx.audit``: who (the member and,
when a PIN attributed the change, the desk's principal), which desk, what, which row, when. (The
databases' own triggers are tested on the real migrations: tests/store/test_append_only_triggers.py
and tests/server/test_append_only_pg.py.)
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from kronos_core.ids import derived_id, uuid7
from kronos_core.mutations import MutationError
from kronos_core.mutations.base import Actor, ApplyContext, run
from kronos_core.pins import hash_pin
from kronos_core.roles import Role
from kronos_core.schema import APPEND_ONLY_TABLES, TABLES_BY_NAME, audit_event, payment, sync_conflict
from tests.core.harness import Desk, at

RECEIVED = dt.datetime(2026, 3, 10, 14, 0, tzinfo=dt.UTC)


def take_payment(desk: Desk, amount: int = 15_000) -> uuid.UUID:
    payment_id = uuid7()
    desk.run(
        "payment.record",
        {"payment_id": str(payment_id), "method": "pix", "amount": amount, "business_date": "2026-03-10",
         "received_at": RECEIVED.isoformat()},
    )  # fmt: skip
    return payment_id


def audits(desk: Desk, action: str | None = None) -> list[dict[str, Any]]:
    rows = desk.rows(audit_event)
    return [r for r in rows if action is None or r["action"] == action]


def write_through_a_mutation(desk: Desk, change: Any) -> None:
    with desk.engine.begin() as tx:
        ctx = ApplyContext(tx, desk.actor(), uuid7(), "payment.record", desk.now)
        change(ctx)


def test_the_declared_tables_are_synced_tables() -> None:
    assert {"payment", "audit_event"} <= APPEND_ONLY_TABLES
    assert set(TABLES_BY_NAME) >= APPEND_ONLY_TABLES


def test_a_mutation_updating_a_payment_is_refused_and_changes_nothing(desk: Desk) -> None:
    payment_id = take_payment(desk)
    kept = desk.one(payment, payment_id)
    for change in (
        lambda ctx: ctx.update(payment, payment_id, {"amount": 1}),
        lambda ctx: ctx.soft_delete(payment, payment_id),
    ):
        with pytest.raises(MutationError) as caught:
            write_through_a_mutation(desk, change)
        assert (caught.value.code, caught.value.params) == ("append_only", {"what": "payment"})
    assert desk.one(payment, payment_id) == kept
    assert kept["amount"] == 15_000
    assert kept["deleted"] is False


def test_an_audit_row_cannot_be_changed_by_a_mutation(desk: Desk) -> None:
    artist = desk.add_staff("artist")
    desk.run("staff.set_pin", {"staff_id": str(artist), "pin_hash": hash_pin("2468")})
    (row,) = audits(desk, "pin.reset")
    with pytest.raises(MutationError) as caught:
        write_through_a_mutation(desk, lambda ctx: ctx.update(audit_event, row["id"], {"action": "nothing"}))
    assert caught.value.code == "append_only"
    assert audits(desk, "pin.reset") == [row]


def test_a_pin_reset_is_traced_without_the_hash(desk: Desk) -> None:
    artist = desk.add_staff("artist", "Rafa Lima")
    made = hash_pin("2468")
    ctx = desk.run("staff.set_pin", {"staff_id": str(artist), "pin_hash": made})
    (row,) = audits(desk, "pin.reset")
    assert (row["table_name"], row["row_id"]) == ("staff", artist)
    assert (row["staff_id"], row["principal_id"], row["device_id"]) == (desk.owner_id, None, desk.device_id)
    assert row["mutation_uuid"] == ctx.mutation_uuid
    assert row["occurred_at"] == desk.now
    assert row["detail"] == {"name": "Rafa Lima"}
    assert made not in str(row)
    # Clearing it is traced too.
    desk.run("staff.set_pin", {"staff_id": str(artist), "pin_hash": None})
    assert [r["row_id"] for r in audits(desk, "pin.clear")] == [artist]


def test_a_member_identified_by_pin_is_traced_with_the_desks_principal(desk: Desk) -> None:
    manager = desk.add_staff("manager", "Lia Prado")
    actor = Actor(desk.studio_id, Role.MANAGER, manager, desk.device_id, desk_staff_id=desk.owner_id,
                  desk_role=Role.OWNER)  # fmt: skip
    with desk.engine.begin() as tx:
        run(ApplyContext(tx, actor, uuid7(), "staff.set_pin", desk.now), {"staff_id": str(manager),
                                                                           "pin_hash": hash_pin("1357")})  # fmt: skip
    (row,) = audits(desk, "pin.set")  # their own
    assert (row["staff_id"], row["principal_id"]) == (manager, desk.owner_id)


def test_a_conflict_resolution_is_traced(desk: Desk) -> None:
    artist = desk.add_staff("artist")
    ana = desk.add_client()
    first = desk.book(artist, at(12, 10), at(12, 12), client_id=ana)
    second = uuid7()
    other = Desk(desk.engine, desk.studio_id, desk.owner_id, uuid7())  # another desk, the same studio
    other.run(
        "appointment.book",
        {"appointment_id": str(second), "artist_id": str(artist), "client_id": str(ana),
         "starts_at": at(12, 11).isoformat(), "ends_at": at(12, 13).isoformat()},
    )  # fmt: skip
    (conflict,) = desk.rows(sync_conflict, kind="double_booking")
    desk.run(
        "conflict.resolve",
        {"conflict_id": str(conflict["id"]), "resolution": "cancel", "appointment_id": str(second),
         "resolved_at": at(11, 9).isoformat()},
    )  # fmt: skip
    (row,) = audits(desk, "conflict.resolve")
    assert (row["table_name"], row["row_id"], row["device_id"]) == ("sync_conflict", conflict["id"], desk.device_id)
    assert row["detail"]["kind"] == "double_booking"
    assert (row["detail"]["resolution"], row["detail"]["appointment_id"]) == ("cancel", str(second))
    # The cancellation it made is a status move, traced on its own.
    (cancelled,) = audits(desk, "appointment.cancel")
    assert (cancelled["row_id"], cancelled["detail"]["from"], cancelled["detail"]["to"]) == (
        second, "booked", "cancelled")  # fmt: skip
    assert first != second
    # Resolving it again changes nothing, and traces nothing.
    desk.run("conflict.resolve", {"conflict_id": str(conflict["id"]), "resolution": "dismiss",
                                  "resolved_at": at(11, 10).isoformat()})  # fmt: skip
    assert len(audits(desk, "conflict.resolve")) == 1


def test_setting_changes_are_traced_with_the_values_and_plain_edits_are_not(desk: Desk) -> None:
    desk.run("studio.update", {"min_client_age": 21, "seen": {"min_client_age": 18}})
    (row,) = audits(desk, "studio.update")
    assert row["detail"] == {"changes": {"min_client_age": {"from": 18, "to": 21}}}
    station_id = desk.add_station("Maca 1")
    desk.run("station.update", {"station_id": str(station_id), "active": False})
    assert [r["detail"] for r in audits(desk, "station.update")] == [
        {"changes": {"active": {"from": True, "to": False}}}
    ]
    artist = desk.add_staff("artist", "Rafa")
    desk.run("staff.update", {"staff_id": str(artist), "role": "manager"})
    assert [r["detail"] for r in audits(desk, "staff.update")] == [
        {"changes": {"role": {"from": "artist", "to": "manager"}}}
    ]
    assert [r["detail"] for r in audits(desk, "staff.add")] == [{"name": "Rafa", "role": "artist"}]
    # An overwritten setting (changed elsewhere) applies nothing and is the conflict's, not traced.
    desk.run("studio.update", {"min_client_age": 16, "seen": {"min_client_age": 18}})
    assert len(audits(desk, "studio.update")) == 1
    # A client's edit is not in the trail.
    before = len(audits(desk))
    client_id = desk.add_client()
    desk.run("client.update", {"client_id": str(client_id), "changes": {"notes": "tímida"}})
    assert len(audits(desk)) == before


def test_an_audit_row_is_the_same_row_on_both_sides(desk: Desk) -> None:
    """Its id derives from the mutation: the desk's and the server's applications are one row."""
    artist = desk.add_staff("artist")
    mutation_uuid = uuid7()
    desk.run("staff.set_pin", {"staff_id": str(artist), "pin_hash": hash_pin("2468")}, mutation_uuid=mutation_uuid)
    (row,) = audits(desk, "pin.reset")
    assert row["id"] == derived_id(mutation_uuid, "audit:1")
    assert isinstance(row["id"], uuid.UUID)


def test_a_status_move_of_a_booking_is_traced(desk: Desk) -> None:
    artist = desk.add_staff("artist")
    booking = desk.book(artist, at(12, 10), at(12, 12), client_id=desk.add_client())
    desk.run("appointment.set_status", {"appointment_id": str(booking), "status": "confirmed"})
    desk.run("appointment.set_status", {"appointment_id": str(booking), "status": "confirmed"})  # no move: no row
    (row,) = audits(desk, "appointment.set_status")
    assert (row["row_id"], row["detail"]) == (booking, {"from": "booked", "to": "confirmed"})
