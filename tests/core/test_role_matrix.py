"""Every mutation against every role (issue 11, "Roles on the desk"): the table written out in
tests/core/role_cases.py is what each mutation's ``roles=`` allows, and on the desk a member of a
role identified by PIN (``LocalStore.set_member``) at an owner's desk is refused what the role may
not do, writing nothing, and does what it may. The server's half: tests/server/sync/
test_role_matrix_server.py; the menus': tests/desktop/test_role_actions.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from kronos_core.mutations import REGISTRY, MutationError, NotAllowed, get_spec
from kronos_core.roles import Role
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox
from tests.core.role_cases import ARGUMENTS, EXPECTED, ONCE_PER_STUDIO, TABLE, Cast, allowed, arguments

NAMES = sorted(REGISTRY)


def test_every_registered_mutation_has_a_row_in_the_table() -> None:
    """A new mutation is not run by anyone until the table says who may (and how to call it)."""
    missing = sorted(set(REGISTRY) - set(EXPECTED))
    assert not missing, f"add these to TABLE in tests/core/role_cases.py (who may run them): {missing}"
    assert sorted(set(EXPECTED) - set(REGISTRY)) == [], "the table names mutations that no longer exist"
    assert sorted(set(REGISTRY) - set(ARGUMENTS)) == [], "give each mutation a valid argument set in ARGUMENTS"
    for name, row in TABLE.items():  # each column holds its role's letter or "-"
        assert [cell in (letter, "-") for cell, letter in zip(row.split(), "OMRA", strict=True)] == [True] * 4, name


@pytest.mark.parametrize("name", NAMES)
def test_each_mutation_allows_the_roles_the_table_says(name: str) -> None:
    spec = get_spec(name)
    assert {r for r in Role if spec.allows(r)} == EXPECTED[name], f"{name}: roles= differs from DESIGN.md's rule"
    assert Role.OWNER in EXPECTED[name]  # owners everything
    if name != "studio.setup":
        assert Role.MANAGER in EXPECTED[name]  # managers everything but ownership


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalStore, Cast]]:
    """An owner's standalone desk with a manager, a receptionist and an artist."""
    store = LocalStore.open(tmp_path_factory.mktemp("roles") / "data")
    state = store.ensure_identity(role=Role.OWNER)
    owner = uuid.uuid4()
    store.apply(
        "studio.setup",
        {"studio_id": str(state.studio_id), "name": "Estúdio", "owner_staff_id": str(owner), "owner_name": "Marina"},
    )
    store.set_desk_staff(owner)
    members = {}
    for role in (Role.MANAGER, Role.RECEPTIONIST, Role.ARTIST):
        members[role] = uuid.uuid4()
        store.apply("staff.add", {"staff_id": str(members[role]), "display_name": role.value, "role": role.value})
    cast = Cast(state.studio_id, owner, members[Role.MANAGER], members[Role.RECEPTIONIST], members[Role.ARTIST])
    yield store, cast
    store.close()


def _outbox_count(store: LocalStore) -> int:
    with store.read_engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(outbox)).scalar_one())


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("name", NAMES)
def test_on_an_owners_desk_a_member_does_what_their_role_may_and_nothing_else(
    studio: tuple[LocalStore, Cast], name: str, role: Role
) -> None:
    store, cast = studio
    me = cast.member(role)

    def as_owner(prerequisite: str, args: dict[str, Any]) -> uuid.UUID | None:
        done = store.apply(prerequisite, args, staff_id=cast.owner)
        return next(iter(done.changed.get("sync_conflict", ())), None)

    args = arguments(name, cast, me, as_owner)
    before = _outbox_count(store)
    store.set_member(me)
    try:
        if not allowed(name, role):
            with pytest.raises(NotAllowed) as refused:
                store.apply(name, args)
            assert refused.value.code == "role_not_allowed"
            assert refused.value.params == {"role": role.value, "mutation": name}
            assert _outbox_count(store) == before  # nothing written, nothing to send
        elif name in ONCE_PER_STUDIO:
            with pytest.raises(MutationError) as once:
                store.apply(name, args)
            assert once.value.code == ONCE_PER_STUDIO[name]  # refused for what it is, not for who
        else:
            done = store.apply(name, args)
            assert done.changed, f"{name} by a {role.value} changed nothing"
            assert _outbox_count(store) == before + 1
    finally:
        store.set_member(None)
