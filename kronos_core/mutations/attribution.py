"""Who a change is by, and what it may do, at a shared desk (DESIGN.md, "Auth").

The desk's principal (its enrolment's staff member and role, or a standalone desk's owner)
authorises; a member identified at the desk by PIN is recorded as the change's author and can
only narrow the role: a PIN never widens what the desk may do. The desk applies its changes
with this actor, and the server the pushed ones (kronos_server.sync.attribution), so both judge
a change the same way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from kronos_core.mutations.actor import Actor
from kronos_core.roles import Role, lower_role


@dataclass(frozen=True)
class Member:
    """A staff member identified at the desk, as the database has them now."""

    role: Role
    active: bool


def attributed_actor(
    *,
    studio_id: uuid.UUID,
    device_id: uuid.UUID | None,
    principal_staff_id: uuid.UUID | None,
    principal_role: Role,
    author: uuid.UUID | None,
    member: Member | None,
) -> Actor:
    """The Actor of one change: authorised on the principal, recorded as made by ``author`` when
    ``member`` (the author's row) is known. An active member narrows the role to theirs; one
    deactivated since does not narrow it to nothing: the change runs under the desk's role (the
    server leaves it for a manager's review). A desk acting as an artist attributes only to its
    own member: an artist's rules depend on who is acting (their own calendar)."""
    role = principal_role
    if author is None or member is None or principal_role is Role.ARTIST:
        author = principal_staff_id
    elif member.active and author != principal_staff_id:
        role = lower_role(principal_role, member.role)
    return Actor(
        studio_id=studio_id,
        role=role,
        staff_id=author,
        device_id=device_id,
        desk_staff_id=principal_staff_id,
        desk_role=principal_role,
    )
