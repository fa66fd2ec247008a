"""What the agenda's deposit tests share: a deposit taken through the desk's op (the deposit and
its PIX money in one transaction, as the counter does), and the agenda's own read of the badge."""

from __future__ import annotations

import uuid
from typing import Any

from kronos_core.demo import DEMO_STUDIO_ID
from kronos_core.ids import uuid7
from kronos_core.ticket import DraftPayment
from kronos_desktop.app import Desk
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import booking as booking_q
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.booking_helpers import ZONE
from tests.desktop.reads import settle

POLICY = "O sinal garante o horário e não é devolvido em caso de falta."


def take_deposit(
    qtbot: Any,
    window: MainWindow,
    appointment_id: uuid.UUID | None,
    *,
    amount: int = 20_000,
    client_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A deposit taken for the booking (or the project) of its client, paid by PIX, now."""
    if client_id is None:
        assert appointment_id is not None
        with window.ctx.reader.engine.connect() as conn:
            found = booking_q.booking(conn, appointment_id)
        assert found is not None
        assert found.client is not None
        client_id = found.client.id
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": client_id, "appointment_id": appointment_id,
        "project_id": project_id, "amount": amount, "policy_text": POLICY, "acknowledged": True,
        "business_date": window.ctx.today(),
    }  # fmt: skip
    op = deposit_ops.take_deposit(args, DraftPayment(uuid7(), "pix", amount))
    with qtbot.waitSignal(window.ctx.runner.op_succeeded, timeout=10_000):
        window.ctx.runner.run(op)
    settle(qtbot, window.ctx)
    return deposit_id


def badge_on(desk: Desk, appointment_id: uuid.UUID, viewer: uuid.UUID | None = None) -> bool:
    """Whether the agenda's read of the booking's day carries the deposit-paid mark (``viewer``: an
    artist asking)."""
    with desk.store.read_engine.connect() as conn:
        found = booking_q.booking(conn, appointment_id)
        assert found is not None
        day = found.starts_at.astimezone(ZONE).date()
        rows = agenda_q.agenda(conn, DEMO_STUDIO_ID, day, ZONE, viewer_id=viewer, sees_all=viewer is None)
    return next(r for r in rows if r.id == appointment_id).deposit_paid
