"""The conflicts inbox's resolutions are ops (kronos_desktop/ops/conflicts.py), one per action:
each builds a ``conflict.resolve`` the core accepts, and the inbox's buttons run them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.mutations import get_spec
from kronos_core.schema import appointment, sync_conflict
from kronos_desktop.app import Desk
from kronos_desktop.ops import conflicts as conflict_ops
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.sync.inbox import MoveDialog
from tests.desktop.reads import settle
from tests.desktop.test_standalone_conflicts import book_twice

NOW = dt.datetime(2031, 3, 1, 12, 0, tzinfo=dt.UTC)
CONFLICT, BOOKING, ARTIST = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
START = dt.datetime(2031, 3, 4, 16, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("op", "expected"),
    [
        (conflict_ops.dismiss(CONFLICT, NOW), {"resolution": "dismiss"}),
        (conflict_ops.keep_mine(CONFLICT, NOW), {"resolution": "keep_mine"}),
        (conflict_ops.keep_theirs(CONFLICT, NOW), {"resolution": "keep_theirs"}),
        (conflict_ops.redo(CONFLICT, NOW), {"resolution": "redo"}),
        (conflict_ops.cancel_booking(CONFLICT, BOOKING, NOW), {"resolution": "cancel", "appointment_id": BOOKING}),
        (
            conflict_ops.move_booking(CONFLICT, BOOKING, START, START + dt.timedelta(hours=2), NOW),
            {"resolution": "move", "appointment_id": BOOKING, "starts_at": START},
        ),
        (
            conflict_ops.reassign_booking(CONFLICT, BOOKING, ARTIST, NOW),
            {"resolution": "reassign", "appointment_id": BOOKING, "artist_id": ARTIST},
        ),
    ],
)
def test_each_resolution_is_a_conflict_resolve_the_core_accepts(op: MutationOp, expected: dict[str, Any]) -> None:
    assert op.name == "conflict.resolve"
    parsed = get_spec("conflict.resolve").parse(op.args or {})
    assert parsed.conflict_id == CONFLICT
    assert parsed.resolved_at == NOW
    for name, value in expected.items():
        assert getattr(parsed, name) == value, name


def test_the_inbox_moves_a_clashing_booking_through_the_op(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, desk: Desk, demo: DemoStudio, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = book_twice(desk, demo)
    ran: list[MutationOp] = []
    real_move = conflict_ops.move_booking

    def spy_move(*args: Any, **kwargs: Any) -> MutationOp:
        ran.append(real_move(*args, **kwargs))
        return ran[-1]

    monkeypatch.setattr(conflict_ops, "move_booking", spy_move)

    def later(dialog: MoveDialog) -> QDialog.DialogCode:  # the person picks 3 hours later, OK
        dialog.start_edit.setDateTime(dialog.start_edit.dateTime().addSecs(3 * 3600))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveDialog, "exec", later)
    view = window.show_conflicts().view
    settle(qtbot, desk.ctx)
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    with qtbot.waitSignal(desk.runner.op_succeeded, timeout=5000):
        qtbot.mouseClick(view.buttons["move"], Qt.MouseButton.LeftButton)
    assert [op.name for op in ran] == ["conflict.resolve"]
    settle(qtbot, desk.ctx)
    assert view.model.rowCount() == 0, "the conflict left the inbox"
    with desk.store.read_engine.connect() as conn:
        starts = dict(conn.execute(select(appointment.c.id, appointment.c.starts_at)).all())
        status = conn.execute(select(sync_conflict.c.status)).scalars().all()
    moved = starts[uuid.UUID(second)] - starts[uuid.UUID(first)]
    assert moved == dt.timedelta(hours=3), "the clashing booking moved 3 hours later; the other stayed"
    assert status == ["resolved"]
