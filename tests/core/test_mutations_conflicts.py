"""conflict.resolve on SQLite and PostgreSQL: each resolution, its checks, and idempotence."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from kronos_core.ids import uuid7
from kronos_core.mutations import ApplyContext, InvalidArguments, NotAllowed, StaleTarget
from kronos_core.mutations.conflicts import RESOLUTIONS, refused_mutation
from kronos_core.schema import appointment, client, station, sync_conflict
from tests.core.harness import NOW, Desk, at


def resolve(desk: Desk, conflict_id: uuid.UUID, resolution: str, *, role: Any = None, staff_id: Any = None,
            **extra: Any) -> None:  # fmt: skip
    args = {"conflict_id": str(conflict_id), "resolution": resolution, "resolved_at": NOW.isoformat()}
    as_staff = {"role": role, "staff_id": staff_id} if role is not None else {}
    desk.run("conflict.resolve", {**args, **{k: str(v) for k, v in extra.items()}}, **as_staff)


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


# -- redo: a refused mutation applied again -------------------------------------------------------
def refused(desk: Desk, name: str, args: dict[str, Any], reason: str = "refused") -> uuid.UUID:
    """A ``rejected`` conflict as the server writes it when a pushed mutation cannot apply: under
    the refused mutation's UUID and name, ``mine`` holding its name and arguments."""
    mutation_uuid = uuid7()
    with desk.engine.begin() as tx:
        ctx = ApplyContext(tx, desk.actor(), mutation_uuid, name, desk.now, version=1)
        conflict_id = ctx.insert(
            sync_conflict,
            {"id": uuid7(), "kind": "rejected", "status": "open", "mutation_uuid": mutation_uuid,
             "mutation_name": name, "table_name": None, "row_ids": [], "mine": {"name": name, "args": args},
             "theirs": None, "detail": reason},
        )  # fmt: skip
    return conflict_id


def booking_args(artist: uuid.UUID, client_id: uuid.UUID, starts_at: Any, ends_at: Any) -> dict[str, Any]:
    return {"appointment_id": str(uuid7()), "client_id": str(client_id), "artist_id": str(artist),
            "starts_at": starts_at.isoformat(), "ends_at": ends_at.isoformat()}  # fmt: skip


def test_rejected_conflicts_offer_redo_and_dismiss() -> None:
    assert RESOLUTIONS["rejected"] == ("redo", "dismiss")
    assert refused_mutation({"name": "appointment.book", "args": {}}) == ("appointment.book", {})
    assert refused_mutation({"name": "conflict.resolve", "args": {}}) is None, "a resolution is resolved again"
    assert refused_mutation({"name": "client.create", "args_text": "{...}"}) is None, "kept only as text"
    assert refused_mutation({"name": "no.such", "args": {}}) is None


def test_redo_creates_what_was_refused_under_the_same_ids(desk: Desk) -> None:
    """A client created offline and booked at once, both refused: redone in order, the booking
    finds the client under the id the desk gave it."""
    artist = desk.add_staff("artist", "Rafa")
    client_id = uuid7()
    create = refused(desk, "client.create", {"client_id": str(client_id), "full_name": "Ana Souza"})
    book_args = booking_args(artist, client_id, at(12, 14), at(12, 16))
    book = refused(desk, "appointment.book", book_args, "client does not exist")
    resolve(desk, create, "redo")
    resolve(desk, book, "redo")
    assert desk.one(client, client_id)["full_name"] == "Ana Souza"
    booked = desk.one(appointment, uuid.UUID(book_args["appointment_id"]))
    assert (booked["client_id"], booked["status"], booked["in_conflict"]) == (client_id, "booked", False)
    for conflict_id in (create, book):
        conflict = desk.one(sync_conflict, conflict_id)
        assert (conflict["status"], conflict["resolution"]) == ("resolved", {"resolution": "redo", "reason": ""})
        assert conflict["resolved_by"] == desk.owner_id


def test_a_redo_that_still_cannot_apply_is_refused_whole(desk: Desk) -> None:
    artist = desk.add_staff("artist", "Rafa")
    ana = desk.add_client("Ana Souza", blocked=True)
    args = booking_args(artist, ana, at(12, 14), at(12, 16))
    conflict_id = refused(desk, "appointment.book", args, "Ana Souza is blocked from booking")
    with pytest.raises(InvalidArguments, match="Ana Souza is blocked from booking"):
        resolve(desk, conflict_id, "redo")
    assert desk.one(sync_conflict, conflict_id)["status"] == "open"
    assert desk.rows(appointment) == []
    # Once the client may book again, the same redo applies.
    desk.run("client.update", {"client_id": str(ana), "changes": {"blocked": False}, "seen": {"blocked": True}})
    resolve(desk, conflict_id, "redo")
    assert [a["id"] for a in desk.rows(appointment)] == [uuid.UUID(args["appointment_id"])]


def test_a_redone_booking_goes_through_the_double_booking_check(desk: Desk) -> None:
    artist = desk.add_staff("artist", "Rafa")
    args = booking_args(artist, desk.add_client("Ana Souza"), at(12, 14), at(12, 16))
    conflict_id = refused(desk, "appointment.book", args)
    taken = desk.book(artist, at(12, 15), at(12, 17), client_id=desk.add_client("Bia"))
    resolve(desk, conflict_id, "redo")
    redone = uuid.UUID(args["appointment_id"])
    assert desk.one(appointment, redone)["in_conflict"] is True
    assert desk.one(sync_conflict, conflict_id)["status"] == "resolved"
    (clash,) = desk.rows(sync_conflict, status="open")
    assert (clash["kind"], clash["row_ids"], clash["mutation_name"]) == (
        "double_booking", [str(redone), str(taken)], "appointment.book")  # fmt: skip


def test_a_redo_is_checked_against_the_resolving_role(desk: Desk) -> None:
    receptionist = desk.add_staff("receptionist", "Lia")
    conflict_id = refused(desk, "station.add", {"station_id": str(uuid7()), "name": "Maca 3"})
    with pytest.raises(NotAllowed, match="receptionist"):
        resolve(desk, conflict_id, "redo", **desk.as_staff(receptionist))
    assert desk.one(sync_conflict, conflict_id)["status"] == "open"
    resolve(desk, conflict_id, "redo")  # the owner may
    assert [s["name"] for s in desk.rows(station)] == ["Maca 3"]


def test_redo_twice_changes_nothing_and_nonsense_is_refused(desk: Desk) -> None:
    overwrite_conflict = overwrite(desk)[1]
    with pytest.raises(InvalidArguments, match="cannot be resolved with redo"):
        resolve(desk, overwrite_conflict, "redo")
    client_id = uuid7()
    conflict_id = refused(desk, "client.create", {"client_id": str(client_id), "full_name": "Caio Lima"})
    resolve(desk, conflict_id, "redo")
    resolve(desk, conflict_id, "redo")  # a second desk redid it offline too: no duplicate, no error
    assert [c["id"] for c in desk.rows(client, full_name="Caio Lima")] == [client_id]
    for mine in ({"name": "conflict.resolve", "args": {"conflict_id": str(conflict_id), "resolution": "redo"}},
                 {"name": "client.create", "args_text": "{'full_name': 'Bia'}"}):  # fmt: skip
        other = refused(desk, str(mine["name"]), {})
        with desk.engine.begin() as tx:
            tx.execute(sync_conflict.update().where(sync_conflict.c.id == other).values(mine=mine))
        with pytest.raises(StaleTarget, match="cannot be redone"):
            resolve(desk, other, "redo")
        assert desk.one(sync_conflict, other)["status"] == "open"
