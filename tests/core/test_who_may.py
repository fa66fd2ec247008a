"""The table of who may run each mutation (kronos_core/mutations/who_may.py), which the desk's
menus read before the mutations load, says what the registry says: every mutation, its roles,
and the payments any role records. A mutation added or changed without writing the table again
fails here, with the command that writes it."""

from __future__ import annotations

import pytest

from kronos_core.mutations import REGISTRY, who_may
from kronos_core.roles import Role

REWRITE = "the table is out of date: run `uv run python -m kronos_core.mutations.who_may`"


def test_the_table_names_every_mutation_of_the_registry_and_no_other() -> None:
    assert set(who_may.WHO_MAY) == set(REGISTRY), REWRITE
    assert who_may.rendered().count("\n") + 1 == len(REGISTRY)


@pytest.mark.parametrize("role", [*Role, None])
def test_for_every_role_the_table_allows_what_the_registry_allows(role: Role | None) -> None:
    differ = sorted(name for name, spec in REGISTRY.items() if who_may.allows(name, role) != spec.allows(role))
    assert differ == [], REWRITE


def test_a_receptionist_may_book_but_not_erase_a_client_and_a_payment_is_for_anyone() -> None:
    assert who_may.allows("appointment.book", Role.RECEPTIONIST) is True
    assert who_may.allows("client.erase", Role.RECEPTIONIST) is False
    assert who_may.allows("client.erase", Role.OWNER) is True
    assert who_may.allows("payment.record", Role.ARTIST) is True, "a payment is stored whatever the role"
    assert who_may.allows("no.such_mutation", Role.OWNER) is None, "unknown: the registry is asked"
