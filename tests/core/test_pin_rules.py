"""``staff.set_pin`` on the desk (SQLite) and the server (PostgreSQL): a PIN hash below the
minimum argon2id cost is refused with ``pin_hash_weak`` (memory, passes and lanes each), and who
may set whose PIN is decided on the desk's principal, never on the PIN-identified member."""

from __future__ import annotations

import uuid

import pytest
from argon2 import PasswordHasher, Type

from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.mutations.base import Actor, ApplyContext, run
from kronos_core.mutations.conflicts import offered_resolutions
from kronos_core.pins import MIN_COST, hash_pin, pin_matches
from kronos_core.roles import Role
from kronos_core.schema import staff, sync_conflict
from tests.core.harness import Desk


def _hash(memory_kib: int, time_cost: int, parallelism: int, pin: str = "2468") -> str:
    hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism, type=Type.ID)
    return hasher.hash(pin)


def _run_as(desk: Desk, actor: Actor, args: dict[str, object]) -> ApplyContext:
    with desk.engine.begin() as tx:
        ctx = ApplyContext(tx, actor, uuid7(), "staff.set_pin", desk.now)
        run(ctx, args)
    return ctx


@pytest.mark.parametrize(
    ("memory_kib", "time_cost", "parallelism"),
    [
        (8, 1, 1),  # the cheapest argon2 allows: a tampered desk's forgery
        (MIN_COST.memory_kib - 1, MIN_COST.time_cost, MIN_COST.parallelism),  # memory alone too low
        (MIN_COST.memory_kib, MIN_COST.time_cost - 1, MIN_COST.parallelism),  # passes alone too low
    ],
)
def test_a_pin_hash_below_the_minimum_cost_is_refused(
    desk: Desk, memory_kib: int, time_cost: int, parallelism: int
) -> None:
    artist = desk.add_staff("artist")
    weak = _hash(memory_kib, time_cost, parallelism)
    with pytest.raises(MutationError) as caught:
        desk.run("staff.set_pin", {"staff_id": str(artist), "pin_hash": weak})
    assert caught.value.code == "pin_hash_weak"
    assert caught.value.params["memory_kib"] == str(MIN_COST.memory_kib)
    assert desk.one(staff, artist)["pin_hash"] is None


def test_a_pin_hash_at_the_minimum_cost_is_kept_and_checks(desk: Desk) -> None:
    artist = desk.add_staff("artist")
    made = hash_pin("2468")
    assert f"m={MIN_COST.memory_kib},t={MIN_COST.time_cost},p={MIN_COST.parallelism}" in made
    desk.run("staff.set_pin", {"staff_id": str(artist), "pin_hash": made})
    kept = desk.one(staff, artist)["pin_hash"]
    assert kept == made
    assert pin_matches(kept, "2468")
    assert not pin_matches(kept, "1357")
    # Clearing takes no hash.
    desk.run("staff.set_pin", {"staff_id": str(artist), "pin_hash": None})
    assert desk.one(staff, artist)["pin_hash"] is None


def test_a_hash_too_costly_for_a_desk_to_check_is_refused(desk: Desk) -> None:
    artist = desk.add_staff("artist")
    # Forged by hand (computing it would take 4 GiB): the cost is in the text.
    costly = "$argon2id$v=19$m=4194304,t=3,p=4$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA"
    with pytest.raises(MutationError) as caught:
        desk.run("staff.set_pin", {"staff_id": str(artist), "pin_hash": costly})
    assert caught.value.code == "pin_hash_costly"
    assert desk.one(staff, artist)["pin_hash"] is None


def test_a_pin_identified_member_does_not_authorise_setting_someone_elses_pin(desk: Desk) -> None:
    """A manager's desk (principal: the manager) with the owner's id as the PIN attribution."""
    manager = desk.add_staff("manager")
    receptionist = desk.add_staff("receptionist")
    forged = Actor(
        desk.studio_id,
        Role.MANAGER,
        staff_id=desk.owner_id,  # the forged attribution
        device_id=desk.device_id,
        desk_staff_id=manager,
        desk_role=Role.MANAGER,
    )
    with pytest.raises(MutationError) as caught:
        _run_as(desk, forged, {"staff_id": str(desk.owner_id), "pin_hash": hash_pin("1111")})
    assert caught.value.code == "pin_owner_only"
    assert desk.one(staff, desk.owner_id)["pin_hash"] is None
    # The attribution narrows: a receptionist identified at a manager's desk sets no one else's PIN.
    narrowed = Actor(
        desk.studio_id,
        Role.RECEPTIONIST,
        staff_id=receptionist,
        device_id=desk.device_id,
        desk_staff_id=manager,
        desk_role=Role.MANAGER,
    )
    artist = desk.add_staff("artist")
    with pytest.raises(MutationError) as caught:
        _run_as(desk, narrowed, {"staff_id": str(artist), "pin_hash": hash_pin("1111")})
    assert caught.value.code == "pin_needs_manager"
    # Their own: the manager's desk may set a receptionist's PIN, so it applies.
    _run_as(desk, narrowed, {"staff_id": str(receptionist), "pin_hash": hash_pin("1111")})
    assert pin_matches(desk.one(staff, receptionist)["pin_hash"], "1111")


def test_a_members_own_pin_the_desks_role_may_not_set_waits_for_a_manager(desk: Desk) -> None:
    manager = desk.add_staff("manager")
    colleague = desk.add_staff("manager", "Bia")
    at_desk = Actor(
        desk.studio_id,
        Role.MANAGER,
        staff_id=colleague,
        device_id=desk.device_id,
        desk_staff_id=manager,
        desk_role=Role.MANAGER,
    )
    new_hash = hash_pin("8642")
    _run_as(desk, at_desk, {"staff_id": str(colleague), "pin_hash": new_hash})
    assert desk.one(staff, colleague)["pin_hash"] is None  # not applied: a manager sets no manager's PIN
    (held,) = desk.rows(sync_conflict)
    assert (held["kind"], held["status"], held["row_ids"]) == ("needs_review", "open", [str(colleague)])
    assert held["theirs"]["code"] == "pin_change_needs_approval"
    # The owner approves it: redone under the owner's own desk.
    desk.run(
        "conflict.resolve",
        {"conflict_id": str(held["id"]), "resolution": "redo", "resolved_at": desk.now.isoformat()},
    )
    assert desk.one(staff, colleague)["pin_hash"] == new_hash
    assert desk.one(sync_conflict, held["id"])["status"] == "resolved"


def test_only_a_needs_review_holding_a_change_offers_redo() -> None:
    """Only a needs_review holding a change offers redo (a payment's has nothing to redo)."""
    assert offered_resolutions("needs_review", None) == ("dismiss",)
    assert offered_resolutions("needs_review", {"name": "staff.set_pin", "args": {"staff_id": str(uuid.uuid4())}}) == (
        "dismiss",
        "redo",
    )
