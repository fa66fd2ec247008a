"""Setting a PIN on the desk (kronos_desktop.ops.studio.set_pin) on a real SQLite file: the PIN
is hashed here at the minimum argon2id cost and only the hash is stored; a member changing their
own PIN types the old one first; a weak hash is refused on the desk as on the server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher, Type
from sqlalchemy import select

from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.mutations.base import Actor, ApplyContext, run
from kronos_core.pins import MIN_COST, hash_pin, pin_matches
from kronos_core.roles import Role
from kronos_core.schema import staff
from kronos_desktop.ops.studio import set_pin
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox
from kronos_desktop.sync.inbox import load_inbox


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    s = LocalStore.open(tmp_path / "data")
    state = s.ensure_identity()
    owner = uuid.uuid4()
    s.apply(
        "studio.setup",
        {"studio_id": str(state.studio_id), "name": "Estúdio", "owner_staff_id": str(owner), "owner_name": "Marina"},
    )
    s.set_desk_staff(owner)
    yield s
    s.close()


def _add(store: LocalStore, role: str) -> uuid.UUID:
    staff_id = uuid.uuid4()
    store.apply("staff.add", {"staff_id": str(staff_id), "display_name": f"{role} 1", "role": role})
    return staff_id


def _pin_hash(store: LocalStore, staff_id: uuid.UUID) -> str | None:
    with store.read_engine.connect() as conn:
        value: str | None = conn.execute(select(staff.c.pin_hash).where(staff.c.id == staff_id)).scalar()
        return value


def test_the_owner_sets_a_pin_hashed_on_the_desk_at_the_minimum_cost(store: LocalStore) -> None:
    artist = _add(store, "artist")
    set_pin(artist, "4821").write(store)
    kept = _pin_hash(store, artist)
    assert kept is not None
    assert "4821" not in kept
    assert f"$m={MIN_COST.memory_kib},t={MIN_COST.time_cost},p={MIN_COST.parallelism}$" in kept
    assert pin_matches(kept, "4821")
    assert not pin_matches(kept, "4822")
    with store.read_engine.connect() as conn:
        args = conn.execute(select(outbox.c.args).where(outbox.c.name == "staff.set_pin")).scalar_one()
    assert "4821" not in str(args)  # only the hash leaves the desk


def test_a_member_changing_their_own_pin_types_the_old_one(store: LocalStore) -> None:
    artist = _add(store, "artist")
    set_pin(artist, "1111").write(store)
    for old in (None, "2222"):
        with pytest.raises(MutationError) as caught:
            set_pin(artist, "3333", acting_staff_id=artist, old_pin=old).write(store)
        assert caught.value.code == "pin_old_mismatch"
        assert pin_matches(_pin_hash(store, artist), "1111")
    set_pin(artist, "3333", acting_staff_id=artist, old_pin="1111").write(store)
    assert pin_matches(_pin_hash(store, artist), "3333")
    with store.read_engine.connect() as conn:
        authors = conn.execute(select(outbox.c.staff_id).where(outbox.c.name == "staff.set_pin")).scalars().all()
    assert authors[-1] == artist  # attributed to the member; the server decides on the desk's role


def test_a_weak_pin_hash_is_refused_on_the_desk(store: LocalStore) -> None:
    artist = _add(store, "artist")
    weak = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1, type=Type.ID).hash("0000")
    with pytest.raises(MutationError) as caught:
        store.apply("staff.set_pin", {"staff_id": str(artist), "pin_hash": weak})
    assert caught.value.code == "pin_hash_weak"
    assert _pin_hash(store, artist) is None


def test_a_pin_is_four_to_six_digits() -> None:
    for bad in ("123", "1234567", "12a4", ""):
        with pytest.raises(ValueError, match="4 to 6 digits"):
            set_pin(uuid.uuid4(), bad)


def test_a_held_pin_change_is_offered_for_approval_in_the_inbox_and_redo_applies_it(store: LocalStore) -> None:
    """A needs_review conflict holding a member's own PIN (written here as a manager's desk would
    get it from the server) offers redo beside dismiss; the owner's redo sets the PIN."""
    state = store.identity()
    assert state is not None
    manager, colleague = _add(store, "manager"), _add(store, "manager")
    new_hash = hash_pin("2468")
    at_manager_desk = Actor(
        state.studio_id, Role.MANAGER, colleague, state.device_id, desk_staff_id=manager, desk_role=Role.MANAGER
    )
    with store.engine.begin() as tx:
        ctx = ApplyContext(tx, at_manager_desk, uuid7(), "staff.set_pin", store.now())
        run(ctx, {"staff_id": str(colleague), "pin_hash": new_hash})
    assert _pin_hash(store, colleague) is None
    (held,) = load_inbox(store.read_engine)
    assert (held.kind, held.resolutions) == ("needs_review", ("dismiss", "redo"))
    assert held.refused is not None
    assert held.refused.name == "staff.set_pin"
    store.apply("conflict.resolve", {"conflict_id": str(held.id), "resolution": "redo", "resolved_at": store.now()})
    assert _pin_hash(store, colleague) == new_hash
    assert load_inbox(store.read_engine) == []
