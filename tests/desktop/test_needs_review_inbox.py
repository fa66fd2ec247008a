"""A payment taken against a sale the studio does not have is stored, and the conflicts inbox says
so in words, in the desk's language ("Pagamento de R$ 150,00 registrado; a venda não foi
encontrada: revisar"), offering only to mark it reviewed; marking it takes it off the list and
the payment stays."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.schema import payment, sync_conflict
from kronos_desktop.app import Desk
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.sync.inbox import load_inbox
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.sync.inbox import ConflictsModel

pytestmark = pytest.mark.gui

WORDS = {
    "pt_BR": ("Registrado, a revisar", "Pagamento", "Pagamento de R$\xa0150,00 registrado; a venda não foi encontrada: "
              "revisar", "Marcar como revisado", "Nota do servidor"),
    "en": ("Stored, to review", "Payment", "Payment of R$150.00 recorded; the sale was not found: review it",
           "Mark as reviewed", "Server's note"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_the_inbox_says_a_payment_was_recorded_against_a_missing_sale(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio, language: str
) -> None:
    kind, what, words, reviewed, server_note = WORDS[language]
    payment_id = uuid7()
    args = {"payment_id": str(payment_id), "sale_id": str(uuid7()), "method": "pix", "amount": 15_000,
            "business_date": desk.ctx.today().isoformat(),
            "received_at": desk.ctx.reader.now().isoformat()}  # fmt: skip
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        desk.runner.run(MutationOp("payment.record", args))
    (item,) = [i for i in load_inbox(desk.store.read_engine) if i.kind == "needs_review"]

    view = window.show_conflicts().view
    qtbot.waitUntil(lambda: view.model.find_row(item.id) >= 0)
    row = view.model.find_row(item.id)
    view.table.selectRow(row)
    assert view.model.data(view.model.index(row, ConflictsModel.Col.KIND)) == kind
    assert view.model.data(view.model.index(row, ConflictsModel.Col.WHAT)) == what
    assert words in view.details.text()
    assert server_note not in view.details.text()  # not the core's English note
    assert "does not exist" not in view.details.text()
    assert list(view.buttons) == ["dismiss"]  # nothing to redo or undo: it was stored
    assert view.buttons["dismiss"].text() == reviewed

    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(view.buttons["dismiss"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.find_row(item.id) < 0)
    with desk.store.read_engine.connect() as conn:
        assert conn.execute(select(sync_conflict.c.status).where(sync_conflict.c.id == item.id)).scalar() == "dismissed"
        stored = conn.execute(select(payment.c.amount).where(payment.c.id == payment_id)).scalar()
    assert stored == 15_000
    assert isinstance(item.id, uuid.UUID)
