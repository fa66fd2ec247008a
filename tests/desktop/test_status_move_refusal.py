"""A refused status move reads in the desk's language, naming both statuses as the desk shows them."""

from __future__ import annotations

import pytest

from kronos_core.mutations import MutationError
from kronos_core.transitions import require_move
from kronos_desktop.ui.common.refusals import refusal_text


def _refused(kind: str, from_status: str, to_status: str) -> MutationError:
    with pytest.raises(MutationError) as refused:
        require_move(kind, from_status, to_status)  # type: ignore[arg-type]
    return refused.value


@pytest.mark.parametrize(
    ("language", "appointment_text", "sale_text"),
    [
        (
            "pt_BR",
            "Um agendamento com situação “Concluído” não pode passar a “Cancelado”.",
            "Uma venda com situação “Cancelada” não pode passar a “Fechada”.",
        ),
        (
            "en",
            "An appointment marked “Completed” cannot become “Cancelled”.",
            "A sale marked “Void” cannot become “Closed”.",
        ),
    ],
    ids=["pt_BR", "en"],
)
def test_a_refused_status_move_says_both_statuses(
    translated: str, language: str, appointment_text: str, sale_text: str
) -> None:
    assert refusal_text(_refused("appointment", "completed", "cancelled")) == appointment_text
    assert refusal_text(_refused("sale", "void", "closed")) == sale_text
