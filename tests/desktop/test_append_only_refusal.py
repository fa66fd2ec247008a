"""A change to a payment (or an audit row), refused by the core as ``append_only``, reads in the
desk's language and names what was refused."""

from __future__ import annotations

import pytest
from sqlalchemy import MetaData, Table

from kronos_core.mutations import MutationError
from kronos_core.mutations.base import refuse_append_only
from kronos_core.schema import audit_event, payment
from kronos_desktop.ui.common.refusals import refusal_text


def _refused(table: Table) -> MutationError:
    with pytest.raises(MutationError) as refused:
        refuse_append_only(table)
    assert refused.value.code == "append_only"
    return refused.value


@pytest.mark.parametrize(
    ("language", "payment_text", "audit_text"),
    [
        (
            "pt_BR",
            "Um registro de pagamento fica como foi feito: não pode ser alterado nem apagado. Registre um novo.",
            "Um registro de histórico fica como foi feito: não pode ser alterado nem apagado. Registre um novo.",
        ),
        (
            "en",
            "A payment is kept as it was recorded: it cannot be changed or deleted. Record a new one instead.",
            "A history entry is kept as it was recorded: it cannot be changed or deleted. Record a new one instead.",
        ),
    ],
    ids=["pt_BR", "en"],
)
def test_a_refused_change_of_an_append_only_row_says_why(
    translated: str, language: str, payment_text: str, audit_text: str
) -> None:
    assert refusal_text(_refused(payment)) == payment_text
    assert refusal_text(_refused(audit_event)) == audit_text


def test_a_table_that_is_not_append_only_is_let_through() -> None:
    refuse_append_only(Table("client", MetaData()))  # no exception
