"""Ordering roles, to cap a desk at what its enroller may do today (kronos_core.roles).

Desks are enrolled by owners and managers only, so in practice "the lower of the two" is the
enroller's current role whenever they were demoted after enrolling the desk."""

from __future__ import annotations

from kronos_core.roles import ROLE_RANK, lower_role

__all__ = ["ROLE_RANK", "lower_role"]
