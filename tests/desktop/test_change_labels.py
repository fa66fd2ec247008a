"""Every change a desk can make has a name a person reads in the conflicts inbox and in Undo
("Booking", "Situação do horário"), never the mutation's code ("appointment.set_status")."""

from __future__ import annotations

import pytest

from kronos_core.mutations import REGISTRY
from kronos_desktop.ui.sync.change_words import change_label


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_every_mutation_has_a_label(translated: str) -> None:
    unnamed = sorted(name for name in REGISTRY if change_label(name) in ("", name))
    assert unnamed == [], f"add these to change_words.change_label: {unnamed}"


def test_the_status_move_reads_in_portuguese(translated: str) -> None:
    assert change_label("appointment.set_status") == "Situação do horário"
