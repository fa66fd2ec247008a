"""conflict.resolve on SQLite and PostgreSQL: each resolution, its checks, and idempotence."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from kronos_core.mutations import InvalidArguments
from kronos_core.mutations.conflicts import RESOLUTIONS
from kronos_core.schema import appointment, client, sync_conflict
from tests.core.harness import NOW, Desk, at


def resolve(desk: Desk, conflict_id: uuid.UUID, resolution: str, **extra: Any) -> None:
    args = {"conflict_id": str(conflict_id), "resolution": resolution, "resolved_at": NOW.isoformat()}
    desk.run("conflict.resolve", {**args, **{k: str(v) for k, v in extra.items()}})


@pytest.fixture
def clash(desk: Desk) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    """Two bookings of one artist at overlapping times: (artist, first, second, conflict)."""
    artist = desk.add_staff("artist", "Rafa")
    first = desk.book(artist, at(12, 14), at(12, 17), client_id=desk.add_client("Ana"))
    second = desk.book(artist, at(12, 16), at(12, 18), client_id=desk.add_client("Bia"))
    (conflict,) = desk.rows(sync_conflict)
    return artist, first, second, conflict["id"]


def test_every_kind_offers_dismiss_except_where_a_choice_is_needed() -> None:
    assert all("dismiss" in offered for offered in RESOLUTIONS.values())
    assert RESOLUTIONS["double_booking"][:3] == ("cancel", "move", "reassign")


def test_cancel_the_clashing_booking(desk: Desk, clash: tuple[uuid.UUID, ...]) -> None:
    _, first, second, conflict_id = clash
    resolve(desk, conflict_id, "cancel", appointment_id=second)
    assert desk.one(appointment, second)["status"] == "cancelled"
    assert desk.one(appointment, second)["cancelled_at"] == NOW
    assert desk.one(appointment, first)["in_conflict"] is False
    conflict = desk.one(sync_conflict, conflict_id)
    assert conflict["status"] == "resolved"
    assert conflict["resolution"] == {"resolution": "cancel", "appointment_id": str(second), "reason": ""}
    assert conflict["resolved_by"] == desk.owner_id
    assert conflict["resolved_at"] == NOW


def test_cancelling_the_booking_that_kept_the_slot_frees_the_other(desk: Desk, clash: tuple[uuid.UUID, ...]) -> None:
    _, first, second, conflict_id = clash
    resolve(desk, conflict_id, "cancel", appointment_id=first)
    assert desk.one(appointment, first)["status"] == "cancelled"
    assert desk.one(appointment, second)["in_conflict"] is False


def test_move_to_a_free_time(desk: Desk, clash: tuple[uuid.UUID, ...]) -> None:
    _, _, second, conflict_id = clash
    resolve(desk, conflict_id, "move", appointment_id=second, starts_at=at(13, 10).isoformat(),
            ends_at=at(13, 12).isoformat())  # fmt: skip
    row = desk.one(appointment, second)
    assert (row["starts_at"], row["in_conflict"]) == (at(13, 10), False)
    assert desk.one(sync_conflict, conflict_id)["status"] == "resolved"


def test_move_to_a_busy_time_stays_flagged_with_a_new_conflict(desk: Desk, clash: tuple[uuid.UUID, ...]) -> None:
    artist, _, second, conflict_id = clash
    third = desk.book(artist, at(14, 10), at(14, 12), client_id=desk.add_client("Caio"))
    resolve(desk, conflict_id, "move", appointment_id=second, starts_at=at(14, 11).isoformat(),
            ends_at=at(14, 13).isoformat())  # fmt: skip
    assert desk.one(appointment, second)["in_conflict"] is True
    open_ = desk.rows(sync_conflict, status="open")
    assert [c["row_ids"] for c in open_] == [[str(second), str(third)]]


def test_reassign_to_another_artist(desk: Desk, clash: tuple[uuid.UUID, ...]) -> None:
    _, _, second, conflict_id = clash
    other = desk.add_staff("artist", "Duda")
    resolve(desk, conflict_id, "reassign", appointment_id=second, artist_id=other)
    row = desk.one(appointment, second)
    assert (row["artist_id"], row["in_conflict"], row["starts_at"]) == (other, False, at(12, 16))


def test_a_booking_outside_the_conflict_is_refused(desk: Desk, clash: tuple[uuid.UUID, ...]) -> None:
    artist, _, _, conflict_id = clash
    elsewhere = desk.book(artist, at(20, 10), at(20, 11), client_id=desk.add_client("Eva"))
    with pytest.raises(InvalidArguments, match="not part of this conflict"):
        resolve(desk, conflict_id, "cancel", appointment_id=elsewhere)
    with pytest.raises(InvalidArguments, match="cannot be resolved with keep_mine"):
        resolve(desk, conflict_id, "keep_mine")
    with pytest.raises(InvalidArguments, match="appointment_id"):
        resolve(desk, conflict_id, "cancel")
    assert desk.one(sync_conflict, conflict_id)["status"] == "open"


def test_resolving_twice_changes_nothing(desk: Desk, clash: tuple[uuid.UUID, ...]) -> None:
    _, first, second, conflict_id = clash
    resolve(desk, conflict_id, "cancel", appointment_id=second)
    before = (desk.rows(appointment), desk.rows(sync_conflict))
    resolve(desk, conflict_id, "cancel", appointment_id=first)  # another desk decided otherwise, later
    resolve(desk, conflict_id, "dismiss")
    assert (desk.rows(appointment), desk.rows(sync_conflict)) == before


def overwrite(desk: Desk) -> tuple[uuid.UUID, uuid.UUID]:
    client_id = desk.add_client(phone="+5511911111111")
    desk.run("client.update", {"client_id": str(client_id), "changes": {"phone": "+5511933333333"},
                               "seen": {"phone": "+5511911111111"}})  # fmt: skip
    desk.run("client.update", {"client_id": str(client_id), "changes": {"phone": "+5511944444444"},
                               "seen": {"phone": "+5511911111111"}})  # fmt: skip
    (conflict,) = desk.rows(sync_conflict, status="open")
    return client_id, conflict["id"]


def test_keep_mine_writes_the_desks_value_again(desk: Desk) -> None:
    client_id, conflict_id = overwrite(desk)
    resolve(desk, conflict_id, "keep_mine")
    assert desk.one(client, client_id)["phone"] == "+5511944444444"
    assert desk.one(sync_conflict, conflict_id)["status"] == "resolved"


def test_keep_mine_after_a_newer_change_makes_a_new_conflict(desk: Desk) -> None:
    client_id, conflict_id = overwrite(desk)
    desk.run("client.update", {"client_id": str(client_id), "changes": {"phone": "+5511955555555"},
                               "seen": {"phone": "+5511933333333"}})  # fmt: skip
    resolve(desk, conflict_id, "keep_mine")
    assert desk.one(client, client_id)["phone"] == "+5511955555555"
    (new,) = desk.rows(sync_conflict, status="open")
    assert (new["kind"], new["mine"], new["mutation_name"]) == ("field_overwrite", {"phone": "+5511944444444"},
                                                              "conflict.resolve")  # fmt: skip


def test_keep_theirs_and_dismiss(desk: Desk) -> None:
    client_id, conflict_id = overwrite(desk)
    resolve(desk, conflict_id, "keep_theirs")
    assert desk.one(client, client_id)["phone"] == "+5511933333333"
    assert desk.one(sync_conflict, conflict_id)["status"] == "resolved"
    _, other = overwrite(desk)
    resolve(desk, other, "dismiss")
    assert desk.one(sync_conflict, other)["status"] == "dismissed"
