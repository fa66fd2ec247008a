"""Ordering roles, to cap a desk at what its enroller may do today."""

from __future__ import annotations

from typing import Final

from kronos_core.roles import Role

# Desks are enrolled by owners and managers only, so in practice "the lower of the two" is the
# enroller's current role whenever they were demoted after enrolling the desk.
ROLE_RANK: Final[dict[Role, int]] = {Role.ARTIST: 0, Role.RECEPTIONIST: 1, Role.MANAGER: 2, Role.OWNER: 3}


def lower_role(a: Role, b: Role) -> Role:
    return a if ROLE_RANK[a] <= ROLE_RANK[b] else b
