"""Every mutation against every role on the server (issue 11, "Roles on the desk"): a push by a
desk enrolled as that role, and by an owner's desk naming a member of that role as the one at it
(a PIN attribution), is refused (``rejected``, a conflict saying ``role_not_allowed``) for what the
table in tests/core/role_cases.py says the role may not do, and applied for what it may. Real
PostgreSQL as the app role; each role's whole table in one push.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from kronos_core.roles import Role
from tests.core.role_cases import EXPECTED, ONCE_PER_STUDIO, Cast, allowed, arguments
from tests.server.conftest import MadeMember, MadeStudio
from tests.server.sync.conftest import MakeDesk
from tests.server.sync.test_push_pull import pull_all, push, rows

MakeStudio = Callable[..., MadeStudio]
MakeMember = Callable[..., MadeMember]


@pytest.mark.parametrize("way", ["enrolled", "identified"])
@pytest.mark.parametrize("role", list(Role))
def test_a_push_does_what_the_role_may_and_nothing_else(
    client: TestClient,
    make_studio: MakeStudio,
    make_member: MakeMember,
    make_desk: MakeDesk,
    role: Role,
    way: str,
) -> None:
    studio = make_studio()
    others = {r: make_member(studio.studio_id, r, name=r.value).staff_id for r in (Role.MANAGER, Role.RECEPTIONIST)}
    artist = make_member(studio.studio_id, Role.ARTIST, name="Rafa").staff_id
    cast = Cast(studio.studio_id, studio.owner_staff_id, others[Role.MANAGER], others[Role.RECEPTIONIST], artist)
    owners_desk = make_desk(studio)

    def as_owner(name: str, args: dict[str, Any]) -> uuid.UUID | None:
        (result,) = push(client, owners_desk, [owners_desk.mutation(name, args)])["results"]
        assert result["status"] == "applied", (name, result)
        return uuid.UUID(result["conflict_id"]) if result.get("conflict_id") else None

    me = cast.member(role)
    names = sorted(EXPECTED)
    prepared = {name: arguments(name, cast, me, as_owner) for name in names}  # all made before the push
    if way == "enrolled":  # a desk enrolled by that member, acting with their role
        desk, attribution = make_desk(studio, staff_id=me, role=role), dict[str, Any]()
    else:  # the owner's desk, the member identified at it by PIN
        desk, attribution = owners_desk, dict[str, Any](staff_id=str(me))
    results = push(client, desk, [desk.mutation(name, prepared[name], **attribution) for name in names])["results"]
    conflicts = rows(pull_all(client, owners_desk), "sync_conflict")
    outcome: dict[str, str] = {}
    for name, result in zip(names, results, strict=True):
        if result["status"] == "rejected":
            outcome[name] = conflicts[result["conflict_id"]]["theirs"]["code"]
        else:
            outcome[name] = result["status"]
    expected = {
        name: ("role_not_allowed" if not allowed(name, role) else ONCE_PER_STUDIO.get(name, "applied"))
        for name in names
    }
    assert outcome == expected
