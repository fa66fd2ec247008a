"""Staff roles and what each may do, as sets the mutations name."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Role(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    RECEPTIONIST = "receptionist"
    ARTIST = "artist"


EVERYONE = frozenset(Role)
MANAGEMENT = frozenset({Role.OWNER, Role.MANAGER})
FRONT_DESK = frozenset({Role.OWNER, Role.MANAGER, Role.RECEPTIONIST})
OWNER_ONLY = frozenset({Role.OWNER})

# Roles a given role may hand out (managers everything but ownership).
GRANTABLE: dict[Role, frozenset[Role]] = {
    Role.OWNER: frozenset(Role),
    Role.MANAGER: frozenset({Role.MANAGER, Role.RECEPTIONIST, Role.ARTIST}),
    Role.RECEPTIONIST: frozenset(),
    Role.ARTIST: frozenset(),
}

# Whose desk PIN a role may set (staff.set_pin), besides the acting member's own: owners any
# role's (an owner's only from an owner-enrolled desk or through the server: a desk acting as an
# owner), managers the roles below them.
PIN_SETTABLE: dict[Role, frozenset[Role]] = {
    Role.OWNER: frozenset(Role),
    Role.MANAGER: frozenset({Role.RECEPTIONIST, Role.ARTIST}),
    Role.RECEPTIONIST: frozenset(),
    Role.ARTIST: frozenset(),
}

# Roles in order of what they may do: the narrower of two is what a PIN-identified member acts
# with at a desk (a PIN narrows, never widens) and what a demoted enroller's desk keeps.
ROLE_RANK: Final[dict[Role, int]] = {Role.ARTIST: 0, Role.RECEPTIONIST: 1, Role.MANAGER: 2, Role.OWNER: 3}


def lower_role(a: Role, b: Role) -> Role:
    """The narrower of two roles."""
    return a if ROLE_RANK[a] <= ROLE_RANK[b] else b


def may_set_pin(role: Role, target_role: Role) -> bool:
    """Whether a desk acting as ``role`` sets the PIN of someone whose role is ``target_role``."""
    return target_role in PIN_SETTABLE[role]
